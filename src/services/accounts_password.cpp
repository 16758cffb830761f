// Changing one's password: the old one verified, the new one checked and hashed, every session
// of the account ended.
#include <string>

#include "accounts_detail.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/accounts.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

std::size_t change_password(storage::Store& store, const model::Clock& clock,
                            const security::PasswordHasher& hasher,
                            const access::Principal& principal, std::string_view old_password,
                            std::string_view new_password, const security::PasswordPolicy& policy) {
  if (principal.kind() != access::Principal::Kind::person) {
    throw Error(Errc::permission, ErrorDomain::access,
                "only a signed-in person changes their own password");
  }
  const auto institution = principal.institution_id();
  const auto person_id = principal.person_id();
  access::require(principal, access::Operation::manage_own_account,
                  access::Target::account(institution, person_id));
  const auto now = clock.now();
  model::Account account;
  {
    const auto unit = store.begin(storage::Access::read);
    const auto found = unit->accounts().find_for_person(institution, person_id);
    if (!found) {
      throw Error(Errc::not_found, ErrorDomain::argument,
                  "the person " + person_id.str() + " has no account");
    }
    account = *found;
    if (!account.password_hash) {
      throw Error(Errc::invalid, ErrorDomain::argument,
                  "the account " + account.login +
                      " signs in through an external identity and has no password to change");
    }
    const auto person = unit->people().find(institution, person_id);
    security::PasswordContext context;
    context.email = account.login;
    if (person) context.names = {person->surname, person->given_name};
    if (person && person->patronymic) context.names.emplace_back(*person->patronymic);
    if (!hasher.verify(*account.password_hash, old_password)) {
      throw Error(Errc::permission, ErrorDomain::access, "the current password is wrong");
    }
    security::check_password(new_password, context, policy);
  }
  const auto new_hash = hasher.hash(new_password);

  const auto unit = store.begin(storage::Access::write);
  auto current = unit->accounts().find(institution, account.id);
  if (!current || current->password_hash != account.password_hash) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "the password of " + account.login + " changed meanwhile; try again");
  }
  current->password_hash = new_hash;
  current->password_changed_at = now;
  unit->accounts().update(*current);
  const auto revoked = unit->sessions().revoke_all(institution, account.id, now);
  unit->audit().append(detail::audit_entry(institution, person_id, now, "account", account.id.str(),
                                           "change_password", "",
                                           detail::JsonObject()
                                               .add("password_changed_at", detail::utc_text(now))
                                               .add("sessions_revoked", std::to_string(revoked))
                                               .str()));
  unit->commit();
  return revoked;
}

}  // namespace ejournal::services
