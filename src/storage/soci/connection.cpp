#include "connection.hpp"

#include <cctype>
#include <exception>
#include <new>
#include <string>
#include <utility>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace ejournal::storage::soci_backend {

namespace {

// SQLite result codes, primary and extended (sqlite3.h); the soci header wraps sqlite3.h in a
// namespace, so its macros are spelled out here once.
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteConstraintCheck = 275;
constexpr int kSqliteConstraintForeignKey = 787;
constexpr int kSqliteConstraintNotNull = 1299;
constexpr int kSqliteConstraintPrimaryKey = 1555;
constexpr int kSqliteConstraintUnique = 2067;

// Long SQL makes an unreadable message; its opening words say which statement it was.
std::string statement_summary(std::string_view sql) {
  constexpr std::size_t kShown = 72;
  if (sql.size() <= kShown) return std::string(sql);
  return std::string(sql.substr(0, kShown)) + "…";
}

// The database's own words without SOCI's context lines or PostgreSQL's DETAIL (which quotes
// the stored values of a violated key).
std::string database_message(const soci::soci_error& error) {
  std::string message = error.get_error_message();
  if (const auto detail = message.find("\nDETAIL"); detail != std::string::npos) {
    message.erase(detail);
  }
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
    message.pop_back();
  }
  return message;
}

Errc sqlite_errc(int result, const std::string& message) {
  switch (result) {
    case kSqliteConstraintUnique:
    case kSqliteConstraintPrimaryKey: return Errc::exists;
    case kSqliteConstraintForeignKey: return Errc::not_found;
    case kSqliteConstraintNotNull:
    case kSqliteConstraintCheck: return Errc::invalid;
    default: break;
  }
  // Extended codes are switched on per session; the message is the fallback for a primary code.
  if ((result & 0xff) == kSqliteConstraint) {
    if (message.find("UNIQUE") != std::string::npos) return Errc::exists;
    if (message.find("FOREIGN KEY") != std::string::npos) return Errc::not_found;
    return Errc::invalid;
  }
  // SQLITE_BUSY after the busy timeout is a storage failure too: the caller may retry later.
  return Errc::storage;
}

Errc postgresql_errc(const std::string& sqlstate) {
  if (sqlstate == "23505") return Errc::exists;     // unique_violation
  if (sqlstate == "23503") return Errc::not_found;  // foreign_key_violation
  if (sqlstate == "23502" || sqlstate == "23514" || sqlstate == "22P02") return Errc::invalid;
  if (sqlstate == "40001" || sqlstate == "40P01") return Errc::conflict;  // serialization
  if (sqlstate == "25006") return Errc::invalid;  // read_only_sql_transaction
  return Errc::storage;
}

// Whether `sql` changes data: what a unit begun for reading may not run.
bool is_write(std::string_view sql) {
  const auto start = sql.find_first_not_of(" \t\n");
  if (start == std::string_view::npos) return false;
  const auto end = sql.find_first_of(" \t\n(", start);
  std::string verb(sql.substr(start, end == std::string_view::npos ? end : end - start));
  for (char& c : verb) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return verb == "INSERT" || verb == "UPDATE" || verb == "DELETE" || verb == "COPY";
}

}  // namespace

void translate_error(Dialect dialect, std::string_view what) {
  const std::string context = "'" + statement_summary(what) + "' failed: ";
  try {
    throw;
  } catch (const Error&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const soci::sqlite3_soci_error& error) {
    const std::string message = database_message(error);
    throw Error(sqlite_errc(error.result(), message), ErrorDomain::storage, context + message);
  } catch (const soci::postgresql_soci_error& error) {
    const std::string message = database_message(error);
    throw Error(postgresql_errc(error.sqlstate()), ErrorDomain::storage, context + message);
  } catch (const soci::soci_error& error) {
    throw Error(Errc::storage, ErrorDomain::storage, context + database_message(error));
  } catch (const std::exception& error) {
    throw Error(Errc::storage, ErrorDomain::storage, context + error.what());
  } catch (...) {
    throw Error(Errc::storage, ErrorDomain::storage,
                context + (dialect == Dialect::sqlite ? "unknown SQLite failure"
                                                      : "unknown PostgreSQL failure"));
  }
}

Statement::~Statement() {
  if (connection_ != nullptr && reusable_) connection_->statements_.give_back(sql_, statement_);
}

void Statement::fail() {
  // A statement that failed may be mid-way through its work: it is not reused.
  reusable_ = false;
  connection_->mark_failed();
  translate_error(connection_->dialect(), sql_);
}

bool Statement::execute() {
  connection_->before_statement(sql_);
  connection_->send_deferred_begin();
  try {
    return statement_.execute(true);
  } catch (...) {
    fail();
  }
}

bool Statement::fetch() {
  try {
    return statement_.fetch();
  } catch (...) {
    fail();
  }
}

long long Statement::affected_rows() {
  try {
    return statement_.get_affected_rows();
  } catch (...) {
    translate_error(connection_->dialect(), sql_);
  }
}

void Connection::ensure_active() const {
  if (spent_) {
    throw Error(Errc::conflict, ErrorDomain::storage,
                "the unit of work is already committed or rolled back; begin a new one");
  }
  if (failed_) {
    throw Error(Errc::conflict, ErrorDomain::storage,
                "an earlier statement of this unit of work failed; roll it back and begin anew");
  }
}

void Connection::send_deferred_begin() {
  if (deferred_begin_.empty()) return;
  const std::string sql = std::exchange(deferred_begin_, std::string());
  try {
    statements_.run(sql);
  } catch (...) {
    mark_failed();
    translate_error(dialect_, sql);
  }
}

void Connection::before_statement(std::string_view sql) {
  ensure_active();
  if (access_ == Access::read && is_write(sql)) {
    throw Error(Errc::invalid, ErrorDomain::storage,
                "the unit of work was begun for reading; begin one with Access::write to write");
  }
  if (!options_.before_statement) return;
  try {
    options_.before_statement(sql);
  } catch (const Error&) {
    mark_failed();
    throw;
  } catch (const std::exception& error) {
    mark_failed();
    throw Error(Errc::storage, ErrorDomain::storage,
                "'" + statement_summary(sql) + "' failed: " + error.what());
  } catch (...) {
    mark_failed();
    throw Error(Errc::storage, ErrorDomain::storage,
                "'" + statement_summary(sql) + "' failed: refused by before_statement");
  }
}

std::int64_t finish_versioned_update(Connection& connection, long long changed,
                                     std::int64_t expected_version, std::string_view table,
                                     const std::string& institution_id, const std::string& id,
                                     std::string_view what) {
  if (changed == 1) return expected_version + 1;
  // `table` is one of the backend's own table names, never a value.
  int found = 0;
  bool exists = false;
  if (institution_id.empty()) {
    exists = connection.execute("SELECT 1 FROM " + std::string(table) + " WHERE id = :id",
                                soci::use(id), soci::into(found));
  } else {
    exists = connection.execute("SELECT 1 FROM " + std::string(table) +
                                    " WHERE institution_id = :institution_id AND id = :id",
                                soci::use(institution_id), soci::use(id), soci::into(found));
  }
  if (!exists) {
    throw Error(Errc::not_found, ErrorDomain::storage, std::string(what) + " does not exist");
  }
  throw Error(Errc::conflict, ErrorDomain::storage,
              std::string(what) + " was changed by someone else since version " +
                  std::to_string(expected_version) + " was read");
}

void report_progress(const Progress& progress, std::size_t done, std::size_t total) {
  if (progress && (done % kProgressBatch == 0 || done == total)) progress(done, total);
}

}  // namespace ejournal::storage::soci_backend
