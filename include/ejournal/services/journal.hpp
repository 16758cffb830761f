// The class journal (issue 7 point 2; ua-school.md §1.5–§1.7, §7): a teacher's lessons, grades
// and comments to students.
//
// Every call is one unit of work that either stores everything it changes (the record and its
// audit entry) or nothing. Every id is looked up within the institution named in the call: a
// course, lesson, student or grade of another institution is "not found".
//
// The editing window: an entry is dated by its lesson (lessons, current grades) or by the day it
// was set (undated columns). Entries dated within JournalOptions::editing_window_days of today
// (Europe/Kyiv) are the teacher's to write (access::Operation::write_lessons / write_grades);
// older ones, and any entry the administrator changes, need access::Operation::
// correct_journal_entries and a reason, which the audit entry keeps.
//
// Notifications to parents are not written here: record_grade, edit_grade and publish_grade
// return whether the call newly published a grade, which is what a notifier announces.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// How the journal guards old entries.
struct JournalOptions {
  /// Days after an entry's date during which its teacher may still change it. Ukrainian rules
  /// set no number; a week covers grading a test written last week and the corrected semester
  /// grade's three-day application period (§1.6), while keeping last month's page stable.
  int editing_window_days = 7;
};

/// The longest editing window, in days (a school year).
inline constexpr int kMaxEditingWindowDays = 366;

/// A lesson as the teacher writes it.
struct LessonForm {
  model::CourseId course_id;
  model::Date date;
  int number = 1;  ///< in the year's bell schedule (any 0 … 12 when the year has no bells)
  std::string topic;
  std::string homework;
  std::optional<model::Date> homework_due;  ///< after the lesson's date
  model::LessonType type = model::LessonType::regular;
  std::string reason;  ///< required for the administrator's corrections and past the window
};

/// Records a lesson of `form.course_id`. Needs write_lessons on the course (or, past the
/// window, correct_journal_entries with a reason). The date must be a school day of the
/// course's academic year, the number a lesson of its bell schedule, the due date after the
/// lesson. Throws Error(not_found) for an unknown course; Error(invalid) for a bad field (naming
/// it and its value); Error(exists) for a second lesson of the course at the same date and
/// number; Error(permission) as access::require does. Audited as ("lesson", id, "create").
model::Lesson record_lesson(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            const LessonForm& form, const JournalOptions& options = {});

/// Replaces the fields of lesson `lesson_id` with `form`'s (its course_id must be the lesson's
/// course). `version` is the lesson's version as the caller read it: Error(conflict) when it was
/// changed since. A lesson with grades keeps its date. The window and the access rules apply to
/// both the old and the new date. Errors as record_lesson, and Error(not_found) for an unknown
/// lesson. Audited as ("lesson", id, "update") with before, after and the reason.
model::Lesson edit_lesson(storage::Store& store, const model::Clock& clock,
                          const access::Principal& principal, model::InstitutionId institution_id,
                          model::LessonId lesson_id, std::int64_t version, const LessonForm& form,
                          const JournalOptions& options = {});

/// A grade as the teacher writes it.
struct GradeForm {
  model::CourseId course_id;
  model::PersonId student_id;
  model::ColumnKind column = model::ColumnKind::current;
  std::optional<model::LessonId> lesson_id;  ///< the lesson of a current grade; none otherwise
  /// The column's title: "Тема 2", "I семестр" (a corrected grade names its semester column's
  /// label); required for a custom column.
  std::string column_label;
  /// A value of the course's scale ("10", "В") or a special mark of the Ukrainian dictionary
  /// ("н", "н/а", "зв.", "зар.", "не зар." or an alias).
  std::string value;
  std::string comment;
  model::Publication publication = model::Publication::published;
  std::string reason;  ///< required for the administrator's corrections and past the window
};

/// What a grade call stored.
struct GradeWrite {
  model::GradeEntry grade;
  /// True when this call made the grade visible to the student and parents (a new published
  /// grade, or a draft published): what a notification announces.
  bool newly_published = false;
};

/// Records a grade. Needs write_grades on the course (or correct_journal_entries with a reason
/// past the window). Rules: a current grade names a lesson of the course dated no later than
/// today, and the student must be enrolled in the course's class (and be a member of its
/// subgroup) on the lesson's date — on today for the undated columns, so nothing new is recorded
/// for a departed student; the absence mark ("н") stands only in a lesson's column and the
/// attestation marks (н/а, зв., зар., не зар.) only in the undated ones; a corrected grade is a
/// value above the student's semester grade of the same label; one grade per student and lesson
/// (per column and label for the undated columns). Throws Error(not_found) for an unknown
/// course, lesson or student; Error(invalid) for a bad field or a rule broken (naming it);
/// Error(exists) when the student already has that grade; Error(unsupported) on a verbal scale;
/// Error(permission) as access::require does. Audited as ("grade", id, "create").
GradeWrite record_grade(storage::Store& store, const model::Clock& clock,
                        const access::Principal& principal, model::InstitutionId institution_id,
                        const GradeForm& form, const JournalOptions& options = {});

/// A change of a grade's value and comment.
struct GradeEdit {
  model::GradeId grade_id;
  std::int64_t version = 0;  ///< the grade's version as the caller read it
  std::string value;         ///< as GradeForm::value
  std::string comment;
  std::string reason;  ///< required to correct a published grade
};

/// Changes a grade. A draft changes freely; a published grade is corrected only with a reason,
/// and a published thematic grade never (§1.6: Error(conflict)). The corrected column stays above
/// the semester grade. Error(conflict) when `edit.version` is stale; Error(not_found) for an
/// unknown grade; other errors as record_grade. Audited as ("grade", id, "update") for a draft
/// and ("grade", id, "correct") for a published grade, with before, after and the reason.
GradeWrite edit_grade(storage::Store& store, const model::Clock& clock,
                      const access::Principal& principal, model::InstitutionId institution_id,
                      const GradeEdit& edit, const JournalOptions& options = {});

/// Publishes the draft grade `grade_id` read at `version`, under the same access and window
/// rules as edit_grade (`reason` for the administrator). Error(conflict) when it is published
/// already or `version` is stale; Error(not_found) for an unknown grade. Audited as ("grade",
/// id, "publish").
GradeWrite publish_grade(storage::Store& store, const model::Clock& clock,
                         const access::Principal& principal, model::InstitutionId institution_id,
                         model::GradeId grade_id, std::int64_t version,
                         const std::string& reason = {}, const JournalOptions& options = {});

/// A comment to a student, shown in the diary.
struct CommentForm {
  model::PersonId student_id;
  /// The course the comment is about; required for a subject teacher, whose student must belong
  /// to it (enrolled in its class today, and in its subgroup).
  std::optional<model::CourseId> course_id;
  std::optional<model::LessonId> lesson_id;  ///< a lesson of the course; needs course_id
  std::string text;                          ///< required, at most model::kMaxTextBytes
};

/// Writes a comment. Needs write_comment: the teacher of the course, or the class teacher of the
/// student's current class. Throws Error(not_found) for an unknown student, course or lesson;
/// Error(invalid) for bad text, a lesson of another course, or a student who does not belong to
/// the course or is not enrolled today; Error(permission) as access::require does. Audited as
/// ("comment", id, "create").
model::Comment write_comment(storage::Store& store, const model::Clock& clock,
                             const access::Principal& principal,
                             model::InstitutionId institution_id, const CommentForm& form);

/// The column's identifier: "current", "thematic", "semester", "corrected", "annual",
/// "state_exam", "notebook", "custom"; Error(invalid) for a value that names no column.
std::string_view column_name(model::ColumnKind column);

}  // namespace ejournal::services
