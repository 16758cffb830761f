#include "ejournal/model/ids.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
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

bool is_hyphen_offset(std::size_t offset) {
  for (const std::size_t hyphen : kHyphenOffsets) {
    if (offset == hyphen) return true;
  }
  return false;
}

std::optional<unsigned> hex_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
  return std::nullopt;
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

}  // namespace

std::string uuid_text(const boost::uuids::uuid& value) {
  std::string text;
  text.reserve(kUuidTextLength);
  for (const auto byte : value) {
    if (is_hyphen_offset(text.size())) text.push_back('-');
    text.push_back(kHexDigits[byte >> 4U]);
    text.push_back(kHexDigits[byte & 0x0FU]);
  }
  return text;
}

boost::uuids::uuid parse_uuid(std::string_view text) {
  if (text.size() != kUuidTextLength) {
    refuse(text,
           std::to_string(text.size()) + " bytes long, not " + std::to_string(kUuidTextLength));
  }
  boost::uuids::uuid value{};
  std::size_t nibble = 0;
  for (std::size_t offset = 0; offset < text.size(); ++offset) {
    const char c = text[offset];
    if (is_hyphen_offset(offset)) {
      if (c != '-') {
        refuse(text,
               describe_byte(c) + " at offset " + std::to_string(offset) + " where a '-' belongs");
      }
      continue;
    }
    const auto digit = hex_value(c);
    if (!digit) {
      refuse(text, describe_byte(c) + " at offset " + std::to_string(offset) +
                       " is not a hexadecimal digit");
    }
    auto& byte = value.data[nibble / 2];
    byte = static_cast<std::uint8_t>(nibble % 2 == 0 ? *digit << 4U : byte | *digit);
    ++nibble;
  }
  return value;
}

boost::uuids::uuid random_uuid() {
  // One generator per thread: it holds an open handle on the OS random source (getrandom or
  // /dev/urandom) and is not safe to share between threads.
  thread_local boost::uuids::random_generator generator;
  return generator();
}

}  // namespace ejournal::model
