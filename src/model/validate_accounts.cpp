// validated() for accounts and their sign-in sessions. A password hash or a token hash is as good
// as a secret to someone who may try passwords offline or look for a session, so the messages
// here say what is wrong with one without quoting it.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "ejournal/model/validate.hpp"
#include "fields.hpp"

namespace ejournal::model {

using detail::Presence;

namespace {

constexpr std::string_view kArgon2idPrefix = "$argon2id$";

void check_password_hash(std::string_view field, std::string_view hash) {
  if (hash.size() > kMaxPasswordHashBytes) {
    detail::refuse(field, "is " + std::to_string(hash.size()) + " bytes long, at most " +
                              std::to_string(kMaxPasswordHashBytes));
  }
  for (std::size_t offset = 0; offset < hash.size(); ++offset) {
    const auto byte = static_cast<unsigned char>(hash[offset]);
    // The encoded form is made of '$', ',', '=', digits, letters and base64's '+' and '/'.
    if (byte <= 0x20U || byte >= 0x7FU) {
      detail::refuse(
          field, "holds a byte that is not printable ASCII at offset " + std::to_string(offset));
    }
  }
  if (hash.substr(0, kArgon2idPrefix.size()) != kArgon2idPrefix) {
    detail::refuse(field, "is not an encoded Argon2id hash; it begins with \"$argon2id$\"");
  }
}

ExternalIdentity external_identity(ExternalIdentity identity) {
  identity.issuer = detail::line("account.external_identity.issuer", identity.issuer,
                                 kMaxIdentityBytes, Presence::required);
  identity.subject = detail::line("account.external_identity.subject", identity.subject,
                                  kMaxIdentityBytes, Presence::required);
  return identity;
}

std::string session_token_hash(std::string_view field, std::string hash) {
  for (std::size_t offset = 0; offset < hash.size(); ++offset) {
    char& c = hash[offset];
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    const bool is_hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    if (!is_hex) {
      detail::refuse(field, "holds a character that is not a hexadecimal digit at offset " +
                                std::to_string(offset));
    }
  }
  if (hash.size() != kSessionTokenHashDigits) {
    detail::refuse(field, "has " + std::to_string(hash.size()) + " hex digits; it has exactly " +
                              std::to_string(kSessionTokenHashDigits));
  }
  return hash;
}

void not_before_creation(std::string_view field, Instant instant, Instant created_at) {
  if (instant < created_at) detail::refuse(field, "is before created_at");
}

}  // namespace

Account validated(Account account) {
  detail::id("account.id", account.id);
  detail::id("account.institution_id", account.institution_id);
  detail::id("account.person_id", account.person_id);
  account.login = detail::email("account.login", account.login, Presence::required);
  if (account.password_hash) check_password_hash("account.password_hash", *account.password_hash);
  if (account.external_identity) {
    account.external_identity = external_identity(*account.external_identity);
  }
  if (!account.password_hash && !account.external_identity) {
    detail::refuse("account",
                   "has no credential; it needs a password_hash, an external_identity or both");
  }
  if (account.failed_sign_ins < 0) {
    detail::refuse("account.failed_sign_ins",
                   "is " + std::to_string(account.failed_sign_ins) + "; it counts, from 0");
  }
  if (account.password_changed_at) {
    not_before_creation("account.password_changed_at", *account.password_changed_at,
                        account.created_at);
  }
  detail::enumerator("account.status", account.status, AccountStatus::active,
                     AccountStatus::disabled);
  return account;
}

SignInSession validated(SignInSession session) {
  detail::id("sign_in_session.id", session.id);
  detail::id("sign_in_session.institution_id", session.institution_id);
  detail::id("sign_in_session.account_id", session.account_id);
  session.token_hash =
      session_token_hash("sign_in_session.token_hash", std::move(session.token_hash));
  not_before_creation("sign_in_session.last_seen_at", session.last_seen_at, session.created_at);
  if (session.expires_at <= session.created_at) {
    detail::refuse("sign_in_session.expires_at", "is not later than created_at");
  }
  if (session.revoked_at) {
    not_before_creation("sign_in_session.revoked_at", *session.revoked_at, session.created_at);
  }
  return session;
}

}  // namespace ejournal::model
