// Row keys of the memory backend and their hashing. A key is a std::tuple of model values;
// the key of every record an institution owns starts with its institution's id, as the
// primary keys of the SQL schema do.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::storage::memory {

namespace model = ejournal::model;

/// The hash of one part of a key.
template <class Tag>
std::size_t hash_part(const model::Id<Tag>& id) noexcept {
  return std::hash<model::Id<Tag>>{}(id);
}
inline std::size_t hash_part(const std::string& text) noexcept {
  return std::hash<std::string>{}(text);
}
inline std::size_t hash_part(model::Date date) noexcept {
  return static_cast<std::size_t>(date.day_number());
}
inline std::size_t hash_part(int number) noexcept {
  return static_cast<std::size_t>(number);
}
template <class Enum>
requires std::is_enum_v<Enum> std::size_t hash_part(Enum value)
noexcept {
  return static_cast<std::size_t>(value);
}
template <class T>
std::size_t hash_part(const std::optional<T>& value) noexcept {
  return value ? hash_part(*value) * 31 + 1 : 0;
}

/// Hashes a tuple key by mixing the hashes of its parts.
struct KeyHash {
  template <class... Parts>
  std::size_t operator()(const std::tuple<Parts...>& key) const noexcept {
    std::size_t seed = 0;
    std::apply(
        [&seed](const auto&... part) {
          ((seed = (seed ^ hash_part(part)) * std::size_t{0x100000001B3}), ...);
        },
        key);
    return seed;
  }
};

}  // namespace ejournal::storage::memory
