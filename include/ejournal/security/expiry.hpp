// When sessions and invitations stop being valid (issue 6). Pure functions over instants; the
// caller reads the clock (model::Clock) and stores the instants.
#pragma once

#include <chrono>

#include "ejournal/model/time.hpp"

namespace ejournal::security {

/// How long a session lives.
struct SessionPolicy {
  /// A session unused this long ends (the user walked away from a shared school computer).
  std::chrono::seconds idle_timeout{std::chrono::minutes{30}};
  /// A session ends this long after sign-in however busy it is (a stolen token stops working).
  std::chrono::seconds absolute_lifetime{std::chrono::hours{12}};
};

/// The instant a session created at `created` and last used at `last_seen` ends: the earlier of
/// last_seen + idle_timeout and created + absolute_lifetime. Throws Error(invalid, argument) when
/// `last_seen` is before `created`, or when `policy` has a non-positive duration or an idle
/// timeout longer than the absolute lifetime (naming the field and value).
model::Instant session_expires_at(model::Instant created, model::Instant last_seen,
                                  const SessionPolicy& policy = {});

/// Whether that session has ended at `now` (now ≥ session_expires_at). Throws as
/// session_expires_at does.
bool session_expired(model::Instant created, model::Instant last_seen, model::Instant now,
                     const SessionPolicy& policy = {});

/// How long an invitation may wait to be accepted.
struct InvitationPolicy {
  std::chrono::seconds lifetime{std::chrono::days{7}};
};

/// The instant an invitation issued (or resent) at `issued` expires. Throws Error(invalid,
/// argument) naming the value when the lifetime is not positive.
model::Instant invitation_expires_at(model::Instant issued, const InvitationPolicy& policy = {});

}  // namespace ejournal::security
