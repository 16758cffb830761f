// Back-off after failed sign-ins (issue 6): a few free attempts, then a lock that doubles with
// each further failure up to a cap. Pure functions: the caller stores the failure record with
// the account and passes it in.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "ejournal/model/time.hpp"

namespace ejournal::security {

/// When sign-in locks and for how long.
struct LockoutPolicy {
  /// The consecutive failure that first locks (5: four mistakes are free). At least 1.
  std::uint32_t lock_after = 5;
  /// The lock after failure number lock_after.
  std::chrono::seconds first_lock{std::chrono::minutes{1}};
  /// The longest lock; each further failure doubles the lock up to this.
  std::chrono::seconds max_lock{std::chrono::hours{1}};
};

/// The consecutive failed sign-ins of one account. A successful sign-in resets it to {}.
struct FailedSignIns {
  std::uint32_t count = 0;
  model::Instant last{};  ///< when the latest failure happened (meaningless while count is 0)

  friend bool operator==(const FailedSignIns&, const FailedSignIns&) = default;
};

/// The record after one more failure at `now` (the count saturates instead of wrapping).
/// Attempts refused because the account is locked are not failures: do not record them, or an
/// attacker could keep a victim locked for ever at no cost.
FailedSignIns record_failure(const FailedSignIns& failures, model::Instant now);

/// How long sign-in stays locked after `count` consecutive failures: zero below
/// policy.lock_after, then first_lock, 2 × first_lock, 4 × first_lock, … capped at max_lock.
/// With the defaults: failures 1–4 free, the 5th locks 1 min, the 6th 2 min, the 7th 4 min, …,
/// the 11th and later 1 h. Throws Error(invalid, argument) naming the field when `policy` has a
/// lock_after of 0, a non-positive first_lock or a max_lock below first_lock.
std::chrono::seconds lock_duration(std::uint32_t count, const LockoutPolicy& policy = {});

/// When the lock caused by `failures` ends, or nullopt when they cause none. Throws as
/// lock_duration does.
std::optional<model::Instant> locked_until(const FailedSignIns& failures,
                                           const LockoutPolicy& policy = {});

/// Whether sign-in is refused at `now` (before locked_until). Throws as lock_duration does.
bool is_locked(const FailedSignIns& failures, model::Instant now, const LockoutPolicy& policy = {});

}  // namespace ejournal::security
