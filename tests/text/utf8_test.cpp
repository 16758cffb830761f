#include <gtest/gtest.h>

#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/utf8.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::text::find_invalid_utf8;
using ejournal::text::to_nfc;

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(find_invalid_utf8(""), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("ASCII only"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("Ґудзь Мар\u02BCяна"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("\xF0\x9F\x93\x9A"), std::nullopt);  // U+1F4DA, four bytes
  EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF"), std::nullopt);  // U+10FFFF, the last one
}

TEST(Utf8, ReportsTheOffsetOfTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2U);
  EXPECT_EQ(find_invalid_utf8("\x80"), 0U);                     // lone continuation byte
  EXPECT_EQ(find_invalid_utf8("Їж\xD0"), 4U);                   // truncated two-byte sequence
  EXPECT_EQ(find_invalid_utf8("x\xC0\xAF"), 1U);                // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xE0\x80\xAF"), 0U);             // overlong three-byte form
  EXPECT_EQ(find_invalid_utf8("ok\xED\xA0\x80"), 2U);           // UTF-16 surrogate U+D800
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0U);         // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xF0\x9F\x93"), 0U);             // truncated four-byte sequence
  EXPECT_EQ(find_invalid_utf8(std::string("a\0\xFE", 3)), 2U);  // NUL is valid, 0xFE never is
}

TEST(Utf8, NfcComposesDecomposedUkrainianLetters) {
  // и + combining breve → й; і + combining diaeresis → ї (toolchain.md §5).
  const std::string decomposed = "\u0438\u0306\u0456\u0308";
  EXPECT_EQ(to_nfc(decomposed), "\u0439\u0457");
  EXPECT_EQ(to_nfc("Київ"), "Київ");
}

TEST(Utf8, NfcRejectsInvalidInputNamingTheOffset) {
  try {
    (void)to_nfc("Київ\xC3");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid);
    EXPECT_NE(std::string(e.what()).find("offset 8"), std::string::npos) << e.what();
  }
}

}  // namespace
