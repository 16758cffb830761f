// The official transliteration and login names: ej_transliterate, ej_login_from_name.
#include <cstddef>
#include <string>

#include "ejournal/text/transliteration.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;

namespace {

// Transliteration serves addresses and notes as well as names, so it takes more than a name.
constexpr std::size_t kMaxTransliteratedBytes = 65536;

}  // namespace

extern "C" {

int ej_transliterate(char** out, const char* text) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const std::string source = capi::read_text(text, "text", false, kMaxTransliteratedBytes);
    *out = capi::hand_out(ejournal::text::transliterate_official(source));
    return EJ_OK;
  });
}

int ej_login_from_name(char** out, const char* surname, const char* given_name,
                       const char* separator) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    const std::string family = capi::read_text(surname, "surname");
    const std::string given = capi::read_text(given_name, "given_name");
    const std::string joint =
        separator == nullptr ? std::string(".") : capi::read_text(separator, "separator");
    *out = capi::hand_out(ejournal::text::login_from_name(family, given, joint));
    return EJ_OK;
  });
}

}  // extern "C"
