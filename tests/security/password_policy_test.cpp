#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ejournal/security/password_policy.hpp"
#include "expect_invalid.hpp"

namespace {

namespace security = ejournal::security;
using security::PasswordContext;
using security::PasswordPolicy;
using security::PasswordProblem;
using security::testing::expect_invalid;
using security::testing::invalid_message;
using Problems = std::vector<PasswordProblem>;

Problems problems(std::string_view password, const PasswordContext& context = {},
                  const PasswordPolicy& policy = {}) {
  return security::find_password_problems(password, context, policy);
}

const PasswordContext kOlena{"olena.petrenko@school5.kyiv.ua", {"Петренко", "Олена", "Іванівна"}};

TEST(PasswordPolicy, AcceptsPassphrasesInAnyScript) {
  EXPECT_EQ(problems("correct horse battery staple"), Problems{});
  EXPECT_EQ(problems("Весняний ранок над Дніпром"), Problems{});
  EXPECT_EQ(problems("Олена любить зелений чай", kOlena), Problems{});
  EXPECT_EQ(problems("olena loves green tea", kOlena), Problems{});
  EXPECT_NO_THROW(security::check_password("correct horse battery staple", kOlena));
}

TEST(PasswordPolicy, RefusesInvalidUtf8AndNothingElse) {
  EXPECT_EQ(problems("password\xff"), Problems{PasswordProblem::invalid_utf8});
  EXPECT_EQ(problems("\xc0\xaf overlong slash"), Problems{PasswordProblem::invalid_utf8});
}

TEST(PasswordPolicy, RefusesMoreThan1024BytesAndNothingElse) {
  std::string longest;
  while (longest.size() < security::kMaxPasswordBytes) {
    longest += std::to_string(longest.size()) + " green ";
  }
  longest.resize(security::kMaxPasswordBytes);
  EXPECT_EQ(problems(longest), Problems{});
  EXPECT_EQ(problems(longest + "x"), Problems{PasswordProblem::too_long});
  EXPECT_EQ(problems(std::string(2000, 'a')), Problems{PasswordProblem::too_long});
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // 11 characters are too few; 12 Cyrillic characters (24 bytes) are enough.
  EXPECT_EQ(problems("Tr0ub4d&r!3"), Problems{PasswordProblem::too_short});
  EXPECT_EQ(problems("Зелений чай!"), Problems{});
  // A decomposed "й" (и + U+0306) is one character after NFC: 11, not 12.
  EXPECT_EQ(problems("Гай зелен\u0438\u0306!"), Problems{PasswordProblem::too_short});
  EXPECT_EQ(problems("Гай зеленої!"), Problems{});
}

TEST(PasswordPolicy, MinimumLengthIsConfigurable) {
  EXPECT_EQ(problems("Tr0ub4d&", {}, PasswordPolicy{8}), Problems{});
  EXPECT_EQ(problems("Tr0ub4d", {}, PasswordPolicy{8}), Problems{PasswordProblem::too_short});
  EXPECT_EQ(problems("correct horse battery", {}, PasswordPolicy{24}),
            Problems{PasswordProblem::too_short});
}

TEST(PasswordPolicy, RefusesAMinimumLengthOutsideTheNistRange) {
  expect_invalid([] { static_cast<void>(problems("whatever it is", {}, PasswordPolicy{7})); },
                 "password policy: min_length 7 is outside 8…64");
  expect_invalid([] { security::check_password("whatever it is", {}, PasswordPolicy{65}); },
                 "min_length 65");
}

TEST(PasswordPolicy, RefusesTheEmailAddressAndItsWords) {
  const PasswordContext email_only{"Olena.Petrenko@School5.Kyiv.UA", {}};
  EXPECT_EQ(problems("olena.petrenko@school5.kyiv.ua", email_only),
            Problems{PasswordProblem::email});
  EXPECT_EQ(problems("OLENA.PETRENKO", email_only), Problems{PasswordProblem::email});
  EXPECT_EQ(problems("Petrenko.Olena.2010", email_only), Problems{PasswordProblem::email});
  EXPECT_EQ(problems("school5school5", email_only), Problems{PasswordProblem::email});
  // A digits-only local part is caught by equality alone.
  EXPECT_EQ(problems("380501234567", PasswordContext{"380501234567@ukr.net", {}}),
            Problems{PasswordProblem::email});
  EXPECT_EQ(problems("olena.petrenko likes tea", email_only), Problems{});
}

TEST(PasswordPolicy, RefusesTheNamesInCyrillicAndInLatin) {
  const PasswordContext names{"", {"Петренко", "Олена", "Іванівна"}};
  EXPECT_EQ(problems("Олена Петренко 1985", names), Problems{PasswordProblem::name});
  EXPECT_EQ(problems("OlenaPetrenko1985", names), Problems{PasswordProblem::name});
  EXPECT_EQ(problems("ivanivna.ivanivna", names), Problems{PasswordProblem::name});
  EXPECT_EQ(problems("ПЕТРЕНКООЛЕНА", names), Problems{PasswordProblem::name});
  // A double surname counts word by word; the apostrophe is not a letter.
  const PasswordContext double_name{"", {"Лук'янчук-Коваль", "Мар'яна"}};
  EXPECT_EQ(problems("Коваль Марʼяна 2011", double_name), Problems{PasswordProblem::name});
  EXPECT_EQ(problems("mariana.koval.2011", double_name), Problems{PasswordProblem::name});
  EXPECT_EQ(problems("Мар'яна любить Ковалів", double_name), Problems{});
}

TEST(PasswordPolicy, IgnoresOneLetterWordsOfTheContext) {
  const PasswordContext initials{"o.p@ukr.net", {"О", "П"}};
  EXPECT_EQ(problems("opopopopopopop", initials), Problems{PasswordProblem::common});
  EXPECT_EQ(problems("o p q r s t u v w", initials), Problems{});
}

TEST(PasswordPolicy, RefusesContextThatIsNotUtf8) {
  expect_invalid(
      [] {
        static_cast<void>(problems("some long password", {"", {"Ол\xff"}}));
      },
      "invalid UTF-8", ejournal::ErrorDomain::text);
  expect_invalid(
      [] {
        static_cast<void>(problems("some long password", {"a\xff@b.ua", {}}));
      },
      "invalid UTF-8", ejournal::ErrorDomain::text);
}

TEST(PasswordPolicy, RefusesCommonPasswordsWhateverTheCase) {
  for (const std::string_view common :
       {"password1234", "PASSWORD1234", "qwertyuiop12", "1q2w3e4r5t6y", "йцукенгшщзхї",
        "ЙЦУКЕНГШЩЗХЇ", "123456789012", "1qaz2wsx3edc", "зфііцщкв2024", "фівапролджє"}) {
    EXPECT_EQ(problems(common, {}, PasswordPolicy{8}), Problems{PasswordProblem::common}) << common;
  }
}

TEST(PasswordPolicy, RefusesACommonWordWithDigitsAndSymbolsAround) {
  for (const std::string_view common :
       {"Password2024!", "qwerty123456", "!!!школа2024!!!", "ПАРОЛЬ123456789", "2011 Kyiv 2011",
        "123456sunshine", "Slavaukraini1991", "gfhjkm123456"}) {
    EXPECT_EQ(problems(common), Problems{PasswordProblem::common}) << common;
  }
  // Only the ends are trimmed: a common word inside a longer phrase is fine.
  EXPECT_EQ(problems("my password is long"), Problems{});
}

TEST(PasswordPolicy, RefusesRepeatsAndRuns) {
  for (const std::string_view pattern :
       {"aaaaaaaaaaaa", "ЯЯЯЯЯЯЯЯЯЯЯЯ", "abcabcabcabc", "abcdabcdabcdab", "202420242024",
        "abcdefghijkl", "zyxwvutsrqpo", "абвгдежзийкл", "!!!!xyz123456789"}) {
    EXPECT_EQ(problems(pattern), Problems{PasswordProblem::common}) << pattern;
  }
  // A unit of five repeated is left to the length rule and the list.
  EXPECT_EQ(problems("abcdeabcdeabcde"), Problems{});
}

TEST(PasswordPolicy, ReportsEveryBrokenRuleInOrder) {
  const PasswordContext context{"password@ukr.net", {"Pass", "Word"}};
  EXPECT_EQ(problems("Password", context),
            (Problems{PasswordProblem::too_short, PasswordProblem::email, PasswordProblem::name,
                      PasswordProblem::common}));
}

TEST(PasswordPolicy, DescribesEachProblemWithoutThePassword) {
  EXPECT_EQ(security::describe(PasswordProblem::invalid_utf8), "not valid UTF-8 text");
  EXPECT_EQ(security::describe(PasswordProblem::too_long), "longer than 1024 bytes");
  EXPECT_EQ(security::describe(PasswordProblem::too_short), "shorter than 12 characters");
  EXPECT_EQ(security::describe(PasswordProblem::too_short, PasswordPolicy{16}),
            "shorter than 16 characters");
  EXPECT_EQ(security::describe(PasswordProblem::email), "made of the e-mail address");
  EXPECT_EQ(security::describe(PasswordProblem::name), "made of the person's name");
  EXPECT_EQ(security::describe(PasswordProblem::common),
            "a commonly used password or an easy pattern");
  EXPECT_EQ(security::describe(static_cast<PasswordProblem>(99)), "an unknown problem");
}

TEST(PasswordPolicy, CheckPasswordNamesTheRulesButNotThePassword) {
  const std::string message = invalid_message([] { security::check_password("Qwerty1", kOlena); });
  EXPECT_EQ(message,
            "password refused: it is shorter than 12 characters; it is a commonly used password "
            "or an easy pattern");
  EXPECT_EQ(message.find("Qwerty1"), std::string::npos);
  expect_invalid([] { security::check_password("Olena.Petrenko!", kOlena); },
                 "password refused: it is made of the e-mail address; it is made of the "
                 "person's name");
}

}  // namespace
