// Helpers shared by the grading sources; not part of the public API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "ejournal/grading/marks.hpp"
#include "ejournal/grading/rational.hpp"

namespace ejournal::grading::detail {

__extension__ using UInt128 = unsigned __int128;

inline constexpr Int128 kInt128Max = static_cast<Int128>(~UInt128{0} >> 1);
inline constexpr Int128 kInt128Min = -kInt128Max - 1;
inline constexpr int kMaxDecimals = 18;
/// The largest power of ten an Int128 holds.
inline constexpr int kMaxPowerOfTen = 38;

/// Throws Error(code, grading, message).
[[noreturn]] void fail(Errc code, const std::string& message);

/// 10^exponent for 0 ≤ exponent ≤ 38 (the largest power of ten an Int128 holds).
Int128 pow10(int exponent);

/// Floor division for a positive divisor: quotient ≤ value / divisor < quotient + 1.
struct FloorDivision {
  Int128 quotient;
  Int128 remainder;  ///< 0 ≤ remainder < divisor
};

inline FloorDivision floor_divide(Int128 value, Int128 divisor) {
  Int128 quotient = value / divisor;
  Int128 remainder = value % divisor;
  if (remainder < 0) {
    --quotient;
    remainder += divisor;
  }
  return {quotient, remainder};
}

/// |value| without overflow (|INT128_MIN| = 2^127 fits the unsigned type).
inline UInt128 magnitude(Int128 value) noexcept {
  return value < 0 ? UInt128{0} - static_cast<UInt128>(value) : static_cast<UInt128>(value);
}

std::string to_string(Int128 value);

/// A value for messages: the exact decimal when it has one of at most 38 digits after the point
/// ("87.5"), otherwise the fraction ("1/3").
std::string describe(const Rational& value);

/// `units` × 10^-scale with exactly `scale` decimals (0 ≤ scale ≤ 38).
std::string format_scaled(Int128 units, int scale);

/// Throws Error(invalid) for a rounding mode that is not one of the four.
void check_mode(RoundingMode mode);
/// Throws Error(invalid) for an unknown mode or decimals outside 0 … 18.
void check_policy(RoundingPolicy policy);

/// numerator / denominator × 10^decimals rounded to an integer by `mode`; denominator > 0,
/// 0 ≤ decimals ≤ 18, the fraction need not be reduced. Throws Error(range) when the result does
/// not fit 128 bits.
Int128 round_scaled_quotient(Int128 numerator, Int128 denominator, int decimals, RoundingMode mode);

/// numerator / denominator rounded by `policy` (already checked); denominator > 0. Throws
/// Error(range) when the result does not fit int64 units.
Decimal round_quotient(Int128 numerator, Int128 denominator, RoundingPolicy policy);

/// MarkDictionary::ukrainian(), built once and never changed: the dictionary used when a caller
/// passes none.
const MarkDictionary& default_marks();

/// `text` in single quotes, as messages name values: 'text'.
std::string quoted(std::string_view text);

}  // namespace ejournal::grading::detail
