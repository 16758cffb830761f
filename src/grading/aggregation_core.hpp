// The aggregation core shared by aggregate() and the gradebook policies: values normalised to
// 0…1 of their ranges, combined by one method, mapped back to a target range
// (grading-and-interop.md §1.1). Not part of the public API; defined in aggregate.cpp.
#pragma once

#include <span>

#include "ejournal/grading/rational.hpp"

namespace ejournal::grading::detail {

/// Where `value` lies in [min, max], as 0…1: (value − min) / (max − min). Requires max > min.
Rational normalise(const Rational& value, const Rational& min, const Rational& max);

/// The inverse of normalise(): min + normalised × (max − min).
Rational map_back(const Rational& normalised, const Rational& min, const Rational& max);

/// `value` bounded to [min, max] (min ≤ max).
Rational clamp(const Rational& value, const Rational& min, const Rational& max);

/// How normalised values become one.
enum class Combine { mean, weighted_mean, median, mode, lowest, highest };

/// Who holds the result of lowest or highest when several values tie for it.
enum class TieShare {
  split,                      ///< every tied value holds an equal part
  first_lowest_last_highest,  ///< Moodle: after a stable ascending sort, the first or last one
};

/// Combines `values` (not empty) and writes each value's share of the result into `shares` (same
/// size): 1/n for mean, w/Σw for weighted_mean, the split of the chosen value(s) for median, mode
/// (ties → the highest value), lowest and highest. `weights` is read by weighted_mean only (same
/// size, Σw > 0).
Rational combine(std::span<const Rational> values, std::span<const Rational> weights,
                 Combine method, TieShare ties, std::span<Rational> shares);

}  // namespace ejournal::grading::detail
