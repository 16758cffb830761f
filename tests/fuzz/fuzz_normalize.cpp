// Fuzzes the UTF-8 check, NFC and the name normaliser with its search keys.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/normalize.hpp"
#include "ejournal/text/utf8.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::is_valid_utf8;
using ejournal::fuzz::require;
namespace text = ejournal::text;

void check_nfc(std::string_view input) {
  const bool valid = is_valid_utf8(input);
  try {
    const std::string nfc = text::to_nfc(input);
    require(valid, "to_nfc accepted invalid UTF-8");
    require(is_valid_utf8(nfc), "to_nfc output is valid UTF-8");
    require(text::to_nfc(nfc) == nfc, "to_nfc is stable");
  } catch (const ejournal::Error&) {
    require(!valid, "to_nfc rejected valid UTF-8");
  }
}

void check_name(std::string_view input, text::NormalizeMode mode) {
  try {
    const text::NormalizedName name = text::normalize_name(input, mode);
    require(is_valid_utf8(name.text), "normalize_name output is valid UTF-8");
    require(text::to_nfc(name.text) == name.text, "normalize_name output is NFC");
    require(text::normalize_name(name.text, text::NormalizeMode::lenient).text == name.text,
            "normalize_name is idempotent");
  } catch (const ejournal::Error&) {
  }
}

void check_search_keys(std::string_view input) {
  try {
    require(is_valid_utf8(text::search_key(input)), "search_key is valid UTF-8");
    require(is_valid_utf8(text::latin_search_key(input)), "latin_search_key is valid UTF-8");
  } catch (const ejournal::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = ejournal::fuzz::as_text(data, size);
  check_nfc(input);
  check_name(input, text::NormalizeMode::strict);
  check_name(input, text::NormalizeMode::lenient);
  check_search_keys(input);
  return 0;
}
