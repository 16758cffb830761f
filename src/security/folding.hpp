// Case-insensitive views of passwords and of the words they are compared with (not installed).
#pragma once

#include <string>
#include <string_view>

namespace ejournal::security::detail {

/// The code points of `nfc` (valid UTF-8 in NFC) after Unicode simple case folding, one code
/// point for each: "ПАРОЛЬ" and "пароль" give the same result.
std::u32string fold_case(std::string_view nfc);

/// Whether `c` is a letter of a word: an upper, lower, title-case or other letter. Modifier
/// letters (U+02BC, the Ukrainian apostrophe) and combining marks are not.
bool is_word_letter(char32_t c);

/// `text` in UTF-8.
std::string to_utf8(std::u32string_view text);

}  // namespace ejournal::security::detail
