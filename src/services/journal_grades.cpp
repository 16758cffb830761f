// Grades: recording, correcting and publishing the values and special marks of a journal.
#include <string>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/grading/marks.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/journal.hpp"
#include "ejournal/text/utf8.hpp"
#include "journal_detail.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

namespace {

[[noreturn]] void refuse(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

/// A grade's value: a number or symbol of the scale, or a special mark's code.
struct GradeValue {
  std::optional<grading::Rational> value;
  std::string mark;
};

/// Reads `text` as a value of `scale` or, failing that, a mark of the Ukrainian dictionary that
/// may stand in `column`.
GradeValue read_value(const grading::Scale& scale, std::string_view text,
                      model::ColumnKind column) {
  if (text.size() > model::kMaxLabelBytes) {
    refuse("grade.value is " + std::to_string(text.size()) + " bytes long, at most " +
           std::to_string(model::kMaxLabelBytes));
  }
  if (text::find_invalid_utf8(text)) refuse("grade.value is not valid UTF-8");
  const std::string normal = text::to_nfc(detail::trim_space(text));
  if (normal.empty()) refuse("grade.value is empty: a grade has a value or a special mark");
  const auto quoted = detail::json_string(normal);
  std::string scale_problem;
  if (scale.kind() == grading::ScaleKind::verbal) {
    scale_problem = "the verbal scale " + detail::json_string(scale.name()) +
                    " has no values: write the assessment as a comment";
  } else {
    try {
      return GradeValue{scale.parse(normal), {}};
    } catch (const Error& error) {
      if (error.code() != Errc::invalid) throw;
      scale_problem = error.what();
    }
  }
  static const auto marks = grading::MarkDictionary::ukrainian();
  const auto* mark = marks.find(normal);
  if (!mark) {
    throw Error(scale.kind() == grading::ScaleKind::verbal ? Errc::unsupported : Errc::invalid,
                ErrorDomain::argument,
                "grade.value " + quoted + " is no special mark, and " + scale_problem);
  }
  const auto where = std::string(column_name(column));
  if (mark->is_absence && column != model::ColumnKind::current) {
    refuse("the absence mark " + quoted + " stands only in a lesson's column, not in " + where);
  }
  if (mark->is_attestation_result && column == model::ColumnKind::current) {
    refuse("the attestation mark " + quoted + " stands only in an undated column, not in " + where);
  }
  if (column == model::ColumnKind::corrected) {
    refuse("a corrected grade is a value above the semester grade, not the mark " + quoted);
  }
  return GradeValue{std::nullopt, mark->code};
}

/// Error(invalid) unless the corrected `grade` raises the student's semester grade of its label.
void require_upward(storage::UnitOfWork& unit, const model::GradeEntry& grade) {
  if (grade.column != model::ColumnKind::corrected || !grade.value) return;
  storage::GradeQuery query;
  query.course = grade.course_id;
  query.student = grade.student_id;
  query.column = model::ColumnKind::semester;
  for (const auto& semester : unit.grades().list(grade.institution_id, query)) {
    if (semester.column_label != grade.column_label) continue;
    if (!semester.value) {
      refuse("the semester grade " + detail::json_string(grade.column_label) + " is the mark " +
             detail::json_string(semester.mark) + ": there is no value to correct upward");
    }
    if (*grade.value <= *semester.value) {
      refuse("the corrected grade " + grade.value->to_string() +
             " is not above the semester grade " + semester.value->to_string() + " of " +
             detail::json_string(grade.column_label) + ": correction only raises it");
    }
    return;
  }
  refuse("student " + grade.student_id.str() + " has no semester grade " +
         detail::json_string(grade.column_label) + " in course " + grade.course_id.str() +
         " to correct");
}

/// Error(exists) when the student already has a grade in the column of `grade`.
void require_first(storage::UnitOfWork& unit, const model::GradeEntry& grade) {
  storage::GradeQuery query;
  query.course = grade.course_id;
  query.student = grade.student_id;
  query.column = grade.column;
  if (grade.column == model::ColumnKind::current) {
    query.days = storage::DayRange{grade.date, grade.date};
  }
  for (const auto& other : unit.grades().list(grade.institution_id, query)) {
    const bool same = grade.column == model::ColumnKind::current
                          ? other.lesson_id == grade.lesson_id
                          : other.column_label == grade.column_label;
    if (same) {
      throw Error(Errc::exists, ErrorDomain::argument,
                  "student " + grade.student_id.str() + " already has grade " + other.id.str() +
                      " in this column: edit it instead");
    }
  }
}

model::PersonId recorder(const access::Principal& principal, const model::Course& course) {
  return principal.person_id().is_nil() ? course.teacher_id : principal.person_id();
}

}  // namespace

GradeWrite record_grade(storage::Store& store, const model::Clock& clock,
                        const access::Principal& principal, model::InstitutionId institution_id,
                        const GradeForm& form, const JournalOptions& options) {
  detail::check_options(options);
  const auto now = clock.now();
  const auto today = detail::journal_today(now);
  const auto unit = store.begin(storage::Access::write);
  const auto context = detail::course_context(*unit, institution_id, form.course_id);
  const auto& course = context.course;
  auto entry_day = today;
  if (form.column == model::ColumnKind::current) {
    if (!form.lesson_id) refuse("a current grade needs its lesson (grade.lesson_id)");
    const auto lesson = detail::stored_lesson(*unit, institution_id, *form.lesson_id);
    if (lesson.course_id != course.id) {
      refuse("lesson " + lesson.id.str() + " is not a lesson of course " + course.id.str());
    }
    if (lesson.date > today) {
      refuse("lesson " + lesson.id.str() + " of " +
             boost::gregorian::to_iso_extended_string(lesson.date) + " has not taken place yet");
    }
    entry_day = lesson.date;
  } else if (form.lesson_id) {
    refuse(std::string("a grade in the ") + std::string(column_name(form.column)) +
           " column stands in no lesson's column");
  }
  std::string reason = form.reason;
  detail::authorize_change(principal, access::Operation::write_grades, course, entry_day, today,
                           options, reason);
  detail::require_in_course(*unit, course, form.student_id, entry_day);
  auto value = read_value(detail::course_scale(course), form.value, form.column);

  model::GradeEntry grade;
  grade.id = model::GradeId::generate();
  grade.institution_id = institution_id;
  grade.course_id = course.id;
  grade.student_id = form.student_id;
  grade.column = form.column;
  grade.lesson_id = form.lesson_id;
  grade.date = entry_day;
  grade.column_label = form.column_label;
  grade.value = value.value;
  grade.mark = std::move(value.mark);
  grade.publication = form.publication;
  grade.comment = form.comment;
  grade.recorded_by = recorder(principal, course);
  grade.recorded_at = now;
  grade = model::validated(std::move(grade));
  require_first(*unit, grade);
  require_upward(*unit, grade);
  unit->grades().insert(grade);
  unit->audit().append(detail::audit_entry(institution_id, detail::actor_of(principal), now,
                                           "grade", grade.id.str(), "create", {},
                                           detail::grade_json(grade), reason));
  unit->commit();
  grade.version = 1;
  return GradeWrite{grade, grade.publication == model::Publication::published};
}

GradeWrite edit_grade(storage::Store& store, const model::Clock& clock,
                      const access::Principal& principal, model::InstitutionId institution_id,
                      const GradeEdit& edit, const JournalOptions& options) {
  detail::check_options(options);
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto before = detail::stored_grade(*unit, institution_id, edit.grade_id);
  const auto context = detail::course_context(*unit, institution_id, before.course_id);
  std::string reason = edit.reason;
  const auto authority =
      detail::authorize_change(principal, access::Operation::write_grades, context.course,
                               before.date, detail::journal_today(now), options, reason);
  const bool published = before.publication == model::Publication::published;
  if (published && before.column == model::ColumnKind::thematic) {
    throw Error(
        Errc::conflict, ErrorDomain::argument,
        "grade " + before.id.str() + " is a published thematic grade, which is never corrected");
  }
  if (published && reason.empty()) {
    refuse("correcting the published grade " + before.id.str() + " needs a reason");
  }
  if (edit.version != before.version) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "grade " + before.id.str() + " was changed since it was read (version " +
                    std::to_string(edit.version) + ", now " + std::to_string(before.version) + ")");
  }
  auto value = read_value(detail::course_scale(context.course), edit.value, before.column);
  auto grade = before;
  grade.value = value.value;
  grade.mark = std::move(value.mark);
  grade.comment = edit.comment;
  grade.recorded_by = recorder(principal, context.course);
  grade.recorded_at = now;
  grade = model::validated(std::move(grade));
  require_upward(*unit, grade);
  grade.version = unit->grades().update(grade);
  const bool correction = published || authority == detail::Authority::correction;
  unit->audit().append(
      detail::audit_entry(institution_id, detail::actor_of(principal), now, "grade", grade.id.str(),
                          correction ? "correct" : "update", detail::grade_json(before),
                          detail::grade_json(grade), reason));
  unit->commit();
  return GradeWrite{grade, false};
}

GradeWrite publish_grade(storage::Store& store, const model::Clock& clock,
                         const access::Principal& principal, model::InstitutionId institution_id,
                         model::GradeId grade_id, std::int64_t version, const std::string& reason,
                         const JournalOptions& options) {
  detail::check_options(options);
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto before = detail::stored_grade(*unit, institution_id, grade_id);
  const auto context = detail::course_context(*unit, institution_id, before.course_id);
  std::string checked_reason = reason;
  detail::authorize_change(principal, access::Operation::write_grades, context.course, before.date,
                           detail::journal_today(now), options, checked_reason);
  if (before.publication == model::Publication::published) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "grade " + grade_id.str() + " is published already");
  }
  if (version != before.version) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "grade " + grade_id.str() + " was changed since it was read (version " +
                    std::to_string(version) + ", now " + std::to_string(before.version) + ")");
  }
  auto grade = before;
  grade.publication = model::Publication::published;
  grade.version = unit->grades().update(grade);
  unit->audit().append(detail::audit_entry(
      institution_id, detail::actor_of(principal), now, "grade", grade.id.str(), "publish",
      detail::grade_json(before), detail::grade_json(grade), checked_reason));
  unit->commit();
  return GradeWrite{grade, true};
}

}  // namespace ejournal::services
