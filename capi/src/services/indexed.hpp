// Reading an element of a handle's records by a caller's index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"

namespace ejournal::capi {

/// `index` as a position in `size` records called `what`; Error(range) naming both otherwise.
inline std::size_t checked_index(std::int64_t index, std::size_t size, std::string_view what) {
  if (index < 0 || static_cast<std::uint64_t>(index) >= size) {
    throw Error(Errc::range, ErrorDomain::argument,
                "index " + std::to_string(index) + " is outside the " + std::to_string(size) + " " +
                    std::string(what));
  }
  return static_cast<std::size_t>(index);
}

}  // namespace ejournal::capi
