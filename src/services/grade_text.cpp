#include "grade_text.hpp"

#include <algorithm>

namespace ejournal::services::detail {

std::string grade_text(const grading::Rational& value) {
  if (value.is_integer()) return value.to_string();
  constexpr int kMostDecimals = 6;
  for (int decimals = 1; decimals <= kMostDecimals; ++decimals) {
    const grading::Decimal rounded =
        grading::round(value, {grading::RoundingMode::half_up, decimals});
    if (rounded.to_rational() == value) {
      std::string text = rounded.to_string();
      std::ranges::replace(text, '.', ',');
      return text;
    }
  }
  return value.to_string();
}

}  // namespace ejournal::services::detail
