#include "testing.hpp"

#include <string>
#include <utility>
#include <vector>

#include "connection.hpp"
#include "ejournal/error.hpp"
#include "session_pool.hpp"

namespace ejournal::storage::soci_backend {

namespace {

struct Target {
  Dialect dialect;
  std::string name;
};

Target parse_uri(std::string_view uri) {
  const auto starts_with = [&](std::string_view prefix) {
    return uri.substr(0, prefix.size()) == prefix;
  };
  if (starts_with("sqlite:") && uri.size() > 7)
    return {Dialect::sqlite, std::string(uri.substr(7))};
  if (starts_with("postgresql://") || starts_with("postgres://")) {
    return {Dialect::postgresql, std::string(uri)};
  }
  if (starts_with("postgresql:")) return {Dialect::postgresql, std::string(uri.substr(11))};
  throw Error(Errc::invalid, ErrorDomain::storage,
              "the schema fixtures need a sqlite: or postgresql: URI");
}

void run(soci::session& session, Dialect dialect, const std::string& sql) {
  try {
    session << sql;
  } catch (...) {
    translate_error(dialect, sql);
  }
}

}  // namespace

std::unique_ptr<Store> open_store_at_version(std::string_view uri, int schema_version,
                                             const StoreOptions& options) {
  const Target target = parse_uri(uri);
  return make_store_at_version(target.dialect, target.name, options, schema_version);
}

void record_schema_version(std::string_view uri, int version) {
  const Target target = parse_uri(uri);
  const auto session = open_session(target.dialect, target.name, std::chrono::milliseconds(5000));
  run(*session, target.dialect, "DELETE FROM schema_version");
  const std::string sql = "INSERT INTO schema_version (version) VALUES (:version)";
  try {
    *session << sql, soci::use(version);
  } catch (...) {
    translate_error(target.dialect, sql);
  }
}

void drop_all_tables(std::string_view uri) {
  const Target target = parse_uri(uri);
  const auto session = open_session(target.dialect, target.name, std::chrono::milliseconds(5000));
  const std::string list =
      target.dialect == Dialect::sqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
          : "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
  std::vector<std::string> tables(1000);
  try {
    *session << list, soci::into(tables);
  } catch (...) {
    translate_error(target.dialect, list);
  }
  if (target.dialect == Dialect::sqlite) run(*session, target.dialect, "PRAGMA foreign_keys = OFF");
  for (const std::string& table : tables) {
    // A table name read from the catalogue, quoted as an identifier (it is not a value).
    std::string quoted = "\"";
    for (const char c : table) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += '"';
    run(*session, target.dialect,
        "DROP TABLE IF EXISTS " + quoted +
            (target.dialect == Dialect::postgresql ? " CASCADE" : ""));
  }
  if (target.dialect == Dialect::postgresql) {
    run(*session, target.dialect, "DROP COLLATION IF EXISTS ejournal_uk");
  }
}

}  // namespace ejournal::storage::soci_backend
