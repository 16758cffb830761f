#include "ejournal/text/utf8.hpp"

#include <cstdint>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "ejournal/error.hpp"
#include "utf16.hpp"

namespace ejournal::text {

namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0U) == 0x80U;
}

// Length of the sequence starting at `i`, or 0 when it is not a well-formed UTF-8 sequence
// (Unicode 15, table 3-7).
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = at(i);
  if (lead < 0x80U) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80U;
  unsigned char high = 0xBFU;
  if (lead >= 0xC2U && lead <= 0xDFU) {
    length = 2;
  } else if (lead >= 0xE0U && lead <= 0xEFU) {
    length = 3;
    if (lead == 0xE0U) low = 0xA0U;   // no overlong forms
    if (lead == 0xEDU) high = 0x9FU;  // no surrogates
  } else if (lead >= 0xF0U && lead <= 0xF4U) {
    length = 4;
    if (lead == 0xF0U) low = 0x90U;   // no overlong forms
    if (lead == 0xF4U) high = 0x8FU;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  if (at(i + 1) < low || at(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (!is_continuation(at(i + k))) return 0;
  }
  return length;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t length = sequence_length(bytes, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

std::size_t decode_utf8(std::string_view bytes, char16_t* out) {
  const auto* const begin = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* const end = begin + bytes.size();
  const auto* p = begin;
  char16_t* const first = out;
  while (p != end) {
    const unsigned char lead = *p;
    if (lead < 0x80U) {
      *out++ = lead;
      ++p;
      continue;
    }
    // Two-byte sequences (Cyrillic among them) decode inline; sequence_length checks the rest.
    if (lead >= 0xC2U && lead <= 0xDFU && end - p >= 2 && (p[1] & 0xC0U) == 0x80U) {
      *out++ = static_cast<char16_t>(((lead & 0x1FU) << 6) | (p[1] & 0x3FU));
      p += 2;
      continue;
    }
    const auto offset = static_cast<std::size_t>(p - begin);
    const std::size_t length = sequence_length(bytes, offset);
    if (length == 0) {
      throw Error(Errc::invalid, ErrorDomain::text,
                  "invalid UTF-8 at byte offset " + std::to_string(offset));
    }
    // The lead byte keeps 4 or 3 payload bits for sequences of 3 or 4 bytes.
    char32_t code_point = lead & (0x7FU >> length);
    for (std::size_t k = 1; k < length; ++k) code_point = (code_point << 6) | (p[k] & 0x3FU);
    if (code_point >= 0x10000U) {
      *out++ = static_cast<char16_t>(0xD7C0U + (code_point >> 10));
      *out++ = static_cast<char16_t>(0xDC00U | (code_point & 0x3FFU));
    } else {
      *out++ = static_cast<char16_t>(code_point);
    }
    p += length;
  }
  return static_cast<std::size_t>(out - first);
}

std::string to_nfc(std::string_view bytes) {
  if (const auto offset = find_invalid_utf8(bytes)) {
    throw Error(Errc::invalid, ErrorDomain::text,
                "invalid UTF-8 at byte offset " + std::to_string(*offset));
  }
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw Error(Errc::range, ErrorDomain::text,
                "text of " + std::to_string(bytes.size()) + " bytes exceeds the 2 GiB limit");
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw Error(Errc::unsupported, ErrorDomain::text,
                std::string("ICU NFC normaliser unavailable: ") + u_errorName(status));
  }
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
  if (nfc->isNormalized(source, status) && U_SUCCESS(status)) return std::string(bytes);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalised = nfc->normalize(source, status);
  if (U_FAILURE(status)) {
    throw Error(Errc::invalid, ErrorDomain::text,
                std::string("NFC normalisation failed: ") + u_errorName(status));
  }
  std::string out;
  normalised.toUTF8String(out);
  return out;
}

}  // namespace ejournal::text
