// Calculated weights and contributions as Moodle's Behat suite asserts them: negative grades
// (moodle/moodle: grade/tests/behat/grade_mingrade.feature), extra credit over the maximum
// (grade_contribution_with_extra_credit.feature) and natural weight overrides
// (grade_natural_normalisation.feature).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "moodle_support.hpp"

namespace ejournal::grading::gradebook::moodle_test {
namespace {

// grade_mingrade.feature: items with negative minima under Natural everywhere.
Gradebook mingrade_book() {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::natural, false),
                     category("sub1", "course", Aggregation::natural, false),
                     category("sub2", "course", Aggregation::natural, false)};
  book.items = {item("m1", "course", 100, -100), item("m2", "course", 100, 50),
                item("m3", "sub1", 50, -100),    item("m4", "sub1", 100, -100),
                item("m5", "sub2", 100, 50),     item("m6", "sub2", 100, 50)};
  return book;
}

TEST(MoodleWeights, NaturalWithNegativeGradesStudentOne) {
  const Gradebook book = mingrade_book();
  const GradebookResult result = grader_view(
      book,
      grades_for(
          book,
          {{"m1", "-25"}, {"m2", "50"}, {"m3", "-80"}, {"m4", "-10"}, {"m5", "50"}, {"m6", "75"}}));
  // −25 of a course worth 550 is −1/22 of it: −4.55 %.
  EXPECT_EQ(node(result, "m1").contribution, frac(-1, 22));
  expect_report(result, {{"m1", "18.18", "-4.55"},
                         {"m2", "18.18", "9.09"},
                         {"m3", "33.33", "-14.55"},
                         {"m4", "66.67", "-1.82"},
                         {"m5", "50.00", "9.09"},
                         {"m6", "50.00", "13.64"}});
  // The category total goes negative; its range still starts at 0.
  const NodeResult& sub1 = node(result, "sub1", true);
  EXPECT_EQ(sub1.value, Rational(-90));
  EXPECT_EQ(sub1.range_min, Rational(0));
  EXPECT_EQ(sub1.range_max, Rational(150));
  EXPECT_EQ(result.total, Rational(60));
  EXPECT_EQ(result.total_max, Rational(550));
}

TEST(MoodleWeights, NaturalWithNegativeGradesStudentTwo) {
  const Gradebook book = mingrade_book();
  // The 0s typed into the 50…100 items are stored as 50, as Moodle bounds an entered grade.
  const GradebookResult result = grader_view(
      book,
      grades_for(
          book, {{"m1", "0"}, {"m2", "0"}, {"m3", "-10"}, {"m4", "50"}, {"m5", "0"}, {"m6", "0"}}));
  EXPECT_EQ(node(result, "m2").value, Rational(50));
  EXPECT_NE(node(result, "m2").reason.find("Moodle stores it as 50"), std::string::npos);
  expect_report(result, {{"m1", "18.18", "0.00"},
                         {"m2", "18.18", "9.09"},
                         {"m3", "33.33", "-1.82"},
                         {"m4", "66.67", "9.09"},
                         {"m5", "50.00", "9.09"},
                         {"m6", "50.00", "9.09"}});
}

// grade_contribution_with_extra_credit.feature: three extra-credit items on top of one item
// graded 80 / 150; the second overflows the maximum and only the part that fits is credited.
struct ExtraCreditRow {
  Aggregation aggregation;
  std::vector<ReportRow> rows;
};

TEST(MoodleWeights, ExtraCreditContributionIsNormalisedOverTheMaximum) {
  const std::vector<ExtraCreditRow> examples = {
      {Aggregation::natural,
       {{"i1", "100.00", "53.33"}, {"i2", "66.67", "6.67"}, {"i3", "57.14", "40.00"}}},
      {Aggregation::simple_weighted_mean,
       {{"i1", "100.00", "53.33"}, {"i2", "66.67", "6.67"}, {"i3", "57.14", "40.00"}}},
      {Aggregation::mean_with_extra_credits,
       {{"i1", "100.00", "53.33"}, {"i2", "100.00", "10.00"}, {"i3", "52.38", "36.67"}}},
  };
  for (const ExtraCreditRow& example : examples) {
    SCOPED_TRACE(static_cast<int>(example.aggregation));
    Gradebook book;
    book.categories = {category("course", "", example.aggregation)};
    book.items = {item("i1", "course", 150), item("i2", "course", 100), item("i3", "course", 100),
                  item("i4", "course", 100)};
    for (const char* id : {"i2", "i3", "i4"}) item_of(book, id).extra_credit = true;
    const GradebookResult result = grader_view(
        book, grades_for(book, {{"i1", "80"}, {"i2", "10"}, {"i3", "70"}, {"i4", "90"}}));
    std::vector<ReportRow> rows = example.rows;
    rows.push_back({"i4", "0.00", "0.00"});
    expect_report(result, rows);
    EXPECT_EQ(node(result, "i4").outcome, Outcome::extra_credit);
    EXPECT_NE(node(result, "i4").reason.find("adds nothing"), std::string::npos);
    EXPECT_NE(node(result, "i3").reason.find("only part"), std::string::npos);
    EXPECT_EQ(result.percent, Rational(100));
  }
}

// grade_natural_normalisation.feature: a natural category of three items worth 20, 10 and 15,
// each graded 10 % (so that no extra credit overflows); the weights Moodle settles.
struct Normalisation {
  const char* name;
  std::map<std::string, std::string> overrides;  // item → weight as a fraction
  const char* extra_credit;                      // item flagged extra credit, or ""
  std::vector<std::string> weights;              // a5, a6, a7 in %, 3 decimals
};

TEST(MoodleWeights, NaturalOverridesAreNormalised) {
  const std::vector<Normalisation> scenarios = {
      {"automatic", {}, "", {"44.444", "22.222", "33.333"}},
      {"exactly one hundred",
       {{"a5", "0.3"}, {"a6", "0.5"}, {"a7", "0.2"}},
       "",
       {"30.000", "50.000", "20.000"}},
      {"all under one hundred",
       {{"a5", "0.01"}, {"a6", "0.01"}, {"a7", "0.02"}},
       "",
       {"25.000", "25.000", "50.000"}},
      {"one over one hundred", {{"a5", "1.2"}}, "", {"100.000", "0.000", "0.000"}},
      {"several over one hundred",
       {{"a5", "1.5"}, {"a6", "1.5"}},
       "",
       {"50.000", "50.000", "0.000"}},
      {"all overridden, extra credit",
       {{"a5", "0.6"}, {"a6", "0.4"}},
       "a7",
       {"60.000", "40.000", "50.000"}},
      {"all overridden over, extra credit",
       {{"a5", "0.6"}, {"a6", "0.5"}},
       "a7",
       {"54.545", "45.455", "50.000"}},
      {"all overridden under, extra credit",
       {{"a5", "0.4"}, {"a6", "0.3"}},
       "a7",
       {"57.143", "42.857", "50.000"}},
      {"not all overridden, extra credit", {{"a5", "0.4"}}, "a7", {"40.000", "60.000", "50.000"}},
      {"extra credit overridden over one hundred",
       {{"a7", "1.05"}},
       "a7",
       {"66.667", "33.333", "105.000"}},
      {"that override, no longer extra credit",
       {{"a7", "1.05"}},
       "",
       {"0.000", "0.000", "100.000"}},
      {"two overrides over one hundred",
       {{"a6", "0.55"}, {"a7", "0.65"}},
       "",
       {"0.000", "45.833", "54.167"}},
      {"extra credit, weights reset", {}, "a5", {"80.000", "40.000", "60.000"}},
  };
  for (const Normalisation& scenario : scenarios) {
    SCOPED_TRACE(scenario.name);
    Gradebook book;
    book.categories = {category("course", "", Aggregation::natural),
                       category("sub1", "course", Aggregation::natural)};
    book.items = {item("a5", "sub1", 20), item("a6", "sub1", 10), item("a7", "sub1", 15)};
    for (const auto& [id, weight] : scenario.overrides) {
      item_of(book, id).weight_overridden = true;
      item_of(book, id).weight = dec(weight);
    }
    if (*scenario.extra_credit != '\0') item_of(book, scenario.extra_credit).extra_credit = true;
    const GradebookResult result =
        grader_view(book, grades_for(book, {{"a5", "2"}, {"a6", "1"}, {"a7", "1.5"}}));
    EXPECT_EQ(percent(node(result, "a5").weight, 3), scenario.weights[0]);
    EXPECT_EQ(percent(node(result, "a6").weight, 3), scenario.weights[1]);
    EXPECT_EQ(percent(node(result, "a7").weight, 3), scenario.weights[2]);
  }
}

}  // namespace
}  // namespace ejournal::grading::gradebook::moodle_test
