// The cost of one small call: the mean of one student's 20 grades through the C API (ej_mean),
// the C++ core (mean_of_scaled), a plain integer loop, and the general grade-set path.
//
// Before timing, the program checks that all four give the same mean, and exits non-zero when
// they do not.
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "ejournal.h"
#include "ejournal/grading/bulk.hpp"

namespace {

namespace grading = ejournal::grading;

// One student's 20 grades of a semester: sum 193, mean 9.65.
constexpr std::array<std::int64_t, 20> student_grades{10, 9,  11, 8, 10, 9, 12, 10, 9, 10,
                                                      8,  11, 10, 9, 10, 9, 10, 11, 8, 9};
constexpr std::int64_t expected_hundredths = 965;
constexpr grading::RoundingPolicy two_decimals_half_up{grading::RoundingMode::half_up, 2};

// Each function computes the mean to 2 decimals, half up, in hundredths; false on failure.
bool mean_through_c_api(const std::array<std::int64_t, 20>& grades, std::int64_t& hundredths) {
  ej_decimal mean{};
  if (ej_mean(&mean, grades.data(), grades.size(), 0, EJ_ROUND_HALF_UP, 2) != EJ_OK) return false;
  hundredths = mean.units;
  return true;
}

std::int64_t mean_through_core(const std::array<std::int64_t, 20>& grades) {
  return grading::mean_of_scaled(grades, 0, two_decimals_half_up).units;
}

std::int64_t mean_by_plain_loop(const std::array<std::int64_t, 20>& grades) {
  std::int64_t sum = 0;
  for (const std::int64_t grade : grades) sum += grade;
  const auto count = static_cast<std::int64_t>(grades.size());
  return (200 * sum + count) / (2 * count);
}

// A grade set reused across calls, as a caller aggregating student after student would hold it.
struct GradesetPath {
  ej_gradeset* set = nullptr;
  ej_marks* marks = nullptr;
  ej_aggregate_options options = EJ_AGGREGATE_OPTIONS_INIT;

  GradesetPath() {
    options.target_min = 1.0;  // 12-point grades in, a 12-point mean out
    options.target_max = 12.0;
  }
  ~GradesetPath() {
    ej_gradeset_free(set);
    ej_marks_free(marks);
  }
  GradesetPath(const GradesetPath&) = delete;
  GradesetPath& operator=(const GradesetPath&) = delete;

  bool open() { return ej_gradeset_new(&set) == EJ_OK && ej_marks_ukrainian(&marks) == EJ_OK; }

  bool mean(const std::array<std::int64_t, 20>& grades, std::int64_t& hundredths) {
    if (ej_gradeset_clear(set) != EJ_OK) return false;
    for (const std::int64_t grade : grades) {
      if (ej_gradeset_add(set, nullptr, static_cast<double>(grade), 1.0, 12.0, 1.0) != EJ_OK) {
        return false;
      }
    }
    ej_aggregate_result* result = nullptr;
    if (ej_aggregate(&result, set, marks, &options) != EJ_OK) return false;
    ej_decimal mean{};
    const int status = ej_aggregate_result_value(&mean, nullptr, result);
    ej_aggregate_result_free(result);
    hundredths = mean.units;
    return status == EJ_OK;
  }
};

bool all_paths_agree() {
  std::int64_t c_api = 0;
  std::int64_t gradeset = 0;
  GradesetPath gradeset_path;
  if (!mean_through_c_api(student_grades, c_api) || !gradeset_path.open() ||
      !gradeset_path.mean(student_grades, gradeset)) {
    std::fprintf(stderr, "a C API call failed: %s\n", ej_error_last()->message);
    return false;
  }
  const std::int64_t core = mean_through_core(student_grades);
  const std::int64_t plain = mean_by_plain_loop(student_grades);
  if (c_api != expected_hundredths || gradeset != expected_hundredths ||
      core != expected_hundredths || plain != expected_hundredths) {
    std::fprintf(stderr,
                 "means differ (hundredths): ej_mean %lld, gradeset %lld, core %lld, "
                 "plain %lld, expected %lld\n",
                 static_cast<long long>(c_api), static_cast<long long>(gradeset),
                 static_cast<long long>(core), static_cast<long long>(plain),
                 static_cast<long long>(expected_hundredths));
    return false;
  }
  return true;
}

// DoNotOptimize(grades) on every iteration stops the compiler from computing the mean once and
// hoisting it out of the loop.
void mean_of_20_ej_mean(benchmark::State& state) {
  std::array<std::int64_t, 20> grades = student_grades;
  for (auto _ : state) {
    benchmark::DoNotOptimize(grades);
    std::int64_t hundredths = 0;
    if (!mean_through_c_api(grades, hundredths)) {
      state.SkipWithError(ej_error_last()->message);
      break;
    }
    benchmark::DoNotOptimize(hundredths);
  }
}

void mean_of_20_core_mean_of_scaled(benchmark::State& state) {
  std::array<std::int64_t, 20> grades = student_grades;
  for (auto _ : state) {
    benchmark::DoNotOptimize(grades);
    benchmark::DoNotOptimize(mean_through_core(grades));
  }
}

void mean_of_20_plain_loop_baseline(benchmark::State& state) {
  std::array<std::int64_t, 20> grades = student_grades;
  for (auto _ : state) {
    benchmark::DoNotOptimize(grades);
    benchmark::DoNotOptimize(mean_by_plain_loop(grades));
  }
}

void mean_of_20_gradeset_aggregate(benchmark::State& state) {
  GradesetPath gradeset_path;
  if (!gradeset_path.open()) {
    state.SkipWithError(ej_error_last()->message);
    return;
  }
  for (auto _ : state) {
    std::int64_t hundredths = 0;
    if (!gradeset_path.mean(student_grades, hundredths)) {
      state.SkipWithError(ej_error_last()->message);
      break;
    }
    benchmark::DoNotOptimize(hundredths);
  }
}

}  // namespace

BENCHMARK(mean_of_20_ej_mean);
BENCHMARK(mean_of_20_core_mean_of_scaled);
BENCHMARK(mean_of_20_plain_loop_baseline);
BENCHMARK(mean_of_20_gradeset_aggregate);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  if (!all_paths_agree()) return EXIT_FAILURE;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return EXIT_SUCCESS;
}
