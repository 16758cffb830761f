// The students × items grades table: ej_gradebook_grades_*.
#include <cstddef>
#include <memory>

#include "ejournal/grading/gradebook.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "handles.hpp"

namespace capi = ejournal::capi;
namespace gradebook = ejournal::grading::gradebook;

namespace {

constexpr std::uint32_t kKnownGradeFlags =
    EJ_GRADEBOOK_GRADE_EXCLUDED | EJ_GRADEBOOK_GRADE_EXCUSED | EJ_GRADEBOOK_GRADE_PENDING_REVIEW |
    EJ_GRADEBOOK_GRADE_HIDDEN;

gradebook::Grade& cell(ej_gradebook_grades& grades, int32_t student, int32_t item) {
  const std::size_t row = capi::read_index(student, grades.students, "students");
  const std::size_t column = capi::read_index(item, grades.items, "items");
  return grades.cells[row * grades.items + column];
}

}  // namespace

extern "C" {

int ej_gradebook_grades_new(ej_gradebook_grades** out, const ej_gradebook* book, int32_t students) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(book, "book");
    if (students < 0) {
      capi::fail_invalid("argument 'students' is negative (" + std::to_string(students) + ")");
    }
    auto grades = std::make_unique<ej_gradebook_grades>();
    grades->students = static_cast<std::size_t>(students);
    grades->items = book->book.items.size();
    grades->cells.resize(grades->students * grades->items);
    *out = grades.release();
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_gradebook_grades_free(ej_gradebook_grades* grades) {
  delete grades;
}

int ej_gradebook_grades_set_score(ej_gradebook_grades* grades, int32_t student, int32_t item,
                                  double score) {
  return capi::guarded([&] {
    capi::require(grades, "grades");
    gradebook::Grade& grade = cell(*grades, student, item);
    grade.score = capi::read_double(score, "score");
    return EJ_OK;
  });
}

int ej_gradebook_grades_set_empty(ej_gradebook_grades* grades, int32_t student, int32_t item) {
  return capi::guarded([&] {
    capi::require(grades, "grades");
    cell(*grades, student, item).score.reset();
    return EJ_OK;
  });
}

int ej_gradebook_grades_set_flags(ej_gradebook_grades* grades, int32_t student, int32_t item,
                                  uint32_t flags) {
  return capi::guarded([&] {
    capi::require(grades, "grades");
    capi::check_flags(flags, kKnownGradeFlags, "flags");
    gradebook::Grade& grade = cell(*grades, student, item);
    grade.excluded = (flags & EJ_GRADEBOOK_GRADE_EXCLUDED) != 0;
    grade.excused = (flags & EJ_GRADEBOOK_GRADE_EXCUSED) != 0;
    grade.pending_review = (flags & EJ_GRADEBOOK_GRADE_PENDING_REVIEW) != 0;
    grade.hidden = (flags & EJ_GRADEBOOK_GRADE_HIDDEN) != 0;
    return EJ_OK;
  });
}

}  // extern "C"
