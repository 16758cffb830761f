// Sessions started, instants written out, conflicting writes retried: shared by the account
// services.
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>

#include "accounts_detail.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/security/token.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services::detail {

std::string utc_text(model::Instant instant) {
  const auto day = std::chrono::floor<std::chrono::days>(instant);
  const std::chrono::year_month_day date{day};
  const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::seconds>(instant - day)};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()));
  return text;
}

SignedIn start_session(storage::UnitOfWork& unit, security::RandomSource& random,
                       const model::Account& account, model::Instant now,
                       const security::SessionPolicy& policy, std::string_view method) {
  (void)security::session_expires_at(now, now, policy);  // refuses a bad policy
  const auto expires_at = now + policy.absolute_lifetime;
  auto token = security::Token::generate(random);
  model::SignInSession session;
  session.id = model::SessionId::generate();
  session.institution_id = account.institution_id;
  session.account_id = account.id;
  session.token_hash = token.hash();
  session.created_at = now;
  session.last_seen_at = now;
  session.expires_at = expires_at;
  unit.sessions().insert(model::validated(session));
  unit.audit().append(audit_entry(account.institution_id, account.person_id, now, "session",
                                  session.id.str(), "sign_in", "",
                                  JsonObject()
                                      .add("account_id", account.id.str())
                                      .add("method", method)
                                      .add("expires_at", utc_text(expires_at))
                                      .str()));
  return SignedIn{session.id,        token.text(),           account.id,
                  account.person_id, account.institution_id, expires_at};
}

void with_retry(storage::Store& store, const std::function<void(storage::UnitOfWork&)>& work) {
  constexpr int kAttempts = 3;
  for (int attempt = 1;; ++attempt) {
    try {
      const auto unit = store.begin(storage::Access::write);
      work(*unit);
      return;
    } catch (const Error& error) {
      if (error.code() != Errc::conflict || attempt == kAttempts) throw;
    }
  }
}

void refuse_disabled(const model::Account& account) {
  throw Error(Errc::permission, ErrorDomain::access,
              "the account " + account.login + " is disabled");
}

}  // namespace ejournal::services::detail
