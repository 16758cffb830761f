#include "convert.hpp"

#include <cmath>
#include <limits>

#include "ejournal/error.hpp"
#include "firewall.hpp"

namespace ejournal::capi {

namespace {

std::string quoted(std::string_view parameter) {
  return "argument '" + std::string(parameter) + "'";
}

// An argument outside its domain.
[[noreturn]] void fail_range(const std::string& message) {
  throw Error(Errc::range, ErrorDomain::argument, message);
}

// A result that the C types cannot carry: reported as the grading engine's, not the caller's.
[[noreturn]] void fail_overflow(const std::string& message) {
  throw Error(Errc::range, ErrorDomain::grading, message);
}

// Whether `value` fits int64_t; Int128 is the core's working width.
bool fits_int64(grading::Int128 value) noexcept {
  return value >= std::numeric_limits<std::int64_t>::min() &&
         value <= std::numeric_limits<std::int64_t>::max();
}

}  // namespace

// The enum constants of grading.h are the core's enumerators, so the casts below are exact.
static_assert(static_cast<int>(grading::RoundingMode::half_up) == EJ_ROUND_HALF_UP);
static_assert(static_cast<int>(grading::RoundingMode::ceiling) == EJ_ROUND_CEILING);
static_assert(static_cast<int>(grading::Method::mean) == EJ_METHOD_MEAN);
static_assert(static_cast<int>(grading::Method::sum) == EJ_METHOD_SUM);
static_assert(static_cast<int>(grading::EmptyPolicy::as_minimum) == EJ_EMPTY_AS_MINIMUM);
static_assert(static_cast<int>(grading::CertificateEntryKind::optional_course) ==
              EJ_CERT_OPTIONAL_COURSE);

void fail_invalid(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

grading::Rational read_double(double value, std::string_view parameter) {
  // Checked here rather than left to the core so that the message names the parameter.
  if (!std::isfinite(value)) {
    const char* spelling = std::isnan(value) ? "nan" : (value > 0 ? "inf" : "-inf");
    fail_invalid(quoted(parameter) + " is not a finite number (" + spelling + ")");
  }
  return grading::Rational::from_double(value);
}

grading::Rational read_rational(const ej_rational* value, std::string_view parameter) {
  require(value, parameter);
  if (value->den <= 0) {
    fail_invalid(quoted(parameter) + " has a denominator that is not positive (" +
                 std::to_string(value->num) + "/" + std::to_string(value->den) + ")");
  }
  return grading::Rational::fraction(value->num, value->den);
}

ej_rational to_c(const grading::Rational& value, std::string_view what) {
  if (!fits_int64(value.numerator()) || !fits_int64(value.denominator())) {
    fail_overflow(std::string(what) + " " + value.to_string() +
                  " does not fit ej_rational (64-bit numerator and denominator)");
  }
  return ej_rational{static_cast<std::int64_t>(value.numerator()),
                     static_cast<std::int64_t>(value.denominator())};
}

ej_decimal to_c(const grading::Decimal& value) noexcept {
  return ej_decimal{value.units, value.scale, 0};
}

std::int32_t to_int32(std::size_t value, std::string_view what) {
  if (value > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    fail_overflow(std::string(what) + " " + std::to_string(value) + " does not fit int32_t");
  }
  return static_cast<std::int32_t>(value);
}

grading::RoundingMode read_rounding_mode(std::int32_t mode, std::string_view parameter) {
  if (mode < EJ_ROUND_HALF_UP || mode > EJ_ROUND_CEILING) {
    fail_invalid(quoted(parameter) + " is not an ej_rounding_mode (" + std::to_string(mode) + ")");
  }
  return static_cast<grading::RoundingMode>(mode);
}

grading::Method read_method(std::int32_t method, std::string_view parameter) {
  if (method < EJ_METHOD_MEAN || method > EJ_METHOD_SUM) {
    fail_invalid(quoted(parameter) + " is not an ej_method (" + std::to_string(method) + ")");
  }
  return static_cast<grading::Method>(method);
}

grading::EmptyPolicy read_empty_policy(std::int32_t policy, std::string_view parameter) {
  if (policy < EJ_EMPTY_EXCLUDE || policy > EJ_EMPTY_AS_MINIMUM) {
    fail_invalid(quoted(parameter) + " is not an ej_empty_policy (" + std::to_string(policy) + ")");
  }
  return static_cast<grading::EmptyPolicy>(policy);
}

grading::CertificateEntryKind read_certificate_kind(std::int32_t kind, std::string_view parameter) {
  if (kind < EJ_CERT_SUBJECT || kind > EJ_CERT_OPTIONAL_COURSE) {
    fail_invalid(quoted(parameter) + " is not an ej_certificate_kind (" + std::to_string(kind) +
                 ")");
  }
  return static_cast<grading::CertificateEntryKind>(kind);
}

int read_decimals(std::int32_t decimals, std::string_view parameter) {
  if (decimals < 0 || decimals > 18) {
    fail_invalid(quoted(parameter) + " must be 0 … 18 (" + std::to_string(decimals) + ")");
  }
  return decimals;
}

bool read_bool(std::int32_t value, std::string_view parameter) {
  if (value != 0 && value != 1) {
    fail_invalid(quoted(parameter) + " must be 0 or 1 (" + std::to_string(value) + ")");
  }
  return value == 1;
}

void check_flags(std::uint32_t flags, std::uint32_t known, std::string_view parameter) {
  if ((flags & ~known) != 0) {
    fail_invalid(quoted(parameter) + " has unknown bits (" + std::to_string(flags & ~known) + ")");
  }
}

void check_reserved(std::int32_t value, std::string_view parameter) {
  if (value != 0) {
    fail_invalid(quoted(parameter) + " must be 0 (" + std::to_string(value) + ")");
  }
}

void check_options_version(std::uint32_t version, std::uint32_t current,
                           std::string_view parameter) {
  if (version == 0 || version > current) {
    throw Error(Errc::version, ErrorDomain::argument,
                quoted(parameter) + " is " + std::to_string(version) +
                    "; this library knows versions 1 … " + std::to_string(current));
  }
}

std::size_t read_index(std::int32_t index, std::size_t count, std::string_view what) {
  if (index < 0 || static_cast<std::size_t>(index) >= count) {
    fail_range("index " + std::to_string(index) + " is outside the " + std::to_string(count) + " " +
               std::string(what));
  }
  return static_cast<std::size_t>(index);
}

}  // namespace ejournal::capi
