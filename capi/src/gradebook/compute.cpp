// Computing under a policy: ej_gradebook_policy_options_init, ej_gradebook_compute,
// ej_gradebook_compute_class and the class result list.
#include <memory>
#include <span>
#include <string>
#include <utility>

#include "ejournal/grading/gradebook.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "handles.hpp"

namespace capi = ejournal::capi;
namespace gradebook = ejournal::grading::gradebook;

namespace {

gradebook::Policy read_policy(int32_t policy, const ej_gradebook_policy_options* opts) {
  const ej_gradebook_policy_options defaults = EJ_GRADEBOOK_POLICY_OPTIONS_INIT;
  const ej_gradebook_policy_options& given = opts != nullptr ? *opts : defaults;
  // Version 1 is the only layout so far, so every field below exists in the caller's struct.
  capi::check_options_version(given.version, EJ_GRADEBOOK_POLICY_OPTIONS_VERSION, "opts->version");
  // Every field is checked whichever policy reads it, so that a garbage field never hides.
  const bool exclude_hidden = capi::read_bool(given.exclude_hidden, "opts->exclude_hidden");
  const bool final_grade = capi::read_bool(given.final_grade, "opts->final_grade");
  const auto rounding = capi::read_rounding_mode(given.rounding_mode, "opts->rounding_mode");
  switch (policy) {
    case EJ_GRADEBOOK_POLICY_MOODLE: return gradebook::MoodlePolicy{exclude_hidden};
    case EJ_GRADEBOOK_POLICY_CANVAS: return gradebook::CanvasPolicy{final_grade};
    case EJ_GRADEBOOK_POLICY_UKRAINIAN: return gradebook::UkrainianPolicy{rounding};
    default: break;
  }
  capi::fail_invalid("argument 'policy' is not an ej_gradebook_policy (" + std::to_string(policy) +
                     ")");
}

// The grades of every student; refused when the book gained items after the table was made.
std::span<const gradebook::Grade> class_grades(const ej_gradebook& book,
                                               const ej_gradebook_grades& grades) {
  if (grades.items != book.book.items.size()) {
    capi::fail_invalid("the grades were made for " + std::to_string(grades.items) +
                       " items, but the gradebook has " + std::to_string(book.book.items.size()));
  }
  return grades.cells;
}

}  // namespace

extern "C" {

int ej_gradebook_policy_options_init(ej_gradebook_policy_options* opts, uint32_t version) {
  return capi::init_options(opts, version,
                            ej_gradebook_policy_options EJ_GRADEBOOK_POLICY_OPTIONS_INIT);
}

int ej_gradebook_compute(ej_gradebook_result** out, const ej_gradebook* book,
                         const ej_gradebook_grades* grades, int32_t student, int32_t policy,
                         const ej_gradebook_policy_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(book, "book");
    capi::require(grades, "grades");
    const gradebook::Policy chosen = read_policy(policy, opts);
    const std::span<const gradebook::Grade> all = class_grades(*book, *grades);
    const std::size_t row = capi::read_index(student, grades->students, "students");
    const auto student_grades = all.subspan(row * grades->items, grades->items);
    *out = new ej_gradebook_result{gradebook::compute(book->book, student_grades, chosen)};
    return EJ_OK;
  });
}

int ej_gradebook_compute_class(ej_gradebook_class_result** out, const ej_gradebook* book,
                               const ej_gradebook_grades* grades, int32_t policy,
                               const ej_gradebook_policy_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(book, "book");
    capi::require(grades, "grades");
    const gradebook::Policy chosen = read_policy(policy, opts);
    auto computed = gradebook::compute_class(book->book, class_grades(*book, *grades), chosen);
    auto results = std::make_unique<ej_gradebook_class_result>();
    results->students.reserve(computed.size());
    for (gradebook::GradebookResult& result : computed) {
      results->students.push_back(ej_gradebook_result{std::move(result)});
    }
    *out = results.release();
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_gradebook_class_result_free(ej_gradebook_class_result* results) {
  delete results;
}

int ej_gradebook_class_result_count(int32_t* out, const ej_gradebook_class_result* results) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(results, "results");
    *out = capi::to_int32(results->students.size(), "the number of students");
    return EJ_OK;
  });
}

int ej_gradebook_class_result_get(const ej_gradebook_result** out,
                                  const ej_gradebook_class_result* results, int32_t student) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(results, "results");
    const auto& students = results->students;
    *out = &students[capi::read_index(student, students.size(), "students")];
    return EJ_OK;
  });
}

}  // extern "C"
