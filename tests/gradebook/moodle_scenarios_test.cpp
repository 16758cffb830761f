// Moodle's own acceptance scenarios, replayed: each expected figure is the one Moodle's Behat suite
// asserts (moodle/moodle: grade/tests/behat/grade_aggregation.feature,
// grade_contribution_with_extra_credit.feature, grade_natural_normalisation.feature).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "moodle_support.hpp"

namespace ejournal::grading::gradebook::moodle_test {
namespace {

// grade_aggregation.feature, Background: a course with two sub-categories, ten assignments, seven
// grades, and assignments two, five and eight hidden.
struct Background {
  Gradebook book;
  std::vector<Grade> grades;
};

Background aggregation_background() {
  Background b;
  b.book.categories = {category("course", "", Aggregation::natural),
                       category("sub1", "course", Aggregation::natural),
                       category("sub2", "course", Aggregation::natural)};
  b.book.items = {item("a1", "course", 300), item("a2", "course", 100), item("a3", "course", 150),
                  item("a4", "course", 150), item("a5", "sub1", 20),    item("a6", "sub1", 10),
                  item("a7", "sub1", 15),    item("a8", "sub2", 20),    item("a9", "sub2", 10),
                  item("a10", "sub2", 15)};
  for (const char* hidden : {"a2", "a5", "a8"}) item_of(b.book, hidden).hidden = true;
  b.grades = grades_for(b.book, {{"a1", "60"},
                                 {"a2", "20"},
                                 {"a3", "40"},
                                 {"a5", "10"},
                                 {"a6", "5"},
                                 {"a8", "10"},
                                 {"a9", "5"}});
  return b;
}

// The scenarios for one method set every category to it; Sub category 2 counts empty grades.
Background with_method(Aggregation aggregation) {
  Background b = aggregation_background();
  for (Category& c : b.book.categories) c.aggregation = aggregation;
  category_of(b.book, "sub2").exclude_empty = false;
  return b;
}

void expect_totals(const Background& b, const std::string& grader, const std::string& student) {
  EXPECT_EQ(shown(grader_view(b.book, b.grades).total), grader);
  EXPECT_EQ(shown(student_view(b.book, b.grades).total), student);
}

TEST(MoodleScenario, MeanOfGrades) {
  expect_totals(with_method(Aggregation::mean), "30.00", "30.42");
}

TEST(MoodleScenario, WeightedMeanOfGrades) {
  Background b = with_method(Aggregation::weighted_mean);
  item_of(b.book, "a1").weight = 3;
  expect_totals(b, "27.14", "26.94");
}

TEST(MoodleScenario, SimpleWeightedMeanOfGrades) {
  Background b = with_method(Aggregation::simple_weighted_mean);
  item_of(b.book, "a1").extra_credit = true;
  expect_totals(b, "45.19", "48.57");
}

TEST(MoodleScenario, MeanOfGradesWithExtraCredits) {
  Background b = with_method(Aggregation::mean_with_extra_credits);
  item_of(b.book, "a1").extra_credit = true;
  item_of(b.book, "a1").weight = 2;
  expect_totals(b, "42.50", "47.22");
}

TEST(MoodleScenario, MedianOfGrades) {
  expect_totals(with_method(Aggregation::median), "26.67", "25.83");
}

TEST(MoodleScenario, LowestGrade) {
  Background b = with_method(Aggregation::lowest);
  item_of(b.book, "a4").hidden = true;
  expect_totals(b, "0.00", "0.00");
}

TEST(MoodleScenario, HighestGrade) {
  Background b = with_method(Aggregation::highest);
  item_of(b.book, "a1").hidden = true;
  expect_totals(b, "50.00", "50.00");
}

TEST(MoodleScenario, ModeOfGrades) {
  // Here the scenario sets the course and Sub category 1 only; Sub category 2 stays Natural.
  Background b = aggregation_background();
  category_of(b.book, "course").aggregation = Aggregation::mode;
  category_of(b.book, "sub1").aggregation = Aggregation::mode;
  category_of(b.book, "sub1").exclude_empty = false;
  item_of(b.book, "a1").hidden = true;
  expect_totals(b, "50.00", "50.00");
}

Background natural_scenario() {
  Background b = aggregation_background();
  category_of(b.book, "course").exclude_empty = false;
  category_of(b.book, "sub1").exclude_empty = false;
  Item& six = item_of(b.book, "a6");
  six.weight_overridden = true;
  six.weight = dec("0.5");
  item_of(b.book, "a3").extra_credit = true;
  return b;
}

TEST(MoodleScenario, NaturalGraderView) {
  const Background b = natural_scenario();
  const GradebookResult result = grader_view(b.book, b.grades);
  EXPECT_EQ(shown(result.total), "152.68");
  EXPECT_EQ(shown(result.percent), "24.43");
  // Empty grades are excluded in Sub category 2, so it is worth 30 of its 45 points to this
  // student: the course is out of 625, not 640.
  EXPECT_EQ(result.total_max, Rational(625));
  expect_report(result, {{"a5", "28.57", "1.03"},
                         {"a6", "50.00", "1.80"},
                         {"a7", "21.43", "0.00"},
                         {"a8", "66.67", "1.60"},
                         {"a9", "33.33", "0.80"},
                         {"a10", "0.00", "0.00"},
                         {"a1", "48.00", "9.60"},
                         {"a2", "16.00", "3.20"},
                         {"a3", "24.00", "6.40"},
                         {"a4", "24.00", "0.00"}});
  EXPECT_EQ(node(result, "a10").outcome, Outcome::empty_excluded);
  EXPECT_EQ(node(result, "a3").outcome, Outcome::extra_credit);
  EXPECT_EQ(node(result, "a7").outcome, Outcome::empty_as_zero);
}

TEST(MoodleScenario, NaturalCourseIsOutOf640WhenSubCategoryTwoCountsEmptyGrades) {
  Background b = natural_scenario();
  category_of(b.book, "sub2").exclude_empty = false;
  EXPECT_EQ(grader_view(b.book, b.grades).total_max, Rational(640));
}

TEST(MoodleScenario, NaturalStudentViewRenormalisesTheOverride) {
  const Background b = natural_scenario();
  const GradebookResult result = student_view(b.book, b.grades);
  EXPECT_EQ(shown(result.total), "113.75");
  EXPECT_EQ(shown(result.percent), "23.45");
  // Assignment five is hidden: six's 50 % override becomes 0.5 / (0.5 + 3/14) = 70 %.
  expect_report(result, {{"a6", "70.00", "1.80"},
                         {"a7", "30.00", "0.00"},
                         {"a9", "100.00", "1.03"},
                         {"a1", "61.86", "12.37"},
                         {"a3", "30.93", "8.25"},
                         {"a4", "30.93", "0.00"}});
  EXPECT_EQ(node(result, "a5").outcome, Outcome::hidden);
  EXPECT_FALSE(node(result, "a5").weight.has_value());
}

TEST(MoodleScenario, NaturalWithDropLowest) {
  Background b = aggregation_background();
  for (Category& c : b.book.categories) c.exclude_empty = false;
  Category sub3 = category("sub3", "course", Aggregation::natural);
  sub3.drop_lowest = 1;
  b.book.categories.push_back(sub3);
  for (const char* id : {"m1", "m2", "m3"}) b.book.items.push_back(item(id, "sub3", 100));
  b.grades = grades_for(b.book, {{"a1", "60"},
                                 {"a2", "20"},
                                 {"a3", "40"},
                                 {"a5", "10"},
                                 {"a6", "5"},
                                 {"a8", "10"},
                                 {"a9", "5"},
                                 {"m1", "60"},
                                 {"m2", "20"},
                                 {"m3", "40"}});
  const auto expect_course = [&](const std::string& total, const std::string& percent_shown) {
    const GradebookResult result = grader_view(b.book, b.grades);
    EXPECT_EQ(shown(result.total), total);
    EXPECT_EQ(shown(result.percent), percent_shown);
  };
  expect_course("250.00", "25.25");
  EXPECT_EQ(node(grader_view(b.book, b.grades), "m2").outcome, Outcome::dropped);

  // Extra credit breaks the limit rules: nothing is dropped any more.
  item_of(b.book, "m2").extra_credit = true;
  expect_course("270.00", "27.27");
  // So does a different maximum.
  item_of(b.book, "m2").extra_credit = false;
  item_of(b.book, "m2").max = 200;
  expect_course("270.00", "22.69");
  item_of(b.book, "m2").max = 100;
  expect_course("250.00", "25.25");
  // And so does a sub-category, even an empty one.
  b.book.categories.push_back(category("subsub", "sub3", Aggregation::natural));
  expect_course("270.00", "24.77");
}

Background weights_of_zero() {
  Background b = aggregation_background();
  for (Category& c : b.book.categories) c.exclude_empty = false;
  const auto override_weight = [&](const char* id, const char* weight) {
    item_of(b.book, id).weight_overridden = true;
    item_of(b.book, id).weight = dec(weight);
  };
  override_weight("a1", "0");
  override_weight("a6", "0");
  override_weight("a9", "1");
  return b;
}

TEST(MoodleScenario, NaturalWithWeightsOfZero) {
  const Background b = weights_of_zero();
  const GradebookResult grader = grader_view(b.book, b.grades);
  EXPECT_EQ(shown(grader.total), "75.00");
  EXPECT_EQ(shown(grader.percent), "16.85");
  expect_report(grader, {{"a5", "57.14", "2.25"},
                         {"a6", "0.00", "0.00"},
                         {"a7", "42.86", "0.00"},
                         {"a8", "0.00", "0.00"},
                         {"a9", "100.00", "1.12"},
                         {"a10", "0.00", "0.00"},
                         {"a1", "0.00", "0.00"},
                         {"a2", "22.47", "4.49"},
                         {"a3", "33.71", "8.99"},
                         {"a4", "33.71", "0.00"}});
  // An override of 100 % leaves the automatic siblings nothing.
  EXPECT_EQ(node(grader, "a8").outcome, Outcome::zero_weight);

  const GradebookResult student = student_view(b.book, b.grades);
  EXPECT_EQ(shown(student.total), "45.00");
  EXPECT_EQ(shown(student.percent), "13.85");
  expect_report(student, {{"a6", "0.00", "0.00"},
                          {"a7", "100.00", "0.00"},
                          {"a9", "100.00", "1.54"},
                          {"a10", "0.00", "0.00"},
                          {"a1", "0.00", "0.00"},
                          {"a3", "46.15", "12.31"},
                          {"a4", "46.15", "0.00"}});
}

// grade_aggregation.feature, "Natural aggregation from the setup screen": the weights Moodle
// settles, seen by a student with every grade (so that nothing shrinks them).
TEST(MoodleScenario, NaturalWeightsFromTheSetupScreen) {
  Background b = aggregation_background();
  for (Category& c : b.book.categories) c.exclude_empty = false;
  GradebookResult result = grader_view(b.book, b.grades);
  // The setup form shows weights with 3 decimals.
  EXPECT_EQ(percent(node(result, "a1").weight, 3), "37.975");
  EXPECT_EQ(percent(node(result, "a2").weight, 3), "12.658");
  EXPECT_EQ(percent(node(result, "a6").weight, 3), "22.222");
  EXPECT_EQ(percent(node(result, "a10").weight, 3), "33.333");
  EXPECT_EQ(percent(node(result, "sub1", true).weight, 3), "5.696");

  const auto override_weight = [&](const char* id, const char* weight) {
    item_of(b.book, id).weight_overridden = true;
    item_of(b.book, id).weight = dec(weight);
  };
  override_weight("a1", "0.1");
  override_weight("a10", "0.5");
  category_of(b.book, "sub1").weight_overridden = true;
  category_of(b.book, "sub1").weight = dec("0.15");
  result = grader_view(b.book, b.grades);
  EXPECT_EQ(percent(node(result, "a1").weight, 3), "10.000");
  EXPECT_EQ(percent(node(result, "a2").weight, 3), "16.854");
  EXPECT_EQ(percent(node(result, "a6").weight, 3), "22.222");
  EXPECT_EQ(percent(node(result, "a10").weight, 3), "50.000");
  EXPECT_EQ(percent(node(result, "sub1", true).weight, 3), "15.000");
}

}  // namespace
}  // namespace ejournal::grading::gradebook::moodle_test
