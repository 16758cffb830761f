// Canvas's grade calculation (grading-and-interop.md §2): assignment groups with their drop rules,
// a course total in points or by group weights, and grading periods, weighted or not.
//
// Canvas has two levels: the categories directly under the root are the assignment groups, and
// the root's own items form one more group, which takes the root's drop rules and weight (Canvas
// puts every assignment in some group). A category deeper down has no Canvas meaning and is
// refused. Canvas reads an item's points possible (max; its minimum is always 0), order, never
// drop, omitted, hidden and period, and a grade's score, excused, pending review and hidden; the
// Moodle settings are not read.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../detail.hpp"
#include "canvas.hpp"
#include "tree.hpp"

namespace ejournal::grading::gradebook::detail {

using grading::detail::describe;
using grading::detail::fail;
using grading::detail::quoted;

namespace {

// How one item takes part for this student in the grade asked for (current or final).
struct ItemState {
  Outcome outcome = Outcome::counted;
  std::string reason;
  std::optional<Rational> score;  // the score read; 0 for an ungraded item in the final grade
  bool candidate = false;         // takes part in its group until the drop rules speak
  bool submitted = false;         // has a score (Canvas's submission count)
  std::optional<Rational> share;  // its points' share of the group it counted in
};

// An assignment group: a category under the root, or the root's own items.
struct Group {
  std::size_t category = 0;
  std::vector<std::size_t> items;
};

// What a course total is built from: a whole group, or its items due in one grading period.
struct Unit {
  std::size_t group = 0;
  std::vector<std::size_t> items;
};

struct GroupTotal {
  Rational score;
  Rational possible;
  std::size_t submitted = 0;
  std::optional<Rational> weight;  // percent; nullopt: no weight set
};

// A combination of groups: points, or (weighted groups) a percentage with possible 100 or 0.
struct Combined {
  std::optional<Rational> score;
  Rational possible;
};

ItemState left_out(Outcome outcome, std::string reason) {
  ItemState state;
  state.outcome = outcome;
  state.reason = std::move(reason);
  return state;
}

ItemState read_item(const Item& item, const Grade& grade, bool final_grade, bool outside_periods) {
  if (item.omitted) {
    return left_out(Outcome::omitted,
                    "omitted from the grade (not counted, unpublished, not graded or anonymous "
                    "and unposted)");
  }
  if (item.hidden || grade.hidden) return left_out(Outcome::hidden, "hidden from the student");
  if (outside_periods) {
    return left_out(Outcome::outside_periods,
                    "due in no grading period, and the periods' weights make the course grade");
  }
  if (grade.excused) {
    return left_out(Outcome::excused, "excused: neither its score nor its points possible count");
  }
  ItemState state;
  state.submitted = grade.score.has_value();
  if (grade.score) {
    state.score = grade.score;
    if (grade.pending_review && !final_grade) {
      state.outcome = Outcome::pending_review;
      state.reason = "pending review: the current grade leaves it out";
      return state;
    }
    state.candidate = true;
    return state;
  }
  if (!final_grade) {
    return left_out(Outcome::empty_excluded, "not graded: the current grade leaves it out");
  }
  state.score = Rational(0);
  state.candidate = true;
  state.outcome = Outcome::empty_as_zero;
  state.reason = "not graded: the final grade counts it as 0";
  return state;
}

// The assignment groups in category order; refuses what Canvas cannot express.
std::vector<Group> assignment_groups(const Tree& tree) {
  const Gradebook& book = *tree.book;
  for (const Item& item : book.items) {
    if (item.min.sign() != 0) {
      fail(Errc::invalid,
           item_text(item) + ": Canvas scores from 0, but its minimum is " + describe(item.min));
    }
  }
  std::vector<Group> groups;
  for (std::size_t c = 0; c < book.categories.size(); ++c) {
    if (c == tree.root) {
      if (!tree.child_items[c].empty()) groups.push_back({c, tree.child_items[c]});
      continue;
    }
    const std::size_t parent = tree.category_parent[c];
    if (parent != tree.root) {
      fail(Errc::invalid, "category " + quoted(book.categories[c].id) +
                              ": Canvas has no nested assignment groups, and it lies inside " +
                              quoted(book.categories[parent].id));
    }
    groups.push_back({c, tree.child_items[c]});
  }
  return groups;
}

std::string drop_reason(DropVerdict verdict, const Category& rules) {
  const bool lowest = verdict == DropVerdict::dropped_lowest;
  return std::string("dropped by the drop-") + (lowest ? "lowest" : "highest") + " rule (" +
         std::to_string(lowest ? rules.drop_lowest : rules.drop_highest) +
         ") of assignment group " + quoted(rules.id);
}

// Applies the group's drop rules to the unit's candidates and sums what stays. With `record`, the
// item states learn which were dropped and what share of the unit each kept one holds.
GroupTotal score_unit(const Gradebook& book, const Category& rules, const Unit& unit,
                      std::vector<ItemState>& states, bool record) {
  std::vector<std::size_t> members;
  std::vector<DropCandidate> candidates;
  GroupTotal total;
  total.weight = rules.weight;
  for (const std::size_t i : unit.items) {
    if (states[i].submitted) ++total.submitted;
    if (!states[i].candidate) continue;
    members.push_back(i);
    candidates.push_back(
        {*states[i].score, book.items[i].max, book.items[i].order, book.items[i].never_drop});
  }
  const std::vector<DropVerdict> verdicts =
      canvas_drops(candidates, rules.drop_lowest, rules.drop_highest);
  for (std::size_t k = 0; k < members.size(); ++k) {
    if (verdicts[k] != DropVerdict::kept) continue;
    total.score += candidates[k].score;
    total.possible += candidates[k].possible;
  }
  if (!record) return total;
  for (std::size_t k = 0; k < members.size(); ++k) {
    ItemState& state = states[members[k]];
    if (verdicts[k] != DropVerdict::kept) {
      state.outcome = Outcome::dropped;
      state.reason = drop_reason(verdicts[k], rules);
      continue;
    }
    if (total.possible.sign() > 0) state.share = candidates[k].possible / total.possible;
    if (candidates[k].possible.sign() == 0 && state.outcome == Outcome::counted) {
      state.outcome = Outcome::extra_credit;
      state.reason = "worth 0 points: its score is extra credit";
    }
  }
  return total;
}

// By weight only the groups with points possible take part: Σ percent × weight, scaled up when
// the weights sum below 100 and never down; no weight at all gives no grade.
Combined combine_groups(const std::vector<GroupTotal>& groups, bool weighted, bool final_grade) {
  Combined combined;
  if (!weighted) {
    Rational score = 0;
    for (const GroupTotal& group : groups) {
      score += group.score;
      combined.possible += group.possible;
    }
    combined.score = score;
    return combined;
  }
  Rational weighted_sum = 0;
  Rational full_weight = 0;
  std::size_t submitted = 0;
  for (const GroupTotal& group : groups) {
    if (group.possible.sign() == 0) continue;
    const Rational weight = group.weight.value_or(0);
    full_weight += weight;
    submitted += group.submitted;
    weighted_sum += group.score / group.possible * weight;
  }
  combined.possible = submitted > 0 || final_grade ? 100 : 0;
  if (full_weight.sign() == 0) return combined;
  combined.score = full_weight < 100 ? weighted_sum * 100 / full_weight : weighted_sum;
  return combined;
}

std::optional<Rational> percent_of(const Combined& combined, bool weighted) {
  if (weighted) return combined.score;
  if (combined.possible.sign() == 0) return std::nullopt;
  return *combined.score * 100 / combined.possible;
}

// Weighted grading periods: Σ period percent × period weight, scaled up when the weights sum
// below 100 and never down. The current grade skips periods with nothing possible; no weight at
// all gives 0.
Rational combine_periods(const Gradebook& book, const std::vector<Combined>& periods,
                         bool final_grade) {
  Rational weighted_sum = 0;
  Rational total_weight = 0;
  for (std::size_t p = 0; p < periods.size(); ++p) {
    const Combined& period = periods[p];
    if (!final_grade && period.possible.sign() == 0) continue;
    const Rational& weight = book.periods[p].weight;
    total_weight += weight;
    if (period.score && period.possible.sign() > 0) {
      weighted_sum += *period.score / period.possible * weight;
    }
  }
  if (total_weight.sign() == 0) return 0;
  return weighted_sum * 100 / std::min(total_weight, Rational(100));
}

// Each group split by the grading period of its items; items in no period are in no unit.
std::vector<std::vector<Unit>> units_by_period(const Tree& tree, const std::vector<Group>& groups) {
  const std::size_t period_count = tree.book->periods.size();
  std::vector<std::vector<Unit>> periods(period_count);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::vector<Unit> split(period_count);
    for (const std::size_t i : groups[g].items) {
      const std::size_t period = tree.item_period[i];
      if (period < period_count) split[period].items.push_back(i);
    }
    for (std::size_t p = 0; p < period_count; ++p) {
      if (split[p].items.empty()) continue;
      split[p].group = g;
      periods[p].push_back(std::move(split[p]));
    }
  }
  return periods;
}

// The course's scores: each group's (summed over its units) and each grading period's.
struct CourseScores {
  std::vector<GroupTotal> groups;
  std::vector<bool> group_scored;  // false: periods are weighted and none of its items is in one
  std::vector<Combined> periods;
};

// With weighted periods the course is built from each group's share of each period, so the drop
// rules apply within a period; otherwise from whole groups, and the periods are only reported.
CourseScores score_course(const Tree& tree, const std::vector<Group>& groups,
                          std::vector<ItemState>& states, bool weighted, bool final_grade,
                          bool weighted_periods) {
  const Gradebook& book = *tree.book;
  const auto rules_of = [&](std::size_t g) -> const Category& {
    return book.categories[groups[g].category];
  };
  CourseScores scores;
  scores.group_scored.assign(groups.size(), !weighted_periods);
  for (std::size_t g = 0; g < groups.size(); ++g) {
    scores.groups.push_back({0, 0, 0, rules_of(g).weight});
  }
  if (!book.periods.empty()) {
    for (const std::vector<Unit>& units : units_by_period(tree, groups)) {
      std::vector<GroupTotal> in_period;
      for (const Unit& unit : units) {
        in_period.push_back(score_unit(book, rules_of(unit.group), unit, states, weighted_periods));
        if (!weighted_periods) continue;
        GroupTotal& group = scores.groups[unit.group];
        group.score += in_period.back().score;
        group.possible += in_period.back().possible;
        group.submitted += in_period.back().submitted;
        scores.group_scored[unit.group] = true;
      }
      scores.periods.push_back(combine_groups(in_period, weighted, final_grade));
    }
  }
  if (!weighted_periods) {
    for (std::size_t g = 0; g < groups.size(); ++g) {
      scores.groups[g] = score_unit(book, rules_of(g), {g, groups[g].items}, states, true);
    }
  }
  return scores;
}

// What a group's share of the course total depends on.
struct CourseShape {
  bool weighted = false;
  bool weighted_periods = false;
  Rational weight_scale = 1;  // weights summing below 100 are scaled up to 100
  Rational possible;          // the course's points possible
};

NodeResult group_node(const Category& category, const GroupTotal& group, bool scored,
                      const CourseShape& course) {
  NodeResult node;
  node.id = category.id;
  node.is_category = true;
  node.range_max = group.possible;
  if (!scored) {
    node.outcome = Outcome::outside_periods;
    node.reason = "none of its items is due in a grading period";
    return node;
  }
  node.value = group.score;
  if (course.weighted && group.possible.sign() == 0) {
    node.outcome = Outcome::empty_excluded;
    node.reason = "no points possible count, so its weight does not apply";
    return node;
  }
  if (course.weighted && group.weight.value_or(0).sign() == 0) {
    node.outcome = Outcome::zero_weight;
    node.reason = "the group has no weight";
    return node;
  }
  // Under weighted periods its share depends on each period's weight; the periods report it.
  if (course.weighted_periods) return node;
  if (course.weighted) {
    node.weight = *group.weight * course.weight_scale / 100;
    node.contribution = group.score / group.possible * *node.weight * 100;
  } else if (course.possible.sign() > 0) {
    node.weight = group.possible / course.possible;
    node.contribution = group.score;
  }
  return node;
}

NodeResult item_node(const Item& item, ItemState& state) {
  NodeResult node;
  node.id = item.id;
  node.outcome = state.outcome;
  node.reason = std::move(state.reason);
  node.value = state.score;
  node.range_max = item.max;
  node.weight = state.share;
  if (state.candidate && state.outcome != Outcome::dropped) node.contribution = state.score;
  return node;
}

}  // namespace

GradebookResult compute_canvas(const Tree& tree, std::span<const Grade> grades,
                               const CanvasPolicy& policy) {
  const Gradebook& book = *tree.book;
  const std::vector<Group> groups = assignment_groups(tree);
  CourseShape course;
  course.weighted = book.weighted_groups;
  course.weighted_periods = !book.periods.empty() && book.weighted_periods;

  std::vector<ItemState> states;
  states.reserve(book.items.size());
  for (std::size_t i = 0; i < book.items.size(); ++i) {
    const bool outside = course.weighted_periods && tree.item_period[i] == book.periods.size();
    states.push_back(read_item(book.items[i], grades[i], policy.final_grade, outside));
  }
  const CourseScores scores = score_course(tree, groups, states, course.weighted,
                                           policy.final_grade, course.weighted_periods);

  GradebookResult result;
  if (course.weighted_periods) {
    result.total = combine_periods(book, scores.periods, policy.final_grade);
    result.percent = result.total;
    result.total_max = 100;
  } else {
    const Combined total = combine_groups(scores.groups, course.weighted, policy.final_grade);
    result.total = total.score;
    result.percent = percent_of(total, course.weighted);
    result.total_max = total.possible;
    course.possible = total.possible;
  }
  for (std::size_t p = 0; p < scores.periods.size(); ++p) {
    const Combined& period = scores.periods[p];
    result.periods.push_back({book.periods[p].id, percent_of(period, course.weighted),
                              period.score.value_or(0), period.possible});
  }

  Rational full_weight = 0;
  for (const GroupTotal& group : scores.groups) {
    if (group.possible.sign() > 0) full_weight += group.weight.value_or(0);
  }
  if (full_weight.sign() > 0 && full_weight < 100) course.weight_scale = 100 / full_weight;
  std::vector<std::optional<std::size_t>> group_of_category(book.categories.size());
  for (std::size_t g = 0; g < groups.size(); ++g) group_of_category[groups[g].category] = g;
  for (std::size_t c = 0; c < book.categories.size(); ++c) {
    if (c != tree.root) {
      const std::size_t g = *group_of_category[c];
      result.nodes.push_back(
          group_node(book.categories[c], scores.groups[g], scores.group_scored[g], course));
      continue;
    }
    NodeResult node;
    node.id = book.categories[c].id;
    node.is_category = true;
    node.value = result.total;
    node.range_max = result.total_max;
    result.nodes.push_back(std::move(node));
  }
  for (std::size_t i = 0; i < book.items.size(); ++i) {
    result.nodes.push_back(item_node(book.items[i], states[i]));
  }
  return result;
}

}  // namespace ejournal::grading::gradebook::detail
