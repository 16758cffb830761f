/* Bad input at every entry of ejournal/store*.h, on the memory backend, an in-memory SQLite
 * database and PostgreSQL when EJ_PG_CONN is set: NULL, invalid UTF-8, unknown URI schemes and
 * versions, ids of another institution, and bulk calls that fail or are aborted half-way and store
 * nothing. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "store_fixture.h"

static const ej_uuid nil_id = {{0}};

static void test_open_errors(void) {
  ej_store* store = STALE(ej_store);
  ej_store_options options = EJ_STORE_OPTIONS_INIT;

  CHECK_ERROR(ej_store_open(NULL, "memory:", NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_store_open(&store, NULL, NULL), EJ_EINVALID, "'uri'");
  CHECK(store == NULL);
  CHECK_ERROR(ej_store_open(&store, "sqlite:\xff", NULL), EJ_EINVALID, "'uri' is not valid UTF-8");
  CHECK_ERROR(ej_store_open(&store, "mysql://localhost/school", NULL), EJ_EINVALID,
              "unknown scheme");
  CHECK_ERROR(ej_store_open(&store, "sqlite:", NULL), EJ_EINVALID, "names no file");
  options.version = 0;
  CHECK_ERROR(ej_store_open(&store, "memory:", &options), EJ_EVERSION, "options->version");
  options.version = EJ_STORE_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_store_open(&store, "memory:", &options), EJ_EVERSION, "1 … 1");
  options.version = EJ_STORE_OPTIONS_VERSION;
  options.pool_size = 0;
  CHECK_ERROR(ej_store_open(&store, "memory:", &options), EJ_EINVALID, "options->pool_size");
  options.pool_size = 1;
  options.busy_timeout_ms = -1;
  CHECK_ERROR(ej_store_open(&store, "memory:", &options), EJ_EINVALID, "busy_timeout_ms");
  options.busy_timeout_ms = 0;
  options.migrate = 2;
  CHECK_ERROR(ej_store_open(&store, "memory:", &options), EJ_EINVALID, "options->migrate");
  CHECK(store == NULL);
  CHECK_ERROR(ej_store_options_init(&options, 0), EJ_EVERSION, "version");
  CHECK_INT(options.version, 0);
  CHECK_ERROR(ej_store_options_init(NULL, 1), EJ_EINVALID, "'opts'");
  CHECK_ERROR(ej_store_backend(NULL, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_store_schema_version(NULL, NULL), EJ_EINVALID, "'out'");
}

static void test_null_store(void) {
  const char* name = "stale";
  int32_t schema = 7;
  ej_institution institution = EJ_INSTITUTION_INIT;
  ej_person_list* people = STALE(ej_person_list);
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  ej_grade_list* grades = STALE(ej_grade_list);
  CHECK_ERROR(ej_store_backend(&name, NULL), EJ_EINVALID, "'store'");
  CHECK(name == NULL);
  CHECK_ERROR(ej_store_schema_version(&schema, NULL), EJ_EINVALID, "'store'");
  CHECK_INT(schema, 0);
  institution.name = "Ліцей";
  CHECK_ERROR(ej_store_institution_create(NULL, NULL, &institution), EJ_EINVALID, "'store'");
  CHECK_ERROR(ej_store_people_list(&people, NULL, &nil_id), EJ_EINVALID, "'store'");
  CHECK(people == NULL);
  CHECK_ERROR(ej_store_grades_find(&grades, NULL, &nil_id, &query), EJ_EINVALID, "'store'");
  CHECK(grades == NULL);
}

static void test_record_errors(const school* s) {
  ej_institution institution = EJ_INSTITUTION_INIT;
  ej_person person = EJ_PERSON_INIT;
  ej_class school_class = EJ_CLASS_INIT;
  ej_subject subject = EJ_SUBJECT_INIT;
  ej_course course = EJ_COURSE_INIT;
  ej_uuid id = {{1}};
  ej_uuid unknown;
  ej_person_list* list = STALE(ej_person_list);
  const ej_person* record = NULL;
  ej_school_year* calendar = NULL;

  institution.name = "Гімназія";
  institution.version = 0;
  CHECK_ERROR(ej_store_institution_create(&id, s->store, &institution), EJ_EVERSION,
              "institution->version");
  CHECK(ej_uuid_is_nil(&id));
  institution.version = EJ_INSTITUTION_VERSION;
  institution.kind = 9;
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EINVALID,
              "institution->kind");
  institution.kind = EJ_INSTITUTION_SCHOOL;
  institution.name = "\xc3";
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EINVALID,
              "'institution->name' is not valid UTF-8");
  institution.name = NULL;
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EINVALID,
              "institution->name");
  institution.name = "Гімназія";
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EINVALID,
              "institution.diso_id '' is empty");
  institution.diso_id = "777";
  institution.hromada_katottg = STORE_FIXTURE_HROMADA;
  institution.edrpou = "32855968";
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EINVALID,
              "institution.edrpou '32855968' is refused");
  institution.edrpou = s->edrpou;
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EEXISTS, "");
  institution.edrpou = "30000005";
  institution.id = s->institution;
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, &institution), EJ_EEXISTS, "");
  CHECK_ERROR(ej_store_institution_create(NULL, s->store, NULL), EJ_EINVALID, "'institution'");

  person.surname = "Бондар";
  person.given_name = "Іван";
  CHECK_ERROR(ej_store_person_create(NULL, s->store, &nil_id, &person), EJ_EINVALID,
              "'institution' is the nil UUID");
  CHECK_OK(ej_uuid_generate(&unknown));
  CHECK_ERROR(ej_store_person_create(NULL, s->store, &unknown, &person), EJ_ENOTFOUND,
              "institution");
  person.surname = "";
  CHECK_ERROR(ej_store_person_create(NULL, s->store, &s->institution, &person), EJ_EINVALID,
              "'person->surname' is empty");
  person.surname = "Бондар";
  person.gender = 2;
  CHECK_ERROR(ej_store_person_create(NULL, s->store, &s->institution, &person), EJ_EINVALID,
              "person->gender");
  person.gender = -1;
  person.patronymic = "\xe2\x82";
  CHECK_ERROR(ej_store_person_create(NULL, s->store, &s->institution, &person), EJ_EINVALID,
              "person->patronymic");
  person.patronymic = NULL;
  person.id = s->teacher;
  CHECK_ERROR(ej_store_person_create(NULL, s->store, &s->institution, &person), EJ_EEXISTS, "");

  CHECK_ERROR(ej_store_person_get(&list, s->store, &s->institution, &unknown), EJ_ENOTFOUND,
              "not found");
  CHECK(list == NULL);
  CHECK_ERROR(ej_store_person_get(&list, s->store, &s->institution, NULL), EJ_EINVALID, "'id'");
  if (CHECK_OK(ej_store_person_get(&list, s->store, &s->institution, &s->teacher))) {
    CHECK_ERROR(ej_person_list_get(&record, list, 1), EJ_ERANGE, "index 1");
    CHECK(record == NULL);
    CHECK_ERROR(ej_person_list_get(&record, list, -1), EJ_ERANGE, "index -1");
    CHECK_ERROR(ej_person_list_get(&record, NULL, 0), EJ_EINVALID, "'list'");
    CHECK_ERROR(ej_person_list_count(NULL, list), EJ_EINVALID, "'out'");
    ej_person_list_free(list);
  }
  ej_person_list_free(NULL);

  CHECK_ERROR(ej_store_academic_year_create(NULL, s->store, &s->institution, NULL, NULL),
              EJ_EINVALID, "'calendar'");
  if (CHECK_OK(ej_school_year_typical(&calendar, 2024))) {
    CHECK_OK(ej_school_year_add_day_off(calendar, &(ej_date){2025, 7, 1}));
    CHECK_ERROR(ej_store_academic_year_create(NULL, s->store, &s->institution, NULL, calendar),
                EJ_EINVALID, "2025-07-01");
    ej_school_year_free(calendar);
  }
  calendar = STALE(ej_school_year);
  CHECK_ERROR(ej_store_academic_year_get(&calendar, NULL, s->store, &s->institution, &unknown),
              EJ_ENOTFOUND, "academic year");
  CHECK(calendar == NULL);

  school_class.academic_year_id = s->year;
  school_class.name = "13-А";
  CHECK_ERROR(ej_store_class_create(NULL, s->store, &s->institution, &school_class), EJ_EINVALID,
              "13");
  school_class.name = "5-А";
  CHECK_ERROR(ej_store_class_create(NULL, s->store, &s->institution, &school_class), EJ_EEXISTS,
              "");
  school_class.academic_year_id = nil_id;
  CHECK_ERROR(ej_store_class_create(NULL, s->store, &s->institution, &school_class), EJ_EINVALID,
              "school_class->academic_year_id");
  subject.name = "Українська мова";
  CHECK_ERROR(ej_store_subject_create(NULL, s->store, &s->institution, &subject), EJ_EEXISTS, "");
  subject.name = NULL;
  CHECK_ERROR(ej_store_subject_create(NULL, s->store, &s->institution, &subject), EJ_EINVALID,
              "subject->name");
  course.academic_year_id = s->year;
  course.subject_id = s->subject;
  course.class_id = s->school_class;
  CHECK_ERROR(ej_store_course_create(NULL, s->store, &s->institution, &course), EJ_EINVALID,
              "course->teacher_id");
  course.teacher_id = unknown;
  CHECK_ERROR(ej_store_course_create(NULL, s->store, &s->institution, &course), EJ_ENOTFOUND, "");
}

/* Everything of school `a` is "not found" when asked for under school `b`. */
static void test_other_institution(const school* a, const school* b) {
  ej_person_list* people = STALE(ej_person_list);
  ej_class_list* classes = STALE(ej_class_list);
  ej_course_list* courses = STALE(ej_course_list);
  ej_subject_list* subjects = STALE(ej_subject_list);
  ej_school_year* calendar = STALE(ej_school_year);
  ej_class school_class = EJ_CLASS_INIT;
  ej_course course = EJ_COURSE_INIT;
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  ej_grade_list* grades = NULL;
  int64_t count = -1;

  CHECK_ERROR(ej_store_person_get(&people, b->store, &b->institution, &a->teacher), EJ_ENOTFOUND,
              "not found in institution");
  CHECK(people == NULL);
  CHECK_ERROR(ej_store_class_get(&classes, b->store, &b->institution, &a->school_class),
              EJ_ENOTFOUND, "class");
  CHECK_ERROR(ej_store_course_get(&courses, b->store, &b->institution, &a->course), EJ_ENOTFOUND,
              "course");
  CHECK_ERROR(ej_store_subject_get(&subjects, b->store, &b->institution, &a->subject), EJ_ENOTFOUND,
              "subject");
  CHECK_ERROR(ej_store_academic_year_get(&calendar, NULL, b->store, &b->institution, &a->year),
              EJ_ENOTFOUND, "academic year");
  /* Records of b may not point at records of a. */
  school_class.academic_year_id = a->year;
  school_class.name = "6-Б";
  CHECK_ERROR(ej_store_class_create(NULL, b->store, &b->institution, &school_class), EJ_ENOTFOUND,
              "");
  course.academic_year_id = b->year;
  course.subject_id = b->subject;
  course.class_id = b->school_class;
  course.teacher_id = a->teacher;
  CHECK_ERROR(ej_store_course_create(NULL, b->store, &b->institution, &course), EJ_ENOTFOUND, "");
  CHECK_ERROR(ej_store_enrol(NULL, b->store, &b->institution, &b->school_class, a->students, 1,
                             &(ej_date){2024, 9, 2}, NULL, NULL),
              EJ_ENOTFOUND, "");
  /* Reading a's course under b finds nothing. */
  query.course = a->course;
  if (CHECK_OK(ej_store_grades_find(&grades, b->store, &b->institution, &query))) {
    if (CHECK_OK(ej_grade_list_count(&count, grades))) CHECK_INT(count, 0);
    ej_grade_list_free(grades);
  }
}

static int count_grades(const school* s) {
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  ej_grade_list* list = NULL;
  int64_t count = -1;
  query.course = s->course;
  if (!CHECK_OK(ej_store_grades_find(&list, s->store, &s->institution, &query))) return -1;
  CHECK_OK(ej_grade_list_count(&count, list));
  ej_grade_list_free(list);
  return (int)count;
}

static int abort_at_once(uint64_t done, uint64_t total, void* payload) {
  (void)done;
  (void)total;
  ++*(int*)payload;
  return 1;
}

#define BAD_ROWS 4

static void test_grade_errors(const school* s) {
  ej_uuid courses[BAD_ROWS], students[BAD_ROWS], teachers[BAD_ROWS], lessons[BAD_ROWS];
  ej_date dates[BAD_ROWS];
  int64_t numerators[BAD_ROWS] = {7, 8, 9, 10};
  int64_t denominators[BAD_ROWS] = {1, 1, 1, 1};
  const char* marks[BAD_ROWS] = {NULL, NULL, NULL, NULL};
  int32_t kinds[BAD_ROWS] = {EJ_COLUMN_CURRENT, EJ_COLUMN_CURRENT, EJ_COLUMN_CURRENT, 0};
  ej_grade_columns columns = EJ_GRADE_COLUMNS_INIT;
  ej_grade_query query = EJ_GRADE_QUERY_INIT;
  ej_grade_list* list = STALE(ej_grade_list);
  int calls = 0;
  int i;
  for (i = 0; i < BAD_ROWS; ++i) {
    courses[i] = s->course;
    teachers[i] = s->teacher;
    lessons[i] = s->lessons[i];
    students[i] = s->students[i];
    dates[i] = s->lesson_dates[i];
  }
  columns.count = BAD_ROWS;
  columns.courses = courses;
  columns.dates = dates;
  columns.numerators = numerators;
  columns.lessons = lessons;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->students'");
  columns.students = students;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->recorded_by'");
  columns.recorded_by = teachers;
  columns.count = -1;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "columns->count");
  columns.count = BAD_ROWS;
  columns.version = 2;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EVERSION, "columns->version");
  columns.version = EJ_GRADE_COLUMNS_VERSION;
  dates[2].day = 31;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->dates[2]' is 2024-09-31");
  dates[2] = s->lesson_dates[2];
  columns.denominators = denominators;
  denominators[1] = 0;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->denominators[1]' is not positive");
  denominators[1] = 2;
  columns.marks = marks;
  marks[3] = "н/а";
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->marks[3]' is 'н/а' where the row has a value");
  marks[3] = "\xff";
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->marks[3]' is not valid UTF-8");
  marks[3] = NULL;
  columns.columns = kinds;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->columns[3]' is 0");
  kinds[3] = EJ_COLUMN_THEMATIC;
  /* The model's rules per row: a thematic grade stands in no lesson's column. */
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "row 3: ");
  lessons[3] = nil_id;
  students[3] = nil_id;
  CHECK_ERROR(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->students[3]' is the nil UUID");
  students[3] = s->students[3];
  /* A callback that aborts: EJ_EUSER, and nothing of the call is stored. */
  CHECK_ERROR(
      ej_store_grades_create(NULL, s->store, &s->institution, &columns, abort_at_once, &calls),
      EJ_EUSER, "nothing was stored");
  CHECK_INT(calls, 1);
  CHECK_INT(count_grades(s), 0);
  /* The same rows go in once the input is right: 7/1, 8/2 = 4, 9/1, 10/1. */
  if (CHECK_OK(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL))) {
    CHECK_INT(count_grades(s), BAD_ROWS);
  }
  CHECK_ERROR(ej_store_grades_find(&list, s->store, &s->institution, &query), EJ_EINVALID,
              "neither a course nor a student");
  CHECK(list == NULL);
  query.course = s->course;
  query.first.year = 2024;
  CHECK_ERROR(ej_store_grades_find(&list, s->store, &s->institution, &query), EJ_EINVALID,
              "query->first");
  query.first.year = 0;
  query.column = 99;
  CHECK_ERROR(ej_store_grades_find(&list, s->store, &s->institution, &query), EJ_EINVALID,
              "query->column");
}

static void test_bulk_all_or_nothing(const school* s) {
  ej_person people[3];
  ej_uuid repeated[2];
  ej_person_list* list = NULL;
  ej_attendance_columns columns = EJ_ATTENDANCE_COLUMNS_INIT;
  ej_date dates[2];
  const char* codes[2] = {"н", ""};
  ej_uuid teachers[2];
  int64_t before = -1;
  int64_t after = -2;
  int calls = 0;
  int i;
  for (i = 0; i < 3; ++i) {
    ej_person person = EJ_PERSON_INIT;
    person.surname = "Олійник";
    person.given_name = i == 2 ? "" : "Софія";
    people[i] = person;
  }
  if (CHECK_OK(ej_store_people_list(&list, s->store, &s->institution))) {
    CHECK_OK(ej_person_list_count(&before, list));
    ej_person_list_free(list);
  }
  CHECK_ERROR(ej_store_people_create(NULL, s->store, &s->institution, people, 3, NULL, NULL),
              EJ_EINVALID, "'people[2].given_name' is empty");
  people[2].given_name = "Тарас";
  CHECK_ERROR(
      ej_store_people_create(NULL, s->store, &s->institution, people, 3, abort_at_once, &calls),
      EJ_EUSER, "");
  /* A taken id in the last row refuses the whole call. */
  people[2].id = s->teacher;
  CHECK_ERROR(ej_store_people_create(NULL, s->store, &s->institution, people, 3, NULL, NULL),
              EJ_EEXISTS, "");
  if (CHECK_OK(ej_store_people_list(&list, s->store, &s->institution))) {
    CHECK_OK(ej_person_list_count(&after, list));
    CHECK_INT(after, before);
    ej_person_list_free(list);
  }
  /* Enrolling the same two students again with one of them nil: nothing is stored. */
  repeated[0] = s->students[0];
  repeated[1] = nil_id;
  CHECK_ERROR(ej_store_enrol(NULL, s->store, &s->institution, &s->school_class, repeated, 2,
                             &(ej_date){2024, 9, 2}, NULL, NULL),
              EJ_EINVALID, "'students[1]' is the nil UUID");
  CHECK_ERROR(ej_store_enrol(NULL, s->store, &s->institution, &s->school_class, repeated, 1,
                             &(ej_date){2024, 2, 30}, NULL, NULL),
              EJ_EINVALID, "'arrived'");
  /* Attendance: an empty code. */
  dates[0] = s->lesson_dates[0];
  dates[1] = s->lesson_dates[1];
  columns.count = 2;
  columns.students = s->students;
  columns.dates = dates;
  columns.codes = codes;
  teachers[0] = s->teacher;
  teachers[1] = s->teacher;
  columns.recorded_by = teachers;
  CHECK_ERROR(ej_store_attendance_create(NULL, s->store, &s->institution, &columns, NULL, NULL),
              EJ_EINVALID, "'columns->codes[1]' is empty");
  codes[1] = "н";
  calls = 0;
  CHECK_ERROR(
      ej_store_attendance_create(NULL, s->store, &s->institution, &columns, abort_at_once, &calls),
      EJ_EUSER, "");
  CHECK_INT(calls, 1);
}

static void test_backend(const char* uri) {
  school a;
  school b;
  /* The scheme and no more: a PostgreSQL URI goes on with the password. */
  printf("backend %.15s\n", uri);
  if (!store_fixture_open(&a, uri, "Ліцей № 1")) return;
  if (store_fixture_add(&b, a.store, "Ліцей № 2")) {
    test_record_errors(&a);
    test_other_institution(&a, &b);
    test_grade_errors(&a);
    test_bulk_all_or_nothing(&a);
  }
  ej_store_free(a.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  test_open_errors();
  test_null_store();
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_store_errors");
}
