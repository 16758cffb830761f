/* Attendance through the C ABI (ejournal/attendance.h) on the memory backend, an in-memory SQLite
 * database and PostgreSQL when EJ_PG_CONN is set: marks at a lesson and on the daily page, the
 * class teacher's reason, a parent's explanation, counts with exact percentages, the alert, the
 * dictionary, and refusals that change nothing. The fixture's lessons fall one a day from
 * 2024-09-02. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "store_fixture.h"

static ej_date day(int32_t month, int32_t day_of_month) {
  ej_date date;
  date.year = 2024;
  date.month = month;
  date.day = day_of_month;
  return date;
}

typedef struct people {
  ej_principal* teacher;       /* teaches the course */
  ej_principal* class_teacher; /* leads 5-А (the same person, with that role only) */
  ej_principal* parent;        /* of student 0 (the last student acting as a parent) */
} people;

static int make_people(people* p, const school* s) {
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  ej_taught_course taught = {1, 0, {{0}}, {{0}}};
  grant.institution = s->institution;
  grant.person = s->teacher;
  taught.course = s->course;
  taught.school_class = s->school_class;
  if (!CHECK_OK(ej_principal_person(&p->teacher, &s->institution, &s->teacher, &grant, 1, NULL, 0,
                                    &taught, 1))) {
    return 0;
  }
  grant.role = EJ_ROLE_CLASS_TEACHER;
  grant.school_class = s->school_class;
  if (!CHECK_OK(ej_principal_person(&p->class_teacher, &s->institution, &s->teacher, &grant, 1,
                                    NULL, 0, NULL, 0))) {
    return 0;
  }
  grant.role = EJ_ROLE_PARENT;
  grant.person = s->students[STORE_FIXTURE_STUDENTS - 1];
  memset(&grant.school_class, 0, sizeof grant.school_class);
  return CHECK_OK(ej_principal_person(&p->parent, &s->institution, &grant.person, &grant, 1,
                                      &s->students[0], 1, NULL, 0));
}

static void free_people(people* p) {
  ej_principal_free(p->teacher);
  ej_principal_free(p->class_teacher);
  ej_principal_free(p->parent);
}

/* How many marks student `index` has: unchanged by every refusal. */
static int64_t marks_of(const school* s, int index) {
  ej_attendance_query query = EJ_ATTENDANCE_QUERY_INIT;
  ej_attendance_list* list = NULL;
  int64_t count = -1;
  query.student = s->students[index];
  if (CHECK_OK(ej_store_attendance_find(&list, s->store, &s->institution, &query))) {
    CHECK_OK(ej_attendance_list_count(&count, list));
  }
  ej_attendance_list_free(list);
  return count;
}

static void test_dictionary(void) {
  const char* code = NULL;
  const char* title = NULL;
  int32_t kind = 0;
  int32_t explained = -1;
  ej_attendance_options options;
  CHECK_INT(ej_attendance_builtin_count(), 7);
  CHECK_OK(ej_attendance_builtin_code(&code, &title, &kind, &explained, 3));
  CHECK_STR(code, "хв");
  CHECK_STR(title, "хвороба");
  CHECK_INT(kind, EJ_ATTENDANCE_ABSENT);
  CHECK_INT(explained, 1);
  CHECK_OK(ej_attendance_builtin_code(&code, NULL, &kind, NULL, 1));
  CHECK_STR(code, "зп");
  CHECK_INT(kind, EJ_ATTENDANCE_LATE);
  CHECK_ERROR(ej_attendance_builtin_code(&code, NULL, NULL, NULL, 7), EJ_ERANGE, "7");
  CHECK_ERROR(ej_attendance_builtin_code(&code, NULL, NULL, NULL, -1), EJ_ERANGE, "-1");
  CHECK_OK(ej_attendance_options_init(&options, EJ_ATTENDANCE_OPTIONS_VERSION));
  CHECK_INT(options.alert_days, 10);
  CHECK_INT(options.code_count, 0);
  CHECK_ERROR(ej_attendance_options_init(&options, 99), EJ_EVERSION, "99");
  CHECK_INT(options.version, 0);
}

static void test_marks(const school* s, const people* p) {
  ej_uuid students[2];
  const char* codes[2] = {"н", "зп"};
  ej_attendance_list* list = STALE(ej_attendance_list);
  const ej_attendance* mark = NULL;
  int64_t count = 0;
  ej_date date = day(9, 3);
  students[0] = s->students[0];
  students[1] = s->students[1];
  if (CHECK_OK(ej_attendance_write_lesson(&list, s->store, NULL, p->teacher, &s->institution,
                                          &s->lessons[0], 2, students, codes, NULL))) {
    CHECK_OK(ej_attendance_list_count(&count, list));
    CHECK_INT(count, 2);
    if (CHECK_OK(ej_attendance_list_get(&mark, list, 1))) {
      CHECK_STR(mark->code, "зп");
      CHECK(store_fixture_same_id(&mark->lesson_id, &s->lessons[0]));
    }
  }
  ej_attendance_list_free(list);

  /* Refusals: each leaves *out NULL and the store as it was. */
  codes[1] = "xx";
  list = STALE(ej_attendance_list);
  CHECK_ERROR(ej_attendance_write_lesson(&list, s->store, NULL, p->teacher, &s->institution,
                                         &s->lessons[1], 2, students, codes, NULL),
              EJ_EINVALID, "'xx'");
  CHECK(list == NULL);
  codes[1] = "н";
  CHECK_ERROR(ej_attendance_write_lesson(&list, s->store, NULL, p->class_teacher, &s->institution,
                                         &s->lessons[1], 2, students, codes, NULL),
              EJ_EPERM, "write_lesson_attendance");
  CHECK_ERROR(ej_attendance_write_lesson(&list, s->store, NULL, p->teacher, &s->institution,
                                         &s->course, 2, students, codes, NULL),
              EJ_ENOTFOUND, "lesson");
  CHECK_ERROR(ej_attendance_write_lesson(&list, s->store, NULL, p->teacher, &s->institution,
                                         &s->lessons[1], -1, students, codes, NULL),
              EJ_EINVALID, "count");
  CHECK_ERROR(ej_attendance_write_lesson(&list, s->store, NULL, p->teacher, &s->institution,
                                         &s->lessons[1], 2, students, NULL, NULL),
              EJ_EINVALID, "codes");
  CHECK_ERROR(ej_attendance_write_lesson(&list, s->store, NULL, NULL, &s->institution,
                                         &s->lessons[1], 2, students, codes, NULL),
              EJ_EINVALID, "principal");
  CHECK_INT(marks_of(s, 0), 1);
  CHECK_INT(marks_of(s, 1), 1);

  /* The daily page: the class teacher, on school days only. */
  codes[0] = "хв";
  CHECK_OK(ej_attendance_write_daily(NULL, s->store, NULL, p->class_teacher, &s->institution,
                                     &s->school_class, &date, 1, students, codes, NULL));
  date = day(9, 7);
  CHECK_ERROR(ej_attendance_write_daily(&list, s->store, NULL, p->class_teacher, &s->institution,
                                        &s->school_class, &date, 1, students, codes, NULL),
              EJ_EINVALID, "2024-09-07");
  date = day(9, 4);
  CHECK_ERROR(ej_attendance_write_daily(&list, s->store, NULL, p->teacher, &s->institution,
                                        &s->school_class, &date, 1, students, codes, NULL),
              EJ_EPERM, "write_daily_attendance");
  date.month = 13;
  CHECK_ERROR(ej_attendance_write_daily(&list, s->store, NULL, p->class_teacher, &s->institution,
                                        &s->school_class, &date, 1, students, codes, NULL),
              EJ_EINVALID, "date");
  CHECK_INT(marks_of(s, 0), 2);
  /* Another unexplained absence, on Wednesday's lesson. */
  codes[0] = "н";
  CHECK_OK(ej_attendance_write_lesson(NULL, s->store, NULL, p->teacher, &s->institution,
                                      &s->lessons[2], 1, students, codes, NULL));
}

static void test_reasons(const school* s, const people* p) {
  ej_attendance_list* list = NULL;
  const ej_attendance* mark = NULL;
  int64_t count = 0;
  ej_date first = day(9, 2);
  ej_date last = day(9, 2);
  if (CHECK_OK(ej_attendance_set_reason(&list, s->store, NULL, p->class_teacher, &s->institution,
                                        &s->students[0], &first, &last, EJ_ABSENCE_ILLNESS,
                                        "довідка 5", NULL))) {
    CHECK_OK(ej_attendance_list_count(&count, list));
    CHECK_INT(count, 1);
    if (CHECK_OK(ej_attendance_list_get(&mark, list, 0))) {
      CHECK_INT(mark->reason, EJ_ABSENCE_ILLNESS);
      CHECK_STR(mark->document_ref, "довідка 5");
    }
  }
  ej_attendance_list_free(list);
  list = NULL;
  CHECK_ERROR(
      ej_attendance_set_reason(&list, s->store, NULL, p->parent, &s->institution, &s->students[0],
                               &first, &last, EJ_ABSENCE_ILLNESS, NULL, NULL),
      EJ_EPERM, "write_absence_reason");
  CHECK_ERROR(ej_attendance_set_reason(&list, s->store, NULL, p->class_teacher, &s->institution,
                                       &s->students[0], &first, &last, 9, NULL, NULL),
              EJ_EINVALID, "reason");
  CHECK_ERROR(
      ej_attendance_set_reason(&list, s->store, NULL, p->class_teacher, &s->institution,
                               &s->students[2], &first, &last, EJ_ABSENCE_ILLNESS, NULL, NULL),
      EJ_ENOTFOUND, "no absence");

  /* The parent explains the week: only Wednesday's absence is still unexplained. */
  last = day(9, 6);
  if (CHECK_OK(ej_attendance_explain(&list, s->store, NULL, p->parent, &s->institution,
                                     &s->students[0], &first, &last, EJ_ABSENCE_FAMILY,
                                     "сімейні обставини", NULL))) {
    CHECK_OK(ej_attendance_list_count(&count, list));
    CHECK_INT(count, 1);
  }
  ej_attendance_list_free(list);
  list = NULL;
  CHECK_ERROR(
      ej_attendance_explain(&list, s->store, NULL, p->parent, &s->institution, &s->students[0],
                            &first, &last, EJ_ABSENCE_FAMILY, "ще раз", NULL),
      EJ_ECONFLICT, "explained already");
  CHECK_ERROR(
      ej_attendance_explain(&list, s->store, NULL, p->parent, &s->institution, &s->students[0],
                            &first, &last, EJ_ABSENCE_VALID_DOCUMENT, "довідка", NULL),
      EJ_EINVALID, "parent");
  CHECK_ERROR(ej_attendance_explain(&list, s->store, NULL, p->parent, &s->institution,
                                    &s->students[1], &first, &last, EJ_ABSENCE_FAMILY, "так", NULL),
              EJ_EPERM, "explain_absence");
  CHECK_ERROR(ej_attendance_explain(&list, s->store, NULL, p->parent, &s->institution,
                                    &s->students[0], &last, &first, EJ_ABSENCE_FAMILY, "так", NULL),
              EJ_EINVALID, "ends");
  CHECK_ERROR(ej_attendance_explain(&list, s->store, NULL, p->parent, &s->institution,
                                    &s->students[0], &first, &last, EJ_ABSENCE_FAMILY, NULL, NULL),
              EJ_EINVALID, "explanation");
}

static void test_counts(const school* s, const people* p) {
  ej_attendance_counts counts;
  ej_attendance_report* report = STALE(ej_attendance_report);
  int64_t rows = 0;
  ej_date first = day(9, 2);
  ej_date last = day(9, 6);
  counts.version = EJ_ATTENDANCE_COUNTS_VERSION;
  /* Mon н (illness), Tue the daily хв, Wed н (explained by the parent): three of five lessons
   * and three of five days missed, all explained. */
  if (CHECK_OK(ej_attendance_student(&counts, s->store, p->parent, &s->institution, &s->students[0],
                                     &first, &last, NULL))) {
    CHECK_INT(counts.lessons, 5);
    CHECK_INT(counts.lessons_missed, 3);
    CHECK_INT(counts.lessons_missed_explained, 3);
    CHECK_INT(counts.lessons_missed_unexplained, 0);
    CHECK_INT(counts.school_days, 5);
    CHECK_INT(counts.days_missed, 3);
    CHECK_INT(counts.has_lessons_percent, 1);
    CHECK_RATIONAL(counts.lessons_percent, 40, 1);
    CHECK_RATIONAL(counts.days_percent, 40, 1);
  }
  CHECK_ERROR(ej_attendance_student(&counts, s->store, p->teacher, &s->institution, &s->students[0],
                                    &first, &last, NULL),
              EJ_EPERM, "read_student_record");
  CHECK_INT(counts.lessons, 0);
  counts.version = 99;
  CHECK_ERROR(ej_attendance_student(&counts, s->store, p->parent, &s->institution, &s->students[0],
                                    &first, &last, NULL),
              EJ_EVERSION, "out->version");
  counts.version = EJ_ATTENDANCE_COUNTS_VERSION;

  if (CHECK_OK(ej_attendance_class(&report, s->store, p->class_teacher, &s->institution,
                                   &s->school_class, &first, &last, NULL))) {
    CHECK_OK(ej_attendance_report_count(&rows, report));
    CHECK_INT(rows, STORE_FIXTURE_STUDENTS);
    CHECK_OK(ej_attendance_report_total(&counts, report));
    CHECK_INT(counts.lessons, 5 * STORE_FIXTURE_STUDENTS);
    CHECK_INT(counts.lessons_missed, 3);
    CHECK_INT(counts.lessons_late, 1);
    CHECK_RATIONAL(counts.lessons_percent, 90, 1);
    CHECK_OK(ej_attendance_report_get(&counts, report, 0));
    CHECK_INT(counts.school_days, 5);
    CHECK_ERROR(ej_attendance_report_get(&counts, report, rows), EJ_ERANGE, "outside");
  }
  ej_attendance_report_free(report);
  report = STALE(ej_attendance_report);
  CHECK_ERROR(ej_attendance_class(&report, s->store, p->parent, &s->institution, &s->school_class,
                                  &first, &last, NULL),
              EJ_EPERM, "read_class_summary");
  CHECK(report == NULL);
  ej_attendance_report_free(NULL);
}

static void test_alerts_and_dictionary(const school* s, const people* p) {
  const char* codes[2] = {"В", "П"};
  const char* titles[2] = {"відсутній", "присутній"};
  const int32_t kinds[2] = {EJ_ATTENDANCE_ABSENT, EJ_ATTENDANCE_PRESENT};
  ej_attendance_options options = EJ_ATTENDANCE_OPTIONS_INIT;
  ej_absence_alert_list* alerts = NULL;
  const ej_absence_alert* alert = NULL;
  int64_t count = 0;
  const char* absent[1] = {"н"};
  ej_date as_of = day(9, 6);
  /* Student 2 misses Thursday's and Friday's lessons without a reason. */
  CHECK_OK(ej_attendance_write_lesson(NULL, s->store, NULL, p->teacher, &s->institution,
                                      &s->lessons[3], 1, &s->students[2], absent, NULL));
  CHECK_OK(ej_attendance_write_lesson(NULL, s->store, NULL, p->teacher, &s->institution,
                                      &s->lessons[4], 1, &s->students[2], absent, NULL));
  options.alert_days = 2;
  if (CHECK_OK(ej_attendance_alerts(&alerts, s->store, p->class_teacher, &s->institution,
                                    &s->school_class, &as_of, &options))) {
    CHECK_OK(ej_absence_alert_list_count(&count, alerts));
    CHECK_INT(count, 1);
    if (CHECK_OK(ej_absence_alert_list_get(&alert, alerts, 0))) {
      CHECK(store_fixture_same_id(&alert->student_id, &s->students[2]));
      CHECK_INT(alert->first_day.day, 5);
      CHECK_INT(alert->last_day.day, 6);
      CHECK_INT(alert->days, 2);
    }
  }
  ej_absence_alert_list_free(alerts);
  alerts = NULL;
  CHECK_OK(ej_attendance_alerts(&alerts, s->store, p->class_teacher, &s->institution,
                                &s->school_class, &as_of, NULL));
  CHECK_OK(ej_absence_alert_list_count(&count, alerts));
  CHECK_INT(count, 0);
  ej_absence_alert_list_free(alerts);
  alerts = NULL;
  options.alert_days = 0;
  CHECK_ERROR(ej_attendance_alerts(&alerts, s->store, p->class_teacher, &s->institution,
                                   &s->school_class, &as_of, &options),
              EJ_EINVALID, "alert");

  /* An institution's own dictionary. */
  options.alert_days = 10;
  options.code_count = 2;
  options.codes = codes;
  options.titles = titles;
  options.kinds = kinds;
  as_of = day(9, 9);
  CHECK_OK(ej_attendance_write_daily(NULL, s->store, NULL, p->class_teacher, &s->institution,
                                     &s->school_class, &as_of, 1, &s->students[3], codes,
                                     &options));
  CHECK_ERROR(
      ej_attendance_write_daily(NULL, s->store, NULL, p->class_teacher, &s->institution,
                                &s->school_class, &as_of, 1, &s->students[4], absent, &options),
      EJ_EINVALID, "'н'");
  options.kinds = NULL;
  CHECK_ERROR(
      ej_attendance_write_daily(NULL, s->store, NULL, p->class_teacher, &s->institution,
                                &s->school_class, &as_of, 1, &s->students[4], codes, &options),
      EJ_EINVALID, "options->kinds");
  CHECK_INT(marks_of(s, 4), 0);
}

static void test_backend(const char* uri) {
  school s;
  people p = {NULL, NULL, NULL};
  printf("%s\n", uri);
  if (!store_fixture_open(&s, uri, "Ліцей № 3") || !make_people(&p, &s)) {
    free_people(&p);
    ej_store_free(s.store);
    return;
  }
  test_marks(&s, &p);
  test_reasons(&s, &p);
  test_counts(&s, &p);
  test_alerts_and_dictionary(&s, &p);
  free_people(&p);
  ej_store_free(s.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  test_dictionary();
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_attendance");
}
