#include "strings.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::capi {

std::string read_text(const char* text, std::string_view parameter, bool optional,
                      std::size_t max_bytes) {
  if (text == nullptr) {
    if (optional) return {};
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + std::string(parameter) + "' is NULL");
  }
  // strnlen bounds the scan so that an unterminated hostile buffer is not read past the limit.
  const std::size_t length = strnlen(text, max_bytes + 1);
  if (length > max_bytes) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + std::string(parameter) + "' is longer than " +
                    std::to_string(max_bytes) + " bytes");
  }
  const std::string_view bytes(text, length);
  if (const auto offset = text::find_invalid_utf8(bytes)) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + std::string(parameter) + "' is not valid UTF-8 (byte offset " +
                    std::to_string(*offset) + ")");
  }
  return text::to_nfc(bytes);
}

char* hand_out(std::string_view text) {
  auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

}  // namespace ejournal::capi
