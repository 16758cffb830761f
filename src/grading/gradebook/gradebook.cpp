// compute() and compute_class(): one validated tree, the policy the caller named.
#include "ejournal/grading/gradebook.hpp"

#include <type_traits>

#include "../detail.hpp"
#include "tree.hpp"

namespace ejournal::grading::gradebook {

namespace {

GradebookResult compute_validated(const detail::Tree& tree, std::span<const Grade> grades,
                                  const Policy& policy) {
  return std::visit(
      [&](const auto& chosen) -> GradebookResult {
        using Chosen = std::decay_t<decltype(chosen)>;
        if constexpr (std::is_same_v<Chosen, MoodlePolicy>) {
          return detail::compute_moodle(tree, grades, chosen);
        } else if constexpr (std::is_same_v<Chosen, CanvasPolicy>) {
          return detail::compute_canvas(tree, grades, chosen);
        } else {
          return detail::compute_ukrainian(tree, grades, chosen);
        }
      },
      policy);
}

}  // namespace

GradebookResult compute(const Gradebook& book, std::span<const Grade> grades,
                        const Policy& policy) {
  const detail::Tree tree = detail::build_tree(book);
  detail::check_grade_count(tree, grades);
  return compute_validated(tree, grades, policy);
}

std::vector<GradebookResult> compute_class(const Gradebook& book, std::span<const Grade> grades,
                                           const Policy& policy) {
  const detail::Tree tree = detail::build_tree(book);
  const std::size_t per_student = book.items.size();
  if (per_student == 0 ? !grades.empty() : grades.size() % per_student != 0) {
    grading::detail::fail(Errc::invalid, "the class grades (" + std::to_string(grades.size()) +
                                             ") are not a whole number of students × " +
                                             std::to_string(per_student) + " items");
  }
  std::vector<GradebookResult> results;
  if (per_student == 0) return results;
  const std::size_t students = grades.size() / per_student;
  results.reserve(students);
  for (std::size_t s = 0; s < students; ++s) {
    results.push_back(
        compute_validated(tree, grades.subspan(s * per_student, per_student), policy));
  }
  return results;
}

}  // namespace ejournal::grading::gradebook
