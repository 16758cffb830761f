#include "folding.hpp"

#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace ejournal::security::detail {

std::u32string fold_case(std::string_view nfc) {
  std::u32string folded;
  // Room for every code point at once (each takes at least a byte): no reallocation, so no
  // unwiped copy of a password is left on the heap.
  folded.reserve(nfc.size());
  const auto length = static_cast<std::int32_t>(nfc.size());
  std::int32_t offset = 0;
  while (offset < length) {
    UChar32 c = 0;
    U8_NEXT_UNSAFE(nfc.data(), offset, c);
    folded.push_back(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)));
  }
  return folded;
}

bool is_word_letter(char32_t c) {
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_OTHER_LETTER: return true;
    default: return false;
  }
}

std::string to_utf8(std::u32string_view text) {
  std::string utf8;
  utf8.reserve(text.size() * U8_MAX_LENGTH);  // no reallocation, as in fold_case
  for (const char32_t c : text) {
    char bytes[U8_MAX_LENGTH];
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(c));
    utf8.append(bytes, static_cast<std::size_t>(length));
  }
  return utf8;
}

}  // namespace ejournal::security::detail
