/* The end of a student's time in a class (ej_store_enrolment_end) and a student's lessons
 * (ej_store_lessons_for_student, the rows of their diary) through the C ABI, on the memory
 * backend, an in-memory SQLite database and PostgreSQL when EJ_PG_CONN is set: an enrolment ends
 * against the revision a caller read, and a student's lessons follow their enrolments, across a
 * transfer from one class to another. */
#include <stdio.h>

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

/* The enrolment of `student` in the class `school_class`. */
static const ej_enrolment* read_enrolment(ej_enrolment_list** list, const school* s,
                                          const ej_uuid* school_class, const ej_uuid* student) {
  const ej_enrolment* enrolment = NULL;
  int64_t count = 0;
  int64_t i;
  *list = NULL;
  if (!CHECK_OK(ej_store_enrolments_list(list, s->store, &s->institution, school_class, NULL)) ||
      !CHECK_OK(ej_enrolment_list_count(&count, *list))) {
    return NULL;
  }
  for (i = 0; i < count; ++i) {
    if (CHECK_OK(ej_enrolment_list_get(&enrolment, *list, i)) &&
        store_fixture_same_id(&enrolment->student_id, student)) {
      return enrolment;
    }
  }
  check_true(0, __FILE__, __LINE__, "the student is enrolled in the class");
  return NULL;
}

/* ------------------------------------------------- enrolments and the diary */

static int64_t count_lessons(const school* s, const ej_uuid* student, const ej_date* first,
                             const ej_date* last) {
  ej_lesson_list* list = NULL;
  int64_t count = -1;
  if (CHECK_OK(
          ej_store_lessons_for_student(&list, s->store, &s->institution, student, first, last))) {
    CHECK_OK(ej_lesson_list_count(&count, list));
  }
  ej_lesson_list_free(list);
  return count;
}

static void test_enrolment_end(const school* a, const school* b) {
  const ej_uuid* student = &a->students[1];
  ej_enrolment_list* list = NULL;
  const ej_enrolment* enrolment = NULL;
  ej_uuid id = nil_id;
  ej_date departed = day(9, 5);
  ej_date before_arrival = day(9, 1);
  ej_date no_day = day(2, 30);
  int64_t revision = -1;
  if ((enrolment = read_enrolment(&list, a, &a->school_class, student)) != NULL) {
    id = enrolment->id;
  }
  ej_enrolment_list_free(list);
  if (!CHECK(!ej_uuid_is_nil(&id))) return;

  if (CHECK_OK(ej_store_enrolment_end(&revision, a->store, &a->institution, &id, 1, &departed,
                                      "Наказ № 7 від 05.09.2024"))) {
    CHECK_INT(revision, 2);
  }
  if ((enrolment = read_enrolment(&list, a, &a->school_class, student)) != NULL) {
    CHECK_INT(enrolment->departed.day, 5);
    CHECK_STR(enrolment->departure_note, "Наказ № 7 від 05.09.2024");
    CHECK_INT(enrolment->arrived.day, 2);
    CHECK_INT(enrolment->revision, 2);
  }
  ej_enrolment_list_free(list);
  /* The student's diary ends with the enrolment: 2 … 5 September. */
  CHECK_INT(count_lessons(a, student, NULL, NULL), 4);
  /* A correction: a later day, and NULL for the note. */
  departed = day(9, 6);
  if (CHECK_OK(
          ej_store_enrolment_end(&revision, a->store, &a->institution, &id, 2, &departed, NULL))) {
    CHECK_INT(revision, 3);
  }
  if ((enrolment = read_enrolment(&list, a, &a->school_class, student)) != NULL) {
    CHECK_INT(enrolment->departed.day, 6);
    CHECK_STR(enrolment->departure_note, "");
  }
  ej_enrolment_list_free(list);
  CHECK_INT(count_lessons(a, student, NULL, NULL), 5);

  revision = 99;
  CHECK_ERROR(ej_store_enrolment_end(&revision, a->store, &a->institution, &id, 2, &departed, ""),
              EJ_ECONFLICT, "read at revision 2");
  CHECK_MESSAGE("enrolment ");
  CHECK_INT(revision, 0);
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &b->institution, &id, 3, &departed, ""),
              EJ_ENOTFOUND, "not found in institution");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, student, 3, &departed, ""),
              EJ_ENOTFOUND, "enrolment");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, &id, 3, &before_arrival, ""),
              EJ_EINVALID, "enrolment.departed is 2024-09-01, before arrived 2024-09-02");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, &id, 3, &no_day, ""),
              EJ_EINVALID, "'departed' is 2024-02-30");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, &id, 3, NULL, ""),
              EJ_EINVALID, "'departed'");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, &id, 3, &departed, "\xc3"),
              EJ_EINVALID, "'departure_note' is not valid UTF-8");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, &id, 0, &departed, ""),
              EJ_EINVALID, "'revision' is 0");
  CHECK_ERROR(ej_store_enrolment_end(NULL, NULL, &a->institution, &id, 3, &departed, ""),
              EJ_EINVALID, "'store'");
  CHECK_ERROR(ej_store_enrolment_end(NULL, a->store, &a->institution, NULL, 3, &departed, ""),
              EJ_EINVALID, "'id'");
  if ((enrolment = read_enrolment(&list, a, &a->school_class, student)) != NULL) {
    CHECK_INT(enrolment->revision, 3);
    CHECK_INT(enrolment->departed.day, 6);
  }
  ej_enrolment_list_free(list);
}

/* Student 2 moves from 5-А (last day 6 September) to 6-Б (from 9 September): their lessons are
 * those of 5-А until they leave and those of 6-Б from the day they arrive, by date and number. */
static void test_lessons_for_student(const school* a, const school* b) {
  const ej_uuid* student = &a->students[2];
  ej_class school_class = EJ_CLASS_INIT;
  ej_course course = EJ_COURSE_INIT;
  ej_lesson_columns columns = EJ_LESSON_COLUMNS_INIT;
  ej_uuid other_class = nil_id;
  ej_uuid other_course = nil_id;
  ej_uuid courses[3];
  ej_date dates[3];
  int32_t numbers[3] = {2, 2, 3};
  ej_uuid other_lessons[3];
  ej_enrolment_list* enrolments = NULL;
  const ej_enrolment* enrolment = NULL;
  ej_lesson_list* list = STALE(ej_lesson_list);
  const ej_lesson* lesson = NULL;
  ej_date left = day(9, 6);
  ej_date arrived = day(9, 9);
  ej_date first = day(9, 5);
  ej_date last = day(9, 9);
  ej_date no_day = day(9, 31);
  int64_t count = -1;
  int ended = 0;

  school_class.academic_year_id = a->year;
  school_class.name = "6-Б";
  CHECK_OK(ej_store_class_create(&other_class, a->store, &a->institution, &school_class));
  course.academic_year_id = a->year;
  course.subject_id = a->subject;
  course.class_id = other_class;
  course.teacher_id = a->teacher;
  CHECK_OK(ej_store_course_create(&other_course, a->store, &a->institution, &course));
  courses[0] = courses[1] = courses[2] = other_course;
  dates[0] = day(9, 6);
  dates[1] = day(9, 9);
  dates[2] = day(9, 10);
  columns.count = 3;
  columns.courses = courses;
  columns.dates = dates;
  columns.numbers = numbers;
  CHECK_OK(ej_store_lessons_create(other_lessons, a->store, &a->institution, &columns, NULL, NULL));
  if ((enrolment = read_enrolment(&enrolments, a, &a->school_class, student)) != NULL) {
    ended = CHECK_OK(ej_store_enrolment_end(NULL, a->store, &a->institution, &enrolment->id,
                                            enrolment->revision, &left, "Переведено до 6-Б"));
  }
  ej_enrolment_list_free(enrolments);
  if (!ended || !CHECK_OK(ej_store_enrol(NULL, a->store, &a->institution, &other_class, student, 1,
                                         &arrived, NULL, NULL))) {
    return;
  }

  /* 5-А on 2 … 6 September, then 6-Б on 9 (number 2) and 10 September. */
  if (CHECK_OK(
          ej_store_lessons_for_student(&list, a->store, &a->institution, student, NULL, NULL)) &&
      CHECK_OK(ej_lesson_list_count(&count, list)) && CHECK_INT(count, 7)) {
    int i;
    for (i = 0; i < 5; ++i) {
      if (CHECK_OK(ej_lesson_list_get(&lesson, list, i))) {
        CHECK(store_fixture_same_id(&lesson->id, &a->lessons[i]));
      }
    }
    if (CHECK_OK(ej_lesson_list_get(&lesson, list, 5))) {
      CHECK(store_fixture_same_id(&lesson->id, &other_lessons[1]));
      CHECK_INT(lesson->number, 2);
    }
    if (CHECK_OK(ej_lesson_list_get(&lesson, list, 6))) {
      CHECK(store_fixture_same_id(&lesson->id, &other_lessons[2]));
    }
  }
  ej_lesson_list_free(list);
  /* 5, 6 and 9 September. */
  CHECK_INT(count_lessons(a, student, &first, &last), 3);
  /* A classmate who stayed has every lesson of 5-А and none of 6-Б. */
  CHECK_INT(count_lessons(a, &a->students[3], NULL, NULL), STORE_FIXTURE_LESSONS);
  CHECK_INT(count_lessons(a, &a->students[3], &first, NULL), STORE_FIXTURE_LESSONS - 3);
  /* Nobody's lessons cross institutions; the teacher is enrolled nowhere. */
  CHECK_INT(count_lessons(a, &b->students[0], NULL, NULL), 0);
  CHECK_INT(count_lessons(b, student, NULL, NULL), 0);
  CHECK_INT(count_lessons(a, &a->teacher, NULL, NULL), 0);
  CHECK_INT(count_lessons(b, &b->students[0], NULL, NULL), STORE_FIXTURE_LESSONS);

  list = STALE(ej_lesson_list);
  CHECK_ERROR(ej_store_lessons_for_student(&list, a->store, &a->institution, &nil_id, NULL, NULL),
              EJ_EINVALID, "'student' is the nil UUID");
  CHECK(list == NULL);
  CHECK_ERROR(ej_store_lessons_for_student(&list, a->store, &a->institution, NULL, NULL, NULL),
              EJ_EINVALID, "'student'");
  CHECK_ERROR(
      ej_store_lessons_for_student(&list, a->store, &a->institution, student, &no_day, NULL),
      EJ_EINVALID, "'first' is 2024-09-31");
  CHECK_ERROR(ej_store_lessons_for_student(&list, a->store, &nil_id, student, NULL, NULL),
              EJ_EINVALID, "'institution' is the nil UUID");
  CHECK_ERROR(ej_store_lessons_for_student(NULL, a->store, &a->institution, student, NULL, NULL),
              EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_store_lessons_for_student(&list, NULL, &a->institution, student, NULL, NULL),
              EJ_EINVALID, "'store'");
}
static void test_backend(const char* uri) {
  school a;
  school b;
  /* The scheme and no more: a PostgreSQL URI goes on with the password. */
  printf("backend %.15s\n", uri);
  if (!store_fixture_open(&a, uri, "Ліцей № 1")) return;
  if (store_fixture_add(&b, a.store, "Ліцей № 2")) {
    test_enrolment_end(&a, &b);
    test_lessons_for_student(&a, &b);
  }
  ej_store_free(a.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_store_diary");
}
