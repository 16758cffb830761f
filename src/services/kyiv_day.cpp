// Through ICU, like text::format_date, so that both agree on the zone's rules; the machine's own
// zone never matters.
#include "kyiv_day.hpp"

#include <chrono>
#include <string>

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include "ejournal/error.hpp"

namespace ejournal::services::detail {

namespace {

void check_icu(UErrorCode status) {
  if (U_FAILURE(status)) {
    throw Error(Errc::unsupported, ErrorDomain::internal,
                std::string("ICU calendar failed: ") + u_errorName(status));
  }
}

}  // namespace

text::CalendarDate kyiv_day(model::Instant instant) {
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("Europe/Kyiv"), status);
  check_icu(status);
  calendar.setGregorianChange(-U_DATE_MAX, status);
  check_icu(status);
  const auto millis = std::chrono::floor<std::chrono::milliseconds>(instant.time_since_epoch());
  calendar.setTime(static_cast<UDate>(millis.count()), status);
  check_icu(status);
  const text::CalendarDate day{calendar.get(UCAL_EXTENDED_YEAR, status),
                               calendar.get(UCAL_MONTH, status) + 1,
                               calendar.get(UCAL_DATE, status)};
  check_icu(status);
  return day;
}

}  // namespace ejournal::services::detail
