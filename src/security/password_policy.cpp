#include "ejournal/security/password_policy.hpp"

#include <string>
#include <vector>

#include "common_passwords.hpp"
#include "ejournal/error.hpp"
#include "ejournal/text/transliteration.hpp"
#include "ejournal/text/utf8.hpp"
#include "folding.hpp"
#include "sodium.hpp"

namespace ejournal::security {

namespace {

using detail::WipeOnExit;

// Repetitions of a unit up to this many characters count as "repeated" ("abcdabcdabcd").
constexpr std::size_t kLongestRepeatedUnit = 4;
// Two neighbouring letters ("xy" of "xy5820…") are chance, not yet a pattern.
constexpr std::size_t kShortestRun = 3;

void validate(const PasswordPolicy& policy) {
  if (policy.min_length < kMinPasswordLengthFloor ||
      policy.min_length > kMinPasswordLengthCeiling) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "password policy: min_length " + std::to_string(policy.min_length) +
                    " is outside " + std::to_string(kMinPasswordLengthFloor) + "…" +
                    std::to_string(kMinPasswordLengthCeiling));
  }
}

// Context text (an e-mail, a name) folded; throws Error(invalid) for invalid UTF-8.
std::u32string fold_text(std::string_view utf8) {
  return detail::fold_case(text::to_nfc(utf8));
}

// The letters of `text` with everything else dropped.
std::u32string letters_of(std::u32string_view text) {
  std::u32string letters;
  letters.reserve(text.size());  // no reallocation, so no unwiped copy of a password is left
  for (const char32_t c : text) {
    if (detail::is_word_letter(c)) letters.push_back(c);
  }
  return letters;
}

// `text` without the non-letters at its start and end.
std::u32string_view trimmed_to_letters(std::u32string_view text) {
  while (!text.empty() && !detail::is_word_letter(text.front())) text.remove_prefix(1);
  while (!text.empty() && !detail::is_word_letter(text.back())) text.remove_suffix(1);
  return text;
}

// Adds the runs of letters of `text` that have at least two letters to `words`.
void add_words(std::u32string_view text, std::vector<std::u32string>& words) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && detail::is_word_letter(text[i])) continue;
    if (i - start >= 2) words.emplace_back(text.substr(start, i - start));
    start = i + 1;
  }
}

// Whether `letters` is nothing but `words`, each used any number of times in any order.
bool made_of(std::u32string_view letters, const std::vector<std::u32string>& words) {
  if (letters.empty() || words.empty()) return false;
  // reachable[i] != 0: the first i letters split into words. A string rather than a vector:
  // GCC 12 wrongly reports a null dereference for vector<bool> and vector<char> here.
  std::string reachable(letters.size() + 1, '\0');
  reachable[0] = 1;
  for (std::size_t i = 0; i < letters.size(); ++i) {
    if (!reachable[i]) continue;
    for (const std::u32string& word : words) {
      if (letters.substr(i).starts_with(word)) reachable[i + word.size()] = 1;
    }
  }
  return reachable[letters.size()] != 0;
}

// Whether `text` is a unit of 1–4 characters repeated, the last copy possibly cut short.
bool repeats_short_unit(std::u32string_view text) {
  for (std::size_t unit = 1; unit <= kLongestRepeatedUnit && 2 * unit <= text.size(); ++unit) {
    bool periodic = true;
    for (std::size_t i = unit; i < text.size() && periodic; ++i) {
      periodic = text[i] == text[i - unit];
    }
    if (periodic) return true;
  }
  return false;
}

// Whether each character of `text` is the one after (or each the one before) the previous.
bool is_run(std::u32string_view text) {
  if (text.size() < kShortestRun) return false;
  const char32_t step = text[1] - text[0];
  if (step != 1 && step != static_cast<char32_t>(-1)) return false;
  for (std::size_t i = 2; i < text.size(); ++i) {
    if (text[i] - text[i - 1] != step) return false;
  }
  return true;
}

bool looks_common(std::u32string_view folded) {
  if (folded.empty()) return false;
  if (repeats_short_unit(folded) || is_run(folded)) return true;
  std::string utf8 = detail::to_utf8(folded);
  const WipeOnExit wipe(utf8);
  return detail::is_common_password(utf8);
}

bool is_email_based(std::u32string_view folded, std::u32string_view letters,
                    std::string_view email) {
  if (email.empty()) return false;
  const std::u32string address = fold_text(email);
  const std::u32string_view local = std::u32string_view(address).substr(0, address.rfind(U'@'));
  if (folded == address || folded == local) return true;
  std::vector<std::u32string> words;
  add_words(address, words);
  return made_of(letters, words);
}

bool is_name_based(std::u32string_view letters, const std::vector<std::string_view>& names) {
  std::vector<std::u32string> words;
  for (const std::string_view name : names) {
    add_words(fold_text(name), words);
    add_words(fold_text(text::transliterate_official(name)), words);
  }
  return made_of(letters, words);
}

}  // namespace

std::vector<PasswordProblem> find_password_problems(std::string_view password,
                                                    const PasswordContext& context,
                                                    const PasswordPolicy& policy) {
  validate(policy);
  if (text::find_invalid_utf8(password)) return {PasswordProblem::invalid_utf8};
  if (password.size() > kMaxPasswordBytes) return {PasswordProblem::too_long};

  std::string normalized = text::to_nfc(password);
  const WipeOnExit wipe_normalized(normalized);
  std::u32string folded = detail::fold_case(normalized);
  const WipeOnExit wipe_folded(folded);
  std::u32string letters = letters_of(folded);
  const WipeOnExit wipe_letters(letters);

  std::vector<PasswordProblem> problems;
  if (folded.size() < policy.min_length) problems.push_back(PasswordProblem::too_short);
  if (is_email_based(folded, letters, context.email)) problems.push_back(PasswordProblem::email);
  if (is_name_based(letters, context.names)) problems.push_back(PasswordProblem::name);
  if (looks_common(folded) || looks_common(trimmed_to_letters(folded))) {
    problems.push_back(PasswordProblem::common);
  }
  return problems;
}

std::string describe(PasswordProblem problem, const PasswordPolicy& policy) {
  switch (problem) {
    case PasswordProblem::invalid_utf8: return "not valid UTF-8 text";
    case PasswordProblem::too_long:
      return "longer than " + std::to_string(kMaxPasswordBytes) + " bytes";
    case PasswordProblem::too_short:
      return "shorter than " + std::to_string(policy.min_length) + " characters";
    case PasswordProblem::email: return "made of the e-mail address";
    case PasswordProblem::name: return "made of the person's name";
    case PasswordProblem::common: return "a commonly used password or an easy pattern";
  }
  return "an unknown problem";
}

void check_password(std::string_view password, const PasswordContext& context,
                    const PasswordPolicy& policy) {
  const std::vector<PasswordProblem> problems = find_password_problems(password, context, policy);
  if (problems.empty()) return;
  std::string message = "password refused: it is ";
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (i > 0) message += "; it is ";
    message += describe(problems[i], policy);
  }
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

}  // namespace ejournal::security
