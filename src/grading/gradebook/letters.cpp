// Letter schemes (grading-and-interop.md §1.6, §2.4): Moodle's and Canvas's default schemes, the
// letter of a percentage under each peer's rules, and Canvas's score for a typed letter.
//
// Letters are spelt as both peers store them, with an ASCII hyphen ("A-"); a typed letter also
// matches with a typographic minus or en dash at its end ("A−", "A–").
#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "../detail.hpp"
#include "ejournal/grading/gradebook.hpp"

namespace ejournal::grading::gradebook {

using grading::detail::describe;
using grading::detail::fail;
using grading::detail::quoted;

namespace {

LetterScheme scheme_of(std::initializer_list<std::pair<const char*, int>> rows) {
  LetterScheme scheme;
  for (const auto& [letter, bound] : rows) scheme.rows.push_back({letter, bound});
  return scheme;
}

// Rows must run from the highest bound down, and no bound may be negative.
void check_scheme(const LetterScheme& scheme) {
  if (scheme.rows.empty()) fail(Errc::invalid, "the letter scheme has no rows");
  const auto row_text = [&](std::size_t i) {
    return "letter scheme row " + std::to_string(i) + " (" + quoted(scheme.rows[i].letter) + ")";
  };
  for (std::size_t i = 0; i < scheme.rows.size(); ++i) {
    const Rational& bound = scheme.rows[i].lower_bound;
    if (bound.sign() < 0) {
      fail(Errc::invalid, row_text(i) + ": negative lower bound " + describe(bound));
    }
    if (i > 0 && bound > scheme.rows[i - 1].lower_bound) {
      fail(Errc::invalid,
           row_text(i) + ": its lower bound " + describe(bound) + " is above the one before it (" +
               describe(scheme.rows[i - 1].lower_bound) + "); rows go from the highest bound down");
    }
  }
}

Rational power_of_ten(int exponent) {
  const Int128 power = grading::detail::pow10(exponent < 0 ? -exponent : exponent);
  return exponent < 0 ? Rational::fraction(1, power) : Rational::fraction(power, 1);
}

// `value` to `decimals` places (negative: to tens, hundreds, …), half-up, exactly.
Rational round_to(const Rational& value, int decimals) {
  const Rational scale = power_of_ten(decimals);
  return Rational::fraction(round_to_integer(value * scale, RoundingMode::half_up), 1) / scale;
}

// JavaScript's toPrecision(4), which Canvas applies to every bound so that 0.545 × 100 compares
// as 54.5: four significant digits, half-up.
Rational four_significant_digits(const Rational& bound) {
  if (bound.sign() == 0) return bound;
  // 10^magnitude ≤ bound < 10^(magnitude + 1), within the powers of ten an Int128 holds.
  constexpr int kLimit = grading::detail::kMaxPowerOfTen - 1;
  int magnitude = 0;
  while (magnitude < kLimit && bound >= power_of_ten(magnitude + 1)) ++magnitude;
  while (magnitude > -kLimit && bound < power_of_ten(magnitude)) --magnitude;
  return round_to(bound, std::min(3 - magnitude, kLimit));
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A letter as Canvas compares it: trimmed, ASCII letters in lower case, a trailing typographic
// minus or en dash read as a hyphen.
std::string comparable(std::string_view letter) {
  while (!letter.empty() && is_space(letter.front())) letter.remove_prefix(1);
  while (!letter.empty() && is_space(letter.back())) letter.remove_suffix(1);
  std::string text(letter);
  for (const std::string_view dash : {std::string_view("\u2212"), std::string_view("\u2013")}) {
    if (text.size() > dash.size() && text.ends_with(dash)) {
      text.replace(text.size() - dash.size(), dash.size(), "-");
    }
  }
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

LetterScheme LetterScheme::moodle_default() {
  return scheme_of({{"A", 93},
                    {"A-", 90},
                    {"B+", 87},
                    {"B", 83},
                    {"B-", 80},
                    {"C+", 77},
                    {"C", 73},
                    {"C-", 70},
                    {"D+", 67},
                    {"D", 60},
                    {"F", 0}});
}

LetterScheme LetterScheme::canvas_default() {
  return scheme_of({{"A", 94},
                    {"A-", 90},
                    {"B+", 87},
                    {"B", 84},
                    {"B-", 80},
                    {"C+", 77},
                    {"C", 74},
                    {"C-", 70},
                    {"D+", 67},
                    {"D", 64},
                    {"D-", 61},
                    {"F", 0}});
}

std::string moodle_letter(const LetterScheme& scheme, const Rational& percent) {
  check_scheme(scheme);
  const Rational value = std::clamp(percent, Rational(0), Rational(100));
  for (const LetterScheme::Row& row : scheme.rows) {
    if (value >= row.lower_bound) return row.letter;
  }
  // Moodle shows "-" when no boundary is reached (a scheme whose lowest bound is above 0).
  return "-";
}

std::string canvas_letter(const LetterScheme& scheme, const Rational& percent) {
  check_scheme(scheme);
  const Rational rounded = round_to(percent, 4);
  const Rational score = rounded.sign() < 0 ? Rational(0) : rounded;
  for (std::size_t i = 0; i + 1 < scheme.rows.size(); ++i) {
    if (score >= four_significant_digits(scheme.rows[i].lower_bound)) {
      return scheme.rows[i].letter;
    }
  }
  return scheme.rows.back().letter;
}

Rational canvas_letter_score(const LetterScheme& scheme, std::string_view letter) {
  check_scheme(scheme);
  const std::string wanted = comparable(letter);
  std::size_t index = 0;
  while (index < scheme.rows.size() && comparable(scheme.rows[index].letter) != wanted) ++index;
  if (index == scheme.rows.size()) {
    fail(Errc::not_found, "the letter " + quoted(letter) + " is not in the letter scheme");
  }
  if (index == 0) return 100;
  // One point below the next letter up; a tenth or a hundredth of a point when the bounds are
  // that close (Canvas measures the gap to a hundredth of a percent).
  const Rational& next_bound = scheme.rows[index - 1].lower_bound;
  const Rational gap = round_to(next_bound - scheme.rows[index].lower_bound, 2);
  Rational step = 1;
  if (gap <= Rational::fraction(1, 10)) {
    step = Rational::fraction(1, 100);
  } else if (gap <= 1) {
    step = Rational::fraction(1, 10);
  }
  return round_to(next_bound - step, 2);
}

}  // namespace ejournal::grading::gradebook
