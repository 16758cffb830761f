/* The class journal through the C ABI (ejournal/journal.h) on the memory backend, an in-memory
 * SQLite database and PostgreSQL when EJ_PG_CONN is set: lessons recorded and edited, grades
 * recorded, published and corrected, the editing window, comments, and the errors of every
 * entry — each refusal leaving the store as it was. Today is Tuesday 2024-09-10. */
#include <string.h>

#include "check.h"
#include "store_fixture.h"

static const int64_t tuesday = 1725955200000000LL;   /* 2024-09-10T08:00:00Z */
static const int64_t next_week = 1726732800000000LL; /* 2024-09-19T08:00:00Z */
static const ej_date thursday = {2024, 9, 12};
static const ej_date friday = {2024, 9, 13};
static const ej_date saturday = {2024, 9, 7};

typedef struct journal {
  school s;
  ej_uuid admin_person;
  ej_uuid class_teacher_person;
  ej_principal* teacher;
  ej_principal* other_teacher; /* a teacher of no course */
  ej_principal* admin;
  ej_principal* class_teacher;
} journal;

static ej_uuid new_person(school* s, const char* surname) {
  ej_person person = EJ_PERSON_INIT;
  ej_uuid id = {{0}};
  person.surname = surname;
  person.given_name = "Ірина";
  CHECK_OK(ej_store_person_create(&id, s->store, &s->institution, &person));
  return id;
}

static ej_principal* principal(journal* j, const ej_uuid* person, int32_t role,
                               const ej_uuid* course) {
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  ej_taught_course taught = EJ_TAUGHT_COURSE_INIT;
  ej_principal* out = NULL;
  grant.role = role;
  grant.institution = j->s.institution;
  grant.person = *person;
  CHECK_OK(ej_uuid_generate(&grant.id));
  if (role == EJ_ROLE_CLASS_TEACHER) grant.school_class = j->s.school_class;
  taught.school_class = j->s.school_class;
  if (course != NULL) taught.course = *course;
  CHECK_OK(ej_principal_person(&out, &j->s.institution, person, &grant, 1, NULL, 0, &taught,
                               course != NULL ? 1 : 0));
  return out;
}

static int journal_open(journal* j, const char* uri) {
  ej_uuid nobody;
  memset(j, 0, sizeof *j);
  if (!store_fixture_open(&j->s, uri, "Ліцей журналу")) return 0;
  j->admin_person = new_person(&j->s, "Бондар");
  j->class_teacher_person = new_person(&j->s, "Шевченко");
  nobody = new_person(&j->s, "Ткаченко");
  j->teacher = principal(j, &j->s.teacher, EJ_ROLE_TEACHER, &j->s.course);
  j->other_teacher = principal(j, &nobody, EJ_ROLE_TEACHER, NULL);
  j->admin = principal(j, &j->admin_person, EJ_ROLE_INSTITUTION_ADMIN, NULL);
  j->class_teacher = principal(j, &j->class_teacher_person, EJ_ROLE_CLASS_TEACHER, NULL);
  return j->teacher && j->other_teacher && j->admin && j->class_teacher;
}

static void journal_close(journal* j) {
  ej_principal_free(j->teacher);
  ej_principal_free(j->other_teacher);
  ej_principal_free(j->admin);
  ej_principal_free(j->class_teacher);
  ej_store_free(j->s.store);
}

static int64_t lesson_count(journal* j) {
  ej_lesson_list* list = NULL;
  int64_t count = -1;
  if (CHECK_OK(
          ej_store_lessons_list(&list, j->s.store, &j->s.institution, &j->s.course, NULL, NULL))) {
    CHECK_OK(ej_lesson_list_count(&count, list));
  }
  ej_lesson_list_free(list);
  return count;
}

/* The grades of the course; the caller frees the list. */
static ej_grade_list* course_grades(journal* j, int64_t* count) {
  ej_grade_list* list = NULL;
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  query.course = j->s.course;
  *count = -1;
  if (CHECK_OK(ej_store_grades_find(&list, j->s.store, &j->s.institution, &query))) {
    CHECK_OK(ej_grade_list_count(count, list));
  }
  return list;
}

static int64_t grade_count(journal* j) {
  int64_t count = 0;
  ej_grade_list_free(course_grades(j, &count));
  return count;
}

/* The audit entries of the grade `id`; the caller frees the list. */
static ej_audit_entry_list* grade_audit(journal* j, const ej_uuid* id, int64_t* count) {
  char text[37];
  ej_audit_entry_list* list = NULL;
  *count = -1;
  CHECK_OK(ej_uuid_format(text, sizeof text, id));
  if (CHECK_OK(
          ej_audit_for_entity(&list, j->s.store, j->admin, &j->s.institution, "grade", text))) {
    CHECK_OK(ej_audit_entry_list_count(count, list));
  }
  return list;
}

static ej_lesson_form lesson_form(journal* j, ej_date date, int32_t number) {
  ej_lesson_form form = EJ_LESSON_FORM_INIT;
  form.course_id = j->s.course;
  form.date = date;
  form.number = number;
  form.topic = "Іменник як частина мови";
  form.homework = "Вправа 12";
  form.homework_due = friday;
  return form;
}

static ej_grade_form grade_form(journal* j, int lesson, int student, const char* value) {
  ej_grade_form form = EJ_GRADE_FORM_INIT;
  form.course_id = j->s.course;
  form.student_id = j->s.students[student];
  form.lesson_id = j->s.lessons[lesson];
  form.value = value;
  return form;
}

static void test_options(void) {
  ej_journal_options options;
  CHECK_OK(ej_journal_options_init(&options, EJ_JOURNAL_OPTIONS_VERSION));
  CHECK_INT(options.editing_window_days, 7);
  CHECK_ERROR(ej_journal_options_init(&options, 99), EJ_EVERSION, "");
  CHECK_INT(options.version, 0);
  CHECK_ERROR(ej_journal_options_init(NULL, EJ_JOURNAL_OPTIONS_VERSION), EJ_EINVALID, "'opts'");
}

static void test_lessons(journal* j) {
  ej_lesson_form form = lesson_form(j, thursday, 2);
  ej_lesson_form bad = form;
  ej_uuid id = {{0}};
  ej_uuid refused = {{0}};
  int64_t revision = 0;
  ej_lesson_list* list = NULL;
  const ej_lesson* lesson = NULL;
  const int64_t before = lesson_count(j);
  ej_journal_options strict = EJ_JOURNAL_OPTIONS_INIT;

  CHECK_OK(ej_journal_lesson_record(&id, &revision, j->s.store, &tuesday, j->teacher,
                                    &j->s.institution, &form, NULL));
  CHECK_INT(revision, 1);
  CHECK_INT(lesson_count(j), before + 1);
  if (CHECK_OK(ej_store_lessons_list(&list, j->s.store, &j->s.institution, &j->s.course, &thursday,
                                     &thursday)) &&
      CHECK_OK(ej_lesson_list_get(&lesson, list, 0))) {
    CHECK(store_fixture_same_id(&lesson->id, &id));
    CHECK_STR(lesson->topic, "Іменник як частина мови");
    CHECK_INT(lesson->number, 2);
    CHECK_INT(lesson->homework_due.day, 13);
  }
  ej_lesson_list_free(list);

  /* Refusals change nothing. */
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &form, NULL),
              EJ_EEXISTS, "");
  bad.date = saturday;
  CHECK_ERROR(ej_journal_lesson_record(&refused, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "2024-09-07 is not a school day");
  CHECK(ej_uuid_is_nil(&refused));
  bad = form;
  bad.number = 9;
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "bell schedule");
  bad = form;
  bad.homework_due = thursday;
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "homework_due");
  bad = form;
  bad.topic = "\xC3\x28";
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "topic");
  bad = form;
  bad.type = 42;
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "form->type");
  bad = form;
  bad.reserved = 1;
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "form->reserved");
  bad = form;
  bad.version = 99;
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EVERSION, "");
  bad = form;
  memset(&bad.date, 0, sizeof bad.date);
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EINVALID, "form->date");
  bad = form;
  CHECK_OK(ej_uuid_generate(&bad.course_id));
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_ENOTFOUND, "");
  bad = lesson_form(j, friday, 1);
  memset(&bad.homework_due, 0, sizeof bad.homework_due);
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->other_teacher,
                                       &j->s.institution, &bad, NULL),
              EJ_EPERM, "write_lessons");
  strict.editing_window_days = -1;
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, &bad, &strict),
              EJ_EINVALID, "editing window");
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, j->teacher,
                                       &j->s.institution, NULL, NULL),
              EJ_EINVALID, "'form'");
  CHECK_ERROR(ej_journal_lesson_record(NULL, NULL, j->s.store, &tuesday, NULL, &j->s.institution,
                                       &form, NULL),
              EJ_EINVALID, "'principal'");
  CHECK_INT(lesson_count(j), before + 1);

  /* An edit at the revision read; a stale one is a conflict. */
  form.topic = "Рід іменників";
  CHECK_OK(ej_journal_lesson_edit(&revision, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                  &id, 1, &form, NULL));
  CHECK_INT(revision, 2);
  form.topic = "Застаріла зміна";
  CHECK_ERROR(ej_journal_lesson_edit(&revision, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                     &id, 1, &form, NULL),
              EJ_ECONFLICT, "changed since it was read");
  CHECK_INT(revision, 0);
  CHECK_ERROR(ej_journal_lesson_edit(NULL, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                     &j->s.course, 1, &form, NULL),
              EJ_ENOTFOUND, "");
  CHECK_ERROR(ej_journal_lesson_edit(NULL, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                     NULL, 1, &form, NULL),
              EJ_EINVALID, "'lesson'");
}

static void test_grades(journal* j) {
  ej_grade_form form = grade_form(j, 7, 0, "10"); /* Monday 2024-09-09 */
  ej_grade_written written = EJ_GRADE_WRITTEN_INIT;
  ej_grade_written draft = EJ_GRADE_WRITTEN_INIT;
  ej_grade_edit edit = EJ_GRADE_EDIT_INIT;
  ej_grade_list* list = NULL;
  const ej_grade* grade = NULL;
  ej_audit_entry_list* audit = NULL;
  const ej_audit_entry* entry = NULL;
  int64_t count = 0;
  int64_t grades_before;
  ej_uuid first = {{0}};

  CHECK_OK(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                   &form, NULL));
  CHECK_INT(written.newly_published, 1);
  CHECK_INT(written.revision, 1);
  first = written.id;
  list = course_grades(j, &count);
  if (CHECK_INT(count, 1) && CHECK_OK(ej_grade_list_get(&grade, list, 0))) {
    CHECK(store_fixture_same_id(&grade->id, &first));
    CHECK_INT(grade->has_value, 1);
    CHECK_INT(grade->value_num, 10);
    CHECK_INT(grade->publication, EJ_PUBLICATION_PUBLISHED);
    CHECK(store_fixture_same_id(&grade->recorded_by, &j->s.teacher));
  }
  ej_grade_list_free(list);

  /* A pencil grade, published once. */
  form = grade_form(j, 7, 1, "н");
  form.publication = EJ_PUBLICATION_DRAFT;
  CHECK_OK(ej_journal_grade_record(&draft, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                   &form, NULL));
  CHECK_INT(draft.newly_published, 0);
  CHECK_OK(ej_journal_grade_publish(&draft, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                    &draft.id, 1, NULL, NULL));
  CHECK_INT(draft.newly_published, 1);
  CHECK_INT(draft.revision, 2);
  CHECK_ERROR(ej_journal_grade_publish(&draft, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                       &written.id, 1, NULL, NULL),
              EJ_ECONFLICT, "published already");
  CHECK(ej_uuid_is_nil(&draft.id));

  /* Refusals change nothing. */
  grades_before = grade_count(j);
  form = grade_form(j, 7, 2, "13");
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EINVALID, "\"13\"");
  form = grade_form(j, 7, 0, "11");
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EEXISTS, "edit it instead");
  form = grade_form(j, 7, 2, "11");
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->other_teacher,
                                      &j->s.institution, &form, NULL),
              EJ_EPERM, "write_grades");
  form = grade_form(j, 7, 2, "н");
  form.column = EJ_COLUMN_THEMATIC;
  memset(&form.lesson_id, 0, sizeof form.lesson_id);
  form.label = "Тема 1";
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EINVALID, "absence mark");
  form.value = "9";
  form.column = 0;
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EINVALID, "form->column");
  form = grade_form(j, 7, 2, "9");
  form.publication = 3;
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EINVALID, "form->publication");
  form = grade_form(j, 7, 2, "9");
  written.version = 99;
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EVERSION, "");
  written.version = EJ_GRADE_WRITTEN_VERSION;
  CHECK_ERROR(ej_journal_grade_record(NULL, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EINVALID, "'out'");
  memset(&form.student_id, 0, sizeof form.student_id);
  CHECK_ERROR(ej_journal_grade_record(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                      &form, NULL),
              EJ_EINVALID, "form->student_id");
  CHECK_INT(grade_count(j), grades_before);

  /* A published grade is corrected only with a reason, which the audit trail keeps. */
  edit.grade_id = first;
  edit.revision = 1;
  edit.value = "9";
  CHECK_ERROR(ej_journal_grade_edit(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                    &edit, NULL),
              EJ_EINVALID, "needs a reason");
  edit.reason = "Перевірила роботу повторно";
  CHECK_OK(ej_journal_grade_edit(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                 &edit, NULL));
  CHECK_INT(written.revision, 2);
  CHECK_INT(written.newly_published, 0);
  CHECK_ERROR(ej_journal_grade_edit(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                    &edit, NULL),
              EJ_ECONFLICT, "changed since it was read");
  audit = grade_audit(j, &edit.grade_id, &count);
  if (CHECK_INT(count, 2) && CHECK_OK(ej_audit_entry_list_get(&entry, audit, 1))) {
    CHECK_STR(entry->action, "correct");
    CHECK_STR(entry->reason, "Перевірила роботу повторно");
    CHECK(strstr(entry->before, "\"value\":\"10\"") != NULL);
    CHECK(strstr(entry->after, "\"value\":\"9\"") != NULL);
  }
  ej_audit_entry_list_free(audit);
  CHECK_ERROR(ej_journal_grade_edit(&written, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                    NULL, NULL),
              EJ_EINVALID, "'edit'");
}

static void test_thematic_and_window(journal* j) {
  ej_grade_form form = grade_form(j, 7, 3, "6");
  ej_grade_written thematic = EJ_GRADE_WRITTEN_INIT;
  ej_grade_written old = EJ_GRADE_WRITTEN_INIT;
  ej_grade_edit edit = EJ_GRADE_EDIT_INIT;
  form.column = EJ_COLUMN_THEMATIC;
  memset(&form.lesson_id, 0, sizeof form.lesson_id);
  form.label = "Тема 1";
  CHECK_OK(ej_journal_grade_record(&thematic, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                   &form, NULL));
  edit.grade_id = thematic.id;
  edit.revision = thematic.revision;
  edit.value = "8";
  edit.reason = "Перескладання";
  CHECK_ERROR(ej_journal_grade_edit(&thematic, j->s.store, &tuesday, j->teacher, &j->s.institution,
                                    &edit, NULL),
              EJ_ECONFLICT, "thematic");

  /* Nine days later only the administrator corrects, with a reason. */
  form = grade_form(j, 7, 4, "5");
  CHECK_OK(ej_journal_grade_record(&old, j->s.store, &tuesday, j->teacher, &j->s.institution, &form,
                                   NULL));
  edit.grade_id = old.id;
  edit.revision = old.revision;
  edit.value = "6";
  edit.reason = "Описка";
  CHECK_ERROR(ej_journal_grade_edit(&old, j->s.store, &next_week, j->teacher, &j->s.institution,
                                    &edit, NULL),
              EJ_EPERM, "editing window of 7 days");
  edit.reason = NULL;
  CHECK_ERROR(
      ej_journal_grade_edit(&old, j->s.store, &next_week, j->admin, &j->s.institution, &edit, NULL),
      EJ_EINVALID, "reason");
  edit.reason = "Наказ №12";
  CHECK_OK(ej_journal_grade_edit(&old, j->s.store, &next_week, j->admin, &j->s.institution, &edit,
                                 NULL));
  CHECK_INT(old.revision, 2);
}

static void test_comments(journal* j) {
  ej_comment_form form = EJ_COMMENT_FORM_INIT;
  ej_uuid id = {{0}};
  form.student_id = j->s.students[0];
  form.course_id = j->s.course;
  form.lesson_id = j->s.lessons[7];
  form.text = " Забув зошит. ";
  CHECK_OK(
      ej_journal_comment_write(&id, j->s.store, &tuesday, j->teacher, &j->s.institution, &form));
  CHECK(!ej_uuid_is_nil(&id));
  memset(&form.course_id, 0, sizeof form.course_id);
  memset(&form.lesson_id, 0, sizeof form.lesson_id);
  CHECK_ERROR(
      ej_journal_comment_write(&id, j->s.store, &tuesday, j->teacher, &j->s.institution, &form),
      EJ_EPERM, "write_comment");
  CHECK(ej_uuid_is_nil(&id));
  CHECK_OK(ej_journal_comment_write(&id, j->s.store, &tuesday, j->class_teacher, &j->s.institution,
                                    &form));
  form.text = "   ";
  CHECK_ERROR(ej_journal_comment_write(&id, j->s.store, &tuesday, j->class_teacher,
                                       &j->s.institution, &form),
              EJ_EINVALID, "comment.text");
  form.text = "Текст";
  form.lesson_id = j->s.lessons[0];
  CHECK_ERROR(ej_journal_comment_write(&id, j->s.store, &tuesday, j->class_teacher,
                                       &j->s.institution, &form),
              EJ_EINVALID, "needs the lesson's course");
  form.reserved = 1;
  CHECK_ERROR(ej_journal_comment_write(&id, j->s.store, &tuesday, j->class_teacher,
                                       &j->s.institution, &form),
              EJ_EINVALID, "form->reserved");
  CHECK_ERROR(ej_journal_comment_write(&id, j->s.store, &tuesday, j->class_teacher,
                                       &j->s.institution, NULL),
              EJ_EINVALID, "'form'");
}

int main(void) {
  test_options();
  for (const char* const* uri = store_fixture_uris(); *uri != NULL; ++uri) {
    journal j;
    if (journal_open(&j, *uri)) {
      test_lessons(&j);
      test_grades(&j);
      test_thematic_and_window(&j);
      test_comments(&j);
    }
    journal_close(&j);
  }
  return check_finish("capi_journal");
}
