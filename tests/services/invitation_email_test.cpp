// The invitation e-mail in both languages, its acceptance link and the inputs it refuses.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <string>
#include <utility>

#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/invitation_email.hpp"

namespace ejournal::services {
namespace {

using namespace std::chrono_literals;
using model::Role;
using text::Gender;

model::Instant kyiv_summer(int month, int day, std::chrono::hours utc_hour) {
  return model::Instant{
      std::chrono::sys_days{std::chrono::year{2024} / static_cast<unsigned>(month) /
                            static_cast<unsigned>(day)} +
      utc_hour};
}

InvitationEmailFacts teacher_facts() {
  InvitationEmailFacts facts;
  facts.institution_name = "Ліцей № 1 імені Лесі Українки";
  facts.role = Role::teacher;
  facts.invitee_gender = Gender::feminine;
  facts.base_url = "https://journal.example.ua/invitations/accept";
  facts.token = "Zx9_-~.Q/+=";
  facts.expires_at = kyiv_summer(9, 7, 9h);
  return facts;
}

InvitationEmailFacts parent_facts() {
  auto facts = teacher_facts();
  facts.role = Role::parent;
  facts.invitee_gender = Gender::masculine;
  facts.child_name = text::FullName{"Коваль", "Марія", "Олегівна"};
  facts.child_gender = Gender::feminine;
  return facts;
}

template <class Call>
void expect_invalid(Call&& call, const std::string& fragment) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one mentioning " << fragment;
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::invalid) << error.what();
    EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
  }
}

void expect_refused(const InvitationEmailFacts& facts, const std::string& fragment) {
  expect_invalid([&] { render_invitation_email(facts, "uk"); }, fragment);
}

// The "Роль: …" / "Role: …" line of the body.
std::string role_line(const InvitationEmailFacts& facts, std::string_view locale) {
  const std::string body = render_invitation_email(facts, locale).body;
  const std::string label = locale == "uk" ? "Роль: " : "Role: ";
  const auto start = body.find(label);
  if (start == std::string::npos) return "(no role line)";
  const auto end = body.find('\n', start);
  return body.substr(start + label.size(), end - start - label.size());
}

TEST(InvitationEmail, UkrainianTextOfATeacher) {
  const auto email = render_invitation_email(teacher_facts(), "uk");
  EXPECT_EQ(email.subject, "Запрошення до електронного журналу: Ліцей № 1 імені Лесі Українки");
  EXPECT_EQ(email.body,
            "Добрий день!\n"
            "\n"
            "Вас запрошено до електронного журналу.\n"
            "Заклад освіти: Ліцей № 1 імені Лесі Українки\n"
            "Роль: вчителька\n"
            "\n"
            "Щоб прийняти запрошення, відкрийте посилання:\n"
            "https://journal.example.ua/invitations/accept?token=Zx9_-~.Q%2F%2B%3D\n"
            "\n"
            "Запрошення дійсне до 7 вересня 2024 р.\n"
            "Якщо ви не чекали на цей лист, просто не відкривайте посилання.");
}

TEST(InvitationEmail, EnglishTextOfAParent) {
  const auto email = render_invitation_email(parent_facts(), "en");
  EXPECT_EQ(email.subject, "Invitation to the electronic journal: Ліцей № 1 імені Лесі Українки");
  EXPECT_EQ(email.body,
            "Hello,\n"
            "\n"
            "You are invited to the electronic journal.\n"
            "Institution: Ліцей № 1 імені Лесі Українки\n"
            "Role: parent of a student\n"
            "Child: Коваль Марія Олегівна\n"
            "\n"
            "To accept the invitation, open this link:\n"
            "https://journal.example.ua/invitations/accept?token=Zx9_-~.Q%2F%2B%3D\n"
            "\n"
            "The invitation is valid until 7 September 2024.\n"
            "If you did not expect this e-mail, simply ignore it.");
}

TEST(InvitationEmail, UkrainianParentNamesTheChild) {
  const std::string body = render_invitation_email(parent_facts(), "uk").body;
  EXPECT_NE(body.find("Роль: батьки учениці\nДитина: Коваль Марія Олегівна\n"), std::string::npos)
      << body;
  auto son = parent_facts();
  son.child_name = text::FullName{"Коваль", "Андрій", std::nullopt};
  son.child_gender = Gender::masculine;
  EXPECT_NE(render_invitation_email(son, "uk").body.find("батьки учня\nДитина: Коваль Андрій\n"),
            std::string::npos);
  son.child_gender.reset();
  EXPECT_EQ(role_line(son, "uk"), "батьки учня");
}

TEST(InvitationEmail, UkrainianRolesFollowTheInviteesGender) {
  const std::pair<Role, std::array<const char*, 3>> expected[] = {
      {Role::institute_operator,
       {"оператор платформи", "операторка платформи", "оператор платформи"}},
      {Role::institution_admin,
       {"адміністратор закладу", "адміністраторка закладу", "адміністратор закладу"}},
      {Role::deputy, {"заступник директора", "заступниця директора", "заступник директора"}},
      {Role::teacher, {"вчитель", "вчителька", "вчитель"}},
      {Role::student, {"учень", "учениця", "учень"}},
  };
  for (const auto& [role, words] : expected) {
    auto facts = teacher_facts();
    facts.role = role;
    facts.invitee_gender = Gender::masculine;
    EXPECT_EQ(role_line(facts, "uk"), words[0]);
    facts.invitee_gender = Gender::feminine;
    EXPECT_EQ(role_line(facts, "uk"), words[1]);
    facts.invitee_gender.reset();
    EXPECT_EQ(role_line(facts, "uk"), words[2]);
  }
}

TEST(InvitationEmail, ClassTeacherNamesTheClass) {
  auto facts = teacher_facts();
  facts.role = Role::class_teacher;
  facts.class_name = "5-А";
  EXPECT_EQ(role_line(facts, "uk"), "класна керівниця 5-А класу");
  facts.invitee_gender = Gender::masculine;
  EXPECT_EQ(role_line(facts, "uk"), "класний керівник 5-А класу");
  EXPECT_EQ(role_line(facts, "en"), "class teacher of 5-А");
}

TEST(InvitationEmail, EnglishRoles) {
  const std::pair<Role, const char*> expected[] = {
      {Role::institute_operator, "platform operator"},
      {Role::institution_admin, "institution administrator"},
      {Role::deputy, "deputy head"},
      {Role::teacher, "teacher"},
      {Role::student, "student"},
  };
  for (const auto& [role, words] : expected) {
    auto facts = teacher_facts();
    facts.role = role;
    EXPECT_EQ(role_line(facts, "en"), words);
  }
}

TEST(InvitationEmail, ExpiryIsTheKyivDay) {
  auto facts = teacher_facts();
  // 21:30 UTC is already the next day in Kyiv (UTC+3 in summer, UTC+2 in winter).
  facts.expires_at = kyiv_summer(9, 7, 21h) + 30min;
  EXPECT_NE(render_invitation_email(facts, "uk").body.find("дійсне до 8 вересня 2024 р.\n"),
            std::string::npos);
  EXPECT_NE(render_invitation_email(facts, "en").body.find("valid until 8 September 2024.\n"),
            std::string::npos);
  facts.expires_at = kyiv_summer(12, 31, 21h) + 59min;
  EXPECT_NE(render_invitation_email(facts, "uk").body.find("дійсне до 31 грудня 2024 р.\n"),
            std::string::npos);
  facts.expires_at = kyiv_summer(12, 31, 22h);
  EXPECT_NE(render_invitation_email(facts, "uk").body.find("дійсне до 1 січня 2025 р.\n"),
            std::string::npos);
}

TEST(InvitationEmail, LongInstitutionNameIsCutInTheSubjectOnly) {
  auto facts = teacher_facts();
  facts.institution_name.clear();
  for (std::size_t i = 0; i < model::kMaxNameBytes / 2; ++i) facts.institution_name += "Л";
  const auto email = render_invitation_email(facts, "uk");
  EXPECT_LE(email.subject.size(), model::kMaxNameBytes);
  EXPECT_TRUE(email.subject.ends_with("ЛЛ…")) << email.subject;
  EXPECT_NE(email.body.find("Заклад освіти: " + facts.institution_name + "\n"), std::string::npos);
}

TEST(InvitationEmail, RefusesHostileTexts) {
  auto facts = teacher_facts();
  facts.institution_name = "Ліцей\nBcc: all@example.com";
  expect_refused(facts, "invitation.institution_name");
  facts.institution_name = std::string(1000, 'A');
  expect_refused(facts, "bytes long");
  facts.institution_name = "Ліцей \xFF";
  expect_refused(facts, "UTF-8");
  facts.institution_name = "  ";
  expect_refused(facts, "is empty");

  auto parent = parent_facts();
  parent.child_name->surname = "Ко\rваль";
  expect_refused(parent, "child_name.surname");
  parent = parent_facts();
  parent.child_name->patronymic = "Олег\x7Fівна";
  expect_refused(parent, "child_name.patronymic");
}

TEST(InvitationEmail, RefusesRoleDetailsThatDoNotFit) {
  auto facts = teacher_facts();
  facts.role = Role::class_teacher;
  expect_refused(facts, "invitation.class_name");
  facts.role = Role::teacher;
  facts.class_name = "5-А";
  expect_refused(facts, "for a class teacher only");
  facts.class_name.clear();
  facts.child_name = text::FullName{"Коваль", "Марія", std::nullopt};
  expect_refused(facts, "invitation.child_name");
  auto parent = parent_facts();
  parent.child_name.reset();
  expect_refused(parent, "invitation.child_name");
  facts = teacher_facts();
  facts.role = static_cast<Role>(99);
  expect_refused(facts, "role 99");
}

TEST(InvitationEmail, RefusesAnUnknownLocale) {
  expect_invalid([] { render_invitation_email(teacher_facts(), "de"); }, "'de'");
}

TEST(InvitationEmail, RefusesABadLinkWithoutShowingTheToken) {
  auto facts = teacher_facts();
  facts.base_url = "http://journal.example.ua/accept";
  expect_refused(facts, "https://");
  facts = teacher_facts();
  facts.token.clear();
  expect_refused(facts, "token is empty");
}

TEST(AcceptanceLink, PercentEncodesTheToken) {
  EXPECT_EQ(acceptance_link("https://j.example.ua/a", "AZaz09-._~"),
            "https://j.example.ua/a?token=AZaz09-._~");
  EXPECT_EQ(acceptance_link("https://j.example.ua/a", "a b/c+d=é&%"),
            "https://j.example.ua/a?token=a%20b%2Fc%2Bd%3D%C3%A9%26%25");
  EXPECT_EQ(acceptance_link("https://j.example.ua/a", std::string("x\0y", 3)),
            "https://j.example.ua/a?token=x%00y");
}

TEST(AcceptanceLink, AcceptsHttpsAndLoopbackHttp) {
  for (const char* base :
       {"https://j.example.ua", "https://j.example.ua:8443/invitations/accept",
        "https://xn--80aaxitdbjk.xn--j1amh/", "http://localhost", "http://localhost:8080/accept",
        "http://127.0.0.1/accept", "http://[::1]:3000"}) {
    EXPECT_EQ(acceptance_link(base, "t"), std::string(base) + "?token=t");
  }
}

TEST(AcceptanceLink, RefusesUnsafeBaseUrls) {
  const std::pair<std::string, std::string> refused[] = {
      {"http://j.example.ua/accept", "must start with \"https://\""},
      {"ftp://j.example.ua/", "must start with \"https://\""},
      {"HTTPS://j.example.ua/", "must start with \"https://\""},
      {"http://localhost.evil.example/", "must start with \"https://\""},
      {"j.example.ua/accept", "must start with \"https://\""},
      {"", "must start with \"https://\""},
      {"https://", "names no host"},
      {"https:///accept", "names no host"},
      {"https://:443/accept", "names no host"},
      {"https://j.example.ua/a b", "space, control or non-ASCII character at byte 22"},
      {"https://j.example.ua/\r\nX: y", "at byte 21"},
      {"https://журнал.укр/", "non-ASCII"},
      {"https://j.example.ua/a?lang=uk", "query or fragment"},
      {"https://j.example.ua/a#top", "query or fragment"},
      {"https://j.example.ua@evil.example/", "user info"},
      {"https://j.example.ua/" + std::string(kMaxBaseUrlBytes, 'a'), "bytes long"},
  };
  for (const auto& [base, fragment] : refused) {
    expect_invalid([&] { acceptance_link(base, "t"); }, fragment);
    expect_invalid([&] { acceptance_link(base, "t"); }, "invitation base URL");
  }
}

TEST(AcceptanceLink, RefusesEmptyAndHugeTokensWithoutEchoingThem) {
  expect_invalid([] { acceptance_link("https://j.example.ua", ""); }, "token is empty");
  const std::string huge(kMaxTokenBytes + 1, 's');
  try {
    acceptance_link("https://j.example.ua", huge);
    ADD_FAILURE() << "accepted a huge token";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::invalid);
    EXPECT_NE(std::string(error.what()).find("513 bytes long"), std::string::npos);
    EXPECT_EQ(std::string(error.what()).find("sss"), std::string::npos) << error.what();
  }
  EXPECT_NO_THROW(acceptance_link("https://j.example.ua", std::string(kMaxTokenBytes, 's')));
}

}  // namespace
}  // namespace ejournal::services
