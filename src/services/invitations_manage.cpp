// Managing issued invitations: revoke, resend with a new token, list a person's.
#include <string>
#include <utility>

#include "accounts_detail.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/services/onboarding.hpp"
#include "invitations_detail.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

void revoke_invitation(storage::Store& store, const model::Clock& clock,
                       const access::Principal& principal, model::InstitutionId institution_id,
                       model::InvitationId invitation_id, const std::string& reason) {
  std::string checked_reason;
  if (auto problem = detail::check_reason(reason, false, checked_reason)) {
    throw ValidationError({{"reason", std::move(*problem)}}, "the revocation");
  }
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  auto invitation = detail::stored_invitation(*unit, institution_id, invitation_id);
  access::require(principal, access::Operation::revoke_invitation,
                  access::Target::granting(institution_id, invitation.role));
  detail::require_pending(invitation, "revoke");
  const auto before = detail::invitation_json(invitation);
  invitation.status = model::InvitationStatus::revoked;
  unit->invitations().update(invitation);
  unit->audit().append(detail::audit_entry(institution_id, detail::actor_of(principal), now,
                                           "invitation", invitation.id.str(), "revoke", before,
                                           detail::invitation_json(invitation), checked_reason));
  unit->commit();
}

IssuedInvitation resend_invitation(storage::Store& store, const model::Clock& clock,
                                   security::RandomSource& random,
                                   const access::Principal& principal,
                                   model::InstitutionId institution_id,
                                   model::InvitationId invitation_id,
                                   const InvitationOptions& options) {
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  auto invitation = detail::stored_invitation(*unit, institution_id, invitation_id);
  access::require(principal, access::Operation::resend_invitation,
                  access::Target::granting(institution_id, invitation.role));
  detail::require_pending(invitation, "resend");
  const auto generation = detail::next_token_generation(*unit, invitation);
  // The token itself is never audited: its generation and the expiry say what changed.
  const auto before = detail::JsonObject()
                          .add("token_generation", std::to_string(generation - 1))
                          .add("expires_at", detail::utc_text(invitation.expires_at))
                          .str();
  auto token = security::Token::generate(random);
  invitation.token_hash = token.hash();
  invitation.expires_at = security::invitation_expires_at(now, options.policy);
  unit->invitations().update(invitation);
  auto token_text = token.text();
  detail::enqueue_invitation_email(*unit, invitation, token_text.reveal(), generation, options,
                                   now);
  unit->audit().append(
      detail::audit_entry(institution_id, detail::actor_of(principal), now, "invitation",
                          invitation.id.str(), "resend", before,
                          detail::JsonObject()
                              .add("token_generation", std::to_string(generation))
                              .add("expires_at", detail::utc_text(invitation.expires_at))
                              .add("email", invitation.email)
                              .str()));
  unit->commit();
  return IssuedInvitation{invitation.id, invitation.person_id, std::move(token_text)};
}

std::vector<model::Invitation> list_invitations(storage::Store& store,
                                                const access::Principal& principal,
                                                model::InstitutionId institution_id,
                                                model::PersonId person_id) {
  access::require(principal, access::Operation::read_people,
                  access::Target::institution(institution_id));
  const auto unit = store.begin(storage::Access::read);
  return unit->invitations().list_for_person(institution_id, person_id);
}

}  // namespace ejournal::services
