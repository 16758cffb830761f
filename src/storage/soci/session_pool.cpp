#include "session_pool.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "connection.hpp"
#include "ejournal/error.hpp"
#include "ejournal/text/collation.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr int kSqliteOk = 0;
constexpr int kSqliteUtf8 = 1;

bool is_sqlite_memory(const std::string& target) {
  return target == ":memory:";
}

void run_setup(soci::session& session, Dialect dialect, const std::string& sql) {
  try {
    session << sql;
  } catch (...) {
    translate_error(dialect, sql);
  }
}

void set_up_sqlite(soci::session& session, const std::string& target,
                   std::chrono::milliseconds busy_timeout) {
  auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
  sqlite_api::sqlite3* handle = backend->conn_;
  // Extended codes tell a unique violation from a foreign-key one (translate_error).
  sqlite_api::sqlite3_extended_result_codes(handle, 1);
  sqlite_api::sqlite3_busy_timeout(handle, static_cast<int>(busy_timeout.count()));
  void* collator = text::uk_collation_context_new();
  // On failure SQLite itself calls the destructor with the context.
  if (sqlite_api::sqlite3_create_collation_v2(handle, "uk", kSqliteUtf8, collator,
                                              &text::uk_collation_compare,
                                              &text::uk_collation_context_free) != kSqliteOk) {
    throw Error(Errc::storage, ErrorDomain::storage,
                "cannot register the Ukrainian collation on a SQLite connection");
  }
  run_setup(session, Dialect::sqlite, "PRAGMA foreign_keys = ON");
  run_setup(session, Dialect::sqlite, "PRAGMA synchronous = NORMAL");
  run_setup(session, Dialect::sqlite, "PRAGMA cache_size = -65536");  // KiB, i.e. 64 MiB
  if (!is_sqlite_memory(target)) {
    // WAL lets readers work while one writer writes; it is a property of the file, kept once set.
    const std::string sql = "PRAGMA journal_mode = WAL";
    std::string mode;
    try {
      session << sql, soci::into(mode);
    } catch (...) {
      translate_error(Dialect::sqlite, sql);
    }
  }
}

// SOCI 4.0 re-splits the connection string at spaces and '=' (looking for its own options), which
// mangles a "postgresql://…" URI: libpq parses the target here, and SOCI gets keyword=value
// pairs with each value quoted as libpq reads it.
std::string libpq_keywords(const std::string& target) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(target.c_str(), &error);
  if (options == nullptr) {
    // libpq's message names the malformed part, never the password.
    std::string reason = error != nullptr ? error : "out of memory";
    PQfreemem(error);
    while (!reason.empty() && reason.back() == '\n') reason.pop_back();
    throw Error(Errc::invalid, ErrorDomain::storage,
                "the PostgreSQL connection string is malformed: " + reason);
  }
  std::string keywords;
  for (const PQconninfoOption* option = options; option->keyword != nullptr; ++option) {
    if (option->val == nullptr) continue;
    if (!keywords.empty()) keywords += ' ';
    keywords += option->keyword;
    keywords += "='";
    for (const char* c = option->val; *c != '\0'; ++c) {
      if (*c == '\'' || *c == '\\') keywords += '\\';
      keywords += *c;
    }
    keywords += '\'';
  }
  PQconninfoFree(options);
  return keywords;
}

// The database's words for a failed connect, on one line.
std::string connect_failure(const soci::soci_error& error) {
  std::string message = error.get_error_message();
  for (char& c : message) {
    if (c == '\n') c = ' ';
  }
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

}  // namespace

std::unique_ptr<soci::session> open_session(Dialect dialect, const std::string& target,
                                            std::chrono::milliseconds busy_timeout) {
  std::unique_ptr<soci::session> session;
  try {
    if (dialect == Dialect::sqlite) {
      // soci reads "key=value" pairs; a quoted value may hold spaces.
      session = std::make_unique<soci::session>(*soci::factory_sqlite3(), "db=\"" + target + "\"");
    } else {
      session =
          std::make_unique<soci::session>(*soci::factory_postgresql(), libpq_keywords(target));
    }
  } catch (const soci::soci_error& error) {
    // The database's words only: soci's context would quote the connection string.
    throw Error(Errc::storage, ErrorDomain::storage,
                std::string(dialect == Dialect::sqlite ? "cannot open SQLite database: "
                                                       : "cannot connect to PostgreSQL: ") +
                    connect_failure(error));
  }
  if (dialect == Dialect::sqlite) {
    set_up_sqlite(*session, target, busy_timeout);
  } else {
    // Notices (such as "relation … already exists, skipping") would go to stderr otherwise.
    run_setup(*session, dialect, "SET client_min_messages = warning");
  }
  return session;
}

SessionLease::~SessionLease() {
  release();
}

void SessionLease::release() noexcept {
  if (pool_ != nullptr) std::exchange(pool_, nullptr)->give_back(slot_, discard_);
}

soci::session& SessionLease::session() const {
  return *pool_->sessions_[slot_]->session;
}

StatementCache& SessionLease::statements() const {
  return pool_->sessions_[slot_]->statements;
}

SessionPool::SessionPool(Dialect dialect, std::string target, std::size_t size,
                         std::chrono::milliseconds busy_timeout)
    : dialect_(dialect),
      target_(std::move(target)),
      busy_timeout_(busy_timeout),
      sessions_(std::max<std::size_t>(size, 1)),
      leased_(sessions_.size(), false) {
  sessions_[0] = connect();
}

SessionPool::~SessionPool() = default;

std::unique_ptr<SessionPool::Pooled> SessionPool::connect() const {
  return std::make_unique<Pooled>(open_session(dialect_, target_, busy_timeout_), dialect_);
}

SessionLease SessionPool::lease() {
  std::unique_lock lock(mutex_);
  const auto wait = std::max(busy_timeout_, std::chrono::milliseconds(1000));
  const auto free_slot = [&] {
    return std::find(leased_.begin(), leased_.end(), false) != leased_.end();
  };
  if (!released_.wait_for(lock, wait, free_slot)) {
    throw Error(Errc::storage, ErrorDomain::storage,
                "no database connection became free within " + std::to_string(wait.count()) +
                    " ms (all " + std::to_string(sessions_.size()) + " are held by units of work)");
  }
  // Prefer a connected session; connect a new one only when none is idle.
  std::size_t slot = sessions_.size();
  for (std::size_t i = 0; i < sessions_.size(); ++i) {
    if (!leased_[i] && sessions_[i]) {
      slot = i;
      break;
    }
  }
  if (slot == sessions_.size()) {
    slot = static_cast<std::size_t>(std::find(leased_.begin(), leased_.end(), false) -
                                    leased_.begin());
  }
  leased_[slot] = true;
  if (!sessions_[slot]) {
    lock.unlock();
    try {
      auto session = connect();
      lock.lock();
      sessions_[slot] = std::move(session);
    } catch (...) {
      give_back(slot, true);
      throw;
    }
  }
  return SessionLease(*this, slot);
}

void SessionPool::give_back(std::size_t slot, bool discard) noexcept {
  std::unique_ptr<Pooled> dropped;
  {
    std::lock_guard lock(mutex_);
    // The one session of an in-memory database is the database: it is never dropped.
    if (discard && !(dialect_ == Dialect::sqlite && is_sqlite_memory(target_))) {
      dropped = std::move(sessions_[slot]);
    }
    leased_[slot] = false;
  }
  released_.notify_one();
}

}  // namespace ejournal::storage::soci_backend
