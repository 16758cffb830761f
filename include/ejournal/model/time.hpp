// Instants and dates of the model: UTC instants to the microsecond, journal days as calendar
// dates (DESIGN.md "Time").
#pragma once

#include <chrono>

#include "ejournal/calendar/calendar.hpp"

namespace ejournal::model {

/// A moment in UTC, microseconds since 1970-01-01T00:00:00Z.
using Instant = std::chrono::sys_time<std::chrono::microseconds>;
/// A calendar day of the journal (Europe/Kyiv wall calendar).
using Date = calendar::Date;

/// The time source of the library: the system clock in production, a fixed or stepped clock in
/// tests.
class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual Instant now() const = 0;
};

/// std::chrono::system_clock truncated to microseconds.
class SystemClock final : public Clock {
 public:
  [[nodiscard]] Instant now() const override;
};

}  // namespace ejournal::model
