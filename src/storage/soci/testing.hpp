// Fixtures for the schema tests of the SOCI backend (tests/storage): databases at an older or a
// newer schema version than this library's, and a way to empty a PostgreSQL test database.
// They take the URIs of open_store ("sqlite:PATH", "postgresql://…", "postgresql:KEY=VALUE …").
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "ejournal/storage/open.hpp"
#include "soci_store.hpp"

namespace ejournal::storage::soci_backend {

/// Like make_store, but brings the database only to `schema_version` (1 …
/// current_schema_version), exactly as the library that introduced that version left it;
/// a database already newer stays as it is.
std::unique_ptr<Store> make_store_at_version(Dialect dialect, const std::string& target,
                                             const StoreOptions& options, int schema_version);

/// The store `uri` names at `schema_version` (make_store_at_version): e.g. a version-1 database
/// to insert records into, close, and open again with open_store to test the upgrade.
/// Error(invalid) for a URI that names no SOCI database.
std::unique_ptr<Store> open_store_at_version(std::string_view uri, int schema_version,
                                             const StoreOptions& options = {});

/// Records `version` as the schema version of the database `uri` names, leaving its tables as
/// they are: a database "from a newer library" for the refusal test.
void record_schema_version(std::string_view uri, int version);

/// Drops every table of the database's current schema, and the Ukrainian collation on
/// PostgreSQL, so that the next test starts from an empty database. For test databases only.
void drop_all_tables(std::string_view uri);

}  // namespace ejournal::storage::soci_backend
