#include "quoted.hpp"

#include <array>
#include <cstdio>

#include "ejournal/text/utf8.hpp"

namespace ejournal::model::detail {

namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

bool is_control(unsigned char byte) {
  return byte < 0x20U || byte == 0x7FU;
}

}  // namespace

std::string quoted(std::string_view value) {
  const auto invalid_at = text::find_invalid_utf8(value);
  std::string_view shown = value.substr(0, invalid_at.value_or(value.size()));
  if (shown.size() > kQuotedBytes) {
    std::size_t cut = kQuotedBytes;
    while (cut > 0 && is_continuation_byte(shown[cut])) --cut;
    shown = shown.substr(0, cut);
  }
  std::string result = "'";
  for (const char c : shown) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_control(byte)) {
      std::array<char, 5> escape{};
      std::snprintf(escape.data(), escape.size(), "\\x%02X", static_cast<unsigned>(byte));
      result += escape.data();
    } else {
      result.push_back(c);
    }
  }
  result += shown.size() < value.size() ? "…'" : "'";
  if (invalid_at) result += " (not valid UTF-8 at byte " + std::to_string(*invalid_at) + ")";
  return result;
}

}  // namespace ejournal::model::detail
