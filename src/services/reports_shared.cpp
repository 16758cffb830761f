// What the report services share: terms, stored grades as grading grades, level distributions
// and the grades a column counts (ua-school.md §1.2, §1.5, §1.6).
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "ejournal/error.hpp"
#include "ejournal/text/collation.hpp"
#include "reports_detail.hpp"

namespace ejournal::services {

namespace {

constexpr int kLowestGrade = 1;
constexpr int kHighestGrade = 12;
constexpr int kGradesPerLevel = 3;  // §1.2: 1–3, 4–6, 7–9, 10–12

}  // namespace

AchievementLevel level_of(int grade) {
  if (grade < kLowestGrade || grade > kHighestGrade) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "grade " + std::to_string(grade) + " is not a 12-point grade (1…12)");
  }
  return static_cast<AchievementLevel>((grade - 1) / kGradesPerLevel + 1);
}

namespace detail {

TermDays term_days(const model::AcademicYear& year, std::size_t term) {
  const auto& terms = year.calendar.terms;
  if (term >= terms.size()) {
    throw Error(Errc::range, ErrorDomain::argument,
                "term " + std::to_string(term) + " is not one of the " +
                    std::to_string(terms.size()) + " terms of the academic year '" +
                    year.calendar.name + "' (terms count from 0)");
  }
  return {term, terms[term].name, terms[term].first, terms[term].last};
}

std::optional<std::size_t> term_in_force(const model::AcademicYear& year, model::Date date) {
  std::optional<std::size_t> found;
  const auto& terms = year.calendar.terms;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].first <= date) found = i;
  }
  return found;
}

bool is_current_in(const model::GradeEntry& grade, const TermDays& term) {
  const bool term_dated =
      grade.column == model::ColumnKind::current || grade.column == model::ColumnKind::notebook;
  return term_dated && term.first <= grade.date && grade.date <= term.last;
}

grading::Grade grade_of(const model::GradeEntry& entry) {
  grading::Grade grade;
  grade.label = entry.column_label.empty() ? boost::gregorian::to_iso_extended_string(entry.date)
                                           : entry.column_label;
  grade.value = entry.value;
  if (!entry.value) grade.mark = entry.mark;
  return grade;
}

std::optional<model::GradeEntry> latest_in(std::span<const model::GradeEntry> grades,
                                           model::ColumnKind column) {
  std::optional<model::GradeEntry> latest;
  for (const auto& grade : grades) {
    // The store lists by date, so a later entry of the same day is the later one.
    if (grade.column == column && (!latest || latest->date <= grade.date)) latest = grade;
  }
  return latest;
}

void require_twelve_point(const model::Course& course) {
  if (course.scale != kTwelvePointScale) {
    throw Error(Errc::unsupported, ErrorDomain::argument,
                "course " + course.id.str() + " grades on the scale '" + course.scale +
                    "'; reports are computed for the 12-point scale '" + kTwelvePointScale +
                    "' only");
  }
}

void DistributionTally::add(const model::GradeEntry& grade) {
  if (!grade.value) {
    if (!grade.mark.empty()) ++marked_;
    return;
  }
  const grading::Rational& value = *grade.value;
  if (!value.is_integer() || value < kLowestGrade || value > kHighestGrade) {
    throw Error(Errc::invalid, ErrorDomain::storage,
                "stored grade " + grade.id.str() + " holds " + value.to_string() +
                    ", which is not a 12-point grade (an integer 1…12)");
  }
  const auto points = static_cast<int>(value.numerator());
  ++counts_.at(static_cast<std::size_t>(level_of(points)) - 1);
  sum_ += points;
}

void DistributionTally::merge(const DistributionTally& other) {
  for (std::size_t i = 0; i < counts_.size(); ++i) counts_.at(i) += other.counts_.at(i);
  marked_ += other.marked_;
  sum_ += other.sum_;
}

Distribution DistributionTally::result() const {
  Distribution distribution;
  for (const auto count : counts_) distribution.graded += count;
  distribution.marked = marked_;
  for (std::size_t i = 0; i < counts_.size(); ++i) {
    auto& share = distribution.levels.at(i);
    share.level = static_cast<AchievementLevel>(i + 1);
    share.count = counts_.at(i);
    if (distribution.graded > 0) {
      share.percent = grading::Rational::fraction(100 * share.count, distribution.graded);
    }
  }
  if (distribution.graded > 0) {
    distribution.mean = grading::Rational::fraction(sum_, distribution.graded);
  }
  return distribution;
}

namespace {

// The students' effective semester grades of `term`: per student the latest corrected grade
// when it holds a value, else the latest semester grade (§1.5: the corrected column stays empty
// when the pupil did not improve).
std::vector<model::GradeEntry> effective_semesters(const std::vector<model::GradeEntry>& grades,
                                                   const model::AcademicYear& year,
                                                   const TermDays& term) {
  std::map<model::PersonId, std::vector<model::GradeEntry>> by_student;
  for (const auto& grade : grades) {
    const bool final_column =
        grade.column == model::ColumnKind::semester || grade.column == model::ColumnKind::corrected;
    if (final_column && term_in_force(year, grade.date) == term.index) {
      by_student[grade.student_id].push_back(grade);
    }
  }
  std::vector<model::GradeEntry> result;
  for (const auto& [student, own] : by_student) {
    const auto corrected = latest_in(own, model::ColumnKind::corrected);
    const auto semester = latest_in(own, model::ColumnKind::semester);
    if (corrected && corrected->value) {
      result.push_back(*corrected);
    } else if (semester) {
      result.push_back(*semester);
    }
  }
  return result;
}

std::vector<model::GradeEntry> latest_annuals(const std::vector<model::GradeEntry>& grades) {
  std::map<model::PersonId, std::vector<model::GradeEntry>> by_student;
  for (const auto& grade : grades) by_student[grade.student_id].push_back(grade);
  std::vector<model::GradeEntry> result;
  for (const auto& [student, own] : by_student) {
    if (auto annual = latest_in(own, model::ColumnKind::annual)) result.push_back(*annual);
  }
  return result;
}

}  // namespace

std::vector<model::GradeEntry> column_grades(storage::UnitOfWork& unit,
                                             const model::AcademicYear& year,
                                             const model::Course& course, const TermDays& term,
                                             ReportColumn column) {
  storage::GradeQuery query;
  query.course = course.id;
  query.published_only = true;
  switch (column) {
    case ReportColumn::current: {
      query.days = {term.first, term.last};
      auto grades = unit.grades().list(course.institution_id, query);
      std::erase_if(grades, [&](const auto& grade) { return !is_current_in(grade, term); });
      return grades;
    }
    case ReportColumn::thematic: {
      query.column = model::ColumnKind::thematic;
      auto grades = unit.grades().list(course.institution_id, query);
      std::erase_if(
          grades, [&](const auto& grade) { return term_in_force(year, grade.date) != term.index; });
      return grades;
    }
    case ReportColumn::semester:
      return effective_semesters(unit.grades().list(course.institution_id, query), year, term);
    case ReportColumn::annual:
      query.column = model::ColumnKind::annual;
      return latest_annuals(unit.grades().list(course.institution_id, query));
  }
  throw Error(
      Errc::invalid, ErrorDomain::argument,
      "unknown report column " + std::to_string(static_cast<int>(column)) + " (expected 1…4)");
}

bool overlaps(const model::Enrolment& enrolment, const TermDays& term) {
  return enrolment.arrived <= term.last &&
         (!enrolment.departed || term.first <= *enrolment.departed);
}

namespace {

template <class Row, class Tiebreak>
void order_rows(std::vector<Row>& rows, Tiebreak tiebreak) {
  const text::UkrainianCollator collator;
  std::vector<std::pair<std::string, Row>> keyed;
  keyed.reserve(rows.size());
  for (auto& row : rows) keyed.emplace_back(collator.sort_key(row.subject_name), std::move(row));
  std::ranges::sort(keyed, [&](const auto& left, const auto& right) {
    return std::tie(left.first, tiebreak(left.second)) <
           std::tie(right.first, tiebreak(right.second));
  });
  rows.clear();
  for (auto& entry : keyed) rows.push_back(std::move(entry.second));
}

}  // namespace

void order_by_name(std::vector<SubjectDistribution>& subjects) {
  order_rows(
      subjects, [](const SubjectDistribution& row) -> const auto& { return row.subject_id; });
}

void order_by_name(std::vector<NamedSubjectDistribution>& subjects) {
  order_rows(
      subjects,
      [](const NamedSubjectDistribution& row) -> const auto& { return row.subject_name; });
}

}  // namespace detail
}  // namespace ejournal::services
