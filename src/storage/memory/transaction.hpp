// A unit of work of the memory store as its repositories see it: the lock it holds, the undo
// log of its writes, and the helpers every repository writes through.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "database.hpp"
#include "ejournal/error.hpp"
#include "ejournal/storage/open.hpp"
#include "ejournal/text/collation.hpp"

namespace ejournal::storage::memory {

/// What a memory store and its units of work share.
struct SharedState {
  explicit SharedState(StoreOptions store_options) : options(std::move(store_options)) {}

  /// Held by a write unit for its whole life: writers run one at a time, each on the state the
  /// one before committed, so writes are serializable.
  std::timed_mutex writer;
  /// Guards `committed`, the snapshot every unit begins from.
  std::mutex publication;
  std::shared_ptr<const Database> committed = std::make_shared<const Database>();
  const StoreOptions options;
  /// Copied by each unit that sorts names, since one collator must not serve two threads.
  const text::UkrainianCollator collator;
};

/// Rows written in one bulk call are acknowledged to `progress` in batches of this many.
inline constexpr std::size_t kProgressBatch = 1000;

/// The state of one unit of work. A read unit reads the snapshot committed when it began and
/// never waits. A write unit waits its turn among writers, then works on its own copy of the
/// committed snapshot (sharing whatever it does not change) and publishes it on commit;
/// destroyed without commit, its copy is simply dropped. Within the unit each write logs how
/// to undo it, so that a failed call is undone alone and the unit sees none of it.
class Transaction {
 public:
  /// Begins on the latest committed snapshot; a writer first waits, at most the store's busy
  /// timeout, for the writer before it to finish. Throws Error(storage) when that one does not.
  Transaction(std::shared_ptr<SharedState> state, Access access);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() = default;

  /// Publishes the unit's snapshot as the committed one and lets the next writer in; the
  /// transaction is spent afterwards.
  void commit();

  /// The tables, to read. Throws Error(conflict) once the transaction is spent.
  const Database& read();

  /// Runs `change` on the tables as one statement: when it throws, whatever it changed is undone
  /// before the exception goes on. Throws Error(conflict) once spent, Error(invalid) in a read
  /// unit.
  template <class Change>
  decltype(auto) write(Change&& change) {
    check_writable();
    const std::size_t mark = undo_.size();
    try {
      return std::forward<Change>(change)(*working_);
    } catch (...) {
      undo_to(mark);
      throw;
    }
  }

  /// Announces one single-row write to StoreOptions::before_statement, which may throw to make
  /// it fail.
  void statement(std::string_view description) const {
    if (state_->options.before_statement) state_->options.before_statement(description);
  }

  /// Ukrainian collation for this transaction's thread.
  const text::UkrainianCollator& collator();

  /// Adds a new row (its key and unique keys checked free by the caller).
  template <class Table, class Record>
  void insert_row(Table& table, Record row) {
    auto key = Table::key_of_row(row);
    table.insert(std::move(row));
    undo_.push_back([&table, key = std::move(key)] { table.erase(key); });
  }

  /// Adds every row of `rows` (all checked by the caller), announcing each to before_statement
  /// with `description` and telling `progress` after each batch and at the end. `prepare` turns a
  /// given row into the row to store.
  template <class Table, class Record, class Prepare>
  void insert_rows(Table& table, std::span<const Record> rows, std::string_view description,
                   const Progress& progress, Prepare prepare) {
    // One undo step for the whole call, filled as rows land, so that a failure part-way undoes
    // exactly the rows written so far.
    auto written = std::make_shared<std::vector<typename Table::Key>>();
    written->reserve(rows.size());
    undo_.push_back([&table, written] {
      for (auto key = written->rbegin(); key != written->rend(); ++key) table.erase(*key);
    });
    for (std::size_t done = 0; done < rows.size(); ++done) {
      statement(description);
      Record row = prepare(rows[done]);
      written->push_back(Table::key_of_row(row));
      table.insert(std::move(row));
      if (progress && (done + 1) % kProgressBatch == 0) progress(done + 1, rows.size());
    }
    if (progress && (rows.empty() || rows.size() % kProgressBatch != 0)) {
      progress(rows.size(), rows.size());
    }
  }

  /// Stores `row` in place of the row with its key, which exists.
  template <class Table, class Record>
  void replace_row(Table& table, Record row) {
    Record previous = table.replace(std::move(row));
    undo_.push_back([&table, previous = std::move(previous)] { table.replace(previous); });
  }

  /// Removes the row with `key`, which exists.
  template <class Table>
  void erase_row(Table& table, const typename Table::Key& key) {
    auto previous = table.erase(key);
    undo_.push_back([&table, previous = std::move(previous)] { table.insert(previous); });
  }

 private:
  void check_usable() const;
  void check_writable() const;
  /// Replays the undo log backwards until only its first `mark` steps remain.
  void undo_to(std::size_t mark) noexcept;

  std::shared_ptr<SharedState> state_;
  std::unique_lock<std::timed_mutex> writer_turn_;
  /// What a read unit reads; empty in a write unit, and once spent.
  std::shared_ptr<const Database> snapshot_;
  /// What a write unit reads and writes; empty in a read unit, and once spent.
  std::unique_ptr<Database> working_;
  std::vector<std::function<void()>> undo_;
  std::optional<text::UkrainianCollator> collator_;
  bool spent_ = false;
};

}  // namespace ejournal::storage::memory
