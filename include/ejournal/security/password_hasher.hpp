// Password hashing with Argon2id (libsodium crypto_pwhash), in the standard encoded form
// "$argon2id$v=19$m=…,t=…,p=1$salt$hash" that carries its own parameters and salt.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ejournal/security/password_policy.hpp"

namespace ejournal::security {

/// The cost of one Argon2id hash. The defaults are libsodium's "interactive" level: 2 passes
/// over 64 MiB, about 0.1–0.2 s for a hash or a verification on the 2-core reference machine.
/// The "moderate" level (3 passes, 256 MiB) took 0.8–1.0 s there and would hold 256 MiB per
/// concurrent sign-in, too much for a school's server when a class signs in at once; the
/// interactive level is above OWASP's Argon2id minimum (19 MiB, 2 passes).
struct Argon2Params {
  std::uint64_t opslimit = 2;         ///< passes over memory (crypto_pwhash_OPSLIMIT_INTERACTIVE)
  std::size_t memlimit = 64U << 20U;  ///< bytes of memory (crypto_pwhash_MEMLIMIT_INTERACTIVE)
};

/// Hashes and verifies passwords. Passwords are UTF-8 and are brought to NFC first, so a letter
/// typed precomposed on one keyboard and decomposed on another ("й" as U+0439 or U+0438 U+0306)
/// is the same password. Thread-safe: the object is immutable after construction.
class PasswordHasher {
 public:
  /// Throws Error(invalid, argument) naming the value when `params` lies outside libsodium's
  /// limits for Argon2id (opslimit ≥ 1, memlimit ≥ 8 KiB; tests use those minimums for speed).
  explicit PasswordHasher(Argon2Params params = {});

  /// The cost this hasher hashes with and that needs_rehash compares against.
  [[nodiscard]] const Argon2Params& params() const noexcept { return params_; }

  /// The encoded Argon2id hash of `password` with a fresh random salt (OS CSPRNG, inside
  /// libsodium). Throws Error(invalid, argument) when `password` is not valid UTF-8 or longer
  /// than kMaxPasswordBytes, and std::bad_alloc when the memory limit cannot be allocated.
  [[nodiscard]] std::string hash(std::string_view password) const;

  /// Whether `password` is the one `encoded` was made from (constant-time comparison inside
  /// libsodium). False also for invalid UTF-8 and for a password longer than
  /// kMaxPasswordBytes, which no accepted password can be. Throws Error(invalid, argument) when
  /// `encoded` is not an Argon2id encoded hash (the message does not quote it).
  [[nodiscard]] bool verify(std::string_view encoded, std::string_view password) const;

  /// Whether `encoded` was made with other parameters than this hasher's, so that the password
  /// should be hashed again after its next successful verification. Throws as verify does for a
  /// malformed `encoded`.
  [[nodiscard]] bool needs_rehash(std::string_view encoded) const;

 private:
  Argon2Params params_;
};

}  // namespace ejournal::security
