#include "transaction.hpp"

#include <chrono>

namespace ejournal::storage::memory {

Transaction::Transaction(std::shared_ptr<SharedState> state, Access access)
    : state_(std::move(state)) {
  if (access == Access::write) {
    writer_turn_ = std::unique_lock(state_->writer, std::defer_lock);
    const std::chrono::milliseconds timeout = state_->options.busy_timeout;
    if (!writer_turn_.try_lock_for(timeout)) {
      throw Error(Errc::storage, ErrorDomain::storage,
                  "another unit of work kept writing to the memory store for " +
                      std::to_string(timeout.count()) + " ms");
    }
  }
  std::shared_ptr<const Database> latest;
  {
    const std::lock_guard guard(state_->publication);
    latest = state_->committed;
  }
  if (access == Access::write) {
    working_ = std::make_unique<Database>(*latest);
  } else {
    snapshot_ = std::move(latest);
  }
}

void Transaction::commit() {
  check_usable();
  undo_.clear();
  if (working_) {
    std::shared_ptr<const Database> published = std::move(working_);
    const std::lock_guard guard(state_->publication);
    state_->committed = std::move(published);
  }
  snapshot_.reset();
  spent_ = true;
  if (writer_turn_.owns_lock()) writer_turn_.unlock();
}

const Database& Transaction::read() {
  check_usable();
  return working_ ? *working_ : *snapshot_;
}

const text::UkrainianCollator& Transaction::collator() {
  if (!collator_) collator_.emplace(state_->collator);
  return *collator_;
}

void Transaction::check_usable() const {
  if (spent_) {
    throw Error(Errc::conflict, ErrorDomain::storage,
                "the unit of work was committed; begin a new one");
  }
}

void Transaction::check_writable() const {
  check_usable();
  if (!working_) {
    throw Error(Errc::invalid, ErrorDomain::storage,
                "the unit of work was begun for reading; begin one with Access::write to write");
  }
}

void Transaction::undo_to(std::size_t mark) noexcept {
  while (undo_.size() > mark) {
    undo_.back()();
    undo_.pop_back();
  }
}

}  // namespace ejournal::storage::memory
