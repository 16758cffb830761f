// decide() and require(): the order of the checks, institution isolation, and combining the
// rules of the roles a principal holds.
#include "ejournal/access/policy.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "rules.hpp"

namespace ejournal::access {

namespace detail {

std::string_view role_noun(model::Role role) {
  switch (role) {
    case model::Role::institute_operator: return "an institute operator";
    case model::Role::institution_admin: return "an institution administrator";
    case model::Role::deputy: return "a deputy director";
    case model::Role::teacher: return "a teacher";
    case model::Role::class_teacher: return "a class teacher";
    case model::Role::student: return "a student";
    case model::Role::parent: return "a parent";
  }
  return "an unknown role";
}

Decision not_for(model::Role role, Operation operation) {
  return deny(std::string(role_noun(role)) + " may not " +
              std::string(facts(operation).description));
}

}  // namespace detail

namespace {

using detail::allow;
using detail::deny;

[[noreturn]] void refuse_target(Operation operation, const std::string& what) {
  throw Error(Errc::invalid, ErrorDomain::argument,
              "access check of " + std::string(name(operation)) + ": " + what);
}

template <class IdT>
void check_field(Operation operation, const std::optional<IdT>& field, bool needed,
                 const char* what) {
  if (needed && !field) refuse_target(operation, std::string("the target names no ") + what);
  if (field && field->is_nil()) {
    refuse_target(operation, std::string("the target's ") + what + " id is nil");
  }
}

void check_target(Operation operation, const Target& target) {
  const unsigned needs = detail::facts(operation).needs;
  check_field(operation, target.institution_id, (needs & detail::need_institution) != 0U,
              "institution");
  check_field(operation, target.class_id, (needs & detail::need_class) != 0U, "class");
  check_field(operation, target.course_id, (needs & detail::need_course) != 0U, "course");
  check_field(operation, target.person_id, (needs & detail::need_person) != 0U, "person");
  if ((needs & detail::need_role) != 0U && !target.role) {
    refuse_target(operation, "the target names no role");
  }
  if (target.role &&
      (*target.role < model::Role::institute_operator || *target.role > model::Role::parent)) {
    refuse_target(operation, "the target's role " + std::to_string(static_cast<int>(*target.role)) +
                                 " is not a known role");
  }
}

bool open_to_everyone(Operation operation) {
  return operation == Operation::submit_connection_request ||
         operation == Operation::accept_invitation;
}

// §7 "Platform operator: creates institution admins" — in any institution, which is the one
// right an operator has outside the institute.
bool operator_invites_admin(const Principal& principal, Operation operation, const Target& target) {
  const bool invitation = operation == Operation::invite ||
                          operation == Operation::revoke_invitation ||
                          operation == Operation::resend_invitation;
  return invitation && target.role == model::Role::institution_admin &&
         principal.holds(model::Role::institute_operator);
}

using Rule = Decision (*)(const Principal&, Operation, const Target&);

struct RoleRule {
  model::Role role;
  Rule rule;
};

constexpr std::array kRoleRules{
    RoleRule{model::Role::institute_operator, detail::operator_rule},
    RoleRule{model::Role::institution_admin, detail::admin_rule},
    RoleRule{model::Role::deputy, detail::deputy_rule},
    RoleRule{model::Role::teacher, detail::teacher_rule},
    RoleRule{model::Role::class_teacher, detail::class_teacher_rule},
    RoleRule{model::Role::student, detail::student_rule},
    RoleRule{model::Role::parent, detail::parent_rule},
};

// Allowed when any role held allows; otherwise every held role's reason, once each.
Decision by_roles(const Principal& principal, Operation operation, const Target& target) {
  std::vector<std::string> reasons;
  for (const auto& [role, rule] : kRoleRules) {
    if (!principal.holds(role)) continue;
    Decision decision = rule(principal, operation, target);
    if (decision.allowed) return decision;
    if (std::ranges::find(reasons, decision.reason) == reasons.end()) {
      reasons.push_back(std::move(decision.reason));
    }
  }
  if (reasons.empty()) return deny("the person holds no role in the institution");
  std::string joined = reasons.front();
  for (std::size_t i = 1; i < reasons.size(); ++i) joined += "; " + reasons[i];
  return deny(std::move(joined));
}

}  // namespace

Decision decide(const Principal& principal, Operation operation, const Target& target) {
  check_target(operation, target);
  if (open_to_everyone(operation)) return allow();
  switch (principal.kind()) {
    case Principal::Kind::system: return allow();
    case Principal::Kind::anonymous:
      return deny(
          "sign in first: without an account one may only submit a connection request "
          "or accept an invitation");
    case Principal::Kind::person: break;
  }
  if (operator_invites_admin(principal, operation, target)) return allow();
  const bool in_institution = (detail::facts(operation).needs & detail::need_institution) != 0U;
  if (in_institution && *target.institution_id != principal.institution_id()) {
    return deny("the records of another institution are closed to the people of this one");
  }
  if (operation == Operation::manage_own_account) {
    if (target.person_id == principal.person_id()) return allow();
    return deny("a person may manage only their own account");
  }
  return by_roles(principal, operation, target);
}

void require(const Principal& principal, Operation operation, const Target& target) {
  const Decision decision = decide(principal, operation, target);
  if (!decision.allowed) {
    throw Error(Errc::permission, ErrorDomain::access,
                std::string(name(operation)) + " is not allowed: " + decision.reason);
  }
}

}  // namespace ejournal::access
