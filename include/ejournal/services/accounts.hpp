// Accounts and sign-in sessions (issue 6 point 3): signing in with a password or an external
// identity, authenticating a session token, signing out, changing the password, revoking sessions.
//
// A session token is 256 bits from the random source, handed to the client once and stored only
// as its hash. Every change is one unit of work and audited ("account" sign_in_failed / locked /
// change_password / revoke_sessions, "session" sign_in / sign_out); never a token or password.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/security/expiry.hpp"
#include "ejournal/security/lockout.hpp"
#include "ejournal/security/password_hasher.hpp"
#include "ejournal/security/password_policy.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/security/secret.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// A new session. The token is the only plain copy: hand it to the client.
struct SignedIn {
  model::SessionId session_id;
  security::SecretString token;
  model::AccountId account_id;
  model::PersonId person_id;
  model::InstitutionId institution_id;
  model::Instant expires_at{};  ///< the absolute end; idleness may end it sooner
};

/// The message of every refused password sign-in that is not a lock, whether the login or the
/// password was wrong, so that no one can learn which logins exist.
inline constexpr std::string_view kWrongLoginOrPassword = "wrong login or password";

/// Signs in with a login (an e-mail, normalised as account_login does) and a password. Wrong
/// login and wrong password give the same Error(permission, access) kWrongLoginOrPassword and
/// cost about the same (an unknown login hashes a dummy password). A wrong password counts a
/// failure (security::record_failure) and sets the account's lock per `lockout`, audited; while
/// locked every attempt is refused with Error(permission) saying until when, unverified and
/// uncounted. A disabled account is refused with Error(permission) once the password is right.
/// Success resets the failures, rehashes a password hashed with older parameters, and starts a
/// session per `session` (audited). Throws Error(invalid) for a bad policy.
SignedIn sign_in(storage::Store& store, const model::Clock& clock, security::RandomSource& random,
                 const security::PasswordHasher& hasher, std::string_view login,
                 std::string_view password, const security::SessionPolicy& session = {},
                 const security::LockoutPolicy& lockout = {});

/// Signs in the account bound to the external identity (`issuer`, `subject`), which the
/// embedding system has authenticated. Throws Error(permission) when no account is bound to it or
/// the account is disabled; Error(invalid) for a bad policy.
SignedIn sign_in_external(storage::Store& store, const model::Clock& clock,
                          security::RandomSource& random, std::string_view issuer,
                          std::string_view subject, const security::SessionPolicy& session = {});

/// The principal of the session whose token is `token_text`, its facts loaded fresh
/// (load_principal), and the session's last use set to now. Throws Error(invalid) for a
/// malformed token (never quoting it); Error(permission) for an unknown or revoked session or a
/// disabled account; Error(expired) when the session passed its absolute end or was idle longer
/// than session.idle_timeout.
access::Principal authenticate(storage::Store& store, const model::Clock& clock,
                               std::string_view token_text,
                               const security::SessionPolicy& session = {});

/// Ends the session whose token is `token_text` (audited). Signing out a revoked session again
/// changes nothing. Throws Error(invalid) for a malformed token, Error(not_found) for an unknown
/// one.
void sign_out(storage::Store& store, const model::Clock& clock, std::string_view token_text);

/// Changes the principal's own password (access::Operation::manage_own_account): verifies
/// `old_password`, checks `new_password` against `policy` (not the login e-mail, not the
/// person's names), stores its hash and revokes ALL the account's sessions, audited, in one unit
/// of work; returns how many sessions were revoked. Throws Error(permission) for a principal who
/// is not a signed-in person or a wrong old password; Error(not_found) when the person has no
/// account; Error(invalid) when the account has no password (external sign-in only) or the new
/// password is refused (the message lists why, never the password).
std::size_t change_password(storage::Store& store, const model::Clock& clock,
                            const security::PasswordHasher& hasher,
                            const access::Principal& principal, std::string_view old_password,
                            std::string_view new_password,
                            const security::PasswordPolicy& policy = {});

/// Revokes every session of `person_id`'s account (audited with the optional reason): the
/// institution's administrator for anyone (access::Operation::manage_accounts), a person for
/// themself (manage_own_account). Returns how many were revoked. Throws Error(permission) as
/// access::require does, Error(not_found) when the person has no account, ValidationError (field
/// "reason") for a bad reason.
std::size_t revoke_sessions(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::PersonId person_id, const std::string& reason = {});

}  // namespace ejournal::services
