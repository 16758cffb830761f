// What the report entry points share: a term index and a column as the C ABI passes them, and a
// level distribution as its C struct.
#pragma once

#include <cstdint>
#include <string_view>

#include "ejournal.h"
#include "ejournal/services/reports.hpp"

namespace ejournal::capi {

/// A term index; Error(invalid) naming `parameter` when negative.
std::size_t read_term(std::int32_t term, std::string_view parameter);
/// An ej_report_column; Error(invalid) naming `parameter` for another value.
services::ReportColumn read_report_column(std::int32_t column, std::string_view parameter);
/// `distribution` as its C struct; Error(range) when a rational does not fit.
ej_distribution to_c(const services::Distribution& distribution);

}  // namespace ejournal::capi
