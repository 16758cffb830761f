// Valid records to store: one school with its year, class, subject, teacher, students, course
// and lessons, and the journal entries the tests write into it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ejournal/grading/rational.hpp"
#include "ejournal/model/accounts.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::storage::testing {

/// The instant `microseconds` after 1970-01-01T00:00:00Z.
[[nodiscard]] model::Instant instant(std::int64_t microseconds);
/// 2024-09-02T05:30:00.000001Z (a Monday morning in Kyiv) plus `seconds`.
[[nodiscard]] model::Instant school_instant(std::int64_t seconds = 0);
[[nodiscard]] model::Date day(int year, int month, int day_of_month);

/// An active school whose name, ЄДРПОУ and ДІСО id differ for each `index` (0…7).
[[nodiscard]] model::Institution make_institution(int index);
/// A pending request of a college whose name, ЄДРПОУ (make_institution's) and ДІСО id differ for
/// each `index` (0…7), submitted `submitted_second` seconds into the school day.
[[nodiscard]] model::ConnectionRequest make_request(int index, std::int64_t submitted_second);
/// A person of `institution` with every optional field set; a fresh id.
[[nodiscard]] model::Person make_person(model::InstitutionId institution, std::string surname,
                                        std::string given_name, std::string patronymic);

/// A school as records, not yet stored.
struct School {
  model::Institution institution;
  model::AcademicYear year;
  model::SchoolClass school_class;
  model::Subject subject;
  model::Person teacher;
  std::vector<model::Person> students;
  model::Course course;
  std::vector<model::Lesson> lessons;  ///< from 2024-09-02, up to 7 a school day
};

/// The school of make_institution(index) with `students` students and `lessons` lessons.
[[nodiscard]] School make_school(int index, std::size_t students, std::size_t lessons);
/// Stores every record of `school` in one unit of work.
void store_school(Store& store, const School& school);

/// A published current grade of student `student` for lesson `lesson`.
[[nodiscard]] model::GradeEntry make_grade(const School& school, std::size_t student,
                                           std::size_t lesson, grading::Rational value);
/// An absence ("н") of student `student` at lesson `lesson`.
[[nodiscard]] model::AttendanceMark make_mark(const School& school, std::size_t student,
                                              std::size_t lesson);
// Queries built by position: designated initializers would leave members without initializers,
// which -Wmissing-field-initializers refuses. `{}` leaves a filter empty.
[[nodiscard]] DayRange days(std::optional<model::Date> first, std::optional<model::Date> last);
[[nodiscard]] GradeQuery grade_query(std::optional<model::CourseId> course,
                                     std::optional<model::PersonId> student, DayRange in_days = {},
                                     std::optional<model::ColumnKind> column = {},
                                     bool published_only = false);
[[nodiscard]] AttendanceQuery attendance_query(std::optional<model::PersonId> student,
                                               std::optional<model::LessonId> lesson,
                                               DayRange in_days = {});
[[nodiscard]] EnrolmentQuery enrolment_query(std::optional<model::ClassId> school_class,
                                             std::optional<model::PersonId> student,
                                             std::optional<model::Date> on);
[[nodiscard]] CourseQuery course_query(std::optional<model::AcademicYearId> academic_year,
                                       std::optional<model::ClassId> school_class,
                                       std::optional<model::PersonId> teacher);

/// Student `student` enrolled in the school's class on the first day of the year.
[[nodiscard]] model::Enrolment make_enrolment(const School& school, std::size_t student);

/// A password account of `person` (a stored person), signing in with their e-mail; a fresh id.
[[nodiscard]] model::Account make_account(const model::Person& person);
/// A session of `account` begun `second` seconds after school_instant(), for 12 hours, with a
/// token hash of its own; a fresh id.
[[nodiscard]] model::SignInSession make_sign_in_session(const model::Account& account,
                                                        std::int64_t second);

}  // namespace ejournal::storage::testing
