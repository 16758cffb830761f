// ej_password_options and ej_session_options read into the security module's policies, each
// field checked and named in the message when out of range.
#pragma once

#include "ejournal.h"
#include "ejournal/security/expiry.hpp"
#include "ejournal/security/lockout.hpp"
#include "ejournal/security/password_hasher.hpp"
#include "ejournal/security/password_policy.hpp"

namespace ejournal::capi {

/// What ej_password_options asks for: the hasher and the rules of a new password.
struct PasswordSettings {
  security::PasswordHasher hasher;
  security::PasswordPolicy policy;
};

/// The settings of `given`; NULL gives EJ_PASSWORD_OPTIONS_INIT's.
PasswordSettings read_password_options(const ej_password_options* given);

/// What ej_session_options asks for: how long sessions live and when sign-in locks.
struct SessionSettings {
  security::SessionPolicy session;
  security::LockoutPolicy lockout;
};

/// The settings of `given`; NULL gives EJ_SESSION_OPTIONS_INIT's.
SessionSettings read_session_options(const ej_session_options* given);

}  // namespace ejournal::capi
