// Canvas test fixtures shared by the Canvas test files: a course built the way Canvas's specs
// build theirs, and the checks they assert. Not part of the library.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../grading/test_support.hpp"
#include "ejournal/grading/gradebook.hpp"

namespace ejournal::grading::gradebook::canvas_testing {

inline constexpr std::nullopt_t ungraded = std::nullopt;

inline Category new_category(const std::string& id, const std::string& parent) {
  Category built;
  built.id = id;
  built.parent = parent;
  return built;
}

// A course built the way Canvas's specs build theirs: groups, then assignments by id.
class Course {
 public:
  Course() { book_.categories.push_back(new_category("course", "")); }

  Course& group(const std::string& id, std::optional<Rational> weight = std::nullopt,
                int drop_lowest = 0, int drop_highest = 0) {
    Category group = new_category(id, "course");
    group.drop_lowest = drop_lowest;
    group.drop_highest = drop_highest;
    group.weight = weight;
    book_.categories.push_back(group);
    return *this;
  }
  Course& add(std::int64_t id, const std::string& group, Rational points,
              std::optional<Rational> score, const std::string& period = "") {
    Item item;
    item.id = std::to_string(id);
    item.order = id;
    item.category = group;
    item.max = points;
    item.period = period;
    book_.items.push_back(item);
    Grade grade;
    grade.score = score;
    grades_.push_back(grade);
    return *this;
  }
  Course& period(const std::string& id, Rational weight) {
    book_.periods.push_back({id, weight});
    return *this;
  }

  Gradebook& book() { return book_; }
  Category& category(const std::string& id) {
    return *std::find_if(book_.categories.begin(), book_.categories.end(),
                         [&](const Category& c) { return c.id == id; });
  }
  Item& item(std::int64_t id) { return book_.items[position(id)]; }
  Grade& grade(std::int64_t id) { return grades_[position(id)]; }

  [[nodiscard]] GradebookResult current() const { return compute(book_, grades_, CanvasPolicy{}); }
  [[nodiscard]] GradebookResult final_grade() const {
    return compute(book_, grades_, CanvasPolicy{.final_grade = true});
  }

 private:
  std::size_t position(std::int64_t id) const {
    for (std::size_t i = 0; i < book_.items.size(); ++i) {
      if (book_.items[i].order == id) return i;
    }
    ADD_FAILURE() << "no item " << id;
    return 0;
  }

  Gradebook book_;
  std::vector<Grade> grades_;
};

inline const NodeResult& node(const GradebookResult& result, const std::string& id, bool category) {
  for (const NodeResult& candidate : result.nodes) {
    if (candidate.id == id && candidate.is_category == category) return candidate;
  }
  ADD_FAILURE() << "no node " << id;
  return result.nodes.front();
}

// The group's score and points possible and the ids its drop rules dropped, in item order.
inline ::testing::AssertionResult group_is(const GradebookResult& result, const std::string& group,
                                           const Rational& score, const Rational& possible,
                                           const std::vector<std::string>& dropped = {}) {
  const NodeResult& totals = node(result, group, true);
  std::vector<std::string> actually_dropped;
  for (const NodeResult& item : result.nodes) {
    if (!item.is_category && item.outcome == Outcome::dropped) actually_dropped.push_back(item.id);
  }
  if (totals.value == score && totals.range_max == possible && actually_dropped == dropped) {
    return ::testing::AssertionSuccess();
  }
  std::string text;
  for (const std::string& id : actually_dropped) text += id + " ";
  return ::testing::AssertionFailure()
         << "group " << group << ": " << (totals.value ? totals.value->to_string() : "null")
         << " of " << totals.range_max.to_string() << ", dropped [ " << text << "]";
}

// A course total as Canvas shows it: two decimals, half-up on the exact value; "null" for none.
inline std::string shown(const std::optional<Rational>& total) {
  return total ? round(*total, {RoundingMode::half_up, 2}).to_string() : "null";
}

// The five assignments of AGGC1–3, 205 ungraded (CGC2 splits the same five into two groups).
inline Course five_assignments(int drop_lowest, int drop_highest, std::int64_t fourth_score = 3) {
  Course course;
  course.group("g", std::nullopt, drop_lowest, drop_highest)
      .add(201, "g", 100, 100)
      .add(202, "g", 91, 42)
      .add(203, "g", 55, 14)
      .add(204, "g", 38, fourth_score)
      .add(205, "g", 1000, ungraded);
  return course;
}

// The three assignments of AGGC2's drop rules.
inline Course three_assignments(int drop_lowest, int drop_highest) {
  Course course;
  course.group("g", std::nullopt, drop_lowest, drop_highest)
      .add(201, "g", 40, 31)
      .add(202, "g", 24, 17)
      .add(203, "g", 10, 6);
  return course;
}

}  // namespace ejournal::grading::gradebook::canvas_testing
