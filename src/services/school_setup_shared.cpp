// The lookups, role checks and audit JSON the school-setup services share.
#include <algorithm>
#include <string>

#include <boost/date_time/gregorian/formatters.hpp>

#include "ejournal/error.hpp"
#include "invitations_detail.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"
#include "school_setup_detail.hpp"

namespace ejournal::services::detail {

namespace {

std::string day_text(const model::Date& date) {
  return boost::gregorian::to_iso_extended_string(date);
}

template <class Period>
std::string periods_text(const std::vector<Period>& periods) {
  std::string text;
  for (const auto& period : periods) {
    if (!text.empty()) text += "; ";
    text += period.name + ' ' + day_text(period.first) + ".." + day_text(period.last);
  }
  return text;
}

std::string days_text(const std::vector<model::Date>& days) {
  std::string text;
  for (const auto& day : days) {
    if (!text.empty()) text += "; ";
    text += day_text(day);
  }
  return text;
}

}  // namespace

void not_found(const model::InstitutionId& institution, std::string_view what,
               const std::string& id) {
  throw Error(Errc::not_found, ErrorDomain::argument,
              "institution " + institution.str() + " has no " + std::string(what) + " " + id);
}

void require_institution(storage::UnitOfWork& unit, const model::InstitutionId& institution) {
  if (!unit.institutions().find(institution)) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "there is no institution " + institution.str());
  }
}

model::AcademicYear stored_year(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::AcademicYearId& id) {
  auto year = unit.academic_years().find(institution, id);
  if (!year) not_found(institution, "academic year", id.str());
  return *year;
}

model::SchoolClass stored_class(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::ClassId& id) {
  auto school_class = unit.classes().find(institution, id);
  if (!school_class) not_found(institution, "class", id.str());
  return *school_class;
}

model::Subgroup stored_subgroup(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::SubgroupId& id) {
  auto subgroup = unit.subgroups().find(institution, id);
  if (!subgroup) not_found(institution, "subgroup", id.str());
  return *subgroup;
}

model::Person stored_person(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                            const model::PersonId& id) {
  auto person = unit.people().find(institution, id);
  if (!person) not_found(institution, "person", id.str());
  return *person;
}

void require_role(storage::UnitOfWork& unit, const model::Person& person, model::Role role,
                  std::string_view what) {
  const auto grants = unit.role_grants().list_for_person(person.institution_id, person.id);
  if (std::ranges::any_of(grants, [&](const auto& grant) { return grant.role == role; })) return;
  throw Error(Errc::invalid, ErrorDomain::argument,
              "the person " + person.id.str() + " is not " + std::string(what) + ": they do not " +
                  "hold the " + std::string(role_name(role)) + " role");
}

SetupAudit::SetupAudit(storage::UnitOfWork& unit, const access::Principal& principal,
                       model::InstitutionId institution, model::Instant at)
    : unit_(unit), actor_(actor_of(principal)), institution_(institution), at_(at) {}

void SetupAudit::record(std::string_view type, const std::string& id, std::string_view action,
                        std::string before, std::string after) {
  unit_.audit().append(audit_entry(institution_, actor_, at_, std::string(type), id,
                                   std::string(action), std::move(before), std::move(after)));
}

std::string year_json(const model::AcademicYear& year) {
  const auto& calendar = year.calendar;
  return JsonObject()
      .add("name", calendar.name)
      .add("first", day_text(calendar.first))
      .add("last", day_text(calendar.last))
      .add("week", calendar.week == calendar::WorkWeek::six_day ? "six_day" : "five_day")
      .add("terms", periods_text(calendar.terms))
      .add("holidays", periods_text(calendar.holidays))
      .add("days_off", days_text(calendar.days_off))
      .add("make_up_days", std::to_string(calendar.make_up_days.size()))
      .add("bells", std::to_string(calendar.bells.bells().size()))
      .str();
}

std::string class_json(const model::SchoolClass& school_class) {
  return JsonObject()
      .add("academic_year_id", school_class.academic_year_id.str())
      .add("name", school_class.name)
      .str();
}

std::string subject_json(const model::Subject& subject) {
  return JsonObject().add("name", subject.name).add("short_name", subject.short_name).str();
}

std::string subgroup_json(const model::Subgroup& subgroup) {
  return JsonObject().add("class_id", subgroup.class_id.str()).add("name", subgroup.name).str();
}

std::string course_json(const model::Course& course) {
  return JsonObject()
      .add("academic_year_id", course.academic_year_id.str())
      .add("subject_id", course.subject_id.str())
      .add("class_id", course.class_id.str())
      .add_optional("subgroup_id", course.subgroup_id
                                       ? std::optional<std::string>(course.subgroup_id->str())
                                       : std::nullopt)
      .add("teacher_id", course.teacher_id.str())
      .add("scale", course.scale)
      .str();
}

std::string enrolment_json(const model::Enrolment& enrolment) {
  return JsonObject()
      .add("class_id", enrolment.class_id.str())
      .add("student_id", enrolment.student_id.str())
      .add("arrived", day_text(enrolment.arrived))
      .add_optional("departed", enrolment.departed
                                    ? std::optional<std::string>(day_text(*enrolment.departed))
                                    : std::nullopt)
      .add("departure_note", enrolment.departure_note)
      .str();
}

std::string person_json(const model::Person& person) {
  std::optional<std::string> gender;
  if (person.gender) gender = *person.gender == text::Gender::feminine ? "feminine" : "masculine";
  return JsonObject()
      .add("surname", person.surname)
      .add("given_name", person.given_name)
      .add_optional("patronymic", person.patronymic)
      .add_optional("gender", gender)
      .add("email", person.email)
      .str();
}

std::string grant_json(const model::RoleGrant& grant) {
  JsonObject json;
  json.add("person_id", grant.person_id.str()).add("role", role_name(grant.role));
  if (grant.class_id) json.add("class_id", grant.class_id->str());
  return json.str();
}

std::string link_json(const model::ParentLink& link) {
  return JsonObject()
      .add("parent_id", link.parent_id.str())
      .add("child_id", link.child_id.str())
      .add("relation", relation_name(link.relation))
      .str();
}

std::string_view relation_name(model::ParentRelation relation) {
  switch (relation) {
    case model::ParentRelation::mother: return "mother";
    case model::ParentRelation::father: return "father";
    case model::ParentRelation::guardian: return "guardian";
    case model::ParentRelation::other: return "other";
  }
  throw Error(
      Errc::invalid, ErrorDomain::argument,
      "relation " + std::to_string(static_cast<int>(relation)) + " is not a known relation");
}

}  // namespace ejournal::services::detail
