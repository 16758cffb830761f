// Exact numbers: ej_round, ej_rational_parse, ej_rational_from_double, ej_decimal_format.
#include "convert.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;

extern "C" {

int ej_round(ej_decimal* out, const ej_rational* value, int32_t mode, int32_t decimals) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_decimal{};
    const grading::Rational exact = capi::read_rational(value, "value");
    const grading::RoundingPolicy policy{capi::read_rounding_mode(mode, "mode"),
                                         capi::read_decimals(decimals, "decimals")};
    *out = capi::to_c(grading::round(exact, policy));
    return EJ_OK;
  });
}

int ej_rational_parse(ej_rational* out, const char* text) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_rational{};
    const std::string literal = capi::read_text(text, "text");
    *out = capi::to_c(grading::Rational::parse(literal), "the number");
    return EJ_OK;
  });
}

int ej_rational_from_double(ej_rational* out, double value) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_rational{};
    *out = capi::to_c(capi::read_double(value, "value"), "the value");
    return EJ_OK;
  });
}

int ej_decimal_format(char** out, const ej_decimal* value) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(value, "value");
    const grading::Decimal decimal{value->units, capi::read_decimals(value->scale, "value->scale")};
    *out = capi::hand_out(decimal.to_string());
    return EJ_OK;
  });
}

}  // extern "C"
