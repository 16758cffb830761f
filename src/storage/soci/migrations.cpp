// The migration runner: which statements make each schema version, and bringing a database to
// the version this library writes when a store opens.
#include <algorithm>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "connection.hpp"
#include "ejournal/error.hpp"
#include "ejournal/storage/open.hpp"
#include "schema.hpp"

namespace ejournal::storage::soci_backend {

namespace {

// Any constant works: it only has to be the same for every process that migrates this schema.
constexpr long long kMigrationLockKey = 0x656a6f75726e616c;  // "ejournal"

template <class Body>
void run_translated(Dialect dialect, const std::string& sql, Body&& body) {
  try {
    body();
  } catch (...) {
    translate_error(dialect, sql);
  }
}

void run(soci::session& session, Dialect dialect, const std::string& sql) {
  run_translated(dialect, sql, [&] { session << sql; });
}

bool has_version_table(soci::session& session, Dialect dialect) {
  const std::string sql =
      dialect == Dialect::sqlite
          ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
          : "SELECT COUNT(*) FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name = 'schema_version'";
  int count = 0;
  run_translated(dialect, sql, [&] { session << sql, soci::into(count); });
  return count > 0;
}

// 0 for a database without our tables.
int stored_version(soci::session& session, Dialect dialect) {
  if (!has_version_table(session, dialect)) return 0;
  const std::string sql = "SELECT MAX(version) FROM schema_version";
  int version = 0;
  soci::indicator indicator = soci::i_null;
  run_translated(dialect, sql, [&] { session << sql, soci::into(version, indicator); });
  return indicator == soci::i_ok ? version : 0;
}

void check_not_newer(int version) {
  if (version > current_schema_version) {
    throw Error(Errc::version, ErrorDomain::storage,
                "database schema version " + std::to_string(version) +
                    " is newer than this library's " + std::to_string(current_schema_version) +
                    "; use a newer ejournal");
  }
}

void check_may_migrate(int version, bool migrate) {
  if (version > 0 && !migrate) {
    throw Error(Errc::version, ErrorDomain::storage,
                "database schema version " + std::to_string(version) + " is older than " +
                    std::to_string(current_schema_version) +
                    " and migrations are off (StoreOptions::migrate)");
  }
}

void lock_for_migration(soci::session& session, Dialect dialect) {
  if (dialect == Dialect::sqlite) {
    run(session, dialect, "BEGIN IMMEDIATE");
    return;
  }
  run(session, dialect, "BEGIN");
  const std::string sql = "SELECT pg_advisory_xact_lock(:key)";
  long long key = kMigrationLockKey;
  run_translated(dialect, sql, [&] { session << sql, soci::use(key); });
}

void rollback_quietly(soci::session& session) noexcept {
  try {
    session << "ROLLBACK";
  } catch (...) {
    // The failure that led here is the one to report; a failed ROLLBACK adds nothing to it.
  }
}

}  // namespace

std::string_view ukrainian_collation(Dialect dialect) noexcept {
  return dialect == Dialect::sqlite ? "uk" : "ejournal_uk";
}

std::vector<std::string> migration_statements(Dialect dialect, int version) {
  std::vector<std::string> statements;
  std::vector<std::string> journal;
  switch (version) {
    case 1:
      statements = structure_tables_v1(dialect);
      journal = journal_tables_v1(dialect);
      break;
    case 2:
      statements = structure_changes_v2(dialect);
      journal = journal_changes_v2(dialect);
      break;
    case 3:
      statements = accounts_tables_v3(dialect);
      journal = journal_changes_v3(dialect);
      break;
    case 4: statements = structure_changes_v4(dialect); break;
    case 5: statements = records_tables_v5(dialect); break;
    default:
      throw Error(Errc::invalid, ErrorDomain::storage,
                  "there is no schema migration " + std::to_string(version));
  }
  statements.insert(statements.end(), journal.begin(), journal.end());
  return statements;
}

int migrate_schema(soci::session& session, Dialect dialect, int target_version, bool migrate) {
  if (target_version < 1 || target_version > current_schema_version) {
    throw Error(Errc::invalid, ErrorDomain::storage,
                "schema version " + std::to_string(target_version) + " does not exist");
  }
  // Most opens find the database current: read without taking the write lock first.
  const int seen = stored_version(session, dialect);
  check_not_newer(seen);
  if (seen >= target_version) return seen;
  check_may_migrate(seen, migrate);

  lock_for_migration(session, dialect);
  try {
    // Another opener may have migrated while this one waited for the lock.
    const int version = stored_version(session, dialect);
    check_not_newer(version);
    check_may_migrate(version, migrate);
    if (version == 0) {
      run(session, dialect, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    }
    for (int next = version + 1; next <= target_version; ++next) {
      for (const std::string& statement : migration_statements(dialect, next)) {
        run(session, dialect, statement);
      }
    }
    if (version < target_version) {
      const std::string sql = "DELETE FROM schema_version";
      run(session, dialect, sql);
      const std::string insert = "INSERT INTO schema_version (version) VALUES (:version)";
      int stored = target_version;
      run_translated(dialect, insert, [&] { session << insert, soci::use(stored); });
    }
    run(session, dialect, "COMMIT");
    return std::max(version, target_version);
  } catch (...) {
    rollback_quietly(session);
    throw;
  }
}

}  // namespace ejournal::storage::soci_backend
