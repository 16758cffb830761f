// Bulk aggregation over columns and the allocation-free mean.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "ejournal/grading/bulk.hpp"
#include "test_support.hpp"

namespace ejournal::grading {
namespace {

using testing::fails_with;
using testing::frac;

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

using Column = std::vector<std::int64_t>;
using Flags = std::vector<std::uint8_t>;

BulkOptions options_for(Method method, int decimals = 2) {
  BulkOptions options;
  options.method = method;
  options.rounding = {RoundingMode::half_up, decimals};
  return options;
}

TEST(MeanOfScaled, ExactMeanRoundedOnce) {
  const Column hundredths = {1050, 950};
  EXPECT_EQ(mean_of_scaled(hundredths, 2, {RoundingMode::half_up, 2}), (Decimal{1000, 2}));
  const Column nine_ten = {9, 10};
  EXPECT_EQ(mean_of_scaled(nine_ten, 0, {RoundingMode::half_up, 0}), (Decimal{10, 0}));
  EXPECT_EQ(mean_of_scaled(nine_ten, 0, {RoundingMode::half_even, 0}), (Decimal{10, 0}));
  EXPECT_EQ(mean_of_scaled(nine_ten, 0, {RoundingMode::floor, 0}), (Decimal{9, 0}));
  const Column ten_eleven = {10, 11};
  EXPECT_EQ(mean_of_scaled(ten_eleven, 0, {RoundingMode::half_even, 0}), (Decimal{10, 0}));
  EXPECT_EQ(mean_of_scaled(ten_eleven, 0, {RoundingMode::half_up, 0}), (Decimal{11, 0}));
  const Column thirds = {8, 9, 9};
  EXPECT_EQ(mean_of_scaled(thirds, 0, {RoundingMode::half_up, 2}), (Decimal{867, 2}));
  const Column negative = {-25, -30};
  EXPECT_EQ(mean_of_scaled(negative, 1, {RoundingMode::half_up, 1}), (Decimal{-28, 1}));
  const Column huge = {kInt64Max, kInt64Max, kInt64Max};
  EXPECT_EQ(mean_of_scaled(huge, 0, {RoundingMode::half_up, 0}), (Decimal{kInt64Max, 0}));
}

TEST(MeanOfScaled, Errors) {
  const Column values = {1, 2};
  EXPECT_TRUE(fails_with([] { mean_of_scaled({}, 0, {}); }, Errc::empty, {"no values"}));
  EXPECT_TRUE(
      fails_with([&] { mean_of_scaled(values, 10, {}); }, Errc::invalid, {"value scale 10"}));
  EXPECT_TRUE(
      fails_with([&] { mean_of_scaled(values, -1, {}); }, Errc::invalid, {"value scale -1"}));
  EXPECT_TRUE(fails_with(
      [&] {
        mean_of_scaled(values, 0, {RoundingMode::half_up, 19});
      },
      Errc::invalid, {"19 decimals"}));
  const Column huge = {kInt64Max};
  EXPECT_TRUE(fails_with(
      [&] {
        mean_of_scaled(huge, 0, {RoundingMode::half_up, 1});
      },
      Errc::range));
}

// Five rows in two groups: {9, 10, 12} and {7, 8}.
struct SmallTable {
  Column groups = {1, 1, 1, 2, 2};
  Column values = {9, 10, 12, 7, 8};
  Column weights = {1, 2, 1, 0, 3};
};

TEST(AggregateBulk, MeanPerGroup) {
  const SmallTable t;
  const BulkResult result = aggregate_bulk({t.groups, t.values}, options_for(Method::mean));
  EXPECT_EQ(result.groups, (Column{1, 2}));
  EXPECT_EQ(result.counts, (Column{3, 2}));
  EXPECT_EQ(result.sums, (Column{31, 15}));
  EXPECT_EQ(result.weight_sums, (Column{3, 2}));
  EXPECT_EQ(result.rounded, (Column{1033, 750}));
  EXPECT_EQ(result.has_value, (Flags{1, 1}));
  EXPECT_EQ(result.scale, 2);
}

TEST(AggregateBulk, LowestHighestAndSum) {
  const SmallTable t;
  EXPECT_EQ(aggregate_bulk({t.groups, t.values}, options_for(Method::lowest)).rounded,
            (Column{900, 700}));
  EXPECT_EQ(aggregate_bulk({t.groups, t.values}, options_for(Method::highest)).rounded,
            (Column{1200, 800}));
  EXPECT_EQ(aggregate_bulk({t.groups, t.values}, options_for(Method::sum, 0)).rounded,
            (Column{31, 15}));
}

TEST(AggregateBulk, WeightedMeanSkipsZeroWeights) {
  const SmallTable t;
  const BulkResult result =
      aggregate_bulk({t.groups, t.values, t.weights}, options_for(Method::weighted_mean));
  EXPECT_EQ(result.counts, (Column{3, 1}));
  EXPECT_EQ(result.sums, (Column{41, 24}));
  EXPECT_EQ(result.weight_sums, (Column{4, 3}));
  EXPECT_EQ(result.rounded, (Column{1025, 800}));
  const BulkResult sum = aggregate_bulk({t.groups, t.values, t.weights}, options_for(Method::sum));
  EXPECT_EQ(sum.rounded, (Column{4100, 2400}));
}

TEST(AggregateBulk, UnweightedMethodsDoNotReadWeights) {
  const SmallTable t;
  const Column negative = {-1, -1, -1, -1, -1};
  const BulkResult result =
      aggregate_bulk({t.groups, t.values, negative}, options_for(Method::mean));
  EXPECT_EQ(result.rounded, (Column{1033, 750}));
}

TEST(AggregateBulk, SkippedRowsDoNotCount) {
  const Column groups = {1, 1, 2, 2, 3};
  const Column values = {10, 99, 5, 6, 0};
  const Flags skip = {0, 1, 1, 1, 0};
  BulkOptions options = options_for(Method::mean, 1);
  options.value_min = 0;
  options.value_max = 12;
  const BulkResult result = aggregate_bulk({groups, values, {}, skip}, options);
  EXPECT_EQ(result.groups, (Column{1, 2, 3}));
  EXPECT_EQ(result.counts, (Column{1, 0, 1}));
  EXPECT_EQ(result.has_value, (Flags{1, 0, 1}));
  EXPECT_EQ(result.rounded, (Column{100, 0, 0}));
  EXPECT_EQ(result.sums, (Column{10, 0, 0}));
}

TEST(AggregateBulk, ScaledValuesAndWeights) {
  const Column groups = {7, 7};
  const Column values = {1050, 925};  // 10.50 and 9.25
  const Column weights = {15, 5};     // 1.5 and 0.5
  BulkColumns columns{groups, values, weights, {}, 2, 1};
  const BulkResult weighted = aggregate_bulk(columns, options_for(Method::weighted_mean, 3));
  EXPECT_EQ(weighted.sums, (Column{15750 + 4625}));  // units of 10^-3
  EXPECT_EQ(weighted.weight_sums, (Column{20}));     // units of 10^-1
  EXPECT_EQ(weighted.rounded, (Column{10188}));      // 10.1875 → 10.188
  const BulkResult sum = aggregate_bulk(columns, options_for(Method::sum, 2));
  EXPECT_EQ(sum.rounded, (Column{2038}));  // 20.375 → 20.38
  // Without a weights column every weight is 1 = 10 units of 10^-1.
  columns.weights = {};
  const BulkResult mean = aggregate_bulk(columns, options_for(Method::mean, 3));
  EXPECT_EQ(mean.sums, (Column{19750}));
  EXPECT_EQ(mean.weight_sums, (Column{20}));
  EXPECT_EQ(mean.rounded, (Column{9875}));
  EXPECT_EQ(aggregate_bulk(columns, options_for(Method::lowest, 1)).rounded, (Column{93}));
}

TEST(AggregateBulk, GroupsInOrderOfFirstAppearance) {
  const Column interleaved = {5, 3, 5, 9, 3};
  const Column values = {1, 2, 3, 4, 5};
  const BulkResult result = aggregate_bulk({interleaved, values}, options_for(Method::sum, 0));
  EXPECT_EQ(result.groups, (Column{5, 3, 9}));
  EXPECT_EQ(result.rounded, (Column{4, 7, 4}));
  EXPECT_EQ(result.counts, (Column{2, 2, 1}));

  const Column descending = {9, 9, 5, 5, 1};
  const BulkResult grouped = aggregate_bulk({descending, values}, options_for(Method::sum, 0));
  EXPECT_EQ(grouped.groups, (Column{9, 5, 1}));
  EXPECT_EQ(grouped.rounded, (Column{3, 7, 5}));
}

TEST(AggregateBulk, NoRowsGiveNoGroups) {
  const BulkResult result = aggregate_bulk({}, options_for(Method::mean, 3));
  EXPECT_TRUE(result.groups.empty());
  EXPECT_TRUE(result.rounded.empty());
  EXPECT_EQ(result.scale, 3);
}

struct Expected {
  std::int64_t count = 0;
  Int128 sum = 0;
  Int128 weight_sum = 0;
  std::int64_t low = kInt64Max;
  std::int64_t high = std::numeric_limits<std::int64_t>::min();
};

// Independent per-group reference: a map, exact rationals, round().
std::map<std::int64_t, Expected> reference(const Column& groups, const Column& values,
                                           const Column& weights, const Flags& skip) {
  std::map<std::int64_t, Expected> result;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    Expected& e = result[groups[i]];
    if (skip[i] != 0 || weights[i] == 0) continue;
    ++e.count;
    e.sum += static_cast<Int128>(weights[i]) * values[i];
    e.weight_sum += weights[i];
    e.low = std::min(e.low, values[i]);
    e.high = std::max(e.high, values[i]);
  }
  return result;
}

// Checks every bulk method on the columns (value scale 2, weight scale 1) against reference().
void expect_matches_reference(const Column& groups, const Column& values, const Column& weights,
                              const Flags& skip) {
  const auto weighted = reference(groups, values, weights, skip);
  // Mean, lowest and highest read no weights: each is 1, i.e. 10 units at weight scale 1.
  const auto unweighted = reference(groups, values, Column(groups.size(), 10), skip);
  Column first_appearance;
  for (const std::int64_t group : groups) {
    if (std::find(first_appearance.begin(), first_appearance.end(), group) ==
        first_appearance.end()) {
      first_appearance.push_back(group);
    }
  }
  const BulkColumns columns{groups, values, weights, skip, 2, 1};
  for (const Method method :
       {Method::mean, Method::weighted_mean, Method::sum, Method::lowest, Method::highest}) {
    const BulkResult result = aggregate_bulk(columns, options_for(method, 3));
    const bool reads_weights = method == Method::weighted_mean || method == Method::sum;
    const auto& expected = reads_weights ? weighted : unweighted;
    ASSERT_EQ(result.groups, first_appearance) << static_cast<int>(method);
    for (std::size_t g = 0; g < result.groups.size(); ++g) {
      const Expected& e = expected.at(result.groups[g]);
      ASSERT_EQ(result.counts[g], e.count);
      ASSERT_EQ(result.has_value[g], e.count > 0 ? 1 : 0);
      ASSERT_EQ(result.sums[g], static_cast<std::int64_t>(e.sum));
      ASSERT_EQ(result.weight_sums[g], static_cast<std::int64_t>(e.weight_sum));
      if (e.count == 0) {
        ASSERT_EQ(result.rounded[g], 0);
        continue;
      }
      Rational exact;
      switch (method) {
        case Method::sum: exact = frac(e.sum, 1000); break;
        case Method::lowest: exact = frac(e.low, 100); break;
        case Method::highest: exact = frac(e.high, 100); break;
        default: exact = frac(e.sum, e.weight_sum * 100); break;
      }
      ASSERT_EQ(result.rounded[g], round(exact, {RoundingMode::half_up, 3}).units)
          << "group " << result.groups[g] << " method " << static_cast<int>(method);
    }
  }
}

struct RandomColumns {
  Column groups, values, weights;
  Flags skip;
};

RandomColumns random_columns(std::mt19937_64& random, std::size_t rows, std::int64_t group_count) {
  std::uniform_int_distribution<std::int64_t> group_ids(0, group_count - 1);
  std::uniform_int_distribution<std::int64_t> values_of(-5000, 5000);
  std::uniform_int_distribution<std::int64_t> weights_of(0, 40);
  std::uniform_int_distribution<int> percent(0, 99);
  RandomColumns c;
  for (std::size_t i = 0; i < rows; ++i) {
    c.groups.push_back(group_ids(random));
    c.values.push_back(values_of(random));
    c.weights.push_back(weights_of(random));
    c.skip.push_back(percent(random) < 10 ? 1 : 0);
  }
  return c;
}

// The rows of `c` ordered by group id, rows of one group in their original order.
RandomColumns sorted_by_group(const RandomColumns& c) {
  std::vector<std::size_t> order(c.groups.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return c.groups[a] < c.groups[b]; });
  RandomColumns sorted;
  for (const std::size_t i : order) {
    sorted.groups.push_back(c.groups[i]);
    sorted.values.push_back(c.values[i]);
    sorted.weights.push_back(c.weights[i]);
    sorted.skip.push_back(c.skip[i]);
  }
  return sorted;
}

TEST(AggregateBulk, UnsortedRowsAgreeWithAReference) {
  std::mt19937_64 random(123456);
  const RandomColumns c = random_columns(random, 20000, 300);
  expect_matches_reference(c.groups, c.values, c.weights, c.skip);
}

TEST(AggregateBulk, SortedRowsAgreeWithAReference) {
  std::mt19937_64 random(654321);
  const RandomColumns c = random_columns(random, 30000, 9000);
  RandomColumns sorted = sorted_by_group(c);
  expect_matches_reference(sorted.groups, sorted.values, sorted.weights, sorted.skip);
  // Grouped but in descending order.
  std::reverse(sorted.groups.begin(), sorted.groups.end());
  std::reverse(sorted.values.begin(), sorted.values.end());
  expect_matches_reference(sorted.groups, sorted.values, sorted.weights, sorted.skip);
}

TEST(AggregateBulk, GroupsWrittenInOrderAreReopenedByALaterRun) {
  // 6000 groups in increasing order (past the point where the columns are sized), then rows of
  // early, middle and new groups.
  std::mt19937_64 random(77);
  RandomColumns c;
  for (std::int64_t group = 0; group < 6000; ++group) {
    for (int row = 0; row < 3; ++row) {
      c.groups.push_back(group * 2);
      c.values.push_back(static_cast<std::int64_t>(random() % 1200));
      c.weights.push_back(static_cast<std::int64_t>(random() % 5));
      c.skip.push_back(row == 2 && group % 7 == 0 ? 1 : 0);
    }
  }
  for (const std::int64_t group : {0, 5000, 11998, 3, 0, 7}) {
    c.groups.push_back(group);
    c.values.push_back(-static_cast<std::int64_t>(random() % 1200));
    c.weights.push_back(2);
    c.skip.push_back(0);
  }
  expect_matches_reference(c.groups, c.values, c.weights, c.skip);
}

TEST(AggregateBulk, AnOversizedSumMayBeMendedByALaterRun) {
  // Group 1's first run overflows int64, its later run brings the sum back: no error.
  const Column groups = {1, 1, 2, 1, 1};
  const Column values = {kInt64Max, kInt64Max, 5, -kInt64Max, -kInt64Max};
  const BulkResult mended = aggregate_bulk({groups, values}, options_for(Method::mean, 0));
  EXPECT_EQ(mended.groups, (Column{1, 2}));
  EXPECT_EQ(mended.sums, (Column{0, 5}));
  EXPECT_EQ(mended.rounded, (Column{0, 5}));
  EXPECT_EQ(mended.counts, (Column{4, 1}));
  // Without the mending run the overflow is reported.
  const Column prefix_groups = {1, 1, 2};
  const Column prefix_values = {kInt64Max, kInt64Max, 5};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({prefix_groups, prefix_values}, options_for(Method::mean, 0));
      },
      Errc::range, {"group 1", "overflows int64"}));
}

TEST(AggregateBulk, RejectsValuesOutsideTheAllowedRangeNamingTheRow) {
  const Column groups = {1, 1, 2};
  const Column values = {1000, 1300, 500};
  BulkOptions options = options_for(Method::mean);
  options.value_min = 100;
  options.value_max = 1200;
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({groups, values, {}, {}, 2, 0}, options);
      },
      Errc::invalid, {"row 1", "group 1", "13.00", "1.00 … 12.00"}));
  // Only the minimum given.
  BulkOptions at_least = options_for(Method::mean);
  at_least.value_min = 600;
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({groups, values}, at_least);
      },
      Errc::invalid, {"row 2", "value 500"}));
  // A skipped row is not checked.
  const Flags skip = {0, 1, 0};
  EXPECT_EQ(aggregate_bulk({groups, values, {}, skip, 2, 0}, options).rounded, (Column{1000, 500}));
}

TEST(AggregateBulk, RejectsNegativeWeightsNamingTheRow) {
  const Column groups = {4, 4, 4};
  const Column values = {5, 6, 7};
  const Column weights = {1, 1, -2};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({groups, values, weights}, options_for(Method::weighted_mean));
      },
      Errc::invalid, {"row 2", "group 4", "negative weight -2"}));
}

TEST(AggregateBulk, RejectsInvalidColumnsAndOptions) {
  const Column two = {1, 2};
  const Column three = {1, 2, 3};
  const Flags skip_three = {0, 0, 0};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, three});
      },
      Errc::invalid, {"2 rows", "values 3"}));
  EXPECT_TRUE(fails_with([&] { aggregate_bulk({two, two, three}); }, Errc::invalid, {"weights 3"}));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two, {}, skip_three});
      },
      Errc::invalid, {"skip 3"}));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two, {}, {}, 10, 0});
      },
      Errc::invalid, {"value scale 10"}));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two, {}, {}, 0, -1});
      },
      Errc::invalid, {"weight scale -1"}));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two}, options_for(Method::median));
      },
      Errc::unsupported, {"median"}));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two}, options_for(Method::mode));
      },
      Errc::unsupported));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two}, options_for(static_cast<Method>(0)));
      },
      Errc::invalid, {"method 0"}));
  BulkOptions empty_range;
  empty_range.value_min = 5;
  empty_range.value_max = 4;
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two}, empty_range);
      },
      Errc::invalid, {"5 … 4"}));
  BulkOptions bad_rounding;
  bad_rounding.rounding = {static_cast<RoundingMode>(0), 2};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({two, two}, bad_rounding);
      },
      Errc::invalid, {"rounding mode 0"}));
}

TEST(AggregateBulk, OverflowIsARangeError) {
  const Column one_group = {1, 1};
  const Column maxima = {kInt64Max, kInt64Max};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({one_group, maxima});
      },
      Errc::range, {"group 1", "overflows int64"}));
  // Products of int64 maxima overflow 128 bits within one run…
  const Column run = {1, 1, 1};
  const Column run_maxima = {kInt64Max, kInt64Max, kInt64Max};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({run, run_maxima, run_maxima}, options_for(Method::sum));
      },
      Errc::range, {"group 1", "overflows"}));
  // …and when runs of one group are merged.
  const Column interleaved = {1, 2, 1, 2, 1};
  const Column five_maxima(5, kInt64Max);
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({interleaved, five_maxima, five_maxima}, options_for(Method::weighted_mean));
      },
      Errc::range, {"group 1"}));
  // Sums that fit but a rounded value that does not.
  const Column single = {1};
  const Column hundred = {100};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({single, hundred}, options_for(Method::mean, 18));
      },
      Errc::range));
  // A weight scale makes the unit weight 10^9: the sum of weights overflows for huge counts only,
  // but Σ w·v overflows here.
  const Column big = {kInt64Max / 2};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk({single, big, {}, {}, 0, 9});
      },
      Errc::range, {"group 1"}));
}

TEST(AggregateBulk, AnIntermediateOverflowWithinARunStaysExact) {
  // MAX + 10 overflows int64 on the way, MAX + 10 − 20 does not; the skipped MAX never counts.
  const Column groups = {3, 3, 3, 3};
  const Column values = {kInt64Max, 10, -20, kInt64Max};
  const Flags skip = {0, 0, 0, 1};
  const BulkResult result = aggregate_bulk({groups, values, {}, skip}, options_for(Method::sum, 0));
  EXPECT_EQ(result.sums, (Column{kInt64Max - 10}));
  EXPECT_EQ(result.rounded, (Column{kInt64Max - 10}));
  EXPECT_EQ(result.counts, (Column{3}));
  const Column no_skip_values = {kInt64Max, 10, -20};
  const Column three = {3, 3, 3};
  EXPECT_EQ(aggregate_bulk({three, no_skip_values}, options_for(Method::sum, 0)).sums,
            (Column{kInt64Max - 10}));
}

TEST(SuggestSemesterBulk, WholeGradesPerStudent) {
  const Column students = {1, 1, 2, 2, 2};
  const Column grades = {10, 11, 7, 8, 0};
  const Flags skip = {0, 0, 0, 0, 1};
  const BulkResult result = suggest_semester_bulk(students, grades, skip);
  EXPECT_EQ(result.groups, (Column{1, 2}));
  EXPECT_EQ(result.rounded, (Column{11, 8}));
  EXPECT_EQ(result.scale, 0);
  EXPECT_EQ(suggest_semester_bulk(students, grades, skip, RoundingMode::floor).rounded,
            (Column{10, 7}));
  EXPECT_EQ(suggest_semester_bulk(students, grades, skip, RoundingMode::half_even).rounded,
            (Column{10, 8}));
}

TEST(SuggestSemesterBulk, RejectsValuesThatAreNotTwelvePointGrades) {
  const Column students = {1, 2, 2};
  const Column too_high = {10, 11, 13};
  EXPECT_TRUE(fails_with([&] { suggest_semester_bulk(students, too_high); }, Errc::invalid,
                         {"row 2", "group 2", "value 13", "1 … 12"}));
  const Column zero = {0, 11, 12};
  EXPECT_TRUE(fails_with([&] { suggest_semester_bulk(students, zero); }, Errc::invalid,
                         {"row 0", "value 0"}));
}

TEST(SuggestSemesterBulk, ManyStudentsMatchTheSingleSuggestion) {
  std::mt19937_64 random(31);
  std::uniform_int_distribution<std::int64_t> grade(1, 12);
  Column students;
  Column grades;
  for (std::int64_t student = 0; student < 2000; ++student) {
    for (std::int64_t lesson = 0; lesson < 1 + student % 17; ++lesson) {
      students.push_back(student);
      grades.push_back(grade(random));
    }
  }
  const BulkResult result = suggest_semester_bulk(students, grades);
  ASSERT_EQ(result.groups.size(), 2000u);
  std::size_t row = 0;
  for (std::size_t g = 0; g < result.groups.size(); ++g) {
    const auto count = static_cast<std::size_t>(result.counts[g]);
    const std::span<const std::int64_t> own(grades.data() + row, count);
    EXPECT_EQ(result.rounded[g], mean_of_scaled(own, 0, {RoundingMode::half_up, 0}).units);
    row += count;
  }
  EXPECT_EQ(row, grades.size());
}

// ------------------------------------------------------------------------------ int32 columns

using Column32 = std::vector<std::int32_t>;

static_assert(std::is_same_v<BulkColumns, BasicBulkColumns<std::int64_t>>);
static_assert(std::is_same_v<BulkColumns32, BasicBulkColumns<std::int32_t>>);

Column32 narrow(const Column& column) {
  Column32 narrowed;
  for (const std::int64_t value : column) {
    EXPECT_EQ(value, static_cast<std::int32_t>(value)) << "test data must fit int32";
    narrowed.push_back(static_cast<std::int32_t>(value));
  }
  return narrowed;
}

// What a bulk call produced: its result, or its error.
struct Outcome {
  std::optional<BulkResult> result;
  Errc code{};
  std::string message;
};

template <class Call>
Outcome outcome_of(Call&& call) {
  try {
    return {call(), {}, {}};
  } catch (const Error& error) {
    return {std::nullopt, error.code(), error.what()};
  }
}

void expect_same_outcome(const Outcome& wide, const Outcome& narrowed) {
  ASSERT_EQ(wide.result.has_value(), narrowed.result.has_value())
      << "int64: " << wide.message << " int32: " << narrowed.message;
  if (!wide.result) {
    EXPECT_EQ(static_cast<int>(wide.code), static_cast<int>(narrowed.code));
    EXPECT_EQ(wide.message, narrowed.message);
    return;
  }
  const BulkResult& a = *wide.result;
  const BulkResult& b = *narrowed.result;
  EXPECT_EQ(a.groups, b.groups);
  EXPECT_EQ(a.counts, b.counts);
  EXPECT_EQ(a.sums, b.sums);
  EXPECT_EQ(a.weight_sums, b.weight_sums);
  EXPECT_EQ(a.rounded, b.rounded);
  EXPECT_EQ(a.has_value, b.has_value);
  EXPECT_EQ(a.scale, b.scale);
}

// Rows given as int64 columns; the int32 path must give exactly what the int64 path gives on them,
// errors included.
struct WideRows {
  Column groups, values, weights;
  Flags skip;
  int value_scale = 0;
  int weight_scale = 0;

  void expect_widths_agree(const BulkOptions& options) const {
    const Column32 groups32 = narrow(groups);
    const Column32 values32 = narrow(values);
    const Column32 weights32 = narrow(weights);
    const Outcome wide = outcome_of([&] {
      return aggregate_bulk(BulkColumns{groups, values, weights, skip, value_scale, weight_scale},
                            options);
    });
    const Outcome narrowed = outcome_of([&] {
      return aggregate_bulk(
          BulkColumns32{groups32, values32, weights32, skip, value_scale, weight_scale}, options);
    });
    expect_same_outcome(wide, narrowed);
  }

  // Every method (median too, for its error), unchecked and checked against [value_min, value_max].
  void expect_widths_agree_on_every_method(std::int64_t value_min, std::int64_t value_max) const {
    for (const Method method : {Method::mean, Method::weighted_mean, Method::sum, Method::lowest,
                                Method::highest, Method::median}) {
      SCOPED_TRACE(static_cast<int>(method));
      BulkOptions options = options_for(method, 3);
      expect_widths_agree(options);
      options.value_min = value_min;
      options.value_max = value_max;
      expect_widths_agree(options);
    }
  }
};

WideRows wide_rows(const RandomColumns& c) {
  return {c.groups, c.values, c.weights, c.skip, 2, 1};
}

TEST(Int32Columns, AgreeWithInt64OnTheSmallTable) {
  const SmallTable t;
  WideRows rows{t.groups, t.values, t.weights, {}};
  rows.expect_widths_agree_on_every_method(8, 12);
  rows.skip = {0, 1, 0, 0, 1};
  rows.expect_widths_agree_on_every_method(8, 12);
  rows.weights = {};
  rows.expect_widths_agree_on_every_method(7, 12);
}

TEST(Int32Columns, AgreeWithInt64OnUnsortedRows) {
  std::mt19937_64 random(2024);
  WideRows rows = wide_rows(random_columns(random, 20000, 300));
  rows.expect_widths_agree_on_every_method(-4990, 4990);
  rows.skip = {};
  rows.expect_widths_agree_on_every_method(-5000, 5000);
  rows.weights = {};
  rows.expect_widths_agree_on_every_method(-4000, 5000);
}

TEST(Int32Columns, AgreeWithInt64OnSortedAndReopenedRows) {
  std::mt19937_64 random(4048);
  const RandomColumns c = random_columns(random, 30000, 9000);
  RandomColumns sorted = sorted_by_group(c);
  wide_rows(sorted).expect_widths_agree_on_every_method(-4990, 4990);
  // Past the sizing sample in increasing order, then earlier groups again: the columns reopen.
  for (const std::int64_t group : {0, 4500, 8999, 17, 0}) {
    sorted.groups.push_back(group);
    sorted.values.push_back(-group % 5000);
    sorted.weights.push_back(3);
    sorted.skip.push_back(0);
  }
  wide_rows(sorted).expect_widths_agree_on_every_method(-4990, 4990);
}

TEST(Int32Columns, ExtremeValuesSumExactlyInInt64) {
  constexpr std::int64_t kMax32 = std::numeric_limits<std::int32_t>::max();
  constexpr std::int64_t kMin32 = std::numeric_limits<std::int32_t>::min();
  const Column groups(5000, 1);
  const Column maxima(5000, kMax32);
  const Column32 groups32 = narrow(groups);
  const Column32 maxima32 = narrow(maxima);
  const BulkResult sum =
      aggregate_bulk(BulkColumns32{groups32, maxima32}, options_for(Method::sum));
  EXPECT_EQ(sum.sums, (Column{5000 * kMax32}));
  EXPECT_EQ(sum.rounded, (Column{5000 * kMax32 * 100}));
  // Products near 2^62 that cancel pairwise; the weights alone sum past int32.
  WideRows alternating{groups, maxima, Column(5000, kMax32), {}};
  for (std::size_t row = 1; row < alternating.values.size(); row += 2) {
    alternating.values[row] = kMin32;
  }
  alternating.expect_widths_agree_on_every_method(kMin32, kMax32);
  const BulkResult weighted = aggregate_bulk(
      BulkColumns32{groups32, narrow(alternating.values), narrow(alternating.weights)},
      options_for(Method::sum, 0));
  EXPECT_EQ(weighted.sums, (Column{-2500 * kMax32}));
  EXPECT_EQ(weighted.weight_sums, (Column{5000 * kMax32}));
  // Σ w·v past int64 is the same range error in both widths.
  WideRows too_big{groups, maxima, Column(5000, kMax32), {}};
  too_big.expect_widths_agree(options_for(Method::weighted_mean));
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk(BulkColumns32{groups32, maxima32, maxima32},
                       options_for(Method::weighted_mean));
      },
      Errc::range, {"group 1", "overflows int64"}));
}

TEST(Int32Columns, ErrorsNameTheRowAndTheValue) {
  const Column32 groups = {1, 1, 2};
  const Column32 values = {1000, 1300, 500};
  BulkOptions options = options_for(Method::mean);
  options.value_min = 100;
  options.value_max = 1200;
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk(BulkColumns32{.groups = groups, .values = values, .value_scale = 2},
                       options);
      },
      Errc::invalid, {"row 1", "group 1", "13.00", "1.00 … 12.00"}));
  const Column32 weights = {1, 1, -2};
  EXPECT_TRUE(fails_with(
      [&] {
        aggregate_bulk(BulkColumns32{groups, values, weights}, options_for(Method::weighted_mean));
      },
      Errc::invalid, {"row 2", "group 2", "negative weight -2"}));
  // The same messages as over int64, here and for malformed columns and options.
  const WideRows rows{{1, 1, 2}, {1000, 1300, 500}, {1, 1, -2}, {}, 2, 0};
  rows.expect_widths_agree(options);
  rows.expect_widths_agree(options_for(Method::weighted_mean));
  rows.expect_widths_agree(options_for(Method::mode));
  WideRows uneven = rows;
  uneven.values.pop_back();
  uneven.expect_widths_agree(options_for(Method::mean));
  WideRows unscaled = rows;
  unscaled.weight_scale = 10;
  unscaled.expect_widths_agree(options_for(Method::mean));
}

TEST(SuggestSemesterBulk, Int32ColumnsAgreeWithInt64) {
  std::mt19937_64 random(12);
  std::uniform_int_distribution<std::int64_t> grade(1, 12);
  Column students;
  Column grades;
  Flags skip;
  for (std::int64_t student = 0; student < 3000; ++student) {
    for (std::int64_t lesson = 0; lesson < 1 + student % 23; ++lesson) {
      students.push_back(student);
      grades.push_back(grade(random));
      skip.push_back(lesson % 9 == 4 ? 1 : 0);
    }
  }
  const Column32 students32 = narrow(students);
  for (const Flags& mask : {Flags{}, skip}) {
    for (const RoundingMode mode : {RoundingMode::half_up, RoundingMode::half_even}) {
      expect_same_outcome(
          outcome_of([&] { return suggest_semester_bulk(students, grades, mask, mode); }),
          outcome_of(
              [&] { return suggest_semester_bulk(students32, narrow(grades), mask, mode); }));
    }
  }
  grades[1234] = 13;
  expect_same_outcome(
      outcome_of([&] { return suggest_semester_bulk(students, grades); }),
      outcome_of([&] { return suggest_semester_bulk(students32, narrow(grades)); }));
  EXPECT_TRUE(fails_with([&] { suggest_semester_bulk(students32, narrow(grades)); }, Errc::invalid,
                         {"row 1234", "value 13", "1 … 12"}));
}

}  // namespace
}  // namespace ejournal::grading
