/* The audit trail through the C ABI (ejournal/audit.h) on the memory backend and an in-memory
 * SQLite database: a request's review in the institute's trail, the approval's work in the new
 * institution's, a person's changes, institutions kept apart, who may read, no secret in any
 * entry, and every error of every entry. */
#include <string.h>

#include "check.h"
#include "onboarding_fixture.h"
#include "store_fixture.h"

static const int64_t now = ONBOARDING_NOW;

/* A principal holding EJ_ROLE_INSTITUTION_ADMIN for `person` of `institution`. */
static ej_principal* administrator(const ej_uuid* institution, const ej_uuid* person) {
  ej_principal* principal = NULL;
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  CHECK_OK(ej_uuid_generate(&grant.id));
  grant.institution = *institution;
  grant.person = *person;
  grant.role = EJ_ROLE_INSTITUTION_ADMIN;
  CHECK_OK(ej_principal_person(&principal, institution, person, &grant, 1, NULL, 0, NULL, 0));
  return principal;
}

/* A new administrator of the institute itself: the one who may read its trail. */
static ej_principal* institute_administrator(platform* p) {
  ej_person person = EJ_PERSON_INIT;
  ej_uuid id;
  person.surname = "Шевчук";
  person.given_name = "Марія";
  if (!CHECK_OK(ej_store_person_create(&id, p->store, &p->institute, &person))) return NULL;
  return administrator(&p->institute, &id);
}

static ej_uuid submit(platform* p) {
  char edrpou[9];
  ej_uuid id;
  ej_connection_request_form form;
  memset(&id, 0, sizeof id);
  store_fixture_random_edrpou(edrpou);
  form = onboarding_fixture_form(edrpou);
  CHECK_OK(ej_onboarding_submit(&id, p->store, &now, &form));
  return id;
}

/* The entries about `type` `id` of `institution`, as `reader` reads them; `*count` receives how
 * many (-1 on failure). The caller frees the list. */
static ej_audit_entry_list* entity_trail(platform* p, const ej_principal* reader,
                                         const ej_uuid* institution, const char* type,
                                         const ej_uuid* id, int64_t* count) {
  char text[EJ_UUID_STRLEN + 1];
  ej_audit_entry_list* list = NULL;
  *count = -1;
  if (CHECK_OK(ej_uuid_format(text, sizeof text, id)) &&
      CHECK_OK(ej_audit_for_entity(&list, p->store, reader, institution, type, text))) {
    CHECK_OK(ej_audit_entry_list_count(count, list));
  }
  return list;
}

static const ej_audit_entry* entry_at(const ej_audit_entry_list* list, int64_t index) {
  const ej_audit_entry* entry = NULL;
  CHECK_OK(ej_audit_entry_list_get(&entry, list, index));
  return entry;
}

static void test_review_in_the_institutes_trail(platform* p) {
  const ej_uuid nil = {{0}};
  const ej_uuid approved = submit(p);
  const ej_uuid rejected = submit(p);
  const int64_t later = now + 5 * ONBOARDING_MINUTE;
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_review_options options = EJ_REVIEW_OPTIONS_INIT;
  ej_principal* reader = institute_administrator(p);
  ej_audit_entry_list* list = NULL;
  const ej_audit_entry* entry = NULL;
  int64_t count = 0;

  options.base_url = ONBOARDING_BASE_URL;
  CHECK_OK(ej_onboarding_approve(&approval, NULL, p->store, &later, p->operator_principal,
                                 &approved, 1, &options));
  CHECK_OK(ej_onboarding_reject(p->store, &later, p->operator_principal, &rejected, 1,
                                " ЄДРПОУ не збігається "));

  list = entity_trail(p, reader, &p->institute, "connection_request", &approved, &count);
  CHECK_INT(count, 2);
  if (count == 2 && (entry = entry_at(list, 0)) != NULL) {
    CHECK_INT(entry->version, EJ_AUDIT_ENTRY_VERSION);
    CHECK(store_fixture_same_id(&entry->institution, &p->institute));
    CHECK(store_fixture_same_id(&entry->actor, &nil)); /* no one signs in to submit */
    CHECK_INT(entry->at, now);
    CHECK_STR(entry->entity_type, "connection_request");
    CHECK_STR(entry->action, "submit");
    CHECK_STR(entry->before, "");
    CHECK(strstr(entry->after, "\"edrpou\"") != NULL);
    CHECK_STR(entry->reason, "");
  }
  if (count == 2 && (entry = entry_at(list, 1)) != NULL) {
    CHECK(store_fixture_same_id(&entry->actor, &p->operator_id));
    CHECK_INT(entry->at, later);
    CHECK_STR(entry->action, "approve");
    CHECK(strstr(entry->before, "\"status\":\"pending\"") != NULL);
    CHECK(strstr(entry->after, "\"status\":\"approved\"") != NULL);
    CHECK(!store_fixture_same_id(&entry->id, &nil));
  }
  CHECK_ERROR(ej_audit_entry_list_get(&entry, list, 2), EJ_ERANGE, "index 2");
  CHECK(entry == NULL);
  ej_audit_entry_list_free(list);

  list = entity_trail(p, reader, &p->institute, "connection_request", &rejected, &count);
  CHECK_INT(count, 2);
  if (count == 2 && (entry = entry_at(list, 1)) != NULL) {
    CHECK_STR(entry->action, "reject");
    CHECK_STR(entry->reason, "ЄДРПОУ не збігається");
    CHECK(strstr(entry->after, "\"status\":\"rejected\"") != NULL);
  }
  ej_audit_entry_list_free(list);

  /* The operator's changes in the institute: the two decisions, in order. */
  if (CHECK_OK(ej_audit_by_person(&list, p->store, reader, &p->institute, &p->operator_id))) {
    CHECK_OK(ej_audit_entry_list_count(&count, list));
    CHECK_INT(count, 2);
    if (count == 2) {
      CHECK_STR(entry_at(list, 0)->action, "approve");
      CHECK_STR(entry_at(list, 1)->action, "reject");
    }
    ej_audit_entry_list_free(list);
  }
  ej_principal_free(reader);
}

static void test_approval_in_the_new_institutions_trail(platform* p) {
  const ej_uuid request = submit(p);
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_review_options options = EJ_REVIEW_OPTIONS_INIT;
  ej_principal* admin = NULL;
  ej_principal* reader = institute_administrator(p);
  ej_audit_entry_list* list = NULL;
  const ej_audit_entry* entry = NULL;
  char* token = NULL;
  int64_t count = 0;
  int64_t i;

  options.base_url = ONBOARDING_BASE_URL;
  if (!CHECK_OK(ej_onboarding_approve(&approval, &token, p->store, &now, p->operator_principal,
                                      &request, 1, &options))) {
    ej_principal_free(reader);
    return;
  }
  admin = administrator(&approval.institution, &approval.admin);

  list = entity_trail(p, admin, &approval.institution, "invitation", &approval.invitation, &count);
  CHECK_INT(count, 1);
  if (count == 1 && (entry = entry_at(list, 0)) != NULL) {
    CHECK_STR(entry->action, "issue");
    CHECK(store_fixture_same_id(&entry->actor, &p->operator_id));
    CHECK(store_fixture_same_id(&entry->institution, &approval.institution));
    CHECK(strstr(entry->after, "\"role\":\"institution_admin\"") != NULL);
  }
  ej_audit_entry_list_free(list);

  /* Everything the approval made there, by the operator: no entry holds the token. */
  if (CHECK_OK(
          ej_audit_by_person(&list, p->store, admin, &approval.institution, &p->operator_id))) {
    CHECK_OK(ej_audit_entry_list_count(&count, list));
    CHECK_INT(count, 4); /* the institution, its administrator, the grant, the invitation */
    for (i = 0; i < count; ++i) {
      entry = entry_at(list, i);
      if (entry == NULL) continue;
      CHECK(strstr(entry->before, token) == NULL);
      CHECK(strstr(entry->after, token) == NULL);
      CHECK(strstr(entry->reason, token) == NULL);
      CHECK(strstr(entry->entity_id, token) == NULL);
    }
    ej_audit_entry_list_free(list);
  }

  /* Institutions are kept apart: the institute's reader finds none of it in the institute, and
   * neither administrator may read the other's trail. */
  list = entity_trail(p, reader, &p->institute, "invitation", &approval.invitation, &count);
  CHECK_INT(count, 0);
  ej_audit_entry_list_free(list);
  list = STALE(ej_audit_entry_list);
  CHECK_ERROR(ej_audit_by_person(&list, p->store, reader, &approval.institution, &p->operator_id),
              EJ_EPERM, "read_audit_trail");
  CHECK(list == NULL);
  CHECK_ERROR(ej_audit_by_person(&list, p->store, admin, &p->institute, &p->operator_id), EJ_EPERM,
              "another institution");

  if (token != NULL) memset(token, 0, strlen(token));
  ej_free(token);
  ej_principal_free(admin);
  ej_principal_free(reader);
}

static void test_who_may_read(platform* p) {
  ej_principal* system = NULL;
  ej_audit_entry_list* list = NULL;
  int64_t count = 0;
  const ej_uuid request = submit(p);

  /* The policy gives the institute's trail to its administrator and the system, not to its
   * operators nor to anyone not signed in. */
  CHECK_ERROR(
      ej_audit_by_person(&list, p->store, p->operator_principal, &p->institute, &p->operator_id),
      EJ_EPERM, "read_audit_trail");
  CHECK_ERROR(ej_audit_by_person(&list, p->store, p->anonymous, &p->institute, &p->operator_id),
              EJ_EPERM, "sign in");
  if (CHECK_OK(ej_principal_system(&system))) {
    list = entity_trail(p, system, &p->institute, "connection_request", &request, &count);
    CHECK_INT(count, 1);
    ej_audit_entry_list_free(list);
  }
  ej_principal_free(system);
}

static void test_argument_errors(platform* p) {
  const ej_uuid nil = {{0}};
  char too_long[202];
  ej_principal* reader = institute_administrator(p);
  ej_audit_entry_list* list = STALE(ej_audit_entry_list);
  const ej_audit_entry* entry = STALE(const ej_audit_entry);
  int64_t count = 7;
  const char* id = "01a22aaf-e60a-707f-be4b-92c9831a346c";

  memset(too_long, 'x', sizeof too_long - 1);
  too_long[sizeof too_long - 1] = '\0';

  CHECK_ERROR(ej_audit_for_entity(NULL, p->store, reader, &p->institute, "invitation", id),
              EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_audit_for_entity(&list, NULL, reader, &p->institute, "invitation", id),
              EJ_EINVALID, "'store'");
  CHECK(list == NULL);
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, NULL, &p->institute, "invitation", id),
              EJ_EINVALID, "'principal'");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, NULL, "invitation", id), EJ_EINVALID,
              "'institution'");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &nil, "invitation", id), EJ_EINVALID,
              "'institution' is the nil UUID");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, NULL, id), EJ_EINVALID,
              "'entity_type'");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, "invitation", NULL),
              EJ_EINVALID, "'entity_id'");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, "", id), EJ_EINVALID,
              "entity type is empty");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, "invitation", ""),
              EJ_EINVALID, "entity id is empty");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, too_long + 100, id),
              EJ_EINVALID, "'entity_type' is longer than 100 bytes");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, "invitation", too_long),
              EJ_EINVALID, "'entity_id' is longer than 200 bytes");
  CHECK_ERROR(ej_audit_for_entity(&list, p->store, reader, &p->institute, "invit\xC3", id),
              EJ_EINVALID, "not valid UTF-8");
  CHECK(list == NULL);

  CHECK_ERROR(ej_audit_by_person(NULL, p->store, reader, &p->institute, &p->operator_id),
              EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_audit_by_person(&list, p->store, reader, &p->institute, NULL), EJ_EINVALID,
              "'person'");
  CHECK_ERROR(ej_audit_by_person(&list, p->store, reader, &p->institute, &nil), EJ_EINVALID,
              "'person' is the nil UUID");
  CHECK_ERROR(ej_audit_by_person(&list, p->store, reader, &nil, &p->operator_id), EJ_EINVALID,
              "'institution'");

  CHECK_ERROR(ej_audit_entry_list_count(&count, NULL), EJ_EINVALID, "'list'");
  CHECK_INT(count, 0);
  CHECK_ERROR(ej_audit_entry_list_count(NULL, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_audit_entry_list_get(&entry, NULL, 0), EJ_EINVALID, "'list'");
  CHECK(entry == NULL);
  if (CHECK_OK(ej_audit_for_entity(&list, p->store, reader, &p->institute, "invitation", id))) {
    CHECK_ERROR(ej_audit_entry_list_get(NULL, list, 0), EJ_EINVALID, "'out'");
    CHECK_ERROR(ej_audit_entry_list_get(&entry, list, -1), EJ_ERANGE, "index -1");
    CHECK_OK(ej_audit_entry_list_count(&count, list));
    CHECK_INT(count, 0);
  }
  ej_audit_entry_list_free(list);
  ej_audit_entry_list_free(NULL);
  ej_principal_free(reader);
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    platform p;
    if (onboarding_fixture_open(&p, *uri)) {
      test_review_in_the_institutes_trail(&p);
      test_approval_in_the_new_institutions_trail(&p);
      test_who_may_read(&p);
      test_argument_errors(&p);
    }
    onboarding_fixture_close(&p);
  }
  return check_finish("capi_audit");
}
