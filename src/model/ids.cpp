#include "ejournal/model/ids.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include <boost/uuid/random_generator.hpp>

#include "ejournal/error.hpp"
#include "quoted.hpp"

namespace ejournal::model {

namespace {

constexpr std::size_t kUuidTextLength = 36;
constexpr std::array<std::size_t, 4> kHyphenOffsets = {8, 13, 18, 23};
constexpr std::string_view kHexDigits = "0123456789abcdef";
constexpr std::string_view kTemplate = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

// Where each of the 16 bytes' two hexadecimal digits begin in the text form.
constexpr std::array<std::size_t, 16> kByteOffsets = {0,  2,  4,  6,  9,  11, 14, 16,
                                                      19, 21, 24, 26, 28, 30, 32, 34};

// The value of a hexadecimal digit (either case) by character, or kNotHex.
constexpr std::uint8_t kNotHex = 0x10U;
constexpr std::array<std::uint8_t, 256> kHexTable = [] {
  std::array<std::uint8_t, 256> table{};
  for (auto& entry : table) entry = kNotHex;
  for (unsigned digit = 0; digit < 10; ++digit)
    table['0' + digit] = static_cast<std::uint8_t>(digit);
  for (unsigned digit = 0; digit < 6; ++digit) {
    table['a' + digit] = static_cast<std::uint8_t>(10 + digit);
    table['A' + digit] = static_cast<std::uint8_t>(10 + digit);
  }
  return table;
}();

bool is_hyphen_offset(std::size_t offset) {
  for (const std::size_t hyphen : kHyphenOffsets) {
    if (offset == hyphen) return true;
  }
  return false;
}

[[noreturn]] void refuse(std::string_view text, const std::string& reason) {
  throw Error(Errc::invalid, ErrorDomain::argument,
              "UUID " + detail::quoted(text) + " is not in the form " + std::string(kTemplate) +
                  ": " + reason);
}

// A character of the text as a message shows it: a printable ASCII character in quotes, any
// other byte (part of a multi-byte character, a control character) by its value.
std::string describe_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x20U && byte < 0x7FU) return std::string("'") + c + "'";
  constexpr std::string_view kUpperHex = "0123456789ABCDEF";
  return std::string("byte 0x") + kUpperHex[byte >> 4U] + kUpperHex[byte & 0x0FU];
}

// Throws the refusal of a 36-byte text that is not a UUID, naming its first wrong character.
[[noreturn]] void explain_refusal(std::string_view text) {
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    const char c = text[offset];
    if (is_hyphen_offset(offset)) {
      if (c != '-') {
        refuse(text,
               describe_byte(c) + " at offset " + std::to_string(offset) + " where a '-' belongs");
      }
    } else if (kHexTable[static_cast<unsigned char>(c)] == kNotHex) {
      refuse(text, describe_byte(c) + " at offset " + std::to_string(offset) +
                       " is not a hexadecimal digit");
    }
  }
  refuse(text, "it is not a UUID");
}

}  // namespace

std::string uuid_text(const boost::uuids::uuid& value) {
  std::string text(kTemplate);
  for (std::size_t byte = 0; byte < kByteOffsets.size(); ++byte) {
    text[kByteOffsets[byte]] = kHexDigits[value.data[byte] >> 4U];
    text[kByteOffsets[byte] + 1] = kHexDigits[value.data[byte] & 0x0FU];
  }
  return text;
}

boost::uuids::uuid parse_uuid(std::string_view text) {
  if (text.size() != kUuidTextLength) {
    refuse(text,
           std::to_string(text.size()) + " bytes long, not " + std::to_string(kUuidTextLength));
  }
  // Ids are read back by the hundred per query: decode without a branch per character, and
  // look for the offending character only once the text is known to be bad.
  boost::uuids::uuid value{};
  unsigned invalid = 0;
  for (std::size_t byte = 0; byte < kByteOffsets.size(); ++byte) {
    const std::uint8_t high = kHexTable[static_cast<unsigned char>(text[kByteOffsets[byte]])];
    const std::uint8_t low = kHexTable[static_cast<unsigned char>(text[kByteOffsets[byte] + 1])];
    invalid |= high | low;
    value.data[byte] = static_cast<std::uint8_t>((high << 4U) | (low & 0x0FU));
  }
  for (const std::size_t hyphen : kHyphenOffsets) invalid |= text[hyphen] != '-' ? kNotHex : 0U;
  if ((invalid & kNotHex) != 0) explain_refusal(text);
  return value;
}

boost::uuids::uuid random_uuid() {
  // One generator per thread: it holds an open handle on the OS random source (getrandom or
  // /dev/urandom) and is not safe to share between threads.
  thread_local boost::uuids::random_generator generator;
  return generator();
}

boost::uuids::uuid time_ordered_uuid() {
  boost::uuids::uuid value = random_uuid();
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  const auto milliseconds = static_cast<std::uint64_t>(now);
  for (std::size_t byte = 0; byte < 6; ++byte) {
    value.data[byte] = static_cast<std::uint8_t>(milliseconds >> (8U * (5U - byte)));
  }
  // Version 7 in the high nibble of byte 6; the variant bits of byte 8 are the random
  // generator's, already RFC 9562's "10".
  value.data[6] = static_cast<std::uint8_t>(0x70U | (value.data[6] & 0x0FU));
  return value;
}

}  // namespace ejournal::model
