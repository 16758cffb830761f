// The hash map every table and index of the memory backend is made of: split into shards that
// copies of the map share until one of them changes a shard (copy on write).
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <unordered_map>
#include <utility>

#include "keys.hpp"

namespace ejournal::storage::memory {

/// A hash map in kShards parts. Copying it copies one pointer per part, so a unit of work takes
/// its own copy of a table of millions of rows at once, and a write copies only the part it
/// changes (a few thousand rows) — never a part that another copy still reads.
///
/// A part is this map's own when no other copy points to it (use_count() == 1). That test is
/// sound here because the only copies taken of a map are taken by the thread that writes it: a
/// count may drop behind its back, never rise.
template <class Key, class Value>
class ShardedMap {
 public:
  static constexpr std::size_t kShards = 256;

  /// The value of `key`, or nullptr.
  [[nodiscard]] const Value* find(const Key& key) const {
    const auto& shard = shards_[shard_of(key)];
    if (!shard) return nullptr;
    const auto found = shard->find(key);
    return found == shard->end() ? nullptr : &found->second;
  }

  /// The value of `key`, to change, or nullptr.
  Value* find_to_change(const Key& key) {
    const std::size_t index = shard_of(key);
    if (!shards_[index]) return nullptr;
    auto& shard = own(index);
    const auto found = shard.find(key);
    return found == shard.end() ? nullptr : &found->second;
  }

  /// The value of `key`, made empty (value-initialised) when absent, to change.
  Value& operator[](const Key& key) { return own(shard_of(key))[key]; }

  /// Adds `key` with `value` unless `key` is present; whether it was added.
  bool emplace(Key key, Value value) {
    return own(shard_of(key)).emplace(std::move(key), std::move(value)).second;
  }

  /// Removes `key` if present.
  void erase(const Key& key) {
    const std::size_t index = shard_of(key);
    if (shards_[index] && shards_[index]->contains(key)) own(index).erase(key);
  }

  /// Calls `visit(key, value)` for every entry, in no particular order.
  template <class Visit>
  void for_each(Visit visit) const {
    for (const auto& shard : shards_) {
      if (!shard) continue;
      for (const auto& [key, value] : *shard) visit(key, value);
    }
  }

 private:
  using Shard = std::unordered_map<Key, Value, KeyHash>;

  static std::size_t shard_of(const Key& key) {
    // The low bits pick the bucket inside a shard too, so take the shard from the high ones.
    return (KeyHash{}(key) >> 24) % kShards;
  }

  /// Shard `index`, made this map's own (copied, or created) first if need be.
  Shard& own(std::size_t index) {
    auto& shard = shards_[index];
    if (!shard) {
      shard = std::make_shared<Shard>();
    } else if (shard.use_count() > 1) {
      shard = std::make_shared<Shard>(*shard);
    }
    return *shard;
  }

  std::array<std::shared_ptr<Shard>, kShards> shards_;
};

}  // namespace ejournal::storage::memory
