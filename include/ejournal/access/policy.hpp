// The one authorization policy: who may perform which operation on what (ua-school.md §7).
//
// Pure: decisions come from the principal's facts and the target alone, so they are the same in
// every service and every backend, and callable on their own. Thread-safe.
#pragma once

#include <string>

#include "ejournal/access/operation.hpp"
#include "ejournal/access/principal.hpp"
#include "ejournal/access/target.hpp"

namespace ejournal::access {

/// The outcome of a check: allowed, or denied with a reason a person can read.
struct Decision {
  bool allowed = false;
  std::string reason;  ///< the rule that denies ("a parent may read only their own children's
                       ///< records"); empty when allowed

  explicit operator bool() const noexcept { return allowed; }
};

/// Decides whether `principal` may perform `operation` on `target`, in this order:
/// submitting a connection request and accepting an invitation are open to everyone; the system
/// principal may do everything; the anonymous principal nothing else; an institute operator may
/// invite, revoke or resend an institution administrator's invitation in any institution; any
/// other target in another institution than the principal's is denied; a person manages their
/// own account; otherwise the operation is allowed when any role the principal holds allows it
/// (operation.hpp lists who), and the denial names the rule of each role held.
/// Throws Error(invalid, argument) when the target lacks what the operation needs, names a nil
/// id or an unknown role, or when `operation` names no operation.
[[nodiscard]] Decision decide(const Principal& principal, Operation operation,
                              const Target& target);

/// decide(), throwing Error(permission, access) on denial with a message naming the operation and
/// the reason ("write_grades is not allowed: a teacher works only in …").
void require(const Principal& principal, Operation operation, const Target& target);

}  // namespace ejournal::access
