// ej_onboarding_submit, _approve, _reject, _withdraw and ej_review_options_init: the steps of a
// connection request over services/onboarding.hpp.
#include <cstdint>
#include <string>

#include "access/principal.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/services/invitation_email.hpp"
#include "ejournal/services/onboarding.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

namespace {

services::ConnectionRequestForm read_form(const ej_connection_request_form* given) {
  capi::require(given, "form");
  records::check_struct_version(given->version, EJ_CONNECTION_REQUEST_FORM_VERSION,
                                "form->version");
  capi::check_reserved(given->reserved, "form->reserved");
  const auto field = [](const char* text) {
    return capi::raw_text(text, services::kMaxFormFieldBytes);
  };
  services::ConnectionRequestForm form;
  form.kind = field(given->kind);
  form.hromada_katottg = field(given->hromada_katottg);
  form.institution_name = field(given->institution_name);
  form.diso_id = field(given->diso_id);
  form.edrpou = field(given->edrpou);
  form.admin_surname = field(given->admin_surname);
  form.admin_given_name = field(given->admin_given_name);
  form.admin_patronymic = field(given->admin_patronymic);
  form.admin_email = field(given->admin_email);
  form.admin_phone = field(given->admin_phone);
  return form;
}

const ej_review_options kDefaultReviewOptions = EJ_REVIEW_OPTIONS_INIT;

services::ReviewOptions read_review_options(const ej_review_options* given) {
  const ej_review_options& options = given != nullptr ? *given : kDefaultReviewOptions;
  capi::check_options_version(options.version, EJ_REVIEW_OPTIONS_VERSION, "options->version");
  services::ReviewOptions review;
  review.invitation.lifetime =
      capi::invitation_lifetime(options.invitation_days, "options->invitation_days");
  review.base_url =
      capi::read_text(options.base_url, "options->base_url", true, services::kMaxBaseUrlBytes);
  review.locale = options.locale != nullptr ? capi::read_text(options.locale, "options->locale")
                                            : std::string("uk");
  review.reason = capi::read_reason(options.reason);
  return review;
}

/// The body of reject and withdraw: `decide(store, clock, principal, id, revision, reason)`.
template <class Decide>
int decide(ej_store* store, const int64_t* now, const ej_principal* principal,
           const ej_uuid* request, int64_t expected_revision, const char* reason, Decide decision) {
  return capi::guarded_form([&] {
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto id = records::required_id<model::ConnectionRequestId>(request, "request");
    const capi::CallerClock clock(now);
    decision(core, clock, who, id, expected_revision, capi::read_reason(reason));
    return EJ_OK;
  });
}

}  // namespace

extern "C" {

int ej_onboarding_submit(ej_uuid* out_id, ej_store* store, const int64_t* now,
                         const ej_connection_request_form* form) {
  return capi::guarded_form([&] {
    capi::reset(out_id);
    auto& core = records::store_of(store);
    const services::ConnectionRequestForm fields = read_form(form);
    const capi::CallerClock clock(now);
    const model::ConnectionRequestId id = services::submit_connection_request(core, clock, fields);
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_review_options_init(ej_review_options* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultReviewOptions);
}

int ej_onboarding_approve(ej_approval* out, char** out_token, ej_store* store, const int64_t* now,
                          const ej_principal* principal, const ej_uuid* request,
                          int64_t expected_revision, const ej_review_options* options) {
  return capi::guarded_form([&] {
    capi::SecretOut token(out_token, "out_token", false);
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_APPROVAL_VERSION);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto id = records::required_id<model::ConnectionRequestId>(request, "request");
    const services::ReviewOptions review = read_review_options(options);
    const capi::CallerClock clock(now);
    ejournal::security::SystemRandom random;
    const services::Approval approval = services::approve_connection_request(
        core, clock, random, who, id, expected_revision, review);
    out->institution = records::write_uuid(approval.institution_id.value);
    out->admin = records::write_uuid(approval.admin_id.value);
    out->grant = records::write_uuid(approval.grant_id.value);
    out->invitation = records::write_uuid(approval.invitation_id.value);
    token.hand_out(approval.token);
    return EJ_OK;
  });
}

int ej_onboarding_reject(ej_store* store, const int64_t* now, const ej_principal* principal,
                         const ej_uuid* request, int64_t expected_revision, const char* reason) {
  return decide(store, now, principal, request, expected_revision, reason,
                [](auto&&... arguments) { services::reject_connection_request(arguments...); });
}

int ej_onboarding_withdraw(ej_store* store, const int64_t* now, const ej_principal* principal,
                           const ej_uuid* request, int64_t expected_revision, const char* reason) {
  return decide(store, now, principal, request, expected_revision, reason,
                [](auto&&... arguments) { services::withdraw_connection_request(arguments...); });
}

}  // extern "C"
