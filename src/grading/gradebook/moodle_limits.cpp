// Moodle's drop lowest and keep highest (grade_category::apply_limit_rules), on normalised values
// for a student and on the children's maxima for a natural category's maximum.
#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "moodle.hpp"

namespace ejournal::grading::gradebook::detail::moodle {

namespace {

std::vector<std::size_t> drop_lowest_ones(std::vector<Ranked> ranked, int count) {
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Ranked& a, const Ranked& b) { return a.value < b.value; });
  std::vector<std::size_t> removed;
  while (removed.size() < static_cast<std::size_t>(count)) {
    auto dropped = std::find_if(ranked.begin(), ranked.end(),
                                [](const Ranked& r) { return !r.kept_as_extra_credit; });
    // Fewer droppable children than asked: Moodle stops, even with nothing left.
    if (dropped == ranked.end()) break;
    // Among equal values the larger maximum goes first (the UI assumes equal point values).
    for (auto next = dropped + 1; next != ranked.end() && next->value == dropped->value; ++next) {
      if (!next->kept_as_extra_credit && dropped->grademax < next->grademax) dropped = next;
    }
    removed.push_back(dropped->id);
    ranked.erase(dropped);
  }
  return removed;
}

std::vector<std::size_t> keep_highest_ones(std::vector<Ranked> ranked, int count) {
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Ranked& a, const Ranked& b) { return a.value > b.value; });
  std::vector<std::size_t> removed;
  int kept = 0;
  for (const Ranked& r : ranked) {
    if (r.kept_as_extra_credit) continue;
    if (kept < count) {
      ++kept;
    } else {
      removed.push_back(r.id);
    }
  }
  return removed;
}

}  // namespace

std::vector<std::size_t> apply_limit_rules(std::vector<Ranked> ranked, int drop_lowest,
                                           int keep_highest) {
  // Moodle reads "if droplow … elseif keephigh": drop lowest wins when both are set.
  if (drop_lowest > 0) return drop_lowest_ones(std::move(ranked), drop_lowest);
  if (keep_highest > 0) return keep_highest_ones(std::move(ranked), keep_highest);
  return {};
}

}  // namespace ejournal::grading::gradebook::detail::moodle
