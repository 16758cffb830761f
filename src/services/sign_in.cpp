// Signing in with a password (failures counted, the account locked with back-off) or with an
// external identity, each starting a session.
#include <optional>
#include <string>

#include "accounts_detail.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/services/invitations.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

namespace {

[[noreturn]] void refuse_wrong() {
  throw Error(Errc::permission, ErrorDomain::access, std::string(kWrongLoginOrPassword));
}

/// The account that `login` names, or nullopt also when it is no e-mail address at all.
std::optional<model::Account> account_by_login(storage::Store& store, std::string_view login) {
  std::string normalised;
  try {
    normalised = account_login(login);
  } catch (const Error&) {
    return std::nullopt;
  }
  const auto unit = store.begin(storage::Access::read);
  return unit->accounts().find_by_login(normalised);
}

std::string failure_json(const model::Account& account) {
  detail::JsonObject json;
  json.add("failed_sign_ins", std::to_string(account.failed_sign_ins));
  if (account.locked_until) json.add("locked_until", detail::utc_text(*account.locked_until));
  return json.str();
}

/// Counts one more failed sign-in of `account` at `now` and locks it per `lockout`, audited.
void record_failed_sign_in(storage::Store& store, const model::Account& account, model::Instant now,
                           const security::LockoutPolicy& lockout) {
  detail::with_retry(store, [&](storage::UnitOfWork& unit) {
    auto current = unit.accounts().find(account.institution_id, account.id);
    if (!current) return;
    const auto before = failure_json(*current);
    const security::FailedSignIns so_far{static_cast<std::uint32_t>(current->failed_sign_ins),
                                         current->last_failed_at.value_or(model::Instant{})};
    const auto failures = security::record_failure(so_far, now);
    current->failed_sign_ins = static_cast<int>(failures.count);
    current->last_failed_at = now;
    current->locked_until = security::locked_until(failures, lockout);
    unit.accounts().update(*current);
    unit.audit().append(detail::audit_entry(
        current->institution_id, std::nullopt, now, "account", current->id.str(),
        current->locked_until ? "lock" : "sign_in_failed", before, failure_json(*current)));
    unit.commit();
  });
}

}  // namespace

SignedIn sign_in(storage::Store& store, const model::Clock& clock, security::RandomSource& random,
                 const security::PasswordHasher& hasher, std::string_view login,
                 std::string_view password, const security::SessionPolicy& session,
                 const security::LockoutPolicy& lockout) {
  const auto now = clock.now();
  (void)security::lock_duration(0, lockout);              // refuses a bad policy up front
  (void)security::session_expires_at(now, now, session);  // likewise
  const auto account = account_by_login(store, login);
  if (!account || !account->password_hash) {
    // As long as a verification takes, so that the time does not tell which logins exist.
    (void)hasher.hash("a dummy password that no account has");
    refuse_wrong();
  }
  if (account->locked_until && now < *account->locked_until) {
    throw Error(Errc::permission, ErrorDomain::access,
                "the account is locked after repeated failed sign-ins until " +
                    detail::utc_text(*account->locked_until));
  }
  if (!hasher.verify(*account->password_hash, password)) {
    record_failed_sign_in(store, *account, now, lockout);
    refuse_wrong();
  }
  if (account->status != model::AccountStatus::active) detail::refuse_disabled(*account);
  std::optional<std::string> rehashed;
  if (hasher.needs_rehash(*account->password_hash)) rehashed = hasher.hash(password);

  std::optional<SignedIn> result;
  detail::with_retry(store, [&](storage::UnitOfWork& unit) {
    auto current = unit.accounts().find(account->institution_id, account->id);
    if (!current || current->password_hash != account->password_hash) refuse_wrong();
    if (current->status != model::AccountStatus::active) detail::refuse_disabled(*current);
    if (current->failed_sign_ins != 0 || current->locked_until || rehashed) {
      current->failed_sign_ins = 0;
      current->locked_until.reset();
      current->last_failed_at.reset();
      if (rehashed) current->password_hash = rehashed;
      unit.accounts().update(*current);
    }
    result.emplace(detail::start_session(unit, random, *current, now, session, "password"));
    unit.commit();
  });
  return std::move(*result);
}

SignedIn sign_in_external(storage::Store& store, const model::Clock& clock,
                          security::RandomSource& random, std::string_view issuer,
                          std::string_view subject, const security::SessionPolicy& session) {
  const auto now = clock.now();
  (void)security::session_expires_at(now, now, session);  // refuses a bad policy up front
  std::optional<SignedIn> result;
  detail::with_retry(store, [&](storage::UnitOfWork& unit) {
    const auto account = unit.accounts().find_by_external(issuer, subject);
    if (!account) {
      throw Error(Errc::permission, ErrorDomain::access,
                  "no account is bound to this external identity");
    }
    if (account->status != model::AccountStatus::active) detail::refuse_disabled(*account);
    result.emplace(
        detail::start_session(unit, random, *account, now, session, "external_identity"));
    unit.commit();
  });
  return std::move(*result);
}

}  // namespace ejournal::services
