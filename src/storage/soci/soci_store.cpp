#include "soci_store.hpp"

#include <memory>
#include <string>
#include <utility>

#include "ejournal/error.hpp"
#include "schema.hpp"
#include "session_pool.hpp"
#include "testing.hpp"
#include "unit_of_work.hpp"

namespace ejournal::storage::soci_backend {

namespace {

class SociStore final : public Store {
 public:
  SociStore(Dialect dialect, const std::string& target, const StoreOptions& options,
            int schema_version)
      : dialect_(dialect),
        options_(options),
        // A private in-memory SQLite database lives and dies with its one connection.
        pool_(dialect, target, target == ":memory:" ? 1 : options.pool_size, options.busy_timeout) {
    SessionLease lease = pool_.lease();
    schema_version_ = migrate_schema(lease.session(), dialect, schema_version, options.migrate);
  }

  std::unique_ptr<UnitOfWork> begin(Access access) override {
    return std::make_unique<SociUnitOfWork>(pool_.lease(), dialect_, options_, access);
  }

  [[nodiscard]] StoreInfo info() const override {
    return {dialect_ == Dialect::sqlite ? "sqlite" : "postgresql", schema_version_};
  }

 private:
  Dialect dialect_;
  StoreOptions options_;
  SessionPool pool_;
  int schema_version_ = 0;
};

void check_options(const StoreOptions& options) {
  if (options.pool_size == 0) {
    throw Error(Errc::invalid, ErrorDomain::storage, "store pool_size must be at least 1");
  }
  if (options.busy_timeout.count() < 0) {
    throw Error(
        Errc::invalid, ErrorDomain::storage,
        "store busy_timeout " + std::to_string(options.busy_timeout.count()) + " ms is negative");
  }
}

}  // namespace

std::unique_ptr<Store> make_store_at_version(Dialect dialect, const std::string& target,
                                             const StoreOptions& options, int schema_version) {
  check_options(options);
  return std::make_unique<SociStore>(dialect, target, options, schema_version);
}

std::unique_ptr<Store> make_store(Dialect dialect, const std::string& target,
                                  const StoreOptions& options) {
  return make_store_at_version(dialect, target, options, current_schema_version);
}

}  // namespace ejournal::storage::soci_backend
