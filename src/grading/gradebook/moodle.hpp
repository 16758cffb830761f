// Moodle's gradebook aggregation (grading-and-interop.md §1; Moodle's
// lib/grade/grade_category.php): the pieces compute_moodle() is made of. Not part of the public
// API.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ejournal/grading/gradebook.hpp"
#include "tree.hpp"

namespace ejournal::grading::gradebook::detail::moodle {

/// A child of a category: a sub-category or an item (an index into the book's vectors).
struct ChildRef {
  bool is_category = false;
  std::size_t index = 0;
};

/// What Moodle settles once per course, before any student: the children's order, the natural
/// weights (auto_update_weights), the category maxima (auto_update_max) and whether drop lowest /
/// keep highest may run (can_apply_limit_rules).
struct Setup {
  /// Per category, its children in Moodle's stable order: sub-categories in input order, then
  /// items by Item::order and input position.
  std::vector<std::vector<ChildRef>> children;
  std::vector<Rational> category_min;  ///< its configured range; natural: 0 …
  std::vector<Rational> category_max;  ///< … the sum of its counted children's maxima
  std::vector<bool> limit_rules_apply;
  /// A child's natural weight in its natural parent (Moodle aggregationcoef2), 0 elsewhere.
  std::vector<Rational> category_weight;
  std::vector<Rational> item_weight;
};

/// Validates what Moodle refuses beyond the tree checks (an empty item range, a non-natural
/// category without a range, a natural item with a maximum ≤ 0, an overridden weight that is not
/// given, an extra-credit weight of 0) and settles the course. Throws Error(invalid) naming the
/// node.
Setup build_setup(const Tree& tree);

/// A child as one student's aggregation of its category sees it.
struct Member {
  ChildRef ref;
  std::optional<Rational> value;  ///< its grade (an item's score, a sub-category's total)
  Rational min;                   ///< the student's range of it (a sub-category's raw range)
  Rational max;
  Rational configured_min;  ///< its range before any student (a sub-category's configured range)
  Rational configured_max;
  bool extra_credit = false;  ///< flagged extra credit (read only by the methods that use it)
  Rational coefficient = 1;   ///< weighted mean coefficient; mean with extra credits: its weight
  Rational natural_weight;    ///< its natural weight in the parent, from Setup
  bool weight_overridden = false;
  bool excluded = false;  ///< its grade is excluded for this student
  bool hidden = false;    ///< hidden, and the policy leaves hidden children out
};

/// How a member took part in its category.
struct MemberUse {
  Outcome outcome = Outcome::counted;
  std::string reason;
  Rational weight;      ///< Moodle's "calculated weight": its share of the category
  Rational normalised;  ///< its value as the category normalised it (0 when empty)
};

/// A category's grade for one student.
struct CategoryGrade {
  std::optional<Rational> value;
  Rational range_min;  ///< the range it lies in (natural: 0 … the student's maximum)
  Rational range_max;
  std::vector<MemberUse> members;  ///< parallel to the members
};

/// One student's aggregation of `category` (grade_category::aggregate_grades).
CategoryGrade aggregate_category(const Category& category, std::size_t category_index,
                                 const Setup& setup, const std::vector<Member>& members);

/// A normalised value of one member still in the aggregation.
struct Entry {
  std::size_t member = 0;
  Rational value;
};

/// The aggregation step proper, over the entries left after empties, exclusions and the limit
/// rules, sorted ascending by value (aggregate_values_and_adjust_bounds). Writes the members'
/// weights and the category's value and range into `grade`.
/// `where` names the category in reasons.
void aggregate_natural(const std::string& where, const std::vector<Entry>& entries,
                       const std::vector<Member>& members, CategoryGrade& grade);
void aggregate_other(const Category& category, const std::string& where,
                     const std::vector<Entry>& entries, const std::vector<Member>& members,
                     CategoryGrade& grade);

/// How much of an extra-credit member reached its category's total.
enum class Credit { full, part, none };
void mark_extra_credit(MemberUse& use, const std::string& where, Credit credit);
/// A member that counts with weight 0.
void mark_zero_weight(MemberUse& use, const std::string& where);

/// One candidate of the limit rules: its value, its maximum (ties drop the larger maximum first)
/// and whether it is extra credit that the method never drops.
struct Ranked {
  std::size_t id = 0;
  Rational value;
  Rational grademax;
  bool kept_as_extra_credit = false;
};

/// Moodle's apply_limit_rules(): drop the `drop_lowest` lowest (one at a time; among equal values
/// the larger maximum, then the first; stops when nothing droppable is left) or, when drop_lowest
/// is 0, keep the `keep_highest` highest. `ranked` is in Moodle's stable order. Returns the ids
/// removed.
std::vector<std::size_t> apply_limit_rules(std::vector<Ranked> ranked, int drop_lowest,
                                           int keep_highest);

/// Whether `aggregation` reads extra credit (aggregation_uses_extracredit).
bool uses_extra_credit(Aggregation aggregation);

/// Moodle's standardise_score() to 0…1: (value − min) / (max − min), and 1 for an empty range.
Rational standardise(const Rational& value, const Rational& min, const Rational& max);

}  // namespace ejournal::grading::gradebook::detail::moodle
