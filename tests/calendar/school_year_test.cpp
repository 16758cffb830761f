#include <gtest/gtest.h>

#include <vector>

#include "ejournal/calendar/calendar.hpp"
#include "expect_invalid.hpp"

namespace {

using namespace ejournal::calendar;
using boost::date_time::Friday;
using boost::date_time::Monday;
using boost::date_time::Saturday;
using boost::date_time::Sunday;
using boost::date_time::Thursday;
using boost::date_time::Tuesday;
using boost::date_time::Wednesday;
using ejournal::calendar::testing::expect_invalid;

Date day(int month, int d, int year = 2024) {
  return Date(year, month, d);
}

// 2024/2025 with two semesters, autumn and winter holidays.
SchoolYear sample_year() {
  SchoolYear year;
  year.name = "2024/2025";
  year.first = day(9, 2);
  year.last = day(6, 30, 2025);
  year.terms = {{"I семестр", day(9, 2), day(12, 27)},
                {"II семестр", day(1, 13, 2025), day(5, 30, 2025)}};
  year.holidays = {{"Осінні канікули", day(10, 28), day(11, 3)},
                   {"Зимові канікули", day(12, 28), day(1, 12, 2025)}};
  return year;
}

std::vector<Date> dates(std::initializer_list<Date> list) {
  return list;
}

TEST(SchoolDays, AWeekWithAHolidayWeek) {
  const SchoolYear year = sample_year();
  EXPECT_EQ(school_days(year, {day(10, 21), day(11, 10)}),
            dates({day(10, 21), day(10, 22), day(10, 23), day(10, 24), day(10, 25), day(11, 4),
                   day(11, 5), day(11, 6), day(11, 7), day(11, 8)}));
  EXPECT_EQ(count_school_days(year, {day(10, 21), day(11, 10)}), 10U);
  EXPECT_TRUE(is_school_day(year, day(10, 25)));
  EXPECT_FALSE(is_school_day(year, day(10, 26)));  // Saturday
  EXPECT_FALSE(is_school_day(year, day(10, 28)));  // holiday Monday
  EXPECT_FALSE(is_school_day(year, day(11, 3)));
  EXPECT_TRUE(is_school_day(year, day(11, 4)));
}

TEST(SchoolDays, OnlyInsideTheYearAndItsTerms) {
  const SchoolYear year = sample_year();
  EXPECT_FALSE(is_school_day(year, day(8, 30)));
  EXPECT_TRUE(is_school_day(year, day(9, 2)));
  EXPECT_TRUE(is_school_day(year, day(12, 27)));
  EXPECT_FALSE(is_school_day(year, day(1, 10, 2025)));  // winter holidays
  EXPECT_TRUE(is_school_day(year, day(1, 13, 2025)));
  EXPECT_TRUE(is_school_day(year, day(5, 30, 2025)));
  EXPECT_FALSE(is_school_day(year, day(6, 2, 2025)));  // after the last term
  EXPECT_FALSE(is_school_day(year, Date()));
  EXPECT_EQ(school_days(year, {day(8, 26), day(9, 3)}), dates({day(9, 2), day(9, 3)}));
  EXPECT_EQ(count_school_days(year, {day(5, 26, 2025), day(6, 30, 2025)}), 5U);
  EXPECT_EQ(count_school_days(year, {day(7, 1, 2025), day(7, 31, 2025)}), 0U);
}

TEST(SchoolDays, WithoutTermsTheWholeYearCounts) {
  SchoolYear year = sample_year();
  year.terms.clear();
  EXPECT_TRUE(is_school_day(year, day(6, 2, 2025)));
  EXPECT_EQ(count_school_days(year, {day(6, 2, 2025), day(7, 4, 2025)}), 21U);
}

TEST(SchoolDays, SixDayWeek) {
  SchoolYear year = sample_year();
  year.week = WorkWeek::six_day;
  EXPECT_EQ(school_days(year, {day(9, 2), day(9, 9)}),
            dates({day(9, 2), day(9, 3), day(9, 4), day(9, 5), day(9, 6), day(9, 7), day(9, 9)}));
  EXPECT_TRUE(is_school_day(year, day(9, 7)));
  EXPECT_FALSE(is_school_day(year, day(9, 8)));   // Sunday
  EXPECT_FALSE(is_school_day(year, day(11, 2)));  // Saturday in the holidays
}

TEST(SchoolDays, MakeUpDaysAndDaysOff) {
  SchoolYear year = sample_year();
  year.days_off = {day(10, 14)};                      // Monday
  year.make_up_days = {{day(10, 19), Monday}};        // the Saturday after
  year.make_up_days.push_back({day(11, 2), Friday});  // a Saturday inside the holidays
  EXPECT_EQ(school_days(year, {day(10, 14), day(10, 20)}),
            dates({day(10, 15), day(10, 16), day(10, 17), day(10, 18), day(10, 19)}));
  EXPECT_FALSE(is_school_day(year, day(10, 14)));
  EXPECT_TRUE(is_school_day(year, day(10, 19)));
  EXPECT_TRUE(is_school_day(year, day(11, 2)));
  EXPECT_EQ(count_school_days(year, {day(10, 28), day(11, 3)}), 1U);
}

TEST(SchoolDays, RefusesBadRanges) {
  const SchoolYear year = sample_year();
  expect_invalid(
      [&] {
        static_cast<void>(school_days(year, {day(9, 10), day(9, 1)}));
      },
      "the range 2024-09-10 to 2024-09-01 ends before it starts");
  expect_invalid(
      [&] {
        static_cast<void>(count_school_days(year, {Date(), day(9, 1)}));
      },
      "the range not-a-date to 2024-09-01 is not a pair of dates");
}

TEST(TermIndex, BeforeInsideBetweenAndAfterTerms) {
  const SchoolYear year = sample_year();
  EXPECT_EQ(term_index(year, day(9, 1)), std::nullopt);
  EXPECT_EQ(term_index(year, day(9, 2)), 0U);
  EXPECT_EQ(term_index(year, day(12, 27)), 0U);
  EXPECT_EQ(term_index(year, day(12, 28)), std::nullopt);
  EXPECT_EQ(term_index(year, day(1, 12, 2025)), std::nullopt);
  EXPECT_EQ(term_index(year, day(1, 13, 2025)), 1U);
  EXPECT_EQ(term_index(year, day(5, 30, 2025)), 1U);
  EXPECT_EQ(term_index(year, day(5, 31, 2025)), std::nullopt);
  EXPECT_EQ(term_index(year, Date()), std::nullopt);
}

TEST(Weekdays, WorkingWeek) {
  EXPECT_EQ(weekday_of(day(9, 1)), Sunday);
  EXPECT_EQ(weekday_of(day(9, 2)), Monday);
  EXPECT_TRUE(is_working_weekday(WorkWeek::five_day, Friday));
  EXPECT_FALSE(is_working_weekday(WorkWeek::five_day, Saturday));
  EXPECT_TRUE(is_working_weekday(WorkWeek::six_day, Saturday));
  EXPECT_FALSE(is_working_weekday(WorkWeek::six_day, Sunday));
}

TEST(LessonDates, FollowTheTimetableOverATerm) {
  SchoolYear year = sample_year();
  year.terms = {{"I чверть", day(9, 2), day(9, 13)}};
  year.days_off = {day(9, 10)};                       // Tuesday
  year.make_up_days = {{day(9, 14), Tuesday}};        // the Saturday after, outside the term
  year.make_up_days.push_back({day(9, 7), Tuesday});  // Saturday inside the term
  const std::vector<TimetableSlot> timetable = {
      {Thursday, 5}, {Tuesday, 2}, {Tuesday, 1}, {Wednesday, 0}};
  const std::vector<LessonSlot> expected = {{day(9, 3), 1},  {day(9, 3), 2}, {day(9, 4), 0},
                                            {day(9, 5), 5},  {day(9, 7), 1}, {day(9, 7), 2},
                                            {day(9, 11), 0}, {day(9, 12), 5}};
  EXPECT_EQ(lesson_dates(year, timetable, {day(9, 1), day(9, 30)}), expected);
  EXPECT_EQ(lesson_dates(year, timetable, {day(9, 6), day(9, 6)}), std::vector<LessonSlot>{});
  EXPECT_EQ(lesson_dates(year, {}, {day(9, 1), day(9, 30)}), std::vector<LessonSlot>{});
}

TEST(LessonDates, SaturdaysOfASixDayWeek) {
  SchoolYear year = sample_year();
  year.week = WorkWeek::six_day;
  const std::vector<TimetableSlot> timetable = {{Saturday, 3}};
  const std::vector<LessonSlot> expected = {{day(9, 7), 3}, {day(9, 14), 3}};
  EXPECT_EQ(lesson_dates(year, timetable, {day(9, 2), day(9, 15)}), expected);
}

TEST(LessonDates, RefusesBadSlots) {
  SchoolYear year = sample_year();
  const DateRange september{day(9, 1), day(9, 30)};
  const auto refused = [&](std::vector<TimetableSlot> timetable, const std::string& message) {
    expect_invalid([&] { static_cast<void>(lesson_dates(year, timetable, september)); }, message);
  };
  refused({{Monday, 1}, {Saturday, 1}},
          "timetable slot 1 is on Saturday, not a working day of the 5-day week");
  refused({{Sunday, 1}}, "timetable slot 0 is on Sunday, not a working day of the 5-day week");
  refused({{Monday, -1}}, "timetable slot 0 has the negative lesson number -1");
  refused({{Monday, 2}, {Tuesday, 1}, {Monday, 2}}, "timetable slot 2 repeats Monday lesson 2");
  year.bells = BellSchedule({{1, 510, 555}, {2, 565, 610}});
  refused({{Friday, 3}}, "timetable slot 0: lesson 3 is not in the bell schedule");
  expect_invalid(
      [&] {
        static_cast<void>(lesson_dates(year, {}, {day(9, 30), day(9, 1)}));
      },
      "the range 2024-09-30 to 2024-09-01 ends before it starts");
}

}  // namespace
