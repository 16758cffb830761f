#include "fields.hpp"

#include <array>
#include <cstdio>

#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/text/contacts.hpp"
#include "ejournal/text/normalize.hpp"
#include "ejournal/text/utf8.hpp"
#include "quoted.hpp"

namespace ejournal::model::detail {

namespace {

constexpr std::string_view kBlank = " \t\r\n";

// Normalising can shrink a value (NFC composes decomposed letters, runs of spaces collapse), so
// the raw value may exceed a field's limit; beyond this many times the limit it is refused
// before the text module spends time on it.
constexpr std::size_t kInputGrowthAllowance = 4;

// The longest encoding of one code point in UTF-8.
constexpr std::size_t kMaxUtf8CharacterBytes = 4;

std::string_view trimmed(std::string_view value) {
  const auto first = value.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return value.substr(first, value.find_last_not_of(kBlank) - first + 1);
}

void refuse_length(std::string_view field, std::string_view value, std::size_t bytes,
                   std::size_t max_bytes) {
  refuse(field, value,
         "is " + std::to_string(bytes) + " bytes long, at most " + std::to_string(max_bytes));
}

void check_input_size(std::string_view field, std::string_view value, std::size_t max_bytes) {
  if (value.size() > kInputGrowthAllowance * max_bytes) {
    refuse_length(field, value, value.size(), max_bytes);
  }
}

void check_length(std::string_view field, std::string_view value, std::string_view normalized,
                  std::size_t max_bytes) {
  if (normalized.size() > max_bytes) refuse_length(field, value, normalized.size(), max_bytes);
}

// Runs a text-module validator on `value`, turning its refusal into one that names the field.
template <class Check>
auto through_text_module(std::string_view field, std::string_view value, Check&& check) {
  try {
    return check(value);
  } catch (const Error& error) {
    if (error.code() != Errc::invalid) throw;
    refuse(field, value, std::string("is refused: ") + error.what());
  }
}

// The Unicode control characters (Cc): C0, DEL and C1. Text in the journal is shown on screens
// and printed, where they do nothing useful and can hide what a value really is.
std::optional<std::size_t> find_control(std::string_view value, bool allow_line_breaks) {
  for (std::size_t offset = 0; offset < value.size(); ++offset) {
    const auto byte = static_cast<unsigned char>(value[offset]);
    const bool is_line_break = byte == '\t' || byte == '\n' || byte == '\r';
    if ((byte < 0x20U && !(allow_line_breaks && is_line_break)) || byte == 0x7FU) return offset;
    // U+0080 … U+009F are encoded as C2 80 … C2 9F.
    if (byte == 0xC2U && offset + 1 < value.size()) {
      const auto next = static_cast<unsigned char>(value[offset + 1]);
      if (next >= 0x80U && next <= 0x9FU) return offset;
    }
  }
  return std::nullopt;
}

// ASCII text is already in NFC; bulk loads validate many short ASCII values, and this spares them
// a round trip through ICU.
bool is_ascii(std::string_view value) {
  for (const char c : value) {
    if ((static_cast<unsigned char>(c) & 0x80U) != 0) return false;
  }
  return true;
}

std::string plain_text(std::string_view field, std::string_view value, std::size_t max_bytes,
                       Presence presence, bool allow_line_breaks) {
  check_input_size(field, value, max_bytes);
  if (const auto bad = text::find_invalid_utf8(value)) {
    refuse(field, value, "is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
  const std::string_view content = trimmed(value);
  std::string normalized = is_ascii(content) ? std::string(content) : text::to_nfc(content);
  if (const auto control = find_control(normalized, allow_line_breaks)) {
    refuse(field, value, "holds a control character at byte " + std::to_string(*control));
  }
  if (normalized.empty() && presence == Presence::required) refuse(field, value, "is empty");
  check_length(field, value, normalized, max_bytes);
  return normalized;
}

std::string iso_date(const Date& value) {
  // Sized for any int fields, though a real date has 4, 2 and 2 digits.
  std::array<char, 40> text{};
  std::snprintf(text.data(), text.size(), "%04d-%02d-%02d", static_cast<int>(value.year()),
                static_cast<int>(value.month()), static_cast<int>(value.day()));
  return text.data();
}

// The number of code points of valid UTF-8 text.
std::size_t characters(std::string_view value) {
  std::size_t count = 0;
  for (const char c : value) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++count;
  }
  return count;
}

// True when `value`, trimmed, is empty and may be: the caller returns its empty result.
bool absent(std::string_view field, std::string_view value, Presence presence) {
  if (!trimmed(value).empty()) return false;
  if (presence == Presence::required) refuse(field, value, "is empty");
  return true;
}

}  // namespace

void refuse(std::string_view field, std::string_view value, std::string_view rule) {
  throw Error(Errc::invalid, ErrorDomain::argument,
              std::string(field) + " " + quoted(value) + " " + std::string(rule));
}

void refuse(std::string_view field, std::string_view rule) {
  throw Error(Errc::invalid, ErrorDomain::argument, std::string(field) + " " + std::string(rule));
}

std::string name(std::string_view field, std::string_view value, Presence presence) {
  check_input_size(field, value, kMaxNameBytes);
  std::string normalized = through_text_module(field, value, [](std::string_view raw) {
    return text::normalize_name(raw, text::NormalizeMode::strict).text;
  });
  if (normalized.empty() && presence == Presence::required) refuse(field, value, "is empty");
  check_length(field, value, normalized, kMaxNameBytes);
  return normalized;
}

std::optional<std::string> optional_name(std::string_view field,
                                         const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  std::string normalized = name(field, *value, Presence::optional);
  if (normalized.empty()) return std::nullopt;
  return normalized;
}

std::string line(std::string_view field, std::string_view value, std::size_t max_bytes,
                 Presence presence) {
  return plain_text(field, value, max_bytes, presence, false);
}

std::string text_block(std::string_view field, std::string_view value, std::size_t max_bytes,
                       Presence presence) {
  return plain_text(field, value, max_bytes, presence, true);
}

std::string code(std::string_view field, std::string_view value, Presence presence) {
  std::string normalized =
      line(field, value, kMaxCodeCharacters * kMaxUtf8CharacterBytes, presence);
  if (const auto count = characters(normalized); count > kMaxCodeCharacters) {
    refuse(field, value,
           "is " + std::to_string(count) + " characters long, at most " +
               std::to_string(kMaxCodeCharacters));
  }
  return normalized;
}

std::string email(std::string_view field, std::string_view value, Presence presence) {
  if (absent(field, value, presence)) return {};
  return through_text_module(field, value, text::normalize_email);
}

std::string phone(std::string_view field, std::string_view value, Presence presence) {
  if (absent(field, value, presence)) return {};
  return through_text_module(field, value,
                             [](std::string_view raw) { return text::normalize_phone(raw).e164; });
}

std::string edrpou(std::string_view field, std::string_view value, Presence presence) {
  if (absent(field, value, presence)) return {};
  return through_text_module(field, value, text::normalize_edrpou);
}

std::string diso_id(std::string_view field, std::string_view value, Presence presence) {
  if (absent(field, value, presence)) return {};
  return through_text_module(field, value, text::normalize_diso_id);
}

std::optional<text::Katottg> katottg(std::string_view field, std::string_view value,
                                     Presence presence) {
  if (absent(field, value, presence)) return std::nullopt;
  return through_text_module(field, value, text::parse_katottg);
}

const text::Region* region(std::string_view field, std::string_view value, Presence presence) {
  if (absent(field, value, presence)) return nullptr;
  std::string code_text(trimmed(value));
  // ASCII only, whatever the process locale: the codes are "UA-" and digits.
  for (char& c : code_text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const text::Region* found = text::find_region_by_iso(code_text);
  if (found == nullptr) found = text::find_region_by_katottg(code_text);
  if (found == nullptr) {
    refuse(field, value,
           "is neither the ISO 3166-2 code (\"UA-59\") nor the two-digit КАТОТТГ code (\"59\") "
           "of a first-level unit");
  }
  return found;
}

void date(std::string_view field, const Date& value) {
  if (value.is_special()) {
    refuse(field, "is not a calendar day (a special value: unset or infinite)");
  }
}

void not_before(std::string_view field, const Date& later, std::string_view earlier_field,
                const Date& earlier) {
  if (later < earlier) {
    refuse(field, "is " + iso_date(later) + ", before " + std::string(earlier_field) + " " +
                      iso_date(earlier));
  }
}

}  // namespace ejournal::model::detail
