// Validation of a gradebook's tree: ids, parents, cycles, ranges, weights and periods.
#include "tree.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "../detail.hpp"

namespace ejournal::grading::gradebook::detail {

using grading::detail::describe;
using grading::detail::fail;
using grading::detail::quoted;

namespace {

// Ids to positions; an empty or repeated id is an error naming `kind`.
template <class Node>
std::unordered_map<std::string, std::size_t> index_ids(const std::vector<Node>& nodes,
                                                       const char* kind) {
  std::unordered_map<std::string, std::size_t> positions;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].id.empty()) {
      fail(Errc::invalid, std::string(kind) + " " + std::to_string(i) + " has an empty id");
    }
    if (!positions.emplace(nodes[i].id, i).second) {
      fail(Errc::invalid, std::string("duplicate ") + kind + " id " + quoted(nodes[i].id));
    }
  }
  return positions;
}

void check_range(const Rational& min, const Rational& max, const std::string& node) {
  if (max < min) {
    fail(Errc::invalid, node + ": its range " + describe(min) + " … " + describe(max) +
                            " is negative (maximum below minimum)");
  }
}

void check_weight(const std::optional<Rational>& weight, const std::string& node) {
  if (weight && weight->sign() < 0) {
    fail(Errc::invalid, node + ": negative weight " + describe(*weight));
  }
}

void check_category(const Category& category) {
  const std::string node = category_text(category);
  check_range(category.min, category.max, node);
  check_weight(category.weight, node);
  if (category.drop_lowest < 0 || category.keep_highest < 0 || category.drop_highest < 0) {
    fail(Errc::invalid, node + ": negative drop rule (drop lowest " +
                            std::to_string(category.drop_lowest) + ", keep highest " +
                            std::to_string(category.keep_highest) + ", drop highest " +
                            std::to_string(category.drop_highest) + ")");
  }
  switch (category.aggregation) {
    case Aggregation::mean:
    case Aggregation::weighted_mean:
    case Aggregation::simple_weighted_mean:
    case Aggregation::mean_with_extra_credits:
    case Aggregation::median:
    case Aggregation::lowest:
    case Aggregation::highest:
    case Aggregation::mode:
    case Aggregation::natural: break;
    default:
      fail(Errc::invalid, node + ": unknown aggregation " +
                              std::to_string(static_cast<int>(category.aggregation)));
  }
}

// Orders categories children-first; a category reached twice on one path closes a cycle.
void order_bottom_up(Tree& tree) {
  const std::size_t count = tree.child_categories.size();
  enum class Mark { unseen, open, done };
  std::vector<Mark> marks(count, Mark::unseen);
  // Iterative depth-first search, so that a deep tree cannot overflow the stack.
  std::vector<std::pair<std::size_t, std::size_t>> stack{{tree.root, 0}};
  marks[tree.root] = Mark::open;
  while (!stack.empty()) {
    auto& [category, next_child] = stack.back();
    if (next_child < tree.child_categories[category].size()) {
      const std::size_t child = tree.child_categories[category][next_child++];
      if (marks[child] != Mark::unseen) {
        fail(Errc::invalid, "the category tree has a cycle through category " +
                                quoted(tree.book->categories[child].id));
      }
      marks[child] = Mark::open;
      stack.emplace_back(child, 0);
      continue;
    }
    marks[category] = Mark::done;
    tree.bottom_up.push_back(category);
    stack.pop_back();
  }
  for (std::size_t i = 0; i < count; ++i) {
    if (marks[i] == Mark::unseen) {
      // Unreachable from the root although its parent exists: it sits on a cycle.
      fail(Errc::invalid,
           "the category tree has a cycle through category " + quoted(tree.book->categories[i].id));
    }
  }
}

// Checks that need a category's children: drop rules that ask for more than the category holds,
// and child weights that sum to zero where the aggregation divides by them. Both are settings no
// student's grades can make meaningful, so they are refused rather than computed to "no grade".
void check_children(const Tree& tree, std::size_t index) {
  const Category& category = tree.book->categories[index];
  const std::size_t children = tree.child_categories[index].size() + tree.child_items[index].size();
  const int largest_rule =
      std::max({category.drop_lowest, category.keep_highest, category.drop_highest});
  if (static_cast<std::size_t>(largest_rule) > children) {
    fail(Errc::invalid, category_text(category) + ": its drop rules ask for " +
                            std::to_string(largest_rule) + " of " + std::to_string(children) +
                            " children (drop lowest " + std::to_string(category.drop_lowest) +
                            ", keep highest " + std::to_string(category.keep_highest) +
                            ", drop highest " + std::to_string(category.drop_highest) + ")");
  }
  const bool weighted_mean = category.aggregation == Aggregation::weighted_mean;
  const bool natural = category.aggregation == Aggregation::natural;
  if (children == 0 || (!weighted_mean && !natural)) return;
  // A weighted mean reads every child's weight (unset = 1); natural reads only overridden ones,
  // and divides by them only when every child is overridden (a missing override is reported by
  // the Moodle policy itself).
  Rational total = 0;
  bool all_read = true;
  const auto add = [&](const std::optional<Rational>& weight, bool overridden) {
    if (weighted_mean) {
      total += weight.value_or(Rational(1));
    } else if (overridden && weight) {
      total += *weight;
    } else {
      all_read = false;
    }
  };
  for (const std::size_t child : tree.child_categories[index]) {
    const Category& sub = tree.book->categories[child];
    add(sub.weight, sub.weight_overridden);
  }
  for (const std::size_t child : tree.child_items[index]) {
    const Item& item = tree.book->items[child];
    add(item.weight, item.weight_overridden);
  }
  if (all_read && total.sign() == 0) {
    fail(Errc::invalid, category_text(category) + ": the weights of its " +
                            std::to_string(children) + " children sum to zero");
  }
}

}  // namespace

std::string category_text(const Category& category) {
  return "category " + quoted(category.id);
}

std::string item_text(const Item& item) {
  return "item " + quoted(item.id);
}

Tree build_tree(const Gradebook& book) {
  Tree tree;
  tree.book = &book;
  const auto categories = index_ids(book.categories, "category");
  const auto items = index_ids(book.items, "item");
  const auto periods = index_ids(book.periods, "grading period");
  if (book.categories.empty()) fail(Errc::invalid, "the gradebook has no category (no root)");

  const std::size_t category_count = book.categories.size();
  tree.child_categories.resize(category_count);
  tree.child_items.resize(category_count);
  tree.category_parent.resize(category_count);
  bool has_root = false;
  for (std::size_t i = 0; i < category_count; ++i) {
    const Category& category = book.categories[i];
    check_category(category);
    if (category.parent.empty()) {
      if (has_root) {
        fail(Errc::invalid, "two root categories: " + quoted(book.categories[tree.root].id) +
                                " and " + quoted(category.id));
      }
      has_root = true;
      tree.root = i;
      tree.category_parent[i] = i;
      continue;
    }
    const auto parent = categories.find(category.parent);
    if (parent == categories.end()) {
      fail(Errc::invalid,
           category_text(category) + ": its parent " + quoted(category.parent) + " does not exist");
    }
    if (parent->second == i) fail(Errc::invalid, category_text(category) + " is its own parent");
    tree.category_parent[i] = parent->second;
    tree.child_categories[parent->second].push_back(i);
  }
  if (!has_root) {
    fail(Errc::invalid, "the gradebook has no root category (one with an empty parent)");
  }

  tree.item_category.resize(book.items.size());
  tree.item_period.resize(book.items.size(), book.periods.size());
  for (std::size_t i = 0; i < book.items.size(); ++i) {
    const Item& item = book.items[i];
    const std::string node = item_text(item);
    const auto category = categories.find(item.category);
    if (category == categories.end()) {
      fail(Errc::invalid, node + ": its category " + quoted(item.category) + " does not exist");
    }
    check_range(item.min, item.max, node);
    check_weight(item.weight, node);
    tree.item_category[i] = category->second;
    tree.child_items[category->second].push_back(i);
    if (!item.period.empty()) {
      const auto period = periods.find(item.period);
      if (period == periods.end()) {
        fail(Errc::invalid,
             node + ": its grading period " + quoted(item.period) + " does not exist");
      }
      tree.item_period[i] = period->second;
    }
  }
  for (const GradingPeriod& period : book.periods) {
    if (period.weight.sign() < 0) {
      fail(Errc::invalid,
           "grading period " + quoted(period.id) + ": negative weight " + describe(period.weight));
    }
  }
  order_bottom_up(tree);
  for (std::size_t i = 0; i < category_count; ++i) check_children(tree, i);
  return tree;
}

void check_grade_count(const Tree& tree, std::span<const Grade> grades) {
  if (grades.size() != tree.book->items.size()) {
    fail(Errc::invalid, "expected one grade per item (" + std::to_string(tree.book->items.size()) +
                            "), got " + std::to_string(grades.size()));
  }
}

}  // namespace ejournal::grading::gradebook::detail
