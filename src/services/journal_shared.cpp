// The parts of the journal its lessons, grades and comments share.
#include <algorithm>
#include <string>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "journal_detail.hpp"
#include "kyiv_day.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

std::string_view column_name(model::ColumnKind column) {
  switch (column) {
    case model::ColumnKind::current: return "current";
    case model::ColumnKind::thematic: return "thematic";
    case model::ColumnKind::semester: return "semester";
    case model::ColumnKind::corrected: return "corrected";
    case model::ColumnKind::annual: return "annual";
    case model::ColumnKind::state_exam: return "state_exam";
    case model::ColumnKind::notebook: return "notebook";
    case model::ColumnKind::custom: return "custom";
  }
  throw Error(Errc::invalid, ErrorDomain::argument,
              "journal column " + std::to_string(static_cast<int>(column)) + " names no column");
}

namespace detail {

namespace {

std::string date_text(model::Date date) {
  return boost::gregorian::to_iso_extended_string(date);
}

[[noreturn]] void not_found(model::InstitutionId institution_id, std::string_view what,
                            const std::string& id) {
  throw Error(Errc::not_found, ErrorDomain::argument,
              "institution " + institution_id.str() + " has no " + std::string(what) + " " + id);
}

}  // namespace

CourseContext course_context(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                             model::CourseId course_id) {
  auto course = unit.courses().find(institution_id, course_id);
  if (!course) not_found(institution_id, "course", course_id.str());
  auto year = unit.academic_years().find(institution_id, course->academic_year_id);
  if (!year) not_found(institution_id, "academic year", course->academic_year_id.str());
  return CourseContext{std::move(*course), std::move(*year)};
}

model::Lesson stored_lesson(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                            model::LessonId lesson_id) {
  auto lesson = unit.lessons().find(institution_id, lesson_id);
  if (!lesson) not_found(institution_id, "lesson", lesson_id.str());
  return *lesson;
}

model::GradeEntry stored_grade(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                               model::GradeId grade_id) {
  auto grade = unit.grades().find(institution_id, grade_id);
  if (!grade) not_found(institution_id, "grade", grade_id.str());
  return *grade;
}

model::Date journal_today(model::Instant now) {
  const auto day = kyiv_day(now);
  return model::Date(static_cast<unsigned short>(day.year), static_cast<unsigned short>(day.month),
                     static_cast<unsigned short>(day.day));
}

void check_options(const JournalOptions& options) {
  if (options.editing_window_days < 0 || options.editing_window_days > kMaxEditingWindowDays) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the editing window of " + std::to_string(options.editing_window_days) +
                    " days is not 0 … " + std::to_string(kMaxEditingWindowDays));
  }
}

Authority authorize_change(const access::Principal& principal, access::Operation operation,
                           const model::Course& course, model::Date entry_day, model::Date today,
                           const JournalOptions& options, std::string& reason) {
  const auto course_target =
      access::Target::course(course.institution_id, course.id, course.class_id);
  const bool within_window =
      entry_day >= today - boost::gregorian::days(options.editing_window_days);
  if (within_window && access::decide(principal, operation, course_target)) {
    std::string checked;
    if (auto problem = check_reason(reason, false, checked)) {
      throw Error(Errc::invalid, ErrorDomain::argument, "the reason " + *problem);
    }
    reason = checked;
    return Authority::teacher;
  }
  if (!access::decide(principal, access::Operation::correct_journal_entries,
                      access::Target::institution(course.institution_id))) {
    if (within_window) access::require(principal, operation, course_target);
    throw Error(Errc::permission, ErrorDomain::access,
                "the entry of " + date_text(entry_day) + " is older than the editing window of " +
                    std::to_string(options.editing_window_days) +
                    " days: only the administrator corrects it (correct_journal_entries)");
  }
  std::string checked;
  if (auto problem = check_reason(reason, true, checked)) {
    throw Error(
        Errc::invalid, ErrorDomain::argument,
        "the reason of a correction of the entry of " + date_text(entry_day) + " " + *problem);
  }
  reason = checked;
  return Authority::correction;
}

void require_in_course(storage::UnitOfWork& unit, const model::Course& course,
                       model::PersonId student_id, model::Date day) {
  if (!unit.people().find(course.institution_id, student_id)) {
    not_found(course.institution_id, "person", student_id.str());
  }
  storage::EnrolmentQuery query;
  query.school_class = course.class_id;
  query.student = student_id;
  query.on = day;
  if (unit.enrolments().list(course.institution_id, query).empty()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "student " + student_id.str() + " is not enrolled in the class of course " +
                    course.id.str() + " on " + date_text(day));
  }
  if (!course.subgroup_id) return;
  const auto members = unit.subgroups().members(course.institution_id, *course.subgroup_id);
  if (std::find(members.begin(), members.end(), student_id) == members.end()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "student " + student_id.str() + " is not in subgroup " + course.subgroup_id->str() +
                    " of course " + course.id.str());
  }
}

grading::Scale course_scale(const model::Course& course) {
  const std::string& name = course.scale;
  if (name == "ukrainian_12") return grading::Scale::ukrainian_12();
  if (name == "nush_levels") return grading::Scale::nush_levels();
  if (name == "nush_descriptors") return grading::Scale::nush_descriptors();
  if (name == "nush_verbal") return grading::Scale::nush_verbal();
  if (name == "five_point") return grading::Scale::five_point();
  if (name == "hundred_point") return grading::Scale::hundred_point();
  if (name == "pass_fail") return grading::Scale::pass_fail();
  throw Error(Errc::invalid, ErrorDomain::argument,
              "course " + course.id.str() + " names the grading scale " + json_string(name) +
                  ", which the library does not know");
}

std::string lesson_json(const model::Lesson& lesson) {
  JsonObject json;
  json.add("course_id", lesson.course_id.str())
      .add("date", date_text(lesson.date))
      .add("number", std::to_string(lesson.number))
      .add("topic", lesson.topic)
      .add("homework", lesson.homework)
      .add_optional("homework_due", lesson.homework_due ? std::optional<std::string>(
                                                              date_text(*lesson.homework_due))
                                                        : std::nullopt)
      .add("type", std::to_string(static_cast<int>(lesson.type)));
  return json.str();
}

std::string grade_json(const model::GradeEntry& grade) {
  JsonObject json;
  json.add("course_id", grade.course_id.str())
      .add("student_id", grade.student_id.str())
      .add("column", column_name(grade.column))
      .add_optional("lesson_id", grade.lesson_id
                                     ? std::optional<std::string>(grade.lesson_id->str())
                                     : std::nullopt)
      .add("date", date_text(grade.date))
      .add("column_label", grade.column_label)
      .add_optional("value", grade.value ? std::optional<std::string>(grade.value->to_string())
                                         : std::nullopt)
      .add("mark", grade.mark)
      .add("publication",
           grade.publication == model::Publication::published ? "published" : "draft")
      .add("comment", grade.comment);
  return json.str();
}

}  // namespace detail

}  // namespace ejournal::services
