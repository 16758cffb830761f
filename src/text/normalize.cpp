#include "ejournal/text/normalize.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "ejournal/error.hpp"
#include "ejournal/text/transliteration.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

constexpr char32_t kApostrophe = U'\u02BC';

// One code point of the NFC text: its value after folding and where it came from.
struct Point {
  char32_t value;
  std::size_t offset;
  std::size_t length;
};

bool is_apostrophe(char32_t c) {
  return c == U'\u0027' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018' || c == U'\u0060' ||
         c == U'\u02BB';
}

bool is_dash(char32_t c) {
  return (c >= U'\u2010' && c <= U'\u2015') || c == U'\u2212' || c == U'\uFE63' || c == U'\uFF0D';
}

bool is_space(char32_t c) {
  return u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

bool is_letter(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_word_part(char32_t c) {
  return is_letter(c) || c == kApostrophe ||
         (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}

bool has_script(char32_t c, UScriptCode script) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == script && U_SUCCESS(status);
}

// The Cyrillic letter a Latin one is mistaken for, or 0 when it has no twin.
char32_t cyrillic_twin(char32_t latin) {
  switch (latin) {
    case U'A': return U'А';
    case U'B': return U'В';
    case U'C': return U'С';
    case U'E': return U'Е';
    case U'H': return U'Н';
    case U'I': return U'І';
    case U'K': return U'К';
    case U'M': return U'М';
    case U'O': return U'О';
    case U'P': return U'Р';
    case U'T': return U'Т';
    case U'X': return U'Х';
    case U'a': return U'а';
    case U'c': return U'с';
    case U'e': return U'е';
    case U'i': return U'і';
    case U'o': return U'о';
    case U'p': return U'р';
    case U'x': return U'х';
    case U'y': return U'у';
    case U'\u00CF': return U'Ї';
    case U'\u00EF': return U'ї';
    default: return 0;
  }
}

std::string utf8_of(char32_t c) {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(c));
  return std::string(bytes, static_cast<std::size_t>(length));
}

std::string code_point_name(char32_t c) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
  return name;
}

// The code points of valid UTF-8 `text`, with their byte positions.
std::vector<Point> decode(std::string_view text) {
  std::vector<Point> points;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < size) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT_UNSAFE(bytes, i, c);
    points.push_back(Point{static_cast<char32_t>(c), static_cast<std::size_t>(start),
                           static_cast<std::size_t>(i - start)});
  }
  return points;
}

// Replaces Latin look-alikes in the Cyrillic word points[begin, end).
void repair_word(std::string_view nfc, std::vector<Point>& points, std::size_t begin,
                 std::size_t end, NormalizeMode mode, std::vector<NameChange>& changes) {
  std::size_t letters = 0;
  std::size_t cyrillic = 0;
  for (std::size_t k = begin; k < end; ++k) {
    if (!is_letter(points[k].value)) continue;
    ++letters;
    if (has_script(points[k].value, USCRIPT_CYRILLIC)) ++cyrillic;
  }
  if (cyrillic * 2 <= letters) return;
  for (std::size_t k = begin; k < end; ++k) {
    const char32_t twin = cyrillic_twin(points[k].value);
    if (twin == 0) continue;
    if (mode == NormalizeMode::strict) {
      const std::size_t word_end = points[end - 1].offset + points[end - 1].length;
      throw Error(
          Errc::invalid, ErrorDomain::text,
          "Latin letter '" + utf8_of(points[k].value) + "' (" + code_point_name(points[k].value) +
              ") in the Cyrillic word '" +
              std::string(nfc.substr(points[begin].offset, word_end - points[begin].offset)) +
              "' at byte offset " + std::to_string(points[k].offset));
    }
    changes.push_back(NameChange{points[k].offset, utf8_of(points[k].value), utf8_of(twin)});
    points[k].value = twin;
  }
}

}  // namespace

NormalizedName normalize_name(std::string_view name, NormalizeMode mode) {
  const std::string nfc = to_nfc(name);
  std::vector<Point> points = decode(nfc);
  NormalizedName result;
  for (Point& point : points) {
    if (u_charType(static_cast<UChar32>(point.value)) == U_CONTROL_CHAR) {
      throw Error(Errc::invalid, ErrorDomain::text,
                  "control character " + code_point_name(point.value) + " at byte offset " +
                      std::to_string(point.offset) + " in a name");
    }
    const char32_t folded = is_apostrophe(point.value) ? kApostrophe
                            : is_dash(point.value)     ? U'-'
                                                       : point.value;
    if (folded != point.value) {
      result.changes.push_back(
          NameChange{point.offset, nfc.substr(point.offset, point.length), utf8_of(folded)});
      point.value = folded;
    }
  }
  for (std::size_t begin = 0; begin < points.size();) {
    if (!is_word_part(points[begin].value)) {
      ++begin;
      continue;
    }
    std::size_t end = begin;
    while (end < points.size() && is_word_part(points[end].value)) ++end;
    repair_word(nfc, points, begin, end, mode, result.changes);
    begin = end;
  }
  for (std::size_t k = 0; k < points.size();) {
    if (!is_space(points[k].value)) {
      result.text += utf8_of(points[k].value);
      ++k;
      continue;
    }
    std::size_t end = k;
    while (end < points.size() && is_space(points[end].value)) ++end;
    const bool inner = k > 0 && end < points.size();
    const std::size_t run_end = points[end - 1].offset + points[end - 1].length;
    const std::string run = nfc.substr(points[k].offset, run_end - points[k].offset);
    const std::string kept = inner ? " " : "";
    if (run != kept) result.changes.push_back(NameChange{points[k].offset, run, kept});
    result.text += kept;
    k = end;
  }
  std::stable_sort(result.changes.begin(), result.changes.end(),
                   [](const NameChange& a, const NameChange& b) { return a.offset < b.offset; });
  // A repaired letter may compose with the mark after it: Latin y + U+0306 became у + U+0306,
  // which NFC writes as ў.
  result.text = to_nfc(result.text);
  return result;
}

std::string search_key(std::string_view text) {
  const std::string normalised = normalize_name(text, NormalizeMode::lenient).text;
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(normalised.data(), static_cast<int32_t>(normalised.size())));
  folded.foldCase();
  std::string key;
  folded.toUTF8String(key);
  return key;
}

std::string latin_search_key(std::string_view text) {
  return transliterate_official(search_key(text));
}

}  // namespace ejournal::text
