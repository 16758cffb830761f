#include "unit_of_work.hpp"

#include <string>
#include <utility>

namespace ejournal::storage::soci_backend {

namespace {

std::string begin_statement(Dialect dialect, Access access) {
  // A SQLite writer takes the write lock at BEGIN, so two writers queue on the busy timeout
  // instead of both reading and then failing to upgrade their locks.
  if (dialect == Dialect::sqlite) return access == Access::write ? "BEGIN IMMEDIATE" : "BEGIN";
  // A reader reads one snapshot (REPEATABLE READ: a page's lessons and grades agree; a
  // read-only transaction never fails to serialise). Its writes are refused before they reach
  // the server (Connection); READ ONLY makes the server refuse them too.
  return access == Access::write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
}

}  // namespace

SociUnitOfWork::SociUnitOfWork(SessionLease lease, Dialect dialect, const StoreOptions& options,
                               Access access)
    : lease_(std::move(lease)),
      connection_(lease_.session(), lease_.statements(), dialect, options, access) {
  const std::string sql = begin_statement(dialect, access);
  // PostgreSQL takes a transaction's snapshot at its first query, not at BEGIN: sent with that
  // query, BEGIN costs no round trip of its own.
  if (dialect == Dialect::postgresql) {
    connection_.defer_begin(sql);
    return;
  }
  try {
    lease_.statements().run(sql);
  } catch (...) {
    finished_ = true;
    lease_.discard();
    translate_error(dialect, sql);
  }
}

SociUnitOfWork::~SociUnitOfWork() {
  if (!finished_) rollback();
}

void SociUnitOfWork::rollback() noexcept {
  finished_ = true;
  connection_.mark_spent();
  if (!connection_.deferred_begin().empty()) {
    // Nothing was sent: the session is as the pool gave it.
    lease_.release();
    return;
  }
  try {
    lease_.statements().run("ROLLBACK");
  } catch (...) {
    // The session's state is unknown now; the pool reconnects rather than reuse it.
    lease_.discard();
  }
  lease_.release();
}

void SociUnitOfWork::commit() {
  const std::string sql = "COMMIT";
  try {
    connection_.before_statement(sql);
  } catch (...) {
    if (!finished_) rollback();
    throw;
  }
  try {
    // A unit that ran no statement never sent its BEGIN: there is nothing to commit.
    if (connection_.deferred_begin().empty()) lease_.statements().run(sql);
  } catch (...) {
    rollback();
    translate_error(connection_.dialect(), sql);
  }
  finished_ = true;
  connection_.mark_spent();
  // A spent unit runs no statement, so its session can serve the next unit at once.
  lease_.release();
}

}  // namespace ejournal::storage::soci_backend
