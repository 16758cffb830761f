// Invitations (issue 6 point 2; ua-school.md §0 step 4): the people of an institution are invited
// to take a role; accepting binds a credential to the person's account (point 3).
//
// A token is 256 bits from the random source, handed out once (to the caller and in the outbox's
// e-mail) and stored only as its hash. Every call is one unit of work and audits what it changes
// ("invitation" issue / resend / revoke / accept, "person" create, "role_grant" grant,
// "parent_link" link, "account" create); the trail never holds a token, its hash or a password.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/accounts.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/security/expiry.hpp"
#include "ejournal/security/password_hasher.hpp"
#include "ejournal/security/password_policy.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/security/secret.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// Whom to invite to which role. Either `person_id` names a person of the institution (the
/// name, e-mail and phone fields stay empty) or the fields describe a new person.
struct InvitationForm {
  model::InstitutionId institution_id;
  model::Role role = model::Role::teacher;
  std::optional<model::PersonId> person_id;  ///< an existing person; the fields below empty
  std::string surname;                       ///< required for a new person
  std::string given_name;                    ///< required for a new person
  std::string patronymic;                    ///< optional
  std::string email;                         ///< required for a new person
  std::string phone;                         ///< optional, a Ukrainian number
  std::optional<model::ClassId> class_id;    ///< the class of a class teacher, for that role only
  std::optional<model::PersonId> child_id;   ///< the child (a student) of a parent, for that role
  model::ParentRelation relation = model::ParentRelation::other;  ///< for a parent
};

/// How the invitation e-mail is written and how long the invitation lasts.
struct InvitationOptions {
  std::string base_url;       ///< the acceptance page of the link (see acceptance_link)
  std::string locale = "uk";  ///< of the e-mail: "uk" or "en"
  security::InvitationPolicy policy;
};

/// An issued (or resent) invitation. The token is the only plain copy besides the pending
/// e-mail in the outbox; the store keeps its hash.
struct IssuedInvitation {
  model::InvitationId invitation_id;
  model::PersonId person_id;
  security::SecretString token;
};

/// Invites a person to take `form.role` in `form.institution_id`. Needs access::Operation::invite
/// for that role (access::require). In one unit of work: the person (new, from the form's fields
/// normalised by the text module; or the existing one), the role grant (unless the person holds
/// it already), the parent link of a parent (unless it exists), the invitation (a token from
/// `random`, stored as its hash, expiring per options.policy), the e-mail in the outbox (first
/// idempotency key) and the audit entries. Throws ValidationError listing every problem of the
/// form at once (fields "person_id", "surname", "given_name", "patronymic", "email", "phone",
/// "class_id", "child_id"); Error(permission) when the principal may not invite to the role;
/// Error(not_found) for an unknown institution, person, class or child; Error(invalid) when the
/// child is not a student or the options are bad; Error(conflict) when the person already has a
/// pending invitation to the same role (resend it instead); Error(exists) when the e-mail is the
/// login of another person's account. On any error nothing is stored.
IssuedInvitation invite(storage::Store& store, const model::Clock& clock,
                        security::RandomSource& random, const access::Principal& principal,
                        const InvitationForm& form, const InvitationOptions& options);

/// A new password for the account being created. Only its hash is stored.
struct NewPassword {
  std::string_view text;
};

/// What accepting binds: nothing (the person already has an account), a password, or the
/// identity of the embedding system's own sign-in.
using Credential = std::variant<std::monostate, NewPassword, model::ExternalIdentity>;

/// What acceptance did.
struct AcceptedInvitation {
  model::InvitationId invitation_id;
  model::InstitutionId institution_id;
  model::PersonId person_id;
  model::AccountId account_id;
  bool account_created = false;  ///< false when the person already had an account
};

/// How an acceptance checks a new password.
struct AcceptanceOptions {
  security::PasswordPolicy password;
};

/// Accepts the invitation whose token is `token_text`. A person without an account gets one
/// (login = the normalised e-mail, see account_login) bound to `credential`: a password that
/// security::check_password accepts (not the e-mail, not the person's names; hashed by `hasher`)
/// or an external identity (issuer and subject each 1–model::kMaxIdentityBytes of printable
/// UTF-8). A person who already has an account needs no new credential: pass std::monostate.
/// Marks the invitation accepted and audits it, in one unit of work. Distinct errors, each
/// changing nothing: a malformed token → Error(invalid) (never quoting it); no invitation with
/// that token → Error(not_found); revoked → Error(permission); already accepted →
/// Error(conflict); past its expiry → Error(expired); a credential missing for a new account or
/// given for an existing one, a refused password or identity → Error(invalid); the login or the
/// external identity is another account's → Error(exists). The hash comparison is constant-time.
AcceptedInvitation accept_invitation(storage::Store& store, const model::Clock& clock,
                                     const security::PasswordHasher& hasher,
                                     std::string_view token_text, const Credential& credential,
                                     const AcceptanceOptions& options = {});

/// Revokes a pending invitation of `institution_id`, so its token stops working; the role grant
/// and the person stay. Needs access::Operation::revoke_invitation for the invitation's role.
/// Audited with the optional `reason`. Throws Error(not_found) for an unknown invitation,
/// Error(conflict) when it is not pending (naming its state), Error(permission) as require does,
/// ValidationError (field "reason") for a bad reason.
void revoke_invitation(storage::Store& store, const model::Clock& clock,
                       const access::Principal& principal, model::InstitutionId institution_id,
                       model::InvitationId invitation_id, const std::string& reason = {});

/// Sends a pending invitation again with a new token (the old one stops working) and a new
/// expiry from now; the new e-mail carries the next idempotency key. Needs
/// access::Operation::resend_invitation for its role. Errors as revoke_invitation, and
/// Error(invalid) for bad options.
IssuedInvitation resend_invitation(storage::Store& store, const model::Clock& clock,
                                   security::RandomSource& random,
                                   const access::Principal& principal,
                                   model::InstitutionId institution_id,
                                   model::InvitationId invitation_id,
                                   const InvitationOptions& options);

/// The person's invitations, oldest first. Needs access::Operation::read_people.
std::vector<model::Invitation> list_invitations(storage::Store& store,
                                                const access::Principal& principal,
                                                model::InstitutionId institution_id,
                                                model::PersonId person_id);

/// The login of the account made for `email`: text::normalize_email, then ASCII lower case (mail
/// systems ignore the case of the local part in practice, and people type it either way).
/// Throws what text::normalize_email throws.
std::string account_login(std::string_view email);

/// The invitation's state as a word: "pending", "accepted", "revoked".
std::string_view invitation_status_name(model::InvitationStatus status);

}  // namespace ejournal::services
