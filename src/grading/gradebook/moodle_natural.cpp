// Natural aggregation for one student (the GRADE_AGGREGATE_SUM branch of Moodle's
// aggregate_values_and_adjust_bounds): a weighted sum of points over the student's own maximum.
#include <cstddef>
#include <string>
#include <vector>

#include "../aggregation_core.hpp"
#include "moodle.hpp"

namespace ejournal::grading::gradebook::detail::moodle {

using grading::detail::clamp;

namespace {

// The student's maximum and the lower bound of the clamp: the counted children present.
struct Points {
  Rational min;
  Rational max;
  Rational weight_sum;
};

Points counted_points(const std::vector<Entry>& entries, const std::vector<Member>& members) {
  Points points;
  for (const Entry& entry : entries) {
    const Member& member = members[entry.member];
    if (member.extra_credit || member.natural_weight.sign() <= 0) continue;
    points.min += member.min;
    points.max += member.max;
    points.weight_sum += member.natural_weight;
  }
  return points;
}

// The student's weights: overrides re-normalised by the weights present, automatic weights
// sharing what the overrides leave by points, extra credit weighing its points against the
// maximum. Shrinks `points.max` by the automatic children left with no weight.
std::vector<Rational> student_weights(const std::vector<Entry>& entries,
                                      const std::vector<Member>& members, Points& points) {
  std::vector<Rational> weights(entries.size());
  Rational overridden_share;
  Rational overridden_points;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Member& member = members[entries[k].member];
    if (!member.weight_overridden || member.natural_weight.sign() <= 0) continue;
    if (points.weight_sum.sign() != 0) weights[k] = member.natural_weight / points.weight_sum;
    if (member.extra_credit) continue;
    overridden_share += weights[k];
    overridden_points += member.max;
  }
  const Rational automatic_points = points.max - overridden_points;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Member& member = members[entries[k].member];
    if (member.weight_overridden || member.extra_credit) continue;
    if (automatic_points.sign() > 0) {
      weights[k] = member.max / automatic_points * (1 - overridden_share);
    } else if (member.natural_weight.sign() > 0) {
      points.max -= member.max;
    }
  }
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Member& member = members[entries[k].member];
    if (member.weight_overridden || !member.extra_credit) continue;
    if (points.max.sign() != 0) weights[k] = member.max / points.max;
  }
  return weights;
}

}  // namespace

void aggregate_natural(const std::string& where, const std::vector<Entry>& entries,
                       const std::vector<Member>& members, CategoryGrade& grade) {
  Points points = counted_points(entries, members);
  const std::vector<Rational> weights = student_weights(entries, members, points);

  Rational sum;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Member& member = members[entries[k].member];
    if (member.extra_credit) continue;
    MemberUse& use = grade.members[entries[k].member];
    sum += entries[k].value * weights[k] * points.max;
    use.weight = weights[k];
    if (use.weight.sign() == 0) mark_zero_weight(use, where);
  }
  // Extra credit in ascending order, each credited with the part of it that still fits between
  // the student's bounds. Moodle bounds with whatever range its category item holds at that
  // moment (the stored one for the first student, the previous student's after that); the
  // student's own range is what that code means.
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Member& member = members[entries[k].member];
    if (!member.extra_credit) continue;
    MemberUse& use = grade.members[entries[k].member];
    const Rational added = entries[k].value * weights[k] * points.max;
    const Rational before = sum;
    sum += added;
    const Rational credited =
        clamp(sum, points.min, points.max) - clamp(before, points.min, points.max);
    if (credited.sign() <= 0) {
      mark_extra_credit(use, where, Credit::none);
    } else if (credited < added) {
      use.weight = credited / (entries[k].value * points.max);
      mark_extra_credit(use, where, Credit::part);
    } else {
      use.weight = weights[k];
      mark_extra_credit(use, where, Credit::full);
    }
  }
  // The range always starts at 0; the clamp's lower bound is the sum of the minima, so a total
  // can be negative. With no points to earn (only extra credit or weights of 0) Moodle's total is
  // 0 out of 0.
  grade.range_min = 0;
  grade.range_max = points.max;
  grade.value = points.max.sign() > 0 ? clamp(sum, points.min, points.max) : Rational{};
}

}  // namespace ejournal::grading::gradebook::detail::moodle
