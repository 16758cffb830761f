// Helpers shared by the grading tests.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

// Readable values in gtest failure messages.
inline void PrintTo(const Rational& value, std::ostream* out) {
  *out << value.to_string();
}
inline void PrintTo(const Decimal& value, std::ostream* out) {
  *out << "{" << value.units << ", " << value.scale << "}";
}

namespace testing {

inline Rational dec(std::string_view decimal) {
  return Rational::parse(decimal);
}
inline Rational frac(Int128 numerator, Int128 denominator) {
  return Rational::fraction(numerator, denominator);
}

inline std::string int128_text(Int128 value) {
  __extension__ using UInt128 = unsigned __int128;
  UInt128 rest = value < 0 ? UInt128{0} - static_cast<UInt128>(value) : static_cast<UInt128>(value);
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(rest % 10)));
    rest /= 10;
  } while (rest != 0);
  return value < 0 ? "-" + digits : digits;
}

/// Runs `action` and checks it throws Error(code) of the grading domain whose message contains
/// every fragment.
template <class Action>
::testing::AssertionResult fails_with(Action&& action, Errc code,
                                      std::initializer_list<std::string_view> fragments = {}) {
  try {
    action();
  } catch (const Error& error) {
    const std::string_view message = error.what();
    if (error.code() != code) {
      return ::testing::AssertionFailure()
             << "error code " << static_cast<int>(error.code()) << " instead of "
             << static_cast<int>(code) << ": " << message;
    }
    if (error.domain() != ErrorDomain::grading) {
      return ::testing::AssertionFailure() << "error domain is not grading: " << message;
    }
    for (const std::string_view fragment : fragments) {
      if (message.find(fragment) == std::string_view::npos) {
        return ::testing::AssertionFailure()
               << "message \"" << message << "\" does not mention \"" << fragment << "\"";
      }
    }
    return ::testing::AssertionSuccess() << message;
  }
  return ::testing::AssertionFailure() << "no error was thrown";
}

}  // namespace testing
}  // namespace ejournal::grading
