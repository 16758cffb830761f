// A typical Ukrainian school year as data (ua-school.md §6); schools edit it to their own dates.
#include <string>

#include "ejournal/calendar/calendar.hpp"
#include "ejournal/error.hpp"

namespace ejournal::calendar {

namespace {

using boost::gregorian::days;

Date on_or_before(Date date, bool (*wanted)(Weekday)) {
  while (!wanted(weekday_of(date))) date -= days(1);
  return date;
}

Date on_or_after(Date date, bool (*wanted)(Weekday)) {
  while (!wanted(weekday_of(date))) date += days(1);
  return date;
}

bool is_weekday(Weekday day) {
  return is_working_weekday(WorkWeek::five_day, day);
}

bool is_monday(Weekday day) {
  return day == boost::date_time::Monday;
}

// The Monday of the Monday–Sunday week that holds `date`.
Date monday_of(Date date) {
  return on_or_before(date, is_monday);
}

Holiday week_holiday(std::string name, Date inside) {
  const Date monday = monday_of(inside);
  return {std::move(name), monday, monday + days(6)};
}

// Lessons of 45 minutes from 08:30: 10-minute breaks, 20 minutes after the 3rd lesson.
BellSchedule typical_bells() {
  constexpr int kLesson = 45;
  std::vector<Bell> bells;
  int start = 8 * 60 + 30;
  for (int number = 1; number <= 7; ++number) {
    bells.push_back({number, start, start + kLesson});
    start += kLesson + (number == 3 ? 20 : 10);
  }
  return BellSchedule(std::move(bells));
}

}  // namespace

SchoolYear ukrainian_typical_year(int start_year) {
  if (start_year < 1400 || start_year > 9998) {
    throw Error(Errc::range, ErrorDomain::argument,
                "start year " + std::to_string(start_year) + " is outside 1400..9998");
  }
  const int next = start_year + 1;
  const Date first = on_or_after(Date(start_year, 9, 1), is_weekday);
  const Date first_term_end = on_or_before(Date(start_year, 12, 27), is_weekday);
  const Date second_term_start = on_or_after(Date(next, 1, 7), is_monday);
  const Date second_term_end = on_or_before(Date(next, 5, 31), is_weekday);

  SchoolYear year;
  year.name = std::to_string(start_year) + "/" + std::to_string(next);
  year.first = first;
  year.last = Date(next, 6, 30);
  year.terms = {{"I семестр", first, first_term_end},
                {"II семестр", second_term_start, second_term_end}};
  year.holidays = {week_holiday("Осінні канікули", Date(start_year, 11, 1)),
                   {"Зимові канікули", first_term_end + days(1), second_term_start - days(1)},
                   week_holiday("Весняні канікули", Date(next, 3, 28))};
  year.week = WorkWeek::five_day;
  year.bells = typical_bells();
  return year;
}

}  // namespace ejournal::calendar
