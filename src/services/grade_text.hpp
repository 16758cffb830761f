// A grade's value as the journal writes it, shared by the pages and the parents' notices.
#pragma once

#include <string>

#include "ejournal/grading/rational.hpp"

namespace ejournal::services::detail {

/// "10", "9,5" (a decimal comma, ua-school.md §6), or "19/3" for a value no decimal of at most
/// six places writes.
std::string grade_text(const grading::Rational& value);

}  // namespace ejournal::services::detail
