// Reports through the grading engine (issue 7 point 6; ua-school.md §1.2, §1.6, §1.7, §1.9, §4,
// §7): a student's averages and suggested grades per course and term with their basis, the
// certificate average, and aggregated statistics of a class, an institution and an oblast.
//
// Everything is read from the store in one read unit per call and computed exactly (rationals,
// rounded once by the grading module's policy). Only courses on the 12-point scale
// ("ukrainian_12") are reported: the derivation rules and the four levels are defined for it.
// Statistics are aggregates only — counts, level distributions and means — never a list or
// ranking of named students (§7). Attendance summaries belong to the attendance service.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/grading/ukrainian.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// The four levels of achievement of the 12-point scale (§1.2).
enum class AchievementLevel {
  initial = 1,  ///< початковий: 1–3
  average,      ///< середній: 4–6
  sufficient,   ///< достатній: 7–9
  high,         ///< високий: 10–12
};

/// The level of a 12-point grade (1…12). Throws Error(invalid) for another value.
[[nodiscard]] AchievementLevel level_of(int grade);

/// The grades of one level and their exact share of the graded ones.
struct LevelShare {
  AchievementLevel level = AchievementLevel::initial;
  std::int64_t count = 0;
  grading::Rational percent;  ///< 100 · count / graded; 0 when nothing is graded
};

/// How a set of 12-point grades spreads over the four levels.
struct Distribution {
  std::array<LevelShare, 4> levels;       ///< initial, average, sufficient, high
  std::int64_t graded = 0;                ///< grades 1…12 counted
  std::int64_t marked = 0;                ///< special marks (н/а, зв., …): in no level
  std::optional<grading::Rational> mean;  ///< exact mean of the graded ones
};

/// Which column a distribution counts.
enum class ReportColumn {
  current = 1,  ///< every current and notebook grade dated in the term
  thematic,     ///< the thematic grades of the term (set in it or in the holidays after it)
  semester,     ///< each student's semester grade of the term, its corrected grade replacing it
  annual,       ///< each student's annual grade of the year (the term is ignored)
};

/// A student's results in one course and term.
struct StudentTermReport {
  model::CourseId course_id;
  model::SubjectId subject_id;
  std::string subject_name;
  std::size_t term = 0;          ///< index in the academic year's terms
  std::string term_name;         ///< "I семестр"
  bool drafts_included = false;  ///< false when the reader sees published grades only
  /// Current and notebook grades of the term that count (numeric grades; marks never count).
  std::int64_t current_counted = 0;
  std::optional<grading::Rational> current_average;  ///< their exact mean
  /// The open topic's thematic grade: from the current grades dated after the student's last
  /// thematic grade of the term (all of the term's current grades when there is none).
  grading::Suggestion thematic;
  /// The semester grade: from the term's thematic grades, else its current ones (§1.6 rule 2).
  grading::Suggestion semester;
  /// The annual grade from every term's semester grade, corrected ones replacing (§1.6 rule 4).
  grading::Suggestion annual;
};

/// The results of `student` in `course` for the `term`-th term (0-based) of the course's year.
/// A reader whom access::Operation::read_course_journal allows for the course (its teacher, the
/// class teacher, the administration) sees drafts; anyone else needs read_student_record on the
/// student (the student, their parents) and sees published grades only. A thematic, semester or
/// corrected grade belongs to the last term begun on or before its date (one set in the holidays
/// belongs to the term before); the latest semester and corrected grade of a term count. Throws
/// Error(not_found) for a course or student of another institution, or a student never enrolled in
/// the course's class (or not a member of its subgroup); Error(range) for a term the year does not
/// have; Error(unsupported) for a course not on the 12-point scale; Error(permission) as
/// access::require does; Error(invalid) for a stored grade the rules refuse.
StudentTermReport student_term_report(storage::Store& store, const access::Principal& principal,
                                      model::InstitutionId institution, model::PersonId student,
                                      model::CourseId course, std::size_t term,
                                      const grading::UaRules& rules = {});

/// The certificate average of a student (§4) with the course each basis entry came from.
struct CertificateReport {
  grading::CertificateAverage average;   ///< basis labels are the subjects' names
  std::vector<model::CourseId> courses;  ///< parallel to average.basis
};

/// The certificate average of `student` over the annual and ДПА grades of every 12-point course
/// of their classes in `year` (a subgroup's course when they are a member): зв. and зар. are left
/// out, tenths half-up, then the 100–200 score (§4, §1.9). Drafts count only for readers
/// allowed read_course_journal on that course; others need read_student_record. Throws
/// Error(not_found) for a student or year of another institution or a student with no
/// enrolment in the year; Error(empty) when no grade counts; Error(permission).
CertificateReport certificate_report(storage::Store& store, const access::Principal& principal,
                                     model::InstitutionId institution, model::PersonId student,
                                     model::AcademicYearId year,
                                     const grading::UaRules& rules = {});

/// A subject's distribution; several courses of one subject (subgroups) are merged.
struct SubjectDistribution {
  model::SubjectId subject_id;
  std::string subject_name;
  Distribution distribution;
};

/// A class's distribution by level, per subject and in all, for one term and column.
struct ClassStatistics {
  model::ClassId class_id;
  std::string term_name;
  std::int64_t students = 0;                  ///< enrolled at any time during the term
  std::vector<SubjectDistribution> subjects;  ///< in Ukrainian order of the subject's name
  Distribution overall;
};

/// The class's published grades of `column` in the `term`-th term of its year, by level (§1.2).
/// Needs access::Operation::read_class_statistics. Throws Error(not_found) for a class of another
/// institution, Error(range) for a term the year lacks, Error(permission).
ClassStatistics class_statistics(storage::Store& store, const access::Principal& principal,
                                 model::InstitutionId institution, model::ClassId school_class,
                                 std::size_t term, ReportColumn column);

/// An institution's aggregates for one term and column of one academic year.
struct InstitutionStatistics {
  model::AcademicYearId academic_year_id;
  std::string term_name;
  std::int64_t classes = 0;
  std::int64_t students = 0;  ///< enrolled in one of its classes at any time during the term
  std::vector<SubjectDistribution> subjects;  ///< in Ukrainian order of the subject's name
  Distribution overall;
};

/// The institution's published grades of `column` in the `term`-th term of `year`, by level.
/// Needs access::Operation::read_institution_statistics (the administration). Throws
/// Error(not_found) for a year of another institution, Error(range), Error(permission).
InstitutionStatistics institution_statistics(storage::Store& store,
                                             const access::Principal& principal,
                                             model::InstitutionId institution,
                                             model::AcademicYearId year, std::size_t term,
                                             ReportColumn column);

/// A subject across institutions, matched by its name.
struct NamedSubjectDistribution {
  std::string subject_name;
  Distribution distribution;
};

/// An oblast's aggregates: no institution, class or student is named.
struct OblastStatistics {
  std::string katottg;  ///< the oblast's two-digit КАТОТТГ code
  std::string name_uk;
  std::int64_t institutions = 0;  ///< active institutions of the oblast
  std::int64_t reporting = 0;     ///< of them, those with an academic year of that name
  std::int64_t students = 0;
  std::vector<NamedSubjectDistribution> subjects;  ///< in Ukrainian order of the name
  Distribution overall;
};

/// The published grades of `column` in the `term`-th term of the academic year named
/// `year_name` ("2024/2025") in every active institution of the oblast `oblast_katottg` ("59").
/// An institution without such a year, or whose year lacks the term, does not report. Needs
/// access::Operation::read_institute_statistics (§7: the institute and authorities read
/// aggregates). Throws Error(invalid) for an oblast code that is not a first-level unit or a
/// year name that is empty, longer than 64 bytes or not UTF-8; Error(permission).
OblastStatistics oblast_statistics(storage::Store& store, const access::Principal& principal,
                                   std::string_view oblast_katottg, std::string_view year_name,
                                   std::size_t term, ReportColumn column);

}  // namespace ejournal::services
