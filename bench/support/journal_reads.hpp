// The reads of the journal benchmark, each in two ways: through the services, as a parent, a
// teacher or the administration asks for them, and as the store's plain reads of the same rows in
// one read unit of work — the baseline. Each returns what it read, counted alike, so that the
// benchmark can check the two agree before it times them.
#pragma once

#include <cstddef>

#include "ejournal/access/principal.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/storage/store.hpp"
#include "school_year.hpp"

namespace ejournal::bench {

/// What one read returned.
struct JournalRead {
  std::size_t lessons = 0;
  std::size_t grades = 0;
  std::size_t attendance = 0;

  friend bool operator==(const JournalRead&, const JournalRead&) = default;
};

/// The diary weeks containing `monday` of the children of `parent_id`, read by that parent
/// (services::read_children_diaries).
JournalRead diary_week_through_services(storage::Store& store, const access::Principal& parent,
                                        const model::InstitutionId& institution,
                                        const model::PersonId& parent_id, calendar::Date monday);

/// The student's lessons, published grades and attendance marks of the week from `monday` to
/// Sunday: LessonRepository::list_for_student, GradeRepository::list and
/// AttendanceRepository::list.
JournalRead diary_week_through_store(storage::Store& store, const model::InstitutionId& institution,
                                     const model::PersonId& student, calendar::Date monday);

/// The page of course `course` for term `term`, read by `teacher`
/// (services::read_course_journal): its lesson columns, grades and attendance codes.
JournalRead course_page_through_services(storage::Store& store, const access::Principal& teacher,
                                         const model::InstitutionId& institution,
                                         const model::CourseId& course, std::size_t term);

/// The course's lessons and grades of the days of `term`.
JournalRead course_page_through_store(storage::Store& store,
                                      const model::InstitutionId& institution,
                                      const model::CourseId& course, const calendar::Term& term);

/// The whole school's report of current grades for term `term`, read by `administrator`:
/// services::class_statistics for every class, then services::institution_statistics. Counts
/// the grades and marks the reports counted (each grade twice: in its class and in the school).
JournalRead term_report_through_services(storage::Store& store,
                                         const access::Principal& administrator,
                                         const SchoolStructure& structure, std::size_t term);

/// The same grades read through the store as the reports ask for them: every course's published
/// grades of the term, class by class in a read unit each, then all courses in one more unit.
JournalRead term_report_through_store(storage::Store& store, const SchoolStructure& structure,
                                      std::size_t term);

}  // namespace ejournal::bench
