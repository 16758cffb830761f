// Exact rounding of rationals to a number of decimals under an explicit policy.
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

#include "detail.hpp"
#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

using detail::fail;
using detail::floor_divide;
using detail::FloorDivision;
using detail::UInt128;

namespace {

// x, y < modulus ≤ 2^127: returns (x + y) mod modulus and adds the carry (0 or 1) to `quotient`.
UInt128 add_mod(UInt128 x, UInt128 y, UInt128 modulus, unsigned& quotient) {
  UInt128 total = x + y;
  if (total >= modulus) {
    total -= modulus;
    ++quotient;
  }
  return total;
}

// remainder < divisor ≤ 2^127: returns the next decimal digit of remainder / divisor and leaves
// 10 · remainder mod divisor in `remainder`. 10r = 8r + 2r, built by doublings that never leave
// the unsigned range.
unsigned next_digit(UInt128& remainder, UInt128 divisor) {
  // qN = floor(N·remainder / divisor), rN = N·remainder mod divisor.
  unsigned q2 = 0;
  const UInt128 r2 = add_mod(remainder, remainder, divisor, q2);
  unsigned q4 = 2 * q2;
  const UInt128 r4 = add_mod(r2, r2, divisor, q4);
  unsigned q8 = 2 * q4;
  const UInt128 r8 = add_mod(r4, r4, divisor, q8);
  unsigned q10 = q8 + q2;
  remainder = add_mod(r8, r2, divisor, q10);
  return q10;
}

// 10^0 … 10^18: every power of ten an int64 holds.
constexpr std::array<std::int64_t, 19> kPowersOfTen = [] {
  std::array<std::int64_t, 19> powers{};
  powers[0] = 1;
  for (std::size_t i = 1; i < powers.size(); ++i) powers[i] = powers[i - 1] * 10;
  return powers;
}();

bool fits_int64(Int128 value) {
  return value >= std::numeric_limits<std::int64_t>::min() &&
         value <= std::numeric_limits<std::int64_t>::max();
}

// Whether a floor with the dropped fraction remainder/divisor (0 ≤ remainder < divisor) steps up
// to the next unit under `mode`. Comparing the remainder with divisor − remainder finds the half
// without doubling, which could overflow.
template <class Unsigned>
bool steps_up(RoundingMode mode, Unsigned remainder, Unsigned divisor, bool negative,
              bool odd_floor) {
  const Unsigned rest = divisor - remainder;
  switch (mode) {
    case RoundingMode::floor: return false;
    case RoundingMode::ceiling: return remainder != 0;
    // Away from zero: a tie steps up only for a non-negative value.
    case RoundingMode::half_up: return remainder > rest || (remainder == rest && !negative);
    case RoundingMode::half_even: return remainder > rest || (remainder == rest && odd_floor);
  }
  return false;
}

[[noreturn]] void fail_rounding_range(Int128 numerator, Int128 denominator, int decimals,
                                      const char* limit) {
  fail(Errc::range, "rounding " + detail::describe(Rational::fraction(numerator, denominator)) +
                        " to " + std::to_string(decimals) + " decimals: the result does not fit " +
                        limit);
}

}  // namespace

namespace detail {

void check_mode(RoundingMode mode) {
  switch (mode) {
    case RoundingMode::half_up:
    case RoundingMode::half_even:
    case RoundingMode::floor:
    case RoundingMode::ceiling: return;
  }
  fail(Errc::invalid,
       "unknown rounding mode " + std::to_string(static_cast<int>(mode)) + " (expected 1…4)");
}

void check_policy(RoundingPolicy policy) {
  check_mode(policy.mode);
  if (policy.decimals < 0 || policy.decimals > kMaxDecimals) {
    fail(Errc::invalid, "rounding to " + std::to_string(policy.decimals) +
                            " decimals: expected 0 … " + std::to_string(kMaxDecimals));
  }
}

Int128 round_scaled_quotient(Int128 numerator, Int128 denominator, int decimals,
                             RoundingMode mode) {
  // Fast path: everything fits 64 bits, one hardware division (the per-group case of bulk).
  std::int64_t scaled = 0;
  if (fits_int64(numerator) && fits_int64(denominator) &&
      !__builtin_mul_overflow(static_cast<std::int64_t>(numerator),
                              kPowersOfTen[static_cast<std::size_t>(decimals)], &scaled)) {
    const auto divisor = static_cast<std::int64_t>(denominator);
    std::int64_t units = 0;
    std::int64_t remainder = 0;
    constexpr std::int64_t kUInt32Max = std::numeric_limits<std::uint32_t>::max();
    if (scaled >= 0 && scaled <= kUInt32Max && divisor <= kUInt32Max) {
      // Grade means are small: a 32-bit division is several times cheaper than a 64-bit one.
      const auto top = static_cast<std::uint32_t>(scaled);
      const auto bottom = static_cast<std::uint32_t>(divisor);
      units = top / bottom;
      remainder = top % bottom;
    } else {
      units = scaled / divisor;
      remainder = scaled % divisor;
      if (remainder < 0) {
        --units;
        remainder += divisor;
      }
    }
    const bool up = steps_up(mode, static_cast<std::uint64_t>(remainder),
                             static_cast<std::uint64_t>(divisor), numerator < 0, units % 2 != 0);
    return static_cast<Int128>(units) + (up ? 1 : 0);
  }
  const FloorDivision whole = floor_divide(numerator, denominator);
  Int128 units = whole.quotient;
  UInt128 remainder = static_cast<UInt128>(whole.remainder);
  const auto divisor = static_cast<UInt128>(denominator);
  for (int i = 0; i < decimals; ++i) {
    const unsigned digit = next_digit(remainder, divisor);
    if (__builtin_mul_overflow(units, 10, &units) ||
        __builtin_add_overflow(units, static_cast<Int128>(digit), &units)) {
      fail_rounding_range(numerator, denominator, decimals, "128 bits");
    }
  }
  if (steps_up(mode, remainder, divisor, numerator < 0, units % 2 != 0) &&
      __builtin_add_overflow(units, 1, &units)) {
    fail_rounding_range(numerator, denominator, decimals, "128 bits");
  }
  return units;
}

Decimal round_quotient(Int128 numerator, Int128 denominator, RoundingPolicy policy) {
  const Int128 units = round_scaled_quotient(numerator, denominator, policy.decimals, policy.mode);
  if (units < std::numeric_limits<std::int64_t>::min() ||
      units > std::numeric_limits<std::int64_t>::max()) {
    fail_rounding_range(numerator, denominator, policy.decimals, "64-bit units");
  }
  return Decimal{static_cast<std::int64_t>(units), policy.decimals};
}

}  // namespace detail

Decimal round(const Rational& value, RoundingPolicy policy) {
  detail::check_policy(policy);
  return detail::round_quotient(value.numerator(), value.denominator(), policy);
}

Int128 round_to_integer(const Rational& value, RoundingMode mode) {
  detail::check_mode(mode);
  return detail::round_scaled_quotient(value.numerator(), value.denominator(), 0, mode);
}

std::string Decimal::to_string() const {
  if (scale < 0 || scale > detail::kMaxDecimals) {
    fail(Errc::invalid, "decimal scale " + std::to_string(scale) + " outside 0 … " +
                            std::to_string(detail::kMaxDecimals) + " (units " +
                            std::to_string(units) + ")");
  }
  return detail::format_scaled(units, scale);
}

}  // namespace ejournal::grading
