// Courses (who teaches what to whom) and class teachers.
#include <algorithm>
#include <array>
#include <string>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/school_setup.hpp"
#include "school_setup_detail.hpp"

namespace ejournal::services {

namespace {

// The identifiers of the grading module's built-in scales, as its C ABI and Python name them.
constexpr std::array<std::string_view, 7> kScaleNames = {
    "ukrainian_12", "nush_levels",   "nush_descriptors", "nush_verbal",
    "five_point",   "hundred_point", "pass_fail"};

void require_known_scale(std::string_view scale) {
  if (std::ranges::find(kScaleNames, scale) != kScaleNames.end()) return;
  std::string known;
  for (const auto name : kScaleNames) known += (known.empty() ? "" : ", ") + std::string(name);
  throw Error(Errc::invalid, ErrorDomain::argument,
              "course.scale '" + std::string(scale) + "' is not a known scale (" + known + ")");
}

void require_teacher(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                     const model::PersonId& teacher_id) {
  const auto teacher = detail::stored_person(unit, institution, teacher_id);
  detail::require_role(unit, teacher, model::Role::teacher, "a teacher");
}

std::optional<model::RoleGrant> class_teacher_grant(storage::UnitOfWork& unit,
                                                    const model::InstitutionId& institution,
                                                    const model::ClassId& class_id) {
  for (auto& grant : unit.role_grants().list_with_role(institution, model::Role::class_teacher)) {
    if (grant.class_id == class_id) return grant;
  }
  return std::nullopt;
}

}  // namespace

std::span<const std::string_view> course_scale_names() noexcept {
  return kScaleNames;
}

model::CourseId create_course(storage::Store& store, const model::Clock& clock,
                              const access::Principal& principal,
                              model::InstitutionId institution_id, const CourseForm& form) {
  access::require(principal, access::Operation::manage_courses,
                  access::Target::institution(institution_id));
  const auto unit = store.begin(storage::Access::write);
  const auto school_class = detail::stored_class(*unit, institution_id, form.class_id);
  if (!unit->subjects().find(institution_id, form.subject_id)) {
    detail::not_found(institution_id, "subject", form.subject_id.str());
  }
  if (form.subgroup_id) {
    const auto subgroup = detail::stored_subgroup(*unit, institution_id, *form.subgroup_id);
    if (subgroup.class_id != form.class_id) {
      throw Error(Errc::invalid, ErrorDomain::argument,
                  "the subgroup " + subgroup.id.str() + " belongs to the class " +
                      subgroup.class_id.str() + ", not to " + form.class_id.str());
    }
  }
  require_teacher(*unit, institution_id, form.teacher_id);
  model::Course course;
  course.id = model::CourseId::generate();
  course.institution_id = institution_id;
  course.academic_year_id = school_class.academic_year_id;
  course.subject_id = form.subject_id;
  course.class_id = form.class_id;
  course.subgroup_id = form.subgroup_id;
  course.teacher_id = form.teacher_id;
  course.scale = form.scale;
  course = model::validated(std::move(course));
  require_known_scale(course.scale);
  unit->courses().insert(course);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("course", course.id.str(), "create", "", detail::course_json(course));
  unit->commit();
  return course.id;
}

void reassign_course(storage::Store& store, const model::Clock& clock,
                     const access::Principal& principal, model::InstitutionId institution_id,
                     model::CourseId course_id, model::PersonId teacher_id,
                     std::string_view scale) {
  access::require(principal, access::Operation::manage_courses,
                  access::Target::institution(institution_id));
  const auto unit = store.begin(storage::Access::write);
  auto course = unit->courses().find(institution_id, course_id);
  if (!course) detail::not_found(institution_id, "course", course_id.str());
  require_teacher(*unit, institution_id, teacher_id);
  const auto before = detail::course_json(*course);
  course->teacher_id = teacher_id;
  course->scale = std::string(scale);
  *course = model::validated(std::move(*course));
  require_known_scale(course->scale);
  unit->courses().update(*course);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("course", course->id.str(), "update", before, detail::course_json(*course));
  unit->commit();
}

model::RoleGrantId assign_class_teacher(storage::Store& store, const model::Clock& clock,
                                        const access::Principal& principal,
                                        model::InstitutionId institution_id,
                                        model::ClassId class_id, model::PersonId teacher_id) {
  access::require(principal, access::Operation::assign_role,
                  access::Target::granting(institution_id, model::Role::class_teacher));
  const auto unit = store.begin(storage::Access::write);
  const auto school_class = detail::stored_class(*unit, institution_id, class_id);
  require_teacher(*unit, institution_id, teacher_id);
  if (const auto present = class_teacher_grant(*unit, institution_id, class_id)) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "the class " + school_class.name + " already has the class teacher " +
                    present->person_id.str() + ": withdraw that grant first");
  }
  model::RoleGrant grant;
  grant.id = model::RoleGrantId::generate();
  grant.institution_id = institution_id;
  grant.person_id = teacher_id;
  grant.role = model::Role::class_teacher;
  grant.class_id = class_id;
  grant = model::validated(std::move(grant));
  unit->role_grants().insert(grant);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("role_grant", grant.id.str(), "grant", "", detail::grant_json(grant));
  unit->commit();
  return grant.id;
}

void withdraw_class_teacher(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::ClassId class_id) {
  access::require(principal, access::Operation::assign_role,
                  access::Target::granting(institution_id, model::Role::class_teacher));
  const auto unit = store.begin(storage::Access::write);
  const auto school_class = detail::stored_class(*unit, institution_id, class_id);
  const auto grant = class_teacher_grant(*unit, institution_id, class_id);
  if (!grant) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the class " + school_class.name + " has no class teacher");
  }
  unit->role_grants().remove(institution_id, grant->id);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("role_grant", grant->id.str(), "withdraw", detail::grant_json(*grant), "");
  unit->commit();
}

}  // namespace ejournal::services
