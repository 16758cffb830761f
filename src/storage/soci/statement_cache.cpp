#include "statement_cache.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

namespace ejournal::storage::soci_backend {

soci::statement StatementCache::take(const std::string& sql) {
  if (auto idle = idle_.extract(sql)) return idle.mapped();
  soci::statement statement(session_);
  statement.alloc();
  statement.prepare(sql, soci::details::st_repeatable_query);
  return statement;
}

void StatementCache::run(const std::string& sql) {
  soci::statement statement = take(sql);
  statement.define_and_bind();
  statement.execute(true);
  give_back(sql, statement);
}

void StatementCache::give_back(const std::string& sql, soci::statement& statement) noexcept {
  try {
    statement.bind_clean_up();
    if (dialect_ == Dialect::sqlite) {
      // sqlite3.h is declared in this namespace by SOCI's header (extern "C" all the same).
      sqlite_api::sqlite3_reset(
          static_cast<soci::sqlite3_statement_backend*>(statement.get_backend())->stmt_);
    }
    if (idle_.size() < kCapacity) idle_.try_emplace(sql, statement);
  } catch (...) {
    // Not kept (out of memory): the statement is finalised when its last handle goes.
  }
}

}  // namespace ejournal::storage::soci_backend
