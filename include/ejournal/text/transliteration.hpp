// The official Ukrainian → Latin transliteration (Cabinet of Ministers resolution No. 55 of
// 27.01.2010, ua-school.md §5.9) and login names derived from it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ejournal::text {

/// The longest login local part login_from_name returns (RFC 5321, §4.5.3.1.1).
inline constexpr std::size_t kMaxLoginBytes = 64;

/// `ukrainian` in the official Latin spelling (KMU-2010), after NFC normalisation:
/// - є ї й ю я are ye yi y yu ya at the start of a word and ie i i iu ia elsewhere; a word starts
///   at the start of the text or after any character that is neither a letter nor a combining
///   mark. An apostrophe never starts a word: Мар'яна → Mariana.
/// - зг is zgh (Згорани → Zghorany); ь is dropped.
/// - An apostrophe between a Ukrainian letter and another letter (U+0027, U+2019, U+02BC,
///   U+2018, U+0060, U+02BB) belongs to the word and is dropped; elsewhere it passes through.
/// - Case: a capital letter gives a capitalised mapping (Щербак → Shcherbak), all capitals when
///   its neighbouring letter in the word is a capital too (ЩЕРБАК → SHCHERBAK, ЄВА → YEVA).
/// - Every other character (Latin, digits, punctuation, other Cyrillic letters) passes through.
/// Pure and thread-safe. Throws Error(invalid) naming the byte offset when `ukrainian` is not
/// valid UTF-8.
std::string transliterate_official(std::string_view ukrainian);

/// A login local part: `given_name`, `separator` and `surname`, transliterated officially and
/// reduced to [a-z0-9.-] — Latin capitals become lower case, everything else outside that set
/// (spaces, apostrophes, other scripts) is dropped, hyphens of double surnames stay. Runs of '.'
/// and '-' collapse to their first character and none is left at either end, so the result is a
/// valid RFC 5321 dot-atom; it is cut to kMaxLoginBytes. Given "Мар'яна", surname "Лук'янчук":
/// "mariana.lukianchuk". When one name gives nothing, the other one alone remains.
/// The caller makes it unique (for example by appending a digit).
/// Throws Error(invalid) naming the value for invalid UTF-8, a separator with characters outside
/// [a-z0-9.-], and when no letter or digit remains.
std::string login_from_name(std::string_view surname, std::string_view given_name,
                            std::string_view separator = ".");

}  // namespace ejournal::text
