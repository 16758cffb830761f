// Bulk aggregation over columns: millions of (group, value[, weight]) rows in one call.
#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "ejournal/grading/aggregate.hpp"
#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

/// The element types a bulk column may hold: int64, or int32 for half the memory traffic.
template <class T>
concept BulkElement = std::same_as<T, std::int64_t> || std::same_as<T, std::int32_t>;

/// Parallel columns of equal length. Values and weights are scaled integers:
/// value = values[i] × 10^-value_scale. Rows of one group need not be adjacent, but sorted
/// (or grouped) rows take the fast path.
template <BulkElement T>
struct BasicBulkColumns {
  std::span<const T> groups{};
  std::span<const T> values{};
  std::span<const T> weights{};  ///< empty: every weight is 1
  std::span<const std::uint8_t>
      skip{};            ///< empty: none; non-zero: the row does not count (a special mark)
  int value_scale = 0;   ///< 0 … 9
  int weight_scale = 0;  ///< 0 … 9
};

using BulkColumns = BasicBulkColumns<std::int64_t>;
using BulkColumns32 = BasicBulkColumns<std::int32_t>;

struct BulkOptions {
  /// mean, weighted_mean, sum, lowest or highest (median and mode: Error(unsupported)).
  Method method = Method::mean;
  RoundingPolicy rounding{RoundingMode::half_up, 2};
  /// When set, every counted value must lie in [min, max] (in value units) or the call fails.
  std::optional<std::int64_t> value_min;
  std::optional<std::int64_t> value_max;
};

/// One row per group, in order of first appearance.
struct BulkResult {
  std::vector<std::int64_t> groups;
  std::vector<std::int64_t> counts;       ///< rows that counted
  std::vector<std::int64_t> sums;         ///< Σ w·v in units of 10^-(value_scale + weight_scale)
  std::vector<std::int64_t> weight_sums;  ///< Σ w in units of 10^-weight_scale
  std::vector<std::int64_t> rounded;      ///< the result in units of 10^-rounding.decimals
  std::vector<std::uint8_t> has_value;    ///< 0 when no row of the group counted
  int scale = 0;                          ///< = rounding.decimals
};

/// The exact mean of values[i] × 10^-value_scale, rounded by `rounding`; allocation-free.
/// Throws Error(empty) for no values, Error(invalid) for value_scale outside 0…9.
Decimal mean_of_scaled(std::span<const std::int64_t> values, int value_scale,
                       RoundingPolicy rounding);

/// Throws Error(invalid) for columns of different lengths, a negative weight, a value outside
/// [value_min, value_max] (naming the row and the value), scales outside 0…9; Error(range) when a
/// sum overflows int64; Error(unsupported) for median and mode.
BulkResult aggregate_bulk(const BulkColumns& columns, const BulkOptions& options = {});

/// aggregate_bulk() over int32 columns: the same rules, errors and results (still int64 columns).
/// A template only so that a braced list, aggregate_bulk({…}), keeps meaning BulkColumns: pass a
/// BulkColumns32.
template <std::same_as<std::int32_t> T>
BulkResult aggregate_bulk(const BasicBulkColumns<T>& columns, const BulkOptions& options = {});

extern template BulkResult aggregate_bulk(const BulkColumns32& columns, const BulkOptions& options);

/// The Ukrainian semester suggestion for many students at once: per group, the mean of 12-point
/// grades (integers 1…12, else Error(invalid)) rounded to a whole grade by `mode`.
BulkResult suggest_semester_bulk(std::span<const std::int64_t> groups,
                                 std::span<const std::int64_t> values,
                                 std::span<const std::uint8_t> skip = {},
                                 RoundingMode mode = RoundingMode::half_up);

/// suggest_semester_bulk() over int32 columns, with the same results.
BulkResult suggest_semester_bulk(std::span<const std::int32_t> groups,
                                 std::span<const std::int32_t> values,
                                 std::span<const std::uint8_t> skip = {},
                                 RoundingMode mode = RoundingMode::half_up);

}  // namespace ejournal::grading
