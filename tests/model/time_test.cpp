#include <gtest/gtest.h>

#include <chrono>

#include "ejournal/model/time.hpp"

namespace {

namespace model = ejournal::model;

TEST(SystemClock, ReadsTheSystemClockToTheMicrosecond) {
  const model::SystemClock clock;
  const auto before =
      std::chrono::floor<std::chrono::microseconds>(std::chrono::system_clock::now());
  const model::Instant now = clock.now();
  const auto after = std::chrono::ceil<std::chrono::microseconds>(std::chrono::system_clock::now());
  EXPECT_LE(before, now);
  EXPECT_LE(now, after);
  // Through the interface a service holds, too.
  const model::Clock& as_clock = clock;
  EXPECT_LE(now, as_clock.now());
}

}  // namespace
