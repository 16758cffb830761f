// Opening a store by URI.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

#include "ejournal/storage/store.hpp"

namespace ejournal::storage {

/// The schema version this library writes. A database with a newer one refuses to open.
inline constexpr int current_schema_version = 5;

struct StoreOptions {
  /// Connections kept open (PostgreSQL, SQLite files); one for an in-memory SQLite database.
  std::size_t pool_size = 4;
  /// How long a SQLite writer waits for the lock before failing with Error(storage).
  std::chrono::milliseconds busy_timeout{5000};
  /// Apply forward migrations on open (otherwise an older schema refuses to open).
  bool migrate = true;
  /// Called with each SQL statement (or, for the memory backend, each write) before it runs; a
  /// throw makes that statement fail. The fault-injection tests use it; leave it empty otherwise.
  std::function<void(std::string_view statement)> before_statement;
};

/// Opens (creating and migrating as needed) the store a URI names:
/// - "memory:" — a new empty in-process store (the reference implementation);
/// - "sqlite:PATH" — a SQLite file (WAL, foreign keys on, busy timeout); "sqlite::memory:" — a
///   private in-memory SQLite database;
/// - "postgresql://…" or "postgresql:KEY=VALUE …" — a PostgreSQL server, the rest handed to
///   libpq as a connection URI or keyword string.
/// Throws Error(invalid) for an unknown scheme or a malformed URI, Error(storage) when the
/// database cannot be opened (the message says why, without the password), Error(version) when
/// its schema is newer than current_schema_version, or older and `migrate` is off.
std::unique_ptr<Store> open_store(std::string_view uri, const StoreOptions& options = {});

}  // namespace ejournal::storage
