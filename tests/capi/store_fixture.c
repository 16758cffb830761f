#include "store_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

const char* const store_fixture_surnames[STORE_FIXTURE_STUDENTS] = {
    "Яковенко", "Ґудзь", "Їжак", "Гнатюк", "Іваненко", "Єрмак"};

int store_fixture_same_id(const ej_uuid* a, const ej_uuid* b) {
  return memcmp(a->bytes, b->bytes, sizeof a->bytes) == 0;
}

void store_fixture_random_edrpou(char out[9]) {
  ej_uuid random;
  char* normalized = NULL;
  int digit;
  CHECK_OK(ej_uuid_generate(&random));
  /* Bytes 9 to 15: the random part of a time-ordered id (its first six are the time). */
  for (digit = 0; digit < 7; ++digit) out[digit] = (char)('0' + random.bytes[9 + digit] % 10);
  out[8] = '\0';
  /* Every seven digits have exactly one check digit; the library knows which. */
  for (digit = 0; digit < 10; ++digit) {
    out[7] = (char)('0' + digit);
    if (ej_edrpou_normalize(&normalized, out) == EJ_OK) break;
  }
  ej_free(normalized);
}

const char* const* store_fixture_uris(void) {
  static char postgresql[2048];
  static const char* uris[4] = {"memory:", "sqlite::memory:", NULL, NULL};
  const char* connection = getenv("EJ_PG_CONN");
  if (connection == NULL || connection[0] == '\0') {
    printf("PostgreSQL: skipped (EJ_PG_CONN is not set)\n");
    return uris;
  }
  snprintf(postgresql, sizeof postgresql, "postgresql:%s options='-c client_min_messages=warning'",
           connection);
  uris[2] = postgresql;
  return uris;
}

static ej_uuid add_institution(school* s, const char* name) {
  ej_institution institution = EJ_INSTITUTION_INIT;
  ej_uuid id;
  memset(&id, 0, sizeof id);
  store_fixture_random_edrpou(s->edrpou);
  institution.name = name;
  institution.edrpou = s->edrpou;
  /* Unique in the store like the ЄДРПОУ, so the same digits serve. */
  institution.diso_id = s->edrpou;
  institution.hromada_katottg = STORE_FIXTURE_HROMADA;
  CHECK_OK(ej_store_institution_create(&id, s->store, &institution));
  return id;
}

static int add_people(school* s) {
  ej_person teacher = EJ_PERSON_INIT;
  ej_person students[STORE_FIXTURE_STUDENTS];
  int i;
  teacher.surname = "Коваленко";
  teacher.given_name = "Олена";
  teacher.patronymic = "Петрівна";
  teacher.gender = EJ_GENDER_FEMININE;
  if (!CHECK_OK(ej_store_person_create(&s->teacher, s->store, &s->institution, &teacher))) {
    return 0;
  }
  for (i = 0; i < STORE_FIXTURE_STUDENTS; ++i) {
    ej_person student = EJ_PERSON_INIT;
    student.surname = store_fixture_surnames[i];
    student.given_name = "Марія";
    students[i] = student;
  }
  return CHECK_OK(ej_store_people_create(s->students, s->store, &s->institution, students,
                                         STORE_FIXTURE_STUDENTS, NULL, NULL));
}

static int add_structure(school* s) {
  ej_school_year* calendar = NULL;
  ej_class school_class = EJ_CLASS_INIT;
  ej_subject subject = EJ_SUBJECT_INIT;
  ej_course course = EJ_COURSE_INIT;
  ej_date arrived = {2024, 9, 2};
  int created;
  if (!CHECK_OK(ej_school_year_typical(&calendar, 2024))) return 0;
  created =
      CHECK_OK(ej_store_academic_year_create(&s->year, s->store, &s->institution, NULL, calendar));
  ej_school_year_free(calendar);
  if (!created) return 0;
  school_class.academic_year_id = s->year;
  school_class.name = "5 - а";
  if (!CHECK_OK(
          ej_store_class_create(&s->school_class, s->store, &s->institution, &school_class))) {
    return 0;
  }
  subject.name = "Українська мова";
  subject.short_name = "Укр. мова";
  if (!CHECK_OK(ej_store_subject_create(&s->subject, s->store, &s->institution, &subject))) {
    return 0;
  }
  course.academic_year_id = s->year;
  course.subject_id = s->subject;
  course.class_id = s->school_class;
  course.teacher_id = s->teacher;
  if (!CHECK_OK(ej_store_course_create(&s->course, s->store, &s->institution, &course))) return 0;
  return CHECK_OK(ej_store_enrol(NULL, s->store, &s->institution, &s->school_class, s->students,
                                 STORE_FIXTURE_STUDENTS, &arrived, NULL, NULL));
}

static int add_lessons(school* s) {
  ej_uuid courses[STORE_FIXTURE_LESSONS];
  int32_t numbers[STORE_FIXTURE_LESSONS];
  ej_lesson_columns columns = EJ_LESSON_COLUMNS_INIT;
  int i;
  for (i = 0; i < STORE_FIXTURE_LESSONS; ++i) {
    courses[i] = s->course;
    s->lesson_dates[i].year = 2024;
    s->lesson_dates[i].month = 9;
    s->lesson_dates[i].day = 2 + i;
    numbers[i] = 1;
  }
  columns.count = STORE_FIXTURE_LESSONS;
  columns.courses = courses;
  columns.dates = s->lesson_dates;
  columns.numbers = numbers;
  return CHECK_OK(
      ej_store_lessons_create(s->lessons, s->store, &s->institution, &columns, NULL, NULL));
}

int store_fixture_add(school* s, ej_store* store, const char* name) {
  memset(s, 0, sizeof *s);
  s->store = store;
  s->institution = add_institution(s, name);
  if (ej_uuid_is_nil(&s->institution)) return 0;
  return add_people(s) && add_structure(s) && add_lessons(s);
}

int store_fixture_open(school* s, const char* uri, const char* name) {
  ej_store* store = NULL;
  memset(s, 0, sizeof *s);
  if (!CHECK_OK(ej_store_open(&store, uri, NULL))) return 0;
  if (!store_fixture_add(s, store, name)) {
    ej_store_free(store);
    s->store = NULL;
    return 0;
  }
  return 1;
}
