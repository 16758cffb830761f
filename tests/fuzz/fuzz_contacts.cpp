// Fuzzes the e-mail and phone number validators.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/contacts.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::require;
namespace text = ejournal::text;

void check_email(std::string_view input) {
  try {
    const std::string email = text::normalize_email(input);
    require(email.size() <= text::kMaxEmailBytes, "e-mail is at most 254 bytes");
    require(std::count(email.begin(), email.end(), '@') == 1, "e-mail has exactly one '@'");
    require(std::all_of(email.begin(), email.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x80; }),
            "e-mail is ASCII");
    require(text::normalize_email(email) == email, "e-mail re-validates to itself");
  } catch (const ejournal::Error&) {
  }
}

void check_phone(std::string_view input) {
  try {
    const text::Phone phone = text::normalize_phone(input);
    require(phone.e164.size() == 13 && phone.e164.starts_with("+380"), "phone is +380 + 9 digits");
    require(phone.code == phone.e164.substr(4, 2), "phone code is the first two national digits");
    const text::Phone again = text::normalize_phone(phone.e164);
    require(again.e164 == phone.e164 && again.kind == phone.kind, "phone re-validates to itself");
  } catch (const ejournal::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = ejournal::fuzz::as_text(data, size);
  check_email(input);
  check_phone(input);
  return 0;
}
