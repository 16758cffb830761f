// A flat hash index from group ids to slots, for bulk rows that arrive out of order.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace ejournal::grading::detail {

/// Open addressing with linear probing over one array: a lookup touches one or two cache lines,
/// where a node-based map would chase a pointer per group.
class GroupIndex {
 public:
  /// The slot of `group`, inserting `next_slot` for a new group (then `inserted` is true).
  std::size_t find_or_insert(std::int64_t group, std::size_t next_slot, bool& inserted) {
    if (2 * (size_ + 1) > entries_.size()) grow();
    std::size_t position = home_of(group);
    for (;; position = (position + 1) & mask_) {
      Entry& entry = entries_[position];
      if (entry.slot == kVacant) {
        entry = Entry{group, next_slot};
        ++size_;
        inserted = true;
        return next_slot;
      }
      if (entry.group == group) {
        inserted = false;
        return entry.slot;
      }
    }
  }

 private:
  static constexpr std::size_t kVacant = std::numeric_limits<std::size_t>::max();

  struct Entry {
    std::int64_t group = 0;
    std::size_t slot = kVacant;
  };

  // Fibonacci hashing: the top bits of id × 2^64/φ spread consecutive ids over the table.
  [[nodiscard]] std::size_t home_of(std::int64_t group) const {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(group) * 0x9E3779B97F4A7C15u) >>
                                    shift_);
  }

  void grow() {
    std::vector<Entry> old = std::move(entries_);
    const std::size_t capacity = std::max<std::size_t>(64, 2 * old.size());
    entries_.assign(capacity, Entry{});
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    for (const Entry& entry : old) {
      if (entry.slot == kVacant) continue;
      std::size_t position = home_of(entry.group);
      while (entries_[position].slot != kVacant) position = (position + 1) & mask_;
      entries_[position] = entry;
    }
  }

  std::vector<Entry> entries_;
  std::size_t size_ = 0;
  std::size_t mask_ = 0;
  int shift_ = 64;
};

}  // namespace ejournal::grading::detail
