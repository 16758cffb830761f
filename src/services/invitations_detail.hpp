// What the invitation services share: the checked form, the role's name, the e-mail of an
// invitation and the generation of its token.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// The new person's fields of an invitation form, normalised; empty for an existing person.
struct CheckedInvitee {
  std::optional<model::Person> new_person;  ///< without id and institution yet
};

/// Checks every field of `form` against its role and person choice and normalises the new
/// person's fields through the text module. Throws ValidationError listing every problem.
CheckedInvitee check_invitation_form(const InvitationForm& form);

/// The role's identifier, as operation names are spelled: "institution_admin", "class_teacher".
std::string_view role_name(model::Role role);

/// The invitation, which must belong to `institution_id`: Error(not_found) otherwise.
model::Invitation stored_invitation(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                                    model::InvitationId invitation_id);

/// Error(conflict) naming the state when `invitation` is not pending; `verb` names the
/// operation ("revoke").
void require_pending(const model::Invitation& invitation, std::string_view verb);

/// Renders the e-mail of `invitation` with `token` and enqueues it under `token_generation`'s
/// idempotency key; reads the institution, the invitee, a class teacher's class and a parent's
/// child within `unit`. Throws Error(invalid) for bad options.
void enqueue_invitation_email(storage::UnitOfWork& unit, const model::Invitation& invitation,
                              std::string_view token, int token_generation,
                              const InvitationOptions& options, model::Instant now);

/// The generation of the invitation's next token: one more than the tokens issued so far, as the
/// audit trail counts them ("issue" and "resend").
int next_token_generation(storage::UnitOfWork& unit, const model::Invitation& invitation);

/// The invitation's audited fields (never its token hash) as a JSON object.
std::string invitation_json(const model::Invitation& invitation);

}  // namespace ejournal::services::detail
