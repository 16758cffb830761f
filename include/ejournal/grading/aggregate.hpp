// The aggregation core: each item normalised to its range, aggregated, mapped back to the target
// range with clamping (grading-and-interop.md §1.1). Moodle and Canvas policies build on it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ejournal/grading/marks.hpp"
#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

/// A grade as recorded: a value, a special mark, or nothing yet (empty).
struct Grade {
  std::string label;              ///< e.g. the lesson or work it belongs to; shown in a basis
  std::optional<Rational> value;  ///< set for a numeric grade
  std::string mark;               ///< set for a special mark (then value is empty)

  static Grade of(Rational value, std::string label = {});
  static Grade special(std::string mark_code, std::string label = {});
  static Grade empty(std::string label = {});
  [[nodiscard]] bool is_empty() const noexcept { return !value && mark.empty(); }
};

/// A grade with the range it was given on and its weight in the aggregation.
struct Item {
  Grade grade;
  Rational min = 0;
  Rational max = 100;
  Rational weight = 1;
};

enum class Method {
  mean = 1,       ///< Σv / n
  weighted_mean,  ///< Σ(w·v) / Σw over items with w > 0
  median,         ///< middle value; mean of the two middle values for an even count
  mode,           ///< most frequent value; on a tie the highest of the tied values
  lowest,
  highest,
  sum,  ///< Σ(w·g) of raw grades; the result's range is [Σ w·min, Σ w·max] (no target mapping)
};

enum class EmptyPolicy {
  exclude = 1,  ///< an empty item is left out (Moodle's default "exclude empty grades")
  as_minimum,   ///< an empty item counts at its minimum
};

struct AggregateOptions {
  Method method = Method::mean;
  EmptyPolicy empty = EmptyPolicy::exclude;
  Rational target_min = 0;  ///< the result is mapped to [target_min, target_max] and clamped
  Rational target_max = 100;
  const MarkDictionary* marks = nullptr;  ///< nullptr: MarkDictionary::ukrainian()
};

/// How one item took part.
enum class ItemUse {
  counted = 1,       ///< its value counted
  empty_excluded,    ///< empty, left out
  empty_as_minimum,  ///< empty, counted at its minimum
  mark_excluded,     ///< a special mark that does not count in averages
  mark_counted,      ///< a special mark that counts (at its average value or the minimum)
  zero_weight,       ///< weight 0 under a weighted method
};

struct ItemOutcome {
  ItemUse use = ItemUse::counted;
  std::optional<Rational> normalised;  ///< its value in 0…1 of its range, when it counted
  /// Its share of the result: 1/n for mean, w/Σw for weighted mean and sum, the split of the
  /// chosen item(s) for median, mode, lowest and highest; 0 when it did not count.
  Rational share;
};

struct AggregateResult {
  Rational value;       ///< exact, in [target_min, target_max] (sum: in its own range)
  Rational normalised;  ///< the aggregate in 0…1 before mapping back
  Rational range_min;   ///< the range the value lies in
  Rational range_max;
  std::vector<ItemOutcome> items;  ///< one per input item, in input order
};

/// Aggregates `items` exactly.
/// Throws Error(invalid) for: max ≤ min of an item, a value outside its item's range, a negative
/// weight, target_min ≥ target_max, an unknown special mark, counted weights that sum to zero
/// (the message names the item and the value); Error(empty) when no item counts (no items, all
/// empty and excluded, only special marks that do not count).
AggregateResult aggregate(std::span<const Item> items, const AggregateOptions& options = {});

}  // namespace ejournal::grading
