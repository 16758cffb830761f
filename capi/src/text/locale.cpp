// Dates and counted nouns: ej_date_format, ej_count_format.
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/locale_format.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
using ejournal::text::DateStyle;

namespace {

DateStyle style_of(int32_t style) {
  switch (style) {
    case EJ_DATE_LONG: return DateStyle::long_date;
    case EJ_DATE_MONTH_YEAR: return DateStyle::month_year;
    case EJ_DATE_WEEKDAY: return DateStyle::weekday;
    case EJ_DATE_NUMERIC: return DateStyle::numeric;
    default:
      throw ejournal::Error(ejournal::Errc::invalid, ejournal::ErrorDomain::argument,
                            "style " + std::to_string(style) + " is not an ej_date_style");
  }
}

std::string locale_of(const char* locale) {
  return locale == nullptr ? std::string("uk") : capi::read_text(locale, "locale");
}

}  // namespace

extern "C" {

int ej_date_format(char** out, const ej_date* date, int32_t style, const char* locale) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(date, "date");
    const ejournal::text::CalendarDate day{date->year, date->month, date->day};
    *out = capi::hand_out(ejournal::text::format_date(day, style_of(style), locale_of(locale)));
    return EJ_OK;
  });
}

int ej_count_format(char** out, int64_t n, const char* locale, const char* one, const char* few,
                    const char* many, const char* other) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const std::string one_form = capi::read_text(one, "one", true);
    const std::string few_form = capi::read_text(few, "few", true);
    const std::string many_form = capi::read_text(many, "many", true);
    const std::string other_form = capi::read_text(other, "other", true);
    *out = capi::hand_out(ejournal::text::format_count(
        n, {one_form, few_form, many_form, other_form}, locale_of(locale)));
    return EJ_OK;
  });
}

}  // extern "C"
