// Letter schemes: ej_letter_scheme_*.
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "ejournal/grading/gradebook.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;
namespace gradebook = ejournal::grading::gradebook;

struct ej_letter_scheme {
  gradebook::LetterScheme scheme;
};

namespace {

gradebook::LetterScheme builtin_scheme(int32_t which) {
  switch (which) {
    case EJ_LETTERS_MOODLE: return gradebook::LetterScheme::moodle_default();
    case EJ_LETTERS_CANVAS: return gradebook::LetterScheme::canvas_default();
    default: break;
  }
  capi::fail_invalid("argument 'which' is not an ej_letter_scheme_id (" + std::to_string(which) +
                     ")");
}

// Parameter names of column entries: "letters[2]".
std::string entry(std::string_view column, int32_t index) {
  return std::string(column) + "[" + std::to_string(index) + "]";
}

// Moodle's answer when a percentage reaches no row (a scheme whose lowest bound is above 0).
constexpr const char* kNoLetter = "-";

// The scheme's own copy of `letter`, so that the caller can borrow it: the core answers with a
// new string, which is one of the rows' letters or Moodle's sign for none.
const char* row_letter(const ej_letter_scheme& scheme, const std::string& letter) {
  for (const gradebook::LetterScheme::Row& row : scheme.scheme.rows) {
    if (row.letter == letter) return row.letter.c_str();
  }
  if (letter == kNoLetter) return kNoLetter;
  throw std::logic_error("the letter '" + letter + "' is not a row of its scheme");
}

// The letter of `percent` under one policy's rule: Moodle's or Canvas's.
int letter_of(const char** out, const ej_letter_scheme* scheme, const ej_rational* percent,
              std::string (*rule)(const gradebook::LetterScheme&, const grading::Rational&)) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(scheme, "scheme");
    const grading::Rational value = capi::read_rational(percent, "percent");
    *out = row_letter(*scheme, rule(scheme->scheme, value));
    return EJ_OK;
  });
}

}  // namespace

extern "C" {

int ej_letter_scheme_builtin(ej_letter_scheme** out, int32_t which) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_letter_scheme{builtin_scheme(which)};
    return EJ_OK;
  });
}

int ej_letter_scheme_new(ej_letter_scheme** out, int32_t count, const char* const* letters,
                         const double* lower_bounds) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    if (count < 1) {
      capi::fail_invalid("argument 'count' must be at least 1 (" + std::to_string(count) + ")");
    }
    capi::require(letters, "letters");
    capi::require(lower_bounds, "lower_bounds");
    auto scheme = std::make_unique<ej_letter_scheme>();
    scheme->scheme.rows.reserve(static_cast<std::size_t>(count));
    for (int32_t i = 0; i < count; ++i) {
      gradebook::LetterScheme::Row row{
          capi::read_text(letters[i], entry("letters", i)),
          capi::read_double(lower_bounds[i], entry("lower_bounds", i))};
      if (row.letter.empty()) capi::fail_invalid("argument '" + entry("letters", i) + "' is empty");
      scheme->scheme.rows.push_back(std::move(row));
    }
    // The core checks the rows (highest bound first, none negative) whenever it reads a scheme;
    // reading this one now refuses a bad scheme at the call that made it, naming the row.
    (void)gradebook::canvas_letter(scheme->scheme, grading::Rational(0));
    *out = scheme.release();
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_letter_scheme_free(ej_letter_scheme* scheme) {
  delete scheme;
}

int ej_letter_scheme_count(int32_t* out, const ej_letter_scheme* scheme) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(scheme, "scheme");
    *out = capi::to_int32(scheme->scheme.rows.size(), "the number of rows");
    return EJ_OK;
  });
}

int ej_letter_scheme_get(const char** out_letter, ej_rational* out_lower_bound,
                         const ej_letter_scheme* scheme, int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_letter);
    capi::reset(out_lower_bound);
    capi::require(scheme, "scheme");
    const auto& rows = scheme->scheme.rows;
    const gradebook::LetterScheme::Row& row = rows[capi::read_index(index, rows.size(), "rows")];
    const ej_rational bound =
        out_lower_bound != nullptr ? capi::to_c(row.lower_bound, "the lower bound") : ej_rational{};
    capi::put(out_letter, row.letter.c_str());
    capi::put(out_lower_bound, bound);
    return EJ_OK;
  });
}

int ej_letter_scheme_moodle_letter(const char** out, const ej_letter_scheme* scheme,
                                   const ej_rational* percent) {
  return letter_of(out, scheme, percent, gradebook::moodle_letter);
}

int ej_letter_scheme_canvas_letter(const char** out, const ej_letter_scheme* scheme,
                                   const ej_rational* percent) {
  return letter_of(out, scheme, percent, gradebook::canvas_letter);
}

int ej_letter_scheme_canvas_score(ej_rational* out, const ej_letter_scheme* scheme,
                                  const char* letter) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = ej_rational{};
    capi::require(scheme, "scheme");
    const std::string typed = capi::read_text(letter, "letter");
    *out = capi::to_c(gradebook::canvas_letter_score(scheme->scheme, typed), "the score");
    return EJ_OK;
  });
}

}  // extern "C"
