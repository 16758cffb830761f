// Dates and counted nouns in Ukrainian and English, through ICU (Europe/Kyiv time zone).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ejournal::text {

/// A calendar date in the proleptic Gregorian calendar; month and day count from 1.
struct CalendarDate {
  std::int32_t year;
  std::int32_t month;
  std::int32_t day;
};

/// How format_date writes a date; the examples are 2024-09-01 in "uk" and "en".
enum class DateStyle {
  long_date,   ///< "1 вересня 2024 р." / "1 September 2024"
  month_year,  ///< nominative month for headers: "вересень 2024" / "September 2024"
  weekday,     ///< "неділя" / "Sunday"
  numeric,     ///< "01.09.2024" / "01/09/2024"
};

/// `date` in `locale` ("uk" or "en"). Throws Error(invalid) naming the date when it does not
/// exist (2023-02-29, month 13) or its year is outside 1..9999, and naming the locale when it
/// is neither "uk" nor "en".
std::string format_date(const CalendarDate& date, DateStyle style, std::string_view locale = "uk");

/// The forms of a noun after a number, by CLDR plural category; an empty form is absent.
/// Ukrainian integers use one/few/many (1 пропуск, 2 пропуски, 5 пропусків); English one/other.
struct CountForms {
  std::string_view one;
  std::string_view few;
  std::string_view many;
  std::string_view other;
};

/// The largest |n| format_count takes: ICU selects the plural category from a double.
inline constexpr std::int64_t kMaxCount = std::int64_t{1} << 53;

/// "<n> <form>", the form chosen by the ICU plural rules of `locale` ("uk" or "en"); when the
/// form of that category is empty, `other` is used. 21 → "21 пропуск", 11 → "11 пропусків".
/// Throws Error(invalid) naming the locale, or the category and n when no form fits, and
/// Error(range) when |n| > kMaxCount.
std::string format_count(std::int64_t n, const CountForms& forms, std::string_view locale = "uk");

}  // namespace ejournal::text
