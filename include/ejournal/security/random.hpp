// The random source of the library: the OS CSPRNG in production, a seeded stream in tests
// (DESIGN.md "Time": an injectable clock and an injectable random source).
#pragma once

#include <span>

namespace ejournal::security {

/// Where secret tokens get their randomness. Services take one by reference so that tests can
/// make the tokens they hand out predictable. (Password salts come from libsodium itself.)
class RandomSource {
 public:
  virtual ~RandomSource() = default;
  /// Fills `out` with random bytes. Throws only when the source cannot work at all
  /// (SystemRandom: Error(unsupported, internal) when the OS has no random source).
  virtual void fill(std::span<unsigned char> out) = 0;
};

/// The operating system's CSPRNG (getrandom(2) through libsodium's randombytes_buf).
/// Thread-safe: one instance may be shared by every thread.
class SystemRandom final : public RandomSource {
 public:
  void fill(std::span<unsigned char> out) override;
};

}  // namespace ejournal::security
