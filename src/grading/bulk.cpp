// Bulk aggregation over integer columns.
//
// Rows are consumed run by run (a run is a stretch of rows with one group id): a tight loop sums
// the run, then the run goes to its group. While group ids keep increasing, every run is a new,
// complete group and is written straight to the result columns: no lookup, no intermediate
// record. The first run out of that order turns the columns back into mutable totals once; from
// then on each run (never each row) is looked up in a flat hash index and merged, and the columns
// are written at the end.
//
// int64 and int32 columns share every line: the code is templated on the column element type, and
// only the per-row overflow checks differ (int32 runs need none, see kRunSumsAreExact).
#include "ejournal/grading/bulk.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <vector>

#include "detail.hpp"
#include "group_index.hpp"

namespace ejournal::grading {

using detail::fail;

namespace {

constexpr int kMaxColumnScale = 9;
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();

// Once this many groups have arrived in increasing order, the columns are sized for all rows by
// extrapolation, sparing the copies and page faults of repeated growth.
constexpr std::size_t kSizingSample = 4096;

enum class Extreme { none, lowest, highest };

// Sums of int32 values need no per-row overflow check: a run is capped at kMaxExactRun rows, so
// |Σ v| ≤ 2^31 · (2^32 - 1) < 2^63 and Σ w < 2^63 fit int64, and Σ w·v (each |w·v| ≤ 2^62) fits the
// 128-bit sum. A longer run of one group is split and its pieces merge like any repeated group.
template <class T>
constexpr bool kRunSumsAreExact = std::is_same_v<T, std::int32_t>;
constexpr std::size_t kMaxExactRun = 0xFFFF'FFFF;

template <class T>
struct Rows {
  const T* groups;
  const T* values;
  const T* weights;          // null when weights are not read
  const std::uint8_t* skip;  // null when no row is skipped
  std::size_t size;
  std::int64_t value_min;
  std::int64_t value_max;
  int value_scale;
};

// What rows of one group add up to: one run, or every run of the group once merged.
struct GroupTotals {
  Int128 sum = 0;  // Σ w·v (Σ v when weights are not read)
  std::int64_t id = 0;
  // Σ w (0 when weights are not read). Weights are never negative, so the running sum only grows
  // and int64 with a check at each step is exact.
  std::int64_t weight_sum = 0;
  std::int64_t count = 0;
  std::int64_t extreme = 0;
};

struct RunTotals {
  GroupTotals totals;
  bool overflow = false;
  bool rejected = false;  // a negative weight or a counted value outside the allowed range
};

template <Extreme kExtreme>
constexpr std::int64_t extreme_start() {
  return kExtreme == Extreme::lowest ? kInt64Max : kInt64Min;
}

// Σ v of the counted rows in [begin, end), exactly: the slow path of a run whose int64 sum
// overflowed.
template <class T>
Int128 wide_sum(const Rows<T>& rows, std::size_t begin, std::size_t end) {
  Int128 sum = 0;
  for (std::size_t row = begin; row < end; ++row) {
    if (rows.skip == nullptr || rows.skip[row] == 0) sum += rows.values[row];
  }
  return sum;
}

// Sums the run starting at `begin`; returns its end. Flags are accumulated without branches so
// the loop stays tight; the rare failure is located afterwards by report_rejected().
template <class T, bool kWeighted, bool kSkip, bool kCheck, Extreme kExtreme>
std::size_t scan_run(const Rows<T>& rows, std::size_t begin, RunTotals& run) {
  const T group = rows.groups[begin];
  const std::size_t end =
      kRunSumsAreExact<T> ? begin + std::min(rows.size - begin, kMaxExactRun) : rows.size;
  Int128 sum = 0;
  Int128 weight_sum = 0;
  // Unweighted values are summed in int64 (one add per row); an int64 overflow, which the branch
  // predictor learns never happens, sends the run to wide_sum().
  std::int64_t narrow_sum = 0;
  bool narrow_overflow = false;
  std::int64_t count = 0;
  std::int64_t extreme = extreme_start<kExtreme>();
  bool overflow = false;
  bool rejected = false;
  std::size_t row = begin;
  for (; row < end && rows.groups[row] == group; ++row) {
    const std::int64_t value = rows.values[row];
    bool counts = true;
    if constexpr (kSkip) counts = rows.skip[row] == 0;
    if constexpr (kWeighted) {
      const std::int64_t weight = rows.weights[row];
      rejected = rejected | (weight < 0);
      counts = counts & (weight > 0);
      const std::int64_t used = counts ? weight : 0;
      if constexpr (kRunSumsAreExact<T>) {
        sum += used * value;
      } else {
        overflow = overflow | __builtin_add_overflow(sum, static_cast<Int128>(used) * value, &sum);
      }
      weight_sum += used;
    } else if constexpr (kRunSumsAreExact<T>) {
      narrow_sum += counts ? value : 0;
    } else if (__builtin_add_overflow(narrow_sum, counts ? value : 0, &narrow_sum)) {
      narrow_overflow = true;
    }
    if constexpr (kCheck) {
      rejected = rejected | (counts & ((value < rows.value_min) | (value > rows.value_max)));
    }
    if constexpr (kExtreme == Extreme::lowest) {
      extreme = counts && value < extreme ? value : extreme;
    }
    if constexpr (kExtreme == Extreme::highest) {
      extreme = counts && value > extreme ? value : extreme;
    }
    if constexpr (kWeighted || kSkip) count += counts ? 1 : 0;
  }
  if constexpr (!kWeighted) sum = narrow_overflow ? wide_sum(rows, begin, row) : narrow_sum;
  if constexpr (!kWeighted && !kSkip) count = static_cast<std::int64_t>(row - begin);
  overflow = overflow || weight_sum > kInt64Max;
  run = RunTotals{
      {sum, group, static_cast<std::int64_t>(weight_sum), count, extreme}, overflow, rejected};
  return row;
}

template <class T>
[[noreturn]] void report_rejected(const Rows<T>& rows, std::size_t begin, std::size_t end) {
  for (std::size_t row = begin; row < end; ++row) {
    const std::string where =
        "row " + std::to_string(row) + " (group " + std::to_string(rows.groups[row]) + ")";
    const bool skipped = rows.skip != nullptr && rows.skip[row] != 0;
    if (rows.weights != nullptr && rows.weights[row] < 0) {
      fail(Errc::invalid, where + ": negative weight " + std::to_string(rows.weights[row]));
    }
    const bool counts = !skipped && (rows.weights == nullptr || rows.weights[row] > 0);
    const std::int64_t value = rows.values[row];
    if (counts && (value < rows.value_min || value > rows.value_max)) {
      fail(Errc::invalid, where + ": value " + detail::format_scaled(value, rows.value_scale) +
                              " outside the allowed " +
                              detail::format_scaled(rows.value_min, rows.value_scale) + " … " +
                              detail::format_scaled(rows.value_max, rows.value_scale));
    }
  }
  fail(Errc::invalid, "rows " + std::to_string(begin) + "…" + std::to_string(end - 1) +
                          " were rejected without a row to blame");
}

[[noreturn]] void fail_overflow(std::int64_t group) {
  fail(Errc::range,
       "group " + std::to_string(group) + ": the sum of weights or of weight × value overflows");
}

[[noreturn]] void fail_int64(Int128 value, std::int64_t group, const char* what) {
  fail(Errc::range, "group " + std::to_string(group) + ": " + what + " " +
                        detail::to_string(value) + " overflows int64");
}

std::int64_t to_int64(Int128 value, std::int64_t group, const char* what) {
  if (value < kInt64Min || value > kInt64Max) fail_int64(value, group, what);
  return static_cast<std::int64_t>(value);
}

// One group's row of the result, apart from its id and count.
struct ResultRow {
  std::int64_t sum = 0;
  std::int64_t weight_sum = 0;
  std::int64_t rounded = 0;
  std::uint8_t has_value = 0;
};

// Turns a group's totals into its result row.
class Finisher {
 public:
  template <class T>
  Finisher(const BasicBulkColumns<T>& columns, const BulkOptions& options, bool weighted)
      : method_(options.method),
        rounding_(options.rounding),
        weighted_(weighted),
        // Unread weights are 1, i.e. 10^weight_scale units each.
        unit_weight_(detail::pow10(columns.weight_scale)),
        value_unit_(detail::pow10(columns.value_scale)) {}

  /// Throws Error(range) when a sum or the rounded value does not fit int64.
  [[nodiscard]] ResultRow finish(const GroupTotals& group) const {
    // Each factor fits 64 bits, so these products cannot overflow 128 bits.
    const Int128 sum = weighted_ ? group.sum : group.sum * unit_weight_;
    const Int128 weight_sum = weighted_ ? Int128{group.weight_sum} : group.count * unit_weight_;
    ResultRow row;
    row.sum = to_int64(sum, group.id, "the sum of weight × value");
    row.weight_sum = to_int64(weight_sum, group.id, "the sum of weights");
    if (group.count == 0) return row;
    row.has_value = 1;
    switch (method_) {
      case Method::sum:
        row.rounded = detail::round_quotient(sum, unit_weight_ * value_unit_, rounding_).units;
        break;
      case Method::lowest:
      case Method::highest:
        row.rounded = detail::round_quotient(group.extreme, value_unit_, rounding_).units;
        break;
      default: row.rounded = detail::round_quotient(sum, weight_sum * value_unit_, rounding_).units;
    }
    return row;
  }

  /// The totals a finished row came from (the extreme is not in a row: the caller keeps it).
  [[nodiscard]] GroupTotals totals_of(std::int64_t id, std::int64_t count,
                                      const ResultRow& row) const {
    GroupTotals totals;
    totals.id = id;
    totals.count = count;
    totals.sum = weighted_ ? Int128{row.sum} : row.sum / unit_weight_;
    totals.weight_sum = weighted_ ? row.weight_sum : 0;
    return totals;
  }

 private:
  Method method_;
  RoundingPolicy rounding_;
  bool weighted_;
  Int128 unit_weight_;
  Int128 value_unit_;
};

// Collects the groups and writes the result columns, in order of first appearance.
class GroupTable {
 public:
  GroupTable(const Finisher& finisher, BulkResult& result, bool keeps_extremes)
      : finisher_(finisher), result_(result), keeps_extremes_(keeps_extremes) {}

  template <Extreme kExtreme>
  void add(const RunTotals& run) {
    if (run.overflow) fail_overflow(run.totals.id);
    if (!indexed_) {
      if (result_.groups.empty() || run.totals.id > result_.groups.back()) {
        write_in_order(run.totals);
        return;
      }
      reopen();
    }
    bool inserted = false;
    const std::size_t slot = index_.find_or_insert(run.totals.id, totals_.size(), inserted);
    if (inserted) {
      totals_.push_back(run.totals);
      return;
    }
    GroupTotals& totals = totals_[slot];
    if (__builtin_add_overflow(totals.sum, run.totals.sum, &totals.sum) ||
        __builtin_add_overflow(totals.weight_sum, run.totals.weight_sum, &totals.weight_sum)) {
      fail_overflow(totals.id);
    }
    totals.count += run.totals.count;
    if constexpr (kExtreme == Extreme::lowest) {
      totals.extreme = std::min(totals.extreme, run.totals.extreme);
    }
    if constexpr (kExtreme == Extreme::highest) {
      totals.extreme = std::max(totals.extreme, run.totals.extreme);
    }
  }

  /// Groups written while ids kept increasing (0 once a run came out of order).
  [[nodiscard]] std::size_t in_order_groups() const { return indexed_ ? 0 : result_.groups.size(); }

  /// Sizes the result columns for `expected` groups.
  void reserve(std::size_t expected) {
    result_.groups.reserve(expected);
    result_.counts.reserve(expected);
    result_.sums.reserve(expected);
    result_.weight_sums.reserve(expected);
    result_.rounded.reserve(expected);
    result_.has_value.reserve(expected);
    if (keeps_extremes_) extremes_.reserve(expected);
  }

  /// Writes the groups still held as totals; throws the range error of a group that did not fit.
  void finish() {
    if (!indexed_) {
      // Finishing the first group that did not fit again throws its error.
      if (!unfit_.empty()) static_cast<void>(finisher_.finish(unfit_.front()));
      return;
    }
    reserve(totals_.size());
    for (const GroupTotals& totals : totals_) write(totals, finisher_.finish(totals));
  }

 private:
  void write(const GroupTotals& totals, const ResultRow& row) {
    result_.groups.push_back(totals.id);
    result_.counts.push_back(totals.count);
    result_.sums.push_back(row.sum);
    result_.weight_sums.push_back(row.weight_sum);
    result_.rounded.push_back(row.rounded);
    result_.has_value.push_back(row.has_value);
  }

  // A complete group (ids still increasing). One whose sums do not fit is kept aside as totals:
  // it fails only if no later run of it changes that.
  void write_in_order(const GroupTotals& totals) {
    ResultRow row;
    try {
      row = finisher_.finish(totals);
    } catch (const Error&) {
      unfit_.push_back(totals);
      unfit_slots_.push_back(result_.groups.size());
    }
    if (keeps_extremes_) extremes_.push_back(totals.extreme);
    write(totals, row);
  }

  // The first run out of order: the written columns become mutable totals again.
  void reopen() {
    const std::size_t groups = result_.groups.size();
    totals_.reserve(groups);
    bool inserted = false;
    for (std::size_t slot = 0; slot < groups; ++slot) {
      const ResultRow row{result_.sums[slot], result_.weight_sums[slot], 0, 0};
      GroupTotals totals = finisher_.totals_of(result_.groups[slot], result_.counts[slot], row);
      if (keeps_extremes_) totals.extreme = extremes_[slot];
      totals_.push_back(totals);
      index_.find_or_insert(totals.id, slot, inserted);
    }
    for (std::size_t i = 0; i < unfit_.size(); ++i) totals_[unfit_slots_[i]] = unfit_[i];
    // Cleared, not freed: finish() writes every group again into the same memory.
    result_.groups.clear();
    result_.counts.clear();
    result_.sums.clear();
    result_.weight_sums.clear();
    result_.rounded.clear();
    result_.has_value.clear();
    indexed_ = true;
  }

  const Finisher& finisher_;
  BulkResult& result_;
  bool keeps_extremes_;
  std::vector<std::int64_t> extremes_;  // of the groups written in order (lowest/highest)
  std::vector<GroupTotals> unfit_;      // groups written in order whose sums did not fit
  std::vector<std::size_t> unfit_slots_;
  std::vector<GroupTotals> totals_;  // every group, once out of order
  detail::GroupIndex index_;
  bool indexed_ = false;
};

template <class T, bool kWeighted, bool kSkip, bool kCheck, Extreme kExtreme>
void scan_all(const Rows<T>& rows, GroupTable& table) {
  RunTotals run;
  for (std::size_t begin = 0; begin < rows.size;) {
    const std::size_t end = scan_run<T, kWeighted, kSkip, kCheck, kExtreme>(rows, begin, run);
    if (run.rejected) report_rejected(rows, begin, end);
    table.add<kExtreme>(run);
    if (table.in_order_groups() == kSizingSample) table.reserve(kSizingSample * rows.size / end);
    begin = end;
  }
}

// Turns the run-time choices into one specialised loop.
template <bool kWeighted, Extreme kExtreme, class T>
void scan_with(const Rows<T>& rows, GroupTable& table, bool check) {
  if (rows.skip != nullptr) {
    if (check) return scan_all<T, kWeighted, true, true, kExtreme>(rows, table);
    return scan_all<T, kWeighted, true, false, kExtreme>(rows, table);
  }
  if (check) return scan_all<T, kWeighted, false, true, kExtreme>(rows, table);
  scan_all<T, kWeighted, false, false, kExtreme>(rows, table);
}

void check_scale(int scale, const char* what) {
  if (scale < 0 || scale > kMaxColumnScale) {
    fail(Errc::invalid, std::string(what) + " " + std::to_string(scale) + " outside 0 … " +
                            std::to_string(kMaxColumnScale));
  }
}

template <class T>
void check_columns(const BasicBulkColumns<T>& columns, const BulkOptions& options) {
  const std::size_t rows = columns.groups.size();
  const auto check_length = [rows](std::size_t length, const char* name) {
    if (length != rows) {
      fail(Errc::invalid, std::string("bulk columns differ in length: groups has ") +
                              std::to_string(rows) + " rows, " + name + " " +
                              std::to_string(length));
    }
  };
  check_length(columns.values.size(), "values");
  if (!columns.weights.empty()) check_length(columns.weights.size(), "weights");
  if (!columns.skip.empty()) check_length(columns.skip.size(), "skip");
  check_scale(columns.value_scale, "value scale");
  check_scale(columns.weight_scale, "weight scale");
  switch (options.method) {
    case Method::mean:
    case Method::weighted_mean:
    case Method::sum:
    case Method::lowest:
    case Method::highest: break;
    case Method::median:
    case Method::mode:
      fail(Errc::unsupported, "bulk aggregation does not compute the median or the mode (method " +
                                  std::to_string(static_cast<int>(options.method)) + ")");
    default:
      fail(Errc::invalid,
           "unknown bulk aggregation method " + std::to_string(static_cast<int>(options.method)));
  }
  if (options.value_min && options.value_max && *options.value_min > *options.value_max) {
    fail(Errc::invalid, "allowed value range " + std::to_string(*options.value_min) + " … " +
                            std::to_string(*options.value_max) + " is empty");
  }
  detail::check_policy(options.rounding);
}

template <class T>
BulkResult aggregate_columns(const BasicBulkColumns<T>& columns, const BulkOptions& options) {
  check_columns(columns, options);
  const Method method = options.method;
  const bool weighted =
      (method == Method::weighted_mean || method == Method::sum) && !columns.weights.empty();
  const Rows<T> rows{columns.groups.data(),
                     columns.values.data(),
                     weighted ? columns.weights.data() : nullptr,
                     columns.skip.empty() ? nullptr : columns.skip.data(),
                     columns.groups.size(),
                     options.value_min.value_or(kInt64Min),
                     options.value_max.value_or(kInt64Max),
                     columns.value_scale};
  const bool check = options.value_min || options.value_max;
  const bool extremes = method == Method::lowest || method == Method::highest;

  BulkResult result;
  result.scale = options.rounding.decimals;
  const Finisher finisher(columns, options, weighted);
  GroupTable table(finisher, result, extremes);
  if (weighted) {
    scan_with<true, Extreme::none>(rows, table, check);
  } else if (method == Method::lowest) {
    scan_with<false, Extreme::lowest>(rows, table, check);
  } else if (method == Method::highest) {
    scan_with<false, Extreme::highest>(rows, table, check);
  } else {
    scan_with<false, Extreme::none>(rows, table, check);
  }
  table.finish();
  return result;
}

template <class T>
BulkResult suggest_semester(std::span<const T> groups, std::span<const T> values,
                            std::span<const std::uint8_t> skip, RoundingMode mode) {
  BulkOptions options;
  options.method = Method::mean;
  options.rounding = RoundingPolicy{mode, 0};
  options.value_min = 1;
  options.value_max = 12;
  return aggregate_columns(BasicBulkColumns<T>{groups, values, {}, skip, 0, 0}, options);
}

}  // namespace

Decimal mean_of_scaled(std::span<const std::int64_t> values, int value_scale,
                       RoundingPolicy rounding) {
  check_scale(value_scale, "value scale");
  detail::check_policy(rounding);
  if (values.empty()) fail(Errc::empty, "the mean of no values");
  Int128 sum = 0;
  for (const std::int64_t value : values) sum += value;
  const Int128 denominator = static_cast<Int128>(values.size()) * detail::pow10(value_scale);
  return detail::round_quotient(sum, denominator, rounding);
}

BulkResult aggregate_bulk(const BulkColumns& columns, const BulkOptions& options) {
  return aggregate_columns(columns, options);
}

template <std::same_as<std::int32_t> T>
BulkResult aggregate_bulk(const BasicBulkColumns<T>& columns, const BulkOptions& options) {
  return aggregate_columns(columns, options);
}

template BulkResult aggregate_bulk(const BulkColumns32& columns, const BulkOptions& options);

BulkResult suggest_semester_bulk(std::span<const std::int64_t> groups,
                                 std::span<const std::int64_t> values,
                                 std::span<const std::uint8_t> skip, RoundingMode mode) {
  return suggest_semester(groups, values, skip, mode);
}

BulkResult suggest_semester_bulk(std::span<const std::int32_t> groups,
                                 std::span<const std::int32_t> values,
                                 std::span<const std::uint8_t> skip, RoundingMode mode) {
  return suggest_semester(groups, values, skip, mode);
}

}  // namespace ejournal::grading
