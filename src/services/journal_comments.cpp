// Comments to a student: by the teacher of a course the student belongs to, or the class teacher.
#include <string>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/journal.hpp"
#include "journal_detail.hpp"
#include "journal_notices.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

namespace {

/// The class the student is enrolled in on `day`, if any.
std::optional<model::ClassId> class_on(storage::UnitOfWork& unit,
                                       model::InstitutionId institution_id,
                                       model::PersonId student_id, model::Date day) {
  storage::EnrolmentQuery query;
  query.student = student_id;
  query.on = day;
  const auto enrolments = unit.enrolments().list(institution_id, query);
  if (enrolments.empty()) return std::nullopt;
  return enrolments.back().class_id;
}

}  // namespace

model::Comment write_comment(storage::Store& store, const model::Clock& clock,
                             const access::Principal& principal,
                             model::InstitutionId institution_id, const CommentForm& form) {
  const auto now = clock.now();
  const auto today = detail::journal_today(now);
  const auto unit = store.begin(storage::Access::write);
  if (!unit->people().find(institution_id, form.student_id)) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution_id.str() + " has no person " + form.student_id.str());
  }
  if (form.lesson_id && !form.course_id) {
    throw Error(
        Errc::invalid, ErrorDomain::argument,
        "a comment on lesson " + form.lesson_id->str() + " needs the lesson's course (course_id)");
  }
  std::optional<detail::CourseContext> context;
  if (form.course_id) context = detail::course_context(*unit, institution_id, *form.course_id);
  auto target = access::Target::student(institution_id, form.student_id,
                                        class_on(*unit, institution_id, form.student_id, today));
  target.course_id = form.course_id;
  access::require(principal, access::Operation::write_comment, target);
  if (context) detail::require_in_course(*unit, context->course, form.student_id, today);
  if (form.lesson_id) {
    const auto lesson = detail::stored_lesson(*unit, institution_id, *form.lesson_id);
    if (lesson.course_id != *form.course_id) {
      throw Error(
          Errc::invalid, ErrorDomain::argument,
          "lesson " + lesson.id.str() + " is not a lesson of course " + form.course_id->str());
    }
  }
  if (principal.person_id().is_nil()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "a comment is written by a person; the system principal has none");
  }
  model::Comment comment;
  comment.id = model::CommentId::generate();
  comment.institution_id = institution_id;
  comment.student_id = form.student_id;
  comment.author_id = principal.person_id();
  comment.course_id = form.course_id;
  comment.lesson_id = form.lesson_id;
  comment.text = form.text;
  comment.created_at = now;
  comment = model::validated(std::move(comment));
  unit->comments().insert(comment);
  unit->audit().append(detail::audit_entry(
      institution_id, detail::actor_of(principal), now, "comment", comment.id.str(), "create", {},
      detail::JsonObject()
          .add("student_id", comment.student_id.str())
          .add_optional("course_id", comment.course_id
                                         ? std::optional<std::string>(comment.course_id->str())
                                         : std::nullopt)
          .add_optional("lesson_id", comment.lesson_id
                                         ? std::optional<std::string>(comment.lesson_id->str())
                                         : std::nullopt)
          .add("text", comment.text)
          .str()));
  detail::tell_parents_of_comment(*unit, comment, context ? &context->course : nullptr, now);
  unit->commit();
  return comment;
}

}  // namespace ejournal::services
