// A gradebook: a tree of categories and items with each student's grades, computed under a named
// policy — Moodle's aggregation, Canvas's grade calculation or the Ukrainian rules
// (grading-and-interop.md §1, §2; ua-school.md §1.6). One model, one result shape; the policy
// decides how the tree is read, and the result says for every item whether it counted and why.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "ejournal/grading/rational.hpp"

namespace ejournal::grading::gradebook {

/// How a category combines its children. Canvas reads only the weight and the drop rules of its
/// assignment groups; Ukrainian rules read none (each category is a topic).
enum class Aggregation {
  mean = 1,                 ///< Moodle "Mean of grades"
  weighted_mean,            ///< Moodle "Weighted mean of grades": child weights are coefficients
  simple_weighted_mean,     ///< Moodle "Simple weighted mean": each child weighs its range
  mean_with_extra_credits,  ///< Moodle "Mean of grades (with extra credits)"
  median,
  lowest,
  highest,
  mode,     ///< most frequent normalised value; ties → the highest
  natural,  ///< Moodle "Natural" (the default since 2.8): a weighted sum of points
};

struct Category {
  std::string id;      ///< unique among categories; "" is not allowed
  std::string parent;  ///< "" for the course (root) category; exactly one root
  std::string name;
  Aggregation aggregation = Aggregation::natural;
  bool exclude_empty = true;  ///< Moodle "Exclude empty grades" (aggregateonlygraded)
  int drop_lowest = 0;        ///< Moodle droplow; Canvas drop_lowest
  int keep_highest = 0;       ///< Moodle keephigh (ignored when drop_lowest > 0)
  int drop_highest = 0;       ///< Canvas drop_highest
  Rational min = 0;           ///< the category total's range (Moodle, non-natural methods)
  Rational max = 100;
  /// Its weight in the parent: a Moodle coefficient (weighted mean), a Moodle natural weight as a
  /// fraction when weight_overridden, a Canvas group weight in percent. nullopt = not set.
  std::optional<Rational> weight;
  bool weight_overridden = false;  ///< Moodle natural: weight was entered, not automatic
  bool extra_credit = false;       ///< counts as extra credit in its parent (Moodle)
  bool hidden = false;             ///< Moodle: hidden from students
};

struct Item {
  std::string id;          ///< unique among items
  std::int64_t order = 0;  ///< stable tie-break order (Canvas: the assignment id)
  std::string category;    ///< the id of its category
  std::string name;
  Rational min = 0;                ///< Moodle grademin
  Rational max = 100;              ///< Moodle grademax; Canvas points_possible
  std::optional<Rational> weight;  ///< as Category::weight (Moodle coefficient or natural weight)
  bool weight_overridden = false;
  bool extra_credit = false;  ///< Moodle: extra credit in its category
  bool hidden = false;        ///< Moodle hidden item; Canvas: not visible to the student
  bool never_drop = false;    ///< Canvas: never dropped by drop rules
  /// Canvas: left out of the grade — omit_from_final_grade, unpublished, "not_graded" submission
  /// type, or anonymous and unposted.
  bool omitted = false;
  std::string period;  ///< Canvas grading period id, "" for none
};

/// One student's grade for one item.
struct Grade {
  std::optional<Rational> score;  ///< nullopt: not graded (empty)
  bool excluded = false;          ///< Moodle: excluded from aggregation for this student
  bool excused = false;           ///< Canvas: excused — no score and no points possible
  bool pending_review = false;    ///< Canvas: ignored in the current grade, counted in final
  bool hidden = false;  ///< Canvas: this submission is hidden; Moodle: this grade is hidden
};

struct GradingPeriod {
  std::string id;
  Rational weight = 0;  ///< percent; read only when the periods are weighted
};

/// The course: its tree, and (Canvas) its weighting scheme and grading periods.
struct Gradebook {
  std::vector<Category> categories;
  std::vector<Item> items;
  bool weighted_groups = false;  ///< Canvas "weight final grade based on assignment groups"
  std::vector<GradingPeriod> periods;
  bool weighted_periods = false;  ///< Canvas: the periods' weights make the course grade
};

/// Moodle's aggregation (grading-and-interop.md §1), current behaviour only.
struct MoodlePolicy {
  /// false: the grader's view (hidden items count); true: "show totals excluding hidden items" —
  /// every ancestor of a hidden item recomputed without it.
  bool exclude_hidden = false;
};

/// Canvas's grade calculation (grading-and-interop.md §2).
struct CanvasPolicy {
  /// false: the current grade (ungraded and pending review ignored); true: the final grade
  /// (ungraded counts 0, pending review counts).
  bool final_grade = false;
};

/// The Ukrainian rules: each category is a topic whose suggested thematic grade is the rounded
/// mean of its items' 12-point grades; the course total is the semester suggestion from those.
struct UkrainianPolicy {
  RoundingMode rounding = RoundingMode::half_up;
};

using Policy = std::variant<MoodlePolicy, CanvasPolicy, UkrainianPolicy>;

/// Why an item did or did not count for this student.
enum class Outcome {
  counted = 1,
  empty_excluded,   ///< no grade, and empty grades are excluded (or ungraded in current)
  empty_as_zero,    ///< no grade, counted at its minimum (Moodle) or as 0 (Canvas final)
  excluded,         ///< Moodle excluded grade
  excused,          ///< Canvas excused
  dropped,          ///< removed by drop lowest / keep highest / drop highest
  hidden,           ///< hidden and the policy leaves hidden items out
  omitted,          ///< Canvas omitted item
  pending_review,   ///< Canvas pending review in the current grade
  extra_credit,     ///< counted as extra credit
  zero_weight,      ///< weight 0 (or an automatic weight squeezed to 0 by overrides)
  outside_periods,  ///< Canvas weighted periods: the item lies in no period
};

/// One node of the result: a category or an item, in the input's order (categories first).
struct NodeResult {
  std::string id;
  bool is_category = false;
  Outcome outcome = Outcome::counted;
  std::string reason;  ///< a sentence saying why, when outcome is not `counted`
  /// The node's grade for this student (a category's total; an item's score as used), exact.
  std::optional<Rational> value;
  Rational range_min = 0;  ///< the range value lies in (Moodle natural: per-user maximum)
  Rational range_max = 0;
  /// Moodle "Calculated weight": its share of its parent category, 0…1 (nullopt: not applicable)
  std::optional<Rational> weight;
  /// Moodle "Contribution to course total": value × weight chain / course maximum, as a fraction
  /// of the course range (so −25 of 550 is −1/22); Canvas: points added to its group.
  std::optional<Rational> contribution;
};

/// A grading period's grade (Canvas), in percent.
struct PeriodResult {
  std::string id;
  std::optional<Rational> percent;
  Rational score = 0;
  Rational possible = 0;
};

struct GradebookResult {
  std::optional<Rational> total;  ///< the course total (nullopt: no grade, e.g. Canvas null)
  Rational total_min = 0;
  Rational total_max = 0;
  /// The course total in percent of its range (Canvas: the course percentage, exact; round it to
  /// 2 decimals half-up for display).
  std::optional<Rational> percent;
  std::vector<NodeResult> nodes;      ///< every category, then every item, in input order
  std::vector<PeriodResult> periods;  ///< Canvas only
  std::string suggestion_mark;        ///< Ukrainian policy: "н/а" etc. when no grade is suggested
};

/// Computes one student's gradebook. `grades` is parallel to `book.items`.
/// Throws Error(invalid) naming the node for: a category cycle, a missing parent or category,
/// duplicate ids, no root or two roots, a negative range (max < min, or max ≤ min where the
/// policy divides by the range), a negative weight, weights that sum to zero where a weighted
/// method needs them, drop counts below 0, a score outside what the policy accepts, a grades span
/// of another length.
GradebookResult compute(const Gradebook& book, std::span<const Grade> grades, const Policy& policy);

/// The whole class at once: `grades` holds students × items, row-major (student s, item i at
/// s * book.items.size() + i). The tree is validated once.
std::vector<GradebookResult> compute_class(const Gradebook& book, std::span<const Grade> grades,
                                           const Policy& policy);

/// A letter scheme: rows of (letter, inclusive lower bound in percent), highest first.
struct LetterScheme {
  struct Row {
    std::string letter;
    Rational lower_bound;
  };
  std::vector<Row> rows;

  /// Moodle's default letters: A 93, A− 90, B+ 87, B 83, B− 80, C+ 77, C 73, C− 70, D+ 67, D 60,
  /// F 0.
  static LetterScheme moodle_default();
  /// Canvas's default scheme: A 94, A− 90, B+ 87, B 84, B− 80, C+ 77, C 74, C− 70, D+ 67, D 64,
  /// D− 61, F 0.
  static LetterScheme canvas_default();
};

/// Moodle: the percentage clamped to 0…100, then the first row whose bound ≤ it.
std::string moodle_letter(const LetterScheme& scheme, const Rational& percent);
/// Canvas: the score rounded to 4 decimals, negatives clamped to 0, each bound limited to 4
/// significant digits; the first row whose bound ≤ score; the last row otherwise.
std::string canvas_letter(const LetterScheme& scheme, const Rational& percent);
/// Canvas letter → score: 100 for the top letter, else the next-higher bound minus 1 (the step
/// shrinks to 0.1 or 0.01 when the bounds are closer). Throws Error(not_found) for an unknown
/// letter.
Rational canvas_letter_score(const LetterScheme& scheme, std::string_view letter);

}  // namespace ejournal::grading::gradebook
