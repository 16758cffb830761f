// Column values as text, written the way the SOCI backend stores them (canonical lower-case
// UUIDs, ISO dates, microseconds since the epoch), for the raw baselines: fast, allocation-free
// formatting into a caller's buffer.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>

#include <boost/uuid/uuid.hpp>

#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::bench {

/// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" without a terminating NUL.
using UuidText = std::array<char, 36>;
/// "YYYY-MM-DD" without a terminating NUL.
using DateText = std::array<char, 10>;

/// The canonical lower-case text of `value`.
inline UuidText uuid_text(const boost::uuids::uuid& value) noexcept {
  constexpr std::string_view digits = "0123456789abcdef";
  UuidText text{};
  std::size_t out = 0;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text[out++] = '-';
    text[out++] = digits[value.data[i] >> 4];
    text[out++] = digits[value.data[i] & 0x0F];
  }
  return text;
}

/// The ISO text of `date` (years 1000–9999).
inline DateText date_text(calendar::Date date) noexcept {
  const auto ymd = date.year_month_day();
  const auto put = [](char* at, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
  };
  DateText text{};
  put(text.data(), ymd.year, 4);
  text[4] = '-';
  put(text.data() + 5, ymd.month, 2);
  text[7] = '-';
  put(text.data() + 8, ymd.day, 2);
  return text;
}

/// Microseconds since 1970-01-01T00:00:00Z.
inline long long micros(model::Instant instant) noexcept {
  return static_cast<long long>(instant.time_since_epoch().count());
}

/// A view of a fixed-size text.
template <std::size_t N>
std::string_view view(const std::array<char, N>& text) noexcept {
  return {text.data(), N};
}

}  // namespace ejournal::bench
