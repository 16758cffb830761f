// The Moodle policy: the worked examples of grading-and-interop.md §1.2, Moodle's unit tests of
// apply_limit_rules (moodle/moodle: lib/grade/tests/grade_category_test.php), hidden items, and
// what the policy refuses or leaves without a grade.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "moodle_support.hpp"

namespace ejournal::grading::gradebook::moodle_test {
namespace {

using grading::testing::fails_with;

// A1 = 70/100, A2 = 20/80, A3 = 10/10 in a course of range 0…100.
Gradebook worked_example(Aggregation aggregation) {
  Gradebook book;
  book.categories = {category("course", "", aggregation)};
  book.items = {item("A1", "course", 100), item("A2", "course", 80), item("A3", "course", 10)};
  book.items[0].weight = 10;
  book.items[1].weight = 5;
  book.items[2].weight = 3;
  return book;
}

std::optional<Rational> total_of(Aggregation aggregation) {
  const Gradebook book = worked_example(aggregation);
  return grader_view(book, grades_for(book, {{"A1", "70"}, {"A2", "20"}, {"A3", "10"}})).total;
}

TEST(Moodle, WorkedExampleOfTheHelpFile) {
  EXPECT_EQ(total_of(Aggregation::mean), Rational(65));
  EXPECT_EQ(total_of(Aggregation::weighted_mean), dec("62.5"));
  EXPECT_EQ(total_of(Aggregation::simple_weighted_mean), frac(10000, 190));
  EXPECT_EQ(shown(total_of(Aggregation::simple_weighted_mean)), "52.63");
  EXPECT_EQ(total_of(Aggregation::median), Rational(70));
  EXPECT_EQ(total_of(Aggregation::lowest), Rational(25));
  EXPECT_EQ(total_of(Aggregation::highest), Rational(100));

  const Gradebook book = worked_example(Aggregation::natural);
  const GradebookResult natural =
      grader_view(book, grades_for(book, {{"A1", "70"}, {"A2", "20"}, {"A3", "10"}}));
  EXPECT_EQ(natural.total, Rational(100));
  EXPECT_EQ(natural.total_min, Rational(0));
  EXPECT_EQ(natural.total_max, Rational(190));
}

TEST(Moodle, ModeExamplePicksSeventy) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mode)};
  book.items = {item("a", "course", 100), item("b", "course", 50), item("c", "course", 80),
                item("d", "course", 10), item("e", "course", 10)};
  const GradebookResult result = grader_view(
      book, grades_for(book, {{"a", "70"}, {"b", "35"}, {"c", "20"}, {"d", "10"}, {"e", "7"}}));
  EXPECT_EQ(result.total, Rational(70));
  EXPECT_EQ(node(result, "a").weight, frac(1, 3));
  EXPECT_EQ(node(result, "d").weight, Rational(0));
}

TEST(Moodle, LowestAndHighestCreditOneChildOfATie) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::lowest)};
  book.items = {item("x", "course", 10), item("y", "course", 10), item("z", "course", 10)};
  const std::vector<Grade> grades = grades_for(book, {{"x", "5"}, {"y", "5"}, {"z", "5"}});
  GradebookResult result = grader_view(book, grades);
  EXPECT_EQ(node(result, "x").weight, Rational(1));  // the first lowest
  EXPECT_EQ(node(result, "z").weight, Rational(0));
  book.categories[0].aggregation = Aggregation::highest;
  result = grader_view(book, grades);
  EXPECT_EQ(node(result, "x").weight, Rational(0));
  EXPECT_EQ(node(result, "z").weight, Rational(1));  // the last highest
}

// Moodle's apply_limit_rules unit tests rank raw values given for items worth 110, 100, 6 and
// 100. Scored as value × max / 10, each normalises to value / 10, so the ranking, the ties and the
// maxima that break them are Moodle's own.
struct LimitCase {
  const char* name;
  Aggregation aggregation;
  int drop_lowest;
  int keep_highest;
  const char* extra_credit;  // "" or the item flagged extra credit
  std::vector<std::string> values;
  std::vector<std::string> kept;
};

TEST(Moodle, ApplyLimitRulesAsMoodlesUnitTests) {
  const std::vector<LimitCase> cases = {
      {"drop 2 of 4",
       Aggregation::mean,
       2,
       0,
       "",
       {"5.374", "9.4743", "2.5474", "7.3754"},
       {"g1", "g4"}},
      {"keep 1 of 4", Aggregation::mean, 0, 1, "", {"5.374", "9.4743", "2.5474", "7.3754"}, {"g1"}},
      {"drop 2, extra credit kept",
       Aggregation::simple_weighted_mean,
       2,
       0,
       "g2",
       {"5.374", "9.4743", "2.5474", "7.3754"},
       {"g1", "g2"}},
      {"keep 1, extra credit kept",
       Aggregation::simple_weighted_mean,
       0,
       1,
       "g2",
       {"5.374", "9.4743", "2.5474", "7.3754"},
       {"g1", "g2"}},
      {"drop 1 of two zeros: the larger maximum",
       Aggregation::simple_weighted_mean,
       1,
       0,
       "",
       {"0", "5", "2", "0"},
       {"g1", "g2", "g4"}},
      {"drop 2 of three zeros",
       Aggregation::simple_weighted_mean,
       2,
       0,
       "",
       {"0", "5", "0", "0"},
       {"g1", "g2"}},
      {"drop 4 of 4, extra credit kept",
       Aggregation::simple_weighted_mean,
       4,
       0,
       "g2",
       {"0", "5", "6", "1"},
       {"g2"}},
      {"MDL-35667: ties with extra credit",
       Aggregation::simple_weighted_mean,
       1,
       0,
       "g1",
       {"1", "1", "1", "1"},
       {"g1", "g2", "g4"}},
  };
  const std::vector<std::string> ids = {"g0", "g1", "g2", "g4"};
  const std::vector<int> maxima = {110, 100, 6, 100};
  for (const LimitCase& test : cases) {
    SCOPED_TRACE(test.name);
    Gradebook book;
    book.categories = {category("course", "", test.aggregation)};
    book.categories[0].drop_lowest = test.drop_lowest;
    book.categories[0].keep_highest = test.keep_highest;
    std::vector<Grade> grades;
    for (std::size_t k = 0; k < ids.size(); ++k) {
      book.items.push_back(item(ids[k], "course", maxima[k]));
      grades.push_back({.score = dec(test.values[k]) * maxima[k] / 10});
    }
    if (*test.extra_credit != '\0') item_of(book, test.extra_credit).extra_credit = true;
    const GradebookResult result = grader_view(book, grades);
    std::vector<std::string> kept;
    for (const std::string& id : ids) {
      if (node(result, id).outcome != Outcome::dropped) kept.push_back(id);
    }
    EXPECT_EQ(kept, test.kept);
    // Dropping more than there is is no error: the category simply has no grade.
    if (test.kept.empty()) {
      EXPECT_FALSE(result.total.has_value());
    }
  }
}

// Moodle's "drop 5 of 4": a student with fewer grades than the drop count keeps none and the
// category has no grade — no error. Six items, two left empty, so the setting itself is sound.
TEST(Moodle, DroppingMoreThanAStudentsGradesLeavesNoGrade) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::simple_weighted_mean)};
  book.categories[0].drop_lowest = 5;
  for (const char* id : {"g0", "g1", "g2", "g4", "e1", "e2"}) {
    book.items.push_back(item(id, "course", 10));
  }
  const GradebookResult result =
      grader_view(book, grades_for(book, {{"g0", "0"}, {"g1", "5"}, {"g2", "6"}, {"g4", "1"}}));
  EXPECT_FALSE(result.total.has_value());
  for (const char* id : {"g0", "g1", "g2", "g4"})
    EXPECT_EQ(node(result, id).outcome, Outcome::dropped);
}

TEST(Moodle, RefusesDropRulesAskingForMoreThanTheCategoryHolds) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean)};
  book.categories[0].drop_lowest = 5;
  for (const char* id : {"a", "b", "c", "d"}) book.items.push_back(item(id, "course", 10));
  const std::vector<Grade> grades(4);
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"category 'course'", "drop rules ask for 5 of 4 children"}));
}

TEST(Moodle, DropLowestTakesPrecedenceOverKeepHighest) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean)};
  book.categories[0].drop_lowest = 1;
  book.categories[0].keep_highest = 1;
  book.items = {item("a", "course", 10), item("b", "course", 10), item("c", "course", 10)};
  const GradebookResult result =
      grader_view(book, grades_for(book, {{"a", "2"}, {"b", "4"}, {"c", "9"}}));
  EXPECT_EQ(node(result, "a").outcome, Outcome::dropped);
  EXPECT_EQ(result.total, dec("65"));
}

TEST(Moodle, EmptyGradesExcludedOrCountedAtTheMinimum) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean)};
  book.items = {item("a", "course", 10, 5), item("b", "course", 10, 5)};
  const std::vector<Grade> grades = grades_for(book, {{"a", "10"}});
  EXPECT_EQ(grader_view(book, grades).total, Rational(100));
  book.categories[0].exclude_empty = false;
  const GradebookResult result = grader_view(book, grades);
  EXPECT_EQ(result.total, Rational(50));
  EXPECT_EQ(node(result, "b").outcome, Outcome::empty_as_zero);
}

TEST(Moodle, AllEmptyGivesNoGradeEvenWhenEmptyCountsAsZero) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::natural, false)};
  book.items = {item("a", "course", 10), item("b", "course", 20)};
  const GradebookResult result = grader_view(book, std::vector<Grade>(2));
  EXPECT_FALSE(result.total.has_value());
  EXPECT_FALSE(result.percent.has_value());
  EXPECT_EQ(result.total_max, Rational(30));
}

TEST(Moodle, ExcludedGradeLeavesTheAggregation) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::natural)};
  book.items = {item("a", "course", 10), item("b", "course", 30)};
  std::vector<Grade> grades = grades_for(book, {{"a", "5"}, {"b", "30"}});
  grades[1].excluded = true;
  const GradebookResult result = grader_view(book, grades);
  EXPECT_EQ(result.total, Rational(5));
  EXPECT_EQ(result.total_max, Rational(10));
  EXPECT_EQ(node(result, "b").outcome, Outcome::excluded);
}

TEST(Moodle, ExtraCreditIsIgnoredWhereTheMethodHasNone) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean)};
  book.categories[0].drop_lowest = 1;
  book.items = {item("a", "course", 10), item("b", "course", 10)};
  book.items[0].extra_credit = true;
  const GradebookResult result = grader_view(book, grades_for(book, {{"a", "1"}, {"b", "9"}}));
  EXPECT_EQ(node(result, "a").outcome, Outcome::dropped);
  EXPECT_EQ(result.total, Rational(90));
}

TEST(Moodle, HiddenCategoryHidesEverythingUnderIt) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::natural),
                     category("quizzes", "course", Aggregation::mean),
                     category("inner", "quizzes", Aggregation::natural)};
  book.categories[1].hidden = true;
  book.items = {item("essay", "course", 50), item("q1", "quizzes", 10), item("q2", "inner", 10)};
  std::vector<Grade> grades = grades_for(book, {{"essay", "25"}, {"q1", "10"}, {"q2", "10"}});
  const GradebookResult grader = grader_view(book, grades);
  EXPECT_EQ(grader.total, Rational(125));
  EXPECT_EQ(grader.total_max, Rational(150));
  const GradebookResult student = student_view(book, grades);
  EXPECT_EQ(student.total, Rational(25));
  EXPECT_EQ(student.total_max, Rational(50));
  EXPECT_EQ(node(student, "quizzes", true).outcome, Outcome::hidden);
  EXPECT_EQ(node(student, "q2").outcome, Outcome::hidden);
  EXPECT_FALSE(node(student, "q2").contribution.has_value());
  // A single hidden grade leaves the student's totals too.
  book.categories[1].hidden = false;
  grades[0].hidden = true;
  EXPECT_EQ(student_view(book, grades).total, Rational(100));
  EXPECT_EQ(student_view(book, grades).total_max, Rational(100));
  EXPECT_EQ(grader_view(book, grades).total, Rational(125));
}

// Moodle shows no grade for these settings (aggregate_values_and_adjust_bounds; natural gives
// 0 out of 0); no student's grades can make them meaningful, so the tree refuses them.
TEST(Moodle, RefusesWeightedMeanCoefficientsSummingToZero) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::weighted_mean)};
  book.items = {item("a", "course", 10), item("b", "course", 10)};
  book.items[0].weight = 0;
  book.items[1].weight = 0;
  const std::vector<Grade> grades = grades_for(book, {{"a", "5"}, {"b", "7"}});
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"category 'course'", "weights of its 2 children sum to zero"}));
  book.items[1].weight = 1;
  const GradebookResult result = grader_view(book, grades);
  EXPECT_EQ(result.total, Rational(70));
  EXPECT_EQ(node(result, "a").outcome, Outcome::zero_weight);
}

TEST(Moodle, RefusesNaturalWithEveryWeightOverriddenToZero) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::natural)};
  book.items = {item("a", "course", 10), item("b", "course", 10)};
  for (Item& i : book.items) {
    i.weight_overridden = true;
    i.weight = 0;
  }
  const std::vector<Grade> grades = grades_for(book, {{"a", "5"}, {"b", "7"}});
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"category 'course'", "sum to zero"}));
}

TEST(Moodle, ExtraCreditWeightCountsInTheMeanWithExtraCredits) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean_with_extra_credits)};
  book.items = {item("a", "course", 10), item("b", "course", 10), item("bonus", "course", 10)};
  book.items[2].extra_credit = true;
  book.items[2].weight = 2;
  const GradebookResult result =
      grader_view(book, grades_for(book, {{"a", "4"}, {"b", "6"}, {"bonus", "1"}}));
  // (0.4 + 0.6 + 2 × 0.1) / 2 = 0.6. Moodle records 1/2 as the bonus's weight; it adds 2/2 of
  // its value, and that is the weight recorded here, so that the contributions add up.
  EXPECT_EQ(result.total, Rational(60));
  EXPECT_EQ(node(result, "bonus").weight, Rational(1));
  EXPECT_EQ(node(result, "a").weight, frac(1, 2));
}

TEST(Moodle, SubCategoryWorthNothingCountsAsFullMarksInAMean) {
  // Moodle's standardise_score() answers 1 for an empty range: a natural sub-category whose only
  // grade present is extra credit is 0 out of 0, and a mean above it reads that as 100 %.
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean),
                     category("bonus", "course", Aggregation::natural)};
  book.items = {item("test", "course", 100), item("required", "bonus", 10),
                item("extra", "bonus", 10)};
  book.items[2].extra_credit = true;
  const GradebookResult result =
      grader_view(book, grades_for(book, {{"test", "50"}, {"extra", "5"}}));
  const NodeResult& bonus = node(result, "bonus", true);
  EXPECT_EQ(bonus.value, Rational(0));
  EXPECT_EQ(bonus.range_max, Rational(0));
  EXPECT_EQ(result.total, Rational(75));
}

TEST(Moodle, KeepHighestKeepsTheFirstOfEqualValues) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean)};
  book.categories[0].keep_highest = 2;
  book.items = {item("a", "course", 10), item("b", "course", 20), item("c", "course", 10)};
  const GradebookResult result =
      grader_view(book, grades_for(book, {{"a", "5"}, {"b", "10"}, {"c", "5"}}));
  EXPECT_EQ(node(result, "a").outcome, Outcome::counted);
  EXPECT_EQ(node(result, "b").outcome, Outcome::counted);
  EXPECT_EQ(node(result, "c").outcome, Outcome::dropped);
  EXPECT_NE(node(result, "c")
                .reason.find("not among the 2 highest grades kept in category "
                             "'course'"),
            std::string::npos);
}

TEST(Moodle, RefusesWhatMoodlesFormsRefuse) {
  Gradebook book;
  book.categories = {category("course", "", Aggregation::mean)};
  book.items = {item("flat", "course", 5, 5)};
  std::vector<Grade> grades(1);
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"item 'flat'", "range 5 … 5 is empty"}));

  book.items = {item("neg", "course", -5, 5)};
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"item 'neg'", "negative"}));

  book.items = {item("a", "course", 10)};
  book.categories[0].min = 100;
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"category 'course'", "100 … 100 is empty"}));

  book.categories = {category("course", "", Aggregation::natural)};
  book.items = {item("owed", "course", 0, -10)};
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"item 'owed'", "maximum 0 in natural category 'course'"}));

  book.items = {item("a", "course", 10)};
  book.items[0].weight_overridden = true;
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"item 'a'", "overridden but no weight"}));

  book.categories = {category("course", "", Aggregation::mean_with_extra_credits)};
  book.items[0].weight_overridden = false;
  book.items[0].extra_credit = true;
  book.items[0].weight = 0;
  EXPECT_TRUE(fails_with([&] { (void)grader_view(book, grades); }, Errc::invalid,
                         {"item 'a'", "extra-credit weight 0"}));
}

TEST(Moodle, ClassResultsMatchStudentByStudent) {
  const Gradebook book = worked_example(Aggregation::natural);
  std::vector<Grade> grades = grades_for(book, {{"A1", "70"}, {"A2", "20"}, {"A3", "10"}});
  const std::vector<Grade> second = grades_for(book, {{"A1", "100"}});
  grades.insert(grades.end(), second.begin(), second.end());
  const std::vector<GradebookResult> results = compute_class(book, grades, MoodlePolicy{});
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].total, Rational(100));
  EXPECT_EQ(results[1].total, Rational(100));
  EXPECT_EQ(results[1].total_max, Rational(100));
}

}  // namespace
}  // namespace ejournal::grading::gradebook::moodle_test
