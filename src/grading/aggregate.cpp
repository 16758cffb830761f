// The aggregation core: normalise each item to its range, aggregate, map back to the target range
// (grading-and-interop.md §1.1).
#include "ejournal/grading/aggregate.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "detail.hpp"

namespace ejournal::grading {

using detail::describe;
using detail::fail;
using detail::quoted;

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

// The items holding the chosen normalised value share the result equally.
Rational share_chosen(const std::vector<Counted>& counted, const Rational& chosen,
                      std::vector<ItemOutcome>& outcomes) {
  const auto holders = std::count_if(counted.begin(), counted.end(),
                                     [&](const Counted& c) { return c.normalised == chosen; });
  const Rational share = Rational::fraction(1, holders);
  for (const Counted& c : counted) {
    if (c.normalised == chosen) outcomes[c.index].share = share;
  }
  return chosen;
}

Rational aggregate_mean(const std::vector<Counted>& counted, std::vector<ItemOutcome>& outcomes) {
  Rational total;
  const Rational share = Rational::fraction(1, static_cast<Int128>(counted.size()));
  for (const Counted& c : counted) {
    total += c.normalised;
    outcomes[c.index].share = share;
  }
  return total * share;
}

Rational aggregate_weighted(const std::vector<Counted>& counted,
                            std::vector<ItemOutcome>& outcomes) {
  Rational total_weight;
  Rational total;
  for (const Counted& c : counted) {
    total_weight += c.weight;
    total += c.weight * c.normalised;
  }
  for (const Counted& c : counted) outcomes[c.index].share = c.weight / total_weight;
  return total / total_weight;
}

Rational aggregate_median(std::vector<Counted> counted, std::vector<ItemOutcome>& outcomes) {
  std::stable_sort(counted.begin(), counted.end(),
                   [](const Counted& a, const Counted& b) { return a.normalised < b.normalised; });
  const std::size_t middle = counted.size() / 2;
  if (counted.size() % 2 != 0) {
    outcomes[counted[middle].index].share = 1;
    return counted[middle].normalised;
  }
  const Rational half = Rational::fraction(1, 2);
  outcomes[counted[middle - 1].index].share = half;
  outcomes[counted[middle].index].share = half;
  return (counted[middle - 1].normalised + counted[middle].normalised) * half;
}

Rational aggregate_mode(const std::vector<Counted>& counted, std::vector<ItemOutcome>& outcomes) {
  std::vector<Rational> values;
  values.reserve(counted.size());
  for (const Counted& c : counted) values.push_back(c.normalised);
  std::sort(values.begin(), values.end());
  // Ascending order with ">=" makes a later (higher) value win a tie in frequency.
  Rational best = values.front();
  std::size_t best_count = 0;
  for (std::size_t begin = 0; begin < values.size();) {
    std::size_t end = begin;
    while (end < values.size() && values[end] == values[begin]) ++end;
    if (end - begin >= best_count) {
      best = values[begin];
      best_count = end - begin;
    }
    begin = end;
  }
  return share_chosen(counted, best, outcomes);
}

Rational aggregate_extreme(const std::vector<Counted>& counted, Method method,
                           std::vector<ItemOutcome>& outcomes) {
  const auto by_value = [](const Counted& a, const Counted& b) {
    return a.normalised < b.normalised;
  };
  const auto chosen = method == Method::lowest
                          ? std::min_element(counted.begin(), counted.end(), by_value)
                          : std::max_element(counted.begin(), counted.end(), by_value);
  return share_chosen(counted, chosen->normalised, outcomes);
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
  result.normalised = (result.value - result.range_min) / (result.range_max - result.range_min);
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
    const Rational normalised = (*value - item.min) / (item.max - item.min);
    outcome.normalised = normalised;
    counted.push_back({i, *value, normalised, item.weight});
  }
  if (counted.empty()) fail_nothing_counts(items, result.items);

  switch (options.method) {
    case Method::sum: aggregate_sum(counted, items, result); return result;
    case Method::mean: result.normalised = aggregate_mean(counted, result.items); break;
    case Method::weighted_mean:
      result.normalised = aggregate_weighted(counted, result.items);
      break;
    case Method::median: result.normalised = aggregate_median(counted, result.items); break;
    case Method::mode: result.normalised = aggregate_mode(counted, result.items); break;
    case Method::lowest:
    case Method::highest:
      result.normalised = aggregate_extreme(counted, options.method, result.items);
      break;
  }
  // Every counted value lies in its item's range, so the aggregate lies in 0…1 and the mapped
  // value already lies in the target range: the pipeline's clamp cannot change it.
  result.range_min = options.target_min;
  result.range_max = options.target_max;
  result.value = options.target_min + result.normalised * (options.target_max - options.target_min);
  return result;
}

}  // namespace ejournal::grading
