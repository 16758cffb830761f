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

const std::string* StatementCache::native_name(const std::string& sql) const {
  const auto found = native_names_.find(sql);
  return found == native_names_.end() ? nullptr : &found->second;
}

std::string StatementCache::next_native_name() const {
  // SOCI names its own statements "st_<n>"; this prefix keeps ours apart.
  if (native_names_.size() >= kCapacity) return {};
  return "ejournal_native_" + std::to_string(native_names_.size() + 1);
}

void StatementCache::remember_native(const std::string& sql, const std::string& name) {
  if (!name.empty()) native_names_.try_emplace(sql, name);
}

}  // namespace ejournal::storage::soci_backend
