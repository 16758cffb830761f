// The aggregation core: normalise each item to its range, aggregate, map back to the target range
// (grading-and-interop.md §1.1). The combining step is shared with the gradebook policies
// (aggregation_core.hpp).
#include "ejournal/grading/aggregate.hpp"

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "aggregation_core.hpp"
#include "detail.hpp"

namespace ejournal::grading {

using detail::describe;
using detail::fail;
using detail::quoted;

namespace detail {

namespace {

// The values equal to `chosen` share the result equally.
Rational share_chosen(std::span<const Rational> values, const Rational& chosen,
                      std::span<Rational> shares) {
  const auto holders = std::count(values.begin(), values.end(), chosen);
  const Rational share = Rational::fraction(1, holders);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == chosen) shares[i] = share;
  }
  return chosen;
}

Rational combine_mean(std::span<const Rational> values, std::span<Rational> shares) {
  Rational total;
  const Rational share = Rational::fraction(1, static_cast<Int128>(values.size()));
  for (std::size_t i = 0; i < values.size(); ++i) {
    total += values[i];
    shares[i] = share;
  }
  return total * share;
}

Rational combine_weighted(std::span<const Rational> values, std::span<const Rational> weights,
                          std::span<Rational> shares) {
  Rational total_weight;
  Rational total;
  for (std::size_t i = 0; i < values.size(); ++i) {
    total_weight += weights[i];
    total += weights[i] * values[i];
  }
  for (std::size_t i = 0; i < values.size(); ++i) shares[i] = weights[i] / total_weight;
  return total / total_weight;
}

// Positions of `values` in ascending order; equal values keep their input order.
std::vector<std::size_t> ascending_order(std::span<const Rational> values) {
  std::vector<std::size_t> order(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  return order;
}

Rational combine_median(std::span<const Rational> values, std::span<Rational> shares) {
  const std::vector<std::size_t> order = ascending_order(values);
  const std::size_t middle = order.size() / 2;
  if (order.size() % 2 != 0) {
    shares[order[middle]] = 1;
    return values[order[middle]];
  }
  const Rational half = Rational::fraction(1, 2);
  shares[order[middle - 1]] = half;
  shares[order[middle]] = half;
  return (values[order[middle - 1]] + values[order[middle]]) * half;
}

Rational combine_mode(std::span<const Rational> values, std::span<Rational> shares) {
  std::vector<Rational> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  // Ascending order with ">=" makes a later (higher) value win a tie in frequency.
  Rational best = sorted.front();
  std::size_t best_count = 0;
  for (std::size_t begin = 0; begin < sorted.size();) {
    std::size_t end = begin;
    while (end < sorted.size() && sorted[end] == sorted[begin]) ++end;
    if (end - begin >= best_count) {
      best = sorted[begin];
      best_count = end - begin;
    }
    begin = end;
  }
  return share_chosen(values, best, shares);
}

Rational combine_extreme(std::span<const Rational> values, bool lowest, TieShare ties,
                         std::span<Rational> shares) {
  const auto chosen = lowest ? std::min_element(values.begin(), values.end())
                             : std::max_element(values.begin(), values.end());
  if (ties == TieShare::split) return share_chosen(values, *chosen, shares);
  // Moodle credits one child: the first lowest, or the last highest, in input order.
  auto holder = chosen;
  if (!lowest) {
    for (auto it = chosen; it != values.end(); ++it) {
      if (*it == *chosen) holder = it;
    }
  }
  shares[static_cast<std::size_t>(holder - values.begin())] = 1;
  return *chosen;
}

}  // namespace

Rational normalise(const Rational& value, const Rational& min, const Rational& max) {
  return (value - min) / (max - min);
}

Rational map_back(const Rational& normalised, const Rational& min, const Rational& max) {
  return min + normalised * (max - min);
}

Rational clamp(const Rational& value, const Rational& min, const Rational& max) {
  return std::min(std::max(value, min), max);
}

Rational combine(std::span<const Rational> values, std::span<const Rational> weights,
                 Combine method, TieShare ties, std::span<Rational> shares) {
  std::fill(shares.begin(), shares.end(), Rational{});
  switch (method) {
    case Combine::mean: return combine_mean(values, shares);
    case Combine::weighted_mean: return combine_weighted(values, weights, shares);
    case Combine::median: return combine_median(values, shares);
    case Combine::mode: return combine_mode(values, shares);
    case Combine::lowest: return combine_extreme(values, true, ties, shares);
    case Combine::highest: return combine_extreme(values, false, ties, shares);
  }
  fail(Errc::invalid, "unknown combining method " + std::to_string(static_cast<int>(method)));
}

}  // namespace detail

namespace {

std::string item_text(std::size_t index, const std::string& label) {
  std::string text = "item " + std::to_string(index);
  if (!label.empty()) text += " (" + quoted(label) + ")";
  return text;
}

bool uses_weights(Method method) {
  return method == Method::weighted_mean || method == Method::sum;
}

void check_options(const AggregateOptions& options) {
  switch (options.method) {
    case Method::mean:
    case Method::weighted_mean:
    case Method::median:
    case Method::mode:
    case Method::lowest:
    case Method::highest:
    case Method::sum: break;
    default:
      fail(Errc::invalid, "unknown aggregation method " +
                              std::to_string(static_cast<int>(options.method)) + " (expected 1…7)");
  }
  if (options.empty != EmptyPolicy::exclude && options.empty != EmptyPolicy::as_minimum) {
    fail(Errc::invalid, "unknown empty-grade policy " +
                            std::to_string(static_cast<int>(options.empty)) + " (expected 1…2)");
  }
  if (options.target_min >= options.target_max) {
    fail(Errc::invalid, "target range " + describe(options.target_min) + " … " +
                            describe(options.target_max) + " is empty: its minimum must be below " +
                            "its maximum");
  }
}

// One item that takes part in the aggregate.
struct Counted {
  std::size_t index;
  Rational raw;
  Rational normalised;
  Rational weight;
};

void check_in_range(const Rational& value, const Item& item, std::size_t index,
                    const std::string& what) {
  if (value < item.min || value > item.max) {
    fail(Errc::invalid, item_text(index, item.grade.label) + ": " + what + " " + describe(value) +
                            " outside its range " + describe(item.min) + ".." + describe(item.max));
  }
}

// The value an item contributes, or none; sets how the item takes part.
std::optional<Rational> value_of(const Item& item, std::size_t index, const MarkDictionary& marks,
                                 EmptyPolicy empty, ItemUse& use) {
  const Grade& grade = item.grade;
  if (grade.value && !grade.mark.empty()) {
    fail(Errc::invalid, item_text(index, grade.label) + " holds both the value " +
                            describe(*grade.value) + " and the mark " + quoted(grade.mark));
  }
  if (grade.value) {
    check_in_range(*grade.value, item, index, "value");
    use = ItemUse::counted;
    return grade.value;
  }
  if (!grade.mark.empty()) {
    const SpecialMark* mark = marks.find(grade.mark);
    if (mark == nullptr) {
      fail(Errc::invalid,
           item_text(index, grade.label) + ": unknown special mark " + quoted(grade.mark));
    }
    if (!mark->counts_in_average) {
      use = ItemUse::mark_excluded;
      return std::nullopt;
    }
    const Rational value = mark->average_value.value_or(item.min);
    check_in_range(value, item, index, "the value of mark " + quoted(mark->code));
    use = ItemUse::mark_counted;
    return value;
  }
  if (empty == EmptyPolicy::as_minimum) {
    use = ItemUse::empty_as_minimum;
    return item.min;
  }
  use = ItemUse::empty_excluded;
  return std::nullopt;
}

[[noreturn]] void fail_nothing_counts(std::span<const Item> items,
                                      const std::vector<ItemOutcome>& outcomes) {
  if (items.empty()) fail(Errc::empty, "nothing to aggregate: no items");
  std::vector<std::string> zero_weight;
  std::size_t empty = 0;
  std::size_t marks = 0;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    switch (outcomes[i].use) {
      case ItemUse::zero_weight: zero_weight.push_back(item_text(i, items[i].grade.label)); break;
      case ItemUse::empty_excluded: ++empty; break;
      case ItemUse::mark_excluded: ++marks; break;
      default: break;
    }
  }
  if (!zero_weight.empty()) {
    std::string names;
    for (const std::string& name : zero_weight) names += (names.empty() ? "" : ", ") + name;
    fail(Errc::invalid, "the weights of the counted items sum to zero (weight 0: " + names + ")");
  }
  fail(Errc::empty, "no grade counts among " + std::to_string(items.size()) +
                        " items (empty: " + std::to_string(empty) +
                        ", special marks that do not count: " + std::to_string(marks) + ")");
}

detail::Combine combine_method(Method method) {
  switch (method) {
    case Method::weighted_mean: return detail::Combine::weighted_mean;
    case Method::median: return detail::Combine::median;
    case Method::mode: return detail::Combine::mode;
    case Method::lowest: return detail::Combine::lowest;
    case Method::highest: return detail::Combine::highest;
    case Method::mean:
    case Method::sum: break;
  }
  return detail::Combine::mean;
}

void aggregate_sum(const std::vector<Counted>& counted, std::span<const Item> items,
                   AggregateResult& result) {
  Rational total_weight;
  for (const Counted& c : counted) {
    const Item& item = items[c.index];
    result.value += c.weight * c.raw;
    result.range_min += c.weight * item.min;
    result.range_max += c.weight * item.max;
    total_weight += c.weight;
  }
  for (const Counted& c : counted) result.items[c.index].share = c.weight / total_weight;
  result.normalised = detail::normalise(result.value, result.range_min, result.range_max);
}

}  // namespace

Grade Grade::of(Rational value, std::string label) {
  return Grade{std::move(label), value, {}};
}

Grade Grade::special(std::string mark_code, std::string label) {
  return Grade{std::move(label), std::nullopt, std::move(mark_code)};
}

Grade Grade::empty(std::string label) {
  return Grade{std::move(label), std::nullopt, {}};
}

AggregateResult aggregate(std::span<const Item> items, const AggregateOptions& options) {
  check_options(options);
  const MarkDictionary& marks = options.marks ? *options.marks : detail::default_marks();
  AggregateResult result;
  result.items.resize(items.size());
  std::vector<Counted> counted;
  counted.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    if (item.max <= item.min) {
      fail(Errc::invalid, item_text(i, item.grade.label) + ": its range " + describe(item.min) +
                              ".." + describe(item.max) + " is empty (max must exceed min)");
    }
    if (item.weight.sign() < 0) {
      fail(Errc::invalid,
           item_text(i, item.grade.label) + ": negative weight " + describe(item.weight));
    }
    ItemOutcome& outcome = result.items[i];
    std::optional<Rational> value = value_of(item, i, marks, options.empty, outcome.use);
    if (!value) continue;
    if (uses_weights(options.method) && item.weight.sign() == 0) {
      outcome.use = ItemUse::zero_weight;
      continue;
    }
    const Rational normalised = detail::normalise(*value, item.min, item.max);
    outcome.normalised = normalised;
    counted.push_back({i, *value, normalised, item.weight});
  }
  if (counted.empty()) fail_nothing_counts(items, result.items);

  if (options.method == Method::sum) {
    aggregate_sum(counted, items, result);
    return result;
  }
  std::vector<Rational> values;
  std::vector<Rational> weights;
  values.reserve(counted.size());
  weights.reserve(counted.size());
  for (const Counted& c : counted) {
    values.push_back(c.normalised);
    weights.push_back(c.weight);
  }
  std::vector<Rational> shares(counted.size());
  result.normalised = detail::combine(values, weights, combine_method(options.method),
                                      detail::TieShare::split, shares);
  for (std::size_t k = 0; k < counted.size(); ++k) result.items[counted[k].index].share = shares[k];
  // Every counted value lies in its item's range, so the aggregate lies in 0…1 and the mapped
  // value already lies in the target range: the pipeline's clamp cannot change it.
  result.range_min = options.target_min;
  result.range_max = options.target_max;
  result.value = detail::map_back(result.normalised, options.target_min, options.target_max);
  return result;
}

}  // namespace ejournal::grading
