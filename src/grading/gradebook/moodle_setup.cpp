// What Moodle settles for a course before any student: the checks its forms make, the children's
// order, natural weights (auto_update_weights), category maxima (auto_update_max) and whether the
// limit rules may run (can_apply_limit_rules).
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../detail.hpp"
#include "moodle.hpp"

namespace ejournal::grading::gradebook::detail::moodle {

using grading::detail::describe;
using grading::detail::fail;

namespace {

// A child as the course setup sees it, whatever its kind.
struct SetupChild {
  std::string name;
  Rational grademax;
  bool extra_credit = false;
  bool overridden = false;
  Rational entered_weight;
  bool is_category = false;
};

std::vector<ChildRef> ordered_children(const Tree& tree, std::size_t category) {
  const Gradebook& book = *tree.book;
  std::vector<ChildRef> children;
  for (std::size_t child : tree.child_categories[category]) children.push_back({true, child});
  std::vector<std::size_t> items = tree.child_items[category];
  std::stable_sort(items.begin(), items.end(), [&](std::size_t a, std::size_t b) {
    return book.items[a].order < book.items[b].order;
  });
  for (std::size_t item : items) children.push_back({false, item});
  return children;
}

// What Moodle's item and category forms refuse, and what our model cannot say for Moodle.
void check_child(const std::string& name, const std::optional<Rational>& weight, bool overridden,
                 bool extra_credit, const Category& parent) {
  if (parent.aggregation == Aggregation::natural && overridden && !weight) {
    fail(Errc::invalid, name + ": its weight in natural " + category_text(parent) +
                            " is marked overridden but no weight is given");
  }
  if (parent.aggregation == Aggregation::mean_with_extra_credits && extra_credit && weight &&
      weight->sign() == 0) {
    fail(Errc::invalid, name + ": extra-credit weight 0 in " + category_text(parent) +
                            " (Moodle reads a weight of 0 as not extra credit)");
  }
}

void check_range_for_parent(const std::string& name, const Rational& min, const Rational& max,
                            const Category& parent) {
  if (max == min) {
    fail(Errc::invalid, name + ": its range " + describe(min) + " … " + describe(max) +
                            " is empty (Moodle needs the maximum above the minimum)");
  }
  if (parent.aggregation == Aggregation::natural && max.sign() <= 0) {
    fail(Errc::invalid, name + ": maximum " + describe(max) + " in natural " +
                            category_text(parent) +
                            ", which divides each grade by its maximum (it must be above 0)");
  }
}

// auto_update_weights(): each child's natural weight, as a fraction.
std::vector<Rational> natural_weights(const std::vector<SetupChild>& children) {
  Rational total_max;
  Rational overridden_total;  // the overrides as entered (never negative: the tree refuses that)
  Rational overridden_max;
  bool automatic_present = false;
  for (const SetupChild& child : children) {
    // Moodle counts extra credit as overridden when it asks whether every child is.
    if (!child.overridden && !child.extra_credit) automatic_present = true;
    if (child.extra_credit) continue;
    if (child.overridden) {
      if (child.entered_weight.sign() == 0) continue;  // an override of 0 weighs no points
      overridden_total += child.entered_weight;
      overridden_max += child.grademax;
    }
    total_max += child.grademax;
  }
  // Overrides are normalised among themselves when they exceed 100 %, or when every child is
  // overridden and they do not make exactly 100 %.
  const bool normalise_overrides =
      overridden_total > 1 || (!automatic_present && overridden_total != 1);
  const Rational automatic_max = total_max - overridden_max;

  std::vector<Rational> weights;
  weights.reserve(children.size());
  for (const SetupChild& child : children) {
    if (child.extra_credit) {
      // An extra-credit child weighs its points against the counted ones, unless overridden.
      weights.push_back(child.overridden        ? child.entered_weight
                        : total_max.sign() != 0 ? child.grademax / total_max
                                                : Rational{});
    } else if (!child.overridden) {
      const bool nothing_left =
          overridden_total >= 1 || automatic_max.sign() == 0 || child.grademax.sign() == 0;
      weights.push_back(nothing_left ? Rational{}
                                     : child.grademax / automatic_max * (1 - overridden_total));
    } else if (normalise_overrides) {
      weights.push_back(overridden_total.sign() == 0 ? Rational{}
                                                     : child.entered_weight / overridden_total);
    } else {
      weights.push_back(child.entered_weight);
    }
  }
  return weights;
}

// can_apply_limit_rules() for natural: only plain items of one maximum and one weight.
bool natural_limit_rules_apply(const std::vector<SetupChild>& children,
                               const std::vector<Rational>& weights) {
  for (std::size_t k = 0; k < children.size(); ++k) {
    if (children[k].is_category || children[k].extra_credit) return false;
    if (weights[k] != weights.front() || children[k].grademax != children.front().grademax) {
      return false;
    }
  }
  return true;
}

// auto_update_max(): the counted children's maxima, less those the limit rules remove.
Rational natural_maximum(const std::vector<SetupChild>& children,
                         const std::vector<Rational>& weights, const Category& category,
                         bool limit_rules_apply) {
  std::vector<Ranked> maxima;
  for (std::size_t k = 0; k < children.size(); ++k) {
    if (children[k].extra_credit || weights[k].sign() <= 0) continue;
    maxima.push_back({k, children[k].grademax, children[k].grademax, false});
  }
  if (limit_rules_apply) {
    const std::vector<std::size_t> removed =
        apply_limit_rules(maxima, category.drop_lowest, category.keep_highest);
    std::erase_if(maxima, [&](const Ranked& r) {
      return std::find(removed.begin(), removed.end(), r.id) != removed.end();
    });
  }
  Rational total;
  for (const Ranked& r : maxima) total += r.value;
  return total;
}

}  // namespace

Setup build_setup(const Tree& tree) {
  const Gradebook& book = *tree.book;
  Setup setup;
  setup.children.resize(book.categories.size());
  setup.category_min.resize(book.categories.size());
  setup.category_max.resize(book.categories.size());
  setup.limit_rules_apply.resize(book.categories.size(), true);
  setup.category_weight.resize(book.categories.size());
  setup.item_weight.resize(book.items.size());

  for (std::size_t index : tree.bottom_up) {
    const Category& category = book.categories[index];
    const bool natural = category.aggregation == Aggregation::natural;
    if (!natural && category.max == category.min) {
      fail(Errc::invalid, category_text(category) + ": its range " + describe(category.min) +
                              " … " + describe(category.max) +
                              " is empty (Moodle needs the maximum above the minimum)");
    }
    setup.children[index] = ordered_children(tree, index);
    std::vector<SetupChild> children;
    for (const ChildRef& ref : setup.children[index]) {
      SetupChild child;
      if (ref.is_category) {
        const Category& sub = book.categories[ref.index];
        child = {category_text(sub),    setup.category_max[ref.index], sub.extra_credit,
                 sub.weight_overridden, sub.weight.value_or(0),        true};
        check_child(child.name, sub.weight, sub.weight_overridden, sub.extra_credit, category);
        if (natural && sub.aggregation != Aggregation::natural) {
          check_range_for_parent(child.name, sub.min, sub.max, category);
        }
      } else {
        const Item& item = book.items[ref.index];
        child = {item_text(item),         item.max, item.extra_credit, item.weight_overridden,
                 item.weight.value_or(0), false};
        check_child(child.name, item.weight, item.weight_overridden, item.extra_credit, category);
        check_range_for_parent(child.name, item.min, item.max, category);
      }
      children.push_back(std::move(child));
    }
    if (!natural) {
      setup.category_min[index] = category.min;
      setup.category_max[index] = category.max;
      continue;
    }
    const std::vector<Rational> weights = natural_weights(children);
    for (std::size_t k = 0; k < children.size(); ++k) {
      const ChildRef& ref = setup.children[index][k];
      (ref.is_category ? setup.category_weight : setup.item_weight)[ref.index] = weights[k];
    }
    setup.limit_rules_apply[index] = natural_limit_rules_apply(children, weights);
    setup.category_max[index] =
        natural_maximum(children, weights, category, setup.limit_rules_apply[index]);
  }
  return setup;
}

}  // namespace ejournal::grading::gradebook::detail::moodle
