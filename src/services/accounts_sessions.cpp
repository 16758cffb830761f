// Sessions in use: authenticating a token, signing out, revoking an account's sessions.
#include <optional>
#include <string>
#include <utility>

#include "accounts_detail.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/services/principals.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

namespace {

/// The session of `hash`, compared in constant time after the lookup.
std::optional<model::SignInSession> session_of(storage::UnitOfWork& unit, const std::string& hash) {
  auto session = unit.sessions().find_by_token_hash(hash);
  if (session && !security::same_hash(session->token_hash, hash)) return std::nullopt;
  return session;
}

}  // namespace

access::Principal authenticate(storage::Store& store, const model::Clock& clock,
                               std::string_view token_text,
                               const security::SessionPolicy& session_policy) {
  const auto hash = security::token_hash(token_text);
  const auto now = clock.now();
  std::optional<access::Principal> principal;
  detail::with_retry(store, [&](storage::UnitOfWork& unit) {
    auto session = session_of(unit, hash);
    if (!session) {
      throw Error(Errc::permission, ErrorDomain::access, "no session has this token: sign in");
    }
    if (session->revoked_at) {
      throw Error(Errc::permission, ErrorDomain::access,
                  "the session " + session->id.str() + " was ended: sign in again");
    }
    if (now >= session->expires_at ||
        security::session_expired(session->created_at, session->last_seen_at, now,
                                  session_policy)) {
      throw Error(Errc::expired, ErrorDomain::access,
                  "the session " + session->id.str() + " expired: sign in again");
    }
    const auto account = unit.accounts().find(session->institution_id, session->account_id);
    if (!account) {
      throw Error(Errc::permission, ErrorDomain::access,
                  "the session " + session->id.str() + " has no account");
    }
    if (account->status != model::AccountStatus::active) detail::refuse_disabled(*account);
    principal.emplace(load_principal(unit, account->institution_id, account->person_id));
    session->last_seen_at = now;
    unit.sessions().update(*session);
    unit.commit();
  });
  return std::move(*principal);
}

void sign_out(storage::Store& store, const model::Clock& clock, std::string_view token_text) {
  const auto hash = security::token_hash(token_text);
  const auto now = clock.now();
  detail::with_retry(store, [&](storage::UnitOfWork& unit) {
    auto session = session_of(unit, hash);
    if (!session) throw Error(Errc::not_found, ErrorDomain::argument, "no session has this token");
    if (session->revoked_at) return;
    session->revoked_at = now;
    unit.sessions().update(*session);
    const auto account = unit.accounts().find(session->institution_id, session->account_id);
    unit.audit().append(detail::audit_entry(
        session->institution_id,
        account ? std::optional<model::PersonId>(account->person_id) : std::nullopt, now, "session",
        session->id.str(), "sign_out", "",
        detail::JsonObject().add("revoked_at", detail::utc_text(now)).str()));
    unit.commit();
  });
}

std::size_t revoke_sessions(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::PersonId person_id, const std::string& reason) {
  const bool own =
      principal.kind() == access::Principal::Kind::person && principal.person_id() == person_id;
  access::require(principal,
                  own ? access::Operation::manage_own_account : access::Operation::manage_accounts,
                  access::Target::account(institution_id, person_id));
  std::string checked_reason;
  if (auto problem = detail::check_reason(reason, false, checked_reason)) {
    throw ValidationError({{"reason", std::move(*problem)}}, "the revocation of sessions");
  }
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto account = unit->accounts().find_for_person(institution_id, person_id);
  if (!account) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the person " + person_id.str() + " has no account");
  }
  const auto revoked = unit->sessions().revoke_all(institution_id, account->id, now);
  unit->audit().append(detail::audit_entry(
      institution_id, detail::actor_of(principal), now, "account", account->id.str(),
      "revoke_sessions", "",
      detail::JsonObject().add("sessions_revoked", std::to_string(revoked)).str(), checked_reason));
  unit->commit();
  return revoked;
}

}  // namespace ejournal::services
