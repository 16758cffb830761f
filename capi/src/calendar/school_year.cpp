// Building and reading an ej_school_year: ej_school_year_new, _typical, _free, the adders,
// _set_bells, _validate and the getters.
#include "school_year.hpp"

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "ejournal/error.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace calendar = ejournal::calendar;
using ejournal::Errc;
using ejournal::ErrorDomain;

namespace ejournal::capi {

namespace {

std::string quoted(std::string_view parameter) {
  return "argument '" + std::string(parameter) + "'";
}

bool is_leap(std::int32_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::int32_t days_in_month(std::int32_t year, std::int32_t month) {
  static constexpr std::int32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

}  // namespace

calendar::Date read_date(const ej_date* date, std::string_view parameter) {
  require(date, parameter);
  const bool exists = date->year >= 1400 && date->year <= 9999 && date->month >= 1 &&
                      date->month <= 12 && date->day >= 1 &&
                      date->day <= days_in_month(date->year, date->month);
  if (!exists) {
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(date->year),
                  static_cast<int>(date->month), static_cast<int>(date->day));
    throw Error(Errc::invalid, ErrorDomain::argument,
                quoted(parameter) + " is " + text + ", not a date of years 1400..9999");
  }
  return calendar::Date(static_cast<unsigned short>(date->year),
                        static_cast<unsigned short>(date->month),
                        static_cast<unsigned short>(date->day));
}

ej_date write_date(calendar::Date date) noexcept {
  const auto ymd = date.year_month_day();
  return ej_date{static_cast<int32_t>(ymd.year), static_cast<int32_t>(ymd.month),
                 static_cast<int32_t>(ymd.day)};
}

calendar::Weekday read_weekday(std::int32_t weekday, std::string_view parameter) {
  if (weekday < EJ_MONDAY || weekday > EJ_SUNDAY) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                quoted(parameter) + " is " + std::to_string(weekday) +
                    ", not an ej_weekday 1 (Monday) .. 7 (Sunday)");
  }
  return static_cast<calendar::Weekday>(weekday % 7);
}

std::int32_t write_weekday(calendar::Weekday weekday) noexcept {
  const int day = static_cast<int>(weekday);
  return day == 0 ? EJ_SUNDAY : day;
}

const calendar::SchoolYear& valid_year(const ej_school_year* handle) {
  require(handle, "year");
  calendar::validate(handle->year);
  return handle->year;
}

std::size_t item_index(std::int32_t index, std::size_t count, std::string_view what) {
  if (index < 0 || static_cast<std::size_t>(index) >= count) {
    throw Error(Errc::range, ErrorDomain::argument,
                "index " + std::to_string(index) + " is outside the " + std::to_string(count) +
                    " " + std::string(what));
  }
  return static_cast<std::size_t>(index);
}

std::int32_t item_count(std::size_t count) noexcept {
  return static_cast<std::int32_t>(count);
}

}  // namespace ejournal::capi

namespace {

calendar::WorkWeek read_week(int32_t week) {
  if (week != EJ_WEEK_FIVE_DAY && week != EJ_WEEK_SIX_DAY) {
    throw ejournal::Error(
        Errc::invalid, ErrorDomain::argument,
        "argument 'week' is " + std::to_string(week) + ", not an ej_work_week (5 or 6)");
  }
  return static_cast<calendar::WorkWeek>(week);
}

template <class Period>
Period read_period(const char* name, const ej_date* first, const ej_date* last) {
  return Period{capi::read_text(name, "name"), capi::read_date(first, "first"),
                capi::read_date(last, "last")};
}

// Writes a term's or holiday's fields to whichever outputs are not NULL.
template <class Period>
void write_period(char** name, ej_date* first, ej_date* last, const Period& period) {
  if (first != nullptr) *first = capi::write_date(period.first);
  if (last != nullptr) *last = capi::write_date(period.last);
  if (name != nullptr) *name = capi::hand_out(period.name);
}

}  // namespace

extern "C" {

int ej_school_year_new(ej_school_year** out, const char* name, const ej_date* first,
                       const ej_date* last, int32_t week) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    calendar::SchoolYear year;
    year.name = capi::read_text(name, "name");
    year.first = capi::read_date(first, "first");
    year.last = capi::read_date(last, "last");
    year.week = read_week(week);
    calendar::validate(year);
    *out = new ej_school_year{std::move(year)};
    return EJ_OK;
  });
}

int ej_school_year_typical(ej_school_year** out, int32_t start_year) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_school_year{calendar::ukrainian_typical_year(start_year)};
    return EJ_OK;
  });
}

void ej_school_year_free(ej_school_year* year) {
  delete year;
}

int ej_school_year_add_term(ej_school_year* year, const char* name, const ej_date* first,
                            const ej_date* last) {
  return capi::guarded([&] {
    capi::require(year, "year");
    year->year.terms.push_back(read_period<calendar::Term>(name, first, last));
    return EJ_OK;
  });
}

int ej_school_year_add_holiday(ej_school_year* year, const char* name, const ej_date* first,
                               const ej_date* last) {
  return capi::guarded([&] {
    capi::require(year, "year");
    year->year.holidays.push_back(read_period<calendar::Holiday>(name, first, last));
    return EJ_OK;
  });
}

int ej_school_year_add_make_up_day(ej_school_year* year, const ej_date* date, int32_t follows) {
  return capi::guarded([&] {
    capi::require(year, "year");
    const calendar::MakeUpDay day{capi::read_date(date, "date"),
                                  capi::read_weekday(follows, "follows")};
    year->year.make_up_days.push_back(day);
    return EJ_OK;
  });
}

int ej_school_year_add_day_off(ej_school_year* year, const ej_date* date) {
  return capi::guarded([&] {
    capi::require(year, "year");
    year->year.days_off.push_back(capi::read_date(date, "date"));
    return EJ_OK;
  });
}

int ej_school_year_set_bells(ej_school_year* year, const ej_bell* bells, size_t count) {
  return capi::guarded([&] {
    capi::require(year, "year");
    if (count > 0) capi::require(bells, "bells");
    std::vector<calendar::Bell> list;
    list.reserve(count);
    for (size_t i = 0; i < count; ++i) {
      list.push_back({bells[i].number, bells[i].start_minute, bells[i].end_minute});
    }
    year->year.bells = calendar::BellSchedule(std::move(list));
    return EJ_OK;
  });
}

int ej_school_year_validate(const ej_school_year* year) {
  return capi::guarded([&] {
    capi::valid_year(year);
    return EJ_OK;
  });
}

int ej_school_year_info(char** name, ej_date* first, ej_date* last, int32_t* week,
                        const ej_school_year* year) {
  return capi::guarded([&] {
    if (name != nullptr) *name = nullptr;
    capi::require(year, "year");
    if (week != nullptr) *week = static_cast<int32_t>(year->year.week);
    write_period(name, first, last, year->year);
    return EJ_OK;
  });
}

int ej_school_year_term_count(int32_t* out, const ej_school_year* year) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    *out = capi::item_count(year->year.terms.size());
    return EJ_OK;
  });
}

int ej_school_year_term(char** name, ej_date* first, ej_date* last, const ej_school_year* year,
                        int32_t index) {
  return capi::guarded([&] {
    if (name != nullptr) *name = nullptr;
    capi::require(year, "year");
    const auto& terms = year->year.terms;
    write_period(name, first, last, terms[capi::item_index(index, terms.size(), "terms")]);
    return EJ_OK;
  });
}

int ej_school_year_holiday_count(int32_t* out, const ej_school_year* year) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    *out = capi::item_count(year->year.holidays.size());
    return EJ_OK;
  });
}

int ej_school_year_holiday(char** name, ej_date* first, ej_date* last, const ej_school_year* year,
                           int32_t index) {
  return capi::guarded([&] {
    if (name != nullptr) *name = nullptr;
    capi::require(year, "year");
    const auto& holidays = year->year.holidays;
    write_period(name, first, last, holidays[capi::item_index(index, holidays.size(), "holidays")]);
    return EJ_OK;
  });
}

int ej_school_year_make_up_day_count(int32_t* out, const ej_school_year* year) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    *out = capi::item_count(year->year.make_up_days.size());
    return EJ_OK;
  });
}

int ej_school_year_make_up_day(ej_date* date, int32_t* follows, const ej_school_year* year,
                               int32_t index) {
  return capi::guarded([&] {
    capi::require(year, "year");
    const auto& days = year->year.make_up_days;
    const calendar::MakeUpDay& day = days[capi::item_index(index, days.size(), "make-up days")];
    if (date != nullptr) *date = capi::write_date(day.date);
    if (follows != nullptr) *follows = capi::write_weekday(day.follows);
    return EJ_OK;
  });
}

int ej_school_year_day_off_count(int32_t* out, const ej_school_year* year) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    *out = capi::item_count(year->year.days_off.size());
    return EJ_OK;
  });
}

int ej_school_year_day_off(ej_date* out, const ej_school_year* year, int32_t index) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    const auto& days = year->year.days_off;
    *out = capi::write_date(days[capi::item_index(index, days.size(), "days off")]);
    return EJ_OK;
  });
}

int ej_school_year_bell_count(int32_t* out, const ej_school_year* year) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    *out = capi::item_count(year->year.bells.bells().size());
    return EJ_OK;
  });
}

int ej_school_year_bell(ej_bell* out, const ej_school_year* year, int32_t index) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::require(year, "year");
    const auto& bells = year->year.bells.bells();
    const calendar::Bell& bell = bells[capi::item_index(index, bells.size(), "bells")];
    *out = ej_bell{bell.number, bell.start_minute, bell.end_minute};
    return EJ_OK;
  });
}

}  // extern "C"
