// Reading one student's result: ej_gradebook_result_*.
#include <optional>
#include <string_view>

#include "ejournal/grading/gradebook.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "handles.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;
namespace gradebook = ejournal::grading::gradebook;

namespace {

static_assert(static_cast<int>(gradebook::Outcome::counted) == EJ_OUTCOME_COUNTED);
static_assert(static_cast<int>(gradebook::Outcome::pending_review) == EJ_OUTCOME_PENDING_REVIEW);
static_assert(static_cast<int>(gradebook::Outcome::outside_periods) == EJ_OUTCOME_OUTSIDE_PERIODS);

// The percentage as shown: Canvas's rounding, 2 decimals half-up on the exact value.
constexpr grading::RoundingPolicy kPercentDisplay{grading::RoundingMode::half_up, 2};

// An optional value for an (out, out_has) pair, zeroed when absent. Converted only when the
// caller asked for it, so that a value nobody reads cannot fail the call.
ej_rational optional_to_c(const std::optional<grading::Rational>& value, const void* wanted,
                          std::string_view what) {
  return value && wanted != nullptr ? capi::to_c(*value, what) : ej_rational{};
}

// A value for an out pointer, converted only when the caller asked for it.
ej_rational wanted_to_c(const grading::Rational& value, const void* wanted, std::string_view what) {
  return wanted != nullptr ? capi::to_c(value, what) : ej_rational{};
}

const gradebook::NodeResult& node_at(const ej_gradebook_result& result, int32_t index) {
  const auto& nodes = result.result.nodes;
  return nodes[capi::read_index(index, nodes.size(), "nodes")];
}

}  // namespace

extern "C" {

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_gradebook_result_free(ej_gradebook_result* result) {
  delete result;
}

int ej_gradebook_result_total(ej_rational* out_total, int32_t* out_has_total, ej_rational* out_min,
                              ej_rational* out_max, const ej_gradebook_result* result) {
  return capi::guarded([&] {
    capi::reset(out_total);
    capi::reset(out_has_total);
    capi::reset(out_min);
    capi::reset(out_max);
    capi::require(result, "result");
    const gradebook::GradebookResult& computed = result->result;
    const ej_rational total = optional_to_c(computed.total, out_total, "the course total");
    const ej_rational min = wanted_to_c(computed.total_min, out_min, "the total's minimum");
    const ej_rational max = wanted_to_c(computed.total_max, out_max, "the total's maximum");
    capi::put(out_total, total);
    capi::put(out_has_total, computed.total ? 1 : 0);
    capi::put(out_min, min);
    capi::put(out_max, max);
    return EJ_OK;
  });
}

int ej_gradebook_result_percent(ej_rational* out_percent, ej_decimal* out_rounded,
                                int32_t* out_has_percent, const ej_gradebook_result* result) {
  return capi::guarded([&] {
    capi::reset(out_percent);
    capi::reset(out_rounded);
    capi::reset(out_has_percent);
    capi::require(result, "result");
    const std::optional<grading::Rational>& percent = result->result.percent;
    const ej_rational exact = optional_to_c(percent, out_percent, "the percentage");
    const ej_decimal rounded = percent && out_rounded != nullptr
                                   ? capi::to_c(grading::round(*percent, kPercentDisplay))
                                   : ej_decimal{};
    capi::put(out_percent, exact);
    capi::put(out_rounded, rounded);
    capi::put(out_has_percent, percent ? 1 : 0);
    return EJ_OK;
  });
}

int ej_gradebook_result_mark(const char** out, const ej_gradebook_result* result) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(result, "result");
    *out = result->result.suggestion_mark.c_str();
    return EJ_OK;
  });
}

int ej_gradebook_result_node_count(int32_t* out, const ej_gradebook_result* result) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(result, "result");
    *out = capi::to_int32(result->result.nodes.size(), "the number of nodes");
    return EJ_OK;
  });
}

int ej_gradebook_result_node(const char** out_id, int32_t* out_is_category, int32_t* out_outcome,
                             const char** out_reason, const ej_gradebook_result* result,
                             int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_id);
    capi::reset(out_is_category);
    capi::reset(out_outcome);
    capi::reset(out_reason);
    capi::require(result, "result");
    const gradebook::NodeResult& node = node_at(*result, index);
    capi::put(out_id, node.id.c_str());
    capi::put(out_is_category, node.is_category ? 1 : 0);
    capi::put(out_outcome, static_cast<int32_t>(node.outcome));
    capi::put(out_reason, node.reason.c_str());
    return EJ_OK;
  });
}

int ej_gradebook_result_node_value(ej_rational* out_value, int32_t* out_has_value,
                                   ej_rational* out_min, ej_rational* out_max,
                                   const ej_gradebook_result* result, int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_value);
    capi::reset(out_has_value);
    capi::reset(out_min);
    capi::reset(out_max);
    capi::require(result, "result");
    const gradebook::NodeResult& node = node_at(*result, index);
    const ej_rational value = optional_to_c(node.value, out_value, "the node's value");
    const ej_rational min = wanted_to_c(node.range_min, out_min, "the node's minimum");
    const ej_rational max = wanted_to_c(node.range_max, out_max, "the node's maximum");
    capi::put(out_value, value);
    capi::put(out_has_value, node.value ? 1 : 0);
    capi::put(out_min, min);
    capi::put(out_max, max);
    return EJ_OK;
  });
}

int ej_gradebook_result_node_weight(ej_rational* out_weight, int32_t* out_has_weight,
                                    ej_rational* out_contribution, int32_t* out_has_contribution,
                                    const ej_gradebook_result* result, int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_weight);
    capi::reset(out_has_weight);
    capi::reset(out_contribution);
    capi::reset(out_has_contribution);
    capi::require(result, "result");
    const gradebook::NodeResult& node = node_at(*result, index);
    const ej_rational weight = optional_to_c(node.weight, out_weight, "the node's weight");
    const ej_rational contribution =
        optional_to_c(node.contribution, out_contribution, "the node's contribution");
    capi::put(out_weight, weight);
    capi::put(out_has_weight, node.weight ? 1 : 0);
    capi::put(out_contribution, contribution);
    capi::put(out_has_contribution, node.contribution ? 1 : 0);
    return EJ_OK;
  });
}

int ej_gradebook_result_period_count(int32_t* out, const ej_gradebook_result* result) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(result, "result");
    *out = capi::to_int32(result->result.periods.size(), "the number of periods");
    return EJ_OK;
  });
}

int ej_gradebook_result_period(const char** out_id, ej_rational* out_percent,
                               int32_t* out_has_percent, ej_rational* out_score,
                               ej_rational* out_possible, const ej_gradebook_result* result,
                               int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_id);
    capi::reset(out_percent);
    capi::reset(out_has_percent);
    capi::reset(out_score);
    capi::reset(out_possible);
    capi::require(result, "result");
    const auto& periods = result->result.periods;
    const gradebook::PeriodResult& period =
        periods[capi::read_index(index, periods.size(), "periods")];
    const ej_rational percent = optional_to_c(period.percent, out_percent, "the period's percent");
    const ej_rational score = wanted_to_c(period.score, out_score, "the period's score");
    const ej_rational possible =
        wanted_to_c(period.possible, out_possible, "the period's points possible");
    capi::put(out_id, period.id.c_str());
    capi::put(out_percent, percent);
    capi::put(out_has_percent, period.percent ? 1 : 0);
    capi::put(out_score, score);
    capi::put(out_possible, possible);
    return EJ_OK;
  });
}

}  // extern "C"
