// UTF-8 to UTF-16 for the module's own ICU calls (not installed).
#pragma once

#include <cstddef>
#include <string_view>

namespace ejournal::text {

/// Decodes `bytes` into `out`, which has room for bytes.size() units (UTF-16 never needs more),
/// and returns the number of units written. Throws Error(invalid) naming the byte offset of the
/// first ill-formed sequence; validation and decoding are one pass.
std::size_t decode_utf8(std::string_view bytes, char16_t* out);

}  // namespace ejournal::text
