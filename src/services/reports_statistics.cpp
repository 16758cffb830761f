// Aggregated statistics of a class, an institution and an oblast (ua-school.md §1.2, §7): level
// distributions of published grades and enrolment counts, never a named student.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/reports.hpp"
#include "ejournal/text/identifiers.hpp"
#include "ejournal/text/utf8.hpp"
#include "reports_detail.hpp"

namespace ejournal::services {

namespace {

constexpr std::size_t kMaxYearNameBytes = 64;

// The tallies of one institution's classes, per subject and in all.
struct InstitutionTally {
  std::map<model::SubjectId, detail::DistributionTally> subjects;
  detail::DistributionTally overall;
  std::set<model::PersonId> students;
};

void check_column(ReportColumn column) {
  if (column < ReportColumn::current || column > ReportColumn::annual) {
    throw Error(
        Errc::invalid, ErrorDomain::argument,
        "unknown report column " + std::to_string(static_cast<int>(column)) + " (expected 1…4)");
  }
}

void tally_class(storage::UnitOfWork& unit, const model::AcademicYear& year,
                 const model::SchoolClass& school_class, const detail::TermDays& term,
                 ReportColumn column, InstitutionTally& tally) {
  storage::EnrolmentQuery enrolled;
  enrolled.school_class = school_class.id;
  for (const auto& enrolment : unit.enrolments().list(school_class.institution_id, enrolled)) {
    if (detail::overlaps(enrolment, term)) tally.students.insert(enrolment.student_id);
  }
  storage::CourseQuery query;
  query.academic_year = year.id;
  query.school_class = school_class.id;
  for (const auto& course : unit.courses().list(school_class.institution_id, query)) {
    if (course.scale != detail::kTwelvePointScale) continue;
    auto& subject = tally.subjects[course.subject_id];
    for (const auto& grade : detail::column_grades(unit, year, course, term, column)) {
      subject.add(grade);
      tally.overall.add(grade);
    }
  }
}

std::vector<SubjectDistribution> subject_rows(storage::UnitOfWork& unit,
                                              model::InstitutionId institution,
                                              const InstitutionTally& tally) {
  std::vector<SubjectDistribution> rows;
  for (const auto& [id, subject_tally] : tally.subjects) {
    const auto subject = unit.subjects().find(institution, id);
    rows.push_back({id, subject ? subject->name : std::string(), subject_tally.result()});
  }
  detail::order_by_name(rows);
  return rows;
}

model::AcademicYear stored_year(storage::UnitOfWork& unit, model::InstitutionId institution,
                                model::AcademicYearId id) {
  auto year = unit.academic_years().find(institution, id);
  if (!year) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution.str() + " has no academic year " + id.str());
  }
  return *year;
}

const text::Region& oblast_of(std::string_view katottg) {
  const text::Region* region = text::find_region_by_katottg(katottg);
  if (region != nullptr) return *region;
  const bool two_digits = katottg.size() == 2 && katottg[0] >= '0' && katottg[0] <= '9' &&
                          katottg[1] >= '0' && katottg[1] <= '9';
  throw Error(Errc::invalid, ErrorDomain::argument,
              two_digits ? "'" + std::string(katottg) +
                               "' is not the КАТОТТГ code of a first-level unit of Ukraine"
                         : "an oblast code of " + std::to_string(katottg.size()) +
                               " bytes is not a two-digit КАТОТТГ code (e.g. '59')");
}

void check_year_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxYearNameBytes) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "an academic year's name of " + std::to_string(name.size()) + " bytes is not 1…" +
                    std::to_string(kMaxYearNameBytes) + " bytes long");
  }
  if (const auto offset = text::find_invalid_utf8(name)) {
    throw Error(
        Errc::invalid, ErrorDomain::argument,
        "the academic year's name is not valid UTF-8 (at byte " + std::to_string(*offset) + ")");
  }
}

}  // namespace

ClassStatistics class_statistics(storage::Store& store, const access::Principal& principal,
                                 model::InstitutionId institution, model::ClassId class_id,
                                 std::size_t term, ReportColumn column) {
  check_column(column);
  const auto unit = store.begin(storage::Access::read);
  const auto school_class = unit->classes().find(institution, class_id);
  if (!school_class) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution.str() + " has no class " + class_id.str());
  }
  access::require(principal, access::Operation::read_class_statistics,
                  access::Target::school_class(institution, class_id));
  const auto year = stored_year(*unit, institution, school_class->academic_year_id);
  const auto days = detail::term_days(year, term);
  InstitutionTally tally;
  tally_class(*unit, year, *school_class, days, column, tally);

  ClassStatistics statistics;
  statistics.class_id = class_id;
  statistics.term_name = days.name;
  statistics.students = static_cast<std::int64_t>(tally.students.size());
  statistics.subjects = subject_rows(*unit, institution, tally);
  statistics.overall = tally.overall.result();
  return statistics;
}

InstitutionStatistics institution_statistics(storage::Store& store,
                                             const access::Principal& principal,
                                             model::InstitutionId institution,
                                             model::AcademicYearId year_id, std::size_t term,
                                             ReportColumn column) {
  check_column(column);
  access::require(principal, access::Operation::read_institution_statistics,
                  access::Target::institution(institution));
  const auto unit = store.begin(storage::Access::read);
  const auto year = stored_year(*unit, institution, year_id);
  const auto days = detail::term_days(year, term);
  InstitutionTally tally;
  const auto classes = unit->classes().list(institution, year_id);
  for (const auto& school_class : classes)
    tally_class(*unit, year, school_class, days, column, tally);

  InstitutionStatistics statistics;
  statistics.academic_year_id = year_id;
  statistics.term_name = days.name;
  statistics.classes = static_cast<std::int64_t>(classes.size());
  statistics.students = static_cast<std::int64_t>(tally.students.size());
  statistics.subjects = subject_rows(*unit, institution, tally);
  statistics.overall = tally.overall.result();
  return statistics;
}

OblastStatistics oblast_statistics(storage::Store& store, const access::Principal& principal,
                                   std::string_view oblast_katottg, std::string_view year_name,
                                   std::size_t term, ReportColumn column) {
  check_column(column);
  const text::Region& region = oblast_of(oblast_katottg);
  check_year_name(year_name);
  access::require(principal, access::Operation::read_institute_statistics,
                  access::Target::platform());
  OblastStatistics statistics;
  statistics.katottg = region.katottg;
  statistics.name_uk = region.name_uk;
  std::map<std::string, detail::DistributionTally> by_name;
  detail::DistributionTally overall;

  const auto unit = store.begin(storage::Access::read);
  for (const auto& institution : unit->institutions().list(model::InstitutionStatus::active)) {
    if (institution.kind == model::InstitutionKind::other || institution.oblast != region.iso) {
      continue;
    }
    ++statistics.institutions;
    for (const auto& year : unit->academic_years().list(institution.id)) {
      if (year.calendar.name != year_name || term >= year.calendar.terms.size()) continue;
      ++statistics.reporting;
      InstitutionTally tally;
      const auto days = detail::term_days(year, term);
      for (const auto& school_class : unit->classes().list(institution.id, year.id)) {
        tally_class(*unit, year, school_class, days, column, tally);
      }
      statistics.students += static_cast<std::int64_t>(tally.students.size());
      for (const auto& row : subject_rows(*unit, institution.id, tally)) {
        by_name[row.subject_name].merge(tally.subjects.at(row.subject_id));
      }
      overall.merge(tally.overall);
      break;  // one year of that name per institution
    }
  }
  for (const auto& [name, tally] : by_name) statistics.subjects.push_back({name, tally.result()});
  detail::order_by_name(statistics.subjects);
  statistics.overall = overall.result();
  return statistics;
}

}  // namespace ejournal::services
