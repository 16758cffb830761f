#include "ejournal/security/lockout.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "ejournal/error.hpp"

namespace ejournal::security {

namespace {

void validate(const LockoutPolicy& policy) {
  if (policy.lock_after == 0) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lockout policy: lock_after must be at least 1, not 0");
  }
  if (policy.first_lock <= std::chrono::seconds::zero()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lockout policy: first_lock must be positive, not " +
                    std::to_string(policy.first_lock.count()) + " s");
  }
  if (policy.max_lock < policy.first_lock) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lockout policy: max_lock " + std::to_string(policy.max_lock.count()) +
                    " s is shorter than first_lock " + std::to_string(policy.first_lock.count()) +
                    " s");
  }
}

}  // namespace

FailedSignIns record_failure(const FailedSignIns& failures, model::Instant now) {
  const std::uint32_t count = failures.count == std::numeric_limits<std::uint32_t>::max()
                                  ? failures.count
                                  : failures.count + 1;
  return {count, now};
}

std::chrono::seconds lock_duration(std::uint32_t count, const LockoutPolicy& policy) {
  validate(policy);
  if (count < policy.lock_after) return std::chrono::seconds::zero();
  // Double once per failure past the first lock, stopping at the cap (before it could overflow).
  std::chrono::seconds lock = policy.first_lock;
  for (std::uint32_t extra = count - policy.lock_after; extra > 0 && lock < policy.max_lock;
       --extra) {
    lock *= 2;
  }
  return std::min(lock, policy.max_lock);
}

std::optional<model::Instant> locked_until(const FailedSignIns& failures,
                                           const LockoutPolicy& policy) {
  const std::chrono::seconds lock = lock_duration(failures.count, policy);
  if (lock == std::chrono::seconds::zero()) return std::nullopt;
  return failures.last + lock;
}

bool is_locked(const FailedSignIns& failures, model::Instant now, const LockoutPolicy& policy) {
  const std::optional<model::Instant> until = locked_until(failures, policy);
  return until.has_value() && now < *until;
}

}  // namespace ejournal::security
