// The benchmarks' PRNG: splitmix64, which gives the same sequence on every platform (the standard
// distributions do not), and UUIDs drawn from it: random (version 4) and time-ordered (version 7,
// as model::Id::generate makes them).
#pragma once

#include <cstddef>
#include <cstdint>

#include <boost/uuid/uuid.hpp>

namespace ejournal::bench {

/// splitmix64 (Steele, Lea and Flood 2014).
struct Prng {
  std::uint64_t state;

  /// The next 64 random bits.
  std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }

  /// A number in [0, bound); the modulo bias is far below what a benchmark can notice.
  std::size_t below(std::size_t bound) noexcept { return static_cast<std::size_t>(next() % bound); }

  /// True with probability `per_mille` / 1000.
  bool chance(unsigned per_mille) noexcept { return below(1000) < per_mille; }

  /// A random UUID with the version (4) and variant (RFC 4122) bits set.
  boost::uuids::uuid uuid() noexcept {
    boost::uuids::uuid value{};
    for (std::size_t half = 0; half < 2; ++half) {
      std::uint64_t bits = next();
      for (std::size_t i = 0; i < 8; ++i, bits >>= 8) {
        value.data[half * 8 + i] = static_cast<std::uint8_t>(bits);
      }
    }
    value.data[6] = static_cast<std::uint8_t>((value.data[6] & 0x0F) | 0x40);
    value.data[8] = static_cast<std::uint8_t>((value.data[8] & 0x3F) | 0x80);
    return value;
  }

  /// A time-ordered UUID made at `unix_ms` (milliseconds since 1970): version 7, its first 48
  /// bits the time, the rest random.
  boost::uuids::uuid uuid_at(std::uint64_t unix_ms) noexcept {
    boost::uuids::uuid value = uuid();
    for (std::size_t byte = 0; byte < 6; ++byte) {
      value.data[byte] = static_cast<std::uint8_t>(unix_ms >> (8U * (5U - byte)));
    }
    value.data[6] = static_cast<std::uint8_t>((value.data[6] & 0x0F) | 0x70);
    return value;
  }
};

/// A seed for the independent stream `stream` of `seed` (chunk × class in the generator).
inline std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t stream) noexcept {
  Prng mixer{seed ^ (stream * 0xD1B54A32D192ED03ULL)};
  return mixer.next();
}

}  // namespace ejournal::bench
