// The bell schedule: validation and lookup.
#include "ejournal/calendar/bells.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

#include "ejournal/error.hpp"

namespace ejournal::calendar {

namespace {

[[noreturn]] void invalid(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

std::string clock(int minute) {
  char text[32];
  std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
  return text;
}

std::string describe(const Bell& bell) {
  return "bell " + std::to_string(bell.number) + " (" + clock(bell.start_minute) + "–" +
         clock(bell.end_minute) + ")";
}

void check_bell(const Bell& bell) {
  const std::string name = "bell " + std::to_string(bell.number);
  if (bell.number < 0) invalid(name + " has a negative lesson number");
  if (bell.start_minute < 0 || bell.start_minute >= kMinutesPerDay) {
    invalid(name + " starts at minute " + std::to_string(bell.start_minute) +
            ", outside the day 0..1439");
  }
  if (bell.end_minute <= bell.start_minute || bell.end_minute > kMinutesPerDay) {
    invalid(name + " ends at minute " + std::to_string(bell.end_minute) +
            "; it must end after its start at minute " + std::to_string(bell.start_minute) +
            " and by minute 1440");
  }
}

}  // namespace

BellSchedule::BellSchedule(std::vector<Bell> bells) : bells_(std::move(bells)) {
  for (std::size_t i = 0; i < bells_.size(); ++i) {
    const Bell& bell = bells_[i];
    check_bell(bell);
    if (i == 0) continue;
    const Bell& previous = bells_[i - 1];
    if (bell.number <= previous.number) {
      invalid("bell " + std::to_string(bell.number) + " follows bell " +
              std::to_string(previous.number) + "; lesson numbers must increase");
    }
    if (bell.start_minute < previous.end_minute) {
      invalid(describe(bell) + " starts before " + describe(previous) + " ends");
    }
  }
}

std::optional<Bell> BellSchedule::lesson(int number) const noexcept {
  const auto found =
      std::lower_bound(bells_.begin(), bells_.end(), number,
                       [](const Bell& bell, int wanted) { return bell.number < wanted; });
  if (found == bells_.end() || found->number != number) return std::nullopt;
  return *found;
}

}  // namespace ejournal::calendar
