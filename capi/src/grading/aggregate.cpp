// Grade sets and aggregation: ej_gradeset_*, ej_aggregate*, ej_mean.
#include <span>
#include <utility>

#include "convert.hpp"
#include "ejournal/grading/bulk.hpp"
#include "firewall.hpp"
#include "handles.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;

struct ej_aggregate_result {
  grading::AggregateResult result;
  grading::RoundingPolicy rounding;  // applied when the caller asks for the rounded value
};

namespace {

static_assert(static_cast<int>(grading::ItemUse::counted) == EJ_USE_COUNTED);
static_assert(static_cast<int>(grading::ItemUse::zero_weight) == EJ_USE_ZERO_WEIGHT);

// Appends one grade; range and weight are the core's to check when the set is used.
void append(ej_gradeset& set, grading::Grade grade, double min, double max, double weight) {
  set.items.push_back(grading::Item{std::move(grade), capi::read_double(min, "min"),
                                    capi::read_double(max, "max"),
                                    capi::read_double(weight, "weight")});
}

std::string read_label(const char* label) {
  return capi::read_text(label, "label", /*optional=*/true);
}

}  // namespace

extern "C" {

int ej_gradeset_new(ej_gradeset** out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_gradeset{};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_gradeset_free(ej_gradeset* set) {
  delete set;
}

int ej_gradeset_add(ej_gradeset* set, const char* label, double value, double min, double max,
                    double weight) {
  return capi::guarded([&] {
    capi::require(set, "set");
    std::string text = read_label(label);
    const grading::Rational grade = capi::read_double(value, "value");
    append(*set, grading::Grade::of(grade, std::move(text)), min, max, weight);
    return EJ_OK;
  });
}

int ej_gradeset_add_mark(ej_gradeset* set, const char* label, const char* mark, double min,
                         double max, double weight) {
  return capi::guarded([&] {
    capi::require(set, "set");
    std::string code = capi::read_text(mark, "mark");
    // An empty code would silently turn the grade into an empty one.
    if (code.empty()) capi::fail_invalid("argument 'mark' is empty");
    append(*set, grading::Grade::special(std::move(code), read_label(label)), min, max, weight);
    return EJ_OK;
  });
}

int ej_gradeset_add_empty(ej_gradeset* set, const char* label, double min, double max,
                          double weight) {
  return capi::guarded([&] {
    capi::require(set, "set");
    append(*set, grading::Grade::empty(read_label(label)), min, max, weight);
    return EJ_OK;
  });
}

int ej_gradeset_count(int32_t* out, const ej_gradeset* set) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(set, "set");
    *out = capi::to_int32(set->items.size(), "the number of grades");
    return EJ_OK;
  });
}

int ej_gradeset_clear(ej_gradeset* set) {
  return capi::guarded([&] {
    capi::require(set, "set");
    set->items.clear();
    return EJ_OK;
  });
}

int ej_aggregate_options_init(ej_aggregate_options* opts, uint32_t version) {
  return capi::init_options(opts, version, ej_aggregate_options EJ_AGGREGATE_OPTIONS_INIT);
}

int ej_aggregate(ej_aggregate_result** out, const ej_gradeset* set, const ej_marks* marks,
                 const ej_aggregate_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(set, "set");
    const ej_aggregate_options defaults = EJ_AGGREGATE_OPTIONS_INIT;
    const ej_aggregate_options& given = opts != nullptr ? *opts : defaults;
    // Version 1 is the only layout so far, so every field below exists in the caller's struct.
    capi::check_options_version(given.version, EJ_AGGREGATE_OPTIONS_VERSION, "opts->version");
    capi::check_reserved(given.reserved, "opts->reserved");
    grading::AggregateOptions options;
    options.method = capi::read_method(given.method, "opts->method");
    options.empty = capi::read_empty_policy(given.empty_policy, "opts->empty_policy");
    options.target_min = capi::read_double(given.target_min, "opts->target_min");
    options.target_max = capi::read_double(given.target_max, "opts->target_max");
    options.marks = capi::dictionary_of(marks);
    const grading::RoundingPolicy rounding{
        capi::read_rounding_mode(given.rounding_mode, "opts->rounding_mode"),
        capi::read_decimals(given.decimals, "opts->decimals")};
    *out = new ej_aggregate_result{grading::aggregate(set->items, options), rounding};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_aggregate_result_free(ej_aggregate_result* result) {
  delete result;
}

int ej_aggregate_result_value(ej_decimal* out_rounded, ej_rational* out_exact,
                              const ej_aggregate_result* result) {
  return capi::guarded([&] {
    capi::reset(out_rounded);
    capi::reset(out_exact);
    capi::require(result, "result");
    const grading::Rational& value = result->result.value;
    // Rounded only on request: many decimals can overflow int64 units for a caller who wants
    // the exact value alone.
    const ej_decimal rounded =
        out_rounded != nullptr ? capi::to_c(grading::round(value, result->rounding)) : ej_decimal{};
    const ej_rational exact =
        out_exact != nullptr ? capi::to_c(value, "the aggregate") : ej_rational{};
    capi::put(out_rounded, rounded);
    capi::put(out_exact, exact);
    return EJ_OK;
  });
}

int ej_aggregate_result_range(ej_rational* out_min, ej_rational* out_max,
                              const ej_aggregate_result* result) {
  return capi::guarded([&] {
    capi::require(out_min, "out_min");
    capi::require(out_max, "out_max");
    *out_min = ej_rational{};
    *out_max = ej_rational{};
    capi::require(result, "result");
    const ej_rational min = capi::to_c(result->result.range_min, "the range minimum");
    const ej_rational max = capi::to_c(result->result.range_max, "the range maximum");
    *out_min = min;
    *out_max = max;
    return EJ_OK;
  });
}

int ej_aggregate_result_item_count(int32_t* out, const ej_aggregate_result* result) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(result, "result");
    *out = capi::to_int32(result->result.items.size(), "the number of items");
    return EJ_OK;
  });
}

int ej_aggregate_result_item(int32_t* out_use, ej_rational* out_share,
                             const ej_aggregate_result* result, int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_use);
    capi::reset(out_share);
    capi::require(result, "result");
    const auto& items = result->result.items;
    const grading::ItemOutcome& item = items[capi::read_index(index, items.size(), "items")];
    const ej_rational share = capi::to_c(item.share, "the item's share");
    capi::put(out_use, static_cast<int32_t>(item.use));
    capi::put(out_share, share);
    return EJ_OK;
  });
}

// The hot path for one student's grades: nothing here allocates unless the call fails.
int ej_mean(ej_decimal* out, const int64_t* values, int64_t count, int32_t value_scale,
            int32_t rounding_mode, int32_t decimals) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_decimal{};
    if (count < 0)
      capi::fail_invalid("argument 'count' is negative (" + std::to_string(count) + ")");
    if (count > 0) capi::require(values, "values");
    const grading::RoundingPolicy rounding{capi::read_rounding_mode(rounding_mode, "rounding_mode"),
                                           capi::read_decimals(decimals, "decimals")};
    const std::span<const int64_t> column(values, static_cast<std::size_t>(count));
    *out = capi::to_c(grading::mean_of_scaled(column, value_scale, rounding));
    return EJ_OK;
  });
}

}  // extern "C"
