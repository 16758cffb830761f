// Model values to column values and back (the column conventions of connection.hpp).
#include <chrono>
#include <limits>
#include <string>

#include "connection.hpp"

namespace ejournal::storage::soci_backend {

namespace {

[[noreturn]] void corrupt(std::string_view what, const std::string& text) {
  throw Error(Errc::storage, ErrorDomain::storage,
              "stored " + std::string(what) + " '" + text + "' is malformed");
}

// Reads `count` decimal digits at `text[offset]`, or -1 when one is not a digit.
int digits_at(const std::string& text, std::size_t offset, std::size_t count) {
  int value = 0;
  for (std::size_t i = offset; i < offset + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

void put_digits(std::string& out, int value, int width) {
  std::string digits(static_cast<std::size_t>(width), '0');
  for (int i = width - 1; i >= 0 && value > 0; --i, value /= 10) {
    digits[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
  }
  out += digits;
}

bool fits_int64(grading::Int128 value) noexcept {
  return value >= std::numeric_limits<long long>::min() &&
         value <= std::numeric_limits<long long>::max();
}

}  // namespace

boost::uuids::uuid uuid_from_text(const std::string& text) {
  try {
    return model::parse_uuid(text);
  } catch (const Error&) {
    corrupt("id", text);
  }
}

// Written by hand rather than through Boost's string conversions: a term page reads tens of
// thousands of dates, and these are a few comparisons each.
std::string date_text(model::Date date) {
  if (date.is_special()) {
    throw Error(Errc::invalid, ErrorDomain::storage, "a date to store is not a real date");
  }
  const auto ymd = date.year_month_day();
  std::string text;
  text.reserve(10);
  put_digits(text, ymd.year, 4);
  text += '-';
  put_digits(text, ymd.month, 2);
  text += '-';
  put_digits(text, ymd.day, 2);
  return text;
}

model::Date date_from_text(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') corrupt("date", text);
  const int year = digits_at(text, 0, 4);
  const int month = digits_at(text, 5, 2);
  const int day = digits_at(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) corrupt("date", text);
  try {
    return model::Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                       static_cast<unsigned short>(day));
  } catch (const std::out_of_range&) {
    corrupt("date", text);
  }
}

Nullable<std::string> nullable_date(const std::optional<model::Date>& date) {
  if (!date) return {};
  return {date_text(*date), soci::i_ok};
}

std::optional<model::Date> optional_date(const Nullable<std::string>& column) {
  if (column.indicator != soci::i_ok) return std::nullopt;
  return date_from_text(column.value);
}

long long instant_micros(model::Instant instant) noexcept {
  return static_cast<long long>(instant.time_since_epoch().count());
}

model::Instant instant_from_micros(long long micros) noexcept {
  return model::Instant(std::chrono::microseconds(micros));
}

Nullable<long long> nullable_instant(const std::optional<model::Instant>& instant) {
  if (!instant) return {};
  return {instant_micros(*instant), soci::i_ok};
}

std::optional<model::Instant> optional_instant(const Nullable<long long>& column) {
  if (column.indicator != soci::i_ok) return std::nullopt;
  return instant_from_micros(column.value);
}

RationalColumns rational_columns(const grading::Rational& value) {
  if (!fits_int64(value.numerator()) || !fits_int64(value.denominator())) {
    throw Error(Errc::range, ErrorDomain::storage,
                "value " + value.to_string() + " does not fit the 64-bit columns of a grade");
  }
  return {static_cast<long long>(value.numerator()), static_cast<long long>(value.denominator())};
}

grading::Rational rational_from_columns(long long numerator, long long denominator) {
  if (denominator == 0) {
    throw Error(Errc::storage, ErrorDomain::storage,
                "stored value " + std::to_string(numerator) + "/0 has a zero denominator");
  }
  return grading::Rational::fraction(numerator, denominator);
}

}  // namespace ejournal::storage::soci_backend
