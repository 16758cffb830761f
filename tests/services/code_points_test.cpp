// The services' UTF-8 helper: code points out of UTF-8 and back, ill-formed input replaced.
#include <gtest/gtest.h>

#include <string>

#include "code_points.hpp"

namespace ejournal::services::testing {
namespace {

using detail::code_points;
using detail::utf8_of;

TEST(CodePoints, DecodesEveryLength) {
  // a, Ї, the modifier apostrophe ʼ, € and 😀: one to four bytes.
  EXPECT_EQ(code_points("a\u0407\u02BC\u20AC\U0001F600"),
            (std::u32string{U'a', U'\u0407', U'\u02BC', U'\u20AC', U'\U0001F600'}));
  EXPECT_TRUE(code_points("").empty());
}

TEST(CodePoints, AnIllFormedSequenceBecomesOneReplacement) {
  EXPECT_EQ(code_points("a\xC3(b"), (std::u32string{U'a', U'\uFFFD', U'(', U'b'}));
  EXPECT_EQ(code_points("\xED\xA0\x80"), (std::u32string(3, U'\uFFFD')));  // a surrogate
  EXPECT_EQ(code_points("\xE2\x82"), (std::u32string{U'\uFFFD'}));         // cut short
}

TEST(CodePoints, EncodesEveryLengthAndRoundTrips) {
  EXPECT_EQ(utf8_of(U'a'), "a");
  EXPECT_EQ(utf8_of(U'\u0491'), "ґ");
  EXPECT_EQ(utf8_of(U'\u20AC'), "€");
  EXPECT_EQ(utf8_of(U'\U0001F600'), "\U0001F600");
  const std::string text = "Мар\u02BCяненко — \U0001F600";
  std::string again;
  for (const char32_t point : code_points(text)) again += utf8_of(point);
  EXPECT_EQ(again, text);
}

TEST(CodePoints, NoCodePointEncodesAsTheReplacement) {
  EXPECT_EQ(utf8_of(static_cast<char32_t>(0xD800)), "\uFFFD");
  EXPECT_EQ(utf8_of(static_cast<char32_t>(0x110000)), "\uFFFD");
}

}  // namespace
}  // namespace ejournal::services::testing
