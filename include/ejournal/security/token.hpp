// Secret tokens for invitations and sessions: 256 random bits, handed out once as text and
// stored only as a hash (issue 6).
#pragma once

#include <array>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

#include "ejournal/security/random.hpp"
#include "ejournal/security/secret.hpp"

namespace ejournal::security {

/// Random bytes in a token: 256 bits, beyond any guessing or brute force.
inline constexpr std::size_t kTokenBytes = 32;
/// Characters of a token's text: URL-safe base64 of 32 bytes without padding.
inline constexpr std::size_t kTokenTextLength = 43;
/// Hexadecimal digits of a token hash (SHA-256).
inline constexpr std::size_t kTokenHashDigits = 64;

/// A secret token. Its bytes are wiped on destruction and when moved from; it cannot be copied or
/// written to a stream. Hand its text() to the one recipient and keep only its hash().
class Token {
 public:
  /// 32 fresh bytes from `random`.
  static Token generate(RandomSource& random);
  /// The token whose text is `text`: exactly 43 characters of URL-safe base64 (A–Z a–z 0–9 - _)
  /// without padding, in the canonical form (the unused low bits of the last character are zero).
  /// Throws Error(invalid, argument) saying what is malformed; the message never quotes the text.
  static Token parse(std::string_view text);

  Token(const Token&) = delete;
  Token& operator=(const Token&) = delete;
  /// Takes `other`'s bytes and wipes them in `other`.
  Token(Token&& other) noexcept;
  /// Takes `other`'s bytes and wipes them in `other`.
  Token& operator=(Token&& other) noexcept;
  ~Token();

  /// The text handed to the recipient: 43 characters of URL-safe base64, safe in URLs and file
  /// names without escaping.
  [[nodiscard]] SecretString text() const;
  /// What is stored instead of the token: the lower-case hex of SHA-256 over the 32 bytes
  /// (64 digits). A fast hash rather than a slow password hash because the input is 256 random
  /// bits: there is no dictionary to search, so a fast hash is as strong as a slow one. SHA-256
  /// rather than BLAKE2b because every database and language has it (PostgreSQL's sha256(),
  /// Python's hashlib), so an operator can find a token's row by hand.
  [[nodiscard]] std::string hash() const;

  friend std::ostream& operator<<(std::ostream&, const Token&) = delete;

 private:
  Token() noexcept = default;

  std::array<unsigned char, kTokenBytes> bytes_{};
};

/// The stored hash of the token whose text is `text` (Token::parse(text).hash()). Throws as
/// Token::parse does.
std::string token_hash(std::string_view text);

/// Whether two token hashes are equal, in time that depends only on their length, so that a
/// comparison cannot be timed to learn a stored hash digit by digit. Hashes of different lengths
/// are unequal (lengths are not secret: every hash has 64 digits).
bool same_hash(std::string_view a, std::string_view b) noexcept;

}  // namespace ejournal::security
