// Conversions between the C types of ejournal/grading.h and the C++ grading core, with the
// argument checks every grading entry point shares. Each check throws ejournal::Error naming the
// parameter and the value it got, so the firewall turns it into the documented status.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ejournal.h"
#include "ejournal/grading/aggregate.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/grading/ukrainian.hpp"
#include "firewall.hpp"

namespace ejournal::capi {

/// Throws Error(invalid, argument) with `message`.
[[noreturn]] void fail_invalid(const std::string& message);
/// A caller's double as the decimal it denotes; NaN and infinities are rejected naming
/// `parameter` and the value.
grading::Rational read_double(double value, std::string_view parameter);
/// A caller's ej_rational; NULL and den ≤ 0 are rejected naming `parameter`.
grading::Rational read_rational(const ej_rational* value, std::string_view parameter);

/// The exact value as ej_rational; Error(range, grading) naming `what` when a part does not fit
/// int64 (the result, not an argument, is what is out of range).
ej_rational to_c(const grading::Rational& value, std::string_view what);
ej_decimal to_c(const grading::Decimal& value) noexcept;
/// A count or position as int32_t; Error(range, grading) naming `what` beyond INT32_MAX.
std::int32_t to_int32(std::size_t value, std::string_view what);

grading::RoundingMode read_rounding_mode(std::int32_t mode, std::string_view parameter);
grading::Method read_method(std::int32_t method, std::string_view parameter);
grading::EmptyPolicy read_empty_policy(std::int32_t policy, std::string_view parameter);
grading::CertificateEntryKind read_certificate_kind(std::int32_t kind, std::string_view parameter);
/// A number of decimals, 0 … 18.
int read_decimals(std::int32_t decimals, std::string_view parameter);
/// A boolean given as int32_t 0/1; anything else is most likely an uninitialised field.
bool read_bool(std::int32_t value, std::string_view parameter);
/// Rejects set bits outside `known`.
void check_flags(std::uint32_t flags, std::uint32_t known, std::string_view parameter);
/// Rejects a `reserved` field that is not 0, so that a later version may give it a meaning.
void check_reserved(std::int32_t value, std::string_view parameter);
/// Rejects an options version this library does not know: 0 (never set) or newer than `current`.
void check_options_version(std::uint32_t version, std::uint32_t current,
                           std::string_view parameter);

/// The body of every ej_*_options_init(): `*opts` becomes `defaults` when `version` is known.
/// It is zeroed first, so a caller that ignores EJ_EVERSION holds version 0, refused later.
template <class Options>
int init_options(Options* opts, std::uint32_t version, const Options& defaults) {
  return guarded([&] {
    require(opts, "opts");
    *opts = Options{};
    check_options_version(version, defaults.version, "version");
    *opts = defaults;
    return EJ_OK;
  });
}
/// `index` as a position in 0 … count−1; Error(range) naming `what` otherwise.
std::size_t read_index(std::int32_t index, std::size_t count, std::string_view what);

/// Writes `value` through an optional out pointer.
template <class T>
void put(T* out, const T& value) noexcept {
  if (out != nullptr) *out = value;
}

/// Zeroes an optional out pointer, so that a failure never leaves stale data behind.
template <class T>
void reset(T* out) noexcept {
  if (out != nullptr) *out = T{};
}

}  // namespace ejournal::capi
