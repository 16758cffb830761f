// The gradebook of one class — 30 students × 40 items in 4 categories — computed through the C
// API (ej_gradebook_compute_class for the class, ej_gradebook_compute student by student) beside
// the direct C++ calls it wraps: a Moodle course total (natural, with overridden weights and a
// few empty grades) and a Canvas final grade (weighted groups with drop rules).
//
// The "per_student" counter is the time per student's gradebook. Before timing, the program
// checks that the C API and the C++ core give every student the same total, and exits non-zero
// when they do not.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "ejournal.h"
#include "ejournal/grading/gradebook.hpp"

namespace {

namespace grading = ejournal::grading;
namespace gradebook = ejournal::grading::gradebook;

constexpr int kStudents = 30;
constexpr int kCategories = 4;
constexpr int kItemsPerCategory = 10;
constexpr int kItems = kCategories * kItemsPerCategory;

// One course described once, in the doubles a caller holds, and built both ways from that.
struct CategorySpec {
  std::string id;
  std::optional<double> weight;  // Moodle: a natural weight as a fraction; Canvas: percent
  bool weight_overridden = false;
  int drop_lowest = 0;
  int drop_highest = 0;
};

struct ItemSpec {
  std::string id;
  std::string category;
  double max = 100;
  std::optional<double> weight;
  bool weight_overridden = false;
  bool never_drop = false;
};

struct CourseSpec {
  std::vector<CategorySpec> categories;  // children of the root category "course"
  std::vector<ItemSpec> items;
  bool weighted_groups = false;
  std::vector<std::optional<double>> scores;  // students × items; nullopt = not graded
  std::int32_t policy = EJ_GRADEBOOK_POLICY_MOODLE;
  bool final_grade = false;
};

// Four categories of ten items whose maxima differ by category; every student's scores are a
// fixed pseudo-random pattern in half points, with two empty grades each.
CourseSpec class_shape() {
  static const char* const names[kCategories] = {"homework", "quizzes", "tests", "projects"};
  static const double maxima[kCategories] = {10, 20, 100, 50};
  CourseSpec spec;
  for (int c = 0; c < kCategories; ++c) {
    CategorySpec category;
    category.id = names[c];
    spec.categories.push_back(category);
    for (int i = 0; i < kItemsPerCategory; ++i) {
      ItemSpec item;
      item.id = std::string(names[c]) + "-" + std::to_string(i + 1);
      item.category = names[c];
      item.max = maxima[c];
      spec.items.push_back(item);
    }
  }
  std::uint32_t state = 12345;
  for (int s = 0; s < kStudents; ++s) {
    for (int i = 0; i < kItems; ++i) {
      state = state * 1664525u + 1013904223u;
      const double max = spec.items[static_cast<std::size_t>(i)].max;
      const auto half_points =
          static_cast<double>((state >> 8) % static_cast<std::uint32_t>(2 * max + 1));
      const bool empty = i == (s * 7) % kItems || i == (s * 13 + 5) % kItems;
      spec.scores.push_back(empty ? std::nullopt : std::optional<double>(half_points / 2));
    }
  }
  return spec;
}

// Moodle natural: tests fixed at 40 % of the course, one quiz at 20 % of its category, one
// project weighted 0; the other weights automatic.
CourseSpec moodle_course() {
  CourseSpec spec = class_shape();
  spec.categories[2].weight = 0.4;
  spec.categories[2].weight_overridden = true;
  spec.items[kItemsPerCategory].weight = 0.2;
  spec.items[kItemsPerCategory].weight_overridden = true;
  spec.items[kItems - 1].weight = 0;
  spec.items[kItems - 1].weight_overridden = true;
  spec.policy = EJ_GRADEBOOK_POLICY_MOODLE;
  return spec;
}

// Canvas final grade: groups weighted 40/30/20/10 %; homework drops its 2 lowest, quizzes their
// lowest and highest, tests their lowest but never the last test.
CourseSpec canvas_course() {
  CourseSpec spec = class_shape();
  spec.weighted_groups = true;
  const double weights[kCategories] = {40, 30, 20, 10};
  for (int c = 0; c < kCategories; ++c)
    spec.categories[static_cast<std::size_t>(c)].weight = weights[c];
  spec.categories[0].drop_lowest = 2;
  spec.categories[1].drop_lowest = 1;
  spec.categories[1].drop_highest = 1;
  spec.categories[2].drop_lowest = 1;
  spec.items[3 * kItemsPerCategory - 1].never_drop = true;
  spec.policy = EJ_GRADEBOOK_POLICY_CANVAS;
  spec.final_grade = true;
  return spec;
}

// The baseline: the C++ core's own types.
struct CoreCourse {
  gradebook::Gradebook book;
  std::vector<gradebook::Grade> grades;
  gradebook::Policy policy;
};

// A double the caller holds as the exact decimal it denotes, as the C API reads it.
std::optional<grading::Rational> exact(const std::optional<double>& value) {
  if (!value) return std::nullopt;
  return grading::Rational::from_double(*value);
}

CoreCourse to_core(const CourseSpec& spec) {
  CoreCourse course;
  course.book.weighted_groups = spec.weighted_groups;
  gradebook::Category root;
  root.id = "course";
  course.book.categories.push_back(root);
  for (const CategorySpec& given : spec.categories) {
    gradebook::Category category;
    category.id = given.id;
    category.parent = "course";
    category.drop_lowest = given.drop_lowest;
    category.drop_highest = given.drop_highest;
    category.weight = exact(given.weight);
    category.weight_overridden = given.weight_overridden;
    course.book.categories.push_back(std::move(category));
  }
  std::int64_t order = 0;
  for (const ItemSpec& given : spec.items) {
    gradebook::Item item;
    item.id = given.id;
    item.order = ++order;
    item.category = given.category;
    item.max = grading::Rational::from_double(given.max);
    item.weight = exact(given.weight);
    item.weight_overridden = given.weight_overridden;
    item.never_drop = given.never_drop;
    course.book.items.push_back(std::move(item));
  }
  for (const std::optional<double>& score : spec.scores) {
    gradebook::Grade grade;
    grade.score = exact(score);
    course.grades.push_back(grade);
  }
  if (spec.policy == EJ_GRADEBOOK_POLICY_MOODLE) {
    course.policy = gradebook::MoodlePolicy{};
  } else {
    course.policy = gradebook::CanvasPolicy{spec.final_grade};
  }
  return course;
}

// The same course through the C API, as a C caller holds it.
class CCourse {
 public:
  explicit CCourse(const CourseSpec& spec) : policy_(spec.policy) {
    options_.final_grade = spec.final_grade ? 1 : 0;
    ok_ = build(spec);
  }
  ~CCourse() {
    ej_gradebook_grades_free(grades_);
    ej_gradebook_free(book_);
  }
  CCourse(const CCourse&) = delete;
  CCourse& operator=(const CCourse&) = delete;

  [[nodiscard]] bool ok() const { return ok_; }

  // Every student's course total, through ej_gradebook_compute_class; false on failure.
  bool class_totals(std::vector<ej_rational>& totals) const {
    ej_gradebook_class_result* results = nullptr;
    if (ej_gradebook_compute_class(&results, book_, grades_, policy_, &options_) != EJ_OK) {
      return false;
    }
    bool ok = true;
    for (std::int32_t s = 0; s < kStudents && ok; ++s) {
      const ej_gradebook_result* result = nullptr;
      ok = ej_gradebook_class_result_get(&result, results, s) == EJ_OK &&
           ej_gradebook_result_total(&totals[static_cast<std::size_t>(s)], nullptr, nullptr,
                                     nullptr, result) == EJ_OK;
    }
    ej_gradebook_class_result_free(results);
    return ok;
  }

  // One student's course total, through ej_gradebook_compute; false on failure.
  bool student_total(std::int32_t student, ej_rational& total) const {
    ej_gradebook_result* result = nullptr;
    if (ej_gradebook_compute(&result, book_, grades_, student, policy_, &options_) != EJ_OK) {
      return false;
    }
    const int status = ej_gradebook_result_total(&total, nullptr, nullptr, nullptr, result);
    ej_gradebook_result_free(result);
    return status == EJ_OK;
  }

 private:
  bool build(const CourseSpec& spec) {
    if (ej_gradebook_new(&book_) != EJ_OK ||
        ej_gradebook_set_weighted_groups(book_, spec.weighted_groups ? 1 : 0) != EJ_OK ||
        ej_gradebook_add_category(book_, "course", nullptr, nullptr, nullptr) != EJ_OK) {
      return false;
    }
    for (const CategorySpec& category : spec.categories) {
      ej_category_options opts = EJ_CATEGORY_OPTIONS_INIT;
      opts.has_weight = category.weight ? 1 : 0;
      opts.weight = category.weight.value_or(0);
      opts.weight_overridden = category.weight_overridden ? 1 : 0;
      opts.drop_lowest = category.drop_lowest;
      opts.drop_highest = category.drop_highest;
      if (ej_gradebook_add_category(book_, category.id.c_str(), "course", nullptr, &opts) !=
          EJ_OK) {
        return false;
      }
    }
    std::int64_t order = 0;
    for (const ItemSpec& item : spec.items) {
      ej_item_options opts = EJ_ITEM_OPTIONS_INIT;
      opts.order = ++order;
      opts.max = item.max;
      opts.has_weight = item.weight ? 1 : 0;
      opts.weight = item.weight.value_or(0);
      opts.weight_overridden = item.weight_overridden ? 1 : 0;
      opts.never_drop = item.never_drop ? 1 : 0;
      if (ej_gradebook_add_item(book_, item.id.c_str(), item.category.c_str(), nullptr, nullptr,
                                &opts) != EJ_OK) {
        return false;
      }
    }
    if (ej_gradebook_grades_new(&grades_, book_, kStudents) != EJ_OK) return false;
    for (std::int32_t s = 0; s < kStudents; ++s) {
      for (std::int32_t i = 0; i < kItems; ++i) {
        const std::optional<double>& score = spec.scores[static_cast<std::size_t>(s * kItems + i)];
        if (score && ej_gradebook_grades_set_score(grades_, s, i, *score) != EJ_OK) return false;
      }
    }
    return true;
  }

  ej_gradebook* book_ = nullptr;
  ej_gradebook_grades* grades_ = nullptr;
  std::int32_t policy_;
  ej_gradebook_policy_options options_ = EJ_GRADEBOOK_POLICY_OPTIONS_INIT;
  bool ok_ = false;
};

// The two courses, built once and shared by every benchmark.
struct Prepared {
  CourseSpec spec;
  CoreCourse core;
  CCourse c_api;

  explicit Prepared(CourseSpec course)
      : spec(std::move(course)), core(to_core(spec)), c_api(spec) {}
};

enum class Which { moodle, canvas };

const Prepared& prepared(Which which) {
  static const Prepared moodle(moodle_course());
  static const Prepared canvas(canvas_course());
  return which == Which::moodle ? moodle : canvas;
}

std::span<const gradebook::Grade> student_grades(const CoreCourse& course, std::int32_t student) {
  return std::span<const gradebook::Grade>(course.grades)
      .subspan(static_cast<std::size_t>(student) * kItems, kItems);
}

bool totals_agree(const char* name, const Prepared& course) {
  if (!course.c_api.ok()) {
    std::fprintf(stderr, "%s: building the course failed: %s\n", name, ej_error_last()->message);
    return false;
  }
  std::vector<ej_rational> class_totals(kStudents);
  if (!course.c_api.class_totals(class_totals)) {
    std::fprintf(stderr, "%s: ej_gradebook_compute_class failed: %s\n", name,
                 ej_error_last()->message);
    return false;
  }
  const auto core_results =
      gradebook::compute_class(course.core.book, course.core.grades, course.core.policy);
  for (std::int32_t s = 0; s < kStudents; ++s) {
    ej_rational single{};
    if (!course.c_api.student_total(s, single)) {
      std::fprintf(stderr, "%s: ej_gradebook_compute failed: %s\n", name, ej_error_last()->message);
      return false;
    }
    const auto& expected = core_results[static_cast<std::size_t>(s)].total;
    const ej_rational& from_class = class_totals[static_cast<std::size_t>(s)];
    const bool same = expected && from_class.num == expected->numerator() &&
                      from_class.den == expected->denominator() && single.num == from_class.num &&
                      single.den == from_class.den;
    if (!same) {
      std::fprintf(stderr, "%s: student %d: C API class %lld/%lld, single %lld/%lld, core %s\n",
                   name, static_cast<int>(s), static_cast<long long>(from_class.num),
                   static_cast<long long>(from_class.den), static_cast<long long>(single.num),
                   static_cast<long long>(single.den),
                   expected ? expected->to_string().c_str() : "none");
      return false;
    }
  }
  return true;
}

// Time per student: `students` gradebooks per iteration.
void count_students(benchmark::State& state, int students) {
  state.counters["per_student"] = benchmark::Counter(
      students, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void class_c_api(benchmark::State& state, Which which) {
  const Prepared& course = prepared(which);
  std::vector<ej_rational> totals(kStudents);
  for (auto _ : state) {
    if (!course.c_api.class_totals(totals)) {
      state.SkipWithError(ej_error_last()->message);
      break;
    }
    benchmark::DoNotOptimize(totals.data());
  }
  count_students(state, kStudents);
}

void class_core_baseline(benchmark::State& state, Which which) {
  const CoreCourse& course = prepared(which).core;
  for (auto _ : state) {
    auto results = gradebook::compute_class(course.book, course.grades, course.policy);
    benchmark::DoNotOptimize(results.data());
  }
  count_students(state, kStudents);
}

void single_c_api(benchmark::State& state, Which which) {
  const Prepared& course = prepared(which);
  std::int32_t student = 0;
  for (auto _ : state) {
    ej_rational total{};
    if (!course.c_api.student_total(student, total)) {
      state.SkipWithError(ej_error_last()->message);
      break;
    }
    benchmark::DoNotOptimize(total);
    student = (student + 1) % kStudents;
  }
  count_students(state, 1);
}

void single_core_baseline(benchmark::State& state, Which which) {
  const CoreCourse& course = prepared(which).core;
  std::int32_t student = 0;
  for (auto _ : state) {
    auto result = gradebook::compute(course.book, student_grades(course, student), course.policy);
    benchmark::DoNotOptimize(result.total);
    student = (student + 1) % kStudents;
  }
  count_students(state, 1);
}

}  // namespace

BENCHMARK_CAPTURE(class_c_api, moodle_natural, Which::moodle);
BENCHMARK_CAPTURE(class_core_baseline, moodle_natural, Which::moodle);
BENCHMARK_CAPTURE(single_c_api, moodle_natural, Which::moodle);
BENCHMARK_CAPTURE(single_core_baseline, moodle_natural, Which::moodle);
BENCHMARK_CAPTURE(class_c_api, canvas_final_drops, Which::canvas);
BENCHMARK_CAPTURE(class_core_baseline, canvas_final_drops, Which::canvas);
BENCHMARK_CAPTURE(single_c_api, canvas_final_drops, Which::canvas);
BENCHMARK_CAPTURE(single_core_baseline, canvas_final_drops, Which::canvas);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  if (!totals_agree("moodle", prepared(Which::moodle)) ||
      !totals_agree("canvas", prepared(Which::canvas))) {
    return EXIT_FAILURE;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return EXIT_SUCCESS;
}
