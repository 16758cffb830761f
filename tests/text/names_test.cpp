#include <gtest/gtest.h>

#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/names.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
using ejournal::text::format_full;
using ejournal::text::format_initials_surname;
using ejournal::text::format_surname_initials;
using ejournal::text::FullName;
using ejournal::text::Gender;
using ejournal::text::guess_gender;
using ejournal::text::parse_full_name;

void expect_invalid_name(const std::string& text, const std::string& fragment) {
  try {
    parse_full_name(text);
    ADD_FAILURE() << "no error for " << text;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid);
    EXPECT_EQ(e.domain(), ErrorDomain::text);
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(Names, ParsesThreePartsAndFormatsThem) {
  const FullName name = parse_full_name("Шевченко Тарас Григорович");
  EXPECT_EQ(name.surname, "Шевченко");
  EXPECT_EQ(name.given, "Тарас");
  EXPECT_EQ(name.patronymic, "Григорович");
  EXPECT_EQ(format_full(name), "Шевченко Тарас Григорович");
  EXPECT_EQ(format_surname_initials(name), "Шевченко Т. Г.");
  EXPECT_EQ(format_initials_surname(name), "Т. Г. Шевченко");
}

TEST(Names, PatronymicIsOptional) {
  const FullName name = parse_full_name("Smith John");
  EXPECT_FALSE(name.patronymic.has_value());
  EXPECT_EQ(format_surname_initials(name), "Smith J.");
  EXPECT_EQ(format_initials_surname(name), "J. Smith");
  EXPECT_EQ(format_full(name), "Smith John");
}

TEST(Names, KeepsDoubleSurnamesFoldsApostrophesAndCollapsesSpaces) {
  const FullName name = parse_full_name("  Петренко-Коваль \t Мар'яна   В\u2019ячеславівна ");
  EXPECT_EQ(name.surname, "Петренко-Коваль");
  EXPECT_EQ(name.given, "Мар\u02BCяна");
  EXPECT_EQ(name.patronymic, "В\u02BCячеславівна");
  EXPECT_EQ(format_full(name), "Петренко-Коваль Мар\u02BCяна В\u02BCячеславівна");
}

TEST(Names, NormalisesToNfc) {
  EXPECT_EQ(parse_full_name("\u0418\u0306осипенко \u0456\u0308жак").given, "\u0457жак");
  EXPECT_EQ(parse_full_name("\u0418\u0306осипенко Їжак").surname, "Йосипенко");
}

TEST(Names, RejectsOneOrFourWordsAndInvalidUtf8) {
  expect_invalid_name("Шевченко", "full name 'Шевченко' has 1 words");
  expect_invalid_name("", "full name '' has 0 words");
  expect_invalid_name("А Б В Г", "full name 'А Б В Г' has 4 words; expected 2 or 3");
  expect_invalid_name("Шевченко \xFF", "not valid UTF-8 (byte offset 17)");
}

TEST(Names, GuessesGenderFromThePatronymic) {
  EXPECT_EQ(guess_gender(parse_full_name("Шевченко Тарас Григорович")), Gender::masculine);
  EXPECT_EQ(guess_gender(parse_full_name("Українка Леся Петрівна")), Gender::feminine);
  EXPECT_EQ(guess_gender(parse_full_name("Коваль Ірина Андріївна")), Gender::feminine);
  EXPECT_EQ(guess_gender(parse_full_name("КОВАЛЬ ОЛЕГ ІГОРОВИЧ")), Gender::masculine);
  EXPECT_FALSE(guess_gender(parse_full_name("Smith John")).has_value());
  EXPECT_FALSE(guess_gender(parse_full_name("Алієв Рашид огли")).has_value());
}

TEST(Names, GenderedWords) {
  using ejournal::text::exempt;
  using ejournal::text::not_attested;
  using ejournal::text::pupil_noun;
  EXPECT_EQ(not_attested(Gender::masculine), "не атестований");
  EXPECT_EQ(not_attested(Gender::feminine), "не атестована");
  EXPECT_EQ(pupil_noun(Gender::masculine), "учень");
  EXPECT_EQ(pupil_noun(Gender::feminine), "учениця");
  EXPECT_EQ(exempt(Gender::masculine), "звільнений");
  EXPECT_EQ(exempt(Gender::feminine), "звільнена");
}

}  // namespace
