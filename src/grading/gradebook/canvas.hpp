// Canvas's drop rules, shared by the Canvas sources; not part of the public API.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "ejournal/grading/rational.hpp"

namespace ejournal::grading::gradebook::detail {

/// A submission the drop rules of its assignment group look at.
struct DropCandidate {
  Rational score;
  Rational possible;       ///< points possible, ≥ 0
  std::int64_t order = 0;  ///< Canvas's assignment id: among equals the lower one is kept
  bool never_drop = false;
};

enum class DropVerdict { kept, dropped_lowest, dropped_highest };

/// Canvas's drop rules over one assignment group (grading-and-interop.md §2.2): one verdict per
/// candidate; both counts are ≥ 0. drop_lowest is capped at the droppable count − 1, and
/// drop_highest is ignored when both rules together reach that count. The kept set first maximises,
/// then (drop highest) minimises the group percentage Σscore / Σpossible, never-drop submissions
/// included; at equal percentages the lower order is kept. A group whose droppable submissions are
/// all worth 0 points is ranked by raw score instead, as Canvas does. Throws Error(range) only when
/// the exact search outgrows 128-bit rationals (absurdly large or finely divided points).
std::vector<DropVerdict> canvas_drops(std::span<const DropCandidate> candidates, int drop_lowest,
                                      int drop_highest);

}  // namespace ejournal::grading::gradebook::detail
