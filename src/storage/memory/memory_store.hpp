// The in-process reference backend (not installed).
#pragma once

#include <memory>

#include "ejournal/storage/open.hpp"

namespace ejournal::storage::memory {

/// A new empty store held in memory; `options.before_statement` sees every write.
std::unique_ptr<Store> make_store(const StoreOptions& options);

}  // namespace ejournal::storage::memory
