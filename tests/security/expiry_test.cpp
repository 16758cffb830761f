#include <gtest/gtest.h>

#include <chrono>

#include "ejournal/security/expiry.hpp"
#include "expect_invalid.hpp"

namespace {

namespace security = ejournal::security;
namespace model = ejournal::model;
using namespace std::chrono_literals;
using security::InvitationPolicy;
using security::SessionPolicy;
using security::testing::expect_invalid;

const model::Instant kMorning = std::chrono::sys_days{std::chrono::year{2025} / 9 / 1} + 8h;

TEST(SessionExpiry, IdleTimeoutCountsFromTheLastUse) {
  EXPECT_EQ(security::session_expires_at(kMorning, kMorning), kMorning + 30min);
  EXPECT_EQ(security::session_expires_at(kMorning, kMorning + 10min), kMorning + 40min);
  EXPECT_FALSE(security::session_expired(kMorning, kMorning + 10min, kMorning + 39min));
  EXPECT_TRUE(security::session_expired(kMorning, kMorning + 10min, kMorning + 40min));
}

TEST(SessionExpiry, AbsoluteLifetimeEndsABusySession) {
  EXPECT_EQ(security::session_expires_at(kMorning, kMorning + 11h + 50min), kMorning + 12h);
  EXPECT_FALSE(security::session_expired(kMorning, kMorning + 11h + 50min,
                                         kMorning + 12h - std::chrono::microseconds{1}));
  EXPECT_TRUE(security::session_expired(kMorning, kMorning + 11h + 50min, kMorning + 12h));
}

TEST(SessionExpiry, PolicyIsConfigurable) {
  const SessionPolicy kiosk{5min, 1h};
  EXPECT_EQ(security::session_expires_at(kMorning, kMorning + 2min, kiosk), kMorning + 7min);
  EXPECT_EQ(security::session_expires_at(kMorning, kMorning + 58min, kiosk), kMorning + 1h);
  EXPECT_TRUE(security::session_expired(kMorning, kMorning, kMorning + 5min, kiosk));
  const SessionPolicy equal{1h, 1h};
  EXPECT_EQ(security::session_expires_at(kMorning, kMorning + 1min, equal), kMorning + 1h);
}

TEST(SessionExpiry, RefusesALastUseBeforeCreation) {
  expect_invalid([] { static_cast<void>(security::session_expires_at(kMorning, kMorning - 2s)); },
                 "session last seen 2000000 µs before it was created");
  expect_invalid(
      [] { static_cast<void>(security::session_expired(kMorning, kMorning - 1s, kMorning)); },
      "before it was created");
}

TEST(SessionExpiry, RefusesAnInconsistentPolicy) {
  expect_invalid(
      [] {
        static_cast<void>(security::session_expires_at(kMorning, kMorning, {0s, 1h}));
      },
      "session policy: idle_timeout must be positive, not 0 s");
  expect_invalid(
      [] {
        static_cast<void>(security::session_expires_at(kMorning, kMorning, {1min, -1s}));
      },
      "session policy: absolute_lifetime must be positive, not -1 s");
  expect_invalid(
      [] {
        static_cast<void>(security::session_expired(kMorning, kMorning, kMorning, {2h, 1h}));
      },
      "session policy: idle_timeout 7200 s is longer than absolute_lifetime 3600 s");
}

TEST(InvitationExpiry, DefaultsToSevenDaysAndIsConfigurable) {
  EXPECT_EQ(security::invitation_expires_at(kMorning), kMorning + std::chrono::days{7});
  EXPECT_EQ(security::invitation_expires_at(kMorning, InvitationPolicy{48h}), kMorning + 48h);
  expect_invalid(
      [] { static_cast<void>(security::invitation_expires_at(kMorning, InvitationPolicy{0s})); },
      "invitation policy: lifetime must be positive, not 0 s");
}

}  // namespace
