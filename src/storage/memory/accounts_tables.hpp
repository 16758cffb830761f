// The tables of accounts and sign-in sessions, with their secondary indexes.
#pragma once

#include <string>
#include <tuple>

#include "ejournal/model/accounts.hpp"
#include "table.hpp"

namespace ejournal::storage::memory {

/// The row key of an account, as scoped_key gives it.
using AccountKey = std::tuple<model::InstitutionId, model::AccountId>;

/// Logins and external identities unique across the store (sign-in starts from them alone); at
/// most one account per person.
struct AccountIndexes {
  UniqueIndex<std::tuple<std::string>, AccountKey> by_login;
  /// Issuer, subject; accounts without an external identity are not in it.
  UniqueIndex<std::tuple<std::string, std::string>, AccountKey> by_external;
  UniqueIndex<std::tuple<model::InstitutionId, model::PersonId>, model::AccountId> by_person;

  void add(const model::Account& row) {
    by_login.add({row.login}, {row.institution_id, row.id});
    if (row.external_identity) {
      by_external.add({row.external_identity->issuer, row.external_identity->subject},
                      {row.institution_id, row.id});
    }
    by_person.add({row.institution_id, row.person_id}, row.id);
  }
  void remove(const model::Account& row) {
    by_login.remove({row.login});
    if (row.external_identity) {
      by_external.remove({row.external_identity->issuer, row.external_identity->subject});
    }
    by_person.remove({row.institution_id, row.person_id});
  }
};

/// Sessions by token hash (unique across the store), and an account's sessions.
struct SessionIndexes {
  UniqueIndex<std::tuple<std::string>, std::tuple<model::InstitutionId, model::SessionId>>
      by_token_hash;
  /// Oldest first: created_at, then id.
  GroupIndex<AccountKey, std::tuple<model::Instant, model::SessionId>> by_account;

  void add(const model::SignInSession& row) {
    by_token_hash.add({row.token_hash}, {row.institution_id, row.id});
    by_account.add({row.institution_id, row.account_id}, {row.created_at, row.id});
  }
  void remove(const model::SignInSession& row) {
    by_token_hash.remove({row.token_hash});
    by_account.remove({row.institution_id, row.account_id}, {row.created_at, row.id});
  }
};

}  // namespace ejournal::storage::memory
