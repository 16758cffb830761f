#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "ejournal/calendar/calendar.hpp"
#include "expect_invalid.hpp"

namespace {

using namespace ejournal::calendar;
using boost::date_time::Monday;
using boost::date_time::Saturday;
using boost::date_time::Sunday;
using ejournal::calendar::testing::expect_invalid;

Date day(int month, int d, int year = 2024) {
  return Date(year, month, d);
}

SchoolYear valid_year() {
  SchoolYear year;
  year.name = "2024/2025";
  year.first = day(9, 2);
  year.last = day(6, 30, 2025);
  year.terms = {{"I семестр", day(9, 2), day(12, 27)},
                {"II семестр", day(1, 13, 2025), day(5, 30, 2025)}};
  year.holidays = {{"Осінні канікули", day(10, 28), day(11, 3)}};
  year.make_up_days = {{day(10, 19), Monday}};
  year.days_off = {day(10, 14)};
  return year;
}

// validate() of valid_year() changed by `change` must fail with exactly `message`.
void expect_refused(const std::function<void(SchoolYear&)>& change, const std::string& message) {
  SchoolYear year = valid_year();
  change(year);
  expect_invalid([&] { validate(year); }, message);
}

TEST(Validate, AcceptsAValidYear) {
  EXPECT_NO_THROW(validate(valid_year()));
  SchoolYear bare;
  bare.name = "2024";
  bare.first = bare.last = day(9, 2);
  EXPECT_NO_THROW(validate(bare));
  bare.last = bare.first + boost::gregorian::days(kMaxYearDays - 1);
  EXPECT_NO_THROW(validate(bare));
}

TEST(Validate, TheYearItself) {
  expect_refused([](SchoolYear& y) { y.name.clear(); }, "the year has an empty name");
  expect_refused([](SchoolYear& y) { y.name = "20\xC0\xAF"; },
                 "the year name is not valid UTF-8 (byte offset 2)");
  expect_refused([](SchoolYear& y) { y.first = Date(); }, "the year's first day is not a date");
  expect_refused([](SchoolYear& y) { y.last = Date(boost::gregorian::pos_infin); },
                 "the year's last day is not a date");
  expect_refused([](SchoolYear& y) { y.last = day(9, 1); },
                 "year '2024/2025' ends 2024-09-01, before it starts 2024-09-02");
  expect_refused([](SchoolYear& y) { y.last = y.first + boost::gregorian::days(kMaxYearDays); },
                 "year '2024/2025' spans 401 days (2024-09-02 to 2025-10-07); at most 400 are "
                 "allowed");
  expect_refused([](SchoolYear& y) { y.week = static_cast<WorkWeek>(7); },
                 "week 7 is neither a 5-day nor a 6-day week");
}

TEST(Validate, Terms) {
  expect_refused([](SchoolYear& y) { y.terms[1].name.clear(); }, "term 1 has an empty name");
  expect_refused([](SchoolYear& y) { y.terms[0].name = "I \xFF"; },
                 "term 0 name is not valid UTF-8 (byte offset 2)");
  expect_refused([](SchoolYear& y) { y.terms[0].first = Date(); },
                 "term 'I семестр' first day is not a date");
  expect_refused([](SchoolYear& y) { y.terms[0].last = Date(); },
                 "term 'I семестр' last day is not a date");
  expect_refused([](SchoolYear& y) { y.terms[1].last = day(1, 12, 2025); },
                 "term 'II семестр' ends 2025-01-12, before it starts 2025-01-13");
  expect_refused([](SchoolYear& y) { y.terms[0].first = day(9, 1); },
                 "term 'I семестр' starts 2024-09-01, before the year's first day 2024-09-02");
  expect_refused([](SchoolYear& y) { y.terms[1].last = day(7, 1, 2025); },
                 "term 'II семестр' ends 2025-07-01, after the year's last day 2025-06-30");
  expect_refused([](SchoolYear& y) { y.terms[1].first = day(12, 27); },
                 "term 'II семестр' starts 2024-12-27, not after term 'I семестр' ends "
                 "2024-12-27");
  expect_refused([](SchoolYear& y) { std::swap(y.terms[0], y.terms[1]); },
                 "term 'I семестр' starts 2024-09-02, not after term 'II семестр' ends "
                 "2025-05-30");
}

TEST(Validate, Holidays) {
  expect_refused([](SchoolYear& y) { y.holidays[0].name.clear(); }, "holiday 0 has an empty name");
  expect_refused(
      [](SchoolYear& y) {
        y.holidays.push_back({"\xED\xA0\x80", day(1, 1, 2025), day(1, 1, 2025)});
      },
      "holiday 1 name is not valid UTF-8 (byte offset 0)");
  expect_refused([](SchoolYear& y) { y.holidays[0].last = day(10, 27); },
                 "holiday 'Осінні канікули' ends 2024-10-27, before it starts 2024-10-28");
  expect_refused([](SchoolYear& y) { y.holidays[0].first = day(8, 26); },
                 "holiday 'Осінні канікули' starts 2024-08-26, before the year's first day "
                 "2024-09-02");
  expect_refused(
      [](SchoolYear& y) {
        y.holidays.push_back({"Літо", day(6, 1, 2025), day(8, 31, 2025)});
      },
      "holiday 'Літо' ends 2025-08-31, after the year's last day 2025-06-30");
}

TEST(Validate, MakeUpDays) {
  expect_refused([](SchoolYear& y) { y.make_up_days[0].date = Date(); },
                 "make-up day is not a date");
  expect_refused([](SchoolYear& y) { y.make_up_days[0].date = day(8, 31); },
                 "make-up day 2024-08-31 is outside the year 2024-09-02 to 2025-06-30");
  expect_refused([](SchoolYear& y) { y.make_up_days[0].date = day(10, 18); },
                 "make-up day 2024-10-18 is a Friday, already a working day of the 5-day week");
  expect_refused(
      [](SchoolYear& y) {
        y.week = WorkWeek::six_day;
        y.days_off.clear();
      },
      "make-up day 2024-10-19 is a Saturday, already a working day of the 6-day week");
  expect_refused([](SchoolYear& y) { y.make_up_days[0].follows = Saturday; },
                 "make-up day 2024-10-19 follows Saturday, not a working day of the 5-day week");
  expect_refused(
      [](SchoolYear& y) {
        y.make_up_days.push_back({day(10, 19), Monday});
      },
      "make-up day 2024-10-19 is listed twice");
}

TEST(Validate, DaysOff) {
  expect_refused([](SchoolYear& y) { y.days_off[0] = Date(); }, "day off is not a date");
  expect_refused([](SchoolYear& y) { y.days_off[0] = day(7, 1, 2025); },
                 "day off 2025-07-01 is outside the year 2024-09-02 to 2025-06-30");
  expect_refused([](SchoolYear& y) { y.days_off[0] = day(10, 20); },
                 "day off 2024-10-20 is a Sunday, not a working day of the 5-day week");
  expect_refused([](SchoolYear& y) { y.days_off.push_back(day(10, 14)); },
                 "day off 2024-10-14 is listed twice");
}

}  // namespace
