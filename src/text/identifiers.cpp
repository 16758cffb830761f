#include "ejournal/text/identifiers.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

// Long enough for every identifier here, short enough to keep a message about junk readable.
constexpr std::size_t kQuotedBytes = 40;

[[noreturn]] void fail(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::text, message);
}

// The value as a message shows it: quoted, cut at a character boundary when long, and never
// with the raw bytes of invalid UTF-8 (the message itself must stay valid UTF-8).
std::string quoted(std::string_view value) {
  if (const auto bad = find_invalid_utf8(value)) {
    return "(text that is not valid UTF-8 at byte " + std::to_string(*bad) + ")";
  }
  if (value.size() <= kQuotedBytes) return "'" + std::string(value) + "'";
  std::size_t cut = kQuotedBytes;
  while ((static_cast<unsigned char>(value[cut]) & 0xC0U) == 0x80U) --cut;
  return "'" + std::string(value.substr(0, cut)) + "…'";
}

std::string without_spaces(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  for (const char c : text) {
    if (c != ' ') kept.push_back(c);
  }
  return kept;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

int digit_at(std::string_view digits, std::size_t i) {
  return digits[i] - '0';
}

// `digits` must be exactly `length` ASCII digits, else Error(invalid) naming `what` and the
// caller's `text`; positions count from 1 and from `first_position` characters into `text`
// (spaces removed).
std::string digits_of(std::string_view digits, std::size_t length, std::string_view what,
                      std::string_view text, std::size_t first_position = 1) {
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (!is_digit(digits[i])) {
      fail(std::string(what) + " " + quoted(text) + " has a non-digit at position " +
           std::to_string(first_position + i) + " (spaces removed)");
    }
  }
  if (digits.size() != length) {
    fail(std::string(what) + " " + quoted(text) + " must have " + std::to_string(length) +
         " digits, not " + std::to_string(digits.size()));
  }
  return std::string(digits);
}

void check_digit(std::string_view what, std::string_view text, int expected, int got) {
  if (expected != got) {
    fail(std::string(what) + " " + quoted(text) + " has a wrong check digit: expected " +
         std::to_string(expected) + ", got " + std::to_string(got));
  }
}

int edrpou_remainder(std::string_view digits, const std::array<int, 7>& weights, int bonus) {
  int sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i)
    sum += digit_at(digits, i) * (weights[i] + bonus);
  return sum % 11;
}

// The Ukrainian alphabet's capitals that may name a class (the soft sign Ь starts no word).
bool is_class_letter(UChar32 c) {
  static constexpr std::u32string_view kLetters = U"АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ";
  return kLetters.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

std::string encode_utf8(UChar32 c) {
  std::array<char, U8_MAX_LENGTH> bytes{};
  std::int32_t length = 0;
  bool failed = false;
  U8_APPEND(bytes.data(), length, U8_MAX_LENGTH, c, failed);
  return failed ? std::string() : std::string(bytes.data(), static_cast<std::size_t>(length));
}

}  // namespace

std::string normalize_edrpou(std::string_view text) {
  const std::string digits = digits_of(without_spaces(text), 8, "ЄДРПОУ", text);
  static constexpr std::array<int, 7> kBase{1, 2, 3, 4, 5, 6, 7};
  // Codes 30 000 000 … 59 999 999 use a rotated weight set.
  static constexpr std::array<int, 7> kAlternate{7, 1, 2, 3, 4, 5, 6};
  const int first = digit_at(digits, 0);
  const auto& weights = (first >= 3 && first <= 5) ? kAlternate : kBase;
  int remainder = edrpou_remainder(digits, weights, 0);
  if (remainder == 10) {
    remainder = edrpou_remainder(digits, weights, 2);
    if (remainder == 10) remainder = 0;
  }
  check_digit("ЄДРПОУ", text, remainder, digit_at(digits, 7));
  return digits;
}

std::string normalize_rnokpp(std::string_view text) {
  const std::string digits = digits_of(without_spaces(text), 10, "РНОКПП", text);
  static constexpr std::array<int, 9> kWeights{-1, 5, 7, 9, 4, 6, 10, 5, 7};
  int sum = 0;
  for (std::size_t i = 0; i < kWeights.size(); ++i) sum += digit_at(digits, i) * kWeights[i];
  // The first weight is negative, so the sum can be too; C++ % keeps the dividend's sign.
  const int remainder = ((sum % 11) + 11) % 11;
  check_digit("РНОКПП", text, remainder % 10, digit_at(digits, 9));
  return digits;
}

std::string normalize_diso_id(std::string_view text) {
  std::string digits = without_spaces(text);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (!is_digit(digits[i])) {
      fail("ДІСО id " + quoted(text) + " has a non-digit at position " + std::to_string(i + 1) +
           " (spaces removed)");
    }
  }
  if (digits.empty() || digits.size() > kMaxDisoIdDigits) {
    fail("ДІСО id " + quoted(text) + " must have 1 … " + std::to_string(kMaxDisoIdDigits) +
         " digits, not " + std::to_string(digits.size()));
  }
  return digits;
}

std::string normalize_class_name(std::string_view text) {
  if (const auto bad = find_invalid_utf8(text)) {
    fail("class name is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
  // NFC, so that Й and Ї typed as a letter plus a combining mark become one code point.
  const std::string compact = without_spaces(to_nfc(text));
  std::size_t i = 0;
  while (i < compact.size() && is_digit(compact[i])) ++i;
  const std::string_view grade_digits = std::string_view(compact).substr(0, i);
  if (grade_digits.empty() || grade_digits.size() > 2) {
    fail("class name " + quoted(text) + " must start with a grade 1 … 12");
  }
  const int grade = std::stoi(std::string(grade_digits));
  if (grade < 1 || grade > 12) {
    fail("class name " + quoted(text) + " has grade " + std::to_string(grade) + ", outside 1 … 12");
  }
  if (i < compact.size() && compact[i] == '-') ++i;
  if (i == compact.size()) fail("class name " + quoted(text) + " has no letter after the grade");
  const auto rest = static_cast<std::int32_t>(compact.size());
  auto position = static_cast<std::int32_t>(i);
  UChar32 letter = 0;
  U8_NEXT(compact.data(), position, rest, letter);
  if (position != rest) {
    fail("class name " + quoted(text) + " must end with one letter after the grade");
  }
  if ((letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z')) {
    fail("class name " + quoted(text) + " uses the Latin letter '" + encode_utf8(letter) +
         "'; class letters are Cyrillic");
  }
  const UChar32 capital = u_toupper(letter);
  if (!is_class_letter(capital)) {
    fail("class name " + quoted(text) + " ends with '" + encode_utf8(letter) +
         "', not a letter of the Ukrainian alphabet");
  }
  return std::to_string(grade) + "-" + encode_utf8(capital);
}

Katottg parse_katottg(std::string_view text) {
  const std::string compact = without_spaces(text);
  const bool has_prefix = compact.size() >= 2 && (compact[0] == 'U' || compact[0] == 'u') &&
                          (compact[1] == 'A' || compact[1] == 'a');
  if (!has_prefix) fail("КАТОТТГ code " + quoted(text) + " must start with 'UA'");
  const std::string digits =
      digits_of(std::string_view(compact).substr(2), 17, "КАТОТТГ code", text, 3);
  Katottg parsed;
  parsed.code = "UA" + digits;
  parsed.oblast = digits.substr(0, 2);
  parsed.raion = digits.substr(2, 2);
  parsed.hromada = digits.substr(4, 3);
  parsed.settlement = digits.substr(7, 3);
  parsed.district = digits.substr(10, 2);
  parsed.region = find_region_by_katottg(parsed.oblast);
  if (parsed.region == nullptr) {
    fail("КАТОТТГ code " + quoted(text) + " names no first-level unit: '" + parsed.oblast +
         "' is not an oblast, Crimea, Kyiv or Sevastopol code");
  }
  return parsed;
}

}  // namespace ejournal::text
