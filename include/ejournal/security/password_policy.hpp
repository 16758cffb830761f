// What a new password must satisfy (issue 6; NIST SP 800-63B §3.1.1.2): a minimum length, a
// maximum size, not the account's e-mail or the person's name, not a commonly used password.
// No composition rules ("one digit, one capital"): they make passwords harder to remember, not
// to guess.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ejournal::security {

/// The floor of PasswordPolicy::min_length (NIST SP 800-63B: at least 8 characters).
inline constexpr std::size_t kMinPasswordLengthFloor = 8;
/// The ceiling of PasswordPolicy::min_length (NIST asks to accept at least 64 characters).
inline constexpr std::size_t kMinPasswordLengthCeiling = 64;
/// The largest password accepted, in bytes of UTF-8: room for any passphrase while bounding the
/// work one request can cause.
inline constexpr std::size_t kMaxPasswordBytes = 1024;

/// The configurable part of the rules.
struct PasswordPolicy {
  /// Fewest characters (Unicode code points after NFC, so "й" counts once however it was typed).
  /// 12 by default: NIST's floor of 8 is for passwords backed by a second factor, and 800-63B
  /// rev. 4 asks 15 of a password used alone; 12 is what a pupil can still type on a phone.
  std::size_t min_length = 12;
};

/// What the password is being set for: the words it must not be made of. Both may be empty.
struct PasswordContext {
  std::string_view email;               ///< the account's e-mail address
  std::vector<std::string_view> names;  ///< the person's surname, given name, patronymic, …
};

/// One broken rule. The values are listed in the order find_password_problems reports them.
enum class PasswordProblem {
  invalid_utf8,  ///< not valid UTF-8 (no other rule is checked)
  too_long,      ///< more than kMaxPasswordBytes bytes (no other rule is checked)
  too_short,     ///< fewer than min_length characters
  email,         ///< the e-mail address, its local part, or only the words of the local part
  name,          ///< only the person's names (in Cyrillic or the official Latin spelling)
  common,        ///< a common password, one character or short unit repeated, or a run
};

/// Every rule `password` breaks, in the order of PasswordProblem; empty when it is acceptable.
/// Comparisons ignore case (Unicode simple case folding after NFC) and ignore digits and symbols
/// around the letters, so "Password2024!", "qwerty123456" and "ОЛЕНА1985" (for a person named
/// Олена) are refused. In detail:
/// - email: the password equals the e-mail or its local part, or its letters are nothing but
///   words (runs of letters) of the local part, repeated or combined;
/// - name: its letters are nothing but words of the names or of their official Latin spelling
///   (text::transliterate_official), repeated or combined ("PetrenkoOlena", "олена.олена");
/// - common: the password, or its part from the first to the last letter, is on the built-in
///   list of a few hundred common passwords (English and Ukrainian words and names, keyboard rows
///   of both layouts, digit runs), or is one unit of 1–4 characters repeated ("abcabcabcabc",
///   "202420242024"), or is a run of 3 or more consecutive characters ("abcdefghijkl", "xyz…").
/// Words of one letter in the context are ignored. Throws Error(invalid, argument) when `policy`
/// is out of range (naming the field and value), and Error(invalid) when a context name or the
/// e-mail is not valid UTF-8.
std::vector<PasswordProblem> find_password_problems(std::string_view password,
                                                    const PasswordContext& context = {},
                                                    const PasswordPolicy& policy = {});

/// A sentence that explains `problem` to the person choosing the password, in English, e.g.
/// "shorter than 12 characters". Never mentions the password itself.
std::string describe(PasswordProblem problem, const PasswordPolicy& policy = {});

/// Throws Error(invalid, argument) "password refused: …" listing describe() of every problem
/// find_password_problems finds (the message never contains the password); returns normally
/// when there is none.
void check_password(std::string_view password, const PasswordContext& context = {},
                    const PasswordPolicy& policy = {});

}  // namespace ejournal::security
