// Bulk aggregation over caller columns: ej_bulk_* and ej_ua_bulk_suggest_semester, each over int64
// or int32 columns (_i32) through one template. The caller's columns are only viewed (spans), never
// copied: this path runs over millions of rows.
#include <span>
#include <utility>
#include <vector>

#include "convert.hpp"
#include "ejournal/grading/bulk.hpp"
#include "firewall.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;

struct ej_bulk_result {
  explicit ej_bulk_result(grading::BulkResult value)
      : result(std::move(value)), has_value(result.has_value.begin(), result.has_value.end()) {}

  grading::BulkResult result;
  std::vector<int64_t> has_value;  // the core's uint8_t column widened once: every column is int64
};

namespace {

// The number of rows as a span extent; no rows is EJ_EEMPTY, as the header promises.
std::size_t read_row_count(int64_t count) {
  if (count < 0) capi::fail_invalid("argument 'count' is negative (" + std::to_string(count) + ")");
  if (count == 0) {
    throw ejournal::Error(ejournal::Errc::empty, ejournal::ErrorDomain::argument,
                          "argument 'count' is 0: no rows to aggregate");
  }
  return static_cast<std::size_t>(count);
}

template <class T>
std::span<const T> optional_column(const T* column, std::size_t rows) {
  return column != nullptr ? std::span<const T>(column, rows) : std::span<const T>();
}

template <class T>
int bulk_aggregate(ej_bulk_result** out, const T* groups, const T* values, const T* weights,
                   const uint8_t* skip, int64_t count, const ej_bulk_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const ej_bulk_options defaults = EJ_BULK_OPTIONS_INIT;
    const ej_bulk_options& given = opts != nullptr ? *opts : defaults;
    // Version 1 is the only layout so far, so every field below exists in the caller's struct.
    capi::check_options_version(given.version, EJ_BULK_OPTIONS_VERSION, "opts->version");
    capi::check_reserved(given.reserved, "opts->reserved");
    grading::BulkOptions options;
    options.method = capi::read_method(given.method, "opts->method");
    options.rounding = {capi::read_rounding_mode(given.rounding_mode, "opts->rounding_mode"),
                        capi::read_decimals(given.decimals, "opts->decimals")};
    if (capi::read_bool(given.check_range, "opts->check_range")) {
      options.value_min = given.value_min;
      options.value_max = given.value_max;
    }
    const std::size_t rows = read_row_count(count);
    capi::require(groups, "groups");
    capi::require(values, "values");
    grading::BasicBulkColumns<T> columns;
    columns.groups = {groups, rows};
    columns.values = {values, rows};
    columns.weights = optional_column(weights, rows);
    columns.skip = optional_column(skip, rows);
    columns.value_scale = given.value_scale;
    columns.weight_scale = given.weight_scale;
    *out = new ej_bulk_result(grading::aggregate_bulk(columns, options));
    return EJ_OK;
  });
}

template <class T>
int bulk_suggest_semester(ej_bulk_result** out, const T* groups, const T* values,
                          const uint8_t* skip, int64_t count, int32_t rounding_mode) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const grading::RoundingMode mode = capi::read_rounding_mode(rounding_mode, "rounding_mode");
    const std::size_t rows = read_row_count(count);
    capi::require(groups, "groups");
    capi::require(values, "values");
    *out = new ej_bulk_result(grading::suggest_semester_bulk({groups, rows}, {values, rows},
                                                             optional_column(skip, rows), mode));
    return EJ_OK;
  });
}

}  // namespace

extern "C" {

int ej_bulk_options_init(ej_bulk_options* opts, uint32_t version) {
  return capi::init_options(opts, version, ej_bulk_options EJ_BULK_OPTIONS_INIT);
}

int ej_bulk_aggregate(ej_bulk_result** out, const int64_t* groups, const int64_t* values,
                      const int64_t* weights, const uint8_t* skip, int64_t count,
                      const ej_bulk_options* opts) {
  return bulk_aggregate(out, groups, values, weights, skip, count, opts);
}

int ej_bulk_aggregate_i32(ej_bulk_result** out, const int32_t* groups, const int32_t* values,
                          const int32_t* weights, const uint8_t* skip, int64_t count,
                          const ej_bulk_options* opts) {
  return bulk_aggregate(out, groups, values, weights, skip, count, opts);
}

int ej_ua_bulk_suggest_semester(ej_bulk_result** out, const int64_t* groups, const int64_t* values,
                                const uint8_t* skip, int64_t count, int32_t rounding_mode) {
  return bulk_suggest_semester(out, groups, values, skip, count, rounding_mode);
}

int ej_ua_bulk_suggest_semester_i32(ej_bulk_result** out, const int32_t* groups,
                                    const int32_t* values, const uint8_t* skip, int64_t count,
                                    int32_t rounding_mode) {
  return bulk_suggest_semester(out, groups, values, skip, count, rounding_mode);
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_bulk_result_free(ej_bulk_result* result) {
  delete result;
}

int ej_bulk_result_info(int64_t* out_groups, int32_t* out_decimals, const ej_bulk_result* result) {
  return capi::guarded([&] {
    capi::reset(out_groups);
    capi::reset(out_decimals);
    capi::require(result, "result");
    capi::put(out_groups, static_cast<int64_t>(result->result.groups.size()));
    capi::put(out_decimals, static_cast<int32_t>(result->result.scale));
    return EJ_OK;
  });
}

int ej_bulk_result_column(const int64_t** out, const ej_bulk_result* result, int32_t column) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(result, "result");
    const grading::BulkResult& r = result->result;
    switch (column) {
      case EJ_BULK_GROUP: *out = r.groups.data(); break;
      case EJ_BULK_COUNT: *out = r.counts.data(); break;
      case EJ_BULK_SUM: *out = r.sums.data(); break;
      case EJ_BULK_WEIGHT_SUM: *out = r.weight_sums.data(); break;
      case EJ_BULK_ROUNDED: *out = r.rounded.data(); break;
      case EJ_BULK_HAS_VALUE: *out = result->has_value.data(); break;
      default:
        capi::fail_invalid("argument 'column' is not an ej_bulk_column (" + std::to_string(column) +
                           ")");
    }
    return EJ_OK;
  });
}

}  // extern "C"
