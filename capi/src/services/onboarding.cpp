// ej_onboarding_submit, _approve, _reject, _withdraw and ej_review_options_init: the steps of a
// connection request over services/onboarding.hpp.
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>

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

/// The longest invitation lifetime an approval accepts, in days (a year: an invitation is for
/// someone about to start, and the bound keeps the expiry instant far from overflowing).
constexpr std::int32_t kMaxInvitationDays = 365;
/// How far a decision reason is read: far beyond kMaxDecisionReasonBytes, so that only a reason
/// the service refuses anyway is cut.
constexpr std::size_t kReasonReadLimit = 64 * 1024;

/// A caller's text as raw bytes for a service that checks it field by field (UTF-8 included):
/// "" for NULL, and at most `limit` + 1 bytes read, enough for the service to see it is too long.
std::string raw_text(const char* text, std::size_t limit) {
  if (text == nullptr) return {};
  return std::string(text, strnlen(text, limit + 1));
}

/// A decision reason, read raw; one beyond kReasonReadLimit is refused as the service would.
std::string read_reason(const char* reason) {
  std::string text = raw_text(reason, kReasonReadLimit);
  if (text.size() > kReasonReadLimit) {
    throw services::ValidationError(
        {{"reason",
          "is longer than " + std::to_string(services::kMaxDecisionReasonBytes) + " bytes"}});
  }
  return text;
}

services::ConnectionRequestForm read_form(const ej_connection_request_form* given) {
  capi::require(given, "form");
  records::check_struct_version(given->version, EJ_CONNECTION_REQUEST_FORM_VERSION,
                                "form->version");
  capi::check_reserved(given->reserved, "form->reserved");
  const auto field = [](const char* text) { return raw_text(text, services::kMaxFormFieldBytes); };
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
  if (options.invitation_days < 1 || options.invitation_days > kMaxInvitationDays) {
    capi::fail_invalid("argument 'options->invitation_days' is " +
                       std::to_string(options.invitation_days) + ", not 1 … " +
                       std::to_string(kMaxInvitationDays));
  }
  services::ReviewOptions review;
  review.base_url =
      capi::read_text(options.base_url, "options->base_url", true, services::kMaxBaseUrlBytes);
  review.locale = options.locale != nullptr ? capi::read_text(options.locale, "options->locale")
                                            : std::string("uk");
  review.invitation.lifetime = std::chrono::days(options.invitation_days);
  review.reason = read_reason(options.reason);
  return review;
}

/// Zeroes an output struct the caller versioned, after checking that version.
void reset_approval(ej_approval* out) {
  capi::require(out, "out");
  records::check_struct_version(out->version, EJ_APPROVAL_VERSION, "out->version");
  const std::uint32_t version = out->version;
  *out = ej_approval{};
  out->version = version;
}

/// Where the token goes: allocated before the approval, so that no allocation can fail once it
/// has committed. Freed with ej_free (std::free) unless handed out.
using TokenBuffer = std::unique_ptr<char, decltype(&std::free)>;

TokenBuffer token_buffer(char** out_token) {
  if (out_token == nullptr) return {nullptr, &std::free};
  auto* buffer = static_cast<char*>(std::malloc(services::kMaxTokenBytes + 1));
  if (buffer == nullptr) throw std::bad_alloc();
  return {buffer, &std::free};
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
    decision(core, clock, who, id, expected_revision, read_reason(reason));
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
    capi::reset(out_token);
    reset_approval(out);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto id = records::required_id<model::ConnectionRequestId>(request, "request");
    const services::ReviewOptions review = read_review_options(options);
    const capi::CallerClock clock(now);
    TokenBuffer token = token_buffer(out_token);
    ejournal::security::SystemRandom random;
    const services::Approval approval = services::approve_connection_request(
        core, clock, random, who, id, expected_revision, review);
    out->institution = records::write_uuid(approval.institution_id.value);
    out->admin = records::write_uuid(approval.admin_id.value);
    out->grant = records::write_uuid(approval.grant_id.value);
    out->invitation = records::write_uuid(approval.invitation_id.value);
    if (out_token != nullptr) {
      const std::string_view secret = approval.token.reveal();
      // Token::generate makes tokens far shorter than kMaxTokenBytes, the buffer's size.
      if (secret.size() > services::kMaxTokenBytes) {
        throw ejournal::Error(ejournal::Errc::range, ejournal::ErrorDomain::internal,
                              "the invitation token is longer than " +
                                  std::to_string(services::kMaxTokenBytes) + " bytes");
      }
      std::memcpy(token.get(), secret.data(), secret.size());
      token.get()[secret.size()] = '\0';
      *out_token = token.release();
    }
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
