#include "ejournal/security/token.hpp"

#include <array>
#include <string>

#include "ejournal/error.hpp"
#include "sodium.hpp"

namespace ejournal::security {

namespace {

constexpr int kBase64Variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
static_assert(sodium_base64_ENCODED_LEN(kTokenBytes, kBase64Variant) == kTokenTextLength + 1);
static_assert(crypto_hash_sha256_BYTES * 2 == kTokenHashDigits);

[[noreturn]] void refuse(const std::string& reason) {
  throw Error(Errc::invalid, ErrorDomain::argument, "token is malformed: " + reason);
}

bool is_base64url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

Token Token::generate(RandomSource& random) {
  Token token;
  random.fill(token.bytes_);
  return token;
}

Token Token::parse(std::string_view text) {
  // The messages give lengths and positions, never characters: a near-miss of a real token
  // must not end up in a log.
  if (text.size() != kTokenTextLength) {
    refuse("expected " + std::to_string(kTokenTextLength) + " characters, got " +
           std::to_string(text.size()));
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_base64url(text[i])) {
      refuse("character " + std::to_string(i + 1) + " is not one of A-Z a-z 0-9 - _");
    }
  }
  Token token;
  std::size_t decoded = 0;
  const char* end = nullptr;
  // libsodium refuses a last character whose unused low bits are set, so that each token has
  // exactly one text (and one hash).
  if (sodium_base642bin(token.bytes_.data(), token.bytes_.size(), text.data(), text.size(), nullptr,
                        &decoded, &end, kBase64Variant) != 0 ||
      decoded != kTokenBytes || end != text.data() + text.size()) {
    refuse("the last character is not canonical URL-safe base64");
  }
  return token;
}

Token::Token(Token&& other) noexcept : bytes_(other.bytes_) {
  sodium_memzero(other.bytes_.data(), other.bytes_.size());
}

Token& Token::operator=(Token&& other) noexcept {
  if (this != &other) {
    bytes_ = other.bytes_;
    sodium_memzero(other.bytes_.data(), other.bytes_.size());
  }
  return *this;
}

Token::~Token() {
  sodium_memzero(bytes_.data(), bytes_.size());
}

SecretString Token::text() const {
  std::array<char, kTokenTextLength + 1> buffer{};
  sodium_bin2base64(buffer.data(), buffer.size(), bytes_.data(), bytes_.size(), kBase64Variant);
  SecretString text(std::string_view(buffer.data(), kTokenTextLength));
  sodium_memzero(buffer.data(), buffer.size());
  return text;
}

std::string Token::hash() const {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), bytes_.data(), bytes_.size());
  std::array<char, kTokenHashDigits + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), kTokenHashDigits);
}

std::string token_hash(std::string_view text) {
  return Token::parse(text).hash();
}

bool same_hash(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace ejournal::security
