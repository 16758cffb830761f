#include "ejournal/security/password_hasher.hpp"

#include <array>
#include <new>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/security/password_policy.hpp"
#include "ejournal/text/utf8.hpp"
#include "sodium.hpp"

namespace ejournal::security {

namespace {

static_assert(Argon2Params{}.opslimit == crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE);
static_assert(Argon2Params{}.memlimit == crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE);

[[noreturn]] void refuse_encoded(const std::string& reason) {
  // The encoded hash is not quoted: it is what an attacker would crack offline.
  throw Error(Errc::invalid, ErrorDomain::argument,
              "password hash is not an Argon2id encoded string: " + reason);
}

// `encoded` as the NUL-terminated string libsodium reads, after checking that it decodes as
// Argon2id; `stale` tells whether its parameters differ from `params`.
struct CheckedEncoding {
  std::string text;
  bool stale = false;
};

CheckedEncoding check_encoding(std::string_view encoded, const Argon2Params& params) {
  if (encoded.size() >= crypto_pwhash_STRBYTES) {
    refuse_encoded("longer than " + std::to_string(crypto_pwhash_STRBYTES - 1) + " bytes");
  }
  if (encoded.find('\0') != std::string_view::npos) refuse_encoded("it contains a NUL byte");
  CheckedEncoding checked{std::string(encoded)};
  // needs_rehash decodes the whole string for the Argon2id variant, so -1 means malformed.
  const int rehash = crypto_pwhash_argon2id_str_needs_rehash(checked.text.c_str(), params.opslimit,
                                                             params.memlimit);
  if (rehash < 0) refuse_encoded("it does not decode as $argon2id$v=19$m=…,t=…,p=…$salt$hash");
  checked.stale = rehash != 0;
  return checked;
}

}  // namespace

PasswordHasher::PasswordHasher(Argon2Params params) : params_(params) {
  detail::ensure_sodium();
  if (params.opslimit < crypto_pwhash_argon2id_OPSLIMIT_MIN ||
      params.opslimit > crypto_pwhash_argon2id_OPSLIMIT_MAX) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "Argon2id opslimit " + std::to_string(params.opslimit) + " is outside " +
                    std::to_string(crypto_pwhash_argon2id_OPSLIMIT_MIN) + "…" +
                    std::to_string(crypto_pwhash_argon2id_OPSLIMIT_MAX));
  }
  if (params.memlimit < crypto_pwhash_argon2id_MEMLIMIT_MIN ||
      params.memlimit > crypto_pwhash_argon2id_MEMLIMIT_MAX) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "Argon2id memlimit " + std::to_string(params.memlimit) + " bytes is outside " +
                    std::to_string(crypto_pwhash_argon2id_MEMLIMIT_MIN) + "…" +
                    std::to_string(crypto_pwhash_argon2id_MEMLIMIT_MAX));
  }
}

std::string PasswordHasher::hash(std::string_view password) const {
  if (password.size() > kMaxPasswordBytes) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "password is longer than " + std::to_string(kMaxPasswordBytes) + " bytes");
  }
  if (text::find_invalid_utf8(password)) {
    throw Error(Errc::invalid, ErrorDomain::argument, "password is not valid UTF-8");
  }
  std::string normalized = text::to_nfc(password);
  const detail::WipeOnExit wipe(normalized);
  std::array<char, crypto_pwhash_STRBYTES> encoded{};
  // The only failure left once the parameters are valid is the memory allocation.
  if (crypto_pwhash_str_alg(encoded.data(), normalized.data(), normalized.size(), params_.opslimit,
                            params_.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::bad_alloc();
  }
  return std::string(encoded.data());
}

bool PasswordHasher::verify(std::string_view encoded, std::string_view password) const {
  const CheckedEncoding checked = check_encoding(encoded, params_);
  if (password.size() > kMaxPasswordBytes || text::find_invalid_utf8(password)) return false;
  std::string normalized = text::to_nfc(password);
  const detail::WipeOnExit wipe(normalized);
  return crypto_pwhash_argon2id_str_verify(checked.text.c_str(), normalized.data(),
                                           normalized.size()) == 0;
}

bool PasswordHasher::needs_rehash(std::string_view encoded) const {
  return check_encoding(encoded, params_).stale;
}

}  // namespace ejournal::security
