/* Reports through the grading engine (ejournal/reports.h) through the C ABI, on the memory
 * backend, an in-memory SQLite database and PostgreSQL when EJ_PG_CONN is set. Grades are written
 * through the store; expected values are computed by hand: exact means, whole grades half-up
 * (ua-school.md §1.9), marks never count (§1.7), the semester from thematic grades (§1.6 rule 2),
 * the annual from semester grades with a correction replacing its grade (§1.6 rules 3–4), the
 * certificate average to tenths and its 100–200 score (§4), levels 1–3, 4–6, 7–9, 10–12 (§1.2).
 *
 * Course "Українська мова" of 5-А (lessons 2024-09-02 + i), published unless said:
 *   student 0: lesson 0 10, lesson 1 11, lesson 2 «н», lesson 3 8; thematic «Тема 1» 09-06 10;
 *     lesson 5 7, lesson 6 8, lesson 7 12 (a draft); I семестр 12-26 10, corrected 12-30 11;
 *     II семестр 2025-05-29 8; annual 2025-05-30 10; ДПА 2025-06-10 12.
 *   student 1: lesson 0 3, lesson 1 5.   student 2: lesson 0 12. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "store_fixture.h"

static const ej_uuid nil_id = {{0}};

static ej_date on(int32_t year, int32_t month, int32_t day) {
  ej_date date;
  date.year = year;
  date.month = month;
  date.day = day;
  return date;
}

/* One grade of the fixture's course: at lesson `lesson` (its date), or undated (`lesson` < 0) on
 * `date`; a value, or `mark` when value is 0. */
static int add_grade(const school* s, int student, int lesson, int32_t column, ej_date date,
                     int64_t value, const char* mark, const char* label, int32_t publication) {
  ej_grade_columns columns = EJ_GRADE_COLUMNS_INIT;
  const ej_uuid lesson_id = lesson >= 0 ? s->lessons[lesson] : nil_id;
  const ej_date day = lesson >= 0 ? s->lesson_dates[lesson] : date;
  const uint8_t has_value = value != 0 ? 1 : 0;
  const char* marks[1];
  const char* labels[1];
  marks[0] = mark != NULL ? mark : "";
  labels[0] = label;
  columns.count = 1;
  columns.courses = &s->course;
  columns.students = &s->students[student];
  columns.lessons = &lesson_id;
  columns.dates = &day;
  columns.columns = &column;
  columns.has_value = &has_value;
  columns.numerators = &value;
  columns.marks = marks;
  columns.publications = &publication;
  columns.labels = labels;
  columns.recorded_by = &s->teacher;
  return CHECK_OK(ej_store_grades_create(NULL, s->store, &s->institution, &columns, NULL, NULL));
}

static void write_scenario(const school* s) {
  const ej_date none = on(0, 0, 0);
  const int32_t pub = EJ_PUBLICATION_PUBLISHED;
  add_grade(s, 0, 0, EJ_COLUMN_CURRENT, none, 10, NULL, NULL, pub);
  add_grade(s, 0, 1, EJ_COLUMN_CURRENT, none, 11, NULL, NULL, pub);
  add_grade(s, 0, 2, EJ_COLUMN_CURRENT, none, 0, "н", NULL, pub);
  add_grade(s, 0, 3, EJ_COLUMN_CURRENT, none, 8, NULL, NULL, pub);
  add_grade(s, 0, -1, EJ_COLUMN_THEMATIC, on(2024, 9, 6), 10, NULL, "Тема 1", pub);
  add_grade(s, 0, 5, EJ_COLUMN_CURRENT, none, 7, NULL, NULL, pub);
  add_grade(s, 0, 6, EJ_COLUMN_CURRENT, none, 8, NULL, NULL, pub);
  add_grade(s, 0, 7, EJ_COLUMN_CURRENT, none, 12, NULL, NULL, EJ_PUBLICATION_DRAFT);
  add_grade(s, 0, -1, EJ_COLUMN_SEMESTER, on(2024, 12, 26), 10, NULL, "I семестр", pub);
  add_grade(s, 0, -1, EJ_COLUMN_CORRECTED, on(2024, 12, 30), 11, NULL, "Скоригована", pub);
  add_grade(s, 0, -1, EJ_COLUMN_SEMESTER, on(2025, 5, 29), 8, NULL, "II семестр", pub);
  add_grade(s, 0, -1, EJ_COLUMN_ANNUAL, on(2025, 5, 30), 10, NULL, "Річна", pub);
  add_grade(s, 0, -1, EJ_COLUMN_STATE_EXAM, on(2025, 6, 10), 12, NULL, "ДПА", pub);
  add_grade(s, 1, 0, EJ_COLUMN_CURRENT, none, 3, NULL, NULL, pub);
  add_grade(s, 1, 1, EJ_COLUMN_CURRENT, none, 5, NULL, NULL, pub);
  add_grade(s, 2, 0, EJ_COLUMN_CURRENT, none, 12, NULL, NULL, pub);
}

/* A person of `institution` holding `role`, as a principal; with a child or a taught course. */
static ej_principal* principal_of(const ej_uuid* institution, int32_t role,
                                  const ej_uuid* school_class, const ej_uuid* child,
                                  const ej_uuid* course) {
  ej_principal* principal = NULL;
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  ej_taught_course taught = EJ_TAUGHT_COURSE_INIT;
  ej_uuid person;
  ej_uuid_generate(&person);
  ej_uuid_generate(&grant.id);
  grant.role = role;
  grant.institution = *institution;
  grant.person = person;
  if (school_class != NULL) grant.school_class = *school_class;
  if (course != NULL) {
    taught.course = *course;
    taught.school_class = *school_class;
    grant.school_class = nil_id;
  }
  CHECK_OK(ej_principal_person(&principal, institution, &person, &grant, 1, child,
                               child != NULL ? 1 : 0, &taught, course != NULL ? 1 : 0));
  return principal;
}

static void check_suggestion(const ej_term_report* report, int32_t which, int32_t grade,
                             int64_t num, int64_t den, const char* rule) {
  const ej_suggestion* suggestion = NULL;
  int32_t suggested = -1;
  const char* mark = NULL;
  const char* applied = NULL;
  ej_rational mean = {0, 0};
  int32_t has_mean = 0;
  if (!CHECK_OK(ej_term_report_suggestion(&suggestion, report, which))) return;
  CHECK_OK(ej_suggestion_grade(&suggested, &mark, suggestion));
  CHECK_INT(suggested, grade);
  CHECK_STR(mark, "");
  CHECK_OK(ej_suggestion_detail(&applied, &mean, &has_mean, suggestion));
  CHECK_STR(applied, rule);
  CHECK_INT(has_mean, 1);
  CHECK_RATIONAL(mean, num, den);
}

static void test_term_report(const school* s, ej_principal* teacher, ej_principal* parent,
                             ej_principal* other_parent) {
  ej_term_report* report = NULL;
  ej_term_report_info info;
  ej_ua_options floor;
  const ej_suggestion* annual = NULL;
  const ej_basis* basis = NULL;
  int32_t count = 0;
  ej_uuid unknown;
  ej_uuid_generate(&unknown);

  if (CHECK_OK(ej_report_student_term(&report, s->store, teacher, &s->institution, &s->students[0],
                                      &s->course, 0, NULL))) {
    memset(&info, 0, sizeof info);
    info.version = EJ_TERM_REPORT_INFO_VERSION;
    CHECK_OK(ej_term_report_info_get(&info, report));
    CHECK_INT(info.term, 0);
    CHECK_STR(info.subject_name, "Українська мова");
    CHECK_STR(info.term_name, "I семестр");
    CHECK(store_fixture_same_id(&info.course, &s->course));
    CHECK(store_fixture_same_id(&info.subject, &s->subject));
    CHECK_INT(info.drafts_included, 1);
    CHECK_INT(info.current_counted, 6);          /* 10 11 8 7 8 12; «н» left out */
    CHECK_RATIONAL(info.current_average, 28, 3); /* 56/6 */
    check_suggestion(report, EJ_SUGGEST_THEMATIC, 9, 9, 1, "ua.thematic.mean_of_current");
    check_suggestion(report, EJ_SUGGEST_SEMESTER, 10, 10, 1, "ua.semester.mean_of_thematic");
    check_suggestion(report, EJ_SUGGEST_ANNUAL, 10, 19, 2, "ua.annual.mean_of_semesters");
    if (CHECK_OK(ej_term_report_suggestion(&annual, report, EJ_SUGGEST_ANNUAL)) &&
        CHECK_OK(ej_suggestion_basis(&basis, annual)) && CHECK_OK(ej_basis_count(&count, basis))) {
      CHECK_INT(count, 3); /* I семестр replaced, its correction 11, II семестр 8 */
    }
    CHECK_ERROR(ej_term_report_suggestion(&annual, report, 0), EJ_EINVALID, "which");
    CHECK(annual == NULL);
    info.version = 0;
    CHECK_ERROR(ej_term_report_info_get(&info, report), EJ_EVERSION, "out->version");
  }
  ej_term_report_free(report);

  /* The parent sees published grades only: 44/5; the open topic 7, 8 → 7.5 → 8. */
  if (CHECK_OK(ej_report_student_term(&report, s->store, parent, &s->institution, &s->students[0],
                                      &s->course, 0, NULL))) {
    memset(&info, 0, sizeof info);
    info.version = EJ_TERM_REPORT_INFO_VERSION;
    CHECK_OK(ej_term_report_info_get(&info, report));
    CHECK_INT(info.drafts_included, 0);
    CHECK_INT(info.current_counted, 5);
    CHECK_RATIONAL(info.current_average, 44, 5);
    check_suggestion(report, EJ_SUGGEST_THEMATIC, 8, 15, 2, "ua.thematic.mean_of_current");
  }
  ej_term_report_free(report);

  /* Rounding down instead: 7.5 → 7 and 9.5 → 9. */
  CHECK_OK(ej_ua_options_init(&floor, EJ_UA_OPTIONS_VERSION));
  floor.rounding_mode = EJ_ROUND_FLOOR;
  if (CHECK_OK(ej_report_student_term(&report, s->store, parent, &s->institution, &s->students[0],
                                      &s->course, 0, &floor))) {
    check_suggestion(report, EJ_SUGGEST_THEMATIC, 7, 15, 2, "ua.thematic.mean_of_current");
    check_suggestion(report, EJ_SUGGEST_ANNUAL, 9, 19, 2, "ua.annual.mean_of_semesters");
  }
  ej_term_report_free(report);

  report = STALE(ej_term_report);
  CHECK_ERROR(ej_report_student_term(&report, s->store, other_parent, &s->institution,
                                     &s->students[0], &s->course, 0, NULL),
              EJ_EPERM, "read_student_record");
  CHECK(report == NULL);
  CHECK_ERROR(ej_report_student_term(&report, s->store, teacher, &s->institution, &s->students[0],
                                     &unknown, 0, NULL),
              EJ_ENOTFOUND, "course");
  CHECK_ERROR(ej_report_student_term(&report, s->store, teacher, &s->institution, &s->students[0],
                                     &s->course, 2, NULL),
              EJ_ERANGE, "term 2");
  CHECK_ERROR(ej_report_student_term(&report, s->store, teacher, &s->institution, &s->students[0],
                                     &s->course, -1, NULL),
              EJ_EINVALID, "negative");
  CHECK_ERROR(ej_report_student_term(&report, s->store, teacher, &s->institution, &nil_id,
                                     &s->course, 0, NULL),
              EJ_EINVALID, "'student'");
  CHECK_ERROR(ej_report_student_term(&report, NULL, teacher, &s->institution, &s->students[0],
                                     &s->course, 0, NULL),
              EJ_EINVALID, "'store'");
  CHECK_ERROR(ej_report_student_term(NULL, s->store, teacher, &s->institution, &s->students[0],
                                     &s->course, 0, NULL),
              EJ_EINVALID, "'out'");
  floor.version = 0;
  CHECK_ERROR(ej_report_student_term(&report, s->store, teacher, &s->institution, &s->students[0],
                                     &s->course, 0, &floor),
              EJ_EVERSION, "opts->version");
}

static void test_certificate(const school* s, ej_principal* parent, ej_principal* other_parent) {
  ej_certificate_report* report = NULL;
  const ej_certificate_result* result = NULL;
  ej_decimal average = {0, 0, 0};
  ej_rational exact = {0, 0};
  int32_t score = 0;
  ej_uuid course = nil_id;
  /* Annual 10 and ДПА 12 count: 22/2 = 11.0 → 100 + (110 − 20) = 190. */
  if (CHECK_OK(ej_report_certificate(&report, s->store, parent, &s->institution, &s->students[0],
                                     &s->year, NULL)) &&
      CHECK_OK(ej_certificate_report_result(&result, report))) {
    CHECK_OK(ej_certificate_result_average(&average, &exact, &score, result));
    CHECK_DECIMAL(average, 110, 1);
    CHECK_RATIONAL(exact, 11, 1);
    CHECK_INT(score, 190);
    CHECK_OK(ej_certificate_report_course(&course, report, 1));
    CHECK(store_fixture_same_id(&course, &s->course));
    CHECK_ERROR(ej_certificate_report_course(&course, report, 2), EJ_ERANGE, "basis entries");
  }
  ej_certificate_report_free(report);
  report = STALE(ej_certificate_report);
  CHECK_ERROR(ej_report_certificate(&report, s->store, other_parent, &s->institution,
                                    &s->students[0], &s->year, NULL),
              EJ_EPERM, "read_student_record");
  CHECK(report == NULL);
  CHECK_ERROR(ej_report_certificate(&report, s->store, parent, &s->institution, &s->students[0],
                                    NULL, NULL),
              EJ_EINVALID, "'year'");
}

/* A distribution as "counts | graded marked": the percentages are checked separately. */
static void check_distribution(const ej_distribution* d, int64_t initial, int64_t average,
                               int64_t sufficient, int64_t high, int64_t graded, int64_t marked) {
  CHECK_INT(d->version, EJ_DISTRIBUTION_VERSION);
  CHECK_INT(d->counts[0], initial);
  CHECK_INT(d->counts[1], average);
  CHECK_INT(d->counts[2], sufficient);
  CHECK_INT(d->counts[3], high);
  CHECK_INT(d->graded, graded);
  CHECK_INT(d->marked, marked);
}

static void test_statistics(const school* s, const char* uri, ej_principal* admin,
                            ej_principal* class_teacher, ej_principal* parent,
                            ej_principal* operator_principal) {
  ej_level_statistics* statistics = NULL;
  ej_level_statistics_info info;
  const ej_subject_distribution* subject = NULL;
  int64_t count = -1;
  /* Current grades of I семестр: 10 11 8 7 8 3 5 12 and «н» → 1 1 3 3 of 8, mean 8. */
  if (CHECK_OK(ej_report_class_statistics(&statistics, s->store, class_teacher, &s->institution,
                                          &s->school_class, 0, EJ_REPORT_CURRENT))) {
    memset(&info, 0, sizeof info);
    info.version = EJ_LEVEL_STATISTICS_INFO_VERSION;
    CHECK_OK(ej_level_statistics_info_get(&info, statistics));
    CHECK_STR(info.term_name, "I семестр");
    CHECK_INT(info.students, STORE_FIXTURE_STUDENTS);
    check_distribution(&info.overall, 1, 1, 3, 3, 8, 1);
    CHECK_RATIONAL(info.overall.percents[0], 25, 2);
    CHECK_RATIONAL(info.overall.percents[2], 75, 2);
    CHECK_INT(info.overall.has_mean, 1);
    CHECK_RATIONAL(info.overall.mean, 8, 1);
    CHECK_OK(ej_level_statistics_subject_count(&count, statistics));
    CHECK_INT(count, 1);
    if (CHECK_OK(ej_level_statistics_subject_get(&subject, statistics, 0))) {
      CHECK_STR(subject->name, "Українська мова");
      CHECK(store_fixture_same_id(&subject->subject, &s->subject));
      check_distribution(&subject->distribution, 1, 1, 3, 3, 8, 1);
    }
    CHECK_ERROR(ej_level_statistics_subject_get(&subject, statistics, 1), EJ_ERANGE, "index 1");
  }
  ej_level_statistics_free(statistics);

  /* I семестр: the correction 11 replaces 10 → one high grade. */
  if (CHECK_OK(ej_report_institution_statistics(&statistics, s->store, admin, &s->institution,
                                                &s->year, 0, EJ_REPORT_SEMESTER))) {
    memset(&info, 0, sizeof info);
    info.version = EJ_LEVEL_STATISTICS_INFO_VERSION;
    CHECK_OK(ej_level_statistics_info_get(&info, statistics));
    CHECK_INT(info.classes, 1);
    check_distribution(&info.overall, 0, 0, 0, 1, 1, 0);
    CHECK_RATIONAL(info.overall.percents[3], 100, 1);
  }
  ej_level_statistics_free(statistics);

  if (strncmp(uri, "postgresql", 10) != 0) {
    /* Kyiv (КАТОТТГ 80): this school and Ліцей № 2 (no grades) report; a shared PostgreSQL
     * database may hold other runs' schools, so the counts are checked elsewhere only. */
    if (CHECK_OK(ej_report_oblast_statistics(&statistics, s->store, operator_principal, "80",
                                             "2024/2025", 0, EJ_REPORT_CURRENT))) {
      memset(&info, 0, sizeof info);
      info.version = EJ_LEVEL_STATISTICS_INFO_VERSION;
      CHECK_OK(ej_level_statistics_info_get(&info, statistics));
      CHECK_STR(info.oblast_katottg, "80");
      CHECK_STR(info.oblast_name, "місто Київ");
      CHECK_INT(info.institutions, 2);
      CHECK_INT(info.reporting, 2);
      CHECK_INT(info.students, 2 * STORE_FIXTURE_STUDENTS);
      check_distribution(&info.overall, 1, 1, 3, 3, 8, 1);
      if (CHECK_OK(ej_level_statistics_subject_get(&subject, statistics, 0))) {
        CHECK(ej_uuid_is_nil(&subject->subject));
      }
    }
    ej_level_statistics_free(statistics);
  }

  statistics = STALE(ej_level_statistics);
  CHECK_ERROR(ej_report_class_statistics(&statistics, s->store, parent, &s->institution,
                                         &s->school_class, 0, EJ_REPORT_CURRENT),
              EJ_EPERM, "read_class_statistics");
  CHECK(statistics == NULL);
  CHECK_ERROR(ej_report_class_statistics(&statistics, s->store, admin, &s->institution,
                                         &s->school_class, 0, 9),
              EJ_EINVALID, "ej_report_column");
  CHECK_ERROR(ej_report_class_statistics(&statistics, s->store, admin, &s->institution,
                                         &s->school_class, 4, EJ_REPORT_CURRENT),
              EJ_ERANGE, "term 4");
  CHECK_ERROR(ej_report_institution_statistics(&statistics, s->store, class_teacher,
                                               &s->institution, &s->year, 0, EJ_REPORT_CURRENT),
              EJ_EPERM, "read_institution_statistics");
  CHECK_ERROR(ej_report_oblast_statistics(&statistics, s->store, admin, "80", "2024/2025", 0,
                                          EJ_REPORT_CURRENT),
              EJ_EPERM, "read_institute_statistics");
  CHECK_ERROR(ej_report_oblast_statistics(&statistics, s->store, operator_principal, "99",
                                          "2024/2025", 0, EJ_REPORT_CURRENT),
              EJ_EINVALID, "'99'");
  CHECK_ERROR(ej_report_oblast_statistics(&statistics, s->store, operator_principal, "80",
                                          "2024\xff", 0, EJ_REPORT_CURRENT),
              EJ_EINVALID, "UTF-8");
  CHECK_ERROR(ej_report_oblast_statistics(&statistics, s->store, operator_principal, NULL,
                                          "2024/2025", 0, EJ_REPORT_CURRENT),
              EJ_EINVALID, "'oblast_katottg'");
  memset(&info, 0, sizeof info);
  CHECK_ERROR(ej_level_statistics_info_get(&info, NULL), EJ_EVERSION, "out->version");
  info.version = EJ_LEVEL_STATISTICS_INFO_VERSION;
  CHECK_ERROR(ej_level_statistics_info_get(&info, NULL), EJ_EINVALID, "'statistics'");
  CHECK_ERROR(ej_level_statistics_subject_count(&count, NULL), EJ_EINVALID, "'statistics'");
}

static void test_levels(void) {
  int32_t level = 0;
  CHECK_OK(ej_report_level_of(&level, 3));
  CHECK_INT(level, EJ_LEVEL_INITIAL);
  CHECK_OK(ej_report_level_of(&level, 4));
  CHECK_INT(level, EJ_LEVEL_AVERAGE);
  CHECK_OK(ej_report_level_of(&level, 9));
  CHECK_INT(level, EJ_LEVEL_SUFFICIENT);
  CHECK_OK(ej_report_level_of(&level, 10));
  CHECK_INT(level, EJ_LEVEL_HIGH);
  CHECK_ERROR(ej_report_level_of(&level, 13), EJ_EINVALID, "13");
  CHECK_ERROR(ej_report_level_of(NULL, 5), EJ_EINVALID, "'out'");
}

static void test_backend(const char* uri) {
  school a;
  school b;
  ej_principal* teacher = NULL;
  ej_principal* parent = NULL;
  ej_principal* other_parent = NULL;
  ej_principal* admin = NULL;
  ej_principal* class_teacher = NULL;
  ej_principal* operator_principal = NULL;
  printf("backend %.15s\n", uri);
  if (!store_fixture_open(&a, uri, "Ліцей № 1")) return;
  if (store_fixture_add(&b, a.store, "Ліцей № 2")) {
    write_scenario(&a);
    teacher = principal_of(&a.institution, EJ_ROLE_TEACHER, &a.school_class, NULL, &a.course);
    parent = principal_of(&a.institution, EJ_ROLE_PARENT, NULL, &a.students[0], NULL);
    other_parent = principal_of(&a.institution, EJ_ROLE_PARENT, NULL, &a.students[1], NULL);
    admin = principal_of(&a.institution, EJ_ROLE_INSTITUTION_ADMIN, NULL, NULL, NULL);
    class_teacher =
        principal_of(&a.institution, EJ_ROLE_CLASS_TEACHER, &a.school_class, NULL, NULL);
    operator_principal = principal_of(&b.institution, EJ_ROLE_INSTITUTE_OPERATOR, NULL, NULL, NULL);
    test_term_report(&a, teacher, parent, other_parent);
    test_certificate(&a, parent, other_parent);
    test_statistics(&a, uri, admin, class_teacher, parent, operator_principal);
  }
  ej_principal_free(teacher);
  ej_principal_free(parent);
  ej_principal_free(other_parent);
  ej_principal_free(admin);
  ej_principal_free(class_teacher);
  ej_principal_free(operator_principal);
  ej_store_free(a.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  test_levels();
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_reports");
}
