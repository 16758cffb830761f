// School years: validation, school days, terms and the dates of a weekly timetable.
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
#include <utility>

#include "dates.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::calendar {

namespace detail {

void invalid(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

std::string iso(Date date) {
  if (date.is_special()) return "not-a-date";
  const auto ymd = date.year_month_day();
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(ymd.year),
                static_cast<int>(ymd.month), static_cast<int>(ymd.day));
  return text;
}

std::string weekday_name(Weekday day) {
  static constexpr const char* kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday"};
  return kNames[static_cast<int>(day)];
}

}  // namespace detail

namespace {

using detail::invalid;
using detail::iso;
using detail::weekday_name;

std::string quoted(const std::string& name) {
  return "'" + name + "'";
}

int week_days(WorkWeek week) {
  return static_cast<int>(week);
}

void check_name(const std::string& name, const std::string& what) {
  if (const auto offset = text::find_invalid_utf8(name)) {
    invalid(what + " name is not valid UTF-8 (byte offset " + std::to_string(*offset) + ")");
  }
  if (name.empty()) invalid(what + " has an empty name");
}

void check_date(Date date, const std::string& what) {
  if (date.is_special()) invalid(what + " is not a date");
}

// A term or holiday: named, real dates in order, inside the year.
template <class Period>
void check_period(const SchoolYear& year, const Period& period, const std::string& kind,
                  std::size_t index) {
  check_name(period.name, kind + " " + std::to_string(index));
  const std::string what = kind + " " + quoted(period.name);
  check_date(period.first, what + " first day");
  check_date(period.last, what + " last day");
  if (period.last < period.first) {
    invalid(what + " ends " + iso(period.last) + ", before it starts " + iso(period.first));
  }
  if (period.first < year.first) {
    invalid(what + " starts " + iso(period.first) + ", before the year's first day " +
            iso(year.first));
  }
  if (period.last > year.last) {
    invalid(what + " ends " + iso(period.last) + ", after the year's last day " + iso(year.last));
  }
}

void check_inside(const SchoolYear& year, Date date, const std::string& what) {
  check_date(date, what);
  if (date < year.first || date > year.last) {
    invalid(what + " " + iso(date) + " is outside the year " + iso(year.first) + " to " +
            iso(year.last));
  }
}

std::string week_text(WorkWeek week) {
  return std::to_string(week_days(week)) + "-day week";
}

void check_frame(const SchoolYear& year) {
  check_name(year.name, "the year");
  check_date(year.first, "the year's first day");
  check_date(year.last, "the year's last day");
  if (year.last < year.first) {
    invalid("year " + quoted(year.name) + " ends " + iso(year.last) + ", before it starts " +
            iso(year.first));
  }
  const long days = (year.last - year.first).days() + 1;
  if (days > kMaxYearDays) {
    invalid("year " + quoted(year.name) + " spans " + std::to_string(days) + " days (" +
            iso(year.first) + " to " + iso(year.last) + "); at most " +
            std::to_string(kMaxYearDays) + " are allowed");
  }
  if (year.week != WorkWeek::five_day && year.week != WorkWeek::six_day) {
    invalid("week " + std::to_string(week_days(year.week)) +
            " is neither a 5-day nor a 6-day week");
  }
}

void check_terms(const SchoolYear& year) {
  for (std::size_t i = 0; i < year.terms.size(); ++i) {
    const Term& term = year.terms[i];
    check_period(year, term, "term", i);
    if (i > 0 && term.first <= year.terms[i - 1].last) {
      const Term& previous = year.terms[i - 1];
      invalid("term " + quoted(term.name) + " starts " + iso(term.first) + ", not after term " +
              quoted(previous.name) + " ends " + iso(previous.last));
    }
  }
}

void check_days(const SchoolYear& year) {
  std::set<Date> make_up;
  for (const MakeUpDay& day : year.make_up_days) {
    check_inside(year, day.date, "make-up day");
    const std::string what = "make-up day " + iso(day.date);
    if (is_working_weekday(year.week, weekday_of(day.date))) {
      invalid(what + " is a " + weekday_name(weekday_of(day.date)) +
              ", already a working day of the " + week_text(year.week));
    }
    if (!is_working_weekday(year.week, day.follows)) {
      invalid(what + " follows " + weekday_name(day.follows) + ", not a working day of the " +
              week_text(year.week));
    }
    if (!make_up.insert(day.date).second) invalid(what + " is listed twice");
  }
  std::set<Date> off;
  for (const Date day : year.days_off) {
    check_inside(year, day, "day off");
    const std::string what = "day off " + iso(day);
    if (!is_working_weekday(year.week, weekday_of(day))) {
      invalid(what + " is a " + weekday_name(weekday_of(day)) + ", not a working day of the " +
              week_text(year.week));
    }
    if (!off.insert(day).second) invalid(what + " is listed twice");
  }
}

void check_range(DateRange range) {
  if (range.first.is_special() || range.last.is_special()) {
    invalid("the range " + iso(range.first) + " to " + iso(range.last) + " is not a pair of dates");
  }
  if (range.last < range.first) {
    invalid("the range " + iso(range.first) + " to " + iso(range.last) + " ends before it starts");
  }
}

// Calls `visit(date)` for every school day of `year` in `range`, ascending.
template <class Visit>
void for_each_school_day(const SchoolYear& year, DateRange range, Visit&& visit) {
  check_range(range);
  if (year.first.is_special() || year.last.is_special()) return;
  const Date first = std::max(range.first, year.first);
  const Date last = std::min(range.last, year.last);
  for (Date day = first; day <= last; day += boost::gregorian::days(1)) {
    if (is_school_day(year, day)) visit(day);
  }
}

const MakeUpDay* find_make_up_day(const SchoolYear& year, Date date) {
  for (const MakeUpDay& day : year.make_up_days) {
    if (day.date == date) return &day;
  }
  return nullptr;
}

void check_timetable(const SchoolYear& year, std::span<const TimetableSlot> timetable) {
  std::set<std::pair<int, int>> seen;
  for (std::size_t i = 0; i < timetable.size(); ++i) {
    const TimetableSlot& slot = timetable[i];
    const std::string what = "timetable slot " + std::to_string(i);
    if (!is_working_weekday(year.week, slot.weekday)) {
      invalid(what + " is on " + weekday_name(slot.weekday) + ", not a working day of the " +
              week_text(year.week));
    }
    if (slot.lesson_number < 0) {
      invalid(what + " has the negative lesson number " + std::to_string(slot.lesson_number));
    }
    if (!year.bells.empty() && !year.bells.lesson(slot.lesson_number)) {
      invalid(what + ": lesson " + std::to_string(slot.lesson_number) +
              " is not in the bell schedule");
    }
    if (!seen.emplace(static_cast<int>(slot.weekday), slot.lesson_number).second) {
      invalid(what + " repeats " + weekday_name(slot.weekday) + " lesson " +
              std::to_string(slot.lesson_number));
    }
  }
}

}  // namespace

void validate(const SchoolYear& year) {
  check_frame(year);
  check_terms(year);
  for (std::size_t i = 0; i < year.holidays.size(); ++i) {
    check_period(year, year.holidays[i], "holiday", i);
  }
  check_days(year);
}

Weekday weekday_of(Date date) {
  return static_cast<Weekday>(date.day_of_week().as_number());
}

bool is_working_weekday(WorkWeek week, Weekday day) noexcept {
  if (day == boost::date_time::Sunday) return false;
  if (day == boost::date_time::Saturday) return week == WorkWeek::six_day;
  return day > boost::date_time::Sunday && day < boost::date_time::Saturday;
}

bool is_school_day(const SchoolYear& year, Date date) {
  if (date.is_special() || date < year.first || date > year.last) return false;
  if (!year.terms.empty() && !term_index(year, date)) return false;
  if (find_make_up_day(year, date) != nullptr) return true;
  if (!is_working_weekday(year.week, weekday_of(date))) return false;
  for (const Holiday& holiday : year.holidays) {
    if (date >= holiday.first && date <= holiday.last) return false;
  }
  return std::find(year.days_off.begin(), year.days_off.end(), date) == year.days_off.end();
}

std::vector<Date> school_days(const SchoolYear& year, DateRange range) {
  std::vector<Date> days;
  for_each_school_day(year, range, [&](Date day) { days.push_back(day); });
  return days;
}

std::size_t count_school_days(const SchoolYear& year, DateRange range) {
  std::size_t count = 0;
  for_each_school_day(year, range, [&](Date) { ++count; });
  return count;
}

std::optional<std::size_t> term_index(const SchoolYear& year, Date date) {
  if (date.is_special()) return std::nullopt;
  for (std::size_t i = 0; i < year.terms.size(); ++i) {
    if (date >= year.terms[i].first && date <= year.terms[i].last) return i;
  }
  return std::nullopt;
}

std::vector<LessonSlot> lesson_dates(const SchoolYear& year,
                                     std::span<const TimetableSlot> timetable, DateRange range) {
  check_range(range);
  check_timetable(year, timetable);
  std::vector<TimetableSlot> ordered(timetable.begin(), timetable.end());
  std::sort(ordered.begin(), ordered.end(), [](const TimetableSlot& a, const TimetableSlot& b) {
    return a.lesson_number < b.lesson_number;
  });
  std::vector<LessonSlot> lessons;
  for_each_school_day(year, range, [&](Date day) {
    const MakeUpDay* make_up = find_make_up_day(year, day);
    const Weekday weekday = make_up != nullptr ? make_up->follows : weekday_of(day);
    for (const TimetableSlot& slot : ordered) {
      if (slot.weekday == weekday) lessons.push_back({day, slot.lesson_number});
    }
  });
  return lessons;
}

}  // namespace ejournal::calendar
