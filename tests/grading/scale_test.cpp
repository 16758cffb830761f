// Threshold tables and grading scales.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/grading/scale.hpp"
#include "test_support.hpp"

namespace ejournal::grading {
namespace {

using testing::dec;
using testing::fails_with;
using testing::frac;

TEST(ThresholdTable, TwelvePointLevelsForEveryGrade) {
  const ThresholdTable table = ThresholdTable::ukrainian_12_levels();
  const char* codes[] = {"I", "I", "I", "II", "II", "II", "III", "III", "III", "IV", "IV", "IV"};
  const char* names[] = {"Початковий", "Середній", "Достатній", "Високий"};
  for (int grade = 1; grade <= 12; ++grade) {
    const Threshold& row = table.lookup(grade);
    EXPECT_EQ(row.code, codes[grade - 1]) << grade;
    EXPECT_EQ(row.name, names[(grade - 1) / 3]) << grade;
  }
  // A mean between grades falls in the level of its lower bound.
  EXPECT_EQ(table.lookup(frac(193, 20)).code, "III");
  EXPECT_EQ(table.lookup(dec("9.99")).code, "III");
}

TEST(ThresholdTable, TwelveToFiveForEveryGrade) {
  const ThresholdTable table = ThresholdTable::ukrainian_12_to_five();
  const int expected[] = {2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5};
  for (int grade = 1; grade <= 12; ++grade) {
    const Threshold& row = table.lookup(grade);
    ASSERT_TRUE(row.value.has_value());
    EXPECT_EQ(*row.value, Rational(expected[grade - 1])) << grade;
    EXPECT_EQ(row.code, std::to_string(expected[grade - 1])) << grade;
  }
}

// The default 100 → ECTS column of ua-school.md §2, written out independently of the library.
std::string ects_of(int points) {
  if (points >= 90) return "A";
  if (points >= 82) return "B";
  if (points >= 74) return "C";
  if (points >= 64) return "D";
  if (points >= 60) return "E";
  if (points >= 35) return "FX";
  return "F";
}

int five_of(int points) {
  if (points >= 90) return 5;
  if (points >= 74) return 4;
  if (points >= 60) return 3;
  return 2;
}

TEST(ThresholdTable, HundredToEctsForEveryPoint) {
  const ThresholdTable table = ThresholdTable::hundred_to_ects();
  for (int points = 0; points <= 100; ++points) {
    EXPECT_EQ(table.lookup(points).code, ects_of(points)) << points;
  }
  EXPECT_EQ(*table.lookup(95).value, Rational(5));
  EXPECT_EQ(*table.lookup(85).value, Rational(4));
  EXPECT_EQ(*table.lookup(80).value, Rational(4));
  EXPECT_EQ(*table.lookup(70).value, Rational(3));
  EXPECT_EQ(*table.lookup(61).value, Rational(3));
  EXPECT_EQ(*table.lookup(40).value, Rational(2));
  EXPECT_EQ(table.lookup(dec("89.99")).code, "B");
  EXPECT_EQ(table.rows().size(), 7u);
}

TEST(ThresholdTable, HundredToFiveForEveryPoint) {
  const ThresholdTable table = ThresholdTable::hundred_to_five();
  for (int points = 0; points <= 100; ++points) {
    EXPECT_EQ(*table.lookup(points).value, Rational(five_of(points))) << points;
  }
}

TEST(ThresholdTable, OldFivePointToTwelve) {
  const ThresholdTable table = ThresholdTable::five_to_ukrainian_12();
  EXPECT_EQ(*table.lookup(3).value, Rational(6));
  EXPECT_EQ(*table.lookup(4).value, Rational(9));
  EXPECT_EQ(*table.lookup(5).value, Rational(12));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(table.lookup(2)); }, Errc::range, {"value 2"}));
}

TEST(ThresholdTable, RowsAreSortedHighestFirst) {
  const ThresholdTable table("custom", 0, 10,
                             {{Rational(0), "low", "", std::nullopt},
                              {Rational(8), "top", "", std::nullopt},
                              {dec("4.5"), "mid", "", std::nullopt}});
  ASSERT_EQ(table.rows().size(), 3u);
  EXPECT_EQ(table.rows()[0].code, "top");
  EXPECT_EQ(table.rows()[1].code, "mid");
  EXPECT_EQ(table.rows()[2].code, "low");
  EXPECT_EQ(table.lookup(dec("4.5")).code, "mid");
  EXPECT_EQ(table.lookup(dec("4.49")).code, "low");
  EXPECT_EQ(table.name(), "custom");
  EXPECT_EQ(table.min(), Rational(0));
  EXPECT_EQ(table.max(), Rational(10));
}

TEST(ThresholdTable, LookupOutsideTheDomainOrBelowEveryBound) {
  const ThresholdTable table = ThresholdTable::ukrainian_12_levels();
  EXPECT_TRUE(fails_with([&] { static_cast<void>(table.lookup(13)); }, Errc::range,
                         {"value 13", "1 … 12"}));
  EXPECT_TRUE(
      fails_with([&] { static_cast<void>(table.lookup(dec("0.5"))); }, Errc::range, {"0.5"}));
  const ThresholdTable partial("pass", 0, 100, {{Rational(60), "pass", "", std::nullopt}});
  EXPECT_TRUE(fails_with([&] { static_cast<void>(partial.lookup(59)); }, Errc::range,
                         {"59", "lowest bound 60"}));
}

TEST(ThresholdTable, RejectsInvalidTables) {
  EXPECT_TRUE(fails_with([] { ThresholdTable("t", 0, 10, {}); }, Errc::invalid, {"no rows"}));
  EXPECT_TRUE(fails_with(
      [] {
        ThresholdTable("t", 10, 0, {{Rational(5), "x", "", std::nullopt}});
      },
      Errc::invalid, {"minimum 10", "maximum 0"}));
  EXPECT_TRUE(fails_with(
      [] {
        ThresholdTable(
            "t", 0, 10,
            {{Rational(5), "x", "", std::nullopt}, {Rational(5), "y", "", std::nullopt}});
      },
      Errc::invalid, {"'x'", "'y'", "bound 5"}));
  EXPECT_TRUE(fails_with(
      [] {
        ThresholdTable("t", 0, 10, {{Rational(11), "x", "", std::nullopt}});
      },
      Errc::invalid, {"bound 11", "0 … 10"}));
  EXPECT_TRUE(fails_with(
      [] {
        ThresholdTable("t", 0, 10,
                       {{Rational(5), "x", "", std::nullopt}, {Rational(1), "", "", std::nullopt}});
      },
      Errc::invalid, {"row 1", "empty code"}));
}

TEST(Scale, TwelvePoint) {
  const Scale scale = Scale::ukrainian_12();
  EXPECT_EQ(scale.kind(), ScaleKind::numeric);
  EXPECT_EQ(scale.min(), Rational(1));
  EXPECT_EQ(scale.max(), Rational(12));
  for (int grade = 1; grade <= 12; ++grade) EXPECT_TRUE(scale.contains(grade)) << grade;
  EXPECT_FALSE(scale.contains(0));
  EXPECT_FALSE(scale.contains(13));
  EXPECT_FALSE(scale.contains(dec("7.5")));
  EXPECT_EQ(scale.parse("10"), Rational(10));
  EXPECT_EQ(scale.parse("10.0"), Rational(10));
  EXPECT_EQ(scale.level_of(11).code, "IV");
  EXPECT_EQ(scale.level_of(5).name, "Середній");
  ASSERT_TRUE(scale.levels().has_value());
}

TEST(Scale, ParseRejectsWhatIsNotAGradeNamingTheText) {
  const Scale scale = Scale::ukrainian_12();
  EXPECT_TRUE(
      fails_with([&] { static_cast<void>(scale.parse("13")); }, Errc::invalid, {"'13'", "1 … 12"}));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.parse("7.5")); }, Errc::invalid,
                         {"'7.5'", "step 1"}));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.parse("abc")); }, Errc::invalid, {"'abc'"}));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.parse("")); }, Errc::invalid));
}

TEST(Scale, NumericWithAFractionalStep) {
  const Scale scale = Scale::numeric("half points", 0, 10, dec("0.5"));
  EXPECT_TRUE(scale.contains(dec("7.5")));
  EXPECT_FALSE(scale.contains(dec("7.25")));
  EXPECT_EQ(scale.parse("9.5"), dec("9.5"));
  EXPECT_TRUE(
      fails_with([&] { static_cast<void>(scale.level_of(5)); }, Errc::unsupported, {"no levels"}));
}

TEST(Scale, NumericRejectsBadDefinitions) {
  EXPECT_TRUE(
      fails_with([] { Scale::numeric("s", 5, 5, 1); }, Errc::invalid, {"minimum 5", "maximum 5"}));
  EXPECT_TRUE(fails_with([] { Scale::numeric("s", 0, 10, 0); }, Errc::invalid, {"step 0"}));
  EXPECT_TRUE(fails_with([] { Scale::numeric("s", 0, 10, -1); }, Errc::invalid, {"step -1"}));
  EXPECT_TRUE(
      fails_with([] { Scale::numeric("s", 0, 10, 1, ThresholdTable::ukrainian_12_levels()); },
                 Errc::invalid, {"1 … 12", "0 … 10"}));
  EXPECT_TRUE(fails_with([] { Scale::hundred_point(ThresholdTable::ukrainian_12_to_five()); },
                         Errc::invalid, {"0 … 100"}));
}

TEST(Scale, HundredPointCarriesEctsLetters) {
  const Scale scale = Scale::hundred_point();
  EXPECT_EQ(scale.level_of(90).code, "A");
  EXPECT_EQ(scale.level_of(59).code, "FX");
  const ThresholdTable two_letters(
      "pass/fail letters", 0, 100,
      {{Rational(50), "P", "", std::nullopt}, {Rational(0), "F", "", std::nullopt}});
  EXPECT_EQ(Scale::hundred_point(two_letters).level_of(90).code, "P");
}

TEST(Scale, FivePoint) {
  const Scale scale = Scale::five_point();
  EXPECT_EQ(scale.min(), Rational(2));
  EXPECT_EQ(scale.max(), Rational(5));
  EXPECT_EQ(scale.level_of(5).name, "відмінно");
  EXPECT_EQ(scale.level_of(2).name, "незадовільно");
  EXPECT_FALSE(scale.contains(1));
}

TEST(Scale, NushLevelsAreSymbolic) {
  const Scale scale = Scale::nush_levels();
  EXPECT_EQ(scale.kind(), ScaleKind::symbolic);
  ASSERT_EQ(scale.symbols().size(), 4u);
  EXPECT_EQ(scale.symbols().front().code, "П");
  EXPECT_EQ(scale.parse("В"), Rational(4));
  EXPECT_EQ(scale.parse("достатній"), Rational(3));
  EXPECT_EQ(scale.min(), Rational(1));
  EXPECT_EQ(scale.max(), Rational(4));
  EXPECT_TRUE(scale.contains(3));
  EXPECT_FALSE(scale.contains(5));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.parse("X")); }, Errc::invalid, {"'X'"}));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.level_of(1)); }, Errc::unsupported));
}

TEST(Scale, NushDescriptorsAndPassFail) {
  const Scale descriptors = Scale::nush_descriptors();
  ASSERT_EQ(descriptors.symbols().size(), 4u);
  EXPECT_EQ(descriptors.parse("має значні успіхи"), Rational(4));
  EXPECT_EQ(descriptors.parse("ще потребує уваги і допомоги"), Rational(1));
  const Scale pass_fail = Scale::pass_fail();
  EXPECT_EQ(pass_fail.parse("зараховано"), Rational(1));
  EXPECT_EQ(pass_fail.parse("не зар."), Rational(0));
  EXPECT_EQ(pass_fail.parse("не зараховано"), Rational(0));
}

TEST(Scale, SymbolicRejectsBadDefinitions) {
  EXPECT_TRUE(fails_with([] { Scale::symbolic("s", {}); }, Errc::invalid, {"no symbols"}));
  EXPECT_TRUE(fails_with(
      [] {
        Scale::symbolic("s", {{"", "x", 1}});
      },
      Errc::invalid, {"empty code"}));
  EXPECT_TRUE(fails_with(
      [] {
        Scale::symbolic("s", {{"A", "", 1}, {"A", "", 2}});
      },
      Errc::invalid, {"'A'"}));
  EXPECT_TRUE(fails_with(
      [] {
        Scale::symbolic("s", {{"A", "", 2}, {"B", "", 2}});
      },
      Errc::invalid, {"'B'", "value 2"}));
  EXPECT_TRUE(fails_with(
      [] {
        Scale::symbolic("s", {{"A", "", 3}, {"B", "", 1}});
      },
      Errc::invalid, {"'B'"}));
}

TEST(Scale, VerbalHasNothingToAggregate) {
  const Scale scale = Scale::nush_verbal();
  EXPECT_EQ(scale.kind(), ScaleKind::verbal);
  EXPECT_FALSE(scale.contains(1));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.min()); }, Errc::unsupported));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.max()); }, Errc::unsupported));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.parse("молодець")); }, Errc::unsupported,
                         {"'молодець'"}));
  EXPECT_TRUE(fails_with([&] { static_cast<void>(scale.level_of(1)); }, Errc::unsupported));
  EXPECT_EQ(Scale::verbal("коментар").name(), "коментар");
}

}  // namespace
}  // namespace ejournal::grading
