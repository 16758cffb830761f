// Accepting an invitation: the token checked, the account created with its credential (or the
// existing one kept), the invitation marked accepted.
#include <optional>
#include <string>
#include <variant>

#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitations.hpp"
#include "invitations_detail.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

namespace {

/// The pending, unexpired invitation of `hash`, or the distinct error of why it is not one.
model::Invitation acceptable_invitation(storage::UnitOfWork& unit, const std::string& hash,
                                        model::Instant now) {
  auto invitation = unit.invitations().find_by_token_hash(hash);
  // The lookup matched the hash already; the constant-time comparison keeps a backend's
  // case-insensitive or prefix match from ever accepting another token.
  if (!invitation || !security::same_hash(invitation->token_hash, hash)) {
    throw Error(Errc::not_found, ErrorDomain::argument, "no invitation has this token");
  }
  const auto id = invitation->id.str();
  switch (invitation->status) {
    case model::InvitationStatus::revoked:
      throw Error(Errc::permission, ErrorDomain::access, "the invitation " + id + " was revoked");
    case model::InvitationStatus::accepted:
      throw Error(Errc::conflict, ErrorDomain::argument,
                  "the invitation " + id + " was already accepted");
    case model::InvitationStatus::pending: break;
  }
  if (now >= invitation->expires_at) {
    throw Error(Errc::expired, ErrorDomain::argument,
                "the invitation " + id + " expired; ask for it to be sent again");
  }
  return *invitation;
}

[[noreturn]] void refuse_credential(std::string message) {
  throw Error(Errc::invalid, ErrorDomain::argument, std::move(message));
}

/// The new account of `person` with `credential`, before hashing: checks the credential.
model::Account new_account(const model::Person& person, const Credential& credential,
                           const AcceptanceOptions& options, model::Instant now) {
  model::Account account;
  account.id = model::AccountId::generate();
  account.institution_id = person.institution_id;
  account.person_id = person.id;
  account.login = account_login(person.email);
  account.created_at = now;
  account.status = model::AccountStatus::active;
  if (std::holds_alternative<std::monostate>(credential)) {
    refuse_credential(
        "the person has no account yet: accepting needs a password or an "
        "external identity");
  }
  if (const auto* password = std::get_if<NewPassword>(&credential)) {
    security::PasswordContext context;
    context.email = person.email;
    context.names = {person.surname, person.given_name};
    if (person.patronymic) context.names.emplace_back(*person.patronymic);
    security::check_password(password->text, context, options.password);
    account.password_changed_at = now;
  } else {
    account.external_identity = std::get<model::ExternalIdentity>(credential);
  }
  return account;
}

}  // namespace

AcceptedInvitation accept_invitation(storage::Store& store, const model::Clock& clock,
                                     const security::PasswordHasher& hasher,
                                     std::string_view token_text, const Credential& credential,
                                     const AcceptanceOptions& options) {
  const auto hash = security::token_hash(token_text);
  const auto now = clock.now();
  // The slow password hash is made before the write unit, so it holds no lock meanwhile.
  std::optional<model::Account> account;
  {
    const auto unit = store.begin(storage::Access::read);
    const auto invitation = acceptable_invitation(*unit, hash, now);
    const auto person = unit->people().find(invitation.institution_id, invitation.person_id);
    if (!person) {
      throw Error(Errc::not_found, ErrorDomain::argument,
                  "the invitation " + invitation.id.str() + " names no stored person");
    }
    if (unit->accounts().find_for_person(invitation.institution_id, person->id)) {
      if (!std::holds_alternative<std::monostate>(credential)) {
        refuse_credential("the person already has an account: accept without a credential");
      }
    } else {
      account = new_account(*person, credential, options, now);
    }
  }
  if (account && std::holds_alternative<NewPassword>(credential)) {
    account->password_hash = hasher.hash(std::get<NewPassword>(credential).text);
  }
  if (account) *account = model::validated(*account);

  const auto unit = store.begin(storage::Access::write);
  auto invitation = acceptable_invitation(*unit, hash, now);
  const auto existing =
      unit->accounts().find_for_person(invitation.institution_id, invitation.person_id);
  if (existing.has_value() == account.has_value()) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "the person's account changed while the invitation was being accepted; try again");
  }
  const auto before = detail::invitation_json(invitation);
  invitation.status = model::InvitationStatus::accepted;
  invitation.accepted_at = now;
  unit->invitations().update(invitation);
  const auto actor = invitation.person_id;
  if (account) {
    if (unit->accounts().find_by_login(account->login)) {
      throw Error(Errc::exists, ErrorDomain::argument,
                  "the login " + account->login + " is another account's");
    }
    if (account->external_identity &&
        unit->accounts().find_by_external(account->external_identity->issuer,
                                          account->external_identity->subject)) {
      throw Error(Errc::exists, ErrorDomain::argument,
                  "the external identity is already bound to another account");
    }
    unit->accounts().insert(*account);
    detail::JsonObject json;
    json.add("person_id", account->person_id.str()).add("login", account->login);
    json.add("credential", account->password_hash ? "password" : "external_identity");
    if (account->external_identity) json.add("issuer", account->external_identity->issuer);
    unit->audit().append(detail::audit_entry(invitation.institution_id, actor, now, "account",
                                             account->id.str(), "create", "", json.str()));
  }
  unit->audit().append(detail::audit_entry(invitation.institution_id, actor, now, "invitation",
                                           invitation.id.str(), "accept", before,
                                           detail::invitation_json(invitation)));
  unit->commit();
  return AcceptedInvitation{invitation.id, invitation.institution_id, invitation.person_id,
                            account ? account->id : existing->id, account.has_value()};
}

}  // namespace ejournal::services
