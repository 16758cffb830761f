// The SOCI backend for SQLite and PostgreSQL (not installed; SOCI stays out of public headers).
#pragma once

#include <memory>
#include <string>

#include "ejournal/storage/open.hpp"

namespace ejournal::storage::soci_backend {

enum class Dialect { sqlite = 1, postgresql };

/// Opens the database: for SQLite `target` is a file path or ":memory:"; for PostgreSQL it is
/// what libpq takes (a URI "postgresql://…" or a keyword string).
std::unique_ptr<Store> make_store(Dialect dialect, const std::string& target,
                                  const StoreOptions& options);

}  // namespace ejournal::storage::soci_backend
