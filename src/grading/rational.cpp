// Exact rationals over 128-bit integers, decimal input and exact rounding.
#include "ejournal/grading/rational.hpp"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>

#include "detail.hpp"

namespace ejournal::grading {

using detail::fail;
using detail::floor_divide;
using detail::FloorDivision;
using detail::kInt128Max;
using detail::kInt128Min;
using detail::magnitude;
using detail::UInt128;

namespace {

constexpr std::size_t kMaxParsedDigits = 30;
constexpr std::size_t kUnlimitedDigits = std::numeric_limits<std::size_t>::max();

bool fits_uint64(UInt128 value) {
  return (value >> 64) == 0;
}

UInt128 gcd(UInt128 a, UInt128 b) {
  while (b != 0) {
    if (fits_uint64(a) && fits_uint64(b)) {
      return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
    }
    const UInt128 rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

std::strong_ordering order(Int128 a, Int128 b) {
  if (a < b) return std::strong_ordering::less;
  if (a > b) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

// Compares a/b with c/d (b, d > 0) by their continued fractions, so no product can overflow.
std::strong_ordering compare_fractions(Int128 a, Int128 b, Int128 c, Int128 d) {
  bool reversed = false;
  for (;;) {
    const FloorDivision left = floor_divide(a, b);
    const FloorDivision right = floor_divide(c, d);
    if (left.quotient != right.quotient) {
      const auto result = order(left.quotient, right.quotient);
      return reversed ? 0 <=> result : result;
    }
    if (left.remainder == 0 || right.remainder == 0) {
      const auto result = order(left.remainder == 0 ? 0 : 1, right.remainder == 0 ? 0 : 1);
      return reversed ? 0 <=> result : result;
    }
    // r1/b < r2/d exactly when b/r1 > d/r2.
    a = b;
    b = left.remainder;
    c = d;
    d = right.remainder;
    reversed = !reversed;
  }
}

std::string_view scan_digits(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  return text.substr(start, pos - start);
}

// The decimal grammar of Rational::parse; `max_significant` bounds the digits from the first
// non-zero one to the last kept one (trailing zeros after the point are dropped).
Rational parse_decimal(std::string_view text, std::size_t max_significant) {
  std::size_t pos = 0;
  bool negative = false;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) {
    negative = text[pos] == '-';
    ++pos;
  }
  const std::string_view whole = scan_digits(text, pos);
  std::string_view fraction;
  bool has_point = false;
  if (pos < text.size() && text[pos] == '.') {
    has_point = true;
    ++pos;
    fraction = scan_digits(text, pos);
  }
  if (whole.empty() || (has_point && fraction.empty()) || pos != text.size()) {
    fail(Errc::invalid, "not a decimal number: " + detail::quoted(text) +
                            " (expected an optional sign, digits and optionally '.' and digits)");
  }
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);

  std::size_t significant = 0;
  for (const std::string_view part : {whole, fraction}) {
    for (const char digit : part) {
      if (significant > 0 || digit != '0') ++significant;
    }
  }
  if (significant > max_significant) {
    fail(Errc::invalid, "decimal " + detail::quoted(text) + " has " + std::to_string(significant) +
                            " significant digits; at most " + std::to_string(max_significant) +
                            " are accepted");
  }
  if (fraction.size() > detail::kMaxPowerOfTen) {
    fail(Errc::range, "decimal " + detail::quoted(text) + " has " +
                          std::to_string(fraction.size()) + " digits after the point; at most " +
                          std::to_string(detail::kMaxPowerOfTen) + " fit");
  }
  Int128 units = 0;
  for (const std::string_view part : {whole, fraction}) {
    for (const char digit : part) {
      if (__builtin_mul_overflow(units, 10, &units) ||
          __builtin_add_overflow(units, digit - '0', &units)) {
        fail(Errc::range, "decimal " + detail::quoted(text) + " does not fit 128 bits");
      }
    }
  }
  return Rational::fraction(negative ? -units : units,
                            detail::pow10(static_cast<int>(fraction.size())));
}

enum class Operation { add, subtract };

Rational add_or_subtract(const Rational& a, const Rational& b, Operation operation) {
  // Knuth's form keeps the intermediates small: a/b ± c/d = (a·(d/g) ± c·(b/g)) / (b/g · d).
  const auto g = static_cast<Int128>(
      gcd(static_cast<UInt128>(a.denominator()), static_cast<UInt128>(b.denominator())));
  const Int128 a_factor = b.denominator() / g;
  const Int128 b_factor = a.denominator() / g;
  Int128 left = 0;
  Int128 right = 0;
  Int128 numerator = 0;
  Int128 denominator = 0;
  const bool overflow =
      __builtin_mul_overflow(a.numerator(), a_factor, &left) ||
      __builtin_mul_overflow(b.numerator(), b_factor, &right) ||
      (operation == Operation::add ? __builtin_add_overflow(left, right, &numerator)
                                   : __builtin_sub_overflow(left, right, &numerator)) ||
      __builtin_mul_overflow(a.denominator(), a_factor, &denominator);
  if (overflow) {
    fail(Errc::range, "overflow: " + detail::describe(a) +
                          (operation == Operation::add ? " + " : " - ") + detail::describe(b) +
                          " does not fit 128 bits");
  }
  return Rational::fraction(numerator, denominator);
}

// (p/q) · (r/s) with q, s ≠ 0, cross-reduced first so the products stay as small as the result
// allows.
Rational multiply_parts(Int128 p, Int128 q, Int128 r, Int128 s, const Rational& a,
                        const Rational& b, std::string_view symbol) {
  const auto g1 = static_cast<Int128>(gcd(magnitude(p), magnitude(s)));
  const auto g2 = static_cast<Int128>(gcd(magnitude(r), magnitude(q)));
  Int128 numerator = 0;
  Int128 denominator = 0;
  if (__builtin_mul_overflow(p / g1, r / g2, &numerator) ||
      __builtin_mul_overflow(q / g2, s / g1, &denominator)) {
    fail(Errc::range, "overflow: " + detail::describe(a) + std::string(symbol) +
                          detail::describe(b) + " does not fit 128 bits");
  }
  return Rational::fraction(numerator, denominator);
}

}  // namespace

Rational::Rational(std::int64_t value) noexcept : num_(value) {}

Rational Rational::fraction(Int128 numerator, Int128 denominator) {
  if (denominator == 0) {
    fail(Errc::invalid, "fraction " + detail::to_string(numerator) + "/0: the denominator is zero");
  }
  Rational result;
  if (numerator == 0) return result;
  const UInt128 divisor = gcd(magnitude(numerator), magnitude(denominator));
  const UInt128 top = magnitude(numerator) / divisor;
  const UInt128 bottom = magnitude(denominator) / divisor;
  const bool negative = (numerator < 0) != (denominator < 0);
  const auto limit = static_cast<UInt128>(kInt128Max);
  if (bottom > limit || top > limit + (negative ? 1 : 0)) {
    fail(Errc::range, "fraction " + detail::to_string(numerator) + "/" +
                          detail::to_string(denominator) + " does not fit 128 bits once reduced");
  }
  result.num_ = negative ? static_cast<Int128>(UInt128{0} - top) : static_cast<Int128>(top);
  result.den_ = static_cast<Int128>(bottom);
  return result;
}

Rational Rational::parse(std::string_view decimal) {
  return parse_decimal(decimal, kMaxParsedDigits);
}

Rational Rational::from_double(double value) {
  if (std::isnan(value)) fail(Errc::invalid, "NaN (not a number) has no exact value");
  if (std::isinf(value)) {
    fail(Errc::invalid, std::string(value > 0 ? "+" : "-") + "infinity has no exact value");
  }
  // Fixed notation without a precision is the shortest text that reads back as `value`; the
  // longest such text (a subnormal) has about 330 characters.
  char buffer[400];
  const auto fixed = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  try {
    return parse_decimal(std::string_view(buffer, static_cast<std::size_t>(fixed.ptr - buffer)),
                         kUnlimitedDigits);
  } catch (const Error&) {
    // Name the value in its short form (1e+300), not as hundreds of fixed digits.
    const auto shortest = std::to_chars(buffer, buffer + sizeof buffer, value);
    fail(Errc::range, "the double " +
                          std::string(buffer, static_cast<std::size_t>(shortest.ptr - buffer)) +
                          " does not fit an exact 128-bit rational");
  }
}

Rational Rational::scaled(std::int64_t units, int scale) {
  if (scale < 0 || scale > detail::kMaxDecimals) {
    fail(Errc::invalid, "decimal scale " + std::to_string(scale) + " outside 0 … " +
                            std::to_string(detail::kMaxDecimals) + " (units " +
                            std::to_string(units) + ")");
  }
  return fraction(units, detail::pow10(scale));
}

double Rational::to_double() const noexcept {
  return static_cast<double>(num_) / static_cast<double>(den_);
}

std::string Rational::to_string() const {
  if (den_ == 1) return detail::to_string(num_);
  return detail::to_string(num_) + "/" + detail::to_string(den_);
}

Rational operator+(const Rational& a, const Rational& b) {
  return add_or_subtract(a, b, Operation::add);
}

Rational operator-(const Rational& a, const Rational& b) {
  return add_or_subtract(a, b, Operation::subtract);
}

Rational operator*(const Rational& a, const Rational& b) {
  return multiply_parts(a.num_, a.den_, b.num_, b.den_, a, b, " × ");
}

Rational operator/(const Rational& a, const Rational& b) {
  if (b.num_ == 0) fail(Errc::invalid, "division of " + detail::describe(a) + " by zero");
  // a / b = (a.num / a.den) · (b.den / b.num); fraction() moves the sign to the numerator.
  return multiply_parts(a.num_, a.den_, b.den_, b.num_, a, b, " ÷ ");
}

Rational operator-(const Rational& a) {
  if (a.num_ == kInt128Min) fail(Errc::range, "overflow: -(" + a.to_string() + ") does not fit");
  Rational result = a;
  result.num_ = -a.num_;
  return result;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
  return compare_fractions(a.num_, a.den_, b.num_, b.den_);
}

}  // namespace ejournal::grading
