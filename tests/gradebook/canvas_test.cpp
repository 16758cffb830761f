// Canvas's course totals: points or group weights, null against 0, exact decimals rounded once,
// grading periods, and the shapes Canvas cannot express. The numbers are those Canvas's own suites
// assert (instructure/canvas-lms ui/shared/grading/__tests__/CourseGradeCalculator{1..5}.test.js,
// "CGC" below, and AssignmentGroupGradeCalculator4, "AGGC"); where a test title contradicts its
// assertion, the assertion wins.
#include <gtest/gtest.h>

#include <optional>

#include "canvas_course.hpp"

namespace ejournal::grading::gradebook {
namespace {

using canvas_testing::Course;
using canvas_testing::group_is;
using canvas_testing::new_category;
using canvas_testing::node;
using canvas_testing::shown;
using canvas_testing::three_assignments;
using canvas_testing::ungraded;
using grading::testing::dec;
using grading::testing::fails_with;
using grading::testing::frac;

TEST(CanvasGroup, OnlyUngradedSubmissions) {  // AGGC4, CGC1
  Course course;
  course.group("g", 100)
      .add(201, "g", 5, ungraded)
      .add(202, "g", 10, ungraded)
      .add(203, "g", 20, ungraded);
  EXPECT_TRUE(group_is(course.current(), "g", 0, 0));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 0, 35));
  EXPECT_EQ(shown(course.current().total), "0.00");  // points: 0 of 0
  EXPECT_EQ(course.current().percent, std::nullopt);
  EXPECT_EQ(course.final_grade().total_max, Rational(35));
  course.book().weighted_groups = true;
  EXPECT_EQ(shown(course.current().total), "null");
  EXPECT_EQ(course.current().total_max, Rational(0));
  EXPECT_EQ(shown(course.final_grade().total), "0.00");  // titled "null", asserts 0
  EXPECT_EQ(course.final_grade().total_max, Rational(100));
  course.category("g").weight.reset();  // titled "0", asserts null
  EXPECT_EQ(shown(course.current().total), "null");
  EXPECT_EQ(shown(course.final_grade().total), "null");
  EXPECT_EQ(node(course.final_grade(), "g", true).outcome, Outcome::zero_weight);
}

// CGC2: groups 301 (201, 202) and 302 (203, 204, 205) of the five assignments.
Course two_groups(std::optional<Rational> first, std::optional<Rational> second) {
  Course course;
  course.group("301", first).group("302", second);
  course.add(201, "301", 100, 100).add(202, "301", 91, 42).add(203, "302", 55, 14);
  course.add(204, "302", 38, 3).add(205, "302", 1000, ungraded);
  course.book().weighted_groups = true;
  return course;
}

TEST(CanvasCourse, PointsAndWeightedTotals) {  // CGC2
  Course course = two_groups(50, 50);
  EXPECT_TRUE(group_is(course.current(), "301", 142, 191));
  EXPECT_TRUE(group_is(course.current(), "302", 17, 93));
  EXPECT_TRUE(group_is(course.final_grade(), "302", 17, 1093));
  EXPECT_EQ(shown(course.current().total), "46.31");
  EXPECT_EQ(shown(course.final_grade().total), "37.95");
  EXPECT_EQ(course.current().total_max, Rational(100));
  course.book().weighted_groups = false;
  EXPECT_EQ(course.current().total, Rational(159));
  EXPECT_EQ(course.current().total_max, Rational(284));
  EXPECT_EQ(course.final_grade().total_max, Rational(1284));
  EXPECT_EQ(course.current().percent, frac(15900, 284));
}

TEST(CanvasCourse, NodesSayWhatEachPartAdds) {
  Course course = two_groups(50, 50);
  GradebookResult result = course.current();
  // Weighted: each group's share of the course and the percentage points it adds.
  EXPECT_EQ(node(result, "301", true).weight, frac(1, 2));
  EXPECT_EQ(node(result, "301", true).contribution, frac(142 * 50, 191));
  EXPECT_EQ(node(result, "course", true).value, result.total);
  // Points: each group's points and its share of the course's points possible.
  course.book().weighted_groups = false;
  result = course.current();
  EXPECT_EQ(node(result, "301", true).weight, frac(191, 284));
  EXPECT_EQ(node(result, "301", true).contribution, Rational(142));
  // Items: the points each adds to its group and its share of the group's points possible.
  EXPECT_EQ(node(result, "202", false).contribution, Rational(42));
  EXPECT_EQ(node(result, "202", false).weight, frac(91, 191));
  EXPECT_EQ(node(result, "202", false).range_max, Rational(91));
  EXPECT_EQ(node(result, "205", false).contribution, std::nullopt);
  course.item(202).hidden = true;  // the assignment is not visible to the student
  EXPECT_TRUE(group_is(course.current(), "301", 100, 100));
  EXPECT_EQ(node(course.current(), "202", false).outcome, Outcome::hidden);
}

TEST(CanvasCourse, WeightsScaleUpButNeverDown) {  // CGC2
  const auto totals = [](std::optional<Rational> first, std::optional<Rational> second) {
    const Course course = two_groups(first, second);
    return shown(course.current().total) + " " + shown(course.final_grade().total);
  };
  EXPECT_EQ(totals(5, 5), "46.31 37.95");
  EXPECT_EQ(totals(100, 100), "92.63 75.90");  // effectively double the weight
  EXPECT_EQ(totals(75, 25), "60.33 56.15");
  EXPECT_EQ(totals(dec("33.33"), 50), "40.70 30.67");
  EXPECT_EQ(totals(std::nullopt, std::nullopt), "null null");
  const GradebookResult doubled = two_groups(100, 100).current();
  EXPECT_EQ(node(doubled, "301", true).weight, Rational(1));
  EXPECT_EQ(doubled.percent, doubled.total);
}

TEST(CanvasCourse, ExactDecimalsRoundHalfUpOnce) {  // CGC2
  Course course;
  course.group("a", 10).group("b", 10).group("c", 50).group("d", 30);
  course.add(201, "a", 200, dec("194.5")).add(202, "b", 100, dec("100.0"));
  course.add(203, "c", 100, dec("94.5")).add(204, "d", 100, dec("89.5"));
  course.book().weighted_groups = true;
  EXPECT_EQ(course.current().total, dec("93.825"));  // binary floating point: 93.82499999999999
  EXPECT_EQ(shown(course.final_grade().total), "93.83");

  course = Course();
  course.group("a", 50).group("b", 50);
  course.add(201, "a", 148, dec("124.46")).add(202, "b", 148, dec("144.53"));
  course.book().weighted_groups = true;
  EXPECT_EQ(course.current().total, dec("90.875"));
  EXPECT_EQ(shown(course.current().total), "90.88");
  course.category("a").weight = 40;
  course.category("b").weight = 40;
  course.grade(201).score = dec("81.01");
  course.grade(202).score = dec("96.08");
  course.item(201).max = 100;
  course.item(202).max = 100;
  EXPECT_EQ(course.current().total, dec("88.545"));
  EXPECT_EQ(shown(course.final_grade().total), "88.55");

  course = Course();
  course.group("a", 10)
      .group("b", 10)
      .add(201, "a", 120, dec("110.1"))
      .add(202, "b", 180, dec("170.7"));
  EXPECT_EQ(course.current().total, dec("280.8"));
  course.grade(201).score = 100;
  course.grade(202).score = 150;
  course.item(201).max = dec("110.1");
  course.item(202).max = dec("170.7");
  EXPECT_EQ(course.final_grade().total_max, dec("280.8"));
}

TEST(CanvasCourse, ZeroPointGroupsAndNoData) {  // CGC1, CGC2
  Course course;
  course.group("301", 50).group("302", 50);
  course.add(201, "301", 0, 10).add(202, "301", 0, 5).add(203, "302", 0, 20).add(204, "302", 0, 0);
  EXPECT_TRUE(group_is(course.current(), "301", 15, 0));
  EXPECT_EQ(course.final_grade().total, Rational(35));
  EXPECT_EQ(course.final_grade().total_max, Rational(0));
  course.book().weighted_groups = true;
  EXPECT_EQ(shown(course.current().total), "null");
  EXPECT_EQ(course.current().total_max, Rational(0));
  EXPECT_EQ(shown(course.final_grade().total), "null");
  EXPECT_EQ(course.final_grade().total_max, Rational(100));
  EXPECT_EQ(node(course.current(), "301", true).outcome, Outcome::empty_excluded);

  Course empty;
  empty.group("301", 100);
  EXPECT_EQ(empty.current().total, Rational(0));
  empty.book().weighted_groups = true;
  EXPECT_EQ(shown(empty.current().total), "null");
  EXPECT_EQ(empty.current().total_max, Rational(0));
  EXPECT_EQ(empty.final_grade().total_max, Rational(100));
}

// CGC3–4: 201 and 202 in group 301 (weight 60) and period 701; 203 in 302 and 204 in 303
// (weights 20) and period 702.
Course with_periods(bool weighted_periods, bool weighted_groups) {
  Course course;
  course.group("301", 60).group("302", 20).group("303", 20).period("701", 50).period("702", 50);
  course.add(201, "301", 10, 10, "701").add(202, "301", 10, 5, "701");
  course.add(203, "302", 20, 12, "702").add(204, "303", 40, 16, "702");
  course.book().weighted_periods = weighted_periods;
  course.book().weighted_groups = weighted_groups;
  return course;
}

TEST(CanvasPeriods, UnweightedPeriodsAreReportedButTheCourseIgnoresThem) {  // CGC3
  Course course = with_periods(false, true);
  const GradebookResult result = course.current();
  ASSERT_EQ(result.periods.size(), 2u);
  EXPECT_EQ(result.periods[0].percent, Rational(75));
  EXPECT_EQ(result.periods[1].percent, Rational(50));
  EXPECT_EQ(result.periods[1].possible, Rational(100));
  EXPECT_EQ(result.total, Rational(65));
  EXPECT_TRUE(group_is(result, "301", 15, 20));
  course.book().periods[0].weight = 25;
  course.book().periods[1].weight = 75;
  EXPECT_EQ(course.final_grade().total, Rational(65));
  course.category("301").weight = 120;
  course.category("302").weight = 40;
  course.category("303").weight = 40;
  EXPECT_EQ(course.current().total, Rational(130));

  course = with_periods(false, false);
  EXPECT_EQ(course.current().periods[0].score, Rational(15));
  EXPECT_EQ(course.current().periods[1].score, Rational(28));
  EXPECT_EQ(course.current().periods[1].possible, Rational(60));
  EXPECT_EQ(course.current().total, Rational(43));
  EXPECT_EQ(course.current().total_max, Rational(80));

  course = with_periods(false, true);
  course.item(201).period.clear();  // still in the course total
  EXPECT_EQ(course.current().total, Rational(65));
  course = with_periods(false, true);
  course.item(202).period = "702";  // groups are not divided
  EXPECT_EQ(course.current().total, Rational(65));
  EXPECT_TRUE(group_is(course.final_grade(), "301", 15, 20));
}

TEST(CanvasPeriods, WeightedPeriodsMakeTheCourseGrade) {  // CGC4
  const auto total = [](Course course) { return shown(course.current().total); };
  Course course = with_periods(true, true);
  EXPECT_EQ(total(course), "62.50");
  EXPECT_EQ(shown(course.final_grade().total), "62.50");
  EXPECT_EQ(total(with_periods(true, false)), "60.83");
  course.book().periods[0].weight = 5;
  course.book().periods[1].weight = 5;
  EXPECT_EQ(total(course), "62.50");
  course.book().periods[0].weight = 100;
  course.book().periods[1].weight = 100;
  EXPECT_EQ(total(course), "125.00");  // never scaled down
  course.book().periods[0].weight = 0;
  course.book().periods[1].weight = 5;
  EXPECT_EQ(total(course), "50.00");
  course.book().periods[1].weight = 0;
  EXPECT_EQ(total(course), "0.00");  // all weights zero (or null): 0, not null
  EXPECT_EQ(course.current().total_max, Rational(100));
  course.book().periods[0].weight = 25;
  course.book().periods[1].weight = 75;
  EXPECT_EQ(total(course), "56.25");
  EXPECT_EQ(course.current().periods[0].percent, Rational(75));
}

TEST(CanvasPeriods, WeightedPeriodsLeaveOutWhatNoPeriodHolds) {  // CGC4
  Course course = with_periods(true, true);
  course.item(201).period.clear();
  EXPECT_EQ(course.current().total, Rational(50));
  EXPECT_TRUE(group_is(course.final_grade(), "301", 5, 10));
  EXPECT_EQ(node(course.current(), "201", false).outcome, Outcome::outside_periods);

  course = with_periods(true, true);
  course.item(203).period.clear();
  EXPECT_EQ(node(course.current(), "302", true).outcome, Outcome::outside_periods);
  EXPECT_EQ(node(course.current(), "302", true).value, std::nullopt);

  // Only group 301: the current grade skips the empty period, the final one counts it.
  course = Course();
  course.group("301", 60).period("701", 50).period("702", 50);
  course.add(201, "301", 10, 10, "701").add(202, "301", 10, 5, "701");
  course.book().weighted_periods = true;
  course.book().weighted_groups = true;
  EXPECT_EQ(course.current().total, Rational(75));
  EXPECT_EQ(course.final_grade().total, dec("37.5"));

  course = with_periods(true, true);
  course.item(203).omitted = true;  // group 302 left empty
  EXPECT_EQ(course.current().total, dec("57.5"));
}

TEST(CanvasPeriods, GroupsAcrossWeightedPeriodsAreDivided) {  // CGC5
  Course course;
  course.group("301", 50).group("302", 50).period("701", 50).period("702", 50);
  course.add(201, "301", 10, 10, "701").add(202, "301", 10, 5, "702").add(203, "302", 10, 3, "702");
  course.book().weighted_periods = true;
  course.book().weighted_groups = true;
  EXPECT_TRUE(group_is(course.current(), "301", 15, 20));
  EXPECT_EQ(node(course.current(), "301", true).outcome, Outcome::counted);
  EXPECT_EQ(node(course.current(), "301", true).weight, std::nullopt);
  EXPECT_EQ(course.current().periods[0].percent, Rational(100));
  EXPECT_EQ(course.current().periods[1].percent, Rational(40));
  EXPECT_EQ(course.current().total, Rational(70));
  course.book().periods[0].weight = 25;
  course.book().periods[1].weight = 75;
  EXPECT_EQ(course.final_grade().total, Rational(55));
  course.book().periods[0].weight = 50;
  course.book().periods[1].weight = 50;
  course.item(203).omitted = true;
  EXPECT_EQ(course.current().total, Rational(75));
  course.item(203).omitted = false;
  course.item(202).omitted = true;
  EXPECT_EQ(course.current().total, Rational(65));
}

TEST(CanvasShape, RootItemsFormTheirOwnGroup) {
  Course course;
  course.group("g", 50).add(1, "g", 10, 5).add(2, "course", 10, 10);
  EXPECT_EQ(course.current().total, Rational(15));
  EXPECT_EQ(course.current().total_max, Rational(20));
  course.book().weighted_groups = true;
  EXPECT_EQ(course.current().total, Rational(50));  // the course category has no weight
  course.category("course").weight = 50;
  EXPECT_EQ(course.current().total, Rational(75));
  course.category("course").drop_lowest = 1;
  course.add(3, "course", 10, 0);
  EXPECT_EQ(node(course.current(), "3", false).outcome, Outcome::dropped);
}

TEST(CanvasShape, RefusesWhatCanvasCannotExpress) {
  Course course = three_assignments(0, 0);
  course.item(202).min = 5;
  EXPECT_TRUE(
      fails_with([&] { (void)course.current(); }, Errc::invalid, {"item '202'", "minimum is 5"}));
  course = three_assignments(0, 0);
  course.item(202).max = -24;
  EXPECT_TRUE(fails_with([&] { (void)course.current(); }, Errc::invalid, {"item '202'"}));
  course = three_assignments(0, 0);
  course.book().categories.push_back(new_category("inner", "g"));
  EXPECT_TRUE(
      fails_with([&] { (void)course.current(); }, Errc::invalid, {"'inner'", "nested", "'g'"}));
  course = three_assignments(0, 0);
  course.category("g").drop_lowest = -1;
  EXPECT_TRUE(fails_with([&] { (void)course.current(); }, Errc::invalid, {"negative drop"}));
}

}  // namespace
}  // namespace ejournal::grading::gradebook
