// A student's reports: averages and suggested grades per course and term, and the certificate
// average (ua-school.md §1.6, §1.9, §4), each read in one read unit of work.
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/reports.hpp"
#include "ejournal/text/collation.hpp"
#include "reports_detail.hpp"

namespace ejournal::services {

namespace {

using model::ColumnKind;

model::Person stored_person(storage::UnitOfWork& unit, model::InstitutionId institution,
                            model::PersonId id) {
  auto person = unit.people().find(institution, id);
  if (!person) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution.str() + " has no student " + id.str());
  }
  return *person;
}

model::Course stored_course(storage::UnitOfWork& unit, model::InstitutionId institution,
                            model::CourseId id) {
  auto course = unit.courses().find(institution, id);
  if (!course) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution.str() + " has no course " + id.str());
  }
  return *course;
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

std::string subject_name(storage::UnitOfWork& unit, const model::Course& course) {
  const auto subject = unit.subjects().find(course.institution_id, course.subject_id);
  return subject ? subject->name : std::string();
}

// Whether the student takes the course: enrolled in its class at some time and, for a
// subgroup's course, a member of the subgroup.
bool takes(storage::UnitOfWork& unit, const model::Course& course, model::PersonId student) {
  storage::EnrolmentQuery query;
  query.school_class = course.class_id;
  query.student = student;
  if (unit.enrolments().list(course.institution_id, query).empty()) return false;
  if (!course.subgroup_id) return true;
  const auto members = unit.subgroups().members(course.institution_id, *course.subgroup_id);
  return std::ranges::find(members, student) != members.end();
}

// Whether `principal` reads the course's journal, drafts included (§7).
bool reads_journal(const access::Principal& principal, const model::Course& course) {
  return access::decide(principal, access::Operation::read_course_journal,
                        access::Target::course(course.institution_id, course.id, course.class_id))
      .allowed;
}

// The grades of `student` in `course` a reader sees: drafts only when `drafts` is set.
std::vector<model::GradeEntry> student_grades(storage::UnitOfWork& unit,
                                              const model::Course& course, model::PersonId student,
                                              bool drafts,
                                              std::optional<ColumnKind> column = std::nullopt) {
  storage::GradeQuery query;
  query.course = course.id;
  query.student = student;
  query.column = column;
  query.published_only = !drafts;
  return unit.grades().list(course.institution_id, query);
}

std::vector<grading::Grade> grades_of(const std::vector<model::GradeEntry>& entries) {
  std::vector<grading::Grade> grades;
  grades.reserve(entries.size());
  for (const auto& entry : entries) grades.push_back(detail::grade_of(entry));
  return grades;
}

// The semester and corrected grade of every term of the year, parallel (empty when none).
void final_columns(const std::vector<model::GradeEntry>& grades, const model::AcademicYear& year,
                   std::vector<grading::Grade>& semesters, std::vector<grading::Grade>& corrected) {
  const std::size_t terms = year.calendar.terms.size();
  std::vector<std::vector<model::GradeEntry>> by_term(terms);
  for (const auto& grade : grades) {
    if (grade.column != ColumnKind::semester && grade.column != ColumnKind::corrected) continue;
    if (const auto term = detail::term_in_force(year, grade.date)) {
      by_term.at(*term).push_back(grade);
    }
  }
  for (std::size_t i = 0; i < terms; ++i) {
    const auto& name = year.calendar.terms.at(i).name;
    const auto semester = detail::latest_in(by_term.at(i), ColumnKind::semester);
    const auto correction = detail::latest_in(by_term.at(i), ColumnKind::corrected);
    semesters.push_back(semester ? detail::grade_of(*semester) : grading::Grade::empty(name));
    corrected.push_back(correction ? detail::grade_of(*correction) : grading::Grade::empty(name));
  }
}

}  // namespace

StudentTermReport student_term_report(storage::Store& store, const access::Principal& principal,
                                      model::InstitutionId institution, model::PersonId student,
                                      model::CourseId course_id, std::size_t term,
                                      const grading::UaRules& rules) {
  const auto unit = store.begin(storage::Access::read);
  const model::Course course = stored_course(*unit, institution, course_id);
  stored_person(*unit, institution, student);
  if (!takes(*unit, course, student)) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "student " + student.str() + " does not take course " + course.id.str() +
                    " (never enrolled in its class, or not in its subgroup)");
  }
  const bool drafts = reads_journal(principal, course);
  if (!drafts) {
    access::require(principal, access::Operation::read_student_record,
                    access::Target::student(institution, student, course.class_id));
  }
  detail::require_twelve_point(course);
  const model::AcademicYear year = stored_year(*unit, institution, course.academic_year_id);
  const detail::TermDays days = detail::term_days(year, term);
  const auto grades = student_grades(*unit, course, student, drafts);

  std::vector<model::GradeEntry> current;
  std::vector<model::GradeEntry> thematic;
  for (const auto& grade : grades) {
    if (detail::is_current_in(grade, days)) current.push_back(grade);
    const bool of_term = detail::term_in_force(year, grade.date) == days.index;
    if (grade.column == ColumnKind::thematic && of_term) thematic.push_back(grade);
  }
  // The open topic: current grades after the last thematic grade (grades come by date).
  std::vector<model::GradeEntry> open_topic = current;
  if (!thematic.empty()) {
    std::erase_if(open_topic,
                  [&](const auto& grade) { return grade.date <= thematic.back().date; });
  }

  StudentTermReport report;
  report.course_id = course.id;
  report.subject_id = course.subject_id;
  report.subject_name = subject_name(*unit, course);
  report.term = term;
  report.term_name = days.name;
  report.drafts_included = drafts;
  const auto all_current = grades_of(current);
  const grading::Suggestion term_mean = grading::suggest_thematic(all_current, rules);
  report.current_counted = std::ranges::count_if(
      term_mean.basis, [](const auto& entry) { return entry.use == grading::BasisUse::counted; });
  report.current_average = term_mean.mean;
  report.thematic = grading::suggest_thematic(grades_of(open_topic), rules);
  report.semester = grading::suggest_semester(grades_of(thematic), all_current, rules);
  std::vector<grading::Grade> semesters;
  std::vector<grading::Grade> corrected;
  final_columns(grades, year, semesters, corrected);
  report.annual = grading::suggest_annual(semesters, corrected, rules);
  return report;
}

CertificateReport certificate_report(storage::Store& store, const access::Principal& principal,
                                     model::InstitutionId institution, model::PersonId student,
                                     model::AcademicYearId year_id, const grading::UaRules& rules) {
  const auto unit = store.begin(storage::Access::read);
  stored_person(*unit, institution, student);
  stored_year(*unit, institution, year_id);
  storage::EnrolmentQuery enrolled;
  enrolled.student = student;
  std::optional<model::ClassId> last_class;
  std::vector<model::Course> courses;
  for (const auto& enrolment : unit->enrolments().list(institution, enrolled)) {
    const auto school_class = unit->classes().find(institution, enrolment.class_id);
    if (!school_class || school_class->academic_year_id != year_id) continue;
    last_class = school_class->id;
    storage::CourseQuery query;
    query.academic_year = year_id;
    query.school_class = school_class->id;
    for (auto& course : unit->courses().list(institution, query)) {
      const bool listed = std::ranges::any_of(
          courses, [&](const model::Course& known) { return known.id == course.id; });
      if (!listed && course.scale == detail::kTwelvePointScale && takes(*unit, course, student)) {
        courses.push_back(std::move(course));
      }
    }
  }
  if (!last_class) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "student " + student.str() + " has no enrolment in academic year " + year_id.str());
  }
  access::require(principal, access::Operation::read_student_record,
                  access::Target::student(institution, student, last_class));

  // Subjects in Ukrainian order (then course id), so the basis reads like the supplement.
  const text::UkrainianCollator collator;
  std::vector<std::tuple<std::string, model::CourseId, std::string, const model::Course*>> order;
  for (const auto& course : courses) {
    std::string name = subject_name(*unit, course);
    order.emplace_back(collator.sort_key(name), course.id, std::move(name), &course);
  }
  std::ranges::sort(order, [](const auto& left, const auto& right) {
    return std::tie(std::get<0>(left), std::get<1>(left)) <
           std::tie(std::get<0>(right), std::get<1>(right));
  });

  std::vector<grading::CertificateEntry> entries;
  CertificateReport report;
  for (const auto& [key, id, name, course] : order) {
    const auto grades = student_grades(*unit, *course, student, reads_journal(principal, *course));
    const std::pair<ColumnKind, grading::CertificateEntryKind> kinds[] = {
        {ColumnKind::annual, grading::CertificateEntryKind::subject},
        {ColumnKind::state_exam, grading::CertificateEntryKind::state_exam}};
    for (const auto& [column, kind] : kinds) {
      if (const auto grade = detail::latest_in(grades, column)) {
        grading::Grade entry = detail::grade_of(*grade);
        entry.label = name;
        entries.push_back({std::move(entry), kind, false});
        report.courses.push_back(id);
      }
    }
  }
  report.average = grading::certificate_average(entries, rules);
  return report;
}

}  // namespace ejournal::services
