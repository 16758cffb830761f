// The methods other than Natural for one student (Moodle's aggregate_values_and_adjust_bounds):
// the mean family over the shared aggregation core, and the two means with extra credit.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "../aggregation_core.hpp"
#include "moodle.hpp"

namespace ejournal::grading::gradebook::detail::moodle {

using grading::detail::clamp;
using grading::detail::Combine;

namespace {

Combine combine_method(Aggregation aggregation) {
  switch (aggregation) {
    case Aggregation::median: return Combine::median;
    case Aggregation::lowest: return Combine::lowest;
    case Aggregation::highest: return Combine::highest;
    case Aggregation::mode: return Combine::mode;
    case Aggregation::weighted_mean: return Combine::weighted_mean;
    default: return Combine::mean;
  }
}

// Mean, median, lowest, highest, mode and weighted mean: the shared core, with Moodle's way of
// crediting one child for lowest and highest.
std::optional<Rational> combined(const Category& category, const std::string& where,
                                 const std::vector<Entry>& entries,
                                 const std::vector<Member>& members, CategoryGrade& grade) {
  std::vector<Rational> values;
  std::vector<Rational> weights;
  Rational weight_sum;
  for (const Entry& entry : entries) {
    const Member& member = members[entry.member];
    values.push_back(entry.value);
    weights.push_back(member.coefficient);
    weight_sum += member.coefficient;
    if (category.aggregation == Aggregation::weighted_mean && member.coefficient.sign() == 0) {
      mark_zero_weight(grade.members[entry.member], where);
    }
  }
  // Moodle gives no grade when the coefficients present sum to 0 (not an error there).
  if (category.aggregation == Aggregation::weighted_mean && weight_sum.sign() == 0) {
    return std::nullopt;
  }
  std::vector<Rational> shares(values.size());
  const Rational result =
      grading::detail::combine(values, weights, combine_method(category.aggregation),
                               grading::detail::TieShare::first_lowest_last_highest, shares);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    grade.members[entries[k].member].weight = shares[k];
  }
  return result;
}

// One extra-credit child on top of a mean: factor × value over the mean's divisor.
struct ExtraTerm {
  std::size_t member;
  Rational value;
  Rational factor;
};

// Adds the extra credit in ascending order, crediting each with the part that still fits in the
// category's range (0…1 here). Moodle records a weight of 0 for extra credit when nothing else
// counts; this records what reached the total, so that the contributions add up.
Rational add_extra_credit(Rational sum, const Rational& divisor,
                          const std::vector<ExtraTerm>& terms, const std::string& where,
                          CategoryGrade& grade) {
  for (const ExtraTerm& term : terms) {
    MemberUse& use = grade.members[term.member];
    const Rational before = sum / divisor;
    sum += term.factor * term.value;
    const Rational after = sum / divisor;
    const Rational bounded_after = clamp(after, 0, 1);
    const Rational credited = bounded_after - clamp(before, 0, 1);
    if (credited.sign() <= 0) {
      mark_extra_credit(use, where, Credit::none);
    } else if (bounded_after < after) {
      // Moodle subtracts the category minimum once more here; with a minimum of 0 it is this.
      use.weight = (bounded_after - before) / term.value;
      mark_extra_credit(use, where, Credit::part);
    } else {
      use.weight = term.factor / divisor;
      mark_extra_credit(use, where, Credit::full);
    }
  }
  return sum / divisor;
}

// Simple weighted mean: each child weighs its configured range; extra credit adds to the top only.
std::optional<Rational> simple_weighted_mean(const std::string& where,
                                             const std::vector<Entry>& entries,
                                             const std::vector<Member>& members,
                                             CategoryGrade& grade) {
  Rational weight_sum;
  Rational sum;
  bool anything = false;
  std::vector<ExtraTerm> extra;
  for (const Entry& entry : entries) {
    const Member& member = members[entry.member];
    const Rational weight = member.configured_max - member.configured_min;
    if (weight.sign() <= 0) {
      if (member.extra_credit) {
        mark_extra_credit(grade.members[entry.member], where, Credit::none);
      } else {
        mark_zero_weight(grade.members[entry.member], where);
      }
      continue;
    }
    anything = true;
    if (member.extra_credit) {
      extra.push_back({entry.member, entry.value, weight});
      continue;
    }
    weight_sum += weight;
    sum += weight * entry.value;
  }
  if (!anything) return std::nullopt;
  const Rational divisor = weight_sum.sign() > 0 ? weight_sum : Rational(1);
  for (const Entry& entry : entries) {
    const Member& member = members[entry.member];
    const Rational weight = member.configured_max - member.configured_min;
    if (!member.extra_credit && weight.sign() > 0) {
      grade.members[entry.member].weight = weight / divisor;
    }
  }
  return add_extra_credit(sum, divisor, extra, where, grade);
}

// Mean with extra credits: the mean of the normal children, plus weight × value of each
// extra-credit child over the same count.
Rational mean_with_extra_credits(const std::string& where, const std::vector<Entry>& entries,
                                 const std::vector<Member>& members, CategoryGrade& grade) {
  Rational count;
  Rational sum;
  std::vector<ExtraTerm> extra;
  for (const Entry& entry : entries) {
    const Member& member = members[entry.member];
    if (member.extra_credit) {
      extra.push_back({entry.member, entry.value, member.coefficient});
    } else {
      count += 1;
      sum += entry.value;
    }
  }
  const Rational divisor = count.sign() > 0 ? count : Rational(1);
  for (const Entry& entry : entries) {
    if (!members[entry.member].extra_credit) grade.members[entry.member].weight = 1 / divisor;
  }
  return add_extra_credit(sum, divisor, extra, where, grade);
}

}  // namespace

void aggregate_other(const Category& category, const std::string& where,
                     const std::vector<Entry>& entries, const std::vector<Member>& members,
                     CategoryGrade& grade) {
  std::optional<Rational> normalised;
  switch (category.aggregation) {
    case Aggregation::simple_weighted_mean:
      normalised = simple_weighted_mean(where, entries, members, grade);
      break;
    case Aggregation::mean_with_extra_credits:
      normalised = mean_with_extra_credits(where, entries, members, grade);
      break;
    default: normalised = combined(category, where, entries, members, grade); break;
  }
  grade.range_min = category.min;
  grade.range_max = category.max;
  if (normalised) {
    grade.value = clamp(grading::detail::map_back(*normalised, category.min, category.max),
                        category.min, category.max);
  }
}

}  // namespace ejournal::grading::gradebook::detail::moodle
