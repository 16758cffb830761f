// The Ukrainian rules as a gradebook policy (ua-school.md §1.6, §1.9): topics suggest thematic
// grades, the thematic grades (or, with none, the current grades) the semester grade.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../grading/test_support.hpp"
#include "ejournal/grading/gradebook.hpp"

namespace ejournal::grading::gradebook {
namespace {

using grading::testing::fails_with;
using grading::testing::frac;

Category category(const std::string& id, const std::string& parent) {
  Category built;
  built.id = id;
  built.parent = parent;
  return built;
}

// A semester whose topics hold the given current grades (0 = no grade); `loose` are current
// grades of the semester itself, outside every topic.
struct Journal {
  Gradebook book;
  std::vector<Grade> grades;

  explicit Journal(const std::vector<std::vector<int>>& topics,
                   const std::vector<int>& loose = {}) {
    book.categories.push_back(category("semester", ""));
    for (std::size_t t = 0; t < topics.size(); ++t) {
      const std::string topic = "topic" + std::to_string(t + 1);
      book.categories.push_back(category(topic, "semester"));
      for (const int grade : topics[t]) add(topic, grade);
    }
    for (const int grade : loose) add("semester", grade);
  }

  void add(const std::string& topic, int grade) {
    Item item;
    item.id = "lesson" + std::to_string(book.items.size() + 1);
    item.category = topic;
    item.min = 1;
    item.max = 12;
    book.items.push_back(item);
    Grade entry;
    if (grade != 0) entry.score = grade;
    grades.push_back(entry);
  }

  [[nodiscard]] GradebookResult compute(RoundingMode rounding = RoundingMode::half_up) const {
    return gradebook::compute(book, grades, UkrainianPolicy{rounding});
  }
};

const NodeResult& node(const GradebookResult& result, const std::string& id) {
  for (const NodeResult& candidate : result.nodes) {
    if (candidate.id == id) return candidate;
  }
  ADD_FAILURE() << "no node " << id;
  return result.nodes.front();
}

TEST(UkrainianPolicy, ThematicGradesSuggestTheSemester) {
  const Journal journal({{8, 9, 10}, {7, 8}});
  const GradebookResult result = journal.compute();
  EXPECT_EQ(node(result, "topic1").value, Rational(9));
  EXPECT_EQ(node(result, "topic2").value, Rational(8));  // 7.5 half-up
  EXPECT_EQ(result.total, Rational(9));                  // (9 + 8) / 2 = 8.5 half-up
  EXPECT_EQ(node(result, "semester").value, Rational(9));
  EXPECT_EQ(result.total_min, Rational(1));
  EXPECT_EQ(result.total_max, Rational(12));
  EXPECT_EQ(result.percent, frac(800, 11));
  EXPECT_EQ(result.suggestion_mark, "");
  // Each grade's share of the mean it entered.
  EXPECT_EQ(node(result, "lesson1").weight, frac(1, 3));
  EXPECT_EQ(node(result, "lesson4").weight, frac(1, 2));
  EXPECT_EQ(node(result, "topic1").weight, frac(1, 2));
  EXPECT_EQ(node(result, "lesson1").outcome, Outcome::counted);
}

TEST(UkrainianPolicy, RoundingIsThePolicys) {
  const Journal journal({{8, 9, 10}, {7, 8}});
  const GradebookResult result = journal.compute(RoundingMode::half_even);
  EXPECT_EQ(node(result, "topic2").value, Rational(8));  // 7.5 → 8 (even)
  EXPECT_EQ(result.total, Rational(8));                  // 8.5 → 8 (even)
  EXPECT_EQ(journal.compute(RoundingMode::floor).total, Rational(8));
}

TEST(UkrainianPolicy, ATopicWithoutGradesHasNoThematicGrade) {
  const Journal journal({{10, 11}, {0, 0}, {}});
  const GradebookResult result = journal.compute();
  EXPECT_EQ(node(result, "topic2").value, std::nullopt);
  EXPECT_EQ(node(result, "topic2").outcome, Outcome::empty_excluded);
  EXPECT_NE(node(result, "topic2").reason.find("н/а"), std::string::npos);
  EXPECT_EQ(node(result, "lesson3").outcome, Outcome::empty_excluded);
  EXPECT_EQ(result.total, Rational(11));  // 10.5 half-up, from topic 1 alone
  EXPECT_EQ(node(result, "topic1").weight, Rational(1));
}

TEST(UkrainianPolicy, WithoutThematicGradesTheCurrentGradesCount) {
  // A flat journal: every grade sits in the semester itself.
  const Journal flat({}, {10, 11, 12, 0});
  EXPECT_EQ(flat.compute().total, Rational(11));
  EXPECT_EQ(node(flat.compute(), "lesson1").weight, frac(1, 3));
  EXPECT_EQ(node(flat.compute(), "lesson4").outcome, Outcome::empty_excluded);

  const Journal ungraded_topics({{0}, {0, 0}}, {6, 7});
  const GradebookResult result = ungraded_topics.compute();
  EXPECT_EQ(result.total, Rational(7));  // 6.5 half-up
  EXPECT_EQ(node(result, "lesson4").outcome, Outcome::counted);
}

TEST(UkrainianPolicy, LooseGradesWaitWhileThematicGradesExist) {
  const Journal journal({{12}}, {2});
  const GradebookResult result = journal.compute();
  EXPECT_EQ(result.total, Rational(12));
  EXPECT_EQ(node(result, "lesson2").outcome, Outcome::excluded);
  EXPECT_EQ(node(result, "lesson2").weight, std::nullopt);
  EXPECT_NE(node(result, "lesson2").reason.find("outside every topic"), std::string::npos);
}

TEST(UkrainianPolicy, NoGradeSuggestsNotAttested) {
  const Journal journal({{0, 0}}, {0});
  const GradebookResult result = journal.compute();
  EXPECT_EQ(result.total, std::nullopt);
  EXPECT_EQ(result.percent, std::nullopt);
  EXPECT_EQ(result.suggestion_mark, "н/а");
  EXPECT_EQ(node(result, "semester").outcome, Outcome::empty_excluded);
}

TEST(UkrainianPolicy, RefusesWhatIsNotATwelvePointGrade) {
  for (const Rational& bad : {Rational(13), Rational(0), Rational::fraction(17, 2)}) {
    Journal journal({{8, 9}});
    journal.grades[1].score = bad;
    EXPECT_TRUE(fails_with([&] { (void)journal.compute(); }, Errc::invalid,
                           {"item 'lesson2'", "12-point grade"}));
  }
  const Journal journal(std::vector<std::vector<int>>{{8}});
  EXPECT_TRUE(fails_with(
      [&] { (void)compute(journal.book, journal.grades, UkrainianPolicy{RoundingMode{7}}); },
      Errc::invalid));
}

}  // namespace
}  // namespace ejournal::grading::gradebook
