// Helpers for the Moodle policy tests: short builders and the 2-decimal figures Moodle displays.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../grading/test_support.hpp"
#include "ejournal/grading/gradebook.hpp"

namespace ejournal::grading::gradebook::moodle_test {

using grading::testing::dec;
using grading::testing::frac;

// Built field by field: designated initializers would leave members without initializers, which
// -Wmissing-field-initializers refuses.
inline Category category(std::string id, std::string parent, Aggregation aggregation,
                         bool exclude_empty = true) {
  Category made;
  made.id = std::move(id);
  made.parent = std::move(parent);
  made.aggregation = aggregation;
  made.exclude_empty = exclude_empty;
  return made;
}

inline Item item(std::string id, std::string category_id, Rational max, Rational min = 0) {
  Item made;
  made.id = std::move(id);
  made.category = std::move(category_id);
  made.min = min;
  made.max = max;
  return made;
}

inline Category& category_of(Gradebook& book, std::string_view id) {
  for (Category& c : book.categories) {
    if (c.id == id) return c;
  }
  ADD_FAILURE() << "no category " << id;
  return book.categories.front();
}

inline Item& item_of(Gradebook& book, std::string_view id) {
  for (Item& i : book.items) {
    if (i.id == id) return i;
  }
  ADD_FAILURE() << "no item " << id;
  return book.items.front();
}

/// Grades parallel to book.items from "id → decimal score"; items not named have no grade.
inline std::vector<Grade> grades_for(const Gradebook& book,
                                     const std::map<std::string, std::string>& scores) {
  std::vector<Grade> grades(book.items.size());
  for (std::size_t i = 0; i < book.items.size(); ++i) {
    const auto found = scores.find(book.items[i].id);
    if (found != scores.end()) grades[i].score = dec(found->second);
  }
  return grades;
}

inline const NodeResult& node(const GradebookResult& result, std::string_view id,
                              bool is_category = false) {
  for (const NodeResult& n : result.nodes) {
    if (n.id == id && n.is_category == is_category) return n;
  }
  ADD_FAILURE() << "no node " << id;
  return result.nodes.front();
}

/// A value as Moodle shows it: 2 decimals (or `decimals`), half up ("152.68").
inline std::string shown(const std::optional<Rational>& value, int decimals = 2) {
  if (!value) return "-";
  return round(*value, {RoundingMode::half_up, decimals}).to_string();
}

/// A fraction as Moodle shows a percentage: "24.43".
inline std::string percent(const std::optional<Rational>& fraction, int decimals = 2) {
  if (!fraction) return "-";
  return shown(*fraction * 100, decimals);
}

inline GradebookResult grader_view(const Gradebook& book, const std::vector<Grade>& grades) {
  return compute(book, grades, MoodlePolicy{});
}

inline GradebookResult student_view(const Gradebook& book, const std::vector<Grade>& grades) {
  return compute(book, grades, MoodlePolicy{.exclude_hidden = true});
}

/// One row of Moodle's user report: calculated weight and contribution to course total, in %.
struct ReportRow {
  std::string item;
  std::string weight;
  std::string contribution;
};

inline void expect_report(const GradebookResult& result, const std::vector<ReportRow>& rows) {
  for (const ReportRow& row : rows) {
    const NodeResult& n = node(result, row.item);
    EXPECT_EQ(percent(n.weight), row.weight) << row.item << " weight";
    EXPECT_EQ(percent(n.contribution), row.contribution) << row.item << " contribution";
  }
}

}  // namespace ejournal::grading::gradebook::moodle_test
