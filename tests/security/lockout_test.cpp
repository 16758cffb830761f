#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "ejournal/security/lockout.hpp"
#include "expect_invalid.hpp"

namespace {

namespace security = ejournal::security;
namespace model = ejournal::model;
using namespace std::chrono_literals;
using security::FailedSignIns;
using security::LockoutPolicy;
using security::testing::expect_invalid;

const model::Instant kNoon = std::chrono::sys_days{std::chrono::year{2025} / 9 / 1} + 12h;

TEST(Lockout, DefaultScheduleDoublesFromOneMinuteToOneHour) {
  const std::vector<std::pair<std::uint32_t, std::chrono::seconds>> schedule = {
      {0, 0s},
      {1, 0s},
      {4, 0s},
      {5, 1min},
      {6, 2min},
      {7, 4min},
      {8, 8min},
      {9, 16min},
      {10, 32min},
      {11, 1h},
      {12, 1h},
      {1000, 1h},
      {std::numeric_limits<std::uint32_t>::max(), 1h}};
  for (const auto& [count, lock] : schedule) {
    EXPECT_EQ(security::lock_duration(count), lock) << count << " failures";
  }
}

TEST(Lockout, ScheduleIsConfigurable) {
  const LockoutPolicy policy{3, 10s, 25s};
  EXPECT_EQ(security::lock_duration(2, policy), 0s);
  EXPECT_EQ(security::lock_duration(3, policy), 10s);
  EXPECT_EQ(security::lock_duration(4, policy), 20s);
  EXPECT_EQ(security::lock_duration(5, policy), 25s);  // 40 s capped
  const LockoutPolicy every_failure{1, 1s, 1s};
  EXPECT_EQ(security::lock_duration(1, every_failure), 1s);
  EXPECT_EQ(security::lock_duration(90, every_failure), 1s);
}

TEST(Lockout, RecordsFailuresAndSaturates) {
  const FailedSignIns first = security::record_failure({}, kNoon);
  EXPECT_EQ(first, (FailedSignIns{1, kNoon}));
  EXPECT_EQ(security::record_failure(first, kNoon + 5s), (FailedSignIns{2, kNoon + 5s}));
  const std::uint32_t most = std::numeric_limits<std::uint32_t>::max();
  EXPECT_EQ(security::record_failure({most, kNoon}, kNoon + 1s), (FailedSignIns{most, kNoon + 1s}));
}

TEST(Lockout, LocksFromTheLastFailureUntilTheLockEnds) {
  FailedSignIns failures;
  for (int i = 0; i < 4; ++i) failures = security::record_failure(failures, kNoon);
  EXPECT_EQ(security::locked_until(failures), std::nullopt);
  EXPECT_FALSE(security::is_locked(failures, kNoon));

  failures = security::record_failure(failures, kNoon + 10s);
  EXPECT_EQ(security::locked_until(failures), std::optional{kNoon + 70s});
  EXPECT_TRUE(security::is_locked(failures, kNoon + 10s));
  EXPECT_TRUE(security::is_locked(failures, kNoon + 69s));
  EXPECT_FALSE(security::is_locked(failures, kNoon + 70s));

  failures = security::record_failure(failures, kNoon + 70s);
  EXPECT_EQ(security::locked_until(failures), std::optional{kNoon + 70s + 2min});
  // Success resets the record.
  EXPECT_FALSE(security::is_locked(FailedSignIns{}, kNoon + 71s));
}

TEST(Lockout, RefusesAPolicyThatCannotLockSensibly) {
  expect_invalid(
      [] {
        static_cast<void>(security::lock_duration(1, LockoutPolicy{0, 1min, 1h}));
      },
      "lockout policy: lock_after must be at least 1, not 0");
  expect_invalid(
      [] {
        static_cast<void>(security::lock_duration(1, LockoutPolicy{5, 0s, 1h}));
      },
      "first_lock must be positive, not 0 s");
  expect_invalid(
      [] {
        static_cast<void>(security::locked_until({}, LockoutPolicy{5, -5s, 1h}));
      },
      "not -5 s");
  expect_invalid(
      [] {
        static_cast<void>(security::is_locked({}, kNoon, LockoutPolicy{5, 2min, 1min}));
      },
      "max_lock 60 s is shorter than first_lock 120 s");
}

}  // namespace
