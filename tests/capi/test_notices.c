/* Notification choices through the C ABI (ejournal/notices.h) on every test store: the defaults,
 * storing and re-reading, the stale revision refused, only the person themself, the audit entry,
 * and bad arguments at every entry. */
#include <string.h>

#include "check.h"
#include "store_fixture.h"

static const int64_t now = 1725256800000000; /* 2024-09-02T06:00:00Z */

/* A principal for `person` of `s`'s institution holding the student role. */
static ej_principal* as_person(const school* s, const ej_uuid* person) {
  ej_principal* principal = NULL;
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  grant.role = EJ_ROLE_STUDENT;
  CHECK_OK(ej_uuid_generate(&grant.id));
  grant.institution = s->institution;
  grant.person = *person;
  CHECK_OK(ej_principal_person(&principal, &s->institution, person, &grant, 1, NULL, 0, NULL, 0));
  return principal;
}

static ej_notification_preferences fresh(void) {
  ej_notification_preferences choices;
  memset(&choices, 0, sizeof choices);
  choices.version = EJ_NOTIFICATION_PREFERENCES_VERSION;
  return choices;
}

static void test_defaults_and_storing(const school* s, ej_principal* student, ej_principal* other) {
  ej_notification_preferences read = fresh();
  ej_notification_preferences choices;
  int64_t revision = -1;
  CHECK_OK(
      ej_notification_preferences_get(&read, s->store, student, &s->institution, &s->students[0]));
  CHECK_INT(read.published_grades, 1);
  CHECK_INT(read.absences, 1);
  CHECK_INT(read.comments, 1);
  CHECK_INT(read.revision, 0);

  choices = read;
  choices.absences = 0;
  CHECK_OK(ej_notification_preferences_set(&revision, s->store, &now, student, &s->institution,
                                           &s->students[0], &choices));
  CHECK_INT(revision, 1);
  /* The same revision again: someone stored in between. */
  CHECK_ERROR(ej_notification_preferences_set(NULL, s->store, &now, student, &s->institution,
                                              &s->students[0], &choices),
              EJ_ECONFLICT, "meanwhile");
  read = fresh();
  CHECK_OK(
      ej_notification_preferences_get(&read, s->store, student, &s->institution, &s->students[0]));
  CHECK_INT(read.published_grades, 1);
  CHECK_INT(read.absences, 0);
  CHECK_INT(read.comments, 1);
  CHECK_INT(read.revision, 1);

  read.comments = 0;
  CHECK_OK(ej_notification_preferences_set(&revision, s->store, &now, student, &s->institution,
                                           &s->students[0], &read));
  CHECK_INT(revision, 2);
  CHECK_ERROR(ej_notification_preferences_set(&revision, s->store, &now, student, &s->institution,
                                              &s->students[0], &read),
              EJ_ECONFLICT, "changed by someone else");
  CHECK_INT(revision, 0);

  /* Another person neither reads nor sets them. */
  CHECK_ERROR(
      ej_notification_preferences_get(&read, s->store, other, &s->institution, &s->students[0]),
      EJ_EPERM, "own account");
  CHECK_ERROR(ej_notification_preferences_set(NULL, s->store, &now, other, &s->institution,
                                              &s->students[0], &choices),
              EJ_EPERM, "own account");
}

static void test_audit(const school* s) {
  ej_principal* system = NULL;
  ej_audit_entry_list* trail = NULL;
  const ej_audit_entry* entry = NULL;
  int64_t count = 0;
  char person[EJ_UUID_STRLEN + 1];
  CHECK_OK(ej_uuid_format(person, sizeof person, &s->students[0]));
  CHECK_OK(ej_principal_system(&system));
  CHECK_OK(ej_audit_for_entity(&trail, s->store, system, &s->institution,
                               "notification_preferences", person));
  CHECK_OK(ej_audit_entry_list_count(&count, trail));
  CHECK_INT(count, 2);
  if (count == 2) {
    CHECK_OK(ej_audit_entry_list_get(&entry, trail, 1));
    CHECK_STR(entry->action, "update");
    CHECK_STR(entry->before,
              "{\"published_grades\":\"on\",\"absences\":\"off\",\"comments\":\"on\"}");
    CHECK_STR(entry->after,
              "{\"published_grades\":\"on\",\"absences\":\"off\",\"comments\":\"off\"}");
    CHECK(store_fixture_same_id(&entry->actor, &s->students[0]));
  }
  ej_audit_entry_list_free(trail);
  ej_principal_free(system);
}

static void test_bad_arguments(const school* s, ej_principal* student) {
  ej_notification_preferences choices = fresh();
  ej_uuid nil;
  ej_uuid stranger;
  ej_principal* stranger_principal = NULL;
  memset(&nil, 0, sizeof nil);
  CHECK_ERROR(
      ej_notification_preferences_get(NULL, s->store, student, &s->institution, &s->students[0]),
      EJ_EINVALID, "out");
  CHECK_ERROR(
      ej_notification_preferences_get(&choices, NULL, student, &s->institution, &s->students[0]),
      EJ_EINVALID, "store");
  CHECK_ERROR(
      ej_notification_preferences_get(&choices, s->store, NULL, &s->institution, &s->students[0]),
      EJ_EINVALID, "principal");
  CHECK_ERROR(ej_notification_preferences_get(&choices, s->store, student, &s->institution, &nil),
              EJ_EINVALID, "person");
  choices.version = 99;
  CHECK_ERROR(ej_notification_preferences_get(&choices, s->store, student, &s->institution,
                                              &s->students[0]),
              EJ_EVERSION, "out->version");
  CHECK_ERROR(ej_notification_preferences_set(NULL, s->store, &now, student, &s->institution,
                                              &s->students[0], &choices),
              EJ_EVERSION, "choices->version");
  choices = fresh();
  choices.published_grades = 2;
  CHECK_ERROR(ej_notification_preferences_set(NULL, s->store, &now, student, &s->institution,
                                              &s->students[0], &choices),
              EJ_EINVALID, "published_grades is 2");
  choices.published_grades = 1;
  choices.comments = -1;
  CHECK_ERROR(ej_notification_preferences_set(NULL, s->store, &now, student, &s->institution,
                                              &s->students[0], &choices),
              EJ_EINVALID, "comments is -1");
  CHECK_ERROR(ej_notification_preferences_set(NULL, s->store, &now, student, &s->institution,
                                              &s->students[0], NULL),
              EJ_EINVALID, "choices");
  /* A person the institution does not have, asking for themself. */
  CHECK_OK(ej_uuid_generate(&stranger));
  stranger_principal = as_person(s, &stranger);
  choices = fresh();
  CHECK_ERROR(ej_notification_preferences_get(&choices, s->store, stranger_principal,
                                              &s->institution, &stranger),
              EJ_ENOTFOUND, "no person");
  ej_principal_free(stranger_principal);
}

static void test_backend(const char* uri) {
  school s;
  ej_principal* student = NULL;
  ej_principal* other = NULL;
  if (!store_fixture_open(&s, uri, "Ліцей сповіщень")) return;
  student = as_person(&s, &s.students[0]);
  other = as_person(&s, &s.students[1]);
  test_defaults_and_storing(&s, student, other);
  test_audit(&s);
  test_bad_arguments(&s, student);
  ej_principal_free(other);
  ej_principal_free(student);
  ej_store_free(s.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_notices");
}
