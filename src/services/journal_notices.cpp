#include "journal_notices.hpp"

#include <string>

#include "ejournal/services/journal.hpp"
#include "ejournal/services/parent_notices.hpp"
#include "grade_text.hpp"
#include "kyiv_day.hpp"

namespace ejournal::services::detail {

namespace {

std::string subject_name(storage::UnitOfWork& unit, model::InstitutionId institution,
                         model::SubjectId subject_id) {
  const auto subject = unit.subjects().find(institution, subject_id);
  return subject ? subject->name : std::string();
}

// "10", "н/а", and for an undated column its label: "I семестр: 10".
std::string what_was_set(const model::GradeEntry& grade) {
  const std::string shown = grade.value ? grade_text(*grade.value) : grade.mark;
  if (grade.column == model::ColumnKind::current) return shown;
  const std::string label =
      grade.column_label.empty() ? std::string(column_name(grade.column)) : grade.column_label;
  return label + ": " + shown;
}

}  // namespace

void tell_parents_of_grade(storage::UnitOfWork& unit, const model::Course& course,
                           const model::GradeEntry& grade, model::Instant now) {
  ParentNotice notice;
  notice.kind = ParentNoticeKind::published_grade;
  notice.institution_id = grade.institution_id;
  notice.student_id = grade.student_id;
  notice.entity_id = grade.id.str();
  notice.revision = grade.version;
  notice.subject = subject_name(unit, grade.institution_id, course.subject_id);
  notice.date = grade.date;
  notice.detail = what_was_set(grade);
  notify_parents(unit, notice, now);
}

void tell_parents_of_comment(storage::UnitOfWork& unit, const model::Comment& comment,
                             const model::Course* course, model::Instant now) {
  ParentNotice notice;
  notice.kind = ParentNoticeKind::comment;
  notice.institution_id = comment.institution_id;
  notice.student_id = comment.student_id;
  notice.entity_id = comment.id.str();
  notice.revision = 1;
  if (course != nullptr)
    notice.subject = subject_name(unit, comment.institution_id, course->subject_id);
  const auto day = kyiv_day(comment.created_at);
  notice.date = model::Date(day.year, day.month, day.day);
  notice.detail = comment.text;
  notify_parents(unit, notice, now);
}

}  // namespace ejournal::services::detail
