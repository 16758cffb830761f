// The ej_store handle and the two things every storage entry point does with it: run its body
// as one unit of work, and relay a bulk write's progress to the caller's callback.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include "ejournal.h"
#include "ejournal/storage/store.hpp"
#include "firewall.hpp"

struct ej_store {
  std::unique_ptr<ejournal::storage::Store> store;
  // Kept for ej_store_backend(), which lends it out for the life of the handle.
  std::string backend;
  std::int32_t schema_version = 0;
};

namespace ejournal::capi::records {

/// The store behind a handle; Error(invalid) naming `store` when it is NULL.
storage::Store& store_of(ej_store* store);

/// Throws Error(not_found) unless the store has the institution `id`: every record of an
/// institution is created under it, so a typo in its id must not pass for "no such class".
void require_institution(storage::UnitOfWork& unit, const model::InstitutionId& id);

/// Runs `body(unit)` in a new unit of work of `store` and commits it when `body` returns, so
/// that each C call is one transaction. A throw leaves the unit uncommitted: it rolls back.
template <class Body>
void in_unit(ej_store* store, storage::Access access, Body&& body) {
  const std::unique_ptr<storage::UnitOfWork> unit = store_of(store).begin(access);
  std::forward<Body>(body)(*unit);
  unit->commit();
}

/// Relays a bulk write's progress to an ej_progress_fn and remembers whether it asked to stop.
class ProgressRelay {
 public:
  ProgressRelay(ej_progress_fn callback, void* payload) noexcept
      : callback_(callback), payload_(payload) {}

  /// The storage::Progress to hand to insert_many: empty without a callback; otherwise it calls
  /// the callback and throws when it returns non-zero.
  [[nodiscard]] storage::Progress progress();

  /// Whether the callback asked to stop.
  [[nodiscard]] bool aborted() const noexcept { return aborted_; }

  /// Throws the abort when the callback asked to stop, so that no unit commits after an abort
  /// even if a backend swallowed the throw.
  void check() const;

 private:
  ej_progress_fn callback_;
  void* payload_;
  bool aborted_ = false;
  int returned_ = 0;
};

/// What the relay throws: not an ejournal::Error, so that no backend mistakes it for its own.
struct ProgressAborted {
  int returned;
};

/// guarded() for a bulk call: an abort by the callback becomes EJ_EUSER, whatever a backend
/// made of the throw on its way out.
template <class Body>
int guarded_bulk(const ProgressRelay& relay, Body&& body) noexcept {
  return guarded([&]() -> int {
    try {
      return std::forward<Body>(body)();
    } catch (const ProgressAborted& abort) {
      return set_error(EJ_EUSER, EJ_ERRCLASS_ARGUMENT,
                       "the progress callback returned " + std::to_string(abort.returned) +
                           ": the call was aborted and nothing was stored");
    } catch (...) {
      if (!relay.aborted()) throw;
      return set_error(EJ_EUSER, EJ_ERRCLASS_ARGUMENT,
                       "the progress callback asked to stop: the call was aborted and nothing "
                       "was stored");
    }
  });
}

}  // namespace ejournal::capi::records
