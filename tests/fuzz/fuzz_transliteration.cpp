// Fuzzes the official transliteration and the login names derived from it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/transliteration.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::is_valid_utf8;
using ejournal::fuzz::require;
namespace text = ejournal::text;

void check_transliteration(std::string_view input) {
  const bool valid = is_valid_utf8(input);
  try {
    const std::string latin = text::transliterate_official(input);
    require(valid, "transliteration accepted invalid UTF-8");
    require(is_valid_utf8(latin), "transliteration output is valid UTF-8");
  } catch (const ejournal::Error&) {
    require(!valid, "transliteration rejected valid UTF-8");
  }
}

bool is_login_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

void check_login(std::string_view surname, std::string_view given, std::string_view separator) {
  try {
    const std::string login = text::login_from_name(surname, given, separator);
    require(!login.empty() && login.size() <= text::kMaxLoginBytes, "login is 1…64 bytes");
    require(std::all_of(login.begin(), login.end(), is_login_byte), "login is [a-z0-9.-]");
    require(
        login.front() != '.' && login.front() != '-' && login.back() != '.' && login.back() != '-',
        "login neither starts nor ends with '.' or '-'");
  } catch (const ejournal::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = ejournal::fuzz::as_text(data, size);
  check_transliteration(input);
  // The first space splits surname from given name, so seeds read like real names.
  const std::size_t space = std::min(input.find(' '), input.size());
  const std::string_view surname = input.substr(0, space);
  const std::string_view given = input.substr(std::min(space + 1, input.size()));
  check_login(surname, given, ".");
  check_login(surname, given, "-");
  check_login(surname, given, given.substr(0, std::min<std::size_t>(given.size(), 2)));
  return 0;
}
