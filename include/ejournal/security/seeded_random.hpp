// A reproducible random source for tests and demos. Never for real secrets: anyone who knows the
// seed knows every byte it gives.
#pragma once

#include <cstdint>
#include <span>

#include "ejournal/security/random.hpp"

namespace ejournal::security {

/// A deterministic source: the n-th call of fill() (counting from 0) returns the first bytes of
/// the ChaCha20 (IETF) key stream under the key "seed as 8 little-endian bytes, then 24 zero
/// bytes" and the nonce "n as 12 little-endian bytes". The same seed gives the same sequence of
/// outputs on every machine; different calls and different seeds give unrelated bytes. Not
/// thread-safe (each call advances the call counter); give each test its own instance.
class SeededRandom final : public RandomSource {
 public:
  explicit SeededRandom(std::uint64_t seed) noexcept : seed_(seed) {}
  void fill(std::span<unsigned char> out) override;

 private:
  std::uint64_t seed_;
  std::uint64_t calls_ = 0;
};

}  // namespace ejournal::security
