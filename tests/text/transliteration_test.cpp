#include <gtest/gtest.h>

#include <string>

#include "ejournal/error.hpp"
#include "ejournal/text/transliteration.hpp"
#include "expect_invalid.hpp"

namespace {

using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
using ejournal::text::kMaxLoginBytes;
using ejournal::text::login_from_name;
using ejournal::text::transliterate_official;

using ejournal::text::testing::expect_invalid;

struct Example {
  const char* ukrainian;
  const char* latin;
};

class OfficialExample : public testing::TestWithParam<Example> {};

TEST_P(OfficialExample, IsTransliteratedExactly) {
  EXPECT_EQ(transliterate_official(GetParam().ukrainian), GetParam().latin);
}

// Every example of ua-school.md §5.9.
INSTANTIATE_TEST_SUITE_P(
    UaSchool, OfficialExample,
    testing::Values(Example{"Згорани", "Zghorany"}, Example{"Розгон", "Rozghon"},
                    Example{"Знам'янка", "Znamianka"}, Example{"Київ", "Kyiv"},
                    Example{"Миколаїв", "Mykolaiv"}, Example{"Олексій", "Oleksii"},
                    Example{"Юрій", "Yurii"}, Example{"Наталія", "Nataliia"},
                    Example{"Єнакієве", "Yenakiieve"}, Example{"Їжакевич", "Yizhakevych"},
                    Example{"Йосипівка", "Yosypivka"}, Example{"Стрий", "Stryi"},
                    Example{"Корюківка", "Koriukivka"}, Example{"Яготин", "Yahotyn"},
                    Example{"Костянтин", "Kostiantyn"}, Example{"Щербухи", "Shcherbukhy"},
                    Example{"Ґалаґан", "Galagan"}, Example{"Гадяч", "Hadiach"},
                    Example{"ЩУКА", "SHCHUKA"}, Example{"Щука", "Shchuka"},
                    Example{"Щербак", "Shcherbak"}, Example{"ЩЕРБАК", "SHCHERBAK"}));

TEST(Transliteration, TheToolchainSentence) {
  EXPECT_EQ(transliterate_official("Згорани Ґудзь Їжак Євген Ірина Щербак Мар'яна Юрій Йосип "
                                   "Лук'янчук Святослав Запоріжжя"),
            "Zghorany Gudz Yizhak Yevhen Iryna Shcherbak Mariana Yurii Yosyp Lukianchuk "
            "Sviatoslav Zaporizhzhia");
}

TEST(Transliteration, WordInitialFormsFollowEveryNonLetter) {
  EXPECT_EQ(transliterate_official("Ярема-Юрій"), "Yarema-Yurii");
  EXPECT_EQ(transliterate_official("(Яна) 5їжаків"), "(Yana) 5yizhakiv");
  EXPECT_EQ(transliterate_official("я є її"), "ya ye yii");
}

TEST(Transliteration, EveryApostropheIsDroppedAndNeverStartsAWord) {
  for (const char* apostrophe : {"'", "\u2019", "\u02BC", "\u2018", "`", "\u02BB"}) {
    EXPECT_EQ(transliterate_official(std::string("Мар") + apostrophe + "яна"), "Mariana")
        << apostrophe;
    EXPECT_EQ(transliterate_official(std::string("В") + apostrophe + "ЯЧЕСЛАВ"), "VIACHESLAV")
        << apostrophe;
  }
  // Outside a Ukrainian word an apostrophe is ordinary punctuation.
  EXPECT_EQ(transliterate_official("O'Brien 'Яна' Мар'"), "O'Brien 'Yana' Mar'");
}

TEST(Transliteration, CapitalsFollowTheWord) {
  EXPECT_EQ(transliterate_official("ЄВГЕН"), "YEVHEN");
  EXPECT_EQ(transliterate_official("Євген"), "Yevhen");
  EXPECT_EQ(transliterate_official("ЗГОРАНИ ЛУК'ЯНЧУК"), "ZGHORANY LUKIANCHUK");
  EXPECT_EQ(transliterate_official("Ю. Щ."), "Yu. Shch.");
  EXPECT_EQ(transliterate_official("ЗАПОРІЖЖЯ"), "ZAPORIZHZHIA");
}

TEST(Transliteration, SoftSignIsDroppedButKeepsTheWordGoing) {
  EXPECT_EQ(transliterate_official("Ґудзь"), "Gudz");
  EXPECT_EQ(transliterate_official("Ньютон"), "Niuton");
}

TEST(Transliteration, OtherCharactersPassThrough) {
  EXPECT_EQ(transliterate_official(""), "");
  EXPECT_EQ(transliterate_official("Lviv 2024, №5 — ok"), "Lviv 2024, №5 — ok");
  EXPECT_EQ(transliterate_official("ёыэъ"), "ёыэъ");
}

TEST(Transliteration, InputIsNormalisedToNfcFirst) {
  // й as и + combining breve, ї as і + combining diaeresis.
  EXPECT_EQ(transliterate_official("Ки\u0456\u0308в"), "Kyiv");
  EXPECT_EQ(transliterate_official("Стри\u0438\u0306"), "Stryi");
  EXPECT_EQ(transliterate_official("\u0418\u0306\u043E\u0441\u0438\u043F"), "Yosyp");
}

TEST(Transliteration, RejectsInvalidUtf8WithTheOffset) {
  expect_invalid([] { transliterate_official("Київ\xFF"); }, "byte offset 8");
  expect_invalid([] { transliterate_official("\xC0\xAF"); }, "byte offset 0");
}

TEST(Login, IsGivenNameDotSurname) {
  EXPECT_EQ(login_from_name("Лук'янчук", "Мар'яна"), "mariana.lukianchuk");
  EXPECT_EQ(login_from_name("Щербак", "Євген"), "yevhen.shcherbak");
  EXPECT_EQ(login_from_name("ЗГОРАНИ", "Юрій"), "yurii.zghorany");
}

TEST(Login, KeepsHyphensOfDoubleSurnames) {
  EXPECT_EQ(login_from_name("Петренко-Сидоренко", "Олексій"), "oleksii.petrenko-sydorenko");
  EXPECT_EQ(login_from_name("Петренко - Сидоренко", "Олексій"), "oleksii.petrenko-sydorenko");
}

TEST(Login, UsesTheSeparator) {
  EXPECT_EQ(login_from_name("Яготин", "Іван", "-"), "ivan-yahotyn");
  EXPECT_EQ(login_from_name("Яготин", "Іван", ""), "ivanyahotyn");
}

TEST(Login, DropsWhatALocalPartCannotHold) {
  EXPECT_EQ(login_from_name("Ді Марко", "Анна-Марія"), "anna-mariia.dimarko");
  EXPECT_EQ(login_from_name("O'Neil ё", "Ян 2"), "yan2.oneil");
  EXPECT_EQ(login_from_name("..Ян..", "-.Ян"), "yan.yan");
}

TEST(Login, OneNameAloneRemainsWhenTheOtherGivesNothing) {
  EXPECT_EQ(login_from_name("Щербак", ""), "shcherbak");
  EXPECT_EQ(login_from_name("ёё", "Яна"), "yana");
}

TEST(Login, IsCutTo64Bytes) {
  std::string long_surname;
  for (int i = 0; i < 20; ++i) long_surname += "Щербак";
  const std::string login = login_from_name(long_surname, "Ян");
  EXPECT_EQ(login.size(), kMaxLoginBytes);
  EXPECT_EQ(login.substr(0, 13), "yan.shcherbak");
  // A cut that ends on punctuation drops it.
  EXPECT_EQ(login_from_name(std::string(63, 'a') + "-bb", "").size(), 63U);
}

TEST(Login, RejectsBadInputNamingTheValue) {
  expect_invalid([] { login_from_name("ёё", "'"); }, "surname 'ёё' and given name '''");
  expect_invalid([] { login_from_name("", ""); }, "no letter or digit remains");
  expect_invalid([] { login_from_name("Щ\xFF", "Ян"); },
                 "surname is not valid UTF-8 (byte offset 2)");
  expect_invalid([] { login_from_name("Щербак", "\x80"); },
                 "given name is not valid UTF-8 (byte offset 0)");
  expect_invalid([] { login_from_name("Щербак", "Ян", "_"); }, "separator '_'");
  expect_invalid([] { login_from_name("Щербак", "Ян", "\xFF"); }, "separator (not valid UTF-8)");
}

}  // namespace
