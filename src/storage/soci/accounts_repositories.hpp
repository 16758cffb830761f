// The account and sign-in session repositories of the SOCI backend. Each works on the Connection
// of its unit of work; see repositories.hpp for the contract of each method.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "connection.hpp"
#include "ejournal/storage/repositories.hpp"

namespace ejournal::storage::soci_backend {

class SociAccountRepository final : public AccountRepository {
 public:
  explicit SociAccountRepository(Connection& connection) : connection_(connection) {}
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
  Connection& connection_;
};

class SociSignInSessionRepository final : public SessionRepository {
 public:
  explicit SociSignInSessionRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::SignInSession& session) override;
  std::optional<model::SignInSession> find_by_token_hash(std::string_view token_hash) override;
  std::int64_t update(const model::SignInSession& session) override;
  std::size_t revoke_all(model::InstitutionId institution, model::AccountId account,
                         model::Instant at) override;
  std::vector<model::SignInSession> list_for_account(model::InstitutionId institution,
                                                     model::AccountId account) override;

 private:
  Connection& connection_;
};

}  // namespace ejournal::storage::soci_backend
