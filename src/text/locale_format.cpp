// Dates go through SimpleDateFormat with fixed patterns (toolchain.md §5) rather than the
// locale's DateFormat styles, so that the output is exactly the one documented; the calendar is
// proleptic Gregorian in Europe/Kyiv so that neither the machine's zone nor the Julian switch
// of 1582 moves the day.
#include "ejournal/text/locale_format.hpp"

#include <memory>
#include <string>

#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include "ejournal/error.hpp"

namespace ejournal::text {

namespace {

[[noreturn]] void fail(Errc code, const std::string& message) {
  throw Error(code, ErrorDomain::text, message);
}

// Only the two languages the journal is written in; ICU would silently fall back for others.
icu::Locale locale_of(std::string_view name) {
  if (name == "uk") return icu::Locale("uk");
  if (name == "en") return icu::Locale("en");
  fail(Errc::invalid, "unknown locale '" + std::string(name) + "'; expected 'uk' or 'en'");
}

void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(Errc::unsupported, ErrorDomain::internal,
                std::string("ICU ") + what + " failed: " + u_errorName(status));
  }
}

bool is_leap(std::int32_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

std::int32_t days_in_month(std::int32_t year, std::int32_t month) {
  constexpr std::int32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

std::string iso_of(const CalendarDate& date) {
  return std::to_string(date.year) + "-" + std::to_string(date.month) + "-" +
         std::to_string(date.day);
}

void check_date(const CalendarDate& date) {
  const bool valid = date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
                     date.day >= 1 && date.day <= days_in_month(date.year, date.month);
  if (!valid) {
    fail(Errc::invalid,
         "date " + iso_of(date) + " (year-month-day) does not exist or is outside years 1..9999");
  }
}

const char* pattern_of(DateStyle style, bool ukrainian) {
  switch (style) {
    case DateStyle::long_date: return ukrainian ? "d MMMM y 'р.'" : "d MMMM y";
    case DateStyle::month_year: return "LLLL y";
    case DateStyle::weekday: return "EEEE";
    case DateStyle::numeric: return ukrainian ? "dd.MM.y" : "dd/MM/y";
  }
  fail(Errc::invalid, "unknown date style " + std::to_string(static_cast<int>(style)));
}

}  // namespace

std::string format_date(const CalendarDate& date, DateStyle style, std::string_view locale) {
  const icu::Locale icu_locale = locale_of(locale);
  check_date(date);
  const char* pattern = pattern_of(style, locale == "uk");

  UErrorCode status = U_ZERO_ERROR;
  auto calendar = std::make_unique<icu::GregorianCalendar>(
      icu::TimeZone::createTimeZone("Europe/Kyiv"), icu_locale, status);
  check_icu(status, "calendar");
  calendar->setGregorianChange(-U_DATE_MAX, status);
  check_icu(status, "calendar");
  calendar->clear();
  // Noon keeps the day clear of any daylight-saving shift at midnight.
  calendar->set(date.year, date.month - 1, date.day, 12, 0, 0);
  const UDate moment = calendar->getTime(status);
  check_icu(status, "calendar");

  icu::SimpleDateFormat format(icu::UnicodeString::fromUTF8(pattern), icu_locale, status);
  check_icu(status, "date format");
  format.adoptCalendar(calendar.release());
  icu::UnicodeString text;
  format.format(moment, text);
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

std::string format_count(std::int64_t n, const CountForms& forms, std::string_view locale) {
  const icu::Locale icu_locale = locale_of(locale);
  if (n > kMaxCount || n < -kMaxCount) {
    fail(Errc::range, "count " + std::to_string(n) + " is outside ±2^53");
  }
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu_locale, status));
  check_icu(status, "plural rules");
  std::string category;
  rules->select(static_cast<double>(n)).toUTF8String(category);

  std::string_view form = forms.other;
  if (category == "one" && !forms.one.empty()) form = forms.one;
  if (category == "few" && !forms.few.empty()) form = forms.few;
  if (category == "many" && !forms.many.empty()) form = forms.many;
  if (form.empty()) {
    fail(Errc::invalid, "no form for " + std::to_string(n) + " (plural category '" + category +
                            "' in locale '" + std::string(locale) + "', and no 'other' form)");
  }
  return std::to_string(n) + " " + std::string(form);
}

}  // namespace ejournal::text
