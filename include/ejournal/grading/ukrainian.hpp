// Ukrainian derivation rules (ua-school.md §1.6, §1.9, §4): suggested thematic, semester and
// annual grades, the certificate average and its 100–200 score.
//
// Derived grades are suggestions: the teacher sets the real grade. Each suggestion carries its
// basis — which grades counted, which did not and why, the rule and the exact mean.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ejournal/grading/aggregate.hpp"
#include "ejournal/grading/marks.hpp"
#include "ejournal/grading/rational.hpp"

namespace ejournal::grading {

struct UaRules {
  /// How the exact mean becomes a whole grade. Half-up by default (never banker's rounding).
  RoundingMode rounding = RoundingMode::half_up;
  /// NUSh 5–9: with no thematic grades the semester is suggested from current grades.
  bool semester_falls_back_to_current = true;
  const MarkDictionary* marks = nullptr;  ///< nullptr: MarkDictionary::ukrainian()
};

/// Why a grade of the basis did or did not count.
enum class BasisUse {
  counted = 1,
  mark_excluded,          ///< a special mark that does not count (н, зв., …)
  empty,                  ///< no grade recorded
  replaced_by_corrected,  ///< a semester grade superseded by its corrected grade
  excluded_by_kind,  ///< an optional course (факультатив) of a certificate: never counts
};

struct BasisEntry {
  std::size_t index = 0;  ///< position in the input it came from
  std::string source;  ///< "current", "thematic", "semester", "corrected", "subject", "state_exam",
                       ///< "optional_course"
  Grade grade;         ///< as given (a 5-point document grade keeps its original value)
  std::optional<Rational> counted_value;  ///< the 12-point value that entered the mean
  BasisUse use = BasisUse::counted;
};

struct Suggestion {
  std::optional<int> grade;  ///< 1…12, or empty when the suggestion is a mark
  std::string mark;          ///< "н/а" without a basis, or the attestation mark all grades share
  /// Stable identifier of the rule applied: "ua.thematic.mean_of_current",
  /// "ua.semester.mean_of_thematic", "ua.semester.mean_of_current", "ua.annual.mean_of_semesters",
  /// "ua.no_basis", "ua.shared_mark".
  std::string rule;
  std::optional<Rational> mean;  ///< exact mean of the counted grades
  std::vector<BasisEntry> basis;
};

/// Thematic grade from the current grades of a topic (notebook grades count like current ones).
/// Throws Error(invalid) for a value that is not an integer 1…12 or an unknown mark.
Suggestion suggest_thematic(std::span<const Grade> current, const UaRules& rules = {});

/// Semester grade from thematic grades; with none and the fallback on, from current grades.
Suggestion suggest_semester(std::span<const Grade> thematic, std::span<const Grade> current,
                            const UaRules& rules = {});

/// Annual grade from the semester grades, each replaced by its corrected grade when one exists.
/// `corrected` is empty or parallel to `semesters` (an empty Grade = no correction). Throws
/// Error(invalid) when a corrected grade is lower than its semester grade (correction is only
/// upward) or the lengths differ.
Suggestion suggest_annual(std::span<const Grade> semesters, std::span<const Grade> corrected,
                          const UaRules& rules = {});

enum class CertificateEntryKind {
  subject = 1,      ///< invariant or variative subject
  state_exam,       ///< ДПА
  optional_course,  ///< факультатив: never counts
};

struct CertificateEntry {
  Grade grade;
  CertificateEntryKind kind = CertificateEntryKind::subject;
  bool five_point = false;  ///< an old 5-point grade (3 → 6, 4 → 9, 5 → 12)
};

struct CertificateAverage {
  Rational mean;    ///< exact arithmetic mean of the counted grades
  Decimal average;  ///< to tenths, half-up (193/20 → 9.7), scale 1
  int score = 0;    ///< on the 100–200 scale
  std::vector<BasisEntry> basis;
};

/// Certificate average: mean of the subject and ДПА grades; зв., зар. and optional courses
/// excluded; tenths half-up; then the 100–200 score. Throws Error(empty) when no grade counts.
CertificateAverage certificate_average(std::span<const CertificateEntry> entries,
                                       const UaRules& rules = {});

/// 100–200 score of an average given in tenths (10 … 120): 100 up to 2.0, then +1 per tenth.
/// Throws Error(range) outside 10 … 120.
int certificate_score(int average_tenths);

}  // namespace ejournal::grading
