// Message and formatting helpers shared by the grading sources.
#include "detail.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace ejournal::grading::detail {

namespace {

std::string digits_of(UInt128 value) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  } while (value != 0);
  return digits;
}

}  // namespace

void fail(Errc code, const std::string& message) {
  throw Error(code, ErrorDomain::grading, message);
}

Int128 pow10(int exponent) {
  Int128 result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

std::string to_string(Int128 value) {
  std::string digits = digits_of(magnitude(value));
  if (value < 0) digits.insert(digits.begin(), '-');
  return digits;
}

std::string format_scaled(Int128 units, int scale) {
  std::string digits = digits_of(magnitude(units));
  const auto width = static_cast<std::size_t>(scale);
  if (digits.size() <= width) digits.insert(0, width + 1 - digits.size(), '0');
  if (scale > 0) digits.insert(digits.size() - width, 1, '.');
  if (units < 0) digits.insert(digits.begin(), '-');
  return digits;
}

std::string describe(const Rational& value) {
  UInt128 denominator = static_cast<UInt128>(value.denominator());
  int twos = 0;
  int fives = 0;
  while (denominator % 2 == 0) {
    denominator /= 2;
    ++twos;
  }
  while (denominator % 5 == 0) {
    denominator /= 5;
    ++fives;
  }
  const int scale = std::max(twos, fives);
  Int128 units = 0;
  if (denominator != 1 || scale > kMaxPowerOfTen ||
      __builtin_mul_overflow(value.numerator(), pow10(scale) / value.denominator(), &units)) {
    return value.to_string();
  }
  return format_scaled(units, scale);
}

std::string quoted(std::string_view text) {
  std::string result = "'";
  result.append(text);
  result += '\'';
  return result;
}

}  // namespace ejournal::grading::detail
