#include "ejournal/security/expiry.hpp"

#include <algorithm>
#include <string>

#include "ejournal/error.hpp"

namespace ejournal::security {

namespace {

void require_positive(std::chrono::seconds duration, const char* field) {
  if (duration <= std::chrono::seconds::zero()) {
    throw Error(
        Errc::invalid, ErrorDomain::argument,
        std::string(field) + " must be positive, not " + std::to_string(duration.count()) + " s");
  }
}

}  // namespace

model::Instant session_expires_at(model::Instant created, model::Instant last_seen,
                                  const SessionPolicy& policy) {
  require_positive(policy.idle_timeout, "session policy: idle_timeout");
  require_positive(policy.absolute_lifetime, "session policy: absolute_lifetime");
  if (policy.idle_timeout > policy.absolute_lifetime) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "session policy: idle_timeout " + std::to_string(policy.idle_timeout.count()) +
                    " s is longer than absolute_lifetime " +
                    std::to_string(policy.absolute_lifetime.count()) + " s");
  }
  if (last_seen < created) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "session last seen " + std::to_string((created - last_seen).count()) +
                    " µs before it was created");
  }
  return std::min(last_seen + policy.idle_timeout, created + policy.absolute_lifetime);
}

bool session_expired(model::Instant created, model::Instant last_seen, model::Instant now,
                     const SessionPolicy& policy) {
  return now >= session_expires_at(created, last_seen, policy);
}

model::Instant invitation_expires_at(model::Instant issued, const InvitationPolicy& policy) {
  require_positive(policy.lifetime, "invitation policy: lifetime");
  return issued + policy.lifetime;
}

}  // namespace ejournal::security
