// ej_invite, ej_invitation_accept, _revoke, _resend and ej_invitation_options_init over
// services/invitations.hpp.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "access/principal.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/services/invitation_email.hpp"
#include "ejournal/services/invitations.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/account_options.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace security = ejournal::security;
namespace services = ejournal::services;

namespace {

// The constants of invitations.h are the model's enumerators, so the casts below are exact.
static_assert(static_cast<int>(model::ParentRelation::mother) == EJ_PARENT_MOTHER);
static_assert(static_cast<int>(model::ParentRelation::other) == EJ_PARENT_OTHER);

const ej_invitation_options kDefaultOptions = EJ_INVITATION_OPTIONS_INIT;

services::InvitationForm read_form(const ej_invitation_form* given) {
  capi::require(given, "form");
  records::check_struct_version(given->version, EJ_INVITATION_FORM_VERSION, "form->version");
  capi::check_reserved(given->reserved, "form->reserved");
  const auto field = [](const char* text) {
    return capi::raw_text(text, services::kMaxFormFieldBytes);
  };
  services::InvitationForm form;
  form.institution_id =
      records::required_id<model::InstitutionId>(&given->institution_id, "form->institution_id");
  form.role = static_cast<model::Role>(records::read_enum(given->role, EJ_ROLE_INSTITUTE_OPERATOR,
                                                          EJ_ROLE_PARENT, "form->role", "ej_role"));
  form.person_id = records::optional_id<model::PersonId>(&given->person_id);
  form.surname = field(given->surname);
  form.given_name = field(given->given_name);
  form.patronymic = field(given->patronymic);
  form.email = field(given->email);
  form.phone = field(given->phone);
  form.class_id = records::optional_id<model::ClassId>(&given->class_id);
  form.child_id = records::optional_id<model::PersonId>(&given->child_id);
  if (form.role == model::Role::parent) {
    form.relation = static_cast<model::ParentRelation>(
        records::read_enum(given->relation, EJ_PARENT_MOTHER, EJ_PARENT_OTHER, "form->relation",
                           "ej_parent_relation"));
  }
  return form;
}

services::InvitationOptions read_options(const ej_invitation_options* given) {
  const ej_invitation_options& options = given != nullptr ? *given : kDefaultOptions;
  capi::check_options_version(options.version, EJ_INVITATION_OPTIONS_VERSION, "options->version");
  services::InvitationOptions result;
  result.policy.lifetime = capi::invitation_lifetime(options.days, "options->days");
  result.base_url =
      capi::read_text(options.base_url, "options->base_url", true, services::kMaxBaseUrlBytes);
  result.locale = options.locale != nullptr ? capi::read_text(options.locale, "options->locale")
                                            : std::string("uk");
  return result;
}

/// The credential to bind. The password is a view of the caller's buffer (no copy to wipe);
/// the identity is read raw for the service to check.
services::Credential read_credential(const ej_credential* given) {
  if (given == nullptr) return std::monostate{};
  records::check_struct_version(given->version, EJ_CREDENTIAL_VERSION, "credential->version");
  const int kind = records::read_enum(given->kind, EJ_CREDENTIAL_NONE, EJ_CREDENTIAL_EXTERNAL,
                                      "credential->kind", "ej_credential_kind");
  if (kind == EJ_CREDENTIAL_PASSWORD) {
    capi::require(given->password, "credential->password");
    return services::NewPassword{capi::raw_view(given->password, security::kMaxPasswordBytes)};
  }
  if (kind == EJ_CREDENTIAL_EXTERNAL) {
    capi::require(given->issuer, "credential->issuer");
    capi::require(given->subject, "credential->subject");
    return model::ExternalIdentity{capi::raw_text(given->issuer, model::kMaxIdentityBytes),
                                   capi::raw_text(given->subject, model::kMaxIdentityBytes)};
  }
  return std::monostate{};
}

void write_issued(ej_issued_invitation* out, const services::IssuedInvitation& issued) noexcept {
  out->invitation = records::write_uuid(issued.invitation_id.value);
  out->person = records::write_uuid(issued.person_id.value);
}

}  // namespace

extern "C" {

int ej_invitation_options_init(ej_invitation_options* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultOptions);
}

int ej_invite(ej_issued_invitation* out, char** out_token, ej_store* store, const int64_t* now,
              const ej_principal* principal, const ej_invitation_form* form,
              const ej_invitation_options* options) {
  return capi::guarded_form([&] {
    capi::SecretOut token(out_token, "out_token", false);
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_ISSUED_INVITATION_VERSION);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const services::InvitationForm fields = read_form(form);
    const services::InvitationOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    security::SystemRandom random;
    const services::IssuedInvitation issued =
        services::invite(core, clock, random, who, fields, settings);
    write_issued(out, issued);
    token.hand_out(issued.token);
    return EJ_OK;
  });
}

int ej_invitation_accept(ej_accepted_invitation* out, ej_store* store, const int64_t* now,
                         const char* token, const ej_credential* credential,
                         const ej_password_options* password_options) {
  return capi::guarded([&] {
    if (out != nullptr) capi::reset_versioned(out, EJ_ACCEPTED_INVITATION_VERSION);
    auto& core = records::store_of(store);
    const std::string_view token_text = capi::read_token(token);
    const services::Credential bound = read_credential(credential);
    const capi::PasswordSettings password = capi::read_password_options(password_options);
    const capi::CallerClock clock(now);
    const services::AcceptedInvitation accepted = services::accept_invitation(
        core, clock, password.hasher, token_text, bound, {password.policy});
    if (out != nullptr) {
      out->account_created = accepted.account_created ? 1 : 0;
      out->invitation = records::write_uuid(accepted.invitation_id.value);
      out->institution = records::write_uuid(accepted.institution_id.value);
      out->person = records::write_uuid(accepted.person_id.value);
      out->account = records::write_uuid(accepted.account_id.value);
    }
    return EJ_OK;
  });
}

int ej_invitation_revoke(ej_store* store, const int64_t* now, const ej_principal* principal,
                         const ej_uuid* institution, const ej_uuid* invitation,
                         const char* reason) {
  return capi::guarded_form([&] {
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::InvitationId>(invitation, "invitation");
    const capi::CallerClock clock(now);
    services::revoke_invitation(core, clock, who, owner, id, capi::read_reason(reason));
    return EJ_OK;
  });
}

int ej_invitation_resend(ej_issued_invitation* out, char** out_token, ej_store* store,
                         const int64_t* now, const ej_principal* principal,
                         const ej_uuid* institution, const ej_uuid* invitation,
                         const ej_invitation_options* options) {
  return capi::guarded([&] {
    capi::SecretOut token(out_token, "out_token", false);
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_ISSUED_INVITATION_VERSION);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::InvitationId>(invitation, "invitation");
    const services::InvitationOptions settings = read_options(options);
    const capi::CallerClock clock(now);
    security::SystemRandom random;
    const services::IssuedInvitation issued =
        services::resend_invitation(core, clock, random, who, owner, id, settings);
    write_issued(out, issued);
    token.hand_out(issued.token);
    return EJ_OK;
  });
}

}  // extern "C"
