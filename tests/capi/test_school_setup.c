/* School setup through the C ABI (ejournal/school_setup.h) on the memory backend and an in-memory
 * SQLite database, in a school that joined through onboarding: a year, classes, a subject, a
 * class list imported from CSV, subgroups, courses, a class teacher, enrolments and parent links;
 * the file's problems field by field; refusals of a teacher; and argument errors. */
#include <string.h>

#include "accounts_fixture.h"
#include "check.h"
#include "store_fixture.h"

static const int64_t now = ONBOARDING_NOW;

typedef struct setup {
  joined_school* s;
  const ej_uuid* school;
  ej_uuid year, klass, other_class, subject, teacher, students[EJ_CLASS_LIST_MAX_ROWS];
  ej_principal* as_teacher;
} setup;

static ej_date day(int32_t year, int32_t month, int32_t day_of_month) {
  ej_date date;
  date.year = year;
  date.month = month;
  date.day = day_of_month;
  return date;
}

/* The number of audit entries about `type` `id`, as the administrator reads them. */
static int64_t entries_about(setup* t, const char* type, const ej_uuid* id) {
  char text[EJ_UUID_STRLEN + 1];
  ej_audit_entry_list* list = NULL;
  int64_t count = -1;
  if (!CHECK_OK(ej_uuid_format(text, sizeof text, id))) return -1;
  if (CHECK_OK(ej_audit_for_entity(&list, t->s->p.store, t->s->admin, t->school, type, text))) {
    CHECK_OK(ej_audit_entry_list_count(&count, list));
  }
  ej_audit_entry_list_free(list);
  return count;
}

static int prepare(setup* t) {
  ej_school_year* calendar = NULL;
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  char* token = NULL;
  int ok = CHECK_OK(ej_school_year_typical(&calendar, 2024)) &&
           CHECK_OK(ej_setup_academic_year_create(&t->year, t->s->p.store, &now, t->s->admin,
                                                  t->school, calendar));
  ej_school_year_free(calendar);
  ok = ok &&
       CHECK_OK(ej_setup_class_create(&t->klass, t->s->p.store, &now, t->s->admin, t->school,
                                      &t->year, " 5 - а ")) &&
       CHECK_OK(ej_setup_class_create(&t->other_class, t->s->p.store, &now, t->s->admin, t->school,
                                      &t->year, "5-Б")) &&
       CHECK_OK(ej_setup_subject_create(&t->subject, t->s->p.store, &now, t->s->admin, t->school,
                                        "Математика", NULL));
  token = accounts_fixture_invite_teacher(t->s, "teacher@school.example.ua", &issued);
  ej_free(token);
  t->teacher = issued.person;
  grant.institution = *t->school;
  grant.person = t->teacher;
  ok = ok && CHECK(token != NULL) &&
       CHECK_OK(ej_principal_person(&t->as_teacher, t->school, &t->teacher, &grant, 1, NULL, 0,
                                    NULL, 0));
  return ok;
}

static void test_import(setup* t) {
  static const char csv[] =
      "\xEF\xBB\xBFПрізвище;Ім'я;По батькові;Дата народження\r\n"
      "Бойко;Ірина;Олегівна;01.03.2014\r\n"
      "\"Коваль-Шевчук\";Андрій;;2013-11-30\r\n";
  int64_t count = -1;
  ej_person_list* list = NULL;
  const ej_person* person = NULL;
  const ej_date arrived = day(2024, 9, 2);
  if (!CHECK_OK(ej_setup_class_list_import(&count, t->students, t->s->p.store, &now, t->s->admin,
                                           t->school, &t->klass, &arrived, csv,
                                           (int64_t)strlen(csv)))) {
    return;
  }
  CHECK_INT(count, 2);
  if (CHECK_OK(ej_store_person_get(&list, t->s->p.store, t->school, &t->students[1])) &&
      CHECK_OK(ej_person_list_get(&person, list, 0))) {
    CHECK_STR(person->surname, "Коваль-Шевчук");
  }
  ej_person_list_free(list);
  CHECK_INT(entries_about(t, "person", &t->students[0]), 1);
}

static void test_import_problems(setup* t) {
  static const char csv[] =
      "surname;given_name;birth_date\n"
      "Бойко;;01.03.2014\n"
      "Гнатюк;Марія;31.02.2013\n"
      "Бойко;Ірина\n";
  const char* field = NULL;
  const char* problem = NULL;
  int64_t count = -1;
  const ej_date arrived = day(2024, 9, 2);
  int found_given = 0, found_date = 0, found_row = 0;
  CHECK_ERROR(ej_setup_class_list_import(&count, NULL, t->s->p.store, &now, t->s->admin, t->school,
                                         &t->other_class, &arrived, csv, (int64_t)strlen(csv)),
              EJ_EINVALID, "the class list is refused");
  CHECK_INT(count, 0);
  CHECK_INT(ej_error_field_count(), 3);
  for (int32_t i = 0; i < ej_error_field_count(); ++i) {
    CHECK_OK(ej_error_field(&field, &problem, i));
    if (strcmp(field, "line 2: given_name") == 0) found_given = strcmp(problem, "is required") == 0;
    if (strcmp(field, "line 3: birth_date") == 0) found_date = 1;
    if (strcmp(field, "line 4") == 0) found_row = 1;
  }
  CHECK(found_given && found_date && found_row);
  /* A file beyond the limit is refused by its size alone. */
  CHECK_ERROR(
      ej_setup_class_list_import(&count, NULL, t->s->p.store, &now, t->s->admin, t->school,
                                 &t->other_class, &arrived, csv, EJ_CLASS_LIST_MAX_BYTES + 1),
      EJ_EINVALID, "too large");
  CHECK_INT(ej_error_field_count(), 1);
  CHECK_ERROR(ej_setup_class_list_import(&count, NULL, t->s->p.store, &now, t->s->admin, t->school,
                                         &t->other_class, &arrived, csv, -1),
              EJ_EINVALID, "size");
}

static void test_structure(setup* t) {
  ej_uuid group, course, grant, enrolment, link, unknown;
  ej_course_form form = EJ_COURSE_FORM_INIT;
  ej_school_year* calendar = NULL;
  const ej_date arrived = day(2024, 9, 2);
  CHECK_OK(ej_uuid_generate(&unknown));

  if (CHECK_OK(ej_school_year_typical(&calendar, 2024))) {
    CHECK_OK(ej_setup_academic_year_update(t->s->p.store, &now, t->s->admin, t->school, &t->year,
                                           calendar));
    CHECK_ERROR(ej_setup_academic_year_update(t->s->p.store, &now, t->s->admin, t->school, &unknown,
                                              calendar),
                EJ_ENOTFOUND, "academic year");
  }
  ej_school_year_free(calendar);
  CHECK_INT(entries_about(t, "academic_year", &t->year), 2);
  CHECK_OK(
      ej_setup_class_rename(t->s->p.store, &now, t->s->admin, t->school, &t->other_class, "5в"));
  CHECK_ERROR(
      ej_setup_class_rename(t->s->p.store, &now, t->s->admin, t->school, &t->other_class, "5-А"),
      EJ_EEXISTS, "5-А");

  CHECK_OK(ej_setup_subgroup_create(&group, t->s->p.store, &now, t->s->admin, t->school, &t->klass,
                                    "1 група"));
  CHECK_OK(ej_setup_subgroup_member_add(t->s->p.store, &now, t->s->admin, t->school, &group,
                                        &t->students[0]));
  CHECK_ERROR(ej_setup_subgroup_member_add(t->s->p.store, &now, t->s->admin, t->school, &group,
                                           &t->teacher),
              EJ_EINVALID, "student");
  CHECK_OK(ej_setup_subgroup_member_remove(t->s->p.store, &now, t->s->admin, t->school, &group,
                                           &t->students[0]));
  CHECK_ERROR(ej_setup_subgroup_member_remove(t->s->p.store, &now, t->s->admin, t->school, &group,
                                              &t->students[0]),
              EJ_ENOTFOUND, "no member");

  form.subject_id = t->subject;
  form.class_id = t->klass;
  form.subgroup_id = group;
  form.teacher_id = t->teacher;
  CHECK_OK(ej_setup_course_create(&course, t->s->p.store, &now, t->s->admin, t->school, &form));
  CHECK_OK(ej_setup_course_reassign(t->s->p.store, &now, t->s->admin, t->school, &course,
                                    &t->teacher, "five_point"));
  CHECK_INT(entries_about(t, "course", &course), 2);
  form.scale = "twelve";
  CHECK_ERROR(ej_setup_course_create(&course, t->s->p.store, &now, t->s->admin, t->school, &form),
              EJ_EINVALID, "'twelve' is not a known scale");
  form.scale = NULL;
  form.version = 99;
  CHECK_ERROR(ej_setup_course_create(&course, t->s->p.store, &now, t->s->admin, t->school, &form),
              EJ_EVERSION, "form->version");

  CHECK_OK(ej_setup_class_teacher_assign(&grant, t->s->p.store, &now, t->s->admin, t->school,
                                         &t->klass, &t->teacher));
  CHECK_ERROR(ej_setup_class_teacher_assign(&grant, t->s->p.store, &now, t->s->admin, t->school,
                                            &t->klass, &t->teacher),
              EJ_ECONFLICT, "already has the class teacher");
  CHECK_OK(ej_setup_class_teacher_withdraw(t->s->p.store, &now, t->s->admin, t->school, &t->klass));

  /* The imported students are enrolled: a second class waits for a departure. */
  CHECK_ERROR(ej_setup_enrol(&enrolment, t->s->p.store, &now, t->s->admin, t->school,
                             &t->other_class, &t->students[1], &arrived),
              EJ_ECONFLICT, "one class at a time");
  CHECK_ERROR(ej_setup_enrol(&enrolment, t->s->p.store, &now, t->s->admin, t->school,
                             &t->other_class, &t->teacher, &arrived),
              EJ_EINVALID, "is not a student");

  /* A parent is invited (which links the child), unlinked and linked again. */
  {
    ej_invitation_form invite = accounts_fixture_teacher_form(t->s, "parent@school.example.ua");
    ej_invitation_options options = accounts_fixture_options();
    ej_issued_invitation parent = EJ_ISSUED_INVITATION_INIT;
    invite.role = EJ_ROLE_PARENT;
    invite.child_id = t->students[0];
    if (CHECK_OK(ej_invite(&parent, NULL, t->s->p.store, &now, t->s->admin, &invite, &options))) {
      CHECK_OK(ej_setup_parent_unlink(t->s->p.store, &now, t->s->admin, t->school, &parent.person,
                                      &t->students[0]));
      CHECK_OK(ej_setup_parent_link(&link, t->s->p.store, &now, t->s->admin, t->school,
                                    &parent.person, &t->students[0], EJ_PARENT_FATHER));
      CHECK_INT(entries_about(t, "parent_link", &link), 1);
      CHECK_ERROR(ej_setup_parent_link(&link, t->s->p.store, &now, t->s->admin, t->school,
                                       &parent.person, &t->students[0], 42),
                  EJ_EINVALID, "relation");
      CHECK_ERROR(ej_setup_parent_link(&link, t->s->p.store, &now, t->s->admin, t->school,
                                       &parent.person, &t->students[0], EJ_PARENT_MOTHER),
                  EJ_EEXISTS, "already linked");
    }
  }
}

static void test_departure(setup* t) {
  ej_enrolment_list* list = NULL;
  const ej_enrolment* enrolment = NULL;
  const ej_date departed = day(2024, 12, 27);
  const ej_date too_early = day(2024, 9, 1);
  const ej_date arrived = day(2025, 1, 13);
  int64_t count = 0;
  ej_uuid id = {{0}};
  /* The second student's enrolment in 5-А (the list is by arrival, then id). */
  if (CHECK_OK(ej_store_enrolments_list(&list, t->s->p.store, t->school, &t->klass, NULL)) &&
      CHECK_OK(ej_enrolment_list_count(&count, list))) {
    for (int64_t i = 0; i < count; ++i) {
      if (CHECK_OK(ej_enrolment_list_get(&enrolment, list, i)) &&
          store_fixture_same_id(&enrolment->student_id, &t->students[1])) {
        id = enrolment->id;
      }
    }
  }
  ej_enrolment_list_free(list);
  CHECK_ERROR(
      ej_setup_departure_record(t->s->p.store, &now, t->s->admin, t->school, &id, &too_early, NULL),
      EJ_EINVALID, "enrolment.departed");
  CHECK_OK(ej_setup_departure_record(t->s->p.store, &now, t->s->admin, t->school, &id, &departed,
                                     "Наказ № 12"));
  CHECK_ERROR(
      ej_setup_departure_record(t->s->p.store, &now, t->s->admin, t->school, &id, &departed, NULL),
      EJ_ECONFLICT, "already ended");
  CHECK_OK(ej_setup_enrol(&id, t->s->p.store, &now, t->s->admin, t->school, &t->other_class,
                          &t->students[1], &arrived));
  CHECK_INT(entries_about(t, "enrolment", &id), 1);
}

static void test_refusals(setup* t) {
  ej_uuid id = {{1}};
  ej_uuid unknown;
  const ej_date arrived = day(2024, 9, 2);
  CHECK_OK(ej_uuid_generate(&unknown));
  CHECK_ERROR(
      ej_setup_subject_create(&id, t->s->p.store, &now, t->as_teacher, t->school, "Фізика", ""),
      EJ_EPERM, "manage_subjects");
  CHECK(store_fixture_same_id(&id, &(ej_uuid){{0}}));
  CHECK_ERROR(
      ej_setup_class_create(&id, t->s->p.store, &now, t->as_teacher, t->school, &t->year, "6-А"),
      EJ_EPERM, "manage_classes");
  CHECK_ERROR(
      ej_setup_class_teacher_withdraw(t->s->p.store, &now, t->as_teacher, t->school, &t->klass),
      EJ_EPERM, "assign_role");
  CHECK_ERROR(ej_setup_parent_unlink(t->s->p.store, &now, t->as_teacher, t->school, &t->teacher,
                                     &t->students[0]),
              EJ_EPERM, "manage_parent_links");
  CHECK_ERROR(ej_setup_class_list_import(NULL, NULL, t->s->p.store, &now, t->as_teacher, t->school,
                                         &t->klass, &arrived, "a", 1),
              EJ_EPERM, "manage_people");
  CHECK_ERROR(
      ej_setup_class_create(&id, t->s->p.store, &now, t->s->admin, t->school, &unknown, "6-А"),
      EJ_ENOTFOUND, "academic year");
  CHECK_ERROR(
      ej_setup_class_create(&id, t->s->p.store, &now, t->s->admin, t->school, &t->year, "6-A"),
      EJ_EINVALID, "6-A");
  CHECK_ERROR(ej_setup_subgroup_create(&id, t->s->p.store, &now, t->s->admin, t->school, &unknown,
                                       "1 група"),
              EJ_ENOTFOUND, "class");
  CHECK_ERROR(
      ej_setup_subject_create(&id, t->s->p.store, &now, t->s->admin, t->school, "Математика", NULL),
      EJ_EEXISTS, "Математика");
  CHECK_ERROR(ej_setup_academic_year_create(&id, t->s->p.store, &now, t->s->admin, t->school, NULL),
              EJ_EINVALID, "calendar");
  CHECK_ERROR(ej_setup_class_create(&id, t->s->p.store, &now, t->s->admin, NULL, &t->year, "6-А"),
              EJ_EINVALID, "institution");
  CHECK_ERROR(ej_setup_class_create(&id, NULL, &now, t->s->admin, t->school, &t->year, "6-А"),
              EJ_EINVALID, "store");
  CHECK_ERROR(ej_setup_class_create(&id, t->s->p.store, &now, NULL, t->school, &t->year, "6-А"),
              EJ_EINVALID, "principal");
  CHECK_ERROR(
      ej_setup_class_create(&id, t->s->p.store, &now, t->s->admin, t->school, &t->year, NULL),
      EJ_EINVALID, "name");
  CHECK_ERROR(ej_setup_course_create(&id, t->s->p.store, &now, t->s->admin, t->school, NULL),
              EJ_EINVALID, "form");
  CHECK_ERROR(
      ej_setup_enrol(&id, t->s->p.store, &now, t->s->admin, t->school, &t->klass, &unknown, NULL),
      EJ_EINVALID, "arrived");
  CHECK_ERROR(
      ej_setup_subgroup_member_add(t->s->p.store, &now, t->s->admin, t->school, &unknown, NULL),
      EJ_EINVALID, "student");
  CHECK_ERROR(ej_setup_class_list_import(NULL, NULL, t->s->p.store, &now, t->s->admin, t->school,
                                         &t->klass, &arrived, NULL, 0),
              EJ_EINVALID, "csv");
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    joined_school s;
    setup t;
    memset(&t, 0, sizeof t);
    t.s = &s;
    t.school = &s.approval.institution;
    if (accounts_fixture_open(&s, *uri) && prepare(&t)) {
      test_import(&t);
      test_import_problems(&t);
      test_structure(&t);
      test_departure(&t);
      test_refusals(&t);
    }
    ej_principal_free(t.as_teacher);
    accounts_fixture_close(&s);
  }
  return check_finish("capi_school_setup");
}
