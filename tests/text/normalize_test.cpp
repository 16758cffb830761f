#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "ejournal/text/normalize.hpp"
#include "expect_invalid.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
using ejournal::text::latin_search_key;
using ejournal::text::NameChange;
using ejournal::text::normalize_name;
using ejournal::text::NormalizeMode;
using ejournal::text::search_key;

using ejournal::text::testing::expect_invalid;

TEST(NormalizeName, FoldsEveryApostropheToModifierLetter) {
  for (const char* apostrophe : {"'", "\u2019", "\u02BC", "\u2018", "`", "\u02BB"}) {
    EXPECT_EQ(normalize_name(std::string("Мар") + apostrophe + "яна").text, "Мар\u02BCяна");
  }
  const auto result = normalize_name("Мар'яна");
  EXPECT_EQ(result.changes, (std::vector<NameChange>{{6, "'", "\u02BC"}}));
  EXPECT_TRUE(normalize_name("Марʼяна").changes.empty());
}

TEST(NormalizeName, FoldsDashesAndSpaces) {
  const auto result = normalize_name("\u00A0 Петренко\u2013Сидоренко \u2003 Олена ");
  EXPECT_EQ(result.text, "Петренко-Сидоренко Олена");
  EXPECT_EQ(result.changes,
            (std::vector<NameChange>{
                {0, "\u00A0 ", ""}, {19, "\u2013", "-"}, {40, " \u2003 ", " "}, {55, " ", ""}}));
  EXPECT_EQ(normalize_name("Іван\u2212Петро\u2011Ян").text, "Іван-Петро-Ян");
  EXPECT_EQ(normalize_name("").text, "");
}

TEST(NormalizeName, ComposesToNfc) {
  EXPECT_EQ(normalize_name("\u0418\u0306осип").text, "Йосип");
}

TEST(NormalizeName, RejectsInvalidUtf8AndControls) {
  expect_invalid([] { normalize_name("Іван\xFF"); }, "byte offset 8");
  expect_invalid([] { normalize_name("Іван\tПетро"); },
                 "control character U+0009 at byte offset 8");
  expect_invalid([] { normalize_name(std::string("Ян\0", 5)); }, "U+0000");
}

TEST(NormalizeName, StrictRejectsLatinLookAlikesInCyrillicWords) {
  expect_invalid([] { normalize_name("Iван"); },
                 "Latin letter 'I' (U+0049) in the Cyrillic word 'Iван'");
  expect_invalid([] { normalize_name("Петренко Oлена"); }, "'O' (U+004F)");
}

TEST(NormalizeName, LenientRepairsAndReports) {
  const auto result = normalize_name("Iванна Пeтpенко", NormalizeMode::lenient);
  EXPECT_EQ(result.text, "Іванна Петренко");
  EXPECT_EQ(result.changes,
            (std::vector<NameChange>{{0, "I", "І"}, {14, "e", "е"}, {17, "p", "р"}}));
  EXPECT_EQ(normalize_name("Mïкола", NormalizeMode::lenient).text, "Мїкола");
  // The repaired у composes with the breve that followed the Latin y (found by fuzzing).
  EXPECT_EQ(normalize_name("Иy\u0306й", NormalizeMode::lenient).text, "Иўй");
  // "Iвaн": two Latin and two Cyrillic letters, no majority, so nothing is repaired.
  EXPECT_EQ(normalize_name("Iвaн", NormalizeMode::lenient).text, "Iвaн");
}

TEST(NormalizeName, LeavesLatinAndTiedWordsAlone) {
  EXPECT_EQ(normalize_name("Ivan Petrenko").text, "Ivan Petrenko");
  // "Iя": one Latin and one Cyrillic letter; not a Cyrillic majority.
  EXPECT_EQ(normalize_name("Iя").text, "Iя");
}

TEST(SearchKey, IgnoresCaseApostropheAndSpacing) {
  const std::string key = search_key("мар'яна");
  EXPECT_EQ(key, search_key("МАР\u2019ЯНА"));
  EXPECT_EQ(key, search_key(" Мар\u02BCяна "));
  EXPECT_EQ(key, "мар\u02BCяна");
  EXPECT_EQ(search_key("ҐАЛАҐАН Iгор"), "ґалаґан ігор");
}

TEST(LatinSearchKey, MatchesAcrossScripts) {
  EXPECT_EQ(latin_search_key("Kyiv"), "kyiv");
  EXPECT_EQ(latin_search_key("Київ"), "kyiv");
  EXPECT_EQ(latin_search_key("МАР'ЯНА"), latin_search_key("Mariana"));
}

}  // namespace
