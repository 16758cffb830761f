// ej_sign_in, ej_sign_in_external, ej_authenticate, ej_sign_out, ej_change_password and
// ej_revoke_sessions over services/accounts.hpp.
#include <cstdint>
#include <memory>
#include <string_view>

#include "access/principal.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/security/password_policy.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/services/onboarding.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/account_options.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace security = ejournal::security;
namespace services = ejournal::services;

namespace {

/// A password the caller passed, as a view of the caller's buffer, so that the library leaves no
/// copy of it behind; at most kMaxPasswordBytes + 1 bytes are seen, and the service refuses a
/// longer one without quoting it.
std::string_view read_password(const char* text, std::string_view parameter) {
  capi::require(text, parameter);
  return capi::raw_view(text, security::kMaxPasswordBytes);
}

/// The body of both sign-ins: `start(core, clock, random, sessions)` makes the session.
template <class Start>
int sign_in_with(ej_signed_in* out, char** out_token, ej_store* store, const int64_t* now,
                 const ej_session_options* session, Start start) {
  return capi::guarded([&] {
    capi::SecretOut token(out_token, "out_token", true);
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_SIGNED_IN_VERSION);
    auto& core = records::store_of(store);
    const capi::SessionSettings sessions = capi::read_session_options(session);
    const capi::CallerClock clock(now);
    security::SystemRandom random;
    const services::SignedIn signed_in = start(core, clock, random, sessions);
    out->session = records::write_uuid(signed_in.session_id.value);
    out->account = records::write_uuid(signed_in.account_id.value);
    out->person = records::write_uuid(signed_in.person_id.value);
    out->institution = records::write_uuid(signed_in.institution_id.value);
    out->expires_at = records::write_instant(signed_in.expires_at);
    token.hand_out(signed_in.token);
    return EJ_OK;
  });
}

}  // namespace

extern "C" {

int ej_sign_in(ej_signed_in* out, char** out_token, ej_store* store, const int64_t* now,
               const char* login, const char* password, const ej_session_options* session,
               const ej_password_options* password_options) {
  return sign_in_with(
      out, out_token, store, now, session,
      [&](auto& core, const auto& clock, auto& random, const capi::SessionSettings& sessions) {
        capi::require(login, "login");
        const std::string_view login_text = capi::raw_view(login, services::kMaxFormFieldBytes);
        const std::string_view password_text = read_password(password, "password");
        const capi::PasswordSettings hashing = capi::read_password_options(password_options);
        return services::sign_in(core, clock, random, hashing.hasher, login_text, password_text,
                                 sessions.session, sessions.lockout);
      });
}

int ej_sign_in_external(ej_signed_in* out, char** out_token, ej_store* store, const int64_t* now,
                        const char* issuer, const char* subject,
                        const ej_session_options* session) {
  return sign_in_with(
      out, out_token, store, now, session,
      [&](auto& core, const auto& clock, auto& random, const capi::SessionSettings& sessions) {
        capi::require(issuer, "issuer");
        capi::require(subject, "subject");
        return services::sign_in_external(
            core, clock, random, capi::raw_view(issuer, model::kMaxIdentityBytes),
            capi::raw_view(subject, model::kMaxIdentityBytes), sessions.session);
      });
}

int ej_authenticate(ej_principal** out, ej_store* store, const int64_t* now, const char* token,
                    const ej_session_options* session) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const std::string_view token_text = capi::read_token(token);
    const capi::SessionSettings sessions = capi::read_session_options(session);
    const capi::CallerClock clock(now);
    auto principal = std::make_unique<ej_principal>(
        ej_principal{services::authenticate(core, clock, token_text, sessions.session)});
    *out = principal.release();
    return EJ_OK;
  });
}

int ej_sign_out(ej_store* store, const int64_t* now, const char* token) {
  return capi::guarded([&] {
    auto& core = records::store_of(store);
    const std::string_view token_text = capi::read_token(token);
    const capi::CallerClock clock(now);
    services::sign_out(core, clock, token_text);
    return EJ_OK;
  });
}

int ej_change_password(int64_t* out_revoked, ej_store* store, const int64_t* now,
                       const ej_principal* principal, const char* old_password,
                       const char* new_password, const ej_password_options* password_options) {
  return capi::guarded([&] {
    capi::reset(out_revoked);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const std::string_view old_text = read_password(old_password, "old_password");
    const std::string_view new_text = read_password(new_password, "new_password");
    const capi::PasswordSettings hashing = capi::read_password_options(password_options);
    const capi::CallerClock clock(now);
    const std::size_t revoked = services::change_password(core, clock, hashing.hasher, who,
                                                          old_text, new_text, hashing.policy);
    capi::put(out_revoked, static_cast<int64_t>(revoked));
    return EJ_OK;
  });
}

int ej_revoke_sessions(int64_t* out_revoked, ej_store* store, const int64_t* now,
                       const ej_principal* principal, const ej_uuid* institution,
                       const ej_uuid* person, const char* reason) {
  return capi::guarded_form([&] {
    capi::reset(out_revoked);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto account_holder = records::required_id<model::PersonId>(person, "person");
    const capi::CallerClock clock(now);
    const std::size_t revoked = services::revoke_sessions(core, clock, who, owner, account_holder,
                                                          capi::read_reason(reason));
    capi::put(out_revoked, static_cast<int64_t>(revoked));
    return EJ_OK;
  });
}

}  // extern "C"
