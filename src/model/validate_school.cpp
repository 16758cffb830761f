// validated() for the structure of a school year: the calendar, classes, subjects, subgroups,
// courses and enrolments.
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "fields.hpp"

namespace ejournal::model {

using detail::Presence;

namespace {

template <class Period>
void normalize_period_names(std::vector<Period>& periods, const std::string& field) {
  for (std::size_t index = 0; index < periods.size(); ++index) {
    auto& period = periods[index];
    period.name = detail::name(field + "[" + std::to_string(index) + "].name", period.name,
                               Presence::required);
  }
}

}  // namespace

AcademicYear validated(AcademicYear year) {
  detail::id("academic_year.id", year.id);
  detail::id("academic_year.institution_id", year.institution_id);
  calendar::SchoolYear& school_year = year.calendar;
  school_year.name =
      detail::name("academic_year.calendar.name", school_year.name, Presence::required);
  normalize_period_names(school_year.terms, "academic_year.calendar.terms");
  normalize_period_names(school_year.holidays, "academic_year.calendar.holidays");
  try {
    calendar::validate(school_year);
  } catch (const Error& error) {
    if (error.code() != Errc::invalid) throw;
    detail::refuse("academic_year.calendar", std::string("is refused: ") + error.what());
  }
  return year;
}

SchoolClass validated(SchoolClass school_class) {
  detail::id("class.id", school_class.id);
  detail::id("class.institution_id", school_class.institution_id);
  detail::id("class.academic_year_id", school_class.academic_year_id);
  try {
    school_class.name = text::normalize_class_name(school_class.name);
  } catch (const Error& error) {
    if (error.code() != Errc::invalid) throw;
    detail::refuse("class.name", school_class.name, std::string("is refused: ") + error.what());
  }
  return school_class;
}

Subject validated(Subject subject) {
  detail::id("subject.id", subject.id);
  detail::id("subject.institution_id", subject.institution_id);
  subject.name = detail::name("subject.name", subject.name, Presence::required);
  subject.short_name = detail::name("subject.short_name", subject.short_name, Presence::optional);
  return subject;
}

Subgroup validated(Subgroup subgroup) {
  detail::id("subgroup.id", subgroup.id);
  detail::id("subgroup.institution_id", subgroup.institution_id);
  detail::id("subgroup.class_id", subgroup.class_id);
  subgroup.name = detail::name("subgroup.name", subgroup.name, Presence::required);
  return subgroup;
}

SubgroupMember validated(SubgroupMember member) {
  detail::id("subgroup_member.institution_id", member.institution_id);
  detail::id("subgroup_member.subgroup_id", member.subgroup_id);
  detail::id("subgroup_member.student_id", member.student_id);
  return member;
}

Course validated(Course course) {
  detail::id("course.id", course.id);
  detail::id("course.institution_id", course.institution_id);
  detail::id("course.academic_year_id", course.academic_year_id);
  detail::id("course.subject_id", course.subject_id);
  detail::id("course.class_id", course.class_id);
  detail::id("course.subgroup_id", course.subgroup_id);
  detail::id("course.teacher_id", course.teacher_id);
  course.scale = detail::line("course.scale", course.scale, kMaxLabelBytes, Presence::required);
  return course;
}

Enrolment validated(Enrolment enrolment) {
  detail::id("enrolment.id", enrolment.id);
  detail::id("enrolment.institution_id", enrolment.institution_id);
  detail::id("enrolment.class_id", enrolment.class_id);
  detail::id("enrolment.student_id", enrolment.student_id);
  detail::date("enrolment.arrived", enrolment.arrived);
  if (enrolment.departed) {
    detail::date("enrolment.departed", *enrolment.departed);
    detail::not_before("enrolment.departed", *enrolment.departed, "arrived", enrolment.arrived);
  }
  enrolment.departure_note = detail::text_block(
      "enrolment.departure_note", enrolment.departure_note, kMaxTextBytes, Presence::optional);
  return enrolment;
}

}  // namespace ejournal::model
