// Validators for Ukrainian identifiers (ua-school.md §5.1–§5.4) and the 27 first-level
// administrative units (§5.5). Every function throws Error(invalid, text) naming the value and
// the rule it breaks; none of them keeps state.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace ejournal::text {

/// A first-level unit: an oblast, the Autonomous Republic of Crimea or a city with special
/// status. The strings are static.
struct Region {
  std::string_view katottg;  ///< two-digit first-level КАТОТТГ code ("80"), as in КОАТУУ
  std::string_view iso;      ///< ISO 3166-2 code ("UA-30"); differs from `katottg` for 5 units
  std::string_view name_uk;     ///< "місто Київ"
  std::string_view name_latin;  ///< national transliteration ("Kyiv")
};

/// The 27 first-level units in КАТОТТГ code order.
std::span<const Region> regions() noexcept;
/// The unit with the two-digit КАТОТТГ code ("05"), or nullptr.
const Region* find_region_by_katottg(std::string_view code) noexcept;
/// The unit with the ISO 3166-2 code ("UA-05"), or nullptr.
const Region* find_region_by_iso(std::string_view code) noexcept;

/// The ЄДРПОУ code (§5.1) with spaces removed: exactly 8 ASCII digits whose last is the check
/// digit (weights chosen by the first digit, second pass with weights + 2).
std::string normalize_edrpou(std::string_view text);

/// The РНОКПП (§5.2) with spaces removed: exactly 10 ASCII digits, the last a check digit.
std::string normalize_rnokpp(std::string_view text);

/// A ДІСО institution id (§5.3): its format is not published, so it is kept as an opaque run of
/// 1 … kMaxDisoIdDigits ASCII digits (spaces removed), without a checksum.
inline constexpr std::size_t kMaxDisoIdDigits = 20;
std::string normalize_diso_id(std::string_view text);

/// A class name "5-А": grade 1 … 12, a hyphen and one capital letter of the Ukrainian alphabet
/// (not Ь). Spaces are removed, the hyphen may be missing and the letter may be lower case
/// ("5 - а", "5а" → "5-А"). Latin look-alikes ("5-A") are refused with a message saying so.
std::string normalize_class_name(std::string_view text);

/// A КАТОТТГ code (§5.4) split into its levels. Zeros fill the levels below the object.
struct Katottg {
  std::string code;                ///< "UA" + 17 digits
  std::string oblast;              ///< 2 digits, the first-level unit
  std::string raion;               ///< 2 digits
  std::string hromada;             ///< 3 digits
  std::string settlement;          ///< 3 digits
  std::string district;            ///< 2 digits, city district
  const Region* region = nullptr;  ///< the first-level unit, never nullptr after a parse
};

/// Parses "UA" + 17 digits. Spaces are removed and the prefix may be lower case ("ua…"), since
/// codes are often retyped by hand; the result always carries "UA". The last 5 digits are an
/// opaque tail, not a checksum. An oblast code that is not one of regions() is refused.
Katottg parse_katottg(std::string_view text);

}  // namespace ejournal::text
