/* The store through the C ABI (ejournal/store*.h), on the memory backend, an in-memory SQLite
 * database and PostgreSQL when EJ_PG_CONN is set: every function creates what it should and
 * reads back what was stored. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "store_fixture.h"

/* The grades of the bulk test: enough rows for several progress batches. */
#define GRADE_ROWS 3000

static void test_options(void) {
  ej_store_options options;
  if (CHECK_OK(ej_store_options_init(&options, EJ_STORE_OPTIONS_VERSION))) {
    CHECK_INT(options.version, EJ_STORE_OPTIONS_VERSION);
    CHECK_INT(options.pool_size, 4);
    CHECK_INT(options.busy_timeout_ms, 5000);
    CHECK_INT(options.migrate, 1);
  }
}

static void test_open(const char* uri, const char* backend) {
  ej_store* store = NULL;
  ej_store_options options = EJ_STORE_OPTIONS_INIT;
  const char* name = NULL;
  int32_t schema = -1;
  options.pool_size = 1;
  options.busy_timeout_ms = 100;
  if (!CHECK_OK(ej_store_open(&store, uri, &options))) return;
  if (CHECK_OK(ej_store_backend(&name, store))) CHECK_STR(name, backend);
  if (CHECK_OK(ej_store_schema_version(&schema, store))) {
    CHECK(strcmp(backend, "memory") == 0 ? schema == 0 : schema >= 1);
  }
  ej_store_free(store);
  ej_store_free(NULL);
}

static void test_institution(const school* s) {
  ej_institution_list* list = NULL;
  const ej_institution* record = NULL;
  int64_t count = -1;
  if (!CHECK_OK(ej_store_institution_get(&list, s->store, &s->institution))) return;
  if (CHECK_OK(ej_institution_list_count(&count, list))) CHECK_INT(count, 1);
  if (CHECK_OK(ej_institution_list_get(&record, list, 0))) {
    CHECK(store_fixture_same_id(&record->id, &s->institution));
    CHECK_INT(record->version, EJ_INSTITUTION_VERSION);
    CHECK_INT(record->kind, EJ_INSTITUTION_SCHOOL);
    CHECK_INT(record->status, EJ_INSTITUTION_ACTIVE);
    CHECK_STR(record->name, "Ліцей № 1");
    CHECK_STR(record->edrpou, s->edrpou);
    CHECK_STR(record->diso_id, s->edrpou);
    /* The oblast comes from the hromada's КАТОТТГ code when not given. */
    CHECK_STR(record->oblast, "UA-30");
    CHECK_INT(record->revision, 1);
  }
  ej_institution_list_free(list);
  /* Other runs may share a PostgreSQL database: the list holds this school among others. */
  if (!CHECK_OK(ej_store_institutions_list(&list, s->store))) return;
  if (CHECK_OK(ej_institution_list_count(&count, list))) {
    int found = 0;
    int64_t i;
    for (i = 0; i < count; ++i) {
      if (CHECK_OK(ej_institution_list_get(&record, list, i))) {
        found += store_fixture_same_id(&record->id, &s->institution);
      }
    }
    CHECK_INT(found, 1);
  }
  ej_institution_list_free(list);
}

static void test_people(const school* s) {
  static const char* const ukrainian_order[] = {"Гнатюк", "Ґудзь",     "Єрмак",   "Іваненко",
                                                "Їжак",   "Коваленко", "Яковенко"};
  ej_person_list* list = NULL;
  const ej_person* person = NULL;
  int64_t count = -1;
  int64_t i;
  if (!CHECK_OK(ej_store_person_get(&list, s->store, &s->institution, &s->teacher))) return;
  if (CHECK_OK(ej_person_list_get(&person, list, 0))) {
    CHECK(store_fixture_same_id(&person->id, &s->teacher));
    CHECK_STR(person->surname, "Коваленко");
    CHECK_STR(person->given_name, "Олена");
    CHECK(person->patronymic != NULL && strcmp(person->patronymic, "Петрівна") == 0);
    CHECK_INT(person->gender, EJ_GENDER_FEMININE);
    CHECK_STR(person->email, "");
    CHECK_INT(person->revision, 1);
  }
  ej_person_list_free(list);
  if (!CHECK_OK(ej_store_person_get(&list, s->store, &s->institution, &s->students[0]))) return;
  if (CHECK_OK(ej_person_list_get(&person, list, 0))) {
    CHECK(person->patronymic == NULL);
    CHECK_INT(person->gender, -1);
  }
  ej_person_list_free(list);
  /* Ukrainian order: Г < Ґ < Є < І < Ї, which byte order gets wrong. */
  if (!CHECK_OK(ej_store_people_list(&list, s->store, &s->institution))) return;
  if (CHECK_OK(ej_person_list_count(&count, list)) && CHECK_INT(count, 7)) {
    for (i = 0; i < count; ++i) {
      if (CHECK_OK(ej_person_list_get(&person, list, i))) {
        CHECK_STR(person->surname, ukrainian_order[i]);
      }
    }
  }
  ej_person_list_free(list);
}

static void test_structure(const school* s) {
  ej_school_year* calendar = NULL;
  int64_t revision = 0;
  char* name = NULL;
  ej_class_list* classes = NULL;
  ej_subject_list* subjects = NULL;
  ej_course_list* courses = NULL;
  ej_enrolment_list* enrolments = NULL;
  const ej_class* school_class = NULL;
  const ej_subject* subject = NULL;
  const ej_course* course = NULL;
  const ej_enrolment* enrolment = NULL;
  int64_t count = -1;
  ej_date before = {2024, 9, 1};

  if (CHECK_OK(
          ej_store_academic_year_get(&calendar, &revision, s->store, &s->institution, &s->year))) {
    if (CHECK_OK(ej_school_year_info(&name, NULL, NULL, NULL, calendar))) {
      CHECK_STR(name, "2024/2025");
    }
    CHECK_INT(revision, 1);
    ej_free(name);
    ej_school_year_free(calendar);
  }
  if (CHECK_OK(ej_store_classes_list(&classes, s->store, &s->institution, &s->year))) {
    if (CHECK_OK(ej_class_list_count(&count, classes))) CHECK_INT(count, 1);
    if (CHECK_OK(ej_class_list_get(&school_class, classes, 0))) {
      CHECK_STR(school_class->name, "5-А");
      CHECK(store_fixture_same_id(&school_class->academic_year_id, &s->year));
    }
    ej_class_list_free(classes);
  }
  if (CHECK_OK(ej_store_class_get(&classes, s->store, &s->institution, &s->school_class))) {
    if (CHECK_OK(ej_class_list_get(&school_class, classes, 0))) {
      CHECK(store_fixture_same_id(&school_class->id, &s->school_class));
    }
    ej_class_list_free(classes);
  }
  if (CHECK_OK(ej_store_subject_get(&subjects, s->store, &s->institution, &s->subject))) {
    if (CHECK_OK(ej_subject_list_get(&subject, subjects, 0))) {
      CHECK_STR(subject->name, "Українська мова");
      CHECK_STR(subject->short_name, "Укр. мова");
    }
    ej_subject_list_free(subjects);
  }
  if (CHECK_OK(ej_store_subjects_list(&subjects, s->store, &s->institution))) {
    if (CHECK_OK(ej_subject_list_count(&count, subjects))) CHECK_INT(count, 1);
    ej_subject_list_free(subjects);
  }
  if (CHECK_OK(ej_store_course_get(&courses, s->store, &s->institution, &s->course))) {
    if (CHECK_OK(ej_course_list_get(&course, courses, 0))) {
      CHECK(store_fixture_same_id(&course->teacher_id, &s->teacher));
      CHECK(store_fixture_same_id(&course->class_id, &s->school_class));
      CHECK(ej_uuid_is_nil(&course->subgroup_id));
      CHECK_STR(course->scale, "ukrainian_12");
    }
    ej_course_list_free(courses);
  }
  if (CHECK_OK(ej_store_courses_list(&courses, s->store, &s->institution, NULL))) {
    if (CHECK_OK(ej_course_list_count(&count, courses))) CHECK_INT(count, 1);
    ej_course_list_free(courses);
  }
  if (CHECK_OK(ej_store_enrolments_list(&enrolments, s->store, &s->institution, &s->school_class,
                                        NULL))) {
    if (CHECK_OK(ej_enrolment_list_count(&count, enrolments))) {
      CHECK_INT(count, STORE_FIXTURE_STUDENTS);
    }
    if (CHECK_OK(ej_enrolment_list_get(&enrolment, enrolments, 0))) {
      CHECK_INT(enrolment->arrived.day, 2);
      CHECK_INT(enrolment->departed.year, 0);
    }
    ej_enrolment_list_free(enrolments);
  }
  /* Nobody was in the class before they arrived. */
  if (CHECK_OK(ej_store_enrolments_list(&enrolments, s->store, &s->institution, &s->school_class,
                                        &before))) {
    if (CHECK_OK(ej_enrolment_list_count(&count, enrolments))) CHECK_INT(count, 0);
    ej_enrolment_list_free(enrolments);
  }
}

static void test_lessons(const school* s) {
  ej_lesson_list* list = NULL;
  const ej_lesson* lesson = NULL;
  int64_t count = -1;
  ej_date first = {2024, 9, 4};
  ej_date last = {2024, 9, 6};
  if (CHECK_OK(ej_store_lessons_list(&list, s->store, &s->institution, &s->course, NULL, NULL))) {
    if (CHECK_OK(ej_lesson_list_count(&count, list))) CHECK_INT(count, STORE_FIXTURE_LESSONS);
    if (CHECK_OK(ej_lesson_list_get(&lesson, list, 0))) {
      CHECK(store_fixture_same_id(&lesson->id, &s->lessons[0]));
      CHECK_INT(lesson->type, EJ_LESSON_REGULAR);
      CHECK_INT(lesson->number, 1);
      CHECK_STR(lesson->topic, "");
    }
    ej_lesson_list_free(list);
  }
  if (CHECK_OK(
          ej_store_lessons_list(&list, s->store, &s->institution, &s->course, &first, &last))) {
    if (CHECK_OK(ej_lesson_list_count(&count, list))) CHECK_INT(count, 3);
    ej_lesson_list_free(list);
  }
}

typedef struct progress_log {
  int calls;
  uint64_t last_done;
  uint64_t total;
} progress_log;

static int record_progress(uint64_t done, uint64_t total, void* payload) {
  progress_log* log = (progress_log*)payload;
  ++log->calls;
  log->last_done = done;
  log->total = total;
  return 0;
}

/* GRADE_ROWS grades: row i to student i % N at lesson i % L; every 10th row is "н/а". */
static void test_grades(const school* s) {
  ej_uuid* courses = malloc(GRADE_ROWS * sizeof *courses);
  ej_uuid* students = malloc(GRADE_ROWS * sizeof *students);
  ej_uuid* lessons = malloc(GRADE_ROWS * sizeof *lessons);
  ej_uuid* ids = malloc(GRADE_ROWS * sizeof *ids);
  ej_uuid* teachers = malloc(GRADE_ROWS * sizeof *teachers);
  ej_date* dates = malloc(GRADE_ROWS * sizeof *dates);
  int64_t* numerators = malloc(GRADE_ROWS * sizeof *numerators);
  uint8_t* has_value = malloc(GRADE_ROWS * sizeof *has_value);
  const char** marks = malloc(GRADE_ROWS * sizeof *marks);
  ej_grade_columns columns = EJ_GRADE_COLUMNS_INIT;
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  progress_log log = {0, 0, 0};
  ej_grade_list* list = NULL;
  const ej_grade* grade = NULL;
  int64_t count = -1;
  int i;
  if (!CHECK(courses && students && lessons && ids && teachers && dates && numerators &&
             has_value && marks)) {
    goto done;
  }
  for (i = 0; i < GRADE_ROWS; ++i) {
    courses[i] = s->course;
    teachers[i] = s->teacher;
    students[i] = s->students[i % STORE_FIXTURE_STUDENTS];
    lessons[i] = s->lessons[i % STORE_FIXTURE_LESSONS];
    dates[i] = s->lesson_dates[i % STORE_FIXTURE_LESSONS];
    has_value[i] = i % 10 != 0;
    numerators[i] = 1 + i % 12;
    marks[i] = has_value[i] ? NULL : "н/а";
  }
  columns.count = GRADE_ROWS;
  columns.courses = courses;
  columns.students = students;
  columns.lessons = lessons;
  columns.dates = dates;
  columns.has_value = has_value;
  columns.numerators = numerators;
  columns.marks = marks;
  columns.recorded_by = teachers;
  if (!CHECK_OK(ej_store_grades_create(ids, s->store, &s->institution, &columns, record_progress,
                                       &log))) {
    goto done;
  }
  CHECK(log.calls >= 1);
  CHECK_INT(log.last_done, GRADE_ROWS);
  CHECK_INT(log.total, GRADE_ROWS);
  CHECK(!ej_uuid_is_nil(&ids[0]) && !store_fixture_same_id(&ids[0], &ids[1]));

  query.course = s->course;
  if (CHECK_OK(ej_store_grades_find(&list, s->store, &s->institution, &query))) {
    if (CHECK_OK(ej_grade_list_count(&count, list))) CHECK_INT(count, GRADE_ROWS);
    ej_grade_list_free(list);
  }
  /* One student on one day: rows 0, 60, 120 … hit student 0 on lesson 0 (2024-09-02). */
  query.student = s->students[0];
  query.first = s->lesson_dates[0];
  query.last = s->lesson_dates[0];
  if (CHECK_OK(ej_store_grades_find(&list, s->store, &s->institution, &query))) {
    if (CHECK_OK(ej_grade_list_count(&count, list))) CHECK_INT(count, GRADE_ROWS / 30);
    if (CHECK_OK(ej_grade_list_get(&grade, list, 0))) {
      CHECK(store_fixture_same_id(&grade->student_id, &s->students[0]));
      CHECK(store_fixture_same_id(&grade->lesson_id, &s->lessons[0]));
      CHECK_INT(grade->date.day, 2);
      CHECK_INT(grade->column, EJ_COLUMN_CURRENT);
      CHECK_INT(grade->publication, EJ_PUBLICATION_PUBLISHED);
      CHECK_INT(grade->revision, 1);
      CHECK(store_fixture_same_id(&grade->recorded_by, &s->teacher));
      /* Rows 0, 60, … are all multiples of 10: special marks. */
      CHECK_INT(grade->has_value, 0);
      CHECK_STR(grade->mark, "н/а");
      CHECK_INT(grade->value_den, 1);
    }
    ej_grade_list_free(list);
  }
  /* Student 1, lesson 1: row 1 has the value 2. */
  query.student = s->students[1];
  query.first = s->lesson_dates[1];
  query.last = s->lesson_dates[1];
  if (CHECK_OK(ej_store_grades_find(&list, s->store, &s->institution, &query))) {
    if (CHECK_OK(ej_grade_list_get(&grade, list, 0))) {
      CHECK_INT(grade->has_value, 1);
      CHECK_STR(grade->mark, "");
      CHECK(grade->value_num >= 1 && grade->value_num <= 12);
      CHECK_INT(grade->value_den, 1);
    }
    ej_grade_list_free(list);
  }
done:
  free(courses);
  free(students);
  free(lessons);
  free(ids);
  free(teachers);
  free(dates);
  free(numerators);
  free(has_value);
  free((void*)marks);
}

static void test_attendance(const school* s) {
  ej_uuid students[STORE_FIXTURE_STUDENTS];
  ej_date dates[STORE_FIXTURE_STUDENTS];
  ej_uuid lessons[STORE_FIXTURE_STUDENTS];
  const char* codes[STORE_FIXTURE_STUDENTS];
  int32_t reasons[STORE_FIXTURE_STUDENTS];
  ej_uuid teachers[STORE_FIXTURE_STUDENTS];
  ej_attendance_columns columns = EJ_ATTENDANCE_COLUMNS_INIT;
  ej_attendance_query query = EJ_ATTENDANCE_QUERY_INIT;
  ej_attendance_list* list = NULL;
  const ej_attendance* mark = NULL;
  int64_t count = -1;
  int i;
  for (i = 0; i < STORE_FIXTURE_STUDENTS; ++i) {
    students[i] = s->students[i];
    dates[i] = s->lesson_dates[0];
    lessons[i] = s->lessons[0];
    codes[i] = i % 2 == 0 ? "н" : "хв";
    reasons[i] = i % 2 == 0 ? EJ_ABSENCE_ILLNESS : EJ_ABSENCE_UNKNOWN;
    teachers[i] = s->teacher;
  }
  /* Student 0 is also absent for the whole next day. */
  lessons[STORE_FIXTURE_STUDENTS - 1] = (ej_uuid){{0}};
  students[STORE_FIXTURE_STUDENTS - 1] = s->students[0];
  dates[STORE_FIXTURE_STUDENTS - 1] = s->lesson_dates[1];
  columns.count = STORE_FIXTURE_STUDENTS;
  columns.students = students;
  columns.dates = dates;
  columns.lessons = lessons;
  columns.codes = codes;
  columns.reasons = reasons;
  columns.recorded_by = teachers;
  if (!CHECK_OK(
          ej_store_attendance_create(NULL, s->store, &s->institution, &columns, NULL, NULL))) {
    return;
  }
  query.lesson = s->lessons[0];
  if (CHECK_OK(ej_store_attendance_find(&list, s->store, &s->institution, &query))) {
    if (CHECK_OK(ej_attendance_list_count(&count, list))) {
      CHECK_INT(count, STORE_FIXTURE_STUDENTS - 1);
    }
    ej_attendance_list_free(list);
  }
  query = (ej_attendance_query)EJ_ATTENDANCE_QUERY_INIT;
  query.student = s->students[0];
  if (CHECK_OK(ej_store_attendance_find(&list, s->store, &s->institution, &query))) {
    if (CHECK_OK(ej_attendance_list_count(&count, list))) CHECK_INT(count, 2);
    if (CHECK_OK(ej_attendance_list_get(&mark, list, 0))) {
      CHECK_STR(mark->code, "н");
      CHECK_INT(mark->reason, EJ_ABSENCE_ILLNESS);
      CHECK(store_fixture_same_id(&mark->lesson_id, &s->lessons[0]));
    }
    if (CHECK_OK(ej_attendance_list_get(&mark, list, 1))) {
      CHECK(ej_uuid_is_nil(&mark->lesson_id));
      CHECK_INT(mark->date.day, s->lesson_dates[1].day);
    }
    ej_attendance_list_free(list);
  }
}

static void test_backend(const char* uri, const char* backend) {
  school s;
  printf("backend %s\n", backend);
  test_open(uri, backend);
  if (!store_fixture_open(&s, uri, "Ліцей № 1")) return;
  test_institution(&s);
  test_people(&s);
  test_structure(&s);
  test_lessons(&s);
  test_grades(&s);
  test_attendance(&s);
  ej_store_free(s.store);
}

int main(void) {
  static const char* const backends[] = {"memory", "sqlite", "postgresql"};
  const char* const* uris = store_fixture_uris();
  int i;
  test_options();
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i], backends[i]);
  return check_finish("test_store");
}
