// Special marks: ej_marks_*.
#include <string>
#include <utility>

#include "convert.hpp"
#include "firewall.hpp"
#include "handles.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace grading = ejournal::grading;

namespace {

constexpr uint32_t kKnownMarkFlags = EJ_MARK_COUNTS_IN_AVERAGE | EJ_MARK_ABSENCE |
                                     EJ_MARK_ATTESTATION | EJ_MARK_PASS | EJ_MARK_FAIL |
                                     EJ_MARK_HAS_AVERAGE_VALUE;

uint32_t flags_of(const grading::SpecialMark& mark) noexcept {
  uint32_t flags = 0;
  if (mark.counts_in_average) flags |= EJ_MARK_COUNTS_IN_AVERAGE;
  if (mark.is_absence) flags |= EJ_MARK_ABSENCE;
  if (mark.is_attestation_result) flags |= EJ_MARK_ATTESTATION;
  if (mark.pass_fail == grading::PassFail::pass) flags |= EJ_MARK_PASS;
  if (mark.pass_fail == grading::PassFail::fail) flags |= EJ_MARK_FAIL;
  if (mark.average_value) flags |= EJ_MARK_HAS_AVERAGE_VALUE;
  return flags;
}

grading::PassFail pass_fail_of(uint32_t flags) {
  const bool pass = (flags & EJ_MARK_PASS) != 0;
  const bool fail = (flags & EJ_MARK_FAIL) != 0;
  if (pass && fail) {
    capi::fail_invalid("argument 'flags' sets both EJ_MARK_PASS and EJ_MARK_FAIL (" +
                       std::to_string(flags) + ")");
  }
  if (pass) return grading::PassFail::pass;
  return fail ? grading::PassFail::fail : grading::PassFail::none;
}

}  // namespace

extern "C" {

int ej_marks_ukrainian(ej_marks** out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_marks{grading::MarkDictionary::ukrainian()};
    return EJ_OK;
  });
}

int ej_marks_new(ej_marks** out) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = new ej_marks{};
    return EJ_OK;
  });
}

// No firewall: destruction cannot throw, and a free must not clear the caller's last error.
void ej_marks_free(ej_marks* marks) {
  delete marks;
}

int ej_marks_add(ej_marks* marks, const char* code, const char* label, uint32_t flags,
                 double average_value) {
  return capi::guarded([&] {
    capi::require(marks, "marks");
    grading::SpecialMark mark;
    mark.code = capi::read_text(code, "code");
    mark.label = capi::read_text(label, "label");
    capi::check_flags(flags, kKnownMarkFlags, "flags");
    mark.pass_fail = pass_fail_of(flags);
    mark.counts_in_average = (flags & EJ_MARK_COUNTS_IN_AVERAGE) != 0;
    mark.is_absence = (flags & EJ_MARK_ABSENCE) != 0;
    mark.is_attestation_result = (flags & EJ_MARK_ATTESTATION) != 0;
    if ((flags & EJ_MARK_HAS_AVERAGE_VALUE) != 0) {
      mark.average_value = capi::read_double(average_value, "average_value");
    }
    marks->dictionary.add(std::move(mark));
    return EJ_OK;
  });
}

int ej_marks_add_alias(ej_marks* marks, const char* code, const char* alias) {
  return capi::guarded([&] {
    capi::require(marks, "marks");
    const std::string canonical = capi::read_text(code, "code");
    std::string spelling = capi::read_text(alias, "alias");
    const grading::SpecialMark* target = marks->dictionary.find(canonical);
    if (target == nullptr) {
      throw ejournal::Error(ejournal::Errc::not_found, ejournal::ErrorDomain::grading,
                            "no special mark '" + canonical + "'");
    }
    // The core dictionary only grows by whole marks, so the dictionary is rebuilt with the
    // extended mark; add() checks the new spelling, and a failure leaves `marks` unchanged.
    grading::MarkDictionary rebuilt;
    for (const grading::SpecialMark& mark : marks->dictionary.marks()) {
      grading::SpecialMark copy = mark;
      if (&mark == target) copy.aliases.push_back(spelling);
      rebuilt.add(std::move(copy));
    }
    marks->dictionary = std::move(rebuilt);
    return EJ_OK;
  });
}

int ej_marks_lookup(uint32_t* out_flags, const char** out_code, const ej_marks* marks,
                    const char* code_or_alias) {
  return capi::guarded([&] {
    capi::reset(out_flags);
    capi::reset(out_code);
    capi::require(marks, "marks");
    const std::string spelling = capi::read_text(code_or_alias, "code_or_alias");
    const grading::SpecialMark* mark = marks->dictionary.find(spelling);
    if (mark == nullptr) {
      throw ejournal::Error(ejournal::Errc::not_found, ejournal::ErrorDomain::grading,
                            "no special mark '" + spelling + "'");
    }
    capi::put(out_flags, flags_of(*mark));
    capi::put(out_code, mark->code.c_str());
    return EJ_OK;
  });
}

int ej_marks_count(int32_t* out, const ej_marks* marks) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(marks, "marks");
    *out = capi::to_int32(marks->dictionary.marks().size(), "the number of marks");
    return EJ_OK;
  });
}

int ej_marks_get(const char** out_code, const char** out_label, uint32_t* out_flags,
                 const ej_marks* marks, int32_t index) {
  return capi::guarded([&] {
    capi::require(out_code, "out_code");
    capi::require(out_label, "out_label");
    capi::require(out_flags, "out_flags");
    *out_code = nullptr;
    *out_label = nullptr;
    *out_flags = 0;
    capi::require(marks, "marks");
    const auto all = marks->dictionary.marks();
    const grading::SpecialMark& mark = all[capi::read_index(index, all.size(), "marks")];
    *out_code = mark.code.c_str();
    *out_label = mark.label.c_str();
    *out_flags = flags_of(mark);
    return EJ_OK;
  });
}

}  // extern "C"
