// Names are handled as ICU UnicodeStrings so that white space, apostrophes and initials are
// recognised by code point rather than by byte.
#include "ejournal/text/names.hpp"

#include <string>
#include <vector>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::text {

namespace {

constexpr UChar32 kApostrophe = 0x02BC;

// The apostrophe spellings of real data (ua-school.md §5.8) other than U+02BC itself.
bool is_other_apostrophe(UChar32 c) {
  return c == 0x0027 || c == 0x2019 || c == 0x2018 || c == 0x0060 || c == 0x02BB;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

// The words of `text`, apostrophes folded, split at runs of white space.
std::vector<std::string> words_of(const std::string& nfc) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(nfc);
  std::vector<std::string> words;
  icu::UnicodeString word;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 c = text.char32At(i);
    if (u_isUWhiteSpace(c) != 0) {
      if (!word.isEmpty()) words.push_back(to_utf8(word));
      word.remove();
    } else {
      word.append(is_other_apostrophe(c) ? kApostrophe : c);
    }
  }
  if (!word.isEmpty()) words.push_back(to_utf8(word));
  return words;
}

// "Т." for "Тарас".
std::string initial_of(const std::string& word) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (text.isEmpty()) return "";
  return to_utf8(icu::UnicodeString(text.char32At(0))) + ".";
}

std::string initials_of(const FullName& name) {
  std::string initials = initial_of(name.given);
  if (name.patronymic) initials += " " + initial_of(*name.patronymic);
  return initials;
}

bool ends_with(const std::string& word, std::string_view ending) {
  return word.size() >= ending.size() &&
         word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

}  // namespace

FullName parse_full_name(std::string_view text) {
  if (const auto offset = find_invalid_utf8(text)) {
    throw Error(Errc::invalid, ErrorDomain::text,
                "full name is not valid UTF-8 (byte offset " + std::to_string(*offset) + ")");
  }
  std::vector<std::string> words = words_of(to_nfc(text));
  if (words.size() != 2 && words.size() != 3) {
    throw Error(Errc::invalid, ErrorDomain::text,
                "full name '" + std::string(text) + "' has " + std::to_string(words.size()) +
                    " words; expected 2 or 3 (surname, given name, optional patronymic)");
  }
  FullName name{std::move(words[0]), std::move(words[1]), std::nullopt};
  if (words.size() == 3) name.patronymic = std::move(words[2]);
  return name;
}

std::string format_full(const FullName& name) {
  std::string full = name.surname + " " + name.given;
  if (name.patronymic) full += " " + *name.patronymic;
  return full;
}

std::string format_surname_initials(const FullName& name) {
  return name.surname + " " + initials_of(name);
}

std::string format_initials_surname(const FullName& name) {
  return initials_of(name) + " " + name.surname;
}

std::optional<Gender> guess_gender(const FullName& name) {
  if (!name.patronymic) return std::nullopt;
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(*name.patronymic);
  const std::string patronymic = to_utf8(lower.toLower(icu::Locale("uk")));
  if (ends_with(patronymic, "ович")) return Gender::masculine;
  if (ends_with(patronymic, "івна") || ends_with(patronymic, "ївна")) return Gender::feminine;
  return std::nullopt;
}

std::string_view not_attested(Gender gender) {
  return gender == Gender::feminine ? "не атестована" : "не атестований";
}

std::string_view pupil_noun(Gender gender) {
  return gender == Gender::feminine ? "учениця" : "учень";
}

std::string_view exempt(Gender gender) {
  return gender == Gender::feminine ? "звільнена" : "звільнений";
}

}  // namespace ejournal::text
