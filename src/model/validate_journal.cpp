// validated() for what the journal records: lessons, grades, attendance and comments.
#include <string>

#include "ejournal/model/validate.hpp"
#include "fields.hpp"

namespace ejournal::model {

using detail::Presence;

Lesson validated(Lesson lesson) {
  detail::id("lesson.id", lesson.id);
  detail::id("lesson.institution_id", lesson.institution_id);
  detail::id("lesson.course_id", lesson.course_id);
  detail::date("lesson.date", lesson.date);
  if (lesson.number < 0 || lesson.number > kMaxLessonNumber) {
    detail::refuse("lesson.number", "is " + std::to_string(lesson.number) + ", not 0 … " +
                                        std::to_string(kMaxLessonNumber));
  }
  lesson.topic =
      detail::text_block("lesson.topic", lesson.topic, kMaxTextBytes, Presence::optional);
  lesson.homework =
      detail::text_block("lesson.homework", lesson.homework, kMaxTextBytes, Presence::optional);
  if (lesson.homework_due) {
    detail::date("lesson.homework_due", *lesson.homework_due);
    detail::not_before("lesson.homework_due", *lesson.homework_due, "the lesson's date",
                       lesson.date);
  }
  detail::enumerator("lesson.type", lesson.type, LessonType::regular, LessonType::other);
  return lesson;
}

GradeEntry validated(GradeEntry grade) {
  detail::id("grade.id", grade.id);
  detail::id("grade.institution_id", grade.institution_id);
  detail::id("grade.course_id", grade.course_id);
  detail::id("grade.student_id", grade.student_id);
  detail::id("grade.recorded_by", grade.recorded_by);
  detail::enumerator("grade.column", grade.column, ColumnKind::current, ColumnKind::custom);
  detail::enumerator("grade.publication", grade.publication, Publication::draft,
                     Publication::published);
  // A current grade stands in its lesson's column; every other column is not tied to a lesson.
  detail::present_when("grade.lesson_id", grade.lesson_id, grade.column == ColumnKind::current,
                       "for a current grade");
  detail::id("grade.lesson_id", grade.lesson_id);
  detail::date("grade.date", grade.date);
  grade.column_label =
      detail::line("grade.column_label", grade.column_label, kMaxLabelBytes,
                   grade.column == ColumnKind::custom ? Presence::required : Presence::optional);
  grade.mark = detail::code("grade.mark", grade.mark, Presence::optional);
  if (grade.value && !grade.mark.empty()) {
    detail::refuse("grade.mark", grade.mark, "is set together with a value; a grade has one");
  }
  if (!grade.value && grade.mark.empty()) {
    detail::refuse("grade.value", "and grade.mark are both empty; a grade has one of them");
  }
  grade.comment =
      detail::text_block("grade.comment", grade.comment, kMaxTextBytes, Presence::optional);
  return grade;
}

AttendanceMark validated(AttendanceMark mark) {
  detail::id("attendance.id", mark.id);
  detail::id("attendance.institution_id", mark.institution_id);
  detail::id("attendance.student_id", mark.student_id);
  detail::id("attendance.lesson_id", mark.lesson_id);
  detail::id("attendance.recorded_by", mark.recorded_by);
  detail::date("attendance.date", mark.date);
  mark.code = detail::code("attendance.code", mark.code, Presence::required);
  detail::enumerator("attendance.reason", mark.reason, AbsenceReason::unknown,
                     AbsenceReason::other);
  mark.document_ref = detail::line("attendance.document_ref", mark.document_ref, kMaxReferenceBytes,
                                   Presence::optional);
  return mark;
}

Comment validated(Comment comment) {
  detail::id("comment.id", comment.id);
  detail::id("comment.institution_id", comment.institution_id);
  detail::id("comment.student_id", comment.student_id);
  detail::id("comment.author_id", comment.author_id);
  detail::id("comment.course_id", comment.course_id);
  detail::id("comment.lesson_id", comment.lesson_id);
  comment.text =
      detail::text_block("comment.text", comment.text, kMaxTextBytes, Presence::required);
  return comment;
}

}  // namespace ejournal::model
