#include "code_points.hpp"

#include <cstdint>

#include <unicode/utf8.h>

namespace ejournal::services::detail {

namespace {

constexpr char32_t kReplacement = U'\uFFFD';

}  // namespace

std::u32string code_points(std::string_view utf8) {
  std::u32string points;
  points.reserve(utf8.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto size = static_cast<std::int32_t>(utf8.size());
  std::int32_t i = 0;
  while (i < size) {
    UChar32 point = 0;
    U8_NEXT(bytes, i, size, point);
    points.push_back(point < 0 ? kReplacement : static_cast<char32_t>(point));
  }
  return points;
}

std::string utf8_of(char32_t point) {
  const bool valid = point <= 0x10FFFF && !(point >= 0xD800 && point <= 0xDFFF);
  char bytes[U8_MAX_LENGTH];
  std::int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(valid ? point : kReplacement));
  return std::string(bytes, static_cast<std::size_t>(length));
}

}  // namespace ejournal::services::detail
