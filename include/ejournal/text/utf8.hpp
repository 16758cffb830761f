// UTF-8 checks and NFC normalisation for text that enters the library.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ejournal::text {

/// The byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates and code
/// points above U+10FFFF are invalid), or nullopt when `bytes` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;

/// `bytes` in Unicode Normalization Form C. Throws Error(invalid) naming the byte offset when
/// `bytes` is not valid UTF-8.
std::string to_nfc(std::string_view bytes);

}  // namespace ejournal::text
