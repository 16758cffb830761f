// Academic years (ua-school.md §6): terms, holidays, working week, make-up days and days off;
// which dates are school days, and on which dates a weekly timetable's lessons fall.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "ejournal/calendar/bells.hpp"

namespace ejournal::calendar {

/// A calendar date (proleptic Gregorian, years 1400..9999).
using Date = boost::gregorian::date;
/// boost::date_time::Sunday (0) … Saturday (6).
using Weekday = boost::date_time::weekdays;

/// The dates first..last, both included.
struct DateRange {
  Date first;
  Date last;
};

/// A semester or quarter; its dates are inclusive.
struct Term {
  std::string name;
  Date first;
  Date last;
};

/// A holiday period (канікули) or a public holiday; its dates are inclusive.
struct Holiday {
  std::string name;
  Date first;
  Date last;
};

/// The working week: Monday–Friday or Monday–Saturday.
enum class WorkWeek { five_day = 5, six_day = 6 };

/// A weekend date made a school day (відпрацювання), with the timetable of the working weekday
/// `follows` ("Saturday 16 November works by Monday's timetable").
struct MakeUpDay {
  Date date;
  Weekday follows;
};

/// The longest school year validate() accepts, in days.
inline constexpr int kMaxYearDays = 400;

/// One school's academic year.
///
/// A date is a school day when it lies inside the year and, if the year has terms, inside a
/// term, and either it is a make-up day or it is a working weekday of `week` that is neither in
/// a holiday nor a day off. Days between terms, and after the last one, are never school days.
struct SchoolYear {
  std::string name;  ///< "2024/2025"
  Date first;
  Date last;
  std::vector<Term> terms;  ///< in date order, not overlapping; may be empty
  std::vector<Holiday> holidays;
  WorkWeek week = WorkWeek::five_day;
  std::vector<MakeUpDay> make_up_days;  ///< on days outside the working week
  std::vector<Date> days_off;           ///< single non-school working weekdays
  BellSchedule bells;
};

/// Checks `year`, throwing Error(invalid, argument) at the first problem with a message naming
/// the field and its value ("term 'II семестр' ends 2025-07-01, after the year's last day
/// 2025-06-30"): the year's name is non-empty valid UTF-8; its days are real dates, first ≤ last,
/// at most kMaxYearDays days; `week` is 5- or 6-day; every term and holiday is named (valid
/// UTF-8), first ≤ last, inside the year; terms are in date order and do not overlap; make-up
/// days are inside the year, on a day outside the working week, follow a working weekday and
/// are not listed twice; days off are inside the year, on a working weekday and not listed
/// twice (so no date is both).
void validate(const SchoolYear& year);

/// The weekday of `date`.
[[nodiscard]] Weekday weekday_of(Date date);
/// True for Monday–Friday, and Saturday in a 6-day week.
[[nodiscard]] bool is_working_weekday(WorkWeek week, Weekday day) noexcept;

/// Whether `date` is a school day of `year` (see SchoolYear); false for a special (not-a-date)
/// value. The year should have passed validate().
[[nodiscard]] bool is_school_day(const SchoolYear& year, Date date);

/// The school days of `year` in `range`, ascending. Throws Error(invalid, argument) when the
/// range holds a special value or ends before it starts.
[[nodiscard]] std::vector<Date> school_days(const SchoolYear& year, DateRange range);

/// How many school days of `year` lie in `range`; errors as school_days().
[[nodiscard]] std::size_t count_school_days(const SchoolYear& year, DateRange range);

/// The index in `year.terms` of the term that contains `date`, or nullopt (before the first
/// term, between terms, after the last one).
[[nodiscard]] std::optional<std::size_t> term_index(const SchoolYear& year, Date date);

/// A lesson of the weekly timetable: the `lesson_number`-th lesson of every `weekday`.
struct TimetableSlot {
  Weekday weekday;
  int lesson_number;
};

/// A lesson on a date.
struct LessonSlot {
  Date date;
  int lesson_number;

  friend bool operator==(const LessonSlot&, const LessonSlot&) = default;
};

/// Every lesson of `timetable` that falls in `range`: for each school day, ascending, the slots
/// of its weekday — for a make-up day, the weekday it follows — in lesson-number order.
/// Throws Error(invalid, argument) for a bad range (as school_days()), a slot on a day outside
/// the working week, a negative lesson number, a lesson missing from a non-empty bell
/// schedule, or a slot listed twice; the message names the slot by its index.
[[nodiscard]] std::vector<LessonSlot> lesson_dates(const SchoolYear& year,
                                                   std::span<const TimetableSlot> timetable,
                                                   DateRange range);

/// A typical Ukrainian school year starting in `start_year`, as data. Schools set their own
/// dates (the pedagogical council decides, ua-school.md §6); this is only a starting point to
/// edit. Named "<start_year>/<start_year + 1>":
/// - the year runs from the first weekday on or after 1 September to 30 June;
/// - "I семестр" from the first day to the last weekday on or before 27 December;
/// - "II семестр" from the first Monday on or after 7 January to the last weekday of May;
/// - "Осінні канікули": the Monday–Sunday week that contains 1 November;
/// - "Зимові канікули": from the day after the I semester to the day before the II semester;
/// - "Весняні канікули": the Monday–Sunday week that contains 28 March;
/// - a 5-day week, no make-up days or days off;
/// - 7 lessons of 45 minutes from 08:30 with 10-minute breaks and a 20-minute break after the
///   3rd lesson (08:30–09:15, 09:25–10:10, 10:20–11:05, 11:25–12:10, 12:20–13:05, 13:15–14:00,
///   14:10–14:55).
/// These rules give 175–179 school days, the legal minimum or more, in every year.
/// Throws Error(range, argument) unless 1400 ≤ start_year ≤ 9998.
[[nodiscard]] SchoolYear ukrainian_typical_year(int start_year);

}  // namespace ejournal::calendar
