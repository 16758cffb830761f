// Uses the installed C++ core: an exact rounding through ejournal::core.
#include <cstdio>

#include "ejournal/grading/rational.hpp"

int main() {
  using ejournal::grading::Rational;
  using ejournal::grading::RoundingMode;
  const auto average =
      ejournal::grading::round(Rational::fraction(193, 20), {RoundingMode::half_up, 1});
  std::printf("cpp consumer: 193/20 = %s\n", average.to_string().c_str());
  return average.to_string() == "9.7" ? 0 : 1;
}
