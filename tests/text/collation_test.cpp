#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "ejournal/text/collation.hpp"
#include "expect_invalid.hpp"

namespace {

using ejournal::text::PersonName;
using ejournal::text::uk_collation_compare;
using ejournal::text::uk_collation_context_free;
using ejournal::text::uk_collation_context_new;
using ejournal::text::UkrainianCollator;

std::vector<std::string> sorted_by_key(std::vector<std::string> names) {
  const UkrainianCollator collator;
  std::stable_sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
    return collator.sort_key(a) < collator.sort_key(b);
  });
  return names;
}

TEST(UkrainianCollator, FollowsTheAlphabet) {
  const UkrainianCollator collator;
  EXPECT_LT(collator.compare("Г", "Ґ"), 0);
  EXPECT_LT(collator.compare("Ґ", "Д"), 0);
  EXPECT_LT(collator.compare("Е", "Є"), 0);
  EXPECT_LT(collator.compare("И", "І"), 0);
  EXPECT_LT(collator.compare("І", "Ї"), 0);
  EXPECT_LT(collator.compare("Ї", "Й"), 0);
  EXPECT_LT(collator.compare("ї", "Й"), 0);
  EXPECT_EQ(collator.compare("Іван", "Іван"), 0);
  EXPECT_GT(collator.compare("Яна", "Ірина"), 0);
}

TEST(UkrainianCollator, SortsUnlikeBytes) {
  const std::vector<std::string> names{"Ярема", "Їжак", "Ґава", "Євген", "Гава", "Ірина", "Щербак"};
  std::vector<std::string> bytes = names;
  std::sort(bytes.begin(), bytes.end());
  EXPECT_EQ(bytes.front(), "Євген");
  EXPECT_EQ(sorted_by_key(names), (std::vector<std::string>{"Гава", "Ґава", "Євген", "Ірина",
                                                            "Їжак", "Щербак", "Ярема"}));
}

TEST(UkrainianCollator, IgnoresApostrophesAtThePrimaryLevel) {
  EXPECT_EQ(sorted_by_key({"Мар\u2019яна", "Марта", "Мар'яна", "Марина"}),
            (std::vector<std::string>{"Марина", "Марта", "Мар\u2019яна", "Мар'яна"}));
  const UkrainianCollator collator;
  EXPECT_EQ(collator.compare("Мар'яна", "Мар\u02BCяна"), 0);
  EXPECT_EQ(collator.sort_key("Мар\u02BBяна"), collator.sort_key("Мар\u2019яна"));
  EXPECT_EQ(collator.sort_key("\u0418\u0306осип"), collator.sort_key("Йосип"));
}

TEST(UkrainianCollator, ReadsEveryUtf8SequenceLength) {
  const UkrainianCollator collator;
  // One, two, three and four bytes per code point; U+1F600 becomes a surrogate pair inside.
  EXPECT_GT(collator.compare("Ann", "Ганна"), 0);  // CLDR "uk" puts Cyrillic before Latin
  EXPECT_LT(collator.compare("Ann", "Anna"), 0);
  EXPECT_LT(collator.compare("Ганна", "Ганна\u20AC"), 0);
  EXPECT_LT(collator.compare("Ганна", "Ганна\U0001F600"), 0);
  const int order = collator.compare("Ганна\U0001F600", "Ганна\U0001F601");
  EXPECT_NE(order, 0);
  EXPECT_EQ(order < 0, collator.sort_key("Ганна\U0001F600") < collator.sort_key("Ганна\U0001F601"));
  EXPECT_EQ(collator.sort_key("\U0001F600"), collator.sort_key("\U0001F600"));
}

TEST(UkrainianCollator, LongTextFoldsApostrophesAndNormalisesLikeShortText) {
  const UkrainianCollator collator;
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += "Мар";
  EXPECT_LT(collator.compare(long_text + "а", long_text + "б"), 0);
  EXPECT_EQ(collator.sort_key(long_text + "\u2019яна"), collator.sort_key(long_text + "'яна"));
  EXPECT_EQ(collator.sort_key(long_text + "\u0418\u0306"), collator.sort_key(long_text + "Й"));
}

TEST(UkrainianCollator, SortKeysAgreeWithCompareAroundPunctuationMarksAndControls) {
  const UkrainianCollator collator;
  const auto key_order = [&](const std::string& a, const std::string& b) {
    const int order = collator.sort_key(a).compare(collator.sort_key(b));
    return (order > 0) - (order < 0);
  };
  // A mark after punctuation, with or without a control that collates as nothing between them:
  // ICU's own compare and sort keys disagree there (the fuzzer's two finds).
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"`\u0C02", std::string("\0`\x01\0", 4)},
      {"'\u0C02", "'"},
      {"'\u0300", "'"},
      {"'", std::string("'\0\u0300", 4)},
      {"!", std::string("!\x01\u0300")},
      {std::string(12, '`'), std::string("``````\0\xcd\x80``!", 12)},
      {"Ганна", std::string("Ган\x7fна")},
  };
  for (const auto& [a, b] : pairs) {
    EXPECT_EQ(collator.compare(a, b), key_order(a, b)) << a << " / " << b;
  }
  EXPECT_EQ(collator.compare("Ганна", std::string("Ган\x7fна")), 0);
  // Whitespace controls are variable characters, like a space.
  EXPECT_EQ(collator.sort_key("a\tb"), collator.sort_key("a b"));
}

TEST(UkrainianCollator, RefusesInvalidUtf8NamingTheOffset) {
  using ejournal::text::testing::expect_invalid;
  const UkrainianCollator collator;
  expect_invalid([&] { collator.compare("Ан\xED\xA0\x80", "Ан"); }, "byte offset 4");
  expect_invalid([&] { collator.compare("Ан", "\xF4\x90\x80\x80"); }, "byte offset 0");
  expect_invalid([&] { collator.sort_key("Ганна\xD0"); }, "byte offset 10");
  expect_invalid([&] { collator.sort_key("\xC0\x80"); }, "byte offset 0");
  expect_invalid(
      [&] {
        collator.name_sort_key(PersonName{"Ок", "\xE2\x82", "", 1});
      },
      "byte offset 0");
}

TEST(UkrainianCollator, OrdersNamesPartByPartThenById) {
  const UkrainianCollator collator;
  const PersonName shevchenko_ivan{"Шевченко", "Іван", "Петрович", 7};
  const PersonName shevchenko_yurii{"Шевченко", "Юрій", "", 1};
  const PersonName shevchuk{"Шевчук", "Анна", "", 2};
  const PersonName twin{"Шевченко", "Іван", "Петрович", 3};
  EXPECT_LT(collator.compare_names(shevchenko_ivan, shevchenko_yurii), 0);
  EXPECT_LT(collator.compare_names(shevchenko_yurii, shevchuk), 0);
  EXPECT_GT(collator.compare_names(shevchenko_ivan, twin), 0);
  EXPECT_EQ(collator.compare_names(twin, twin), 0);
  const PersonName apostrophe{"Мар'яненко", "Ян", "", 5};
  const PersonName modifier{"Мар\u02BCяненко", "Ян", "", 5};
  EXPECT_NE(collator.compare_names(apostrophe, modifier), 0);

  const std::vector<PersonName> all{shevchuk,        twin,       shevchenko_yurii,
                                    shevchenko_ivan, apostrophe, modifier};
  for (const auto& a : all) {
    for (const auto& b : all) {
      const int by_key = collator.name_sort_key(a).compare(collator.name_sort_key(b));
      EXPECT_EQ((by_key > 0) - (by_key < 0), collator.compare_names(a, b))
          << a.surname << " " << b.surname;
    }
  }
  // A shorter surname comes first even when the given names would say otherwise.
  EXPECT_LT(collator.name_sort_key({"Ан", "Яна", "", 0}),
            collator.name_sort_key({"Анна", "Ада", "", 0}));
}

TEST(UkrainianCollator, CopiesServeOtherThreads) {
  const UkrainianCollator collator;
  UkrainianCollator copy = collator;
  int order = 0;
  std::thread worker([&] { order = copy.compare("Ґ", "Г"); });
  worker.join();
  EXPECT_EQ(order, 1);
  EXPECT_EQ(collator.compare("Ґ", "Г"), 1);
}

int sqlite_compare(void* context, const std::string& a, const std::string& b) {
  return uk_collation_compare(context, static_cast<int>(a.size()), a.data(),
                              static_cast<int>(b.size()), b.data());
}

TEST(SqliteCollation, ComparesByteRangesInUkrainianOrder) {
  void* context = uk_collation_context_new();
  ASSERT_NE(context, nullptr);
  EXPECT_LT(sqlite_compare(context, "Гава", "Ґава"), 0);
  EXPECT_LT(sqlite_compare(context, "Яна", "Євген") * -1, 0);
  EXPECT_EQ(sqlite_compare(context, "Мар'яна", "Мар’яна"), 0);
  // Not NUL-terminated: only the given length counts.
  EXPECT_EQ(uk_collation_compare(context, 4, "Ґава", 4, "Ґаля"), 0);
  // Invalid UTF-8 sorts after all valid text, by bytes among itself.
  EXPECT_GT(sqlite_compare(context, "\xFF", "Яна"), 0);
  EXPECT_LT(sqlite_compare(context, "\xFE", "\xFF"), 0);
  uk_collation_context_free(context);
  EXPECT_LT(sqlite_compare(nullptr, "Євген", "Гава"), 0);  // no context: byte order
}

}  // namespace
