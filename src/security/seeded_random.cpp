#include "ejournal/security/seeded_random.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

#include "sodium.hpp"

namespace ejournal::security {

namespace {

// `value` as little-endian bytes at the start of `out` (the rest stays zero).
template <std::size_t N>
void put_little_endian(std::uint64_t value, std::array<unsigned char, N>& out) {
  static_assert(N >= sizeof value);
  for (std::size_t i = 0; i < sizeof value; ++i) {
    out[i] = static_cast<unsigned char>(value >> (8U * i));
  }
}

}  // namespace

void SeededRandom::fill(std::span<unsigned char> out) {
  detail::ensure_sodium();
  std::array<unsigned char, crypto_stream_chacha20_ietf_KEYBYTES> key{};
  std::array<unsigned char, crypto_stream_chacha20_ietf_NONCEBYTES> nonce{};
  put_little_endian(seed_, key);
  put_little_endian(calls_, nonce);
  ++calls_;
  crypto_stream_chacha20_ietf(out.data(), out.size(), nonce.data(), key.data());
}

}  // namespace ejournal::security
