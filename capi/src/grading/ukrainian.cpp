// The Ukrainian derivation rules: suggestions, their basis, the certificate average and score.
#include <span>
#include <utility>
#include <vector>

#include "convert.hpp"
#include "ejournal/grading/ukrainian.hpp"
#include "firewall.hpp"
#include "handles.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;

struct ej_certificate {
  std::vector<grading::CertificateEntry> entries;
};

namespace {

static_assert(static_cast<int>(grading::BasisUse::counted) == EJ_BASIS_COUNTED);
static_assert(static_cast<int>(grading::BasisUse::excluded_by_kind) == EJ_BASIS_EXCLUDED_BY_KIND);

// The grades of a set (ranges and weights are not read by the Ukrainian rules); NULL is none.
std::vector<grading::Grade> grades_of(const ej_gradeset* set) {
  std::vector<grading::Grade> grades;
  if (set == nullptr) return grades;
  grades.reserve(set->items.size());
  for (const grading::Item& item : set->items) grades.push_back(item.grade);
  return grades;
}

void append(ej_certificate& cert, grading::Grade grade, int32_t kind, bool five_point) {
  cert.entries.push_back(grading::CertificateEntry{
      std::move(grade), capi::read_certificate_kind(kind, "kind"), five_point});
}

}  // namespace

namespace ejournal::capi {

grading::UaRules read_ua_rules(const ej_ua_options* opts, const ej_marks* marks) {
  const ej_ua_options defaults = EJ_UA_OPTIONS_INIT;
  const ej_ua_options& given = opts != nullptr ? *opts : defaults;
  // Version 1 is the only layout so far, so every field below exists in the caller's struct.
  check_options_version(given.version, EJ_UA_OPTIONS_VERSION, "opts->version");
  grading::UaRules rules;
  rules.rounding = read_rounding_mode(given.rounding_mode, "opts->rounding_mode");
  rules.semester_falls_back_to_current =
      read_bool(given.semester_falls_back_to_current, "opts->semester_falls_back_to_current");
  rules.marks = dictionary_of(marks);
  return rules;
}

}  // namespace ejournal::capi

extern "C" {

int ej_ua_options_init(ej_ua_options* opts, uint32_t version) {
  return capi::init_options(opts, version, ej_ua_options EJ_UA_OPTIONS_INIT);
}

int ej_ua_suggest_thematic(ej_suggestion** out, const ej_gradeset* current, const ej_marks* marks,
                           const ej_ua_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(current, "current");
    const grading::UaRules rules = capi::read_ua_rules(opts, marks);
    *out = new ej_suggestion(grading::suggest_thematic(grades_of(current), rules));
    return EJ_OK;
  });
}

int ej_ua_suggest_semester(ej_suggestion** out, const ej_gradeset* thematic,
                           const ej_gradeset* current, const ej_marks* marks,
                           const ej_ua_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(thematic, "thematic");
    const grading::UaRules rules = capi::read_ua_rules(opts, marks);
    *out = new ej_suggestion(
        grading::suggest_semester(grades_of(thematic), grades_of(current), rules));
    return EJ_OK;
  });
}

int ej_ua_suggest_annual(ej_suggestion** out, const ej_gradeset* semesters,
                         const ej_gradeset* corrected, const ej_marks* marks,
                         const ej_ua_options* opts) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(semesters, "semesters");
    const grading::UaRules rules = capi::read_ua_rules(opts, marks);
    *out = new ej_suggestion(
        grading::suggest_annual(grades_of(semesters), grades_of(corrected), rules));
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_suggestion_free(ej_suggestion* suggestion) {
  delete suggestion;
}

int ej_suggestion_grade(int32_t* out_grade, const char** out_mark,
                        const ej_suggestion* suggestion) {
  return capi::guarded([&] {
    capi::reset(out_grade);
    capi::reset(out_mark);
    capi::require(suggestion, "suggestion");
    const grading::Suggestion& s = suggestion->suggestion;
    capi::put(out_grade, static_cast<int32_t>(s.grade.value_or(0)));
    capi::put(out_mark, s.mark.c_str());
    return EJ_OK;
  });
}

int ej_suggestion_detail(const char** out_rule, ej_rational* out_mean, int32_t* out_has_mean,
                         const ej_suggestion* suggestion) {
  return capi::guarded([&] {
    capi::reset(out_rule);
    capi::reset(out_mean);
    capi::reset(out_has_mean);
    capi::require(suggestion, "suggestion");
    const grading::Suggestion& s = suggestion->suggestion;
    const ej_rational mean =
        s.mean && out_mean != nullptr ? capi::to_c(*s.mean, "the mean") : ej_rational{};
    capi::put(out_rule, s.rule.c_str());
    capi::put(out_mean, mean);
    capi::put(out_has_mean, s.mean ? 1 : 0);
    return EJ_OK;
  });
}

int ej_suggestion_basis(const ej_basis** out, const ej_suggestion* suggestion) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(suggestion, "suggestion");
    *out = &suggestion->basis;
    return EJ_OK;
  });
}

int ej_basis_count(int32_t* out, const ej_basis* basis) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(basis, "basis");
    *out = capi::to_int32(basis->entries.size(), "the number of basis entries");
    return EJ_OK;
  });
}

int ej_basis_get(int32_t* out_input_index, const char** out_source, const char** out_label,
                 const char** out_mark, ej_rational* out_value, int32_t* out_has_value,
                 int32_t* out_use, const ej_basis* basis, int32_t index) {
  return capi::guarded([&] {
    capi::reset(out_input_index);
    capi::reset(out_source);
    capi::reset(out_label);
    capi::reset(out_mark);
    capi::reset(out_value);
    capi::reset(out_has_value);
    capi::reset(out_use);
    capi::require(basis, "basis");
    const grading::BasisEntry& entry =
        basis->entries[capi::read_index(index, basis->entries.size(), "basis entries")];
    const int32_t input_index = capi::to_int32(entry.index, "the input index");
    const ej_rational value = entry.counted_value && out_value != nullptr
                                  ? capi::to_c(*entry.counted_value, "the counted value")
                                  : ej_rational{};
    capi::put(out_input_index, input_index);
    capi::put(out_source, entry.source.c_str());
    capi::put(out_label, entry.grade.label.c_str());
    capi::put(out_mark, entry.grade.mark.c_str());
    capi::put(out_value, value);
    capi::put(out_has_value, entry.counted_value ? 1 : 0);
    capi::put(out_use, static_cast<int32_t>(entry.use));
    return EJ_OK;
  });
}

int ej_certificate_new(ej_certificate** out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_certificate{};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_certificate_free(ej_certificate* cert) {
  delete cert;
}

int ej_certificate_add(ej_certificate* cert, const char* label, double value, int32_t kind,
                       uint32_t flags) {
  return capi::guarded([&] {
    capi::require(cert, "cert");
    std::string subject = capi::read_text(label, "label");
    const grading::Rational grade = capi::read_double(value, "value");
    capi::check_flags(flags, EJ_CERT_FIVE_POINT, "flags");
    append(*cert, grading::Grade::of(grade, std::move(subject)), kind,
           (flags & EJ_CERT_FIVE_POINT) != 0);
    return EJ_OK;
  });
}

int ej_certificate_add_mark(ej_certificate* cert, const char* label, const char* mark,
                            int32_t kind) {
  return capi::guarded([&] {
    capi::require(cert, "cert");
    std::string subject = capi::read_text(label, "label");
    std::string code = capi::read_text(mark, "mark");
    // An empty code would silently turn the entry into an empty grade.
    if (code.empty()) capi::fail_invalid("argument 'mark' is empty");
    append(*cert, grading::Grade::special(std::move(code), std::move(subject)), kind, false);
    return EJ_OK;
  });
}

int ej_ua_certificate_average(ej_certificate_result** out, const ej_certificate* cert,
                              const ej_marks* marks) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(cert, "cert");
    grading::UaRules rules;
    rules.marks = capi::dictionary_of(marks);
    *out = new ej_certificate_result(grading::certificate_average(cert->entries, rules));
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_certificate_result_free(ej_certificate_result* result) {
  delete result;
}

int ej_certificate_result_average(ej_decimal* out_average, ej_rational* out_exact,
                                  int32_t* out_score, const ej_certificate_result* result) {
  return capi::guarded([&] {
    capi::reset(out_average);
    capi::reset(out_exact);
    capi::reset(out_score);
    capi::require(result, "result");
    const grading::CertificateAverage& average = result->average;
    const ej_rational exact =
        out_exact != nullptr ? capi::to_c(average.mean, "the mean") : ej_rational{};
    capi::put(out_average, capi::to_c(average.average));
    capi::put(out_exact, exact);
    capi::put(out_score, static_cast<int32_t>(average.score));
    return EJ_OK;
  });
}

int ej_certificate_result_basis(const ej_basis** out, const ej_certificate_result* result) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(result, "result");
    *out = &result->basis;
    return EJ_OK;
  });
}

int ej_ua_certificate_score(int32_t* out, int32_t average_tenths) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    *out = static_cast<int32_t>(grading::certificate_score(average_tenths));
    return EJ_OK;
  });
}

}  // extern "C"
