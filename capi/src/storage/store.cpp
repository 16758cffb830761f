// Opening and closing a store: ej_store_options_init, ej_store_open, ej_store_free,
// ej_store_backend, ej_store_schema_version; and the session helpers every storage file uses.
#include <chrono>
#include <string>

#include "convert.hpp"
#include "ejournal/storage/open.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace storage = ejournal::storage;

namespace ejournal::capi::records {

storage::Store& store_of(ej_store* store) {
  require(store, "store");
  return *store->store;
}

void require_institution(storage::UnitOfWork& unit, const model::InstitutionId& id) {
  if (!unit.institutions().find(id)) fail_not_found("institution", id.str());
}

storage::Progress ProgressRelay::progress() {
  if (callback_ == nullptr) return {};
  return [this](std::size_t done, std::size_t total) {
    const int returned = callback_(done, total, payload_);
    if (returned != 0) {
      aborted_ = true;
      returned_ = returned;
      throw ProgressAborted{returned};
    }
  };
}

void ProgressRelay::check() const {
  if (aborted_) throw ProgressAborted{returned_};
}

}  // namespace ejournal::capi::records

namespace {

// Connection pools beyond this are a typo, not a configuration.
constexpr int32_t kMaxPoolSize = 1024;

storage::StoreOptions read_options(const ej_store_options* options) {
  const ej_store_options defaults = EJ_STORE_OPTIONS_INIT;
  const ej_store_options& given = options != nullptr ? *options : defaults;
  // Version 1 is the only layout so far, so every field below exists in the caller's struct.
  capi::check_options_version(given.version, EJ_STORE_OPTIONS_VERSION, "options->version");
  if (given.pool_size < 1 || given.pool_size > kMaxPoolSize) {
    capi::fail_invalid("argument 'options->pool_size' must be 1 … " + std::to_string(kMaxPoolSize) +
                       " (" + std::to_string(given.pool_size) + ")");
  }
  if (given.busy_timeout_ms < 0) {
    capi::fail_invalid("argument 'options->busy_timeout_ms' is negative (" +
                       std::to_string(given.busy_timeout_ms) + ")");
  }
  storage::StoreOptions result;
  result.pool_size = static_cast<std::size_t>(given.pool_size);
  result.busy_timeout = std::chrono::milliseconds(given.busy_timeout_ms);
  result.migrate = capi::read_bool(given.migrate, "options->migrate");
  return result;
}

}  // namespace

extern "C" {

int ej_store_options_init(ej_store_options* opts, uint32_t version) {
  return capi::init_options(opts, version, ej_store_options EJ_STORE_OPTIONS_INIT);
}

int ej_store_open(ej_store** out, const char* uri, const ej_store_options* options) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    // A connection string may be long (host lists, options), but not unbounded.
    constexpr std::size_t kMaxUri = 8192;
    const std::string target = capi::read_text(uri, "uri", false, kMaxUri);
    const storage::StoreOptions settings = read_options(options);
    auto handle = std::make_unique<ej_store>();
    handle->store = storage::open_store(target, settings);
    const storage::StoreInfo info = handle->store->info();
    handle->backend = info.backend;
    handle->schema_version = info.schema_version;
    *out = handle.release();
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_store_free(ej_store* store) {
  delete store;
}

int ej_store_backend(const char** out, const ej_store* store) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(store, "store");
    *out = store->backend.c_str();
    return EJ_OK;
  });
}

int ej_store_schema_version(int32_t* out, const ej_store* store) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(store, "store");
    *out = store->schema_version;
    return EJ_OK;
  });
}

}  // extern "C"
