// A fixed-size pool of SOCI sessions, each set up for its dialect when it connects.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "soci_store.hpp"
#include "statement_cache.hpp"

namespace ejournal::storage::soci_backend {

class SessionPool;

/// A session borrowed from the pool; returned when the lease is destroyed. A lease whose
/// session may be in an unknown state (a failed rollback) is discarded instead, and the pool
/// reconnects that slot when it is next leased.
class SessionLease {
 public:
  SessionLease(SessionPool& pool, std::size_t slot) noexcept : pool_(&pool), slot_(slot) {}
  SessionLease(SessionLease&& other) noexcept
      : pool_(std::exchange(other.pool_, nullptr)), slot_(other.slot_), discard_(other.discard_) {}
  SessionLease& operator=(SessionLease&&) = delete;
  SessionLease(const SessionLease&) = delete;
  SessionLease& operator=(const SessionLease&) = delete;
  ~SessionLease();

  [[nodiscard]] soci::session& session() const;
  /// The statements prepared on the session, for reuse.
  [[nodiscard]] StatementCache& statements() const;
  /// Drops the session when the lease ends rather than handing it to the next unit.
  void discard() noexcept { discard_ = true; }
  /// Ends the lease now (a committed unit gives its session back before it is destroyed).
  void release() noexcept;

 private:
  SessionPool* pool_;
  std::size_t slot_;
  bool discard_ = false;
};

/// Opens sessions lazily, up to `size`, and hands them out one unit of work at a time.
///
/// Every SQLite session gets: extended result codes (so a unique violation is told from a
/// foreign-key one), PRAGMA foreign_keys=ON, busy_timeout, synchronous=NORMAL, a page cache of up
/// to 64 MiB (SQLite's default 2 MiB makes a bulk load spill dirty index pages over and over
/// once a year's grades outgrow it; the cache only grows as pages are read), journal_mode=WAL
/// for a file, and the Ukrainian collation "uk". Every PostgreSQL session gets
/// client_min_messages=warning so that notices do not reach stderr.
class SessionPool {
 public:
  /// `target` as in make_store. Connects the first session now (Error(storage) when it cannot).
  SessionPool(Dialect dialect, std::string target, std::size_t size,
              std::chrono::milliseconds busy_timeout);
  ~SessionPool();
  SessionPool(const SessionPool&) = delete;
  SessionPool& operator=(const SessionPool&) = delete;

  /// A free session, connecting a new one if the pool is not full; waits for one otherwise, up
  /// to the busy timeout (at least a second), then Error(storage) — which is also what a thread
  /// that already holds every session gets instead of waiting for itself forever.
  SessionLease lease();

  [[nodiscard]] Dialect dialect() const noexcept { return dialect_; }

 private:
  friend class SessionLease;
  void give_back(std::size_t slot, bool discard) noexcept;
  /// A connected session and the statements prepared on it (destroyed first).
  struct Pooled {
    Pooled(std::unique_ptr<soci::session> connected, Dialect dialect)
        : session(std::move(connected)), statements(*session, dialect) {}
    std::unique_ptr<soci::session> session;
    StatementCache statements;
  };

  [[nodiscard]] std::unique_ptr<Pooled> connect() const;

  Dialect dialect_;
  std::string target_;
  std::chrono::milliseconds busy_timeout_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<Pooled>> sessions_;  // one per slot; null until connected
  std::vector<bool> leased_;
};

/// Opens one session on `target`, set up as SessionPool describes. Error(storage) when it cannot
/// connect; the message never quotes the connection string.
std::unique_ptr<soci::session> open_session(Dialect dialect, const std::string& target,
                                            std::chrono::milliseconds busy_timeout);

}  // namespace ejournal::storage::soci_backend
