// The connection request form: every field normalised, every problem reported at once.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using Fields = std::vector<std::string>;

/// The problems of `form`, which must be refused.
ValidationError refusal(const ConnectionRequestForm& form) {
  try {
    (void)check_connection_request(form);
  } catch (const ValidationError& error) {
    EXPECT_EQ(error.code(), Errc::invalid);
    return error;
  }
  ADD_FAILURE() << "the form was accepted";
  return ValidationError({});
}

/// The one field refused when `field` of a valid form holds `value`.
Fields refused_with(std::string ConnectionRequestForm::*field, const std::string& value) {
  auto form = valid_form();
  form.*field = value;
  return fields_of(refusal(form));
}

TEST(OnboardingForm, NormalisesEveryField) {
  const auto request = check_connection_request(valid_form());
  EXPECT_EQ(request.kind, model::InstitutionKind::school);
  EXPECT_EQ(request.hromada_katottg, "UA71020130000086047");
  EXPECT_EQ(request.institution_name, "Ліцей № 1 імені Тараса Шевченка");
  EXPECT_EQ(request.diso_id, "100200");
  EXPECT_EQ(request.edrpou, "32855961");
  EXPECT_EQ(request.admin_surname, "Мар\u02BCяненко");
  EXPECT_EQ(request.admin_given_name, "Олена");
  EXPECT_EQ(request.admin_patronymic, "Петрівна");
  EXPECT_EQ(request.admin_email, "Olena.Admin@school.example.ua");
  EXPECT_EQ(request.admin_phone, "+380671234567");
  EXPECT_EQ(request.status, model::RequestStatus::pending);
}

TEST(OnboardingForm, FoldsEveryApostropheAndPhoneSpelling) {
  for (const char* apostrophe : {"'", "\u2019", "\u02BC", "`"}) {
    auto form = valid_form();
    form.admin_given_name = std::string("В") + apostrophe + "ячеслав";
    EXPECT_EQ(check_connection_request(form).admin_given_name, "В\u02BCячеслав") << apostrophe;
  }
  for (const char* phone :
       {"0671234567", "380671234567", "8 067 123 45 67", "+38 067 123-45-67", "00380671234567"}) {
    auto form = valid_form();
    form.admin_phone = phone;
    EXPECT_EQ(check_connection_request(form).admin_phone, "+380671234567") << phone;
  }
  auto form = valid_form();
  form.admin_patronymic = "  ";
  EXPECT_EQ(check_connection_request(form).admin_patronymic, std::nullopt);
  form.admin_email = "admin@ШКОЛА.укр";
  EXPECT_EQ(check_connection_request(form).admin_email, "admin@xn--80atdl2c.xn--j1amh");
}

TEST(OnboardingForm, ReportsEveryEmptyFieldAtOnce) {
  const auto error = refusal(ConnectionRequestForm{});
  EXPECT_EQ(fields_of(error),
            (Fields{"kind", "hromada_katottg", "institution_name", "diso_id", "edrpou",
                    "admin_surname", "admin_given_name", "admin_email", "admin_phone"}));
  for (const auto& problem : error.problems()) EXPECT_EQ(problem.problem, "is required");
  EXPECT_NE(std::string(error.what()).find("edrpou: is required"), std::string::npos);
}

TEST(OnboardingForm, ReportsEveryBadFieldAtOnce) {
  ConnectionRequestForm form;
  form.kind = "university";
  form.hromada_katottg = "UA9900000000000000";
  form.institution_name = "School number one";
  form.diso_id = "12a";
  form.edrpou = "32855968";
  form.admin_surname = "Ivanenko";
  form.admin_given_name = "Олена1";
  form.admin_patronymic = "Петрович Петрович";
  form.admin_email = "olena@";
  form.admin_phone = "+1 212 555 0100";
  EXPECT_EQ(
      fields_of(refusal(form)),
      (Fields{"kind", "hromada_katottg", "institution_name", "diso_id", "edrpou", "admin_surname",
              "admin_given_name", "admin_patronymic", "admin_email", "admin_phone"}));
}

TEST(OnboardingForm, RefusesTheWrongScript) {
  using F = ConnectionRequestForm;
  EXPECT_EQ(refused_with(&F::admin_surname, "Ivanenko"), Fields{"admin_surname"});
  EXPECT_EQ(refused_with(&F::admin_surname, "Иванов-Эмиль"), Fields{"admin_surname"});  // Э
  EXPECT_EQ(refused_with(&F::admin_given_name, "Iрина"), Fields{"admin_given_name"});   // Latin I
  EXPECT_EQ(refused_with(&F::admin_given_name, "王芳"), Fields{"admin_given_name"});
  EXPECT_EQ(refused_with(&F::institution_name, "Лицей № 1 ыы"), Fields{"institution_name"});
  EXPECT_EQ(refused_with(&F::institution_name, "Gymnasium 1"), Fields{"institution_name"});
}

TEST(OnboardingForm, RefusesBadIdentifiersAndContacts) {
  using F = ConnectionRequestForm;
  EXPECT_EQ(refused_with(&F::edrpou, "32855968"), Fields{"edrpou"});    // check digit
  EXPECT_EQ(refused_with(&F::edrpou, "1759013776"), Fields{"edrpou"});  // a РНОКПП
  EXPECT_EQ(refused_with(&F::diso_id, "123456789012345678901"), Fields{"diso_id"});
  EXPECT_EQ(refused_with(&F::hromada_katottg, "UA1234"), Fields{"hromada_katottg"});
  EXPECT_EQ(refused_with(&F::admin_phone, "067 123 45"), Fields{"admin_phone"});
  EXPECT_EQ(refused_with(&F::admin_phone, "+48 601 234 567"), Fields{"admin_phone"});
  EXPECT_EQ(refused_with(&F::admin_email, "a@b@example.com"), Fields{"admin_email"});
  EXPECT_EQ(refused_with(&F::admin_email, "олена@example.com"), Fields{"admin_email"});
  EXPECT_EQ(refused_with(&F::kind, "other"), Fields{"kind"});
}

TEST(OnboardingForm, RefusesHostileInputFieldByField) {
  using F = ConnectionRequestForm;
  const std::vector<std::string F::*> every = {
      &F::kind,        &F::hromada_katottg, &F::institution_name, &F::diso_id,
      &F::edrpou,      &F::admin_surname,   &F::admin_given_name, &F::admin_patronymic,
      &F::admin_email, &F::admin_phone};
  const std::vector<std::string> names = {
      "kind",          "hromada_katottg",  "institution_name", "diso_id",     "edrpou",
      "admin_surname", "admin_given_name", "admin_patronymic", "admin_email", "admin_phone"};
  const std::vector<std::string> hostile = {
      std::string(1 << 20, 'x'),                 // 1 MB
      std::string("Оле\xC3\x28на"),              // invalid UTF-8
      std::string("Оле\xED\xA0\x80на"),          // a surrogate
      std::string("Олена\x01"),                  // a control character
      std::string("Оле\0на", 11),                // NUL inside
      "Олена\nПетрівна",                         // a line break
      "'; DROP TABLE institutions; --",          // SQL
      "Robert'); DELETE FROM audit_entries;--",  // SQL
  };
  for (std::size_t i = 0; i < every.size(); ++i) {
    for (const auto& value : hostile) {
      auto form = valid_form();
      form.*every[i] = value;
      const auto error = refusal(form);
      ASSERT_EQ(fields_of(error), Fields{names[i]}) << names[i] << " " << value.substr(0, 40);
      EXPECT_LT(std::string(error.what()).size(), 2000u) << "the message must stay short";
    }
  }
  auto form = valid_form();
  form.edrpou = std::string(1 << 20, '1');
  const auto error = refusal(form);
  EXPECT_NE(error.problems().front().problem.find("too long"), std::string::npos);
}

TEST(OnboardingForm, RefusesNamesTooLong) {
  using F = ConnectionRequestForm;
  std::string long_name = "Ліцей";
  while (long_name.size() <= 200) long_name += " ліцей";
  EXPECT_EQ(refused_with(&F::institution_name, long_name), Fields{"institution_name"});
  std::string long_surname;
  while (long_surname.size() <= 200) long_surname += "ко";
  EXPECT_EQ(refused_with(&F::admin_surname, long_surname), Fields{"admin_surname"});
}

TEST(OnboardingForm, ValidationErrorIsAnInvalidError) {
  const ValidationError error({{"edrpou", "is required"}, {"admin_phone", "is bad"}});
  const Error& base = error;
  EXPECT_EQ(base.code(), Errc::invalid);
  EXPECT_EQ(std::string(base.what()),
            "the connection request is refused: edrpou: is required; admin_phone: is bad");
  EXPECT_EQ(error.subject(), "the connection request");
  EXPECT_EQ(error.problems(),
            (std::vector<FieldProblem>{{"edrpou", "is required"}, {"admin_phone", "is bad"}}));
}

TEST(OnboardingForm, ValidationErrorNamesTheFormItRefuses) {
  const ValidationError error({{"email", "is required"}}, "the invitation");
  EXPECT_EQ(error.code(), Errc::invalid);
  EXPECT_EQ(error.domain(), ErrorDomain::argument);
  EXPECT_EQ(error.subject(), "the invitation");
  EXPECT_EQ(std::string(error.what()), "the invitation is refused: email: is required");
}

TEST(OnboardingForm, RequestStatusNamesAreTheWordsOfTheAuditTrail) {
  EXPECT_EQ(request_status_name(model::RequestStatus::pending), "pending");
  EXPECT_EQ(request_status_name(model::RequestStatus::approved), "approved");
  EXPECT_EQ(request_status_name(model::RequestStatus::rejected), "rejected");
  EXPECT_EQ(request_status_name(model::RequestStatus::withdrawn), "withdrawn");
}

}  // namespace
}  // namespace ejournal::services::testing
