// Letter schemes: the peers' defaults, Moodle's and Canvas's percentage → letter, and Canvas's
// letter → score. Canvas numbers from instructure/canvas-lms spec/models/grading_standard_spec.rb
// and ui/shared/grading/__tests__/GradingSchemeHelper.spec.js.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "../grading/test_support.hpp"
#include "ejournal/grading/gradebook.hpp"

namespace ejournal::grading::gradebook {
namespace {

using grading::testing::dec;
using grading::testing::fails_with;

LetterScheme scheme(std::vector<std::pair<std::string, Rational>> rows) {
  LetterScheme built;
  for (auto& [letter, bound] : rows) built.rows.push_back({std::move(letter), bound});
  return built;
}

TEST(LetterScheme, Defaults) {
  const LetterScheme moodle = LetterScheme::moodle_default();
  ASSERT_EQ(moodle.rows.size(), 11u);
  EXPECT_EQ(moodle.rows[1].letter, "A-");
  EXPECT_EQ(moodle.rows[3].lower_bound, Rational(83));
  EXPECT_EQ(moodle.rows[9].lower_bound, Rational(60));
  const LetterScheme canvas = LetterScheme::canvas_default();
  ASSERT_EQ(canvas.rows.size(), 12u);
  EXPECT_EQ(canvas.rows[0].lower_bound, Rational(94));
  EXPECT_EQ(canvas.rows[10].letter, "D-");
  EXPECT_EQ(canvas.rows[10].lower_bound, Rational(61));
  EXPECT_EQ(canvas.rows[11].lower_bound, Rational(0));
}

TEST(MoodleLetter, InclusiveLowerBoundsAfterClamping) {
  const LetterScheme letters = LetterScheme::moodle_default();
  EXPECT_EQ(moodle_letter(letters, 93), "A");
  EXPECT_EQ(moodle_letter(letters, dec("92.99999")), "A-");
  EXPECT_EQ(moodle_letter(letters, 83), "B");
  EXPECT_EQ(moodle_letter(letters, dec("59.5")), "F");
  EXPECT_EQ(moodle_letter(letters, dec("100.5")), "A");
  EXPECT_EQ(moodle_letter(letters, -5), "F");
  // Below every bound Moodle shows "-".
  EXPECT_EQ(moodle_letter(scheme({{"Pass", 50}}), 40), "-");
}

TEST(CanvasLetter, GradingStandardSpec) {
  const LetterScheme letters =
      scheme({{"A", 90}, {"B+", dec("88.6")}, {"B", 80}, {"C", dec("69.5")}, {"D", 55}, {"M", 0}});
  const std::vector<std::pair<const char*, const char*>> expected = {
      {"1005", "A"},    {"105", "A"},     {"100", "A"},    {"99", "A"},     {"90", "A"},
      {"89.999", "B+"}, {"88.601", "B+"}, {"88.6", "B+"},  {"88.599", "B"}, {"80", "B"},
      {"79.999", "C"},  {"79", "C"},      {"69.501", "C"}, {"69.5", "C"},   {"69.499", "D"},
      {"60", "D"},      {"50", "M"},      {"0", "M"},      {"-100", "M"}};
  for (const auto& [score, letter] : expected) {
    EXPECT_EQ(canvas_letter(letters, dec(score)), letter) << score;
  }
  // Below every bound: the last letter.
  const LetterScheme high = scheme({{"A", 90}, {"B", 80}, {"C", 70}, {"D", 60}, {"E", 50}});
  EXPECT_EQ(canvas_letter(high, 40), "E");
}

TEST(CanvasLetter, RoundsTheScoreToFourDecimalsAndBoundsToFourDigits) {
  const LetterScheme letters = LetterScheme::canvas_default();
  EXPECT_EQ(canvas_letter(letters, dec("93.99994")), "A-");
  EXPECT_EQ(canvas_letter(letters, dec("93.99995")), "A");
  // A bound of 88.604 is read as 88.60 (JavaScript's toPrecision(4)).
  const LetterScheme fine = scheme({{"B+", dec("88.604")}, {"B", 0}});
  EXPECT_EQ(canvas_letter(fine, dec("88.6")), "B+");
  EXPECT_EQ(canvas_letter(fine, dec("88.59")), "B");
}

TEST(CanvasLetterScore, OneBelowTheNextLetter) {
  const LetterScheme defaults = LetterScheme::canvas_default();
  EXPECT_EQ(canvas_letter_score(defaults, "B"), Rational(86));  // grading_standard_spec.rb
  EXPECT_EQ(canvas_letter_score(defaults, "A"), Rational(100));
  EXPECT_TRUE(
      fails_with([&] { (void)canvas_letter_score(defaults, "Z"); }, Errc::not_found, {"'Z'"}));

  // GradingSchemeHelper.spec.js (gradeToScoreUpperBound)
  const auto upper = [](Rational a, Rational b, const char* letter) {
    return canvas_letter_score(scheme({{"A", a}, {"B", b}, {"C", 70}, {"D", 60}, {"F", 50}}),
                               letter);
  };
  EXPECT_EQ(upper(90, 80, "B"), Rational(89));
  EXPECT_EQ(upper(90, 89, "B"), dec("89.9"));
  EXPECT_EQ(upper(90, dec("89.5"), "B"), dec("89.9"));
  EXPECT_EQ(upper(dec("90.59"), dec("90.51"), "B"), dec("90.58"));
  EXPECT_EQ(upper(dec("88.88888888"), 85, "B"), dec("87.89"));
  EXPECT_EQ(upper(90, 80, "a"), Rational(100));
  EXPECT_EQ(upper(90, 80, "c"), Rational(79));
  EXPECT_TRUE(fails_with([&] { (void)upper(90, 80, "B+"); }, Errc::not_found));

  const LetterScheme numeric = scheme({{"4.0", 90}, {"3.5", 80}, {"3.0", 70}, {"2.5", 60}});
  EXPECT_EQ(canvas_letter_score(numeric, "2.5"), Rational(69));
  const LetterScheme symbols =
      scheme({{"4x", 90}, {"-*", 80}, {"å +", 70}, {"+4", 60}, {"!^", 50}});
  EXPECT_EQ(canvas_letter_score(symbols, "å +"), Rational(79));
  EXPECT_EQ(canvas_letter_score(symbols, "   !^   "), Rational(59));
  const LetterScheme emoji = scheme({{"😂", 90}, {"🙂", 80}, {"😐", 70}, {"💩", 0}});
  EXPECT_EQ(canvas_letter_score(emoji, "😐"), Rational(79));
  // A typed minus sign or en dash matches a hyphen.
  const LetterScheme minus = scheme({{"A", 95}, {"A-", 90}, {"B", 85}});
  EXPECT_EQ(canvas_letter_score(minus, "A\u2212"), Rational(94));
  EXPECT_EQ(canvas_letter_score(minus, "A\u2013"), Rational(94));
}

TEST(LetterScheme, RefusesMalformedSchemes) {
  EXPECT_TRUE(
      fails_with([] { (void)canvas_letter(LetterScheme{}, 50); }, Errc::invalid, {"no rows"}));
  EXPECT_TRUE(fails_with(
      [] {
        (void)moodle_letter(scheme({{"A", 80}, {"B", 90}}), 50);
      },
      Errc::invalid, {"'B'", "above the one before it"}));
  EXPECT_TRUE(fails_with(
      [] {
        (void)canvas_letter_score(scheme({{"A", 80}, {"F", -1}}), "A");
      },
      Errc::invalid, {"'F'", "negative lower bound"}));
}

}  // namespace
}  // namespace ejournal::grading::gradebook
