// The resource an operation acts on, as far as the access policy needs to know it.
#pragma once

#include <optional>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"

namespace ejournal::access {

/// What an operation acts on. Services fill it from records they loaded within
/// `institution_id` (every query is scoped by it), so the class, course and person named here
/// belong to that institution. Which fields an operation needs is listed in operation.hpp;
/// fields it does not need are ignored.
struct Target {
  /// The institution whose records are touched; empty for the platform's own operations.
  std::optional<model::InstitutionId> institution_id;
  /// The class: the class acted on, a course's class, or a student's current class.
  std::optional<model::ClassId> class_id;
  /// The course whose journal is touched.
  std::optional<model::CourseId> course_id;
  /// The person concerned: the student of a record or file, the owner of an account.
  std::optional<model::PersonId> person_id;
  /// The role invited, granted or withdrawn.
  std::optional<model::Role> role;

  /// Nothing inside an institution: onboarding and the platform's statistics.
  [[nodiscard]] static Target platform() { return {}; }
  /// An institution as a whole.
  [[nodiscard]] static Target institution(const model::InstitutionId& institution_id) {
    Target target;
    target.institution_id = institution_id;
    return target;
  }
  /// A class of an institution.
  [[nodiscard]] static Target school_class(const model::InstitutionId& institution_id,
                                           const model::ClassId& class_id) {
    Target target = institution(institution_id);
    target.class_id = class_id;
    return target;
  }
  /// A course's journal and the class it is taught to.
  [[nodiscard]] static Target course(const model::InstitutionId& institution_id,
                                     const model::CourseId& course_id,
                                     const model::ClassId& class_id) {
    Target target = school_class(institution_id, class_id);
    target.course_id = course_id;
    return target;
  }
  /// A student and their current class (empty when they are not enrolled).
  [[nodiscard]] static Target student(const model::InstitutionId& institution_id,
                                      const model::PersonId& student_id,
                                      const std::optional<model::ClassId>& class_id) {
    Target target = institution(institution_id);
    target.class_id = class_id;
    target.person_id = student_id;
    return target;
  }
  /// A person's account.
  [[nodiscard]] static Target account(const model::InstitutionId& institution_id,
                                      const model::PersonId& person_id) {
    Target target = institution(institution_id);
    target.person_id = person_id;
    return target;
  }
  /// A role invited, granted or withdrawn in an institution.
  [[nodiscard]] static Target granting(const model::InstitutionId& institution_id,
                                       model::Role role) {
    Target target = institution(institution_id);
    target.role = role;
    return target;
  }
};

}  // namespace ejournal::access
