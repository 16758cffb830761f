// What the journal records: lessons, grades, attendance and comments (ua-school.md §1.5–§1.8,
// §9.3, §9.8).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ejournal/grading/rational.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::model {

enum class LessonType { regular = 1, test, laboratory, practical, thematic, excursion, other };

struct Lesson {
  LessonId id;
  InstitutionId institution_id;
  CourseId course_id;
  Date date;
  int number = 1;  ///< in the bell schedule (0 for a "zeroth" lesson)
  std::string topic;
  std::string homework;
  std::optional<Date> homework_due;
  LessonType type = LessonType::regular;
  std::int64_t version = 0;
};

/// The journal column a grade stands in.
enum class ColumnKind {
  current = 1,  ///< a lesson's dated column
  thematic,
  semester,
  corrected,  ///< «Скоригована», next to the semester column
  annual,
  state_exam,  ///< ДПА
  notebook,    ///< «Зошит»
  custom,
};

enum class Publication { draft = 1, published };

/// A grade: a value on the course's scale or a special mark (н/а, зв., зар. …), never both.
struct GradeEntry {
  GradeId id;
  InstitutionId institution_id;
  CourseId course_id;
  PersonId student_id;
  ColumnKind column = ColumnKind::current;
  std::optional<LessonId> lesson_id;  ///< set for current grades
  Date date;                          ///< the lesson's date, or the day an undated grade was set
  std::string column_label;           ///< "Тема 2", "I семестр", a custom column's title
  std::optional<grading::Rational> value;
  std::string mark;  ///< special-mark code when `value` is empty
  Publication publication = Publication::published;
  std::string comment;
  PersonId recorded_by;
  Instant recorded_at{};
  std::int64_t version = 0;
};

enum class AbsenceReason { unknown = 1, illness, family, valid_document, other };

/// Attendance of a student at one lesson, or for a whole day when `lesson_id` is empty.
struct AttendanceMark {
  AttendanceId id;
  InstitutionId institution_id;
  PersonId student_id;
  Date date;
  std::optional<LessonId> lesson_id;
  std::string code;  ///< from the institution's dictionary: "н", "хв", "зп" (late) …
  AbsenceReason reason = AbsenceReason::unknown;
  std::string document_ref;  ///< certificate or note number; sensitive (§7)
  PersonId recorded_by;
  Instant recorded_at{};
  std::int64_t version = 0;
};

/// A teacher's comment to a student, shown in the diary.
struct Comment {
  CommentId id;
  InstitutionId institution_id;
  PersonId student_id;
  PersonId author_id;
  std::optional<CourseId> course_id;
  std::optional<LessonId> lesson_id;
  std::string text;
  Instant created_at{};
};

}  // namespace ejournal::model
