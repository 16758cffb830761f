// The ej_school_year handle and the conversions of the calendar's C types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ejournal.h"
#include "ejournal/calendar/calendar.hpp"

struct ej_school_year {
  ejournal::calendar::SchoolYear year;
};

namespace ejournal::capi {

/// The date `date` names; Error(invalid, argument) naming `parameter` when it is NULL or does
/// not exist ("argument 'first' is 2023-02-29, not a date of years 1400..9999").
calendar::Date read_date(const ej_date* date, std::string_view parameter);

/// `date` as an ej_date.
ej_date write_date(calendar::Date date) noexcept;

/// The weekday of an ej_weekday (1 = Monday … 7 = Sunday); Error(invalid, argument) naming
/// `parameter` otherwise.
calendar::Weekday read_weekday(std::int32_t weekday, std::string_view parameter);

/// The ej_weekday of `weekday`.
std::int32_t write_weekday(calendar::Weekday weekday) noexcept;

/// The year behind a handle, checked by calendar::validate(); Error(invalid) when the handle is
/// NULL or the year is invalid.
const calendar::SchoolYear& valid_year(const ej_school_year* handle);

/// `index` as a position in a list of `count` items of `what`; Error(range, argument) otherwise.
std::size_t item_index(std::int32_t index, std::size_t count, std::string_view what);

/// `count` as an int32_t for the *_count getters (lists are far shorter than 2^31).
std::int32_t item_count(std::size_t count) noexcept;

}  // namespace ejournal::capi
