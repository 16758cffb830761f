// The institute operator's row of ua-school.md §7: onboarding, never a school's records.
#include "rules.hpp"

namespace ejournal::access::detail {

Decision operator_rule(const Principal& /*principal*/, Operation operation, const Target& target) {
  using enum Operation;
  switch (operation) {
    case list_connection_requests:
    case review_connection_request:
    case withdraw_connection_request:
    case read_institute_statistics: return allow();
    // Inviting an institution's administrator is decided before isolation (policy.cpp); what
    // is left is the institute's own staff.
    case invite:
    case revoke_invitation:
    case resend_invitation:
      if (target.role == model::Role::institute_operator) return allow();
      return deny(
          "an institute operator invites only institution administrators and fellow "
          "operators");
    case assign_role:
      if (target.role == model::Role::institute_operator) return allow();
      return deny("an institute operator grants only the operator's role, within the institute");
    default:
      return deny(
          "an institute operator onboards institutions and has no rights inside an "
          "institution's records");
  }
}

}  // namespace ejournal::access::detail
