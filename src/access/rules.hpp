// Private parts of the access policy: what each operation needs and each role's §7 row.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "ejournal/access/policy.hpp"

namespace ejournal::access::detail {

/// The target fields an operation cannot be decided without.
enum Need : unsigned {
  need_nothing = 0,
  need_institution = 1U << 0U,
  need_class = 1U << 1U,
  need_course = 1U << 2U,
  need_person = 1U << 3U,
  need_role = 1U << 4U,
};

/// One operation's identifier, its words for denial reasons and the target fields it needs.
struct OperationFacts {
  std::string_view name;
  std::string_view description;  ///< completes "… may not": "write grades in a course's journal"
  unsigned needs = need_nothing;
};

/// The facts of `operation`; throws Error(invalid, argument) for a value that names none.
OperationFacts facts(Operation operation);

/// The role as the subject of a reason: "a class teacher".
std::string_view role_noun(model::Role role);

inline Decision allow() {
  return {.allowed = true, .reason = {}};
}
inline Decision deny(std::string reason) {
  return {.allowed = false, .reason = std::move(reason)};
}
/// The reason for a role that has no part in an operation: "a student may not write grades…".
Decision not_for(model::Role role, Operation operation);

/// Each role's row of ua-school.md §7: whether that role alone allows `operation` on a target of
/// the principal's own institution.
Decision operator_rule(const Principal& principal, Operation operation, const Target& target);
Decision admin_rule(const Principal& principal, Operation operation, const Target& target);
Decision deputy_rule(const Principal& principal, Operation operation, const Target& target);
Decision teacher_rule(const Principal& principal, Operation operation, const Target& target);
Decision class_teacher_rule(const Principal& principal, Operation operation, const Target& target);
Decision student_rule(const Principal& principal, Operation operation, const Target& target);
Decision parent_rule(const Principal& principal, Operation operation, const Target& target);

}  // namespace ejournal::access::detail
