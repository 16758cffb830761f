// The opaque handles that more than one file reads (the grading calls, and the reports that
// hand out suggestions and certificate averages). Each wraps a core value; the C
// header only ever sees a pointer to the struct.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "ejournal.h"
#include "ejournal/grading/aggregate.hpp"
#include "ejournal/grading/marks.hpp"
#include "ejournal/grading/ukrainian.hpp"

struct ej_marks {
  ejournal::grading::MarkDictionary dictionary;
};

struct ej_gradeset {
  std::vector<ejournal::grading::Item> items;
};

// A view of entries owned by a suggestion or a certificate result; never outlives its owner.
struct ej_basis {
  std::span<const ejournal::grading::BasisEntry> entries;
};

// The owners below are heap-allocated and never copied or moved, so `basis` keeps pointing at
// their own vector.
struct ej_suggestion {
  explicit ej_suggestion(ejournal::grading::Suggestion value)
      : suggestion(std::move(value)), basis{suggestion.basis} {}
  ej_suggestion(const ej_suggestion&) = delete;
  ej_suggestion& operator=(const ej_suggestion&) = delete;

  ejournal::grading::Suggestion suggestion;
  ej_basis basis;
};

struct ej_certificate_result {
  explicit ej_certificate_result(ejournal::grading::CertificateAverage value)
      : average(std::move(value)), basis{average.basis} {}
  ej_certificate_result(const ej_certificate_result&) = delete;
  ej_certificate_result& operator=(const ej_certificate_result&) = delete;

  ejournal::grading::CertificateAverage average;
  ej_basis basis;
};

namespace ejournal::capi {

/// The dictionary a caller passed, or nullptr for the core's default (the Ukrainian marks).
inline const grading::MarkDictionary* dictionary_of(const ej_marks* marks) noexcept {
  return marks != nullptr ? &marks->dictionary : nullptr;
}

/// The Ukrainian rules of a caller's options (NULL: the defaults) and mark dictionary (NULL: the
/// Ukrainian marks). Throws Error(version) for an unknown opts->version, Error(invalid) for an
/// unknown rounding mode or a flag that is not 0/1.
grading::UaRules read_ua_rules(const ej_ua_options* opts, const ej_marks* marks);

}  // namespace ejournal::capi
