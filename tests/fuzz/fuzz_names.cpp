// Fuzzes the parser of full names (ПІБ) and the texts formatted from a parsed name.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/names.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::is_valid_utf8;
using ejournal::fuzz::require;
namespace text = ejournal::text;

bool is_one_word(const std::string& part) {
  return !part.empty() && part.find(' ') == std::string::npos && is_valid_utf8(part);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const text::FullName name = text::parse_full_name(ejournal::fuzz::as_text(data, size));
    require(is_one_word(name.surname) && is_one_word(name.given), "name parts are one word each");
    require(!name.patronymic || is_one_word(*name.patronymic), "patronymic is one word");
    const std::string full = text::format_full(name);
    const text::FullName again = text::parse_full_name(full);
    require(again.surname == name.surname && again.given == name.given &&
                again.patronymic == name.patronymic,
            "a formatted name parses back to itself");
    require(is_valid_utf8(text::format_surname_initials(name)), "initials are valid UTF-8");
    require(is_valid_utf8(text::format_initials_surname(name)), "initials are valid UTF-8");
    static_cast<void>(text::guess_gender(name));
  } catch (const ejournal::Error&) {
  }
  return 0;
}
