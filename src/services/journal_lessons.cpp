// Lessons: the dated columns of a course's journal, with their topics and homework.
#include <string>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "ejournal/access/policy.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/journal.hpp"
#include "journal_detail.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

namespace {

std::string date_text(model::Date date) {
  return boost::gregorian::to_iso_extended_string(date);
}

/// The lesson `form` describes, checked against the course's calendar and bell schedule.
model::Lesson lesson_of(const LessonForm& form, const detail::CourseContext& context,
                        model::LessonId id) {
  const auto& year = context.year.calendar;
  if (form.date.is_special() || !calendar::is_school_day(year, form.date)) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lesson.date " + date_text(form.date) + " is not a school day of the year " +
                    detail::json_string(year.name));
  }
  if (!year.bells.empty() && !year.bells.lesson(form.number)) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lesson.number " + std::to_string(form.number) +
                    " is not a lesson of the bell schedule of " + detail::json_string(year.name));
  }
  if (form.homework_due && !form.homework_due->is_special() && *form.homework_due <= form.date) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lesson.homework_due " + date_text(*form.homework_due) +
                    " is not after the lesson's date " + date_text(form.date));
  }
  model::Lesson lesson;
  lesson.id = id;
  lesson.institution_id = context.course.institution_id;
  lesson.course_id = context.course.id;
  lesson.date = form.date;
  lesson.number = form.number;
  lesson.topic = form.topic;
  lesson.homework = form.homework;
  lesson.homework_due = form.homework_due;
  lesson.type = form.type;
  return model::validated(std::move(lesson));
}

/// Whether grades or attendance marks stand in the lesson's column.
bool has_entries(storage::UnitOfWork& unit, const model::Lesson& lesson) {
  storage::GradeQuery grades;
  grades.course = lesson.course_id;
  grades.days = storage::DayRange{lesson.date, lesson.date};
  grades.column = model::ColumnKind::current;
  for (const auto& grade : unit.grades().list(lesson.institution_id, grades)) {
    if (grade.lesson_id == lesson.id) return true;
  }
  storage::AttendanceQuery marks;
  marks.lesson = lesson.id;
  return !unit.attendance().list(lesson.institution_id, marks).empty();
}

}  // namespace

model::Lesson record_lesson(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            const LessonForm& form, const JournalOptions& options) {
  detail::check_options(options);
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto context = detail::course_context(*unit, institution_id, form.course_id);
  std::string reason = form.reason;
  detail::authorize_change(principal, access::Operation::write_lessons, context.course, form.date,
                           detail::journal_today(now), options, reason);
  const auto lesson = lesson_of(form, context, model::LessonId::generate());
  unit->lessons().insert(lesson);
  unit->audit().append(detail::audit_entry(institution_id, detail::actor_of(principal), now,
                                           "lesson", lesson.id.str(), "create", {},
                                           detail::lesson_json(lesson), reason));
  unit->commit();
  auto stored = lesson;
  stored.version = 1;
  return stored;
}

model::Lesson edit_lesson(storage::Store& store, const model::Clock& clock,
                          const access::Principal& principal, model::InstitutionId institution_id,
                          model::LessonId lesson_id, std::int64_t version, const LessonForm& form,
                          const JournalOptions& options) {
  detail::check_options(options);
  const auto now = clock.now();
  const auto today = detail::journal_today(now);
  const auto unit = store.begin(storage::Access::write);
  const auto before = detail::stored_lesson(*unit, institution_id, lesson_id);
  const auto context = detail::course_context(*unit, institution_id, before.course_id);
  std::string reason = form.reason;
  auto authority = detail::authorize_change(principal, access::Operation::write_lessons,
                                            context.course, before.date, today, options, reason);
  if (form.date != before.date) {
    std::string moved_reason = form.reason;
    if (detail::authorize_change(principal, access::Operation::write_lessons, context.course,
                                 form.date, today, options,
                                 moved_reason) == detail::Authority::correction) {
      authority = detail::Authority::correction;
      reason = moved_reason;
    }
  }
  if (form.course_id != before.course_id) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "lesson " + lesson_id.str() + " belongs to course " + before.course_id.str() +
                    ", not to " + form.course_id.str());
  }
  if (version != before.version) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "lesson " + lesson_id.str() + " was changed since it was read (version " +
                    std::to_string(version) + ", now " + std::to_string(before.version) + ")");
  }
  auto lesson = lesson_of(form, context, lesson_id);
  if (lesson.date != before.date && has_entries(*unit, before)) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "lesson " + lesson_id.str() + " has grades or attendance marks: it stays on " +
                    date_text(before.date));
  }
  lesson.version = before.version;
  lesson.version = unit->lessons().update(lesson);
  unit->audit().append(detail::audit_entry(
      institution_id, detail::actor_of(principal), now, "lesson", lesson.id.str(),
      authority == detail::Authority::correction ? "correct" : "update",
      detail::lesson_json(before), detail::lesson_json(lesson), reason));
  unit->commit();
  return lesson;
}

}  // namespace ejournal::services
