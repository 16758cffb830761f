// Bulk aggregation over columns: the C API's two bulk paths beside a naive std::map accumulation
// and a hand-tight run-length loop, all over the same rows, held both as int64 and as int32
// columns (the _i32 functions read half the bytes per row).
//
// Rows: EJ_BENCH_ROWS (default 10 000 000) grades 1…12 drawn uniformly from a fixed-seed PRNG,
// about 100 per group, group ids ascending. Before timing, the program checks that every C API
// path and the int32 hand-tight loop agree with the int64 hand-tight loop on every group, and
// exits non-zero when they do not.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <vector>

#include "ejournal.h"

namespace {

constexpr std::int64_t default_row_count = 10'000'000;

struct GradeColumns {
  std::vector<std::int64_t> groups;
  std::vector<std::int64_t> values;
  std::vector<std::int32_t> groups32;  // the same rows as int32
  std::vector<std::int32_t> values32;
  std::size_t group_count = 0;

  [[nodiscard]] std::int64_t rows() const { return static_cast<std::int64_t>(values.size()); }
};

std::int64_t row_count_from_environment() {
  const char* text = std::getenv("EJ_BENCH_ROWS");
  if (text == nullptr || *text == '\0') return default_row_count;
  char* end = nullptr;
  const long long rows = std::strtoll(text, &end, 10);
  if (*end != '\0' || rows <= 0) {
    std::fprintf(stderr, "EJ_BENCH_ROWS must be a positive integer, not '%s'\n", text);
    std::exit(EXIT_FAILURE);
  }
  return rows;
}

GradeColumns make_grade_columns(std::int64_t rows) {
  std::mt19937_64 random(20250901);  // fixed seed: every run times the same data
  GradeColumns columns;
  columns.groups.reserve(static_cast<std::size_t>(rows));
  columns.values.reserve(static_cast<std::size_t>(rows));
  std::int64_t group = 1000;
  while (columns.rows() < rows) {
    // Sizes vary (50…150, about 100) so that group boundaries are not predictable.
    const auto group_size = static_cast<std::int64_t>(50 + random() % 101);
    group += static_cast<std::int64_t>(1 + random() % 3);  // ascending ids with gaps
    for (std::int64_t k = 0; k < group_size && columns.rows() < rows; ++k) {
      columns.groups.push_back(group);
      columns.values.push_back(static_cast<std::int64_t>(1 + random() % 12));
    }
    ++columns.group_count;
  }
  columns.groups32.assign(columns.groups.begin(), columns.groups.end());
  columns.values32.assign(columns.values.begin(), columns.values.end());
  return columns;
}

const GradeColumns& grade_columns() {
  static const GradeColumns columns = make_grade_columns(row_count_from_environment());
  return columns;
}

// Per-group results of the baselines, laid out like the C API's result columns.
struct GroupMeans {
  std::vector<std::int64_t> groups;
  std::vector<std::int64_t> counts;
  std::vector<std::int64_t> sums;
  std::vector<std::int64_t> hundredths;  // the mean to 2 decimals, half up

  void reserve(std::size_t group_count) {
    groups.reserve(group_count);
    counts.reserve(group_count);
    sums.reserve(group_count);
    hundredths.reserve(group_count);
  }
  void clear() {
    groups.clear();
    counts.clear();
    sums.clear();
    hundredths.clear();
  }
  void append(std::int64_t group, std::int64_t count, std::int64_t sum) {
    groups.push_back(group);
    counts.push_back(count);
    sums.push_back(sum);
    // round(100·sum/count) half up in integers; sum and count are positive.
    hundredths.push_back((200 * sum + count) / (2 * count));
  }
};

// (c) What one writes first: a sorted map from group to running totals.
void naive_map_means(const GradeColumns& columns, GroupMeans& out) {
  struct Totals {
    std::int64_t sum = 0;
    std::int64_t count = 0;
  };
  std::map<std::int64_t, Totals> totals;
  for (std::size_t row = 0; row < columns.values.size(); ++row) {
    Totals& group_totals = totals[columns.groups[row]];
    group_totals.sum += columns.values[row];
    ++group_totals.count;
  }
  out.clear();
  for (const auto& [group, group_totals] : totals) {
    out.append(group, group_totals.count, group_totals.sum);
  }
}

// (d) The best plain loop for grouped rows: one pass, sum each run of equal group ids.
template <class T>
void hand_tight_loop(const std::vector<T>& group_column, const std::vector<T>& value_column,
                     GroupMeans& out) {
  out.clear();
  const T* groups = group_column.data();
  const T* values = value_column.data();
  const std::size_t rows = value_column.size();
  std::size_t row = 0;
  while (row < rows) {
    const T group = groups[row];
    const std::size_t first = row;
    std::int64_t sum = 0;
    for (; row < rows && groups[row] == group; ++row) sum += values[row];
    out.append(group, static_cast<std::int64_t>(row - first), sum);
  }
}

void hand_tight_means(const GradeColumns& columns, GroupMeans& out) {
  hand_tight_loop(columns.groups, columns.values, out);
}

void hand_tight_means_i32(const GradeColumns& columns, GroupMeans& out) {
  hand_tight_loop(columns.groups32, columns.values32, out);
}

const std::int64_t* result_column(const ej_bulk_result* result, ej_bulk_column column) {
  const std::int64_t* data = nullptr;
  return ej_bulk_result_column(&data, result, column) == EJ_OK ? data : nullptr;
}

// Compares a C API result with the hand-tight loop's; `semester` reads ROUNDED as whole grades.
bool agrees_with(const ej_bulk_result* result, const GroupMeans& expected, bool semester) {
  std::int64_t group_count = 0;
  if (ej_bulk_result_info(&group_count, nullptr, result) != EJ_OK ||
      group_count != static_cast<std::int64_t>(expected.groups.size())) {
    std::fprintf(stderr, "group count %lld, expected %zu\n", static_cast<long long>(group_count),
                 expected.groups.size());
    return false;
  }
  const std::int64_t* groups = result_column(result, EJ_BULK_GROUP);
  const std::int64_t* counts = result_column(result, EJ_BULK_COUNT);
  const std::int64_t* sums = result_column(result, EJ_BULK_SUM);
  const std::int64_t* rounded = result_column(result, EJ_BULK_ROUNDED);
  const std::int64_t* has_value = result_column(result, EJ_BULK_HAS_VALUE);
  if (!groups || !counts || !sums || !rounded || !has_value) {
    std::fprintf(stderr, "a result column is missing: %s\n", ej_error_last()->message);
    return false;
  }
  for (std::size_t i = 0; i < expected.groups.size(); ++i) {
    const std::int64_t count = expected.counts[i];
    const std::int64_t expected_rounded =
        semester ? (2 * expected.sums[i] + count) / (2 * count) : expected.hundredths[i];
    if (groups[i] != expected.groups[i] || counts[i] != count || sums[i] != expected.sums[i] ||
        rounded[i] != expected_rounded || has_value[i] != 1) {
      std::fprintf(stderr,
                   "group #%zu differs: got id %lld count %lld sum %lld rounded %lld, expected id "
                   "%lld count %lld sum %lld rounded %lld\n",
                   i, static_cast<long long>(groups[i]), static_cast<long long>(counts[i]),
                   static_cast<long long>(sums[i]), static_cast<long long>(rounded[i]),
                   static_cast<long long>(expected.groups[i]), static_cast<long long>(count),
                   static_cast<long long>(expected.sums[i]),
                   static_cast<long long>(expected_rounded));
      return false;
    }
  }
  return true;
}

int bulk_mean(ej_bulk_result** out, const GradeColumns& columns) {
  const ej_bulk_options options = EJ_BULK_OPTIONS_INIT;  // mean, rounded half up to 2 decimals
  return ej_bulk_aggregate(out, columns.groups.data(), columns.values.data(), nullptr, nullptr,
                           columns.rows(), &options);
}

int bulk_semester(ej_bulk_result** out, const GradeColumns& columns) {
  return ej_ua_bulk_suggest_semester(out, columns.groups.data(), columns.values.data(), nullptr,
                                     columns.rows(), EJ_ROUND_HALF_UP);
}

int bulk_mean_i32(ej_bulk_result** out, const GradeColumns& columns) {
  const ej_bulk_options options = EJ_BULK_OPTIONS_INIT;
  return ej_bulk_aggregate_i32(out, columns.groups32.data(), columns.values32.data(), nullptr,
                               nullptr, columns.rows(), &options);
}

int bulk_semester_i32(ej_bulk_result** out, const GradeColumns& columns) {
  return ej_ua_bulk_suggest_semester_i32(out, columns.groups32.data(), columns.values32.data(),
                                         nullptr, columns.rows(), EJ_ROUND_HALF_UP);
}

// Runs every C API path once, outside any timing, and checks them and the int32 hand-tight loop
// against the int64 hand-tight loop.
bool c_api_agrees_with_hand_tight_loop() {
  const GradeColumns& columns = grade_columns();
  GroupMeans expected;
  hand_tight_means(columns, expected);
  GroupMeans from_int32;
  hand_tight_means_i32(columns, from_int32);
  if (from_int32.groups != expected.groups || from_int32.counts != expected.counts ||
      from_int32.sums != expected.sums || from_int32.hundredths != expected.hundredths) {
    std::fprintf(stderr, "the int32 hand-tight loop disagrees with the int64 one\n");
    return false;
  }
  const struct {
    const char* name;
    int (*run)(ej_bulk_result**, const GradeColumns&);
    bool semester;
  } paths[] = {{"ej_bulk_aggregate", bulk_mean, false},
               {"ej_ua_bulk_suggest_semester", bulk_semester, true},
               {"ej_bulk_aggregate_i32", bulk_mean_i32, false},
               {"ej_ua_bulk_suggest_semester_i32", bulk_semester_i32, true}};
  for (const auto& path : paths) {
    ej_bulk_result* result = nullptr;
    if (path.run(&result, columns) != EJ_OK) {
      std::fprintf(stderr, "%s failed: %s\n", path.name, ej_error_last()->message);
      return false;
    }
    const bool agrees = agrees_with(result, expected, path.semester);
    ej_bulk_result_free(result);
    if (!agrees) {
      std::fprintf(stderr, "%s disagrees with the hand-tight loop\n", path.name);
      return false;
    }
  }
  return true;
}

template <int (*Run)(ej_bulk_result**, const GradeColumns&)>
void time_c_api(benchmark::State& state) {
  const GradeColumns& columns = grade_columns();
  for (auto _ : state) {
    ej_bulk_result* result = nullptr;
    if (Run(&result, columns) != EJ_OK) {
      state.SkipWithError(ej_error_last()->message);
      break;
    }
    benchmark::DoNotOptimize(result);
    ej_bulk_result_free(result);
  }
  state.SetItemsProcessed(state.iterations() * columns.rows());
}

template <void (*Run)(const GradeColumns&, GroupMeans&)>
void time_baseline(benchmark::State& state) {
  const GradeColumns& columns = grade_columns();
  GroupMeans means;
  means.reserve(columns.group_count);
  for (auto _ : state) {
    Run(columns, means);
    benchmark::DoNotOptimize(means.hundredths.data());
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(state.iterations() * columns.rows());
}

void bulk_mean_c_api(benchmark::State& state) {
  time_c_api<bulk_mean>(state);
}
void bulk_semester_c_api(benchmark::State& state) {
  time_c_api<bulk_semester>(state);
}
void bulk_mean_std_map_baseline(benchmark::State& state) {
  time_baseline<naive_map_means>(state);
}
void bulk_mean_hand_tight_baseline(benchmark::State& state) {
  time_baseline<hand_tight_means>(state);
}
void bulk_mean_c_api_i32(benchmark::State& state) {
  time_c_api<bulk_mean_i32>(state);
}
void bulk_semester_c_api_i32(benchmark::State& state) {
  time_c_api<bulk_semester_i32>(state);
}
void bulk_mean_hand_tight_baseline_i32(benchmark::State& state) {
  time_baseline<hand_tight_means_i32>(state);
}

}  // namespace

BENCHMARK(bulk_mean_c_api)->Unit(benchmark::kMillisecond);
BENCHMARK(bulk_semester_c_api)->Unit(benchmark::kMillisecond);
BENCHMARK(bulk_mean_std_map_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(bulk_mean_hand_tight_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(bulk_mean_c_api_i32)->Unit(benchmark::kMillisecond);
BENCHMARK(bulk_semester_c_api_i32)->Unit(benchmark::kMillisecond);
BENCHMARK(bulk_mean_hand_tight_baseline_i32)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  if (!c_api_agrees_with_hand_tight_loop()) return EXIT_FAILURE;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return EXIT_SUCCESS;
}
