// Repairing person names typed into an e-journal: Unicode form, apostrophes, hyphens, spaces and
// Latin look-alike letters (ua-school.md §5.8).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ejournal::text {

/// What normalize_name does with a Latin look-alike letter inside a Cyrillic word.
enum class NormalizeMode {
  strict,   ///< rejects the name, naming the letter and the word
  lenient,  ///< replaces the letter with its Cyrillic twin and reports the change
};

/// One repair: the bytes `from` at byte offset `offset` of the NFC form of the input became `to`.
struct NameChange {
  std::size_t offset = 0;
  std::string from;
  std::string to;

  friend bool operator==(const NameChange&, const NameChange&) = default;
};

struct NormalizedName {
  std::string text;
  std::vector<NameChange> changes;  ///< in input order; NFC itself is not listed
};

/// `name` ready for storage and comparison:
/// - NFC; every apostrophe variant (U+0027, U+2019, U+02BC, U+2018, U+0060, U+02BB) becomes
///   U+02BC; every dash variant (U+2010–U+2015, U+2212, U+FE63, U+FF0D) becomes '-';
/// - white space (U+0020, NBSP and the other Unicode spaces) is trimmed and each run becomes one
///   U+0020;
/// - a Latin letter that looks like a Cyrillic one (A B C E H I K M O P T X and a c e i o p x y,
///   Ï ï) inside a Cyrillic word is rejected (strict) or replaced (lenient). A word is a run of
///   letters, combining marks and apostrophes; it is Cyrillic when more than half of its letters
///   are Cyrillic, so "Iван" is repaired while "Ivan" and the tie "Iвaн" are left alone.
/// Pure and thread-safe. Throws Error(invalid) naming the byte offset for invalid UTF-8, naming
/// the code point and offset for a control character (Cc, including tab and newline), and, in
/// strict mode, naming the letter and the word for a look-alike.
NormalizedName normalize_name(std::string_view name, NormalizeMode mode = NormalizeMode::strict);

/// A key for finding `text` whatever its case, apostrophe or spacing: normalize_name (lenient)
/// followed by Unicode full case folding. "мар'яна", "МАР’ЯНА" and "Марʼяна" give the same key.
/// Throws as normalize_name does.
std::string search_key(std::string_view text);

/// search_key in the official Latin spelling (transliterate_official), lower case, so that a
/// query in either script finds the other: "Kyiv" and "Київ" both give "kyiv".
std::string latin_search_key(std::string_view text);

}  // namespace ejournal::text
