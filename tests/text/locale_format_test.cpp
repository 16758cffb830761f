#include <gtest/gtest.h>

#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/locale_format.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::text::CalendarDate;
using ejournal::text::CountForms;
using ejournal::text::DateStyle;
using ejournal::text::format_count;
using ejournal::text::format_date;

template <class Call>
void expect_error(Call call, Errc code, const std::string& fragment) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one mentioning " << fragment;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code);
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

constexpr CalendarDate kFirstOfSeptember{2024, 9, 1};

TEST(FormatDate, Ukrainian) {
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::long_date), "1 вересня 2024 р.");
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::month_year), "вересень 2024");
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::weekday), "неділя");
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::numeric), "01.09.2024");
  EXPECT_EQ(format_date({2025, 3, 30}, DateStyle::long_date, "uk"), "30 березня 2025 р.");
  EXPECT_EQ(format_date({2024, 2, 29}, DateStyle::numeric, "uk"), "29.02.2024");
}

TEST(FormatDate, English) {
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::long_date, "en"), "1 September 2024");
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::month_year, "en"), "September 2024");
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::weekday, "en"), "Sunday");
  EXPECT_EQ(format_date(kFirstOfSeptember, DateStyle::numeric, "en"), "01/09/2024");
}

TEST(FormatDate, ProlepticGregorianBefore1582) {
  EXPECT_EQ(format_date({1500, 3, 1}, DateStyle::numeric), "01.03.1500");
}

TEST(FormatDate, RejectsInvalidDatesAndLocales) {
  expect_error(
      [] {
        format_date({2023, 2, 29}, DateStyle::long_date);
      },
      Errc::invalid, "date 2023-2-29");
  expect_error(
      [] {
        format_date({2024, 13, 1}, DateStyle::long_date);
      },
      Errc::invalid, "date 2024-13-1");
  expect_error(
      [] {
        format_date({2024, 4, 31}, DateStyle::numeric);
      },
      Errc::invalid, "date 2024-4-31");
  expect_error([] { format_date({0, 1, 1}, DateStyle::numeric); }, Errc::invalid, "date 0-1-1");
  expect_error([] { format_date(kFirstOfSeptember, DateStyle::numeric, "ru"); }, Errc::invalid,
               "unknown locale 'ru'");
}

constexpr CountForms kAbsences{"пропуск", "пропуски", "пропусків", ""};

TEST(FormatCount, UkrainianOneFewMany) {
  EXPECT_EQ(format_count(1, kAbsences), "1 пропуск");
  EXPECT_EQ(format_count(2, kAbsences), "2 пропуски");
  EXPECT_EQ(format_count(5, kAbsences), "5 пропусків");
  EXPECT_EQ(format_count(0, kAbsences), "0 пропусків");
  EXPECT_EQ(format_count(11, kAbsences), "11 пропусків");
  EXPECT_EQ(format_count(12, kAbsences), "12 пропусків");
  EXPECT_EQ(format_count(21, kAbsences), "21 пропуск");
  EXPECT_EQ(format_count(22, kAbsences), "22 пропуски");
  EXPECT_EQ(format_count(111, kAbsences), "111 пропусків");
}

TEST(FormatCount, EnglishOneOther) {
  const CountForms absences{"absence", "", "", "absences"};
  EXPECT_EQ(format_count(1, absences, "en"), "1 absence");
  EXPECT_EQ(format_count(2, absences, "en"), "2 absences");
  EXPECT_EQ(format_count(21, absences, "en"), "21 absences");
  EXPECT_EQ(format_count(0, absences, "en"), "0 absences");
}

TEST(FormatCount, FallsBackToOtherAndRejectsTheRest) {
  EXPECT_EQ(format_count(3, {"урок", "", "", "уроків"}), "3 уроків");
  expect_error(
      [] {
        format_count(2, {"урок", "", "", ""});
      },
      Errc::invalid, "no form for 2 (plural category 'few' in locale 'uk'");
  expect_error([] { format_count(2, kAbsences, "de"); }, Errc::invalid, "unknown locale 'de'");
  expect_error([] { format_count(ejournal::text::kMaxCount + 1, kAbsences); }, Errc::range,
               "count 9007199254740993");
}

}  // namespace
