#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "ejournal/text/identifiers.hpp"
#include "expect_invalid.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
namespace text = ejournal::text;

using ejournal::text::testing::expect_invalid;

TEST(Edrpou, AcceptsTheVectorsOfTheDomainDoc) {
  for (const char* code :
       {"32855961", "00032129", "14360506", "38621185", "00034051", "26418568", "30707830"}) {
    EXPECT_EQ(text::normalize_edrpou(code), code);
  }
}

TEST(Edrpou, CoversBothWeightSetsAndBothPasses) {
  EXPECT_EQ(text::normalize_edrpou("30000005"), "30000005");  // alternate weights, second pass
  EXPECT_EQ(text::normalize_edrpou("00054020"), "00054020");  // both passes give 10 → 0
  expect_invalid([] { text::normalize_edrpou("30000000"); }, "expected 5, got 0");
  expect_invalid([] { text::normalize_edrpou("00054021"); }, "expected 0, got 1");
}

TEST(Edrpou, StripsSpacesAndKeepsLeadingZeros) {
  EXPECT_EQ(text::normalize_edrpou(" 0003 2129 "), "00032129");
}

TEST(Edrpou, SaysWhichRuleFails) {
  expect_invalid([] { text::normalize_edrpou("32855968"); }, "expected 1, got 8");
  expect_invalid([] { text::normalize_edrpou("32855968"); }, "'32855968'");
  expect_invalid([] { text::normalize_edrpou("3285596"); }, "must have 8 digits, not 7");
  expect_invalid([] { text::normalize_edrpou("1759013776"); }, "must have 8 digits, not 10");
  expect_invalid([] { text::normalize_edrpou(""); }, "not 0");
  expect_invalid([] { text::normalize_edrpou("3285A961"); }, "non-digit at position 5");
  expect_invalid([] { text::normalize_edrpou("3285\xFF"); }, "not valid UTF-8 at byte 4");
}

TEST(Rnokpp, ChecksTheDigitWithANegativeFirstWeight) {
  EXPECT_EQ(text::normalize_rnokpp("1759013776"), "1759013776");
  EXPECT_EQ(text::normalize_rnokpp("17590 13776"), "1759013776");
  expect_invalid([] { text::normalize_rnokpp("1759013770"); }, "expected 6, got 0");
  // 9 × −1 + 0 … = −9: a negative sum, whose remainder must still be 2.
  EXPECT_EQ(text::normalize_rnokpp("9000000002"), "9000000002");
  expect_invalid([] { text::normalize_rnokpp("32855961"); }, "must have 10 digits, not 8");
  expect_invalid([] { text::normalize_rnokpp("17590137x6"); }, "non-digit at position 9");
}

TEST(DisoId, IsAnOpaqueRunOfDigits) {
  EXPECT_EQ(text::normalize_diso_id("1"), "1");
  EXPECT_EQ(text::normalize_diso_id(" 0012 345 "), "0012345");
  EXPECT_EQ(text::normalize_diso_id(std::string(20, '9')), std::string(20, '9'));
  expect_invalid([] { text::normalize_diso_id(std::string(21, '9')); }, "1 … 20 digits, not 21");
  expect_invalid([] { text::normalize_diso_id("   "); }, "not 0");
  expect_invalid([] { text::normalize_diso_id("12a"); }, "non-digit at position 3");
}

TEST(DisoId, QuotesOnlyTheStartOfALongValue) {
  expect_invalid([] { text::normalize_diso_id(std::string(500, '1')); }, "1111…'");
}

TEST(ClassName, NormalisesSpellings) {
  EXPECT_EQ(text::normalize_class_name("5-А"), "5-А");
  EXPECT_EQ(text::normalize_class_name("5а"), "5-А");
  EXPECT_EQ(text::normalize_class_name("5 - А"), "5-А");
  EXPECT_EQ(text::normalize_class_name("5-а"), "5-А");
  EXPECT_EQ(text::normalize_class_name("11-Б"), "11-Б");
  EXPECT_EQ(text::normalize_class_name("1ґ"), "1-Ґ");
  EXPECT_EQ(text::normalize_class_name("12-ї"), "12-Ї");
  EXPECT_EQ(text::normalize_class_name("7-\u0456\u0308"), "7-Ї");  // і + combining diaeresis
}

TEST(ClassName, RefusesWhatIsNotAClassName) {
  expect_invalid([] { text::normalize_class_name("5-A"); }, "Latin letter 'A'");
  expect_invalid([] { text::normalize_class_name("5a"); }, "Latin letter 'a'");
  expect_invalid([] { text::normalize_class_name("0-А"); }, "grade 0, outside 1 … 12");
  expect_invalid([] { text::normalize_class_name("13-А"); }, "grade 13, outside 1 … 12");
  expect_invalid([] { text::normalize_class_name("123-А"); }, "must start with a grade");
  expect_invalid([] { text::normalize_class_name(""); }, "must start with a grade");
  expect_invalid([] { text::normalize_class_name("А-5"); }, "must start with a grade");
  expect_invalid([] { text::normalize_class_name("5-"); }, "no letter after the grade");
  expect_invalid([] { text::normalize_class_name("5-АБ"); }, "must end with one letter");
  expect_invalid([] { text::normalize_class_name("5-Ы"); }, "not a letter of the Ukrainian");
  expect_invalid([] { text::normalize_class_name("5-Ь"); }, "not a letter of the Ukrainian");
  expect_invalid([] { text::normalize_class_name("5-\xD0"); }, "not valid UTF-8 (byte 2)");
}

TEST(Katottg, SplitsTheExamplesOfTheDomainDoc) {
  const text::Katottg kyiv = text::parse_katottg("UA80000000000093317");
  EXPECT_EQ(kyiv.code, "UA80000000000093317");
  ASSERT_NE(kyiv.region, nullptr);
  EXPECT_EQ(kyiv.region->iso, "UA-30");
  EXPECT_EQ(text::parse_katottg("UA85000000000065278").region->name_latin, "Sevastopol");
  EXPECT_EQ(text::parse_katottg("UA32000000000030281").region->name_uk, "Київська область");
  EXPECT_EQ(text::parse_katottg("UA01000000000013043").region->iso, "UA-43");

  const text::Katottg raion = text::parse_katottg("UA71020000000057292");
  EXPECT_EQ(raion.oblast, "71");
  EXPECT_EQ(raion.raion, "02");
  EXPECT_EQ(raion.hromada, "000");
  EXPECT_EQ(raion.region->name_latin, "Cherkaska oblast");

  const text::Katottg hromada = text::parse_katottg("UA71020130000086047");
  EXPECT_EQ(hromada.oblast, "71");
  EXPECT_EQ(hromada.raion, "02");
  EXPECT_EQ(hromada.hromada, "013");
  EXPECT_EQ(hromada.settlement, "000");
  EXPECT_EQ(hromada.district, "00");
  EXPECT_EQ(text::parse_katottg("UA71020010000037786").hromada, "001");
}

TEST(Katottg, AcceptsALowerCasePrefixAndSpaces) {
  EXPECT_EQ(text::parse_katottg("ua 71 02 013 000 00 86047").code, "UA71020130000086047");
}

TEST(Katottg, RefusesMalformedCodes) {
  expect_invalid([] { text::parse_katottg("80000000000093317"); }, "must start with 'UA'");
  expect_invalid([] { text::parse_katottg("UA8000000000009331"); }, "17 digits, not 16");
  expect_invalid([] { text::parse_katottg("UA8000000000009331X"); }, "non-digit at position 19");
  expect_invalid([] { text::parse_katottg("UA99000000000093317"); }, "'99' is not an oblast");
  expect_invalid([] { text::parse_katottg(""); }, "must start with 'UA'");
}

TEST(Regions, ListsThe27FirstLevelUnits) {
  const auto all = text::regions();
  ASSERT_EQ(all.size(), 27U);
  std::set<std::string_view> katottg;
  std::set<std::string_view> iso;
  std::set<std::string_view> differing;
  for (const text::Region& region : all) {
    katottg.insert(region.katottg);
    iso.insert(region.iso);
    EXPECT_EQ(region.katottg.size(), 2U);
    EXPECT_EQ(text::find_region_by_katottg(region.katottg), &region);
    EXPECT_EQ(text::find_region_by_iso(region.iso), &region);
    if (region.iso.substr(3) != region.katottg) differing.insert(region.katottg);
  }
  EXPECT_EQ(katottg.size(), 27U);
  EXPECT_EQ(iso.size(), 27U);
  EXPECT_EQ(differing, (std::set<std::string_view>{"01", "44", "73", "80", "85"}));
  EXPECT_EQ(text::find_region_by_katottg("44")->iso, "UA-09");
  EXPECT_EQ(text::find_region_by_katottg("73")->iso, "UA-77");
  EXPECT_EQ(text::find_region_by_iso("UA-30")->name_uk, "місто Київ");
  EXPECT_EQ(text::find_region_by_iso("UA-26")->name_latin, "Ivano-Frankivska oblast");
  EXPECT_EQ(text::find_region_by_katottg("99"), nullptr);
  EXPECT_EQ(text::find_region_by_iso("UA-80"), nullptr);
}

}  // namespace
