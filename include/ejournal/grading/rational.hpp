// Exact numbers for grades and averages: a rational type, decimals, and rounding policies.
//
// Every value that counts is exact. Inputs are read as the decimal a person typed (a double is
// taken as its shortest round-trip decimal, so 93.825 is exactly 93825/1000), the arithmetic is
// rational, and a result is rounded once, at the end, by an explicit policy.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace ejournal::grading {

__extension__ using Int128 = __int128;

/// An exact rational number, always reduced, with a positive denominator.
/// Arithmetic is checked: an intermediate that does not fit 128 bits throws Error(Errc::range).
class Rational {
 public:
  constexpr Rational() noexcept = default;
  /// The integer `value` (implicit: `Rational r = 7;`).
  Rational(std::int64_t value) noexcept;  // NOLINT(google-explicit-constructor)

  /// numerator / denominator, reduced. Throws Error(invalid) when the denominator is 0.
  static Rational fraction(Int128 numerator, Int128 denominator);
  /// A decimal literal: optional sign, digits, optional '.' and digits ("-12.375", "7", "0.5").
  /// No exponent, no spaces, at most 30 significant digits. Throws Error(invalid) naming the text.
  static Rational parse(std::string_view decimal);
  /// The shortest decimal that round-trips to `value` (what the user typed), exactly.
  /// Throws Error(invalid) for NaN and ±infinity.
  static Rational from_double(double value);
  /// units × 10^-scale, for 0 ≤ scale ≤ 18. Throws Error(invalid) for another scale.
  static Rational scaled(std::int64_t units, int scale);

  [[nodiscard]] Int128 numerator() const noexcept { return num_; }
  [[nodiscard]] Int128 denominator() const noexcept { return den_; }
  [[nodiscard]] bool is_integer() const noexcept { return den_ == 1; }
  [[nodiscard]] int sign() const noexcept { return num_ < 0 ? -1 : (num_ > 0 ? 1 : 0); }

  /// Nearest double, for display and plotting only; never feed it back into a computation.
  [[nodiscard]] double to_double() const noexcept;
  /// "193/20", or "7" for an integer.
  [[nodiscard]] std::string to_string() const;

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  /// Throws Error(invalid) on division by zero.
  friend Rational operator/(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a);
  Rational& operator+=(const Rational& b) { return *this = *this + b; }
  Rational& operator-=(const Rational& b) { return *this = *this - b; }
  Rational& operator*=(const Rational& b) { return *this = *this * b; }
  Rational& operator/=(const Rational& b) { return *this = *this / b; }

  friend bool operator==(const Rational& a, const Rational& b) noexcept = default;
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

 private:
  Int128 num_ = 0;
  Int128 den_ = 1;
};

/// How a value is brought to a number of decimals. Ties are exact halves of the last kept digit.
enum class RoundingMode {
  half_up = 1,  ///< ties away from zero: 9.65 → 9.7, 10.5 → 11, −2.5 → −3 (the default)
  half_even,    ///< ties to the even digit (banker's): 10.5 → 10, 11.5 → 12
  floor,        ///< toward −∞
  ceiling,      ///< toward +∞ ("in the pupil's favour")
};

/// A rounded result: units × 10^-scale, e.g. {970, 2} is 9.70.
struct Decimal {
  std::int64_t units = 0;
  int scale = 0;

  [[nodiscard]] Rational to_rational() const { return Rational::scaled(units, scale); }
  /// Exactly `scale` decimals: {970, 2} → "9.70", {-5, 1} → "-0.5".
  [[nodiscard]] std::string to_string() const;
  friend bool operator==(const Decimal&, const Decimal&) noexcept = default;
};

/// A rounding policy: the mode and the number of decimals (0 … 18).
struct RoundingPolicy {
  RoundingMode mode = RoundingMode::half_up;
  int decimals = 0;
};

/// Rounds `value` exactly. Throws Error(invalid) for decimals outside 0 … 18 or an unknown mode,
/// Error(range) when the result does not fit int64 units.
Decimal round(const Rational& value, RoundingPolicy policy);

/// The integer nearest to `value` under `mode` (exact; no overflow possible beyond Int128).
Int128 round_to_integer(const Rational& value, RoundingMode mode);

}  // namespace ejournal::grading
