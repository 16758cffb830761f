#include <gtest/gtest.h>

#include <array>
#include <span>

#include "ejournal/security/random.hpp"
#include "ejournal/security/seeded_random.hpp"

namespace {

namespace security = ejournal::security;
using Bytes8 = std::array<unsigned char, 8>;

Bytes8 draw(security::RandomSource& random) {
  Bytes8 bytes{};
  random.fill(bytes);
  return bytes;
}

TEST(SystemRandom, FillsFreshBytesEachTime) {
  security::SystemRandom random;
  std::array<unsigned char, 32> first{};
  std::array<unsigned char, 32> second{};
  random.fill(first);
  random.fill(second);
  // Two equal draws of 256 bits, or an all-zero one, would mean the source is broken.
  EXPECT_NE(first, second);
  EXPECT_NE(first, (std::array<unsigned char, 32>{}));
}

TEST(SystemRandom, FillsNothingForAnEmptySpan) {
  security::SystemRandom random;
  std::array<unsigned char, 4> untouched{1, 2, 3, 4};
  random.fill(std::span<unsigned char>(untouched.data(), 0));
  EXPECT_EQ(untouched, (std::array<unsigned char, 4>{1, 2, 3, 4}));
}

// The expected bytes are the ChaCha20 key streams computed independently (Python's
// cryptography package); seed 0, call 0 is RFC 8439 appendix A.1 test vector #1.
TEST(SeededRandom, GivesTheChaCha20KeyStreamOfSeedAndCall) {
  security::SeededRandom zero(0);
  EXPECT_EQ(draw(zero), (Bytes8{0x76, 0xb8, 0xe0, 0xad, 0xa0, 0xf1, 0x3d, 0x90}));
  EXPECT_EQ(draw(zero), (Bytes8{0x3d, 0xb4, 0x1d, 0x3a, 0xa0, 0xd3, 0x29, 0x28}));

  security::SeededRandom answer(42);
  EXPECT_EQ(draw(answer), (Bytes8{0x1f, 0x76, 0xe5, 0x26, 0x51, 0x0a, 0xe3, 0x6a}));
  static_cast<void>(draw(answer));
  EXPECT_EQ(draw(answer), (Bytes8{0x8e, 0x6d, 0xb8, 0x9c, 0xfc, 0x7a, 0x01, 0x33}));
}

TEST(SeededRandom, RepeatsItsSequenceForTheSameSeed) {
  security::SeededRandom first(7);
  security::SeededRandom second(7);
  for (int call = 0; call < 3; ++call) EXPECT_EQ(draw(first), draw(second));
}

}  // namespace
