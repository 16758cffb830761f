// The student's and the parent's rows of ua-school.md §7: read-only access to their own records
// (a parent's to their own children's), and a parent's explanations of absences.
#include "rules.hpp"

namespace ejournal::access::detail {

Decision student_rule(const Principal& principal, Operation operation, const Target& target) {
  if (operation != Operation::read_student_record) {
    return not_for(model::Role::student, operation);
  }
  if (target.person_id == principal.person_id()) return allow();
  return deny("a student may read only their own record");
}

Decision parent_rule(const Principal& principal, Operation operation, const Target& target) {
  switch (operation) {
    case Operation::read_student_record:
      if (principal.is_parent_of(*target.person_id)) return allow();
      return deny("a parent may read only their own children's records");
    case Operation::explain_absence:
      if (principal.is_parent_of(*target.person_id)) return allow();
      return deny("a parent may explain only their own children's absences");
    default: return not_for(model::Role::parent, operation);
  }
}

}  // namespace ejournal::access::detail
