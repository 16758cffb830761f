// Counting attendance: a student's and a class's lessons and days over a period, and the alert of
// a long run of unexplained absence.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "attendance_detail.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/attendance.hpp"
#include "ejournal/text/collation.hpp"

namespace ejournal::services {

namespace {

using detail::AttendanceDictionary;
using detail::Stay;

/// The school days of `stays` inside `period`, ascending, each once.
std::vector<model::Date> school_days_of(std::span<const Stay> stays,
                                        const calendar::DateRange& period) {
  std::set<model::Date> days;
  for (const auto& stay : stays) {
    auto first = std::max({period.first, stay.enrolment.arrived, stay.year.first});
    auto last = std::min(period.last, stay.year.last);
    if (stay.enrolment.departed) last = std::min(last, *stay.enrolment.departed);
    if (last < first) continue;
    for (const auto day : calendar::school_days(stay.year, {first, last})) days.insert(day);
  }
  return {days.begin(), days.end()};
}

std::vector<model::AttendanceMark> marks_of(storage::UnitOfWork& unit,
                                            const model::InstitutionId& institution,
                                            const model::PersonId& student,
                                            const calendar::DateRange& period) {
  storage::AttendanceQuery query;
  query.student = student;
  query.days = {period.first, period.last};
  return unit.attendance().list(institution, query);
}

/// The student's lessons in `period`, of `courses` only when given.
detail::LessonsByDay lessons_of(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::PersonId& student, const calendar::DateRange& period,
                                const std::set<model::CourseId>* courses) {
  auto lessons = unit.lessons().list_for_student(institution, student, {period.first, period.last});
  if (courses != nullptr) {
    std::erase_if(
        lessons, [&](const model::Lesson& lesson) { return !courses->contains(lesson.course_id); });
  }
  return detail::group_by_day(lessons);
}

AttendanceCounts counts_of(storage::UnitOfWork& unit, const AttendanceDictionary& dictionary,
                           const model::InstitutionId& institution, const model::PersonId& student,
                           std::span<const Stay> stays, const calendar::DateRange& period,
                           const std::set<model::CourseId>* courses) {
  const detail::StudentMarks marks(dictionary, marks_of(unit, institution, student, period));
  AttendanceCounts counts;
  detail::add_counts(counts, marks, lessons_of(unit, institution, student, period, courses),
                     school_days_of(stays, period));
  return counts;
}

void add(AttendanceCounts& total, const AttendanceCounts& more) {
  total.lessons += more.lessons;
  total.lessons_missed += more.lessons_missed;
  total.lessons_missed_explained += more.lessons_missed_explained;
  total.lessons_missed_unexplained += more.lessons_missed_unexplained;
  total.lessons_late += more.lessons_late;
  total.school_days += more.school_days;
  total.days_missed += more.days_missed;
  total.days_missed_explained += more.days_missed_explained;
  total.days_missed_unexplained += more.days_missed_unexplained;
}

/// The class with its year; Error(not_found) without.
std::pair<model::SchoolClass, calendar::SchoolYear> stored_class(
    storage::UnitOfWork& unit, const model::InstitutionId& institution,
    const model::ClassId& class_id) {
  const auto school_class = unit.classes().find(institution, class_id);
  const auto year = school_class
                        ? unit.academic_years().find(institution, school_class->academic_year_id)
                        : std::nullopt;
  if (!school_class || !year) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution.str() + " has no class " + class_id.str());
  }
  return {*school_class, year->calendar};
}

std::set<model::CourseId> courses_of(storage::UnitOfWork& unit,
                                     const model::InstitutionId& institution,
                                     const model::ClassId& class_id) {
  storage::CourseQuery query;
  query.school_class = class_id;
  std::set<model::CourseId> courses;
  for (const auto& course : unit.courses().list(institution, query)) courses.insert(course.id);
  return courses;
}

/// `rows` in Ukrainian alphabetical order of their students' names, then by student id.
template <class Row>
void sort_by_name(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                  std::vector<Row>& rows) {
  const text::UkrainianCollator collator;
  std::vector<std::pair<std::pair<std::string, model::PersonId>, Row>> keyed;
  for (auto& row : rows) {
    const auto person = unit.people().find(institution, row.student_id);
    std::string key;
    if (person) {
      key = collator.name_sort_key(
          {person->surname, person->given_name, person->patronymic.value_or(""), 0});
    }
    keyed.push_back({{std::move(key), row.student_id}, std::move(row)});
  }
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  rows.clear();
  for (auto& [key, row] : keyed) rows.push_back(std::move(row));
}

}  // namespace

StudentAttendance student_attendance(storage::Store& store, const access::Principal& principal,
                                     model::InstitutionId institution_id,
                                     model::PersonId student_id, calendar::DateRange period,
                                     const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  detail::check_range(period, "the period");
  const auto unit = store.begin(storage::Access::read);
  const auto stays = detail::stays_of(*unit, institution_id, student_id);
  std::optional<model::ClassId> current;
  for (const auto& stay : stays) {
    const bool overlaps = stay.enrolment.arrived <= period.last &&
                          (!stay.enrolment.departed || period.first <= *stay.enrolment.departed);
    if (overlaps) current = stay.enrolment.class_id;
  }
  access::require(principal, access::Operation::read_student_record,
                  access::Target::student(institution_id, student_id, current));
  if (stays.empty()) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution_id.str() + " has no student " + student_id.str() +
                    " enrolled in a class");
  }
  return {student_id,
          counts_of(*unit, dictionary, institution_id, student_id, stays, period, nullptr)};
}

ClassAttendance class_attendance(storage::Store& store, const access::Principal& principal,
                                 model::InstitutionId institution_id, model::ClassId class_id,
                                 calendar::DateRange period, const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  detail::check_range(period, "the period");
  const auto unit = store.begin(storage::Access::read);
  (void)stored_class(*unit, institution_id, class_id);
  access::require(principal, access::Operation::read_class_summary,
                  access::Target::school_class(institution_id, class_id));
  const auto courses = courses_of(*unit, institution_id, class_id);
  storage::EnrolmentQuery query;
  query.school_class = class_id;
  std::set<model::PersonId> students;
  for (const auto& enrolment : unit->enrolments().list(institution_id, query)) {
    if (enrolment.arrived <= period.last &&
        (!enrolment.departed || period.first <= *enrolment.departed)) {
      students.insert(enrolment.student_id);
    }
  }
  ClassAttendance result;
  result.class_id = class_id;
  for (const auto& student : students) {
    const auto stays = detail::stays_of(*unit, institution_id, student, class_id);
    result.students.push_back(
        {student, counts_of(*unit, dictionary, institution_id, student, stays, period, &courses)});
    add(result.total, result.students.back().counts);
  }
  sort_by_name(*unit, institution_id, result.students);
  return result;
}

std::vector<AbsenceAlert> absence_alerts(storage::Store& store, const access::Principal& principal,
                                         model::InstitutionId institution_id,
                                         model::ClassId class_id, model::Date as_of,
                                         const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  const auto unit = store.begin(storage::Access::read);
  const auto [school_class, year] = stored_class(*unit, institution_id, class_id);
  access::require(principal, access::Operation::read_class_summary,
                  access::Target::school_class(institution_id, class_id));
  if (as_of.is_special() || as_of < year.first || year.last < as_of) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the day " + detail::day_text(as_of) + " is outside the year " + year.name +
                    " of class " + school_class.name);
  }
  const auto courses = courses_of(*unit, institution_id, class_id);
  storage::EnrolmentQuery query;
  query.school_class = class_id;
  query.on = as_of;
  std::vector<AbsenceAlert> alerts;
  for (const auto& enrolment : unit->enrolments().list(institution_id, query)) {
    const auto stays = detail::stays_of(*unit, institution_id, enrolment.student_id, class_id);
    const calendar::DateRange run_window{std::max(enrolment.arrived, year.first), as_of};
    const auto days = school_days_of(stays, run_window);
    const detail::StudentMarks marks(
        dictionary, marks_of(*unit, institution_id, enrolment.student_id, run_window));
    const auto lessons =
        lessons_of(*unit, institution_id, enrolment.student_id, run_window, &courses);
    AbsenceAlert run{enrolment.student_id, as_of, as_of, 0};
    for (auto day = days.rbegin(); day != days.rend(); ++day) {
      const auto of_day = lessons.find(*day);
      const auto outcome =
          marks.day(*day, of_day == lessons.end() ? std::span<const model::Lesson>{}
                                                  : std::span<const model::Lesson>(of_day->second));
      if (outcome != detail::Outcome::missed_unexplained) break;
      if (run.days == 0) run.last_day = *day;
      run.first_day = *day;
      ++run.days;
    }
    if (run.days >= dictionary.alert_days()) alerts.push_back(run);
  }
  sort_by_name(*unit, institution_id, alerts);
  return alerts;
}

}  // namespace ejournal::services
