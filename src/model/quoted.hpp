// How the model's error messages show a caller's value.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ejournal::model::detail {

/// The most bytes of a value that a message shows.
inline constexpr std::size_t kQuotedBytes = 64;

/// `value` in single quotes as a message shows it: only its valid UTF-8 prefix, cut at a
/// character boundary to at most kQuotedBytes bytes (then marked with "…"), control characters
/// escaped as \xNN, and the offset of the first invalid byte named after it, so that a message is
/// always valid, printable UTF-8 whatever the input.
std::string quoted(std::string_view value);

}  // namespace ejournal::model::detail
