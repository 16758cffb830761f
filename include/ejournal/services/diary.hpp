// The diary (issue 7 point 4; ua-school.md §7, §9.3, §9.8): a student's week — lessons with
// topics and homework, grades, attendance and comments — as the reader may see it, and a
// parent's view of each child's week.
//
// Read-only: every call reads in one read unit of work and changes nothing. What a reader sees:
// - the week's records need access::Operation::read_student_record (the student, their parents,
//   the class teacher, the administration);
// - draft ("pencil") grades only of courses whose journal the reader may read
//   (access::Operation::read_course_journal); students and parents see published grades only;
// - the reason and the document of an absence are sensitive health data (§7: only the
//   administration and the child's parents; the class teacher, who records them, too): shown to
//   those who may read the student's file (access::Operation::read_student_file) and to the
//   student's parents, hidden from the student and everyone else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// A lesson of the student's timetable in the week.
struct DiaryLesson {
  model::LessonId lesson_id;
  model::CourseId course_id;
  std::string subject;  ///< the subject's name
  model::Date date;
  int number = 1;  ///< in the bell schedule
  model::LessonType type = model::LessonType::regular;
  std::string topic;
  std::string homework;
  std::optional<model::Date> homework_due;
};

/// A grade or special mark of the student, dated in the week: a lesson's grade (lesson_id set)
/// or one of an undated column set that day (thematic, semester…).
struct DiaryGrade {
  model::GradeId grade_id;
  model::CourseId course_id;
  std::string subject;
  model::Date date;
  std::optional<model::LessonId> lesson_id;
  model::ColumnKind column = model::ColumnKind::current;
  std::string column_label;
  std::optional<grading::Rational> value;
  std::string mark;  ///< special-mark code when `value` is empty
  model::Publication publication = model::Publication::published;
  std::string comment;
};

/// An attendance mark of the student: at a lesson (lesson_id set) or for the whole day.
struct DiaryAttendance {
  model::AttendanceId attendance_id;
  model::Date date;
  std::optional<model::LessonId> lesson_id;
  std::string code;  ///< "н", "хв", "зп" …
  /// The reason and the document: empty for a reader who may not see them (see above).
  std::optional<model::AbsenceReason> reason;
  std::optional<std::string> document_ref;
};

/// A teacher's comment to the student, made in the week (the Europe/Kyiv day of its creation).
struct DiaryComment {
  model::CommentId comment_id;
  model::Date date;
  model::PersonId author_id;
  std::string author;  ///< "Коваленко О. П."
  std::optional<model::CourseId> course_id;
  std::string subject;  ///< the course's subject, or empty
  std::optional<model::LessonId> lesson_id;
  std::string text;
  model::Instant created_at{};
};

/// A student's week, Monday to Sunday. Every list is ordered by date, then lesson number (the
/// undated grades and whole-day marks of a day after its lessons; the undated grades in the
/// journal page's column order), then id; comments by date, then creation.
struct DiaryWeek {
  model::PersonId student_id;
  std::string surname;
  std::string given_name;
  std::string patronymic;  ///< empty when the student has none
  model::Date monday;
  model::Date sunday;
  /// The week's school days by the calendars of the classes the student was enrolled in.
  std::vector<model::Date> school_days;
  std::vector<DiaryLesson> lessons;
  std::vector<DiaryGrade> grades;
  std::vector<DiaryAttendance> attendance;
  std::vector<DiaryComment> comments;
};

/// The week (Monday–Sunday) that contains `day` of the student `student_id` of `institution`,
/// as `principal` may see it (see above). Throws Error(invalid, argument) for a nil id or a
/// special date; Error(range, argument) for a day in the calendar's first or last year (1400,
/// 9999), whose week may leave the calendar; Error(not_found) when the institution has no such
/// person or the person was never enrolled in one of its classes (a student of another institution
/// is not found); Error(permission) when the principal may not read the student's record.
[[nodiscard]] DiaryWeek read_diary_week(storage::Store& store, const access::Principal& principal,
                                        model::InstitutionId institution,
                                        model::PersonId student_id, model::Date day);

/// The weeks that contain `day` of each child of the parent `parent_id` (their parent links),
/// in Ukrainian alphabetical order of the children's names, read in one unit of work. Each week
/// is read_diary_week()'s, for `principal`. A parent without children has no weeks. Throws
/// Error(invalid, argument) for a nil id or a special date; Error(range, argument) as
/// read_diary_week(); Error(not_found) when the
/// institution has no such person; Error(permission) unless the principal is that parent or may
/// read the institution's people (access::Operation::read_people: the administration), and when
/// the principal may not read one of the children's records.
[[nodiscard]] std::vector<DiaryWeek> read_children_diaries(storage::Store& store,
                                                           const access::Principal& principal,
                                                           model::InstitutionId institution,
                                                           model::PersonId parent_id,
                                                           model::Date day);

}  // namespace ejournal::services
