// The tables of accounts and sign-in sessions (migration 3). Released migrations never change;
// see schema.hpp.
#include <string>
#include <vector>

#include "schema.hpp"

namespace ejournal::storage::soci_backend {

std::vector<std::string> accounts_tables_v3(Dialect) {
  return {
      // Sign-in starts from a login or an external identity alone, so both are unique across
      // the store (README "Global keys"); a NULL issuer and subject (no external identity)
      // collide with nothing. One account per person.
      "CREATE TABLE accounts ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " person_id TEXT NOT NULL,"
      " login TEXT NOT NULL UNIQUE,"
      " password_hash TEXT,"
      " external_issuer TEXT,"
      " external_subject TEXT,"
      " failed_sign_ins INTEGER NOT NULL,"
      " locked_until BIGINT,"
      " last_failed_at BIGINT,"
      " created_at BIGINT NOT NULL,"
      " password_changed_at BIGINT,"
      " status INTEGER NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (external_issuer, external_subject),"
      " UNIQUE (institution_id, person_id),"
      " CHECK ((external_issuer IS NULL) = (external_subject IS NULL)),"
      " FOREIGN KEY (institution_id, person_id) REFERENCES people (institution_id, id))",
      // A presented token is looked up by its hash alone: unique across the store.
      "CREATE TABLE sign_in_sessions ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " account_id TEXT NOT NULL,"
      " token_hash TEXT NOT NULL UNIQUE,"
      " created_at BIGINT NOT NULL,"
      " last_seen_at BIGINT NOT NULL,"
      " expires_at BIGINT NOT NULL,"
      " revoked_at BIGINT,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, account_id) REFERENCES accounts (institution_id, id))",
      // An account's sessions, oldest first (the list, and revoking them all).
      "CREATE INDEX sign_in_sessions_by_account"
      " ON sign_in_sessions (institution_id, account_id, created_at)",
  };
}

}  // namespace ejournal::storage::soci_backend
