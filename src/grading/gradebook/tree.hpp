// The validated shape of a gradebook, shared by every policy; not part of the public API.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "ejournal/grading/gradebook.hpp"

namespace ejournal::grading::gradebook::detail {

/// Indices into Gradebook::categories and ::items, resolved once.
struct Tree {
  const Gradebook* book = nullptr;
  std::size_t root = 0;                                    ///< the course category
  std::vector<std::vector<std::size_t>> child_categories;  ///< per category, in input order
  std::vector<std::vector<std::size_t>> child_items;       ///< per category, in input order
  std::vector<std::size_t> item_category;                  ///< per item
  std::vector<std::size_t> category_parent;  ///< per category (the root points to itself)
  std::vector<std::size_t> bottom_up;        ///< every category, each after its children
  std::vector<std::size_t> item_period;      ///< per item: index into periods, or periods.size()
};

/// How messages name a node: "category 'id'", "item 'id'".
std::string category_text(const Category& category);
std::string item_text(const Item& item);

/// Validates `book` and resolves its tree. Throws Error(invalid) naming the node for: an empty or
/// duplicate id, no root or more than one, a missing parent or category, a cycle, max < min,
/// a negative weight, a negative drop count, an unknown grading period, a negative period weight.
Tree build_tree(const Gradebook& book);

/// Throws Error(invalid) when `grades` does not hold one grade per item.
void check_grade_count(const Tree& tree, std::span<const Grade> grades);

/// The policies, each over a validated tree and one student's grades.
GradebookResult compute_moodle(const Tree& tree, std::span<const Grade> grades,
                               const MoodlePolicy& policy);
GradebookResult compute_canvas(const Tree& tree, std::span<const Grade> grades,
                               const CanvasPolicy& policy);
GradebookResult compute_ukrainian(const Tree& tree, std::span<const Grade> grades,
                                  const UkrainianPolicy& policy);

}  // namespace ejournal::grading::gradebook::detail
