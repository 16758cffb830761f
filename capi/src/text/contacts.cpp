// E-mail addresses and Ukrainian phone numbers: ej_email_normalize, ej_phone_normalize.
#include <cstdint>
#include <string>

#include "ejournal/text/contacts.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace text = ejournal::text;

namespace {

int32_t kind_code(text::PhoneKind kind) {
  switch (kind) {
    case text::PhoneKind::mobile: return EJ_PHONE_MOBILE;
    case text::PhoneKind::fixed: return EJ_PHONE_FIXED;
    case text::PhoneKind::unknown: break;
  }
  return EJ_PHONE_UNKNOWN;
}

}  // namespace

extern "C" {

int ej_email_normalize(char** out, const char* input) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = capi::hand_out(text::normalize_email(capi::read_text(input, "text")));
    return EJ_OK;
  });
}

int ej_phone_normalize(char** out_e164, int32_t* out_kind, const char* input) {
  return capi::guarded([&] {
    capi::put(out_kind, int32_t{EJ_PHONE_UNKNOWN});
    capi::require(out_e164, "out_e164");
    *out_e164 = nullptr;
    const text::Phone phone = text::normalize_phone(capi::read_text(input, "text"));
    *out_e164 = capi::hand_out(phone.e164);
    capi::put(out_kind, kind_code(phone.kind));
    return EJ_OK;
  });
}

}  // extern "C"
