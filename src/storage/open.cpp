#include "ejournal/storage/open.hpp"

#include <string>

#include "ejournal/error.hpp"
#include "memory/memory_store.hpp"
#include "soci/soci_store.hpp"

namespace ejournal::storage {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// The URI without what may be a secret, for error messages: the userinfo of "scheme://user:pw@…"
// and everything from a "password" keyword on.
std::string redacted(std::string_view uri) {
  std::string shown(uri);
  if (const auto scheme_end = shown.find("://"); scheme_end != std::string::npos) {
    if (const auto at = shown.find('@', scheme_end); at != std::string::npos) {
      shown = shown.substr(0, scheme_end + 3) + "…" + shown.substr(at);
    }
  }
  if (const auto password = shown.find("password"); password != std::string::npos) {
    shown = shown.substr(0, password) + "…";
  }
  return shown;
}

}  // namespace

std::unique_ptr<Store> open_store(std::string_view uri, const StoreOptions& options) {
  if (uri == "memory:") return memory::make_store(options);
  if (starts_with(uri, "sqlite:")) {
    const std::string target(uri.substr(7));
    if (target.empty()) {
      throw Error(Errc::invalid, ErrorDomain::storage, "store URI 'sqlite:' names no file");
    }
    return soci_backend::make_store(soci_backend::Dialect::sqlite, target, options);
  }
  if (starts_with(uri, "postgresql://") || starts_with(uri, "postgres://")) {
    return soci_backend::make_store(soci_backend::Dialect::postgresql, std::string(uri), options);
  }
  if (starts_with(uri, "postgresql:")) {
    return soci_backend::make_store(soci_backend::Dialect::postgresql, std::string(uri.substr(11)),
                                    options);
  }
  throw Error(Errc::invalid, ErrorDomain::storage,
              "store URI '" + redacted(uri) +
                  "' has an unknown scheme (expected memory:, sqlite: or postgresql:)");
}

}  // namespace ejournal::storage
