// compute_moodle(): one student's gradebook under Moodle's aggregation, categories bottom-up,
// then each node's share of the course total top-down (grading-and-interop.md §1).
#include "moodle.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "../aggregation_core.hpp"
#include "../detail.hpp"
#include "tree.hpp"

namespace ejournal::grading::gradebook::detail {

using grading::detail::describe;

namespace {

// Which nodes the student's view leaves out: everything under a hidden category, hidden items and
// hidden grades (grade_grade::is_hidden). Nothing in the grader's view.
struct HiddenNodes {
  std::vector<bool> categories;
  std::vector<bool> items;
};

HiddenNodes hidden_nodes(const Tree& tree, std::span<const Grade> grades,
                         const MoodlePolicy& policy) {
  const Gradebook& book = *tree.book;
  HiddenNodes hidden{std::vector<bool>(book.categories.size()),
                     std::vector<bool>(book.items.size())};
  if (!policy.exclude_hidden) return hidden;
  // Parents before children: the reverse of bottom-up.
  for (auto it = tree.bottom_up.rbegin(); it != tree.bottom_up.rend(); ++it) {
    const std::size_t parent = tree.category_parent[*it];
    hidden.categories[*it] =
        book.categories[*it].hidden || (parent != *it && hidden.categories[parent]);
  }
  for (std::size_t i = 0; i < book.items.size(); ++i) {
    hidden.items[i] =
        book.items[i].hidden || grades[i].hidden || hidden.categories[tree.item_category[i]];
  }
  return hidden;
}

// Moodle bounds an entered grade to the item's range rather than refusing it (grade_mingrade:
// 0 typed into a 50…100 item is stored as 50).
std::optional<Rational> stored_score(const Item& item, const Grade& grade, NodeResult& node) {
  if (!grade.score) return std::nullopt;
  const Rational stored = grading::detail::clamp(*grade.score, item.min, item.max);
  if (stored != *grade.score) {
    node.reason = "score " + describe(*grade.score) + " lies outside the range " +
                  describe(item.min) + " … " + describe(item.max) + "; Moodle stores it as " +
                  describe(stored);
  }
  return stored;
}

moodle::Member member_of(const Tree& tree, const moodle::Setup& setup, const moodle::ChildRef& ref,
                         std::span<const Grade> grades, const HiddenNodes& hidden,
                         const std::vector<NodeResult>& categories,
                         const std::vector<NodeResult>& items) {
  const Gradebook& book = *tree.book;
  moodle::Member member;
  member.ref = ref;
  if (ref.is_category) {
    const Category& category = book.categories[ref.index];
    const NodeResult& node = categories[ref.index];
    member.value = node.value;
    member.min = node.range_min;
    member.max = node.range_max;
    member.configured_min = setup.category_min[ref.index];
    member.configured_max = setup.category_max[ref.index];
    member.extra_credit = category.extra_credit;
    member.coefficient = category.weight.value_or(1);
    member.natural_weight = setup.category_weight[ref.index];
    member.weight_overridden = category.weight_overridden;
    member.hidden = hidden.categories[ref.index];
    return member;
  }
  const Item& item = book.items[ref.index];
  member.value = items[ref.index].value;
  member.min = item.min;
  member.max = item.max;
  member.configured_min = item.min;
  member.configured_max = item.max;
  member.extra_credit = item.extra_credit;
  member.coefficient = item.weight.value_or(1);
  member.natural_weight = setup.item_weight[ref.index];
  member.weight_overridden = item.weight_overridden;
  member.excluded = grades[ref.index].excluded;
  member.hidden = hidden.items[ref.index];
  return member;
}

void record_use(const moodle::MemberUse& use, bool hidden, NodeResult& node, Rational& normalised) {
  node.outcome = use.outcome;
  if (!use.reason.empty()) {
    node.reason = node.reason.empty() ? use.reason : use.reason + "; " + node.reason;
  }
  if (!hidden) node.weight = use.weight;
  normalised = use.normalised;
}

// "Contribution to course total": a node's normalised value times its weight and the weights of
// every category above it (the course's own excluded), as Moodle's user report computes it.
void add_contributions(const Tree& tree, const moodle::Setup& setup,
                       const std::vector<Rational>& category_normalised,
                       const std::vector<Rational>& item_normalised,
                       std::vector<NodeResult>& categories, std::vector<NodeResult>& items) {
  std::vector<std::optional<Rational>> chain(categories.size());
  chain[tree.root] = Rational(1);
  for (auto it = tree.bottom_up.rbegin(); it != tree.bottom_up.rend(); ++it) {
    for (const moodle::ChildRef& ref : setup.children[*it]) {
      NodeResult& node = ref.is_category ? categories[ref.index] : items[ref.index];
      const Rational& normalised =
          ref.is_category ? category_normalised[ref.index] : item_normalised[ref.index];
      if (!chain[*it] || !node.weight) continue;
      node.contribution = normalised * *node.weight * *chain[*it];
      if (ref.is_category) chain[ref.index] = *node.weight * *chain[*it];
    }
  }
}

}  // namespace

GradebookResult compute_moodle(const Tree& tree, std::span<const Grade> grades,
                               const MoodlePolicy& policy) {
  const Gradebook& book = *tree.book;
  const moodle::Setup setup = moodle::build_setup(tree);
  const HiddenNodes hidden = hidden_nodes(tree, grades, policy);

  std::vector<NodeResult> categories(book.categories.size());
  std::vector<NodeResult> items(book.items.size());
  std::vector<Rational> category_normalised(categories.size());
  std::vector<Rational> item_normalised(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].id = book.items[i].id;
    items[i].range_min = book.items[i].min;
    items[i].range_max = book.items[i].max;
    items[i].value = stored_score(book.items[i], grades[i], items[i]);
  }
  for (std::size_t index : tree.bottom_up) {
    std::vector<moodle::Member> members;
    for (const moodle::ChildRef& ref : setup.children[index]) {
      members.push_back(member_of(tree, setup, ref, grades, hidden, categories, items));
    }
    const moodle::CategoryGrade grade =
        moodle::aggregate_category(book.categories[index], index, setup, members);
    NodeResult& node = categories[index];
    node.id = book.categories[index].id;
    node.is_category = true;
    node.value = grade.value;
    node.range_min = grade.range_min;
    node.range_max = grade.range_max;
    for (std::size_t k = 0; k < members.size(); ++k) {
      const moodle::ChildRef& ref = members[k].ref;
      record_use(grade.members[k], members[k].hidden,
                 ref.is_category ? categories[ref.index] : items[ref.index],
                 ref.is_category ? category_normalised[ref.index] : item_normalised[ref.index]);
    }
  }

  NodeResult& course = categories[tree.root];
  add_contributions(tree, setup, category_normalised, item_normalised, categories, items);
  GradebookResult result;
  result.total = course.value;
  result.total_min = course.range_min;
  result.total_max = course.range_max;
  if (course.value && course.range_max > course.range_min) {
    // A natural course's range starts at 0 even when its total is negative.
    const Rational share =
        grading::detail::normalise(*course.value, course.range_min, course.range_max);
    result.percent = share * 100;
    course.contribution = share;
  }
  result.nodes = std::move(categories);
  result.nodes.insert(result.nodes.end(), items.begin(), items.end());
  return result;
}

}  // namespace ejournal::grading::gradebook::detail
