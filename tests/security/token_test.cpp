#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ejournal/security/random.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/security/token.hpp"
#include "expect_invalid.hpp"

namespace {

template <class T>
concept Streamable = requires(std::ostream& out, const T& value) {
  out << value;
};

namespace security = ejournal::security;
using security::Token;
using security::testing::expect_invalid;
using security::testing::invalid_message;

static_assert(!Streamable<Token>);
static_assert(!std::is_copy_constructible_v<Token>);
static_assert(std::is_nothrow_move_constructible_v<Token>);

// Known answers computed independently (Python's base64 and hashlib).
constexpr std::string_view kZeroText = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
constexpr std::string_view kZeroHash =
    "66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925";  // SHA-256 of 32 × 00
constexpr std::string_view kCountingText = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
constexpr std::string_view kCountingHash =
    "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd";  // bytes 00 01 … 1f
constexpr std::string_view kOnesText = "__________________________________________8";
constexpr std::string_view kOnesHash =
    "af9613760f72635fbdb44a5a0a63c39f12af30f950a6ee5c971be188e89c4051";  // 32 × ff

TEST(Token, GeneratesThirtyTwoBytesFromTheRandomSource) {
  // SeededRandom(0)'s first 32 bytes: 76 b8 e0 ad … 0d c7 (RFC 8439 A.1 #1).
  security::SeededRandom random(0);
  const Token token = Token::generate(random);
  EXPECT_EQ(token.text().reveal(), "drjgraDxPZBAXWrlU4a9KL3SGbigje0aqDbvzIt3Dcc");
  EXPECT_EQ(token.hash(), "a2f59a148eb4cd532e5c5383eb68f77b838e9c896859c769b6104dcc05dd0d83");
}

TEST(Token, GeneratesADifferentTokenEachTimeFromTheSystem) {
  security::SystemRandom random;
  const Token first = Token::generate(random);
  const Token second = Token::generate(random);
  EXPECT_NE(first.text().reveal(), second.text().reveal());
  EXPECT_NE(first.hash(), second.hash());
}

TEST(Token, TextIsUrlSafeBase64WithoutPadding) {
  security::SystemRandom random;
  for (int i = 0; i < 50; ++i) {
    const security::SecretString text = Token::generate(random).text();
    ASSERT_EQ(text.size(), security::kTokenTextLength);
    EXPECT_EQ(text.reveal().find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string_view::npos);
  }
}

TEST(Token, ParsesItsOwnTextBack) {
  security::SystemRandom random;
  const Token token = Token::generate(random);
  const security::SecretString text = token.text();
  const Token parsed = Token::parse(text.reveal());
  EXPECT_EQ(parsed.text().reveal(), text.reveal());
  EXPECT_EQ(parsed.hash(), token.hash());
}

TEST(Token, HashIsSha256OfTheDecodedBytes) {
  EXPECT_EQ(Token::parse(kZeroText).hash(), kZeroHash);
  EXPECT_EQ(security::token_hash(kCountingText), kCountingHash);
  EXPECT_EQ(security::token_hash(kOnesText), kOnesHash);
  EXPECT_EQ(Token::parse(kCountingText).text().reveal(), kCountingText);
  EXPECT_EQ(security::token_hash(kZeroText).size(), security::kTokenHashDigits);
}

TEST(Token, RefusesTheWrongLengthWithoutQuotingTheText) {
  const std::string short_text(kCountingText.substr(0, 42));
  const std::string message = invalid_message([&] { static_cast<void>(Token::parse(short_text)); });
  EXPECT_NE(message.find("expected 43 characters, got 42"), std::string::npos) << message;
  EXPECT_EQ(message.find(short_text), std::string::npos) << message;

  expect_invalid([] { static_cast<void>(Token::parse("")); }, "got 0");
  // The padded standard form is one character too long.
  expect_invalid([] { static_cast<void>(security::token_hash(std::string(kZeroText) + "=")); },
                 "got 44");
}

TEST(Token, RefusesCharactersOutsideTheUrlSafeAlphabet) {
  std::string text(kCountingText);
  text[5] = '+';  // standard base64, not URL-safe
  const std::string message = invalid_message([&] { static_cast<void>(Token::parse(text)); });
  EXPECT_NE(message.find("character 6 is not one of A-Z a-z 0-9 - _"), std::string::npos)
      << message;
  EXPECT_EQ(message.find(text), std::string::npos) << message;

  text = std::string(kZeroText);
  text[42] = ' ';
  expect_invalid([&] { static_cast<void>(Token::parse(text)); }, "character 43");
}

TEST(Token, RefusesANonCanonicalLastCharacter) {
  // "B" sets a low bit that 32 bytes leave unused: it would be a second text of the zero token.
  std::string text(kZeroText);
  text.back() = 'B';
  expect_invalid([&] { static_cast<void>(Token::parse(text)); }, "not canonical");
  text = std::string(kOnesText);
  text.back() = '_';
  expect_invalid([&] { static_cast<void>(security::token_hash(text)); }, "not canonical");
}

TEST(Token, MovingWipesTheSource) {
  Token source = Token::parse(kCountingText);
  Token moved(std::move(source));
  EXPECT_EQ(moved.hash(), kCountingHash);
  EXPECT_EQ(source.hash(), kZeroHash);  // NOLINT(bugprone-use-after-move): zeroed on purpose

  Token target = Token::parse(kOnesText);
  target = std::move(moved);
  EXPECT_EQ(target.hash(), kCountingHash);
  EXPECT_EQ(moved.hash(), kZeroHash);  // NOLINT(bugprone-use-after-move)

  auto& self = target;
  target = std::move(self);
  EXPECT_EQ(target.hash(), kCountingHash);
}

TEST(SameHash, ComparesWholeHashes) {
  EXPECT_TRUE(security::same_hash(kZeroHash, std::string(kZeroHash)));
  std::string last_digit_differs(kZeroHash);
  last_digit_differs.back() = '6';
  EXPECT_FALSE(security::same_hash(kZeroHash, last_digit_differs));
  EXPECT_FALSE(security::same_hash(kZeroHash, kCountingHash));
  EXPECT_FALSE(security::same_hash(kZeroHash, kZeroHash.substr(0, 63)));
  EXPECT_FALSE(security::same_hash("", kZeroHash));
  EXPECT_TRUE(security::same_hash("", ""));
}

}  // namespace
