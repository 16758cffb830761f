// Personal names (ПІБ: прізвище, ім'я, по батькові; ua-school.md §5.7) and the gendered words
// of generated journal texts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ejournal::text {

/// A person's name in the official order. Every part is one word: NFC, apostrophes folded to
/// U+02BC, hyphenated double surnames ("Петренко-Коваль") kept whole.
struct FullName {
  std::string surname;
  std::string given;
  std::optional<std::string> patronymic;  ///< absent for foreigners and some national traditions
};

/// Grammatical gender of the words generated about a person.
enum class Gender { feminine, masculine };

/// Parses "Прізвище Ім'я По-батькові" (the patronymic is optional). The text is put in NFC,
/// every apostrophe (U+0027, U+2019, U+2018, U+0060, U+02BB) becomes U+02BC (§5.8) and runs of
/// white space collapse. Throws Error(invalid) naming the text when it is not valid UTF-8 or
/// does not have exactly 2 or 3 words.
FullName parse_full_name(std::string_view text);

/// "Шевченко Тарас Григорович" (or "Шевченко Тарас" without a patronymic).
std::string format_full(const FullName& name);
/// "Шевченко Т. Г.": the surname, then the first letter of each other part with a dot.
std::string format_surname_initials(const FullName& name);
/// "Т. Г. Шевченко".
std::string format_initials_surname(const FullName& name);

/// A guess of the grammatical gender from the patronymic: -ович is masculine, -івна and -ївна
/// feminine; nullopt without a patronymic or with another ending. Only a guess: store the
/// gender the user chose when there is one.
std::optional<Gender> guess_gender(const FullName& name);

/// "не атестований" / "не атестована".
std::string_view not_attested(Gender gender);
/// "учень" / "учениця".
std::string_view pupil_noun(Gender gender);
/// "звільнений" / "звільнена" (exempt from a subject).
std::string_view exempt(Gender gender);

}  // namespace ejournal::text
