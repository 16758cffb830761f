// Private helpers of the calendar module: messages that name dates and weekdays.
#pragma once

#include <string>

#include "ejournal/calendar/calendar.hpp"

namespace ejournal::calendar::detail {

/// Throws Error(invalid, argument) with `message`.
[[noreturn]] void invalid(const std::string& message);

/// "2024-09-02"; "not-a-date" for a special value.
std::string iso(Date date);

/// "Monday" … "Sunday".
std::string weekday_name(Weekday day);

}  // namespace ejournal::calendar::detail
