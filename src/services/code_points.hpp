// UTF-8 as code points and back, for the services that check text one character at a time
// (ICU's macros do the work; the text module keeps its own decoders private).
#pragma once

#include <string>
#include <string_view>

namespace ejournal::services::detail {

/// The code points of `utf8` (less than 2 GiB, as form fields are); an ill-formed sequence (the
/// caller is expected to have refused those, e.g. with text::find_invalid_utf8) becomes one U+FFFD.
std::u32string code_points(std::string_view utf8);

/// `point` spelled in UTF-8 (a surrogate or a value above U+10FFFF as U+FFFD).
std::string utf8_of(char32_t point);

}  // namespace ejournal::services::detail
