// The parts of an invitation its issue, resend, revoke and acceptance share.
#include <cctype>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/services/invitation_email.hpp"
#include "ejournal/services/notifications.hpp"
#include "ejournal/text/contacts.hpp"
#include "invitations_detail.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

std::string account_login(std::string_view email) {
  std::string login = text::normalize_email(email);
  for (char& c : login) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return login;
}

std::string_view invitation_status_name(model::InvitationStatus status) {
  switch (status) {
    case model::InvitationStatus::pending: return "pending";
    case model::InvitationStatus::accepted: return "accepted";
    case model::InvitationStatus::revoked: return "revoked";
  }
  return "unknown";
}

namespace detail {

model::Invitation stored_invitation(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                                    model::InvitationId invitation_id) {
  auto invitation = unit.invitations().find(institution_id, invitation_id);
  if (!invitation) {
    throw Error(
        Errc::not_found, ErrorDomain::argument,
        "institution " + institution_id.str() + " has no invitation " + invitation_id.str());
  }
  return *invitation;
}

void require_pending(const model::Invitation& invitation, std::string_view verb) {
  if (invitation.status == model::InvitationStatus::pending) return;
  throw Error(Errc::conflict, ErrorDomain::argument,
              "cannot " + std::string(verb) + " the invitation " + invitation.id.str() +
                  ": it is " + std::string(invitation_status_name(invitation.status)) +
                  ", not pending");
}

void enqueue_invitation_email(storage::UnitOfWork& unit, const model::Invitation& invitation,
                              std::string_view token, int token_generation,
                              const InvitationOptions& options, model::Instant now) {
  const auto institution = unit.institutions().find(invitation.institution_id);
  const auto invitee = unit.people().find(invitation.institution_id, invitation.person_id);
  if (!institution || !invitee) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the invitation " + invitation.id.str() + " names no stored institution or person");
  }
  InvitationEmailFacts facts;
  facts.institution_name = institution->name;
  facts.role = invitation.role;
  facts.invitee_gender = invitee->gender;
  if (invitation.class_id) {
    const auto school_class = unit.classes().find(invitation.institution_id, *invitation.class_id);
    if (!school_class) {
      throw Error(Errc::not_found, ErrorDomain::argument,
                  "institution " + invitation.institution_id.str() + " has no class " +
                      invitation.class_id->str());
    }
    facts.class_name = school_class->name;
  }
  if (invitation.child_id) {
    const auto child = unit.people().find(invitation.institution_id, *invitation.child_id);
    if (!child) {
      throw Error(Errc::not_found, ErrorDomain::argument,
                  "institution " + invitation.institution_id.str() + " has no person " +
                      invitation.child_id->str());
    }
    facts.child_name = text::FullName{child->surname, child->given_name, child->patronymic};
    facts.child_gender = child->gender;
  }
  facts.base_url = options.base_url;
  facts.token = std::string(token);
  facts.expires_at = invitation.expires_at;
  const auto email = render_invitation_email(facts, options.locale);
  facts.token.assign(facts.token.size(), '\0');
  unit.notifications().enqueue(
      make_invitation_notification(invitation, token_generation, email, now));
}

int next_token_generation(storage::UnitOfWork& unit, const model::Invitation& invitation) {
  int issued = 0;
  for (const auto& entry :
       unit.audit().list_for_entity(invitation.institution_id, "invitation", invitation.id.str())) {
    if (entry.action == "issue" || entry.action == "resend") ++issued;
  }
  return issued + 1;
}

std::string invitation_json(const model::Invitation& invitation) {
  JsonObject json;
  json.add("person_id", invitation.person_id.str())
      .add("role", role_name(invitation.role))
      .add("email", invitation.email)
      .add("status", invitation_status_name(invitation.status));
  if (invitation.class_id) json.add("class_id", invitation.class_id->str());
  if (invitation.child_id) json.add("child_id", invitation.child_id->str());
  return json.str();
}

}  // namespace detail

}  // namespace ejournal::services
