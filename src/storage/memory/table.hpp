// The building blocks of the memory backend's tables: rows by key, plus the secondary indexes
// each table keeps up to date as rows come and go. All are ShardedMaps, so a copy of a table is
// cheap and shares everything it does not change.
#pragma once

#include <set>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "sharded_map.hpp"

namespace ejournal::storage::memory {

/// For tables looked up only by key.
struct NoIndexes {
  template <class Record>
  void add(const Record& /*record*/) {}
  template <class Record>
  void remove(const Record& /*record*/) {}
};

/// Rows of one record type by their key, `key_of(row)`. `Indexes` is told of every row added
/// and removed (`add(const Record&)`, `remove(const Record&)`) so that lookups other than by key
/// stay fast.
template <class Record, auto key_of, class Indexes = NoIndexes>
class Table {
 public:
  using Key = decltype(key_of(std::declval<const Record&>()));

  /// The key `record` is stored under.
  static Key key_of_row(const Record& record) { return key_of(record); }

  /// The row with `key`, or nullptr.
  [[nodiscard]] const Record* find(const Key& key) const { return rows_.find(key); }
  [[nodiscard]] bool contains(const Key& key) const { return rows_.find(key) != nullptr; }
  /// The row with `key`, which an index named.
  [[nodiscard]] const Record& at(const Key& key) const { return *existing(rows_.find(key)); }

  /// Adds a row whose key is not yet taken (the caller has checked).
  void insert(Record record) {
    indexes_.add(record);
    Key key = key_of_row(record);
    rows_.emplace(std::move(key), std::move(record));
  }

  /// Removes the row with `key`, which exists, and gives it back.
  Record erase(const Key& key) {
    Record row = std::move(*existing(rows_.find_to_change(key)));
    rows_.erase(key);
    indexes_.remove(row);
    return row;
  }

  /// Puts `record` in place of the row with the same key, which exists, and gives back the old
  /// row.
  Record replace(Record record) {
    Record& row = *existing(rows_.find_to_change(key_of_row(record)));
    indexes_.remove(row);
    indexes_.add(record);
    return std::exchange(row, std::move(record));
  }

  [[nodiscard]] const Indexes& indexes() const noexcept { return indexes_; }

  /// Calls `visit(row)` for every row, in no particular order.
  template <class Visit>
  void for_each(Visit visit) const {
    rows_.for_each([&visit](const Key& /*key*/, const Record& row) { visit(row); });
  }

 private:
  // A row the caller says exists but does not is a bug of the backend, not a storage error.
  template <class Row>
  static Row* existing(Row* row) {
    if (row == nullptr) throw std::logic_error("memory store: a row its index names is missing");
    return row;
  }

  ShardedMap<Key, Record> rows_;
  Indexes indexes_;
};

/// A unique secondary key: at most one row per key value.
template <class UniqueKey, class RowKey>
class UniqueIndex {
 public:
  /// The key of the row holding `key`, or nullptr.
  [[nodiscard]] const RowKey* find(const UniqueKey& key) const { return map_.find(key); }
  void add(UniqueKey key, RowKey row) { map_.emplace(std::move(key), std::move(row)); }
  void remove(const UniqueKey& key) { map_.erase(key); }

 private:
  ShardedMap<UniqueKey, RowKey> map_;
};

/// Rows grouped by a scope (an institution, a course, a student …), each group an ordered set
/// of entries whose order is the order a list returns them in.
template <class Scope, class Entry>
class GroupIndex {
 public:
  /// The entries of `scope` in order; empty when it has none.
  [[nodiscard]] const std::set<Entry>& find(const Scope& scope) const {
    static const std::set<Entry> none;
    const std::set<Entry>* group = map_.find(scope);
    return group == nullptr ? none : *group;
  }
  void add(const Scope& scope, Entry entry) { map_[scope].insert(std::move(entry)); }
  void remove(const Scope& scope, const Entry& entry) {
    std::set<Entry>* group = map_.find_to_change(scope);
    if (group == nullptr) return;
    group->erase(entry);
    if (group->empty()) map_.erase(scope);
  }

 private:
  ShardedMap<Scope, std::set<Entry>> map_;
};

}  // namespace ejournal::storage::memory
