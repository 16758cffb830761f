// Table-driven over code points rather than an ICU rule-based Transliterator: the rules are few,
// the result is exact and the code needs no shared state (so no locking) and no ICU i18n.
#include "ejournal/text/transliteration.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <unicode/uchar.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

// The Latin spelling of a lower-case Ukrainian letter at the start of a word and elsewhere.
struct Latin {
  std::string_view initial;
  std::string_view elsewhere;
};

constexpr Latin same(std::string_view spelling) {
  return Latin{spelling, spelling};
}

// The KMU-2010 table (ua-school.md §5.9) for the 33 lower-case letters; nullopt for anything else.
std::optional<Latin> latin_of(char32_t lower) {
  switch (lower) {
    case U'а': return same("a");
    case U'б': return same("b");
    case U'в': return same("v");
    case U'г': return same("h");
    case U'ґ': return same("g");
    case U'д': return same("d");
    case U'е': return same("e");
    case U'є': return Latin{"ye", "ie"};
    case U'ж': return same("zh");
    case U'з': return same("z");
    case U'и': return same("y");
    case U'і': return same("i");
    case U'ї': return Latin{"yi", "i"};
    case U'й': return Latin{"y", "i"};
    case U'к': return same("k");
    case U'л': return same("l");
    case U'м': return same("m");
    case U'н': return same("n");
    case U'о': return same("o");
    case U'п': return same("p");
    case U'р': return same("r");
    case U'с': return same("s");
    case U'т': return same("t");
    case U'у': return same("u");
    case U'ф': return same("f");
    case U'х': return same("kh");
    case U'ц': return same("ts");
    case U'ч': return same("ch");
    case U'ш': return same("sh");
    case U'щ': return same("shch");
    case U'ь': return same("");
    case U'ю': return Latin{"yu", "iu"};
    case U'я': return Latin{"ya", "ia"};
    default: return std::nullopt;
  }
}

// The spellings of the Ukrainian apostrophe met in real data (ua-school.md §5.8).
bool is_apostrophe(char32_t c) {
  return c == U'\u0027' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018' || c == U'\u0060' ||
         c == U'\u02BB';
}

char32_t lower_of(char32_t c) {
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

bool is_upper(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) != 0;
}

bool is_letter(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_ukrainian_letter(char32_t c) {
  return latin_of(lower_of(c)).has_value();
}

// Letters and combining marks (a stress accent) keep a word going; everything else ends it.
bool is_word_part(char32_t c) {
  return is_letter(c) || (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

// One code point of the text and the bytes that spell it (copied as they are on pass-through).
struct CodePoint {
  char32_t value;
  std::string_view bytes;
};

// Decodes text that find_invalid_utf8 has accepted.
std::vector<CodePoint> decode(std::string_view utf8) {
  std::vector<CodePoint> code_points;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    std::size_t length = 1;
    char32_t value = lead;
    if (lead >= 0xF0U) {
      length = 4;
      value = lead & 0x07U;
    } else if (lead >= 0xE0U) {
      length = 3;
      value = lead & 0x0FU;
    } else if (lead >= 0xC0U) {
      length = 2;
      value = lead & 0x1FU;
    }
    for (std::size_t k = 1; k < length; ++k) {
      value = (value << 6U) | (static_cast<unsigned char>(utf8[i + k]) & 0x3FU);
    }
    code_points.push_back(CodePoint{value, utf8.substr(i, length)});
    i += length;
  }
  return code_points;
}

class Transliteration {
 public:
  explicit Transliteration(std::vector<CodePoint> text) : text_(std::move(text)) {}

  std::string run() const {
    std::string out;
    out.reserve(text_.size() * 2);
    for (std::size_t i = 0; i < text_.size(); ++i) {
      const char32_t c = text_[i].value;
      const std::optional<Latin> latin = latin_of(lower_of(c));
      if (!latin) {
        // An apostrophe inside a Ukrainian word is dropped; elsewhere it is ordinary punctuation.
        const bool in_word = is_apostrophe(c) && i > 0 && is_ukrainian_letter(text_[i - 1].value) &&
                             i + 1 < text_.size() && is_letter(text_[i + 1].value);
        if (!in_word) out += text_[i].bytes;
        continue;
      }
      std::string spelling(starts_word(i) ? latin->initial : latin->elsewhere);
      // зг is zgh, so that it cannot be read as ж (zh).
      if (lower_of(c) == U'г' && i > 0 && lower_of(text_[i - 1].value) == U'з') spelling = "gh";
      if (is_upper(c)) capitalise(spelling, all_capitals_around(i));
      out += spelling;
    }
    return out;
  }

 private:
  // The nearest code point before `i` (or after it) that is not an apostrophe: an apostrophe is
  // inside the word, so the letters on its two sides are neighbours.
  std::optional<char32_t> before(std::size_t i) const {
    while (i > 0) {
      const char32_t c = text_[--i].value;
      if (!is_apostrophe(c)) return c;
    }
    return std::nullopt;
  }

  std::optional<char32_t> after(std::size_t i) const {
    while (++i < text_.size()) {
      const char32_t c = text_[i].value;
      if (!is_apostrophe(c)) return c;
    }
    return std::nullopt;
  }

  bool starts_word(std::size_t i) const {
    const std::optional<char32_t> previous = before(i);
    return !previous || !is_word_part(*previous);
  }

  // A capital is part of an all-caps word when the next letter, or else the previous one, is a
  // capital too; a lone capital is read as title case.
  bool all_capitals_around(std::size_t i) const {
    if (const auto next = after(i); next && is_letter(*next)) {
      return is_upper(*next);
    }
    if (const auto previous = before(i); previous && is_letter(*previous)) {
      return is_upper(*previous);
    }
    return false;
  }

  static void capitalise(std::string& spelling, bool all_capitals) {
    for (std::size_t k = 0; k < spelling.size() && (k == 0 || all_capitals); ++k) {
      spelling[k] = static_cast<char>(spelling[k] - 'a' + 'A');
    }
  }

  std::vector<CodePoint> text_;
};

std::string transliterate_value(std::string_view value, std::string_view what) {
  if (const auto offset = find_invalid_utf8(value)) {
    throw Error(
        Errc::invalid, ErrorDomain::text,
        std::string(what) + " is not valid UTF-8 (byte offset " + std::to_string(*offset) + ")");
  }
  const std::string normalised = to_nfc(value);
  return Transliteration(decode(normalised)).run();
}

bool is_login_punctuation(char c) {
  return c == '.' || c == '-';
}

bool is_login_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || is_login_punctuation(c);
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string transliterate_official(std::string_view ukrainian) {
  return transliterate_value(ukrainian, "text to transliterate");
}

std::string login_from_name(std::string_view surname, std::string_view given_name,
                            std::string_view separator) {
  for (const char c : separator) {
    if (!is_login_char(c)) {
      // The separator is not echoed when it is not UTF-8, so that the message stays text.
      const std::string shown = find_invalid_utf8(separator) ? std::string("(not valid UTF-8)")
                                                             : "'" + std::string(separator) + "'";
      throw Error(Errc::invalid, ErrorDomain::text,
                  "login separator " + shown + " may hold only a-z, 0-9, '.' and '-'");
    }
  }
  const std::string joined = transliterate_value(given_name, "given name") +
                             std::string(separator) + transliterate_value(surname, "surname");
  std::string login;
  for (const char c : joined) {
    const char lower = ascii_lower(c);
    if (!is_login_char(lower)) continue;
    // Runs of punctuation collapse and none leads, as a dot-atom requires.
    if (is_login_punctuation(lower) && (login.empty() || is_login_punctuation(login.back()))) {
      continue;
    }
    login.push_back(lower);
  }
  if (login.size() > kMaxLoginBytes) login.resize(kMaxLoginBytes);
  while (!login.empty() && is_login_punctuation(login.back())) login.pop_back();
  if (login.empty()) {
    throw Error(Errc::invalid, ErrorDomain::text,
                "no letter or digit remains for a login from surname '" + std::string(surname) +
                    "' and given name '" + std::string(given_name) + "'");
  }
  return login;
}

}  // namespace ejournal::text
