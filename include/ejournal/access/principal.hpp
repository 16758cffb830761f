// Who acts: the facts about the acting person that the access policy decides on.
#pragma once

#include <vector>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"

namespace ejournal::access {

/// A course the principal teaches, and the class it is taught to (for a subgroup's course, the
/// subgroup's class).
struct TaughtCourse {
  model::CourseId course_id;
  model::ClassId class_id;
};

/// The acting principal that every service call takes. Services load its facts fresh for each
/// call (grants, parent links, courses) and pass them in; the policy reads no storage.
///
/// A person belongs to one institution: someone working in two schools, or a parent with
/// children in two schools, is a principal per school (model::Person). The institute's
/// operators belong to the institute (an institution of kind other); their role carries only
/// the onboarding rights, never a right inside a school's journal.
///
/// Role grants are the rights; the other facts scope them: children count only with the parent
/// role, taught courses only with the teacher role, and a class teacher's class is the one in
/// the grant. So a person holding several roles (a teacher who is also a parent in the same
/// school) gets each role's rights over that role's scope.
class Principal {
 public:
  enum class Kind {
    anonymous = 1,  ///< not signed in: may only submit a request or accept an invitation
    person,         ///< a signed-in person of an institution
    system,         ///< the library's own jobs
  };

  /// Someone who has not signed in.
  [[nodiscard]] static Principal anonymous();

  /// The library itself, for jobs no person performs: delivering the notification outbox,
  /// expiry sweeps, installing the first institute operator. It may do everything, and its
  /// audit entries carry no actor. Never hand it to code acting for a user.
  [[nodiscard]] static Principal system();

  /// A signed-in person of `institution_id` with their role grants, the ids of their children
  /// (from their parent links) and the courses they teach. Throws Error(invalid, argument) for
  /// a nil id, a grant of another person or institution, a grant of an unknown role, a class
  /// teacher's grant without a class or another role's grant with one.
  [[nodiscard]] static Principal person(model::PersonId person_id,
                                        model::InstitutionId institution_id,
                                        std::vector<model::RoleGrant> grants,
                                        std::vector<model::PersonId> children = {},
                                        std::vector<TaughtCourse> courses = {});

  [[nodiscard]] Kind kind() const noexcept { return kind_; }
  /// The acting person; nil for the anonymous and system principals.
  [[nodiscard]] const model::PersonId& person_id() const noexcept { return person_id_; }
  /// The person's institution; nil for the anonymous and system principals.
  [[nodiscard]] const model::InstitutionId& institution_id() const noexcept {
    return institution_id_;
  }

  /// Whether one of the grants is `role`.
  [[nodiscard]] bool holds(model::Role role) const noexcept;
  /// Whether the principal is the class teacher of `class_id`.
  [[nodiscard]] bool leads_class(const model::ClassId& class_id) const noexcept;
  /// Whether the principal holds the parent role and `child_id` is one of their children.
  [[nodiscard]] bool is_parent_of(const model::PersonId& child_id) const noexcept;
  /// Whether the principal holds the teacher role and teaches `course_id`.
  [[nodiscard]] bool teaches_course(const model::CourseId& course_id) const noexcept;
  /// Whether the principal holds the teacher role and teaches a course in `class_id`.
  [[nodiscard]] bool teaches_in_class(const model::ClassId& class_id) const noexcept;

 private:
  explicit Principal(Kind kind) : kind_(kind) {}

  Kind kind_;
  model::PersonId person_id_;
  model::InstitutionId institution_id_;
  std::vector<model::RoleGrant> grants_;
  std::vector<model::PersonId> children_;
  std::vector<TaughtCourse> courses_;
};

}  // namespace ejournal::access
