// Memory repositories of accounts and sign-in sessions.
#pragma once

#include "ejournal/storage/repositories.hpp"
#include "transaction.hpp"

namespace ejournal::storage::memory {

/// The AccountRepository of a memory unit of work, over its Transaction.
class MemoryAccounts final : public AccountRepository {
 public:
  explicit MemoryAccounts(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Account& account) override;
  std::optional<model::Account> find(model::InstitutionId institution,
                                     model::AccountId id) override;
  std::optional<model::Account> find_by_login(std::string_view login) override;
  std::optional<model::Account> find_by_external(std::string_view issuer,
                                                 std::string_view subject) override;
  std::optional<model::Account> find_for_person(model::InstitutionId institution,
                                                model::PersonId person) override;
  std::int64_t update(const model::Account& account) override;

 private:
  Transaction& tx_;
};

/// The SessionRepository of a memory unit of work, over its Transaction.
class MemorySessions final : public SessionRepository {
 public:
  explicit MemorySessions(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::SignInSession& session) override;
  std::optional<model::SignInSession> find_by_token_hash(std::string_view token_hash) override;
  std::int64_t update(const model::SignInSession& session) override;
  std::size_t revoke_all(model::InstitutionId institution, model::AccountId account,
                         model::Instant at) override;
  std::vector<model::SignInSession> list_for_account(model::InstitutionId institution,
                                                     model::AccountId account) override;

 private:
  Transaction& tx_;
};

}  // namespace ejournal::storage::memory
