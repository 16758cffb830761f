// Accounts (how a person signs in) and their sign-in sessions. Only what is safe to keep is
// stored: a password as its Argon2id hash, a session token as its hash; never the secret itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::model {

/// Who vouches for a person signed in by the embedding system (a vendor's own sign-in, a
/// regional identity provider): the issuer's name and the person's id there.
struct ExternalIdentity {
  std::string issuer;   ///< e.g. "https://id.vendor.example"
  std::string subject;  ///< the person's id at the issuer
  friend bool operator==(const ExternalIdentity&, const ExternalIdentity&) = default;
};

enum class AccountStatus {
  active = 1,  ///< may sign in
  disabled,    ///< may not sign in; kept for the record
};

/// The sign-in of one person of an institution: a login and at least one credential.
struct Account {
  AccountId id;
  InstitutionId institution_id;
  PersonId person_id;
  std::string login;                         ///< normalised e-mail; unique across the store
  std::optional<std::string> password_hash;  ///< encoded Argon2id hash, "$argon2id$…"
  std::optional<ExternalIdentity> external_identity;  ///< unique across the store
  int failed_sign_ins = 0;                            ///< failures since the last success
  std::optional<Instant> locked_until;                ///< no sign-in before this instant
  std::optional<Instant> last_failed_at;
  Instant created_at{};
  std::optional<Instant> password_changed_at;
  AccountStatus status = AccountStatus::active;
  std::int64_t version = 0;
};

/// A signed-in session of an account. The token handed to the client is stored only as the hex
/// of its hash; the session ends at expires_at, when idle for too long (services compare
/// last_seen_at) or when revoked.
struct SignInSession {
  SessionId id;
  InstitutionId institution_id;
  AccountId account_id;
  std::string token_hash;  ///< 64 lower-case hex digits; unique across the store
  Instant created_at{};
  Instant last_seen_at{};
  Instant expires_at{};  ///< the absolute end, whatever the activity
  std::optional<Instant> revoked_at;
  std::int64_t version = 0;
};

}  // namespace ejournal::model
