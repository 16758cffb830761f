// One student's aggregation of one category (grade_category::aggregate_grades): hidden, empty and
// excluded children first, normalisation, the limit rules, then the method.
#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "../detail.hpp"
#include "moodle.hpp"

namespace ejournal::grading::gradebook::detail::moodle {

using grading::detail::quoted;

namespace {

void set_use(MemberUse& use, Outcome outcome, std::string reason) {
  use.outcome = outcome;
  use.reason = std::move(reason);
}

// Removes what drop lowest / keep highest leave out, and says why.
void apply_limits(const Category& category, const std::string& where,
                  const std::vector<Member>& members, std::vector<Entry>& entries,
                  CategoryGrade& grade) {
  const bool extra_credit_kept = uses_extra_credit(category.aggregation);
  std::vector<Ranked> ranked;
  ranked.reserve(entries.size());
  for (const Entry& entry : entries) {
    const Member& member = members[entry.member];
    ranked.push_back({entry.member, entry.value, member.configured_max,
                      extra_credit_kept && member.extra_credit});
  }
  const std::vector<std::size_t> removed =
      apply_limit_rules(std::move(ranked), category.drop_lowest, category.keep_highest);
  const std::string reason = category.drop_lowest > 0
                                 ? "dropped as one of the " + std::to_string(category.drop_lowest) +
                                       " lowest grades in " + where
                                 : "not among the " + std::to_string(category.keep_highest) +
                                       " highest grades kept in " + where;
  for (std::size_t member : removed) set_use(grade.members[member], Outcome::dropped, reason);
  std::erase_if(entries, [&](const Entry& entry) {
    return std::find(removed.begin(), removed.end(), entry.member) != removed.end();
  });
}

}  // namespace

void mark_extra_credit(MemberUse& use, const std::string& where, Credit credit) {
  std::string reason = "extra credit in " + where;
  if (credit == Credit::part) reason += "; only part of it fits under the category maximum";
  if (credit == Credit::none) reason += "; it adds nothing, the category is at its maximum";
  set_use(use, Outcome::extra_credit, std::move(reason));
}

void mark_zero_weight(MemberUse& use, const std::string& where) {
  set_use(use, Outcome::zero_weight, "its weight in " + where + " is 0");
}

bool uses_extra_credit(Aggregation aggregation) {
  return aggregation == Aggregation::simple_weighted_mean ||
         aggregation == Aggregation::mean_with_extra_credits || aggregation == Aggregation::natural;
}

Rational standardise(const Rational& value, const Rational& min, const Rational& max) {
  // Moodle's guard against dividing by an empty range (a sub-category worth 0 points).
  if (max == min) return 1;
  return (value - min) / (max - min);
}

CategoryGrade aggregate_category(const Category& category, std::size_t category_index,
                                 const Setup& setup, const std::vector<Member>& members) {
  const bool natural = category.aggregation == Aggregation::natural;
  const std::string where = "category " + quoted(category.id);
  CategoryGrade grade;
  grade.members.resize(members.size());
  // With nothing to aggregate Moodle leaves the category's range as configured.
  grade.range_min = setup.category_min[category_index];
  grade.range_max = setup.category_max[category_index];

  std::vector<Entry> entries;
  bool all_empty = true;
  for (std::size_t i = 0; i < members.size(); ++i) {
    const Member& member = members[i];
    MemberUse& use = grade.members[i];
    if (member.hidden) {
      set_use(use, Outcome::hidden, "hidden from the student; totals exclude hidden items");
    } else if (!member.value && category.exclude_empty) {
      set_use(use, Outcome::empty_excluded, "no grade; " + where + " excludes empty grades");
    } else if (member.excluded) {
      set_use(use, Outcome::excluded, "its grade is excluded from aggregation for this student");
    } else if (!member.value) {
      set_use(use, Outcome::empty_as_zero,
              "no grade, counted as nothing earned: " + where + " does not exclude empty grades");
      entries.push_back({i, Rational{}});
    } else {
      all_empty = false;
      // Natural measures from 0 so that negative grades survive.
      const Rational min = natural ? Rational{} : member.min;
      entries.push_back({i, standardise(*member.value, min, member.max)});
    }
  }
  if (setup.limit_rules_apply[category_index]) {
    apply_limits(category, where, members, entries, grade);
  }
  if (entries.empty()) return grade;

  for (const Entry& entry : entries) grade.members[entry.member].normalised = entry.value;
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.value < b.value; });
  if (natural) {
    aggregate_natural(where, entries, members, grade);
  } else {
    aggregate_other(category, where, entries, members, grade);
  }
  // Every value was empty: no grade, though empty grades counted and the range stands.
  if (all_empty) grade.value.reset();

  return grade;
}

}  // namespace ejournal::grading::gradebook::detail::moodle
