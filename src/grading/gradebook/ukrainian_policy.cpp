// The Ukrainian rules as a gradebook policy (ua-school.md §1.6, §1.9): every category but the root
// is a topic, whose current grades suggest its thematic grade; the thematic grades suggest the
// semester grade, which is the course total. With no thematic grade at all the semester grade
// comes from the current grades (NUSh 5–9), here the root's own items.
//
// Only the scores are read: each is a 12-point grade, an integer 1…12, and an empty score is no
// grade. Special marks (н, зв., …) are not representable in this model. The suggestions are
// grading::suggest_thematic and suggest_semester themselves; a result says which grades counted.
#include <cstddef>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../detail.hpp"
#include "ejournal/grading/ukrainian.hpp"
#include "tree.hpp"

namespace ejournal::grading::gradebook::detail {

using grading::detail::describe;
using grading::detail::fail;

namespace {

constexpr int kLowestGrade = 1;
constexpr int kHighestGrade = 12;

grading::Grade twelve_point(const Item& item, const Grade& grade) {
  if (!grade.score) return grading::Grade::empty(item.id);
  const Rational& score = *grade.score;
  if (!score.is_integer() || score < kLowestGrade || score > kHighestGrade) {
    fail(Errc::invalid,
         item_text(item) + ": " + describe(score) + " is not a 12-point grade (an integer 1…12)");
  }
  return grading::Grade::of(score, item.id);
}

NodeResult grade_node(std::string id, bool is_category, const std::optional<int>& grade) {
  NodeResult node;
  node.id = std::move(id);
  node.is_category = is_category;
  if (grade) node.value = Rational(*grade);
  node.range_min = kLowestGrade;
  node.range_max = kHighestGrade;
  return node;
}

// Marks the basis entries of `suggestion` that counted, each with an equal share of its mean;
// `node_of` maps an entry's index (its position in the input of that source) to its node.
template <class NodeOf>
void mark_counted(const Suggestion& suggestion, std::string_view source, NodeOf node_of) {
  Int128 counted = 0;
  for (const BasisEntry& entry : suggestion.basis) {
    if (entry.use == BasisUse::counted) ++counted;
  }
  for (const BasisEntry& entry : suggestion.basis) {
    if (entry.use != BasisUse::counted || entry.source != source) continue;
    NodeResult& node = node_of(entry.index);
    node.outcome = Outcome::counted;
    node.reason.clear();
    node.weight = Rational::fraction(1, counted);
  }
}

}  // namespace

GradebookResult compute_ukrainian(const Tree& tree, std::span<const Grade> grades,
                                  const UkrainianPolicy& policy) {
  const Gradebook& book = *tree.book;
  UaRules rules;
  rules.rounding = policy.rounding;

  std::vector<grading::Grade> current;
  std::vector<NodeResult> item_nodes;
  for (std::size_t i = 0; i < book.items.size(); ++i) {
    current.push_back(twelve_point(book.items[i], grades[i]));
    NodeResult node = grade_node(book.items[i].id, false, std::nullopt);
    node.value = grades[i].score;
    // Until a suggestion counts it: an empty grade, or one outside every topic.
    node.outcome = grades[i].score ? Outcome::excluded : Outcome::empty_excluded;
    node.reason = grades[i].score
                      ? "outside every topic: the semester grade rests on the thematic grades"
                      : "no grade";
    item_nodes.push_back(std::move(node));
  }

  // Each topic's thematic suggestion; a topic without a grade has no thematic grade (not н/а, which
  // a teacher records), so that the semester can fall back to current grades.
  std::vector<NodeResult> category_nodes;
  std::vector<grading::Grade> thematic;
  std::vector<std::size_t> topics;
  for (std::size_t c = 0; c < book.categories.size(); ++c) {
    const std::string& id = book.categories[c].id;
    if (c == tree.root) {
      category_nodes.push_back(grade_node(id, true, std::nullopt));
      continue;
    }
    const std::vector<std::size_t>& members = tree.child_items[c];
    std::vector<grading::Grade> topic_grades;
    for (const std::size_t i : members) topic_grades.push_back(current[i]);
    const Suggestion suggestion = suggest_thematic(topic_grades, rules);
    mark_counted(suggestion, "current",
                 [&](std::size_t k) -> NodeResult& { return item_nodes[members[k]]; });
    NodeResult node = grade_node(id, true, suggestion.grade);
    if (!suggestion.grade) {
      node.outcome = Outcome::empty_excluded;
      node.reason = "no grade in the topic: its thematic suggestion is " + suggestion.mark;
    }
    category_nodes.push_back(std::move(node));
    thematic.push_back(suggestion.grade ? grading::Grade::of(*suggestion.grade, id)
                                        : grading::Grade::empty(id));
    topics.push_back(c);
  }

  const Suggestion semester = suggest_semester(thematic, current, rules);
  // Its basis is the thematic grades, or (falling back) every current grade.
  mark_counted(semester, "thematic",
               [&](std::size_t t) -> NodeResult& { return category_nodes[topics[t]]; });
  mark_counted(semester, "current", [&](std::size_t i) -> NodeResult& { return item_nodes[i]; });

  GradebookResult result;
  result.total_min = kLowestGrade;
  result.total_max = kHighestGrade;
  NodeResult& course = category_nodes[tree.root];
  course = grade_node(course.id, true, semester.grade);
  if (semester.grade) {
    result.total = Rational(*semester.grade);
    result.percent = (*result.total - kLowestGrade) * 100 / (kHighestGrade - kLowestGrade);
  } else {
    result.suggestion_mark = semester.mark;
    course.outcome = Outcome::empty_excluded;
    course.reason = "no thematic or current grade: the semester suggestion is " + semester.mark;
  }
  result.nodes = std::move(category_nodes);
  result.nodes.insert(result.nodes.end(), std::make_move_iterator(item_nodes.begin()),
                      std::make_move_iterator(item_nodes.end()));
  return result;
}

}  // namespace ejournal::grading::gradebook::detail
