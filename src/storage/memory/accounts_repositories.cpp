#include "accounts_repositories.hpp"

#include <cstddef>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "checks.hpp"
#include "lists.hpp"

namespace ejournal::storage::memory {

// Accounts -------------------------------------------------------------------------------------

namespace {

constexpr std::string_view kLogin = "account with login";
constexpr std::string_view kExternal = "account with external identity (issuer, subject)";
constexpr std::string_view kPerson = "account of (institution, person)";

// Error(not_found) unless the person is the institution's; Error(exists) when another account
// has the login, the external identity or the person of `account`.
void check_account(const Database& db, const model::Account& account) {
  require_present(db.people, {account.institution_id, account.person_id}, "person");
  const auto& indexes = db.accounts.indexes();
  const AccountKey key = scoped_key(account);
  require_unique_except(indexes.by_login, std::tuple{account.login}, key, kLogin);
  if (account.external_identity) {
    require_unique_except(
        indexes.by_external,
        std::tuple{account.external_identity->issuer, account.external_identity->subject}, key,
        kExternal);
  }
  require_unique_except(indexes.by_person, std::tuple{account.institution_id, account.person_id},
                        account.id, kPerson);
}

}  // namespace

void MemoryAccounts::insert(const model::Account& account) {
  tx_.write([&](Database& db) {
    tx_.statement("insert account");
    require_free(db.accounts, scoped_key(account), "account");
    check_account(db, account);
    tx_.insert_row(db.accounts, first_version(account));
  });
}

std::optional<model::Account> MemoryAccounts::find(model::InstitutionId institution,
                                                   model::AccountId id) {
  return found(tx_.read().accounts, {institution, id});
}

std::optional<model::Account> MemoryAccounts::find_by_login(std::string_view login) {
  const auto& accounts = tx_.read().accounts;
  const AccountKey* key = accounts.indexes().by_login.find({std::string(login)});
  return key == nullptr ? std::nullopt : found(accounts, *key);
}

std::optional<model::Account> MemoryAccounts::find_by_external(std::string_view issuer,
                                                               std::string_view subject) {
  const auto& accounts = tx_.read().accounts;
  const AccountKey* key =
      accounts.indexes().by_external.find({std::string(issuer), std::string(subject)});
  return key == nullptr ? std::nullopt : found(accounts, *key);
}

std::optional<model::Account> MemoryAccounts::find_for_person(model::InstitutionId institution,
                                                              model::PersonId person) {
  const auto& accounts = tx_.read().accounts;
  const model::AccountId* id = accounts.indexes().by_person.find({institution, person});
  return id == nullptr ? std::nullopt : found(accounts, {institution, *id});
}

std::int64_t MemoryAccounts::update(const model::Account& account) {
  return tx_.write([&](Database& db) {
    tx_.statement("update account");
    require_current(db.accounts, account, "account");
    check_account(db, account);
    tx_.replace_row(db.accounts, next_version(account));
    return account.version + 1;
  });
}

// Sign-in sessions -----------------------------------------------------------------------------

namespace {

// Error(not_found) unless the account is the institution's; Error(exists) when another session
// has the token hash, which the message does not quote: it finds a signed-in session.
void check_session(const Database& db, const model::SignInSession& session) {
  require_present(db.accounts, {session.institution_id, session.account_id}, "account");
  const auto* holder = db.sessions.indexes().by_token_hash.find({session.token_hash});
  if (holder != nullptr && !(*holder == scoped_key(session))) {
    throw Error(Errc::exists, ErrorDomain::storage,
                "a sign-in session with this token hash already exists");
  }
}

}  // namespace

void MemorySessions::insert(const model::SignInSession& session) {
  tx_.write([&](Database& db) {
    tx_.statement("insert sign-in session");
    require_free(db.sessions, scoped_key(session), "sign-in session");
    check_session(db, session);
    tx_.insert_row(db.sessions, first_version(session));
  });
}

std::optional<model::SignInSession> MemorySessions::find_by_token_hash(
    std::string_view token_hash) {
  const auto& sessions = tx_.read().sessions;
  const auto* key = sessions.indexes().by_token_hash.find({std::string(token_hash)});
  return key == nullptr ? std::nullopt : found(sessions, *key);
}

std::int64_t MemorySessions::update(const model::SignInSession& session) {
  return tx_.write([&](Database& db) {
    tx_.statement("update sign-in session");
    require_current(db.sessions, session, "sign-in session");
    check_session(db, session);
    tx_.replace_row(db.sessions, next_version(session));
    return session.version + 1;
  });
}

std::size_t MemorySessions::revoke_all(model::InstitutionId institution, model::AccountId account,
                                       model::Instant at) {
  return tx_.write([&](Database& db) {
    // Copied first: replacing a row changes the index group being read.
    std::vector<model::SignInSession> open;
    for (const auto& [created_at, id] :
         db.sessions.indexes().by_account.find({institution, account})) {
      const model::SignInSession& row = db.sessions.at({institution, id});
      if (!row.revoked_at) open.push_back(row);
    }
    for (model::SignInSession& session : open) {
      tx_.statement("revoke sign-in session");
      session.revoked_at = at;
      tx_.replace_row(db.sessions, next_version(std::move(session)));
    }
    return open.size();
  });
}

std::vector<model::SignInSession> MemorySessions::list_for_account(model::InstitutionId institution,
                                                                   model::AccountId account) {
  const auto& sessions = tx_.read().sessions;
  return rows_of(sessions, sessions.indexes().by_account.find({institution, account}),
                 [institution](const auto& entry) {
                   return std::tuple{institution, std::get<model::SessionId>(entry)};
                 });
}

}  // namespace ejournal::storage::memory
