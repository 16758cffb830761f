// The journal's wall calendar for instants.
#pragma once

#include "ejournal/model/time.hpp"
#include "ejournal/text/locale_format.hpp"

namespace ejournal::services::detail {

/// The day `instant` falls on in Europe/Kyiv (proleptic Gregorian calendar).
text::CalendarDate kyiv_day(model::Instant instant);

}  // namespace ejournal::services::detail
