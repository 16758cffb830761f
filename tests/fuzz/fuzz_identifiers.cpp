// Fuzzes the validators of ЄДРПОУ, РНОКПП, ДІСО id, class name and КАТОТТГ.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/identifiers.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::require;
namespace text = ejournal::text;

bool is_digits(std::string_view value) {
  return std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A normalised value must be accepted again unchanged, or normalisation is not a fixed point.
template <typename Normalizer>
void check_fixed_point(Normalizer normalize, std::string_view input, const char* invariant,
                       bool (*well_formed)(const std::string&)) {
  try {
    const std::string value = normalize(input);
    require(well_formed(value), invariant);
    require(normalize(value) == value, invariant);
  } catch (const ejournal::Error&) {
  }
}

void check_katottg(std::string_view input) {
  try {
    const text::Katottg parsed = text::parse_katottg(input);
    require(parsed.code.size() == 19 && parsed.code.starts_with("UA") &&
                is_digits(std::string_view(parsed.code).substr(2)),
            "КАТОТТГ code is UA + 17 digits");
    require(parsed.region != nullptr && parsed.region->katottg == parsed.oblast,
            "КАТОТТГ region matches its oblast");
    require(parsed.oblast + parsed.raion + parsed.hromada + parsed.settlement + parsed.district ==
                parsed.code.substr(2, 12),
            "КАТОТТГ levels are the code's digits");
    require(text::parse_katottg(parsed.code).code == parsed.code, "КАТОТТГ re-parses to itself");
  } catch (const ejournal::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = ejournal::fuzz::as_text(data, size);
  check_fixed_point(text::normalize_edrpou, input, "ЄДРПОУ is 8 digits and re-validates",
                    [](const std::string& v) { return v.size() == 8 && is_digits(v); });
  check_fixed_point(text::normalize_rnokpp, input, "РНОКПП is 10 digits and re-validates",
                    [](const std::string& v) { return v.size() == 10 && is_digits(v); });
  check_fixed_point(text::normalize_diso_id, input, "ДІСО id is 1…20 digits and re-validates",
                    [](const std::string& v) {
                      return !v.empty() && v.size() <= text::kMaxDisoIdDigits && is_digits(v);
                    });
  check_fixed_point(text::normalize_class_name, input, "class name re-validates",
                    [](const std::string& v) { return ejournal::fuzz::is_valid_utf8(v); });
  check_katottg(input);
  return 0;
}
