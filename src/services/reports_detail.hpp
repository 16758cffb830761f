// What the report services share: terms of an academic year, stored grades as the grading
// module's grades, the latest grade of a column, and the tally behind a level distribution.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "ejournal/grading/aggregate.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/services/reports.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// The one scale the Ukrainian derivation rules and the four levels are defined for.
inline constexpr const char* kTwelvePointScale = "ukrainian_12";

/// A term of an academic year: its index, name and days.
struct TermDays {
  std::size_t index = 0;
  std::string name;
  model::Date first;
  model::Date last;
};

/// The `term`-th term of `year`; Error(range) naming the count when the year has no such term.
TermDays term_days(const model::AcademicYear& year, std::size_t term);

/// The term an undated grade (thematic, semester, corrected) set on `date` belongs to: the last
/// term begun on or before it (one set in the holidays belongs to the term before); nullopt
/// before the first term.
std::optional<std::size_t> term_in_force(const model::AcademicYear& year, model::Date date);

/// Whether `grade` stands in a term-dated column (current or notebook) within `term`.
bool is_current_in(const model::GradeEntry& grade, const TermDays& term);

/// A stored grade as the grading module reads it: labelled by its column label, or its date.
grading::Grade grade_of(const model::GradeEntry& entry);

/// The latest of `grades` (by date, then the store's order) in `column`, if any.
std::optional<model::GradeEntry> latest_in(std::span<const model::GradeEntry> grades,
                                           model::ColumnKind column);

/// Error(unsupported) naming the scale when `course` is not on the 12-point scale.
void require_twelve_point(const model::Course& course);

/// Builds a Distribution one stored grade at a time.
class DistributionTally {
 public:
  /// Counts a grade 1…12 in its level and a special mark as marked; an empty grade is skipped.
  /// Throws Error(invalid, storage) for a value that is not a 12-point grade.
  void add(const model::GradeEntry& grade);
  /// Adds every count of `other`.
  void merge(const DistributionTally& other);
  [[nodiscard]] Distribution result() const;

 private:
  std::array<std::int64_t, 4> counts_{};
  std::int64_t marked_ = 0;
  std::int64_t sum_ = 0;
};

/// The published grades of `course` that `column` counts in `term` of `year`: every current and
/// notebook grade of the term, the term's thematic grades (term_in_force), each student's effective
/// semester grade (its corrected grade replacing it), or each student's latest annual grade.
std::vector<model::GradeEntry> column_grades(storage::UnitOfWork& unit,
                                             const model::AcademicYear& year,
                                             const model::Course& course, const TermDays& term,
                                             ReportColumn column);

/// Whether `enrolment` covers at least one day of `term`.
bool overlaps(const model::Enrolment& enrolment, const TermDays& term);

/// Orders `subjects` by the Ukrainian collation of their names (then id, for equal names).
void order_by_name(std::vector<SubjectDistribution>& subjects);
/// Orders `subjects` by the Ukrainian collation of their names.
void order_by_name(std::vector<NamedSubjectDistribution>& subjects);

}  // namespace ejournal::services::detail
