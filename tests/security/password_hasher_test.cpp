#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ejournal/security/password_hasher.hpp"
#include "expect_invalid.hpp"

namespace {

namespace security = ejournal::security;
using security::Argon2Params;
using security::PasswordHasher;
using security::testing::expect_invalid;
using security::testing::invalid_message;

// libsodium's smallest Argon2id cost: 1 pass over 8 KiB, fast enough for unit tests.
constexpr Argon2Params kFast{1, 8192};

TEST(PasswordHasher, DefaultsToLibsodiumsInteractiveCost) {
  const PasswordHasher hasher;
  EXPECT_EQ(hasher.params().opslimit, 2U);
  EXPECT_EQ(hasher.params().memlimit, std::size_t{64} << 20U);
  // One real hash with the default cost, so that a cost libsodium cannot allocate shows here.
  const std::string encoded = hasher.hash("пароль за замовчуванням");
  EXPECT_TRUE(encoded.starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << encoded;
  EXPECT_TRUE(hasher.verify(encoded, "пароль за замовчуванням"));
  EXPECT_FALSE(hasher.needs_rehash(encoded));
}

TEST(PasswordHasher, GivesTheEncodedArgon2idFormWithAFreshSalt) {
  const PasswordHasher hasher(kFast);
  const std::string first = hasher.hash("correct horse battery staple");
  const std::string second = hasher.hash("correct horse battery staple");
  EXPECT_TRUE(first.starts_with("$argon2id$v=19$m=8,t=1,p=1$")) << first;
  EXPECT_NE(first, second);  // a new salt each time
  EXPECT_EQ(first.find("correct"), std::string::npos);
}

TEST(PasswordHasher, VerifiesTheRightPasswordOnly) {
  const PasswordHasher hasher(kFast);
  const std::string encoded = hasher.hash("correct horse battery staple");
  EXPECT_TRUE(hasher.verify(encoded, "correct horse battery staple"));
  EXPECT_FALSE(hasher.verify(encoded, "Correct horse battery staple"));
  EXPECT_FALSE(hasher.verify(encoded, "correct horse battery stapl"));
  EXPECT_FALSE(hasher.verify(encoded, ""));
}

TEST(PasswordHasher, VerifiesWhateverTheUnicodeFormTheKeyboardGave) {
  const PasswordHasher hasher(kFast);
  const std::string precomposed = "мій \u0439ожик";       // й as U+0439
  const std::string decomposed = "мій \u0438\u0306ожик";  // и + combining breve
  EXPECT_TRUE(hasher.verify(hasher.hash(decomposed), precomposed));
  EXPECT_TRUE(hasher.verify(hasher.hash(precomposed), decomposed));
}

TEST(PasswordHasher, VerifyIsFalseForPasswordsNoPolicyAccepts) {
  const PasswordHasher hasher(kFast);
  const std::string encoded = hasher.hash("correct horse battery staple");
  EXPECT_FALSE(hasher.verify(encoded, "correct horse\xff"));
  EXPECT_FALSE(hasher.verify(encoded, std::string(security::kMaxPasswordBytes + 1, 'a')));
}

TEST(PasswordHasher, HashRefusesPasswordsNoPolicyAccepts) {
  const PasswordHasher hasher(kFast);
  const std::string message =
      invalid_message([&] { static_cast<void>(hasher.hash("bad\xc3(utf-8")); });
  EXPECT_NE(message.find("password is not valid UTF-8"), std::string::npos) << message;
  EXPECT_EQ(message.find("bad"), std::string::npos) << message;
  expect_invalid(
      [&] { static_cast<void>(hasher.hash(std::string(security::kMaxPasswordBytes + 1, 'a'))); },
      "longer than 1024 bytes");
  // The longest accepted password hashes and verifies.
  const std::string longest(security::kMaxPasswordBytes, 'a');
  EXPECT_TRUE(hasher.verify(hasher.hash(longest), longest));
}

TEST(PasswordHasher, ATamperedHashDoesNotVerify) {
  const PasswordHasher hasher(kFast);
  std::string encoded = hasher.hash("correct horse battery staple");
  // Change one character of the hash part (the last field), keeping it valid base64.
  char& digit = encoded[encoded.size() - 5];
  digit = digit == 'A' ? 'B' : 'A';
  EXPECT_FALSE(hasher.verify(encoded, "correct horse battery staple"));

  std::string salted = hasher.hash("correct horse battery staple");
  char& salt = salted[salted.find("p=1$") + 5];
  salt = salt == 'A' ? 'B' : 'A';
  EXPECT_FALSE(hasher.verify(salted, "correct horse battery staple"));
}

TEST(PasswordHasher, RefusesEncodedStringsThatAreNotArgon2id) {
  const PasswordHasher hasher(kFast);
  const std::string encoded = hasher.hash("correct horse battery staple");
  std::string argon2i = encoded;
  argon2i.replace(0, 10, "$argon2i$");
  std::string no_hash = encoded.substr(0, encoded.rfind('$'));
  std::string with_nul = encoded;
  with_nul[12] = '\0';
  const std::string too_long = encoded + std::string(128, 'A');
  const std::string salt = encoded.substr(encoded.find("p=1$") + 4, 22);
  for (const std::string& bad : {argon2i, no_hash, with_nul, too_long, std::string()}) {
    const std::string message =
        invalid_message([&] { static_cast<void>(hasher.verify(bad, "x")); });
    EXPECT_NE(message.find("password hash is not an Argon2id encoded string"), std::string::npos)
        << message;
    EXPECT_EQ(message.find(salt), std::string::npos) << message;
    expect_invalid([&] { static_cast<void>(hasher.needs_rehash(bad)); },
                   "not an Argon2id encoded string");
  }
  expect_invalid([&] { static_cast<void>(hasher.verify(with_nul, "x")); }, "NUL byte");
  expect_invalid([&] { static_cast<void>(hasher.verify(too_long, "x")); }, "longer than 127 bytes");
}

TEST(PasswordHasher, NeedsRehashOnceTheCostChanges) {
  const std::string encoded = PasswordHasher(kFast).hash("correct horse battery staple");
  EXPECT_FALSE(PasswordHasher(kFast).needs_rehash(encoded));
  EXPECT_TRUE(PasswordHasher(Argon2Params{2, 8192}).needs_rehash(encoded));
  EXPECT_TRUE(PasswordHasher(Argon2Params{1, 16384}).needs_rehash(encoded));
  // A stale hash still verifies: the service rehashes after the successful sign-in.
  EXPECT_TRUE(
      PasswordHasher(Argon2Params{2, 16384}).verify(encoded, "correct horse battery staple"));
}

TEST(PasswordHasher, RefusesACostOutsideLibsodiumsLimits) {
  expect_invalid([] { PasswordHasher(Argon2Params{0, 8192}); }, "Argon2id opslimit 0 is outside");
  expect_invalid(
      [] {
        PasswordHasher(Argon2Params{1, 4096});
      },
      "Argon2id memlimit 4096 bytes is outside");
  expect_invalid(
      [] {
        PasswordHasher(Argon2Params{std::uint64_t{1} << 32U, 8192});
      },
      "opslimit 4294967296");
}

}  // namespace
