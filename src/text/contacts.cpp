#include "ejournal/text/contacts.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <stdexcept>

#include <unicode/bytestream.h>
#include <unicode/idna.h>
#include <unicode/stringpiece.h>
#include <unicode/utf8.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

// Long enough for a whole address, short enough to keep a message about junk readable.
constexpr std::size_t kQuotedBytes = 60;

// UTS #46 may drop ignorable characters, so the raw text may be longer than the address; four
// bytes per character of a maximal address is the most that can still make sense.
constexpr std::size_t kMaxEmailInputBytes = 4 * kMaxEmailBytes;

// E.164 numbers have at most 15 digits; a longer run is refused before it is interpreted.
constexpr std::size_t kMaxPhoneDigits = 15;
constexpr std::size_t kNationalDigits = 9;

[[noreturn]] void fail(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::text, message);
}

// The value as a message shows it: quoted, cut at a character boundary when long, control
// characters escaped, and never with the raw bytes of invalid UTF-8 (the message must stay valid
// UTF-8 and printable).
std::string quoted(std::string_view value) {
  if (const auto bad = find_invalid_utf8(value)) {
    return "(text that is not valid UTF-8 at byte " + std::to_string(*bad) + ")";
  }
  std::size_t cut = value.size();
  if (cut > kQuotedBytes) {
    cut = kQuotedBytes;
    while ((static_cast<unsigned char>(value[cut]) & 0xC0U) == 0x80U) --cut;
  }
  std::string shown = "'";
  for (const char c : value.substr(0, cut)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20U || byte == 0x7FU) {
      std::array<char, 5> escape{};
      std::snprintf(escape.data(), escape.size(), "\\x%02X", static_cast<unsigned>(byte));
      shown += escape.data();
    } else {
      shown.push_back(c);
    }
  }
  return shown + (cut < value.size() ? "…'" : "'");
}

// The character of `text` at byte `offset`, as a message shows it.
std::string character_at(std::string_view text, std::size_t offset) {
  auto end = static_cast<std::int32_t>(offset);
  UChar32 c = 0;
  U8_NEXT(text.data(), end, static_cast<std::int32_t>(text.size()), c);
  return quoted(text.substr(offset, static_cast<std::size_t>(end) - offset));
}

void require_utf8(std::string_view what, std::string_view text) {
  if (const auto bad = find_invalid_utf8(text)) {
    fail(std::string(what) + " is not valid UTF-8 (byte " + std::to_string(*bad) + ")");
  }
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kBlank = " \t\r\n";
  const auto first = text.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

// RFC 5322 atext: the characters of a dot-atom other than the dots.
bool is_atext(char c) {
  constexpr std::string_view kSymbols = "!#$%&'*+-/=?^_`{|}~";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
         kSymbols.find(c) != std::string_view::npos;
}

void check_local_part(std::string_view local, std::string_view text) {
  const std::string address = "e-mail address " + quoted(text);
  if (local.empty()) fail(address + " has nothing before the '@'");
  if (local.size() > kMaxEmailLocalBytes) {
    fail(address + " has a local part of " + std::to_string(local.size()) + " bytes, at most " +
         std::to_string(kMaxEmailLocalBytes));
  }
  if (local.front() == '.' || local.back() == '.') {
    fail(address + " has a local part that starts or ends with a dot");
  }
  if (local.find("..") != std::string_view::npos) {
    fail(address + " has two dots in a row in the local part");
  }
  for (std::size_t i = 0; i < local.size(); ++i) {
    if (local[i] == '"') {
      fail(address + " has a quoted local part; only unquoted addresses are accepted");
    }
    if (local[i] != '.' && !is_atext(local[i])) {
      fail(address + " has the character " + character_at(local, i) +
           " in the local part; allowed are ASCII letters, digits, dots and !#$%&'*+-/=?^_`{|}~");
    }
  }
}

// The UTS #46 processor for domains: non-transitional (ß and ς kept, as browsers do) and with
// the STD3 rules, which allow only letters, digits and hyphens in a host name.
const icu::IDNA& uts46() {
  static const std::unique_ptr<const icu::IDNA> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<const icu::IDNA> created(
        icu::IDNA::createUTS46Instance(UIDNA_USE_STD3_RULES | UIDNA_CHECK_BIDI |
                                           UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII,
                                       status));
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU cannot create the UTS #46 processor: ") +
                               u_errorName(status));
    }
    return created;
  }();
  return *instance;
}

// The UTS #46 error bits that the label and length checks below do not report more precisely.
std::string describe_idna_errors(std::uint32_t errors) {
  struct Described {
    std::uint32_t bit;
    std::string_view text;
  };
  static constexpr std::array<Described, 9> kDescriptions{{
      {UIDNA_ERROR_DISALLOWED, "a character not allowed in a host name"},
      {UIDNA_ERROR_LEADING_HYPHEN, "a label starting with a hyphen"},
      {UIDNA_ERROR_TRAILING_HYPHEN, "a label ending with a hyphen"},
      {UIDNA_ERROR_HYPHEN_3_4, "a label with hyphens in the 3rd and 4th places"},
      {UIDNA_ERROR_LEADING_COMBINING_MARK, "a label starting with a combining mark"},
      {UIDNA_ERROR_PUNYCODE, "a label that is bad Punycode"},
      {UIDNA_ERROR_INVALID_ACE_LABEL, "an 'xn--' label that does not decode to a valid label"},
      {UIDNA_ERROR_BIDI, "a mix of right-to-left and left-to-right text"},
      {UIDNA_ERROR_CONTEXTJ, "a joiner character out of context"},
  }};
  std::string described;
  for (const auto& [bit, text] : kDescriptions) {
    if ((errors & bit) == 0) continue;
    described += described.empty() ? "" : ", ";
    described += text;
  }
  return described.empty() ? "UTS #46 error bits " + std::to_string(errors) : described;
}

std::string domain_to_ascii(std::string_view domain, std::string_view text) {
  const std::string address = "e-mail address " + quoted(text);
  if (domain.empty()) fail(address + " has nothing after the '@'");
  std::string ascii;
  icu::StringByteSink<std::string> sink(&ascii);
  icu::IDNAInfo info;
  UErrorCode status = U_ZERO_ERROR;
  uts46().nameToASCII_UTF8(
      icu::StringPiece(domain.data(), static_cast<std::int32_t>(domain.size())), sink, info,
      status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU cannot map the domain to ASCII: ") +
                             u_errorName(status));
  }
  constexpr std::uint32_t kCheckedHere =
      UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG;
  if (const std::uint32_t errors = info.getErrors() & ~kCheckedHere; errors != 0) {
    fail(address + " has an invalid domain " + quoted(domain) + ": " +
         describe_idna_errors(errors));
  }
  return ascii;
}

void check_domain(std::string_view ascii, std::string_view text) {
  const std::string address = "e-mail address " + quoted(text);
  if (ascii.size() > kMaxDomainBytes) {
    fail(address + " has a domain of " + std::to_string(ascii.size()) + " bytes, at most " +
         std::to_string(kMaxDomainBytes));
  }
  std::size_t dots = 0;
  std::string_view label;
  for (std::size_t start = 0;; ++dots) {
    const std::size_t dot = ascii.find('.', start);
    label =
        ascii.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty()) fail(address + " has an empty label in the domain " + quoted(ascii));
    if (label.size() > kMaxDomainLabelBytes) {
      fail(address + " has a domain label of " + std::to_string(label.size()) + " bytes, at most " +
           std::to_string(kMaxDomainLabelBytes));
    }
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (dots == 0) {
    fail(address + " has the one-label domain " + quoted(ascii) + "; at least two are needed");
  }
  // `label` is now the top-level domain; an all-digit one would make an IP address ambiguous.
  if (label.find_first_not_of("0123456789") == std::string_view::npos) {
    fail(address + " has the all-numeric top-level domain " + quoted(label));
  }
}

// The two-digit ranges of §5.6 (libphonenumber metadata); 790 is the one three-digit mobile range.
constexpr std::array<std::string_view, 20> kMobileCodes{"39", "50", "63", "66", "67", "68", "71",
                                                        "72", "73", "75", "77", "91", "92", "93",
                                                        "94", "95", "96", "97", "98", "99"};
constexpr std::array<std::string_view, 27> kFixedCodes{
    "31", "32", "33", "34", "35", "36", "37", "38", "41", "43", "44", "45", "46", "47",
    "48", "51", "52", "53", "54", "55", "56", "57", "61", "62", "64", "65", "69"};

bool is_listed(const auto& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

PhoneKind phone_kind(std::string_view national) {
  const std::string_view code = national.substr(0, 2);
  if (national.starts_with("790") || is_listed(kMobileCodes, code)) return PhoneKind::mobile;
  if (is_listed(kFixedCodes, code)) return PhoneKind::fixed;
  return PhoneKind::unknown;
}

// The digits of a phone number and whether it began with '+'; separators are dropped.
struct PhoneDigits {
  std::string digits;
  bool international = false;
};

PhoneDigits phone_digits(std::string_view text) {
  const std::string number = "phone number " + quoted(text);
  constexpr std::string_view kSeparators = " -().";
  PhoneDigits read;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_digit(c)) {
      read.digits.push_back(c);
      if (read.digits.size() > kMaxPhoneDigits) {
        fail(number + " has more than " + std::to_string(kMaxPhoneDigits) + " digits");
      }
    } else if (c == '+' && read.digits.empty() && !read.international) {
      read.international = true;
    } else if (kSeparators.find(c) == std::string_view::npos) {
      fail(number + " has the character " + character_at(text, i) + " at byte " +
           std::to_string(i + 1) +
           "; allowed are digits, spaces, dashes, dots, parentheses and a leading '+'");
    }
  }
  if (read.digits.empty()) fail(number + " has no digits");
  return read;
}

// The national significant number after the country code or the trunk prefix.
std::string_view national_number(const PhoneDigits& read, std::string_view text) {
  const std::string number = "phone number " + quoted(text);
  const std::string_view digits = read.digits;
  if (read.international || digits.starts_with("00")) {
    const std::string_view country = read.international ? digits : digits.substr(2);
    if (!country.starts_with("380")) {
      fail(number + " is not Ukrainian: only the country code +380 is accepted");
    }
    return country.substr(3);
  }
  if (digits.starts_with("0")) return digits.substr(1);
  if (digits.starts_with("380")) return digits.substr(3);
  // The trunk prefix "8" was dropped in 2009 but is still typed: "8 067 …".
  if (digits.starts_with("80")) return digits.substr(2);
  fail(number + " must start with +380, 380, 0 or the legacy 80");
}

}  // namespace

std::string normalize_email(std::string_view text) {
  require_utf8("e-mail address", text);
  const std::string_view address = trimmed(text);
  if (address.empty()) fail("e-mail address " + quoted(text) + " is empty");
  if (address.size() > kMaxEmailInputBytes) {
    fail("e-mail address " + quoted(address) + " is " + std::to_string(address.size()) +
         " bytes long, at most " + std::to_string(kMaxEmailBytes));
  }
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos) fail("e-mail address " + quoted(address) + " has no '@'");
  if (address.find('@') != at) {
    fail("e-mail address " + quoted(address) + " has more than one '@'");
  }
  const std::string_view local = address.substr(0, at);
  check_local_part(local, address);
  const std::string domain = domain_to_ascii(address.substr(at + 1), address);
  check_domain(domain, address);
  std::string normalized = std::string(local) + "@" + domain;
  if (normalized.size() > kMaxEmailBytes) {
    fail("e-mail address " + quoted(address) + " is " + std::to_string(normalized.size()) +
         " bytes long in ASCII, at most " + std::to_string(kMaxEmailBytes));
  }
  return normalized;
}

Phone normalize_phone(std::string_view text) {
  require_utf8("phone number", text);
  const PhoneDigits read = phone_digits(text);
  const std::string_view national = national_number(read, text);
  if (national.size() != kNationalDigits) {
    fail("phone number " + quoted(text) + " has " + std::to_string(national.size()) +
         " digits after +380 or the leading 0, not " + std::to_string(kNationalDigits));
  }
  if (national.front() == '0') {
    fail("phone number " + quoted(text) + " has a national number starting with 0");
  }
  return Phone{"+380" + std::string(national), phone_kind(national),
               std::string(national.substr(0, 2))};
}

}  // namespace ejournal::text
