/* Changing stored lessons, grades and attendance marks through the C ABI against the revision a
 * caller read (ejournal/store_journal.h), on the memory backend, an in-memory SQLite database and
 * PostgreSQL when EJ_PG_CONN is set: every change reads back with revision + 1; a stale revision,
 * an unknown id, another institution's id, a bad value, NULL and an unknown struct version fail
 * and change nothing. Ending an enrolment is in test_store_diary.c. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "store_fixture.h"

static const ej_uuid nil_id = {{0}};

static ej_date day(int32_t month, int32_t day_of_month) {
  ej_date date;
  date.year = 2024;
  date.month = month;
  date.day = day_of_month;
  return date;
}

/* ------------------------------------------------------------- reading back */

/* The lesson `id` of the fixture's course from a fresh list (*list: free it). */
static const ej_lesson* read_lesson(ej_lesson_list** list, const school* s, const ej_uuid* id) {
  const ej_lesson* lesson = NULL;
  int64_t count = 0;
  int64_t i;
  *list = NULL;
  if (!CHECK_OK(ej_store_lessons_list(list, s->store, &s->institution, &s->course, NULL, NULL)) ||
      !CHECK_OK(ej_lesson_list_count(&count, *list))) {
    return NULL;
  }
  for (i = 0; i < count; ++i) {
    if (CHECK_OK(ej_lesson_list_get(&lesson, *list, i)) && store_fixture_same_id(&lesson->id, id)) {
      return lesson;
    }
  }
  check_true(0, __FILE__, __LINE__, "the lesson is in its course's list");
  return NULL;
}

/* The grade `id` of the fixture's course. */
static const ej_grade* read_grade(ej_grade_list** list, const school* s, const ej_uuid* id) {
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  const ej_grade* grade = NULL;
  int64_t count = 0;
  int64_t i;
  *list = NULL;
  query.course = s->course;
  if (!CHECK_OK(ej_store_grades_find(list, s->store, &s->institution, &query)) ||
      !CHECK_OK(ej_grade_list_count(&count, *list))) {
    return NULL;
  }
  for (i = 0; i < count; ++i) {
    if (CHECK_OK(ej_grade_list_get(&grade, *list, i)) && store_fixture_same_id(&grade->id, id)) {
      return grade;
    }
  }
  check_true(0, __FILE__, __LINE__, "the grade is in its course's list");
  return NULL;
}

/* The attendance mark `id` at the fixture's first lesson. */
static const ej_attendance* read_mark(ej_attendance_list** list, const school* s,
                                      const ej_uuid* id) {
  ej_attendance_query query = EJ_ATTENDANCE_QUERY_INIT;
  const ej_attendance* mark = NULL;
  int64_t count = 0;
  int64_t i;
  *list = NULL;
  query.lesson = s->lessons[0];
  if (!CHECK_OK(ej_store_attendance_find(list, s->store, &s->institution, &query)) ||
      !CHECK_OK(ej_attendance_list_count(&count, *list))) {
    return NULL;
  }
  for (i = 0; i < count; ++i) {
    if (CHECK_OK(ej_attendance_list_get(&mark, *list, i)) && store_fixture_same_id(&mark->id, id)) {
      return mark;
    }
  }
  check_true(0, __FILE__, __LINE__, "the mark is in its lesson's list");
  return NULL;
}

/* The revision of each kind of record now, to show that a failed call changed nothing. */
static int64_t lesson_revision(const school* s, const ej_uuid* id) {
  ej_lesson_list* list = NULL;
  const ej_lesson* lesson = read_lesson(&list, s, id);
  const int64_t revision = lesson != NULL ? lesson->revision : -1;
  ej_lesson_list_free(list);
  return revision;
}

static int64_t grade_revision(const school* s, const ej_uuid* id) {
  ej_grade_list* list = NULL;
  const ej_grade* grade = read_grade(&list, s, id);
  const int64_t revision = grade != NULL ? grade->revision : -1;
  ej_grade_list_free(list);
  return revision;
}

static int64_t mark_revision(const school* s, const ej_uuid* id) {
  ej_attendance_list* list = NULL;
  const ej_attendance* mark = read_mark(&list, s, id);
  const int64_t revision = mark != NULL ? mark->revision : -1;
  ej_attendance_list_free(list);
  return revision;
}

/* ------------------------------------------------------------------ lessons */

static void test_lesson_update(const school* a, const school* b) {
  const ej_uuid* id = &a->lessons[0];
  ej_lesson_change change = EJ_LESSON_CHANGE_INIT;
  ej_lesson_list* list = NULL;
  const ej_lesson* lesson = NULL;
  ej_date due = day(9, 4);
  ej_date none = {0, 0, 0};
  ej_date before = day(9, 1);
  ej_date no_day = day(2, 30);
  int64_t revision = -1;

  change.topic = "Іменник";
  change.homework = "Вправа 5";
  change.type = EJ_LESSON_TEST;
  change.homework_due = &due;
  if (!CHECK_OK(ej_store_lesson_update(&revision, a->store, &a->institution, id, 1, &change))) {
    return;
  }
  CHECK_INT(revision, 2);
  if ((lesson = read_lesson(&list, a, id)) != NULL) {
    CHECK_INT(lesson->version, EJ_LESSON_VERSION);
    CHECK_STR(lesson->topic, "Іменник");
    CHECK_STR(lesson->homework, "Вправа 5");
    CHECK_INT(lesson->type, EJ_LESSON_TEST);
    CHECK_INT(lesson->homework_due.day, 4);
    CHECK_INT(lesson->revision, 2);
    /* The rest of the lesson stays as it was. */
    CHECK_INT(lesson->number, 1);
    CHECK_INT(lesson->date.day, 2);
  }
  ej_lesson_list_free(list);

  /* Only what the change sets: "" clears the topic, the homework and its date stay. */
  change = (ej_lesson_change)EJ_LESSON_CHANGE_INIT;
  change.topic = "";
  if (CHECK_OK(ej_store_lesson_update(&revision, a->store, &a->institution, id, 2, &change))) {
    CHECK_INT(revision, 3);
  }
  if ((lesson = read_lesson(&list, a, id)) != NULL) {
    CHECK_STR(lesson->topic, "");
    CHECK_STR(lesson->homework, "Вправа 5");
    CHECK_INT(lesson->homework_due.day, 4);
    CHECK_INT(lesson->type, EJ_LESSON_TEST);
  }
  ej_lesson_list_free(list);
  /* {0, 0, 0} removes the due date; the revision may go unreported. */
  change = (ej_lesson_change)EJ_LESSON_CHANGE_INIT;
  change.homework_due = &none;
  CHECK_OK(ej_store_lesson_update(NULL, a->store, &a->institution, id, 3, &change));
  if ((lesson = read_lesson(&list, a, id)) != NULL) {
    CHECK_INT(lesson->homework_due.year, 0);
    CHECK_INT(lesson->revision, 4);
  }
  ej_lesson_list_free(list);

  /* A stale revision: another editor saved first. */
  change = (ej_lesson_change)EJ_LESSON_CHANGE_INIT;
  change.topic = "Прикметник";
  revision = 99;
  CHECK_ERROR(ej_store_lesson_update(&revision, a->store, &a->institution, id, 2, &change),
              EJ_ECONFLICT, "read at revision 2");
  CHECK_MESSAGE("lesson ");
  CHECK_INT(revision, 0);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_STORAGE);
  /* Unknown ids and ids of another institution are not found, either way round. */
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, &b->lessons[0], 1, &change),
              EJ_ENOTFOUND, "lesson");
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &b->institution, id, 4, &change), EJ_ENOTFOUND,
              "not found in institution");
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, &b->teacher, 1, &change),
              EJ_ENOTFOUND, "lesson");
  /* Bad values, named with the value. */
  change.type = 9;
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, &change), EJ_EINVALID,
              "'change->type' is 9");
  change.type = 0;
  change.homework_due = &before;
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, &change), EJ_EINVALID,
              "lesson.homework_due is 2024-09-01, before");
  change.homework_due = &no_day;
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, &change), EJ_EINVALID,
              "'change->homework_due' is 2024-02-30");
  change.homework_due = NULL;
  change.homework = "\xd0";
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, &change), EJ_EINVALID,
              "'change->homework' is not valid UTF-8");
  change.homework = NULL;
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 0, &change), EJ_EINVALID,
              "'revision' is 0");
  /* NULL and versions. */
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, NULL), EJ_EINVALID,
              "'change'");
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, NULL, 4, &change),
              EJ_EINVALID, "'id'");
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, NULL, id, 4, &change), EJ_EINVALID,
              "'institution'");
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, &nil_id, 4, &change),
              EJ_EINVALID, "'id' is the nil UUID");
  CHECK_ERROR(ej_store_lesson_update(NULL, NULL, &a->institution, id, 4, &change), EJ_EINVALID,
              "'store'");
  change.version = 0;
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, &change), EJ_EVERSION,
              "change->version");
  change.version = EJ_LESSON_CHANGE_VERSION + 1;
  CHECK_ERROR(ej_store_lesson_update(NULL, a->store, &a->institution, id, 4, &change), EJ_EVERSION,
              "change->version");
  /* None of that changed the lesson. */
  if ((lesson = read_lesson(&list, a, id)) != NULL) {
    CHECK_INT(lesson->revision, 4);
    CHECK_STR(lesson->topic, "");
  }
  ej_lesson_list_free(list);
  CHECK_INT(lesson_revision(b, &b->lessons[0]), 1);
}

/* ------------------------------------------------------------------- grades */

/* One current grade of 7 for student 0 at lesson 0; its id, or nil. */
static ej_uuid add_grade(const school* s) {
  ej_grade_columns columns = EJ_GRADE_COLUMNS_INIT;
  int64_t seven = 7;
  ej_uuid id = nil_id;
  columns.count = 1;
  columns.courses = &s->course;
  columns.students = &s->students[0];
  columns.lessons = &s->lessons[0];
  columns.dates = &s->lesson_dates[0];
  columns.numerators = &seven;
  columns.recorded_by = &s->teacher;
  CHECK_OK(ej_store_grades_create(&id, s->store, &s->institution, &columns, NULL, NULL));
  return id;
}

static void test_grade_update(const school* a, const school* b) {
  const ej_uuid id = add_grade(a);
  const ej_uuid other = add_grade(b);
  ej_grade_change change = EJ_GRADE_CHANGE_INIT;
  ej_grade_list* list = NULL;
  const ej_grade* grade = NULL;
  int64_t revision = -1;
  if (!CHECK(!ej_uuid_is_nil(&id) && !ej_uuid_is_nil(&other))) return;

  change.value_num = 10;
  change.value_den = 1;
  if (CHECK_OK(ej_store_grade_update(&revision, a->store, &a->institution, &id, 1, &change))) {
    CHECK_INT(revision, 2);
  }
  if ((grade = read_grade(&list, a, &id)) != NULL) {
    CHECK_INT(grade->has_value, 1);
    CHECK_INT(grade->value_num, 10);
    CHECK_INT(grade->revision, 2);
    CHECK_INT(grade->publication, EJ_PUBLICATION_PUBLISHED);
    CHECK(store_fixture_same_id(&grade->recorded_by, &a->teacher));
  }
  ej_grade_list_free(list);
  /* A mark replaces the value. */
  change = (ej_grade_change)EJ_GRADE_CHANGE_INIT;
  change.mark = "н/а";
  if (CHECK_OK(ej_store_grade_update(&revision, a->store, &a->institution, &id, 2, &change))) {
    CHECK_INT(revision, 3);
  }
  if ((grade = read_grade(&list, a, &id)) != NULL) {
    CHECK_INT(grade->has_value, 0);
    CHECK_STR(grade->mark, "н/а");
    CHECK_INT(grade->value_den, 1);
  }
  ej_grade_list_free(list);
  /* A value (reduced) replaces the mark; the publication and the comment change with it. */
  change = (ej_grade_change)EJ_GRADE_CHANGE_INIT;
  change.value_num = 42;
  change.value_den = 4;
  change.publication = EJ_PUBLICATION_DRAFT;
  change.comment = "Перевірити роботу";
  if (CHECK_OK(ej_store_grade_update(&revision, a->store, &a->institution, &id, 3, &change))) {
    CHECK_INT(revision, 4);
  }
  if ((grade = read_grade(&list, a, &id)) != NULL) {
    CHECK_INT(grade->has_value, 1);
    CHECK_INT(grade->value_num, 21);
    CHECK_INT(grade->value_den, 2);
    CHECK_STR(grade->mark, "");
    CHECK_INT(grade->publication, EJ_PUBLICATION_DRAFT);
    CHECK_STR(grade->comment, "Перевірити роботу");
  }
  ej_grade_list_free(list);

  change = (ej_grade_change)EJ_GRADE_CHANGE_INIT;
  change.comment = "Інше";
  revision = 99;
  CHECK_ERROR(ej_store_grade_update(&revision, a->store, &a->institution, &id, 3, &change),
              EJ_ECONFLICT, "read at revision 3, but the store has revision 4");
  CHECK_MESSAGE("grade ");
  CHECK_INT(revision, 0);
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &other, 1, &change),
              EJ_ENOTFOUND, "grade");
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &b->institution, &id, 4, &change), EJ_ENOTFOUND,
              "not found in institution");
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &a->lessons[0], 1, &change),
              EJ_ENOTFOUND, "grade");

  change.value_num = 9;
  change.value_den = -1;
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "'change->value_den' is negative (-1)");
  change.value_den = 0;
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "'change->value_num' is 9");
  change.value_den = 1;
  change.mark = "зв.";
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "both the value 9 and the mark 'зв.'");
  change.value_num = 0;
  change.value_den = 0;
  change.mark = "";
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "'change->mark' is empty");
  change.mark = "абвгдеєжзиіїйклмн";
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "grade.mark 'абвгдеєжзиіїйклмн' is 17 characters long");
  change.mark = NULL;
  change.publication = 3;
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "'change->publication' is 3");
  change.publication = 0;
  change.comment = "\xff";
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EINVALID,
              "'change->comment' is not valid UTF-8");
  change.comment = NULL;
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, -3, &change), EJ_EINVALID,
              "'revision' is -3");
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, NULL), EJ_EINVALID,
              "'change'");
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, NULL, 4, &change), EJ_EINVALID,
              "'id'");
  CHECK_ERROR(ej_store_grade_update(NULL, NULL, &a->institution, &id, 4, &change), EJ_EINVALID,
              "'store'");
  change.version = EJ_GRADE_CHANGE_VERSION + 1;
  CHECK_ERROR(ej_store_grade_update(NULL, a->store, &a->institution, &id, 4, &change), EJ_EVERSION,
              "change->version");
  if ((grade = read_grade(&list, a, &id)) != NULL) {
    CHECK_INT(grade->revision, 4);
    CHECK_INT(grade->value_num, 21);
    CHECK_STR(grade->comment, "Перевірити роботу");
  }
  ej_grade_list_free(list);
  CHECK_INT(grade_revision(b, &other), 1);
  /* A change that sets nothing still checks the revision and stores the grade again. */
  change = (ej_grade_change)EJ_GRADE_CHANGE_INIT;
  if (CHECK_OK(ej_store_grade_update(&revision, a->store, &a->institution, &id, 4, &change))) {
    CHECK_INT(revision, 5);
  }
}

/* --------------------------------------------------------------- attendance */

static ej_uuid add_mark(const school* s) {
  ej_attendance_columns columns = EJ_ATTENDANCE_COLUMNS_INIT;
  const char* code = "н";
  ej_uuid id = nil_id;
  columns.count = 1;
  columns.students = &s->students[0];
  columns.dates = &s->lesson_dates[0];
  columns.lessons = &s->lessons[0];
  columns.codes = &code;
  columns.recorded_by = &s->teacher;
  CHECK_OK(ej_store_attendance_create(&id, s->store, &s->institution, &columns, NULL, NULL));
  return id;
}

static void test_attendance_update(const school* a, const school* b) {
  const ej_uuid id = add_mark(a);
  const ej_uuid other = add_mark(b);
  ej_attendance_change change = EJ_ATTENDANCE_CHANGE_INIT;
  ej_attendance_list* list = NULL;
  const ej_attendance* mark = NULL;
  char long_ref[202];
  int64_t revision = -1;
  if (!CHECK(!ej_uuid_is_nil(&id) && !ej_uuid_is_nil(&other))) return;

  change.code = "хв";
  change.reason = EJ_ABSENCE_ILLNESS;
  change.document_ref = "Довідка № 12";
  if (CHECK_OK(ej_store_attendance_update(&revision, a->store, &a->institution, &id, 1, &change))) {
    CHECK_INT(revision, 2);
  }
  if ((mark = read_mark(&list, a, &id)) != NULL) {
    CHECK_STR(mark->code, "хв");
    CHECK_INT(mark->reason, EJ_ABSENCE_ILLNESS);
    CHECK_STR(mark->document_ref, "Довідка № 12");
    CHECK_INT(mark->revision, 2);
    CHECK(store_fixture_same_id(&mark->lesson_id, &a->lessons[0]));
  }
  ej_attendance_list_free(list);
  change = (ej_attendance_change)EJ_ATTENDANCE_CHANGE_INIT;
  change.document_ref = "";
  if (CHECK_OK(ej_store_attendance_update(&revision, a->store, &a->institution, &id, 2, &change))) {
    CHECK_INT(revision, 3);
  }
  if ((mark = read_mark(&list, a, &id)) != NULL) {
    CHECK_STR(mark->document_ref, "");
    CHECK_STR(mark->code, "хв");
    CHECK_INT(mark->reason, EJ_ABSENCE_ILLNESS);
  }
  ej_attendance_list_free(list);

  change = (ej_attendance_change)EJ_ATTENDANCE_CHANGE_INIT;
  change.code = "н";
  revision = 99;
  CHECK_ERROR(ej_store_attendance_update(&revision, a->store, &a->institution, &id, 1, &change),
              EJ_ECONFLICT, "read at revision 1");
  CHECK_MESSAGE("attendance mark ");
  CHECK_INT(revision, 0);
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &other, 1, &change),
              EJ_ENOTFOUND, "attendance mark");
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &b->institution, &id, 3, &change),
              EJ_ENOTFOUND, "not found in institution");
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &a->teacher, 1, &change),
              EJ_ENOTFOUND, "attendance mark");
  change.code = "";
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &id, 3, &change),
              EJ_EINVALID, "'change->code' is empty");
  change.code = "абвгдеєжзиіїйклмн";
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &id, 3, &change),
              EJ_EINVALID, "attendance.code 'абвгдеєжзиіїйклмн' is 17 characters long");
  change.code = NULL;
  change.reason = 6;
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &id, 3, &change),
              EJ_EINVALID, "'change->reason' is 6");
  change.reason = 0;
  memset(long_ref, '7', sizeof long_ref - 1);
  long_ref[sizeof long_ref - 1] = '\0';
  change.document_ref = long_ref;
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &id, 3, &change),
              EJ_EINVALID, "attendance.document_ref '777");
  CHECK_MESSAGE("201 bytes long, at most 200");
  change.document_ref = NULL;
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &id, 3, NULL),
              EJ_EINVALID, "'change'");
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &nil_id, 3, &change),
              EJ_EINVALID, "'id' is the nil UUID");
  CHECK_ERROR(ej_store_attendance_update(NULL, NULL, &a->institution, &id, 3, &change), EJ_EINVALID,
              "'store'");
  change.version = 0;
  CHECK_ERROR(ej_store_attendance_update(NULL, a->store, &a->institution, &id, 3, &change),
              EJ_EVERSION, "change->version");
  CHECK_INT(mark_revision(a, &id), 3);
}

static void test_backend(const char* uri) {
  school a;
  school b;
  /* The scheme and no more: a PostgreSQL URI goes on with the password. */
  printf("backend %.15s\n", uri);
  if (!store_fixture_open(&a, uri, "Ліцей № 1")) return;
  if (store_fixture_add(&b, a.store, "Ліцей № 2")) {
    test_lesson_update(&a, &b);
    test_grade_update(&a, &b);
    test_attendance_update(&a, &b);
  }
  ej_store_free(a.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_store_updates");
}
