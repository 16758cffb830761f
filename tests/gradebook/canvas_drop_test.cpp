// Canvas's assignment-group scores and drop rules. The numbers are those Canvas's own suites
// assert (instructure/canvas-lms ui/shared/grading/__tests__/AssignmentGroupGradeCalculator{1..4}
// .test.js, "AGGC" below) and the instructor guide's drop-lowest example; where a test title
// contradicts its assertion, the assertion wins. A property test checks the drop rules' choice
// against every other choice.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "canvas_course.hpp"

namespace ejournal::grading::gradebook {
namespace {

using canvas_testing::Course;
using canvas_testing::five_assignments;
using canvas_testing::group_is;
using canvas_testing::node;
using canvas_testing::three_assignments;

TEST(CanvasGroup, CurrentIgnoresUngradedFinalCountsItAsZero) {  // AGGC1
  Course course = five_assignments(0, 0);
  EXPECT_TRUE(group_is(course.current(), "g", 159, 284));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 159, 1284));
  EXPECT_EQ(node(course.current(), "205", false).outcome, Outcome::empty_excluded);
  EXPECT_EQ(node(course.final_grade(), "205", false).outcome, Outcome::empty_as_zero);
  EXPECT_EQ(node(course.final_grade(), "205", false).value, Rational(0));
}

TEST(CanvasGroup, HiddenExcusedPendingAndOmittedSubmissions) {  // AGGC1
  Course course = five_assignments(0, 0);
  course.grade(202).hidden = true;
  EXPECT_TRUE(group_is(course.current(), "g", 117, 193));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 117, 1193));
  EXPECT_EQ(node(course.current(), "202", false).outcome, Outcome::hidden);

  course = five_assignments(0, 0);
  course.grade(202).excused = true;
  EXPECT_TRUE(group_is(course.current(), "g", 117, 193));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 117, 1193));
  EXPECT_EQ(node(course.final_grade(), "202", false).outcome, Outcome::excused);

  course = five_assignments(0, 0);
  course.grade(202).pending_review = true;
  EXPECT_TRUE(group_is(course.current(), "g", 117, 193));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 159, 1284));
  EXPECT_EQ(node(course.current(), "202", false).outcome, Outcome::pending_review);

  course = five_assignments(0, 0);
  course.item(203).omitted = true;  // omitted, unpublished or anonymous and unposted
  EXPECT_TRUE(group_is(course.current(), "g", 145, 229));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 145, 1229));
  EXPECT_EQ(node(course.current(), "203", false).outcome, Outcome::omitted);

  course = five_assignments(0, 0);
  course.item(205).omitted = true;
  EXPECT_TRUE(group_is(course.final_grade(), "g", 159, 284));
}

TEST(CanvasGroup, ZeroPointAssignmentsAddTheirScore) {  // AGGC1
  Course course;
  course.group("g").add(201, "g", 0, 10).add(202, "g", 10, 10);
  EXPECT_TRUE(group_is(course.current(), "g", 20, 10));
  EXPECT_EQ(node(course.current(), "201", false).outcome, Outcome::extra_credit);
  EXPECT_TRUE(group_is(Course().group("g").current(), "g", 0, 0));
}

TEST(CanvasDropLowest, KeepsTheBestGroupPercentageNotTheBestItems) {  // AGGC2
  Course course = three_assignments(1, 0);
  EXPECT_TRUE(group_is(course.current(), "g", 48, 64, {"203"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 48, 64, {"203"}));
  EXPECT_NE(node(course.current(), "203", false).reason.find("drop-lowest rule (1)"),
            std::string::npos);
  // 7/10 (70 %) stays and 17/24 (70.8 %) goes: 38/50 beats 48/64.
  course.grade(203).score = 7;
  EXPECT_TRUE(group_is(course.current(), "g", 38, 50, {"202"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 38, 50, {"202"}));

  course = three_assignments(1, 0);
  course.item(201).max = 0;  // pointed assignments are dropped before unpointed ones
  EXPECT_TRUE(group_is(course.current(), "g", 37, 10, {"202"}));
  course = three_assignments(1, 0);
  course.item(203).omitted = true;
  EXPECT_TRUE(group_is(course.current(), "g", 31, 40, {"202"}));
  course = three_assignments(1, 0);
  course.grade(203).score.reset();
  EXPECT_TRUE(group_is(course.current(), "g", 31, 40, {"202"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 48, 64, {"203"}));
  EXPECT_TRUE(group_is(three_assignments(0, 0).current(), "g", 54, 74));
}

TEST(CanvasDropLowest, TheGuideExample) {
  // Canvas instructor guide: dropping 65/100 leaves 62/74 (83.8 %), dropping 12/24 only 76.7 %.
  Course course;
  course.group("g", std::nullopt, 1).add(1, "g", 50, 50).add(2, "g", 100, 65).add(3, "g", 24, 12);
  EXPECT_TRUE(group_is(course.current(), "g", 62, 74, {"2"}));
}

TEST(CanvasDropLowest, EqualPercentagesAndZeroPointGroups) {  // AGGC2
  Course course;
  course.group("g", std::nullopt, 1)
      .add(2301, "g", 10, 10)
      .add(2302, "g", 10, 10)
      .add(2303, "g", 10, 10);
  EXPECT_TRUE(group_is(course.current(), "g", 20, 20, {"2303"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 20, 20, {"2303"}));

  course = Course();
  course.group("g", std::nullopt, 1)
      .add(2301, "g", 0, 15)
      .add(2302, "g", 0, 5)
      .add(2303, "g", 0, 10);
  EXPECT_TRUE(group_is(course.current(), "g", 25, 0, {"2302"}));
  // All zero points and equal scores: Canvas keeps the higher ids here.
  course = Course();
  course.group("g", std::nullopt, 1)
      .add(2301, "g", 0, 10)
      .add(2302, "g", 0, 10)
      .add(2303, "g", 0, 10);
  EXPECT_TRUE(group_is(course.final_grade(), "g", 20, 0, {"2301"}));
}

TEST(CanvasDropLowest, SeveralDropsAndMoreDropsThanSubmissions) {  // AGGC2
  Course course = five_assignments(2, 0);
  EXPECT_TRUE(group_is(course.current(), "g", 103, 138, {"202", "203"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 156, 246, {"204", "205"}));
  // As many drops as submissions are capped so that one stays: not an error.
  for (const int drops : {4, 5}) {
    course = five_assignments(drops, 0);
    EXPECT_TRUE(group_is(course.current(), "g", 100, 100, {"202", "203", "204"}));
    EXPECT_TRUE(group_is(course.final_grade(), "g", 100, 100, {"202", "203", "204", "205"}));
  }
}

TEST(CanvasDropLowest, WorksInRidiculousCircumstances) {  // AGGC2, with 10^15 for 10^50 points
  Course course = five_assignments(2, 0);
  course.grade(201).score.reset();
  course.grade(202).score = 3;
  course.grade(203).score.reset();
  course.grade(204).score.reset();
  course.item(201).max = 20;
  course.item(202).max = 10;
  course.item(203).max = 10;
  course.item(204).max = Rational(1'000'000'000'000'000);
  course.item(205).max = 0;  // points possible null
  EXPECT_TRUE(group_is(course.current(), "g", 3, 10));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 3, 20, {"201", "204"}));
}

TEST(CanvasDropHighest, KeepsTheWorstGroupPercentage) {  // AGGC2
  Course course = three_assignments(0, 1);
  EXPECT_TRUE(group_is(course.current(), "g", 23, 34, {"201"}));
  EXPECT_NE(node(course.current(), "201", false).reason.find("drop-highest rule (1)"),
            std::string::npos);
  course.grade(203).score = 10;
  EXPECT_TRUE(group_is(course.final_grade(), "g", 48, 64, {"203"}));
  course = three_assignments(0, 1);
  course.grade(201).score.reset();
  EXPECT_TRUE(group_is(course.current(), "g", 6, 10, {"202"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 6, 50, {"202"}));
  EXPECT_TRUE(group_is(three_assignments(0, 0).final_grade(), "g", 54, 74));
}

TEST(CanvasDropHighest, EqualPercentagesAndZeroPointGroups) {  // AGGC2: titles say otherwise
  Course course;
  course.group("g", std::nullopt, 0, 1)
      .add(2302, "g", 10, 2)
      .add(2303, "g", 50, 10)
      .add(2301, "g", 10, 2);
  EXPECT_TRUE(group_is(course.current(), "g", 4, 20, {"2303"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 4, 20, {"2303"}));

  course = Course();
  course.group("g", std::nullopt, 0, 1)
      .add(2303, "g", 0, 10)
      .add(2302, "g", 0, 15)
      .add(2301, "g", 0, 5);
  EXPECT_TRUE(group_is(course.current(), "g", 15, 0, {"2302"}));
  course = Course();
  course.group("g", std::nullopt, 0, 1)
      .add(2302, "g", 0, 10)
      .add(2303, "g", 0, 10)
      .add(2301, "g", 0, 10);
  EXPECT_TRUE(group_is(course.current(), "g", 20, 0, {"2303"}));
}

TEST(CanvasDropHighest, DroppableCountsDifferBetweenCurrentAndFinal) {  // AGGC2/3
  Course course = five_assignments(0, 2, 30);
  EXPECT_TRUE(group_is(course.current(), "g", 56, 146, {"201", "204"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 44, 1093, {"201", "202"}));
  // drop_highest equal to the droppable count: nothing dropped in current, four in final.
  course = five_assignments(0, 4, 30);
  EXPECT_TRUE(group_is(course.current(), "g", 186, 284));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 0, 1000, {"201", "202", "203", "204"}));
  course = five_assignments(0, 5, 30);
  EXPECT_TRUE(group_is(course.current(), "g", 186, 284));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 186, 1284));
}

TEST(CanvasDropRules, LowestAndHighestTogether) {  // AGGC3
  Course course = five_assignments(1, 1);
  EXPECT_TRUE(group_is(course.current(), "g", 56, 146, {"201", "204"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 59, 184, {"201", "205"}));
  course = five_assignments(2, 2);
  EXPECT_TRUE(group_is(course.current(), "g", 103, 138, {"202", "203"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 14, 55, {"201", "202", "204", "205"}));
  course = five_assignments(2, 3);
  EXPECT_TRUE(group_is(course.current(), "g", 103, 138, {"202", "203"}));
  EXPECT_TRUE(group_is(course.final_grade(), "g", 156, 246, {"204", "205"}));
}

TEST(CanvasDropRules, EqualSubmissionsDropTheSameOneInAnyOrder) {  // AGGC3
  for (const std::int64_t points : {10, 0}) {
    for (const auto& [lowest, highest] : {std::pair{1, 0}, std::pair{0, 1}}) {
      Course forward;
      Course backward;
      forward.group("g", std::nullopt, lowest, highest);
      backward.group("g", std::nullopt, lowest, highest);
      for (std::int64_t id = 201; id <= 204; ++id) forward.add(id, "g", points, 9);
      for (std::int64_t id = 204; id >= 201; --id) backward.add(id, "g", points, 9);
      std::vector<std::string> dropped;
      for (const GradebookResult& result : {forward.current(), backward.current()}) {
        for (const NodeResult& item : result.nodes) {
          if (item.outcome == Outcome::dropped) dropped.push_back(item.id);
        }
      }
      ASSERT_EQ(dropped.size(), 2u);
      EXPECT_EQ(dropped[0], dropped[1]);
    }
  }
}

TEST(CanvasDropRules, OnlyUnpointedAssignmentsRankByScore) {  // AGGC3
  const auto unpointed = [](int lowest, int highest) {
    Course course;
    course.group("g", std::nullopt, lowest, highest)
        .add(201, "g", 0, 10)
        .add(202, "g", 0, 5)
        .add(203, "g", 0, 20)
        .add(204, "g", 0, 0);
    return course.current();
  };
  EXPECT_TRUE(group_is(unpointed(1, 0), "g", 35, 0, {"204"}));
  EXPECT_TRUE(group_is(unpointed(0, 1), "g", 15, 0, {"203"}));
  EXPECT_TRUE(group_is(unpointed(2, 1), "g", 10, 0, {"202", "203", "204"}));
}

TEST(CanvasDropRules, NeverDropTakesPartInTheRatio) {  // AGGC4
  const auto course = [](int lowest, int highest, std::vector<std::int64_t> never_drop) {
    Course built;
    built.group("g", std::nullopt, lowest, highest)
        .add(201, "g", 40, 31)
        .add(202, "g", 24, 19)
        .add(203, "g", 16, 12)
        .add(204, "g", 10, 6);
    for (const std::int64_t id : never_drop) built.item(id).never_drop = true;
    return built;
  };
  EXPECT_TRUE(group_is(course(1, 0, {204}).current(), "g", 56, 74, {"203"}));
  EXPECT_TRUE(group_is(course(0, 1, {201}).final_grade(), "g", 49, 66, {"202"}));
  EXPECT_TRUE(group_is(course(1, 0, {203, 204}).current(), "g", 49, 66, {"202"}));
  EXPECT_TRUE(group_is(course(1, 0, {202, 203, 204}).current(), "g", 68, 90));
  EXPECT_TRUE(group_is(course(0, 1, {202, 203, 204}).final_grade(), "g", 68, 90));
  EXPECT_TRUE(group_is(course(1, 0, {201, 202, 203, 204}).current(), "g", 68, 90));
  EXPECT_TRUE(group_is(course(0, 1, {201, 202, 203, 204}).current(), "g", 68, 90));
}

// Every keep-set of the same size, for the brute force below.
template <class Visit>
void each_subset(std::size_t n, std::size_t k, Visit visit) {
  std::vector<bool> chosen(n, false);
  std::fill(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(k), true);
  do visit(chosen);
  while (std::prev_permutation(chosen.begin(), chosen.end()));
}

// A group percentage; points earned where none are possible (all extra credit) are worth more
// than any ratio.
struct Percentage {
  bool unbounded = false;
  Rational ratio;

  static std::optional<Percentage> of(const Rational& score, const Rational& possible) {
    if (possible.sign() > 0) return Percentage{false, score / possible};
    if (score.sign() > 0) return Percentage{true, 0};
    return std::nullopt;  // 0 of 0: no percentage at all
  }
  friend bool operator<(const Percentage& a, const Percentage& b) {
    if (a.unbounded != b.unbounded) return b.unbounded;
    return a.ratio < b.ratio;
  }
  friend bool operator==(const Percentage&, const Percentage&) = default;
};

// The best (or worst) percentage any choice of `keep` droppable items reaches.
Percentage extreme_percentage(Course course, std::size_t keep, bool best) {
  std::vector<std::size_t> droppable;
  Rational fixed_score = 0;
  Rational fixed_possible = 0;
  const std::vector<Item>& items = course.book().items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i].never_drop) {
      droppable.push_back(i);
      continue;
    }
    fixed_score += *course.grade(items[i].order).score;
    fixed_possible += items[i].max;
  }
  std::optional<Percentage> extreme;
  each_subset(droppable.size(), keep, [&](const std::vector<bool>& chosen) {
    Rational score = fixed_score;
    Rational possible = fixed_possible;
    for (std::size_t k = 0; k < chosen.size(); ++k) {
      if (!chosen[k]) continue;
      score += *course.grade(items[droppable[k]].order).score;
      possible += items[droppable[k]].max;
    }
    const std::optional<Percentage> percentage = Percentage::of(score, possible);
    if (!percentage) return;
    if (!extreme || (best ? *extreme < *percentage : *percentage < *extreme)) extreme = percentage;
  });
  return *extreme;
}

// Random groups, some assignments worth 0 points, some never dropped, some scores above the
// points possible: the kept set is the best (drop lowest) or worst (drop highest) of all.
TEST(CanvasDropProperty, NoOtherChoiceOfKeptItemsDoesBetter) {
  std::mt19937 random(20240521);
  const auto uniform = [&random](std::int64_t low, std::int64_t high) {
    return std::uniform_int_distribution<std::int64_t>(low, high)(random);
  };
  for (int round = 0; round < 1000; ++round) {
    const bool lowest = round % 2 == 0;
    const std::int64_t count = uniform(2, 8);
    // At most one drop per assignment: asking for more is refused as a setting.
    const auto drops = static_cast<int>(uniform(1, std::min<std::int64_t>(7, count)));
    Course course;
    course.group("g", std::nullopt, lowest ? drops : 0, lowest ? 0 : drops);
    std::size_t droppable = 0;
    bool droppable_points = false;
    for (std::int64_t id = 1; id <= count; ++id) {
      const std::int64_t points = uniform(0, 6) == 0 ? 0 : uniform(1, 30);
      course.add(id, "g", points, uniform(0, points + 3));
      const bool never_drop = uniform(0, 4) == 0;
      course.book().items.back().never_drop = never_drop;
      if (never_drop) continue;
      ++droppable;
      droppable_points = droppable_points || points > 0;
    }
    // Groups without droppable points rank by raw score instead (tested above).
    if (!droppable_points) continue;
    // Drop lowest leaves at least one; drop highest yields when it would take them all.
    const auto requested = static_cast<std::size_t>(drops);
    const std::size_t dropped =
        lowest ? std::min(requested, droppable - 1) : (requested >= droppable ? 0 : requested);
    const GradebookResult result = course.current();
    const NodeResult& group = node(result, "g", true);
    const std::optional<Percentage> kept = Percentage::of(*group.value, group.range_max);
    ASSERT_TRUE(kept.has_value()) << "round " << round;
    EXPECT_EQ(*kept, extreme_percentage(course, droppable - dropped, lowest)) << "round " << round;
    const auto actually_dropped =
        std::count_if(result.nodes.begin(), result.nodes.end(),
                      [](const NodeResult& item) { return item.outcome == Outcome::dropped; });
    EXPECT_EQ(static_cast<std::size_t>(actually_dropped), dropped) << "round " << round;
  }
}

}  // namespace
}  // namespace ejournal::grading::gradebook
