// Building a principal from the facts a service loaded, refusing facts that do not fit together.
#include "ejournal/access/principal.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "ejournal/error.hpp"

namespace ejournal::access {

namespace {

[[noreturn]] void refuse(const std::string& what) {
  throw Error(Errc::invalid, ErrorDomain::argument, "principal: " + what);
}

bool known(model::Role role) {
  return role >= model::Role::institute_operator && role <= model::Role::parent;
}

void check_grant(const model::RoleGrant& grant, const model::PersonId& person_id,
                 const model::InstitutionId& institution_id) {
  if (!known(grant.role)) {
    refuse("grant " + grant.id.str() + " has unknown role " +
           std::to_string(static_cast<int>(grant.role)));
  }
  if (grant.person_id != person_id) {
    refuse("grant " + grant.id.str() + " belongs to person " + grant.person_id.str() + ", not to " +
           person_id.str());
  }
  if (grant.institution_id != institution_id) {
    refuse("grant " + grant.id.str() + " belongs to institution " + grant.institution_id.str() +
           ", not to " + institution_id.str());
  }
  const bool is_class_teacher = grant.role == model::Role::class_teacher;
  if (is_class_teacher && (!grant.class_id || grant.class_id->is_nil())) {
    refuse("class teacher grant " + grant.id.str() + " names no class");
  }
  if (!is_class_teacher && grant.class_id) {
    refuse("grant " + grant.id.str() + " names a class but is not a class teacher's");
  }
}

}  // namespace

Principal Principal::anonymous() {
  return Principal(Kind::anonymous);
}

Principal Principal::system() {
  return Principal(Kind::system);
}

Principal Principal::person(model::PersonId person_id, model::InstitutionId institution_id,
                            std::vector<model::RoleGrant> grants,
                            std::vector<model::PersonId> children,
                            std::vector<TaughtCourse> courses) {
  if (person_id.is_nil()) refuse("the person id is nil");
  if (institution_id.is_nil()) refuse("the institution id is nil");
  for (const auto& grant : grants) check_grant(grant, person_id, institution_id);
  for (const auto& child : children) {
    if (child.is_nil()) refuse("a child's id is nil");
  }
  for (const auto& course : courses) {
    if (course.course_id.is_nil() || course.class_id.is_nil()) {
      refuse("a taught course has a nil course or class id");
    }
  }
  Principal principal(Kind::person);
  principal.person_id_ = person_id;
  principal.institution_id_ = institution_id;
  principal.grants_ = std::move(grants);
  principal.children_ = std::move(children);
  principal.courses_ = std::move(courses);
  return principal;
}

bool Principal::holds(model::Role role) const noexcept {
  return std::ranges::any_of(grants_, [&](const auto& grant) { return grant.role == role; });
}

bool Principal::leads_class(const model::ClassId& class_id) const noexcept {
  return std::ranges::any_of(grants_, [&](const auto& grant) {
    return grant.role == model::Role::class_teacher && grant.class_id == class_id;
  });
}

bool Principal::is_parent_of(const model::PersonId& child_id) const noexcept {
  return holds(model::Role::parent) && std::ranges::find(children_, child_id) != children_.end();
}

bool Principal::teaches_course(const model::CourseId& course_id) const noexcept {
  return holds(model::Role::teacher) && std::ranges::any_of(courses_, [&](const auto& course) {
           return course.course_id == course_id;
         });
}

bool Principal::teaches_in_class(const model::ClassId& class_id) const noexcept {
  return holds(model::Role::teacher) && std::ranges::any_of(courses_, [&](const auto& course) {
           return course.class_id == class_id;
         });
}

}  // namespace ejournal::access
