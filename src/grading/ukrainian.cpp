// Ukrainian derivation rules: suggested thematic, semester and annual grades, the certificate
// average and its 100–200 score (ua-school.md §1.6, §1.9, §4).
#include "ejournal/grading/ukrainian.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "detail.hpp"
#include "ejournal/grading/scale.hpp"

namespace ejournal::grading {

using detail::describe;
using detail::fail;
using detail::quoted;

namespace {

constexpr int kLowestGrade = 1;
constexpr int kHighestGrade = 12;
constexpr int kLowestTenths = 10;
constexpr int kHighestTenths = 120;
constexpr int kTenthsAtBaseScore = 20;
constexpr int kBaseScore = 100;
constexpr const char* kNotAttested = "н/а";

std::string grade_text(std::string_view source, std::size_t index, const Grade& grade) {
  std::string text = std::string(source) + " grade " + std::to_string(index);
  if (!grade.label.empty()) text += " (" + quoted(grade.label) + ")";
  return text;
}

void check_twelve_point(const Rational& value, std::string_view source, std::size_t index,
                        const Grade& grade) {
  if (!value.is_integer() || value < kLowestGrade || value > kHighestGrade) {
    fail(Errc::invalid, grade_text(source, index, grade) + ": " + describe(value) +
                            " is not a 12-point grade (an integer 1…12)");
  }
}

// A grade read on the 12-point scale: the value that counts, if any, and the mark it holds.
struct Reading {
  BasisUse use = BasisUse::empty;
  std::optional<Rational> value;
  const SpecialMark* mark = nullptr;
};

Reading read_mark(const Grade& grade, const MarkDictionary& marks, std::string_view source,
                  std::size_t index) {
  const SpecialMark* mark = marks.find(grade.mark);
  if (mark == nullptr) {
    fail(Errc::invalid,
         grade_text(source, index, grade) + ": unknown special mark " + quoted(grade.mark));
  }
  if (!mark->counts_in_average) return {BasisUse::mark_excluded, std::nullopt, mark};
  // A counting mark without its own value counts as the scale's minimum.
  const Rational value = mark->average_value.value_or(kLowestGrade);
  check_twelve_point(value, source, index, grade);
  return {BasisUse::counted, value, mark};
}

Reading read_grade(const Grade& grade, const MarkDictionary& marks, std::string_view source,
                   std::size_t index) {
  if (grade.value && !grade.mark.empty()) {
    fail(Errc::invalid, grade_text(source, index, grade) + " holds both the value " +
                            describe(*grade.value) + " and the mark " + quoted(grade.mark));
  }
  if (grade.value) {
    check_twelve_point(*grade.value, source, index, grade);
    return {BasisUse::counted, grade.value, nullptr};
  }
  if (!grade.mark.empty()) return read_mark(grade, marks, source, index);
  return {};
}

// Collects the basis of a suggestion and the sum of what counted.
class BasisBuilder {
 public:
  explicit BasisBuilder(const MarkDictionary& marks) : marks_(marks) {}

  void add_all(std::span<const Grade> grades, const char* source) {
    for (std::size_t i = 0; i < grades.size(); ++i) add(i, source, grades[i]);
  }

  void add(std::size_t index, const char* source, const Grade& grade) {
    push(index, source, grade, read_grade(grade, marks_, source, index));
  }

  void push(std::size_t index, const char* source, const Grade& grade, const Reading& reading) {
    entries_.push_back(BasisEntry{index, source, grade, reading.value, reading.use});
    if (reading.use == BasisUse::counted) {
      sum_ += reading.value->numerator();
      ++count_;
    }
    if (reading.use == BasisUse::empty) return;
    ++recorded_;
    if (reading.mark != nullptr && reading.mark->is_attestation_result) {
      if (shared_mark_ != nullptr && shared_mark_ != reading.mark) marks_differ_ = true;
      shared_mark_ = reading.mark;
    }
  }

  /// Entries that hold a grade or a mark (not empty).
  [[nodiscard]] std::size_t recorded() const { return recorded_; }

  Suggestion suggest(std::string rule, RoundingMode mode) && {
    Suggestion suggestion;
    suggestion.basis = std::move(entries_);
    if (count_ > 0) {
      const Rational mean = Rational::fraction(sum_, count_);
      // The mean of grades 1…12 rounds to a grade 1…12, so the narrowing is exact.
      suggestion.grade = static_cast<int>(round_to_integer(mean, mode));
      suggestion.mean = mean;
      suggestion.rule = std::move(rule);
    } else if (shared_mark_ != nullptr && !marks_differ_) {
      suggestion.mark = shared_mark_->code;
      suggestion.rule = "ua.shared_mark";
    } else {
      suggestion.mark = kNotAttested;
      suggestion.rule = "ua.no_basis";
    }
    return suggestion;
  }

 private:
  const MarkDictionary& marks_;
  std::vector<BasisEntry> entries_;
  Int128 sum_ = 0;
  Int128 count_ = 0;
  std::size_t recorded_ = 0;
  // The attestation mark (зв., н/а, зар., …) the recorded marks share, unless two differ.
  const SpecialMark* shared_mark_ = nullptr;
  bool marks_differ_ = false;
};

const MarkDictionary& marks_of(const UaRules& rules) {
  return rules.marks ? *rules.marks : detail::default_marks();
}

const char* source_of(CertificateEntryKind kind, std::size_t index) {
  switch (kind) {
    case CertificateEntryKind::subject: return "subject";
    case CertificateEntryKind::state_exam: return "state_exam";
    case CertificateEntryKind::optional_course: return "optional_course";
  }
  fail(Errc::invalid, "certificate entry " + std::to_string(index) + ": unknown kind " +
                          std::to_string(static_cast<int>(kind)) + " (expected 1…3)");
}

// An old 5-point document grade on the 12-point scale (3 → 6, 4 → 9, 5 → 12).
Rational from_five_point(const Rational& value, std::size_t index, const Grade& grade) {
  static const ThresholdTable table = ThresholdTable::five_to_ukrainian_12();
  if (value == 2) {
    fail(Errc::invalid, grade_text("subject", index, grade) +
                            ": the 5-point grade 2 (незадовільно) has no 12-point equivalent in " +
                            "a certificate");
  }
  if (!value.is_integer() || value < table.min() || value > table.max()) {
    fail(Errc::invalid, grade_text("subject", index, grade) + ": " + describe(value) +
                            " is not a 5-point certificate grade (3, 4 or 5)");
  }
  return *table.lookup(value).value;
}

}  // namespace

Suggestion suggest_thematic(std::span<const Grade> current, const UaRules& rules) {
  detail::check_mode(rules.rounding);
  BasisBuilder basis(marks_of(rules));
  basis.add_all(current, "current");
  return std::move(basis).suggest("ua.thematic.mean_of_current", rules.rounding);
}

Suggestion suggest_semester(std::span<const Grade> thematic, std::span<const Grade> current,
                            const UaRules& rules) {
  detail::check_mode(rules.rounding);
  BasisBuilder basis(marks_of(rules));
  basis.add_all(thematic, "thematic");
  // Only a thematic column with nothing recorded falls back; н/а or зв. there is a result.
  if (basis.recorded() == 0 && rules.semester_falls_back_to_current) {
    basis.add_all(current, "current");
    return std::move(basis).suggest("ua.semester.mean_of_current", rules.rounding);
  }
  return std::move(basis).suggest("ua.semester.mean_of_thematic", rules.rounding);
}

Suggestion suggest_annual(std::span<const Grade> semesters, std::span<const Grade> corrected,
                          const UaRules& rules) {
  detail::check_mode(rules.rounding);
  if (!corrected.empty() && corrected.size() != semesters.size()) {
    fail(Errc::invalid, "corrected grades (" + std::to_string(corrected.size()) +
                            ") are not parallel to the semester grades (" +
                            std::to_string(semesters.size()) + ")");
  }
  const MarkDictionary& marks = marks_of(rules);
  BasisBuilder basis(marks);
  for (std::size_t i = 0; i < semesters.size(); ++i) {
    const Grade& semester = semesters[i];
    if (corrected.empty() || corrected[i].is_empty()) {
      basis.add(i, "semester", semester);
      continue;
    }
    const Grade& correction = corrected[i];
    if (!correction.value || !correction.mark.empty()) {
      fail(Errc::invalid, grade_text("corrected", i, correction) + ": the mark " +
                              quoted(correction.mark) +
                              " cannot correct a semester grade (a correction is a grade 1…12)");
    }
    check_twelve_point(*correction.value, "corrected", i, correction);
    const Reading original = read_grade(semester, marks, "semester", i);
    if (original.use == BasisUse::empty) {
      fail(Errc::invalid, grade_text("corrected", i, correction) + ": " +
                              describe(*correction.value) +
                              " corrects a semester grade that was never recorded");
    }
    if (original.value && *correction.value < *original.value) {
      fail(Errc::invalid, grade_text("corrected", i, correction) + ": " +
                              describe(*correction.value) + " is below the semester grade " +
                              describe(*original.value) + " (a correction only raises a grade)");
    }
    basis.push(i, "semester", semester, {BasisUse::replaced_by_corrected, std::nullopt, nullptr});
    basis.add(i, "corrected", correction);
  }
  return std::move(basis).suggest("ua.annual.mean_of_semesters", rules.rounding);
}

CertificateAverage certificate_average(std::span<const CertificateEntry> entries,
                                       const UaRules& rules) {
  const MarkDictionary& marks = marks_of(rules);
  CertificateAverage result;
  result.basis.reserve(entries.size());
  std::int64_t sum = 0;
  std::int64_t count = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const CertificateEntry& entry = entries[i];
    const char* source = source_of(entry.kind, i);
    if (entry.kind == CertificateEntryKind::optional_course) {
      result.basis.push_back(
          BasisEntry{i, source, entry.grade, std::nullopt, BasisUse::excluded_by_kind});
      continue;
    }
    Reading reading;
    if (entry.five_point && entry.grade.value && entry.grade.mark.empty()) {
      reading = {BasisUse::counted, from_five_point(*entry.grade.value, i, entry.grade), nullptr};
    } else {
      reading = read_grade(entry.grade, marks, source, i);
    }
    result.basis.push_back(BasisEntry{i, source, entry.grade, reading.value, reading.use});
    if (reading.use == BasisUse::counted) {
      sum += static_cast<std::int64_t>(reading.value->numerator());
      ++count;
    }
  }
  if (count == 0) {
    fail(Errc::empty, "no certificate grade counts among " + std::to_string(entries.size()) +
                          " entries (зв., зар., marks and optional courses are left out)");
  }
  result.mean = Rational::fraction(sum, count);
  // Tenths, half-up, in integers: round(10·sum/count) = (20·sum + count) / (2·count).
  const std::int64_t tenths = (20 * sum + count) / (2 * count);
  result.average = Decimal{tenths, 1};
  result.score = certificate_score(static_cast<int>(tenths));
  return result;
}

int certificate_score(int average_tenths) {
  if (average_tenths < kLowestTenths || average_tenths > kHighestTenths) {
    fail(Errc::range, "certificate average " + std::to_string(average_tenths) +
                          " tenths outside 10 … 120 (1.0 … 12.0)");
  }
  return average_tenths <= kTenthsAtBaseScore ? kBaseScore
                                              : kBaseScore + (average_tenths - kTenthsAtBaseScore);
}

}  // namespace ejournal::grading
