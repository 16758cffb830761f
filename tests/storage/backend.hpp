// The backends the conformance suite runs on, and a fixture that gives every test a fresh store.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "ejournal/storage/open.hpp"

namespace ejournal::storage::testing {

enum class Backend { memory = 1, sqlite_memory, sqlite_file, postgresql };

/// Every backend, for INSTANTIATE_TEST_SUITE_P(…, ValuesIn(all_backends()), backend_name).
[[nodiscard]] std::vector<Backend> all_backends();
/// The backends whose data several connections share (faults, concurrency): all but the
/// in-memory SQLite database.
[[nodiscard]] std::vector<Backend> shared_backends();
/// "memory", "sqlite_memory", … — the suffix of each test's name.
[[nodiscard]] std::string backend_name(const ::testing::TestParamInfo<Backend>& info);

/// Prints the backend's name in GoogleTest messages.
void PrintTo(Backend backend, std::ostream* out);

/// The libpq keyword string of the server the PostgreSQL tests use (EJ_PG_CONN), if any. It must
/// be a keyword string, not a URI: each test appends its own `options` (a private search_path).
[[nodiscard]] std::optional<std::string> postgresql_connection();

/// A place a store lives for the length of one test: a temporary SQLite file or a private
/// PostgreSQL schema, removed again when this is destroyed. Nothing to remove for the others.
class Location {
 public:
  /// Prepares a new, empty place for `backend`. Throws std::runtime_error when PostgreSQL is
  /// asked for without EJ_PG_CONN.
  explicit Location(Backend backend);
  ~Location();
  Location(const Location&) = delete;
  Location& operator=(const Location&) = delete;

  /// The URI open_store takes for this place.
  [[nodiscard]] const std::string& uri() const noexcept { return uri_; }
  /// The SQLite file (empty for the other backends).
  [[nodiscard]] const std::filesystem::path& sqlite_file() const noexcept { return file_; }

 private:
  std::string uri_;
  std::filesystem::path file_;
  std::string schema_;
};

/// The fixture of every conformance test: a store opened on a fresh Location of the
/// parameter's backend. Skips, visibly, the PostgreSQL cases when EJ_PG_CONN is not set.
class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  /// Opens the test's store (again) with `options`, closing the one open before.
  void reopen(const StoreOptions& options);
  /// Closes the test's store, keeping its data in place.
  void close() { store_.reset(); }

  [[nodiscard]] Store& store() { return *store_; }
  [[nodiscard]] const Location& location() const { return *location_; }
  /// Whether two units of work may be open at once in one thread (not so for the single
  /// connection of an in-memory SQLite database).
  [[nodiscard]] bool has_concurrent_units() const { return GetParam() != Backend::sqlite_memory; }

 private:
  std::unique_ptr<Location> location_;
  std::unique_ptr<Store> store_;
};

}  // namespace ejournal::storage::testing
