// A store that plays the loser of a race: its next write unit does not see the open requests and
// the institutions already stored (as if they were committed by someone else just after this
// unit looked), while its writes still go to the real store, whose unique keys then decide.
#pragma once

#include <memory>

#include "ejournal/storage/store.hpp"

namespace ejournal::services::testing {

class BlindStore final : public storage::Store {
 public:
  explicit BlindStore(storage::Store& store) : store_(store) {}

  /// The next write unit is blind to duplicates; later units see everything again.
  void blind_next_write() { blind_ = true; }

  std::unique_ptr<storage::UnitOfWork> begin(storage::Access access) override;
  [[nodiscard]] storage::StoreInfo info() const override { return store_.info(); }

 private:
  storage::Store& store_;
  bool blind_ = false;
};

}  // namespace ejournal::services::testing
