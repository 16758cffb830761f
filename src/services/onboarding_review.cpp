// Step 2 of onboarding: the institute's operators approve, reject or record the withdrawal of a
// connection request, and list the requests.
#include <string>
#include <utility>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitation_email.hpp"
#include "ejournal/services/notifications.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/text/names.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

namespace detail {

model::ConnectionRequest pending_request(storage::UnitOfWork& unit, model::ConnectionRequestId id,
                                         std::int64_t expected_version, std::string_view verb) {
  auto request = unit.connection_requests().find(id);
  if (!request) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "there is no connection request " + id.str());
  }
  if (request->version != expected_version) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "the connection request " + id.str() + " is at version " +
                    std::to_string(request->version) + ", not " + std::to_string(expected_version) +
                    ": it changed since it was read");
  }
  if (request->status != model::RequestStatus::pending) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "cannot " + std::string(verb) + " the connection request " + id.str() + ": it is " +
                    std::string(request_status_name(request->status)) + ", not pending");
  }
  return *request;
}

std::optional<model::PersonId> actor_of(const access::Principal& principal) {
  if (principal.kind() == access::Principal::Kind::person) return principal.person_id();
  return std::nullopt;
}

}  // namespace detail

namespace {

// What a ValidationError of a decision's reason says was refused.
const char* decision_name(model::RequestStatus outcome) {
  switch (outcome) {
    case model::RequestStatus::approved: return "the approval";
    case model::RequestStatus::rejected: return "the rejection";
    case model::RequestStatus::withdrawn: return "the withdrawal";
    case model::RequestStatus::pending: break;
  }
  return "the decision";
}

std::string status_json(model::RequestStatus status) {
  return detail::JsonObject().add("status", request_status_name(status)).str();
}

/// The decision shared by reject and withdraw: pending → `status` with the reason, audited.
void decide(storage::Store& store, const model::Clock& clock, const access::Principal& principal,
            access::Operation operation, model::ConnectionRequestId request_id,
            std::int64_t expected_version, const std::string& reason, bool reason_required,
            model::RequestStatus status, std::string_view verb) {
  access::require(principal, operation, access::Target::platform());
  std::string checked_reason;
  if (auto problem = detail::check_reason(reason, reason_required, checked_reason)) {
    throw ValidationError({{"reason", std::move(*problem)}}, decision_name(status));
  }
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  auto request = detail::pending_request(*unit, request_id, expected_version, verb);
  const auto institute = detail::institute_id(*unit);
  request.status = status;
  request.decision_reason = checked_reason;
  request.decided_at = now;
  unit->connection_requests().update(request);
  unit->audit().append(detail::audit_entry(
      institute, detail::actor_of(principal), now, "connection_request", request.id.str(),
      std::string(verb), status_json(model::RequestStatus::pending), status_json(status),
      checked_reason));
  unit->commit();
}

// The approval's one unit of work: `check` reads the request (pending, at the expected version,
// its keys free), then everything the approval makes is written and committed.
template <class Check>
Approval approve(storage::Store& store, const model::Clock& clock, security::RandomSource& random,
                 const access::Principal& principal, const ReviewOptions& options,
                 const std::string& reason, const Check& check) {
  const auto now = clock.now();
  const auto actor = detail::actor_of(principal);
  const auto unit = store.begin(storage::Access::write);
  auto request = check(*unit);
  const auto institute = detail::institute_id(*unit);

  model::Institution institution;
  institution.id = model::InstitutionId::generate();
  institution.kind = request.kind;
  institution.name = request.institution_name;
  institution.diso_id = request.diso_id;
  institution.edrpou = request.edrpou;
  institution.hromada_katottg = request.hromada_katottg;  // the oblast follows from it
  institution.status = model::InstitutionStatus::active;
  institution.created_at = now;
  institution = model::validated(institution);
  unit->institutions().insert(institution);

  const text::FullName full_name{request.admin_surname, request.admin_given_name,
                                 request.admin_patronymic};
  model::Person admin;
  admin.id = model::PersonId::generate();
  admin.institution_id = institution.id;
  admin.surname = request.admin_surname;
  admin.given_name = request.admin_given_name;
  admin.patronymic = request.admin_patronymic;
  admin.gender = text::guess_gender(full_name);
  admin.email = request.admin_email;
  admin.phone = request.admin_phone;
  unit->people().insert(admin);

  model::RoleGrant grant;
  grant.id = model::RoleGrantId::generate();
  grant.institution_id = institution.id;
  grant.person_id = admin.id;
  grant.role = model::Role::institution_admin;
  unit->role_grants().insert(grant);

  auto token = security::Token::generate(random);
  model::Invitation invitation;
  invitation.id = model::InvitationId::generate();
  invitation.institution_id = institution.id;
  invitation.person_id = admin.id;
  invitation.role = model::Role::institution_admin;
  invitation.email = admin.email;
  invitation.token_hash = token.hash();
  invitation.created_at = now;
  invitation.expires_at = security::invitation_expires_at(now, options.invitation);
  invitation.status = model::InvitationStatus::pending;
  unit->invitations().insert(invitation);

  auto token_text = token.text();
  InvitationEmailFacts facts;
  facts.institution_name = institution.name;
  facts.role = model::Role::institution_admin;
  facts.invitee_gender = admin.gender;
  facts.base_url = options.base_url;
  facts.token = std::string(token_text.reveal());
  facts.expires_at = invitation.expires_at;
  const auto email = render_invitation_email(facts, options.locale);
  facts.token.assign(facts.token.size(), '\0');
  unit->notifications().enqueue(make_invitation_notification(invitation, 1, email, now));

  request.status = model::RequestStatus::approved;
  request.institution_id = institution.id;
  request.decided_at = now;
  request.decision_reason = reason;
  unit->connection_requests().update(request);

  auto& audit = unit->audit();
  audit.append(detail::audit_entry(institute, actor, now, "connection_request", request.id.str(),
                                   "approve", status_json(model::RequestStatus::pending),
                                   detail::JsonObject()
                                       .add("status", "approved")
                                       .add("institution_id", institution.id.str())
                                       .str(),
                                   reason));
  audit.append(detail::audit_entry(institution.id, actor, now, "institution", institution.id.str(),
                                   "create", "", detail::institution_json(institution), reason));
  audit.append(detail::audit_entry(institution.id, actor, now, "person", admin.id.str(), "create",
                                   "",
                                   detail::JsonObject()
                                       .add("surname", admin.surname)
                                       .add("given_name", admin.given_name)
                                       .add_optional("patronymic", admin.patronymic)
                                       .add("email", admin.email)
                                       .add("phone", admin.phone)
                                       .str()));
  audit.append(detail::audit_entry(institution.id, actor, now, "role_grant", grant.id.str(),
                                   "grant", "",
                                   detail::JsonObject()
                                       .add("person_id", admin.id.str())
                                       .add("role", "institution_admin")
                                       .str()));
  // The token and its hash stay out of the trail.
  audit.append(detail::audit_entry(institution.id, actor, now, "invitation", invitation.id.str(),
                                   "issue", "",
                                   detail::JsonObject()
                                       .add("person_id", admin.id.str())
                                       .add("role", "institution_admin")
                                       .add("email", invitation.email)
                                       .str()));
  unit->commit();
  return Approval{institution.id, admin.id, grant.id, invitation.id, std::move(token_text)};
}

}  // namespace

Approval approve_connection_request(storage::Store& store, const model::Clock& clock,
                                    security::RandomSource& random,
                                    const access::Principal& principal,
                                    model::ConnectionRequestId request_id,
                                    std::int64_t expected_version, const ReviewOptions& options) {
  access::require(principal, access::Operation::review_connection_request,
                  access::Target::platform());
  std::string reason;
  if (auto problem = detail::check_reason(options.reason, false, reason)) {
    throw ValidationError({{"reason", std::move(*problem)}},
                          decision_name(model::RequestStatus::approved));
  }
  const auto check = [&](storage::UnitOfWork& unit) {
    auto request = detail::pending_request(unit, request_id, expected_version, "approve");
    detail::refuse_duplicate_institution(unit, request);
    return request;
  };
  return detail::write_checked(
      store, [&] { return approve(store, clock, random, principal, options, reason, check); },
      check);
}

void reject_connection_request(storage::Store& store, const model::Clock& clock,
                               const access::Principal& principal,
                               model::ConnectionRequestId request_id, std::int64_t expected_version,
                               const std::string& reason) {
  decide(store, clock, principal, access::Operation::review_connection_request, request_id,
         expected_version, reason, true, model::RequestStatus::rejected, "reject");
}

void withdraw_connection_request(storage::Store& store, const model::Clock& clock,
                                 const access::Principal& principal,
                                 model::ConnectionRequestId request_id,
                                 std::int64_t expected_version, const std::string& reason) {
  decide(store, clock, principal, access::Operation::withdraw_connection_request, request_id,
         expected_version, reason, false, model::RequestStatus::withdrawn, "withdraw");
}

std::vector<model::ConnectionRequest> list_connection_requests(
    storage::Store& store, const access::Principal& principal,
    std::optional<model::RequestStatus> status) {
  access::require(principal, access::Operation::list_connection_requests,
                  access::Target::platform());
  const auto unit = store.begin(storage::Access::read);
  return unit->connection_requests().list(status);
}

}  // namespace ejournal::services
