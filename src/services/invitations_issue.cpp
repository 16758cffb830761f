// Inviting a person to a role: the person, the grant, a parent's link, the invitation and its
// e-mail, in one unit of work.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/services/onboarding.hpp"
#include "invitations_detail.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

namespace {

[[noreturn]] void missing(const model::InstitutionId& institution, std::string_view what,
                          std::string_view id) {
  throw Error(
      Errc::not_found, ErrorDomain::argument,
      "institution " + institution.str() + " has no " + std::string(what) + " " + std::string(id));
}

model::Person invitee(storage::UnitOfWork& unit, const InvitationForm& form,
                      const detail::CheckedInvitee& checked) {
  if (checked.new_person) {
    auto person = *checked.new_person;
    person.id = model::PersonId::generate();
    person.institution_id = form.institution_id;
    return model::validated(person);
  }
  auto person = unit.people().find(form.institution_id, *form.person_id);
  if (!person) missing(form.institution_id, "person", form.person_id->str());
  if (person->email.empty()) {
    throw ValidationError(
        std::vector<FieldProblem>{{"person_id", "names a person without an e-mail address"}},
        "the invitation");
  }
  return *person;
}

void check_relations(storage::UnitOfWork& unit, const InvitationForm& form,
                     const model::Person& person) {
  if (form.class_id && !unit.classes().find(form.institution_id, *form.class_id)) {
    missing(form.institution_id, "class", form.class_id->str());
  }
  if (!form.child_id) return;
  if (!unit.people().find(form.institution_id, *form.child_id)) {
    missing(form.institution_id, "person", form.child_id->str());
  }
  if (*form.child_id == person.id) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "a person cannot be invited as the parent of themself");
  }
  const auto grants = unit.role_grants().list_for_person(form.institution_id, *form.child_id);
  if (std::ranges::none_of(grants, [](const auto& g) { return g.role == model::Role::student; })) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the child " + form.child_id->str() + " is not a student of the institution");
  }
}

void refuse_duplicate(storage::UnitOfWork& unit, const InvitationForm& form,
                      const model::Person& person, model::Instant now) {
  for (const auto& other : unit.invitations().list_for_person(form.institution_id, person.id)) {
    if (other.status == model::InvitationStatus::pending && other.expires_at > now &&
        other.role == form.role && other.class_id == form.class_id &&
        other.child_id == form.child_id) {
      throw Error(Errc::conflict, ErrorDomain::argument,
                  "the person " + person.id.str() + " already has the pending invitation " +
                      other.id.str() + " to this role: resend it instead");
    }
  }
  if (unit.accounts().find_for_person(form.institution_id, person.id)) return;
  if (unit.accounts().find_by_login(account_login(person.email))) {
    throw Error(Errc::exists, ErrorDomain::argument,
                "the e-mail " + person.email + " is already the login of another account");
  }
}

}  // namespace

IssuedInvitation invite(storage::Store& store, const model::Clock& clock,
                        security::RandomSource& random, const access::Principal& principal,
                        const InvitationForm& form, const InvitationOptions& options) {
  access::require(principal, access::Operation::invite,
                  access::Target::granting(form.institution_id, form.role));
  const auto checked = detail::check_invitation_form(form);
  const auto now = clock.now();
  const auto actor = detail::actor_of(principal);
  const auto unit = store.begin(storage::Access::write);
  if (!unit->institutions().find(form.institution_id)) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "there is no institution " + form.institution_id.str());
  }
  const auto person = invitee(*unit, form, checked);
  check_relations(*unit, form, person);
  refuse_duplicate(*unit, form, person, now);
  auto& audit = unit->audit();
  const auto record = [&](std::string type, std::string id, std::string action, std::string after) {
    audit.append(detail::audit_entry(form.institution_id, actor, now, std::move(type),
                                     std::move(id), std::move(action), "", std::move(after)));
  };

  if (checked.new_person) {
    unit->people().insert(person);
    record("person", person.id.str(), "create",
           detail::JsonObject()
               .add("surname", person.surname)
               .add("given_name", person.given_name)
               .add_optional("patronymic", person.patronymic)
               .add("email", person.email)
               .add("phone", person.phone)
               .str());
  }
  const auto grants = unit->role_grants().list_for_person(form.institution_id, person.id);
  if (std::ranges::none_of(grants, [&](const model::RoleGrant& grant) {
        return grant.role == form.role && grant.class_id == form.class_id;
      })) {
    model::RoleGrant grant;
    grant.id = model::RoleGrantId::generate();
    grant.institution_id = form.institution_id;
    grant.person_id = person.id;
    grant.role = form.role;
    grant.class_id = form.class_id;
    unit->role_grants().insert(model::validated(grant));
    detail::JsonObject json;
    json.add("person_id", person.id.str()).add("role", detail::role_name(form.role));
    if (form.class_id) json.add("class_id", form.class_id->str());
    record("role_grant", grant.id.str(), "grant", json.str());
  }
  if (form.child_id) {
    const auto links = unit->parent_links().children_of(form.institution_id, person.id);
    if (std::ranges::none_of(links, [&](const auto& l) { return l.child_id == *form.child_id; })) {
      model::ParentLink link;
      link.id = model::ParentLinkId::generate();
      link.institution_id = form.institution_id;
      link.parent_id = person.id;
      link.child_id = *form.child_id;
      link.relation = form.relation;
      unit->parent_links().insert(model::validated(link));
      record("parent_link", link.id.str(), "link",
             detail::JsonObject()
                 .add("parent_id", person.id.str())
                 .add("child_id", form.child_id->str())
                 .str());
    }
  }

  auto token = security::Token::generate(random);
  model::Invitation invitation;
  invitation.id = model::InvitationId::generate();
  invitation.institution_id = form.institution_id;
  invitation.person_id = person.id;
  invitation.role = form.role;
  invitation.class_id = form.class_id;
  invitation.child_id = form.child_id;
  invitation.email = person.email;
  invitation.token_hash = token.hash();
  invitation.created_at = now;
  invitation.expires_at = security::invitation_expires_at(now, options.policy);
  invitation.status = model::InvitationStatus::pending;
  invitation = model::validated(invitation);
  unit->invitations().insert(invitation);
  auto token_text = token.text();
  detail::enqueue_invitation_email(*unit, invitation, token_text.reveal(), 1, options, now);
  record("invitation", invitation.id.str(), "issue", detail::invitation_json(invitation));
  unit->commit();
  return IssuedInvitation{invitation.id, person.id, std::move(token_text)};
}

}  // namespace ejournal::services
