// The calendar, classes, subgroups and subjects of a school.
#include <algorithm>
#include <string>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/school_setup.hpp"
#include "onboarding_detail.hpp"
#include "school_setup_detail.hpp"

namespace ejournal::services {

namespace {

void require(const access::Principal& principal, access::Operation operation,
             const model::InstitutionId& institution_id) {
  access::require(principal, operation, access::Target::institution(institution_id));
}

// The year's other classes must not have the name: the store refuses a taken name on insert only.
void refuse_taken_class_name(storage::UnitOfWork& unit, const model::SchoolClass& school_class) {
  for (const auto& other :
       unit.classes().list(school_class.institution_id, school_class.academic_year_id)) {
    if (other.id != school_class.id && other.name == school_class.name) {
      throw Error(Errc::exists, ErrorDomain::argument,
                  "the academic year " + school_class.academic_year_id.str() +
                      " already has the class " + school_class.name + " (" + other.id.str() + ")");
    }
  }
}

}  // namespace

model::AcademicYearId create_academic_year(storage::Store& store, const model::Clock& clock,
                                           const access::Principal& principal,
                                           model::InstitutionId institution_id,
                                           const calendar::SchoolYear& calendar) {
  require(principal, access::Operation::manage_calendar, institution_id);
  model::AcademicYear year;
  year.id = model::AcademicYearId::generate();
  year.institution_id = institution_id;
  year.calendar = calendar;
  year = model::validated(std::move(year));
  const auto unit = store.begin(storage::Access::write);
  detail::require_institution(*unit, institution_id);
  unit->academic_years().insert(year);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("academic_year", year.id.str(), "create", "", detail::year_json(year));
  unit->commit();
  return year.id;
}

void update_academic_year(storage::Store& store, const model::Clock& clock,
                          const access::Principal& principal, model::InstitutionId institution_id,
                          model::AcademicYearId year_id, const calendar::SchoolYear& calendar) {
  require(principal, access::Operation::manage_calendar, institution_id);
  const auto unit = store.begin(storage::Access::write);
  auto year = detail::stored_year(*unit, institution_id, year_id);
  const auto before = detail::year_json(year);
  year.calendar = calendar;
  year = model::validated(std::move(year));
  unit->academic_years().update(year);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("academic_year", year.id.str(), "update", before, detail::year_json(year));
  unit->commit();
}

model::ClassId create_class(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::AcademicYearId year_id, std::string_view name) {
  require(principal, access::Operation::manage_classes, institution_id);
  model::SchoolClass school_class;
  school_class.id = model::ClassId::generate();
  school_class.institution_id = institution_id;
  school_class.academic_year_id = year_id;
  school_class.name = std::string(name);
  school_class = model::validated(std::move(school_class));
  const auto unit = store.begin(storage::Access::write);
  (void)detail::stored_year(*unit, institution_id, year_id);
  refuse_taken_class_name(*unit, school_class);
  unit->classes().insert(school_class);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("class", school_class.id.str(), "create", "", detail::class_json(school_class));
  unit->commit();
  return school_class.id;
}

void rename_class(storage::Store& store, const model::Clock& clock,
                  const access::Principal& principal, model::InstitutionId institution_id,
                  model::ClassId class_id, std::string_view name) {
  require(principal, access::Operation::manage_classes, institution_id);
  const auto unit = store.begin(storage::Access::write);
  auto school_class = detail::stored_class(*unit, institution_id, class_id);
  const auto before = detail::class_json(school_class);
  school_class.name = std::string(name);
  school_class = model::validated(std::move(school_class));
  refuse_taken_class_name(*unit, school_class);
  unit->classes().update(school_class);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("class", school_class.id.str(), "update", before, detail::class_json(school_class));
  unit->commit();
}

model::SubgroupId create_subgroup(storage::Store& store, const model::Clock& clock,
                                  const access::Principal& principal,
                                  model::InstitutionId institution_id, model::ClassId class_id,
                                  std::string_view name) {
  require(principal, access::Operation::manage_classes, institution_id);
  model::Subgroup subgroup;
  subgroup.id = model::SubgroupId::generate();
  subgroup.institution_id = institution_id;
  subgroup.class_id = class_id;
  subgroup.name = std::string(name);
  subgroup = model::validated(std::move(subgroup));
  const auto unit = store.begin(storage::Access::write);
  (void)detail::stored_class(*unit, institution_id, class_id);
  for (const auto& other : unit->subgroups().list(institution_id, class_id)) {
    if (other.name == subgroup.name) {
      throw Error(Errc::exists, ErrorDomain::argument,
                  "the class " + class_id.str() + " already has the subgroup '" + subgroup.name +
                      "' (" + other.id.str() + ")");
    }
  }
  unit->subgroups().insert(subgroup);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("subgroup", subgroup.id.str(), "create", "", detail::subgroup_json(subgroup));
  unit->commit();
  return subgroup.id;
}

void add_subgroup_member(storage::Store& store, const model::Clock& clock,
                         const access::Principal& principal, model::InstitutionId institution_id,
                         model::SubgroupId subgroup_id, model::PersonId student_id) {
  require(principal, access::Operation::manage_classes, institution_id);
  const auto unit = store.begin(storage::Access::write);
  const auto subgroup = detail::stored_subgroup(*unit, institution_id, subgroup_id);
  const auto student = detail::stored_person(*unit, institution_id, student_id);
  detail::require_role(*unit, student, model::Role::student, "a student");
  storage::EnrolmentQuery query;
  query.school_class = subgroup.class_id;
  query.student = student_id;
  const auto enrolments = unit->enrolments().list(institution_id, query);
  if (std::ranges::none_of(enrolments, [](const auto& e) { return !e.departed; })) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the student " + student_id.str() + " is not in the class " +
                    subgroup.class_id.str() + " of the subgroup '" + subgroup.name + "'");
  }
  const auto members = unit->subgroups().members(institution_id, subgroup_id);
  if (std::ranges::find(members, student_id) != members.end()) {
    throw Error(
        Errc::exists, ErrorDomain::argument,
        "the student " + student_id.str() + " is already in the subgroup '" + subgroup.name + "'");
  }
  unit->subgroups().add_member(
      model::validated(model::SubgroupMember{institution_id, subgroup_id, student_id}));
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("subgroup_member", subgroup_id.str() + "/" + student_id.str(), "add", "",
              detail::JsonObject()
                  .add("subgroup_id", subgroup_id.str())
                  .add("student_id", student_id.str())
                  .str());
  unit->commit();
}

void remove_subgroup_member(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::SubgroupId subgroup_id, model::PersonId student_id) {
  require(principal, access::Operation::manage_classes, institution_id);
  const auto unit = store.begin(storage::Access::write);
  const auto subgroup = detail::stored_subgroup(*unit, institution_id, subgroup_id);
  const auto members = unit->subgroups().members(institution_id, subgroup_id);
  if (std::ranges::find(members, student_id) == members.end()) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the subgroup '" + subgroup.name + "' has no member " + student_id.str());
  }
  unit->subgroups().remove_member(model::SubgroupMember{institution_id, subgroup_id, student_id});
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("subgroup_member", subgroup_id.str() + "/" + student_id.str(), "remove",
              detail::JsonObject()
                  .add("subgroup_id", subgroup_id.str())
                  .add("student_id", student_id.str())
                  .str(),
              "");
  unit->commit();
}

model::SubjectId create_subject(storage::Store& store, const model::Clock& clock,
                                const access::Principal& principal,
                                model::InstitutionId institution_id, std::string_view name,
                                std::string_view short_name) {
  require(principal, access::Operation::manage_subjects, institution_id);
  model::Subject subject;
  subject.id = model::SubjectId::generate();
  subject.institution_id = institution_id;
  subject.name = std::string(name);
  subject.short_name = std::string(short_name);
  subject = model::validated(std::move(subject));
  const auto unit = store.begin(storage::Access::write);
  detail::require_institution(*unit, institution_id);
  for (const auto& other : unit->subjects().list(institution_id)) {
    if (other.name == subject.name) {
      throw Error(Errc::exists, ErrorDomain::argument,
                  "the institution already has the subject '" + subject.name + "' (" +
                      other.id.str() + ")");
    }
  }
  unit->subjects().insert(subject);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("subject", subject.id.str(), "create", "", detail::subject_json(subject));
  unit->commit();
  return subject.id;
}

}  // namespace ejournal::services
