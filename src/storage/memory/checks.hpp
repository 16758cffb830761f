// The checks a memory repository makes before it writes: ids and unique keys free, referenced
// rows present in the same institution, versions current. Each throws the storage Error the
// repositories' contract names, with the key in the message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_set>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "ejournal/error.hpp"
#include "keys.hpp"

namespace ejournal::storage::memory {

/// One part of a key as text, for messages.
template <class Tag>
std::string key_part_text(const model::Id<Tag>& id) {
  return id.str();
}
inline std::string key_part_text(const std::string& text) {
  return "'" + text + "'";
}
inline std::string key_part_text(model::Date date) {
  return boost::gregorian::to_iso_extended_string(date);
}
inline std::string key_part_text(int number) {
  return std::to_string(number);
}
template <class Enum>
requires std::is_enum_v<Enum> std::string key_part_text(Enum value) {
  return std::to_string(static_cast<int>(value));
}
template <class T>
std::string key_part_text(const std::optional<T>& value) {
  return value ? key_part_text(*value) : "none";
}

/// "(part, part, …)".
template <class... Parts>
std::string key_text(const std::tuple<Parts...>& key) {
  std::string text;
  std::apply([&text](const auto&... part) { ((text += ", " + key_part_text(part)), ...); }, key);
  return "(" + text.substr(2) + ")";
}

/// Error(exists) for `what` (a row kind and the key it is known by).
template <class Key>
Error exists_error(std::string_view what, const Key& key) {
  return Error(Errc::exists, ErrorDomain::storage,
               std::string(what) + " " + key_text(key) + " already exists");
}

/// Error(not_found) for `what`.
template <class Key>
Error not_found_error(std::string_view what, const Key& key) {
  return Error(Errc::not_found, ErrorDomain::storage,
               std::string(what) + " " + key_text(key) + " does not exist");
}

/// Throws Error(exists) when `table` has a row with `key`.
template <class Table>
void require_free(const Table& table, const typename Table::Key& key, std::string_view what) {
  if (table.contains(key)) throw exists_error(what, key);
}

/// Throws Error(exists) when `index` holds `key`.
template <class Index, class Key>
void require_unique(const Index& index, const Key& key, std::string_view what) {
  if (index.find(key) != nullptr) throw exists_error(what, key);
}

/// Throws Error(exists) when `index` gives `key` to a row other than `row`.
template <class Index, class Key, class RowKey>
void require_unique_except(const Index& index, const Key& key, const RowKey& row,
                           std::string_view what) {
  const auto* holder = index.find(key);
  if (holder != nullptr && !(*holder == row)) throw exists_error(what, key);
}

/// Throws Error(not_found) unless `table` has a row with `key`: a reference to another record,
/// which must belong to the same institution as the record that refers to it.
template <class Table>
void require_present(const Table& table, const typename Table::Key& key, std::string_view what) {
  if (!table.contains(key)) throw not_found_error(what, key);
}

/// Checks that `record` may update its stored row: Error(not_found) when there is none,
/// Error(conflict) when the stored version is not the one `record` was read at.
template <class Table, class Record>
void require_current(const Table& table, const Record& record, std::string_view what) {
  const auto key = Table::key_of_row(record);
  const Record* stored = table.find(key);
  if (stored == nullptr) throw not_found_error(what, key);
  if (stored->version != record.version) {
    throw Error(Errc::conflict, ErrorDomain::storage,
                std::string(what) + " " + key_text(key) + " was changed by someone else (version " +
                    std::to_string(stored->version) + ", the update was made from version " +
                    std::to_string(record.version) + ")");
  }
}

/// `record` as stored on insert: at version 1.
template <class Record>
Record first_version(Record record) {
  record.version = 1;
  return record;
}

/// `record` as stored by an update: one version past the one it was read at.
template <class Record>
Record next_version(Record record) {
  ++record.version;
  return record;
}

/// The keys claimed by the rows of one bulk call so far, to refuse a key given twice in it.
template <class Key>
class BatchClaims {
 public:
  /// Throws Error(exists) naming `what` when `key` was claimed before.
  void claim(const Key& key, std::string_view what) {
    if (!claimed_.insert(key).second) throw exists_error(what, key);
  }

 private:
  std::unordered_set<Key, KeyHash> claimed_;
};

}  // namespace ejournal::storage::memory
