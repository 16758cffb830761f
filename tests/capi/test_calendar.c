/* Academic years: ejournal/calendar.h. */
#include <stddef.h>
#include <stdint.h>

#include "check.h"

static ej_date date_of(int32_t year, int32_t month, int32_t day) {
  ej_date date;
  date.year = year;
  date.month = month;
  date.day = day;
  return date;
}

static int same_date(ej_date a, int32_t year, int32_t month, int32_t day) {
  return a.year == year && a.month == month && a.day == day;
}

#define CHECK_DATE(actual, y, m, d) CHECK(same_date((actual), (y), (m), (d)))

/* 2024/2025 with two semesters and the autumn holidays; Monday 14 October is a day off, made up
 * on Saturday 19 October by Monday's timetable. */
static ej_school_year* sample_year(void) {
  ej_school_year* year = NULL;
  const ej_date first = date_of(2024, 9, 2);
  const ej_date last = date_of(2025, 6, 30);
  const ej_date term1[2] = {{2024, 9, 2}, {2024, 12, 27}};
  const ej_date term2[2] = {{2025, 1, 13}, {2025, 5, 30}};
  const ej_date autumn[2] = {{2024, 10, 28}, {2024, 11, 3}};
  const ej_date day_off = date_of(2024, 10, 14);
  const ej_date make_up = date_of(2024, 10, 19);
  if (!CHECK_OK(ej_school_year_new(&year, "2024/2025", &first, &last, EJ_WEEK_FIVE_DAY))) {
    return NULL;
  }
  CHECK_OK(ej_school_year_add_term(year, "I семестр", &term1[0], &term1[1]));
  CHECK_OK(ej_school_year_add_term(year, "II семестр", &term2[0], &term2[1]));
  CHECK_OK(ej_school_year_add_holiday(year, "Осінні канікули", &autumn[0], &autumn[1]));
  CHECK_OK(ej_school_year_add_day_off(year, &day_off));
  CHECK_OK(ej_school_year_add_make_up_day(year, &make_up, EJ_MONDAY));
  CHECK_OK(ej_school_year_validate(year));
  return year;
}

static void test_school_days(void) {
  ej_school_year* year = sample_year();
  const ej_date first = date_of(2024, 10, 14);
  const ej_date last = date_of(2024, 11, 5);
  const ej_date holiday = date_of(2024, 10, 30);
  const ej_date saturday = date_of(2024, 10, 19);
  ej_date days[16];
  size_t count = 99;
  int32_t flag = -1;
  if (year == NULL) return;
  /* 15–18 and the make-up 19 October, 21–25 October, 4–5 November. */
  CHECK_OK(ej_school_year_count_school_days(&count, year, &first, &last));
  CHECK_INT(count, 12);
  CHECK_ERROR(ej_school_year_school_days(days, 3, &count, year, &first, &last), EJ_EBUFS,
              "the buffer holds 3 dates; 12 are needed");
  CHECK_INT(count, 12);
  CHECK_ERROR(ej_school_year_school_days(NULL, 0, &count, year, &first, &last), EJ_EBUFS,
              "holds 0 dates");
  CHECK_INT(count, 12);
  if (CHECK_OK(ej_school_year_school_days(days, 16, &count, year, &first, &last)) &&
      CHECK_INT(count, 12)) {
    CHECK_DATE(days[0], 2024, 10, 15);
    CHECK_DATE(days[3], 2024, 10, 18);
    CHECK_DATE(days[4], 2024, 10, 19);
    CHECK_DATE(days[5], 2024, 10, 21);
    CHECK_DATE(days[9], 2024, 10, 25);
    CHECK_DATE(days[10], 2024, 11, 4);
    CHECK_DATE(days[11], 2024, 11, 5);
  }
  CHECK_OK(ej_school_year_is_school_day(&flag, year, &holiday));
  CHECK_INT(flag, 0);
  CHECK_OK(ej_school_year_is_school_day(&flag, year, &saturday));
  CHECK_INT(flag, 1);
  CHECK_OK(ej_school_year_is_school_day(&flag, year, &first));
  CHECK_INT(flag, 0);
  ej_school_year_free(year);
}

static void check_term(const ej_school_year* year, ej_date date, int32_t expected) {
  int32_t index = 99;
  if (!CHECK_OK(ej_school_year_term_index(&index, year, &date))) return;
  CHECK_INT(index, expected);
}

static void test_terms(void) {
  ej_school_year* year = sample_year();
  int32_t count = -1;
  char* name = NULL;
  ej_date first = {0, 0, 0};
  ej_date last = {0, 0, 0};
  if (year == NULL) return;
  check_term(year, date_of(2024, 9, 1), -1);
  check_term(year, date_of(2024, 9, 2), 0);
  check_term(year, date_of(2024, 12, 27), 0);
  check_term(year, date_of(2025, 1, 6), -1);
  check_term(year, date_of(2025, 1, 13), 1);
  check_term(year, date_of(2025, 6, 2), -1);
  CHECK_OK(ej_school_year_term_count(&count, year));
  CHECK_INT(count, 2);
  if (CHECK_OK(ej_school_year_term(&name, &first, &last, year, 1))) {
    CHECK_STR(name, "II семестр");
    CHECK_DATE(first, 2025, 1, 13);
    CHECK_DATE(last, 2025, 5, 30);
    ej_free(name);
  }
  name = STALE(char);
  CHECK_ERROR(ej_school_year_term(&name, &first, &last, year, 2), EJ_ERANGE,
              "index 2 is outside the 2 terms");
  CHECK(name == NULL);
  CHECK_ERROR(ej_school_year_term(NULL, NULL, NULL, year, -1), EJ_ERANGE,
              "index -1 is outside the 2 terms");
  ej_school_year_free(year);
}

static void test_lesson_dates(void) {
  ej_school_year* year = sample_year();
  const ej_timetable_slot timetable[3] = {{EJ_WEDNESDAY, 3}, {EJ_MONDAY, 2}, {EJ_MONDAY, 1}};
  const ej_timetable_slot saturday[1] = {{EJ_SATURDAY, 1}};
  const ej_timetable_slot sunday[1] = {{0, 1}};
  const ej_date first = date_of(2024, 10, 14);
  const ej_date last = date_of(2024, 10, 23);
  ej_lesson_slot lessons[8];
  size_t count = 0;
  if (year == NULL) return;
  /* Monday 14 is off; Saturday 19 follows Monday; then Monday 21 and Wednesdays 16 and 23. */
  if (CHECK_OK(
          ej_school_year_lesson_dates(lessons, 8, &count, year, timetable, 3, &first, &last)) &&
      CHECK_INT(count, 6)) {
    CHECK_DATE(lessons[0].date, 2024, 10, 16);
    CHECK_INT(lessons[0].lesson_number, 3);
    CHECK_DATE(lessons[1].date, 2024, 10, 19);
    CHECK_INT(lessons[1].lesson_number, 1);
    CHECK_DATE(lessons[2].date, 2024, 10, 19);
    CHECK_INT(lessons[2].lesson_number, 2);
    CHECK_DATE(lessons[3].date, 2024, 10, 21);
    CHECK_INT(lessons[3].lesson_number, 1);
    CHECK_DATE(lessons[4].date, 2024, 10, 21);
    CHECK_INT(lessons[4].lesson_number, 2);
    CHECK_DATE(lessons[5].date, 2024, 10, 23);
    CHECK_INT(lessons[5].lesson_number, 3);
  }
  CHECK_ERROR(ej_school_year_lesson_dates(lessons, 5, &count, year, timetable, 3, &first, &last),
              EJ_EBUFS, "the buffer holds 5 lessons; 6 are needed");
  CHECK_INT(count, 6);
  CHECK_OK(ej_school_year_lesson_dates(NULL, 0, &count, year, NULL, 0, &first, &last));
  CHECK_INT(count, 0);
  CHECK_ERROR(ej_school_year_lesson_dates(lessons, 8, &count, year, saturday, 1, &first, &last),
              EJ_EINVALID, "timetable slot 0 is on Saturday, not a working day of the 5-day week");
  CHECK_ERROR(ej_school_year_lesson_dates(lessons, 8, &count, year, sunday, 1, &first, &last),
              EJ_EINVALID, "argument 'slots[0].weekday' is 0, not an ej_weekday");
  CHECK_ERROR(ej_school_year_lesson_dates(lessons, 8, &count, year, NULL, 1, &first, &last),
              EJ_EINVALID, "argument 'slots' is NULL");
  ej_school_year_free(year);
}

static void test_typical_year(void) {
  ej_school_year* year = NULL;
  char* name = NULL;
  ej_date first = {0, 0, 0};
  ej_date last = {0, 0, 0};
  int32_t week = 0;
  int32_t count = 0;
  size_t days = 0;
  ej_bell bell = {0, 0, 0};
  if (!CHECK_OK(ej_school_year_typical(&year, 2024))) return;
  if (CHECK_OK(ej_school_year_info(&name, &first, &last, &week, year))) {
    CHECK_STR(name, "2024/2025");
    CHECK_DATE(first, 2024, 9, 2);
    CHECK_DATE(last, 2025, 6, 30);
    CHECK_INT(week, EJ_WEEK_FIVE_DAY);
    ej_free(name);
  }
  CHECK_OK(ej_school_year_count_school_days(&days, year, &first, &last));
  CHECK_INT(days, 175);
  CHECK_OK(ej_school_year_holiday_count(&count, year));
  CHECK_INT(count, 3);
  if (CHECK_OK(ej_school_year_holiday(&name, &first, &last, year, 2))) {
    CHECK_STR(name, "Весняні канікули");
    CHECK_DATE(first, 2025, 3, 24);
    CHECK_DATE(last, 2025, 3, 30);
    ej_free(name);
  }
  CHECK_OK(ej_school_year_bell_count(&count, year));
  CHECK_INT(count, 7);
  if (CHECK_OK(ej_school_year_bell(&bell, year, 3))) {
    CHECK_INT(bell.number, 4);
    CHECK_INT(bell.start_minute, 11 * 60 + 25);
    CHECK_INT(bell.end_minute, 12 * 60 + 10);
  }
  CHECK_ERROR(ej_school_year_bell(&bell, year, 7), EJ_ERANGE, "index 7 is outside the 7 bells");
  CHECK_OK(ej_school_year_make_up_day_count(&count, year));
  CHECK_INT(count, 0);
  CHECK_OK(ej_school_year_day_off_count(&count, year));
  CHECK_INT(count, 0);
  ej_school_year_free(year);
  year = STALE(ej_school_year);
  CHECK_ERROR(ej_school_year_typical(&year, 10000), EJ_ERANGE,
              "start year 10000 is outside 1400..9998");
  CHECK(year == NULL);
}

static void test_days_and_bells(void) {
  ej_school_year* year = NULL;
  const ej_date first = date_of(2024, 9, 2);
  const ej_date last = date_of(2025, 6, 30);
  const ej_date saturday = date_of(2024, 9, 7);
  const ej_date tuesday = date_of(2024, 9, 10);
  const ej_bell bells[2] = {{0, 480, 525}, {1, 535, 580}};
  const ej_bell overlapping[2] = {{1, 480, 525}, {2, 520, 565}};
  ej_date date = {0, 0, 0};
  int32_t follows = 0;
  int32_t count = 0;
  ej_bell bell = {0, 0, 0};
  if (!CHECK_OK(ej_school_year_new(&year, "2024/2025", &first, &last, EJ_WEEK_SIX_DAY))) return;
  CHECK_OK(ej_school_year_add_day_off(year, &tuesday));
  CHECK_OK(ej_school_year_add_make_up_day(year, &saturday, EJ_FRIDAY));
  CHECK_ERROR(ej_school_year_validate(year), EJ_EINVALID,
              "make-up day 2024-09-07 is a Saturday, already a working day of the 6-day week");
  CHECK_ERROR(ej_school_year_is_school_day(&follows, year, &saturday), EJ_EINVALID,
              "make-up day 2024-09-07 is a Saturday");
  if (CHECK_OK(ej_school_year_make_up_day(&date, &follows, year, 0))) {
    CHECK_DATE(date, 2024, 9, 7);
    CHECK_INT(follows, EJ_FRIDAY);
  }
  if (CHECK_OK(ej_school_year_day_off(&date, year, 0))) CHECK_DATE(date, 2024, 9, 10);
  CHECK_OK(ej_school_year_set_bells(year, bells, 2));
  CHECK_OK(ej_school_year_bell_count(&count, year));
  CHECK_INT(count, 2);
  CHECK_ERROR(ej_school_year_set_bells(year, overlapping, 2), EJ_EINVALID,
              "bell 2 (08:40–09:25) starts before bell 1 (08:00–08:45) ends");
  if (CHECK_OK(ej_school_year_bell(&bell, year, 0))) CHECK_INT(bell.number, 0);
  CHECK_OK(ej_school_year_set_bells(year, NULL, 0));
  CHECK_OK(ej_school_year_bell_count(&count, year));
  CHECK_INT(count, 0);
  ej_school_year_free(year);
}

static void test_bad_input(void) {
  ej_school_year* year = STALE(ej_school_year);
  const ej_date first = date_of(2023, 9, 1);
  const ej_date last = date_of(2024, 6, 28);
  const ej_date leap = date_of(2023, 2, 29);
  const ej_date month = date_of(2024, 13, 1);
  const ej_date ancient = date_of(1399, 12, 31);
  size_t count = 0;
  int32_t flag = 0;
  CHECK_ERROR(ej_school_year_new(&year, "2023/2024", &leap, &last, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "argument 'first' is 2023-02-29, not a date of years 1400..9999");
  CHECK(year == NULL);
  CHECK_ERROR(ej_school_year_new(&year, "2023/2024", &first, &month, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "argument 'last' is 2024-13-01, not a date");
  CHECK_ERROR(ej_school_year_new(&year, "2023/2024", &ancient, &last, EJ_WEEK_FIVE_DAY),
              EJ_EINVALID, "argument 'first' is 1399-12-31, not a date");
  CHECK_ERROR(ej_school_year_new(&year, "2023/2024", &last, &first, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "year '2023/2024' ends 2023-09-01, before it starts 2024-06-28");
  CHECK_ERROR(ej_school_year_new(&year, "2023/2024", &first, &last, 7), EJ_EINVALID,
              "argument 'week' is 7, not an ej_work_week (5 or 6)");
  CHECK_ERROR(ej_school_year_new(&year, "", &first, &last, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "the year has an empty name");
  CHECK_ERROR(ej_school_year_new(&year, "\xC0\xAF", &first, &last, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "'name' is not valid UTF-8");
  CHECK_ERROR(ej_school_year_new(&year, NULL, &first, &last, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "argument 'name' is NULL");
  CHECK_ERROR(ej_school_year_new(&year, "x", NULL, &last, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "argument 'first' is NULL");
  CHECK_ERROR(ej_school_year_new(NULL, "x", &first, &last, EJ_WEEK_FIVE_DAY), EJ_EINVALID,
              "argument 'out' is NULL");
  CHECK_ERROR(ej_school_year_typical(NULL, 2024), EJ_EINVALID, "argument 'out' is NULL");
  CHECK_ERROR(ej_school_year_add_term(NULL, "I", &first, &last), EJ_EINVALID,
              "argument 'year' is NULL");
  CHECK_ERROR(ej_school_year_validate(NULL), EJ_EINVALID, "argument 'year' is NULL");
  CHECK_ERROR(ej_school_year_count_school_days(&count, NULL, &first, &last), EJ_EINVALID,
              "argument 'year' is NULL");
  ej_school_year_free(NULL);
  if (!CHECK_OK(ej_school_year_new(&year, "2023/2024", &first, &last, EJ_WEEK_FIVE_DAY))) return;
  CHECK_ERROR(ej_school_year_add_term(year, "I", &leap, &last), EJ_EINVALID,
              "argument 'first' is 2023-02-29");
  CHECK_ERROR(ej_school_year_add_holiday(year, "Зима", &first, NULL), EJ_EINVALID,
              "argument 'last' is NULL");
  CHECK_ERROR(ej_school_year_add_day_off(year, &month), EJ_EINVALID,
              "argument 'date' is 2024-13-01");
  CHECK_ERROR(ej_school_year_add_make_up_day(year, &first, 8), EJ_EINVALID,
              "argument 'follows' is 8, not an ej_weekday 1 (Monday) .. 7 (Sunday)");
  CHECK_ERROR(ej_school_year_set_bells(year, NULL, 1), EJ_EINVALID, "argument 'bells' is NULL");
  CHECK_ERROR(ej_school_year_is_school_day(&flag, year, &leap), EJ_EINVALID,
              "argument 'date' is 2023-02-29");
  CHECK_ERROR(ej_school_year_is_school_day(NULL, year, &first), EJ_EINVALID,
              "argument 'out' is NULL");
  CHECK_ERROR(ej_school_year_count_school_days(&count, year, &last, &first), EJ_EINVALID,
              "the range 2024-06-28 to 2023-09-01 ends before it starts");
  CHECK_ERROR(ej_school_year_school_days(NULL, 1, &count, year, &first, &last), EJ_EINVALID,
              "argument 'out' is NULL");
  CHECK_ERROR(ej_school_year_school_days(NULL, 0, NULL, year, &first, &last), EJ_EINVALID,
              "argument 'count' is NULL");
  CHECK_ERROR(ej_school_year_term_index(&flag, year, NULL), EJ_EINVALID, "argument 'date' is NULL");
  CHECK_OK(ej_school_year_add_term(year, "", &first, &last));
  CHECK_ERROR(ej_school_year_validate(year), EJ_EINVALID, "term 0 has an empty name");
  CHECK_ERROR(ej_school_year_term_index(&flag, year, &first), EJ_EINVALID,
              "term 0 has an empty name");
  ej_school_year_free(year);
}

int main(void) {
  test_school_days();
  test_terms();
  test_lesson_dates();
  test_typical_year();
  test_days_and_bells();
  test_bad_input();
  return check_finish("capi_calendar");
}
