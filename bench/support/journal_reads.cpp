#include "journal_reads.hpp"

#include <memory>

#include "ejournal/services/diary.hpp"
#include "ejournal/services/journal_page.hpp"
#include "ejournal/services/reports.hpp"

namespace ejournal::bench {

namespace {

std::size_t course_term_grades(storage::UnitOfWork& unit, const model::Course& course,
                               const calendar::Term& term) {
  storage::GradeQuery query;
  query.course = course.id;
  query.days = {term.first, term.last};
  query.published_only = true;
  return unit.grades().list(course.institution_id, query).size();
}

}  // namespace

JournalRead diary_week_through_services(storage::Store& store, const access::Principal& parent,
                                        const model::InstitutionId& institution,
                                        const model::PersonId& parent_id, calendar::Date monday) {
  JournalRead read;
  for (const services::DiaryWeek& week :
       services::read_children_diaries(store, parent, institution, parent_id, monday)) {
    read.lessons += week.lessons.size();
    read.grades += week.grades.size();
    read.attendance += week.attendance.size();
  }
  return read;
}

JournalRead diary_week_through_store(storage::Store& store, const model::InstitutionId& institution,
                                     const model::PersonId& student, calendar::Date monday) {
  const storage::DayRange days{monday, monday + boost::gregorian::days(6)};
  storage::GradeQuery grades;
  grades.student = student;
  grades.days = days;
  grades.published_only = true;
  storage::AttendanceQuery marks;
  marks.student = student;
  marks.days = days;
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
  JournalRead read;
  read.lessons = unit->lessons().list_for_student(institution, student, days).size();
  read.grades = unit->grades().list(institution, grades).size();
  read.attendance = unit->attendance().list(institution, marks).size();
  return read;
}

JournalRead course_page_through_services(storage::Store& store, const access::Principal& teacher,
                                         const model::InstitutionId& institution,
                                         const model::CourseId& course, std::size_t term) {
  const services::Page page =
      services::read_course_journal(store, teacher, institution, course, term);
  JournalRead read;
  for (const services::PageColumn& column : page.columns) {
    if (column.lesson_id) ++read.lessons;
  }
  for (const services::PageEntry& entry : page.entries) {
    ++(entry.attendance.empty() ? read.grades : read.attendance);
  }
  return read;
}

JournalRead course_page_through_store(storage::Store& store,
                                      const model::InstitutionId& institution,
                                      const model::CourseId& course, const calendar::Term& term) {
  const storage::DayRange days{term.first, term.last};
  storage::GradeQuery grades;
  grades.course = course;
  grades.days = days;
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
  JournalRead read;
  read.lessons = unit->lessons().list(institution, course, days).size();
  read.grades = unit->grades().list(institution, grades).size();
  return read;
}

JournalRead term_report_through_services(storage::Store& store,
                                         const access::Principal& administrator,
                                         const SchoolStructure& structure, std::size_t term) {
  const model::InstitutionId& institution = structure.institution.id;
  JournalRead read;
  const auto count = [&read](const services::Distribution& overall) {
    read.grades += static_cast<std::size_t>(overall.graded + overall.marked);
  };
  for (const model::SchoolClass& school_class : structure.classes) {
    count(services::class_statistics(store, administrator, institution, school_class.id, term,
                                     services::ReportColumn::current)
              .overall);
  }
  count(services::institution_statistics(store, administrator, institution, structure.year.id, term,
                                         services::ReportColumn::current)
            .overall);
  return read;
}

JournalRead term_report_through_store(storage::Store& store, const SchoolStructure& structure,
                                      std::size_t term) {
  const calendar::Term& days = structure.year.calendar.terms.at(term);
  JournalRead read;
  for (const model::SchoolClass& school_class : structure.classes) {
    const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
    for (const model::Course& course : structure.courses) {
      if (course.class_id == school_class.id)
        read.grades += course_term_grades(*unit, course, days);
    }
  }
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
  for (const model::Course& course : structure.courses) {
    read.grades += course_term_grades(*unit, course, days);
  }
  return read;
}

}  // namespace ejournal::bench
