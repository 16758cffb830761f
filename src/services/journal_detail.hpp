// What the journal's services share: loading a course's context, the editing window, a
// student's membership in a course and the audited form of lessons and grades.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/grading/scale.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/services/journal.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// A course and its academic year, both of the institution.
struct CourseContext {
  model::Course course;
  model::AcademicYear year;
};

/// The course `course_id` of `institution_id` with its year; Error(not_found) otherwise.
CourseContext course_context(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                             model::CourseId course_id);

/// The lesson `lesson_id` of `institution_id`; Error(not_found) otherwise.
model::Lesson stored_lesson(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                            model::LessonId lesson_id);

/// The grade `grade_id` of `institution_id`; Error(not_found) otherwise.
model::GradeEntry stored_grade(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                               model::GradeId grade_id);

/// Today in Europe/Kyiv: the journal's day.
model::Date journal_today(model::Instant now);

/// Error(invalid) unless the options' window is 0 … kMaxEditingWindowDays.
void check_options(const JournalOptions& options);

/// Whether a change is the teacher's own work or the administrator's correction.
enum class Authority { teacher, correction };

/// Allows `principal` to change an entry of `course` dated `entry_day` through `operation`
/// (write_lessons or write_grades): the operation within the window, otherwise
/// correct_journal_entries with a non-empty reason. `reason` is checked and normalised in place.
/// Throws Error(permission) when neither is allowed, Error(invalid) for a missing or bad reason.
Authority authorize_change(const access::Principal& principal, access::Operation operation,
                           const model::Course& course, model::Date entry_day, model::Date today,
                           const JournalOptions& options, std::string& reason);

/// Error(invalid) unless `student_id` is a student of `institution_id` enrolled in the course's
/// class on `day` and, for a subgroup's course, a member of the subgroup; Error(not_found) when
/// the institution has no such person.
void require_in_course(storage::UnitOfWork& unit, const model::Course& course,
                       model::PersonId student_id, model::Date day);

/// The grading scale the course names ("ukrainian_12", "nush_levels", …); Error(invalid) for a
/// name the library does not know.
grading::Scale course_scale(const model::Course& course);

/// The lesson's audited fields as a JSON object.
std::string lesson_json(const model::Lesson& lesson);
/// The grade's audited fields as a JSON object.
std::string grade_json(const model::GradeEntry& grade);

}  // namespace ejournal::services::detail
