// Reading caller strings and handing strings out, by the rules of ejournal/common.h.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ejournal::capi {

/// Upper bound for short texts: labels, codes, names.
inline constexpr std::size_t kMaxShortText = 1024;

/// Copies a caller's NUL-terminated string: checks it is valid UTF-8 of at most `max_bytes` and
/// returns it in NFC. NULL gives "" when `optional`, else Error(invalid) naming the parameter.
std::string read_text(const char* text, std::string_view parameter, bool optional = false,
                      std::size_t max_bytes = kMaxShortText);

/// A malloc'ed NUL-terminated copy that the caller releases with ej_free().
char* hand_out(std::string_view text);

}  // namespace ejournal::capi
