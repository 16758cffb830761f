// Inviting people: what an invitation creates for each role, every refusal storing nothing.
#include <gtest/gtest.h>

#include <string>

#include "accounts_fixture.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/services/onboarding.hpp"

namespace ejournal::services::testing {
namespace {

using Issue = AccountsTest;

TEST_P(Issue, ANewTeacherGetsPersonGrantInvitationEmailAndAudit) {
  const auto issued = invite_teacher();
  const auto institution = school_.institution.id;
  const auto unit = store_->begin(storage::Access::read);
  const auto person = unit->people().find(institution, issued.person_id);
  ASSERT_TRUE(person);
  EXPECT_EQ(person->surname, "Мельник");
  EXPECT_EQ(person->email, "Andriy.Melnyk@school.example.ua");
  EXPECT_EQ(person->phone, "+380677654321");
  EXPECT_EQ(person->gender, text::Gender::masculine);
  const auto grants = unit->role_grants().list_for_person(institution, issued.person_id);
  ASSERT_EQ(grants.size(), 1u);
  EXPECT_EQ(grants[0].role, model::Role::teacher);
  const auto invitation = unit->invitations().find(institution, issued.invitation_id);
  ASSERT_TRUE(invitation);
  EXPECT_EQ(invitation->status, model::InvitationStatus::pending);
  EXPECT_EQ(invitation->expires_at, clock_.now() + std::chrono::days(7));
  const std::string token(issued.token.reveal());
  ASSERT_EQ(token.size(), security::kTokenTextLength);
  EXPECT_EQ(invitation->token_hash, security::token_hash(token));
  const auto messages = unit->notifications().list_due(clock_.now(), 10);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].recipient, "Andriy.Melnyk@school.example.ua");
  EXPECT_EQ(messages[0].idempotency_key, invitation_idempotency_key(issued.invitation_id, 1));
  EXPECT_NE(messages[0].body.find(token), std::string::npos);
  const auto trail =
      unit->audit().list_for_entity(institution, "invitation", issued.invitation_id.str());
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].action, "issue");
  EXPECT_EQ(trail[0].actor_id, admin_person_.id);
  EXPECT_EQ(trail[0].after.find(invitation->token_hash), std::string::npos);
  EXPECT_EQ(unit->audit().list_for_entity(institution, "person", person->id.str()).size(), 1u);
  EXPECT_EQ(unit->audit().list_for_entity(institution, "role_grant", grants[0].id.str()).size(),
            1u);
}

TEST_P(Issue, EveryRoleCanBeInvited) {
  const auto institution = school_.institution.id;
  int index = 0;
  for (const auto role : {model::Role::institution_admin, model::Role::deputy, model::Role::teacher,
                          model::Role::class_teacher, model::Role::student, model::Role::parent}) {
    auto form = teacher_form();
    form.role = role;
    form.email = "person" + std::to_string(++index) + "@school.example.ua";
    if (role == model::Role::class_teacher) form.class_id = school_.school_class.id;
    if (role == model::Role::parent) form.child_id = school_.students[0].id;
    const auto issued = invite(*store_, clock_, random_, admin_, form, options());
    const auto unit = store_->begin(storage::Access::read);
    const auto grants = unit->role_grants().list_for_person(institution, issued.person_id);
    ASSERT_EQ(grants.size(), 1u) << static_cast<int>(role);
    EXPECT_EQ(grants[0].role, role);
    EXPECT_EQ(grants[0].class_id, form.class_id);
    const auto links = unit->parent_links().children_of(institution, issued.person_id);
    EXPECT_EQ(links.size(), role == model::Role::parent ? 1u : 0u);
    const auto invitation = unit->invitations().find(institution, issued.invitation_id);
    ASSERT_TRUE(invitation);
    EXPECT_EQ(invitation->role, role);
    EXPECT_EQ(invitation->child_id, form.child_id);
  }
  const auto unit = store_->begin(storage::Access::read);
  const auto messages = unit->notifications().list_due(clock_.now(), 10);
  ASSERT_EQ(messages.size(), 6u);
  const auto body_to = [&](std::string_view recipient) {
    for (const auto& message : messages) {
      if (message.recipient == recipient) return message.body;
    }
    return std::string();
  };
  EXPECT_NE(body_to("person4@school.example.ua").find("5-А"), std::string::npos);
  EXPECT_NE(body_to("person6@school.example.ua").find("Учень0"), std::string::npos);
}

TEST_P(Issue, AnExistingPersonGetsTheInvitationWithoutADuplicateGrant) {
  InvitationForm form;
  form.institution_id = school_.institution.id;
  form.role = model::Role::teacher;
  form.person_id = school_.teacher.id;  // holds the teacher role already
  const auto issued = invite(*store_, clock_, random_, admin_, form, options());
  EXPECT_EQ(issued.person_id, school_.teacher.id);
  const auto unit = store_->begin(storage::Access::read);
  EXPECT_EQ(unit->role_grants().list_for_person(school_.institution.id, school_.teacher.id).size(),
            1u);
  EXPECT_EQ(unit->people().list(school_.institution.id).size(), 4u);
  const auto invitation = unit->invitations().find(school_.institution.id, issued.invitation_id);
  ASSERT_TRUE(invitation);
  EXPECT_EQ(invitation->email, school_.teacher.email);
}

TEST_P(Issue, EveryProblemOfTheFormIsReportedAtOnce) {
  auto form = teacher_form();
  form.surname = "Smith";      // fine: Latin names are allowed, look-alikes are not
  form.given_name = "Андрiй";  // a Latin i inside a Cyrillic word
  form.email = "not an address";
  form.phone = "+1 212 555 0100";
  form.class_id = school_.school_class.id;  // for a class teacher only
  const auto before = snapshot();
  try {
    (void)invite(*store_, clock_, random_, admin_, form, options());
    FAIL() << "the form was accepted";
  } catch (const ValidationError& error) {
    std::vector<std::string> fields;
    for (const auto& problem : error.problems()) fields.push_back(problem.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"given_name", "email", "phone", "class_id"}));
    EXPECT_EQ(error.subject(), "the invitation");
    EXPECT_TRUE(
        std::string_view(error.what()).starts_with("the invitation is refused: given_name:"))
        << error.what();
  }
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Issue, RequiredFieldsAndRoleFieldsAreChecked) {
  InvitationForm form;
  form.institution_id = school_.institution.id;
  form.role = model::Role::parent;
  try {
    (void)invite(*store_, clock_, random_, admin_, form, options());
    FAIL() << "the form was accepted";
  } catch (const ValidationError& error) {
    std::vector<std::string> fields;
    for (const auto& problem : error.problems()) fields.push_back(problem.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"surname", "given_name", "email", "child_id"}));
  }
  form.person_id = school_.teacher.id;
  form.surname = "Мельник";
  form.role = model::Role::class_teacher;
  try {
    (void)invite(*store_, clock_, random_, admin_, form, options());
    FAIL() << "the form was accepted";
  } catch (const ValidationError& error) {
    std::vector<std::string> fields;
    for (const auto& problem : error.problems()) fields.push_back(problem.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"surname", "class_id"}));
  }
  form = teacher_form();
  form.surname = std::string(2000, 'a');
  EXPECT_EQ(code_of([&] { (void)invite(*store_, clock_, random_, admin_, form, options()); }),
            Errc::invalid);
}

TEST_P(Issue, RefusalsStoreNothing) {
  const auto before = snapshot();
  const auto attempt = [&](const access::Principal& who, const InvitationForm& form,
                           const InvitationOptions& with) {
    return code_of([&] { (void)invite(*store_, clock_, random_, who, form, with); });
  };
  // A teacher invites no one; an administrator of another school not into this one.
  const auto teacher =
      access::Principal::person(school_.teacher.id, school_.institution.id,
                                {{model::RoleGrantId::generate(), school_.institution.id,
                                  school_.teacher.id, model::Role::teacher, std::nullopt}});
  EXPECT_EQ(attempt(teacher, teacher_form(), options()), Errc::permission);
  const auto elsewhere = model::InstitutionId::generate();
  const auto stranger_id = model::PersonId::generate();
  const auto stranger =
      access::Principal::person(stranger_id, elsewhere,
                                {{model::RoleGrantId::generate(), elsewhere, stranger_id,
                                  model::Role::institution_admin, std::nullopt}});
  EXPECT_EQ(attempt(stranger, teacher_form(), options()), Errc::permission);
  EXPECT_EQ(attempt(access::Principal::anonymous(), teacher_form(), options()), Errc::permission);

  auto form = teacher_form();
  form.institution_id = model::InstitutionId::generate();
  EXPECT_EQ(attempt(access::Principal::system(), form, options()), Errc::not_found);
  form = teacher_form();
  form.role = model::Role::class_teacher;
  form.class_id = model::ClassId::generate();
  EXPECT_EQ(attempt(admin_, form, options()), Errc::not_found);
  form = teacher_form();
  form.role = model::Role::parent;
  form.child_id = model::PersonId::generate();
  EXPECT_EQ(attempt(admin_, form, options()), Errc::not_found);
  form.child_id = school_.teacher.id;  // not a student
  EXPECT_EQ(attempt(admin_, form, options()), Errc::invalid);
  InvitationForm existing;
  existing.institution_id = school_.institution.id;
  existing.person_id = model::PersonId::generate();
  EXPECT_EQ(attempt(admin_, existing, options()), Errc::not_found);
  auto bad = options();
  bad.base_url = "http://journal.example.ua/accept";  // the token in the clear
  EXPECT_EQ(attempt(admin_, teacher_form(), bad), Errc::invalid);
  bad = options();
  bad.locale = "ru";
  EXPECT_EQ(attempt(admin_, teacher_form(), bad), Errc::invalid);
  bad = options();
  bad.policy.lifetime = std::chrono::seconds(0);
  EXPECT_EQ(attempt(admin_, teacher_form(), bad), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Issue, AnOperatorInvitesAnAdministratorIntoAnySchool) {
  const auto institute = model::InstitutionId::generate();
  const auto operator_id = model::PersonId::generate();
  const auto operator_principal =
      access::Principal::person(operator_id, institute,
                                {{model::RoleGrantId::generate(), institute, operator_id,
                                  model::Role::institute_operator, std::nullopt}});
  auto form = teacher_form();
  form.role = model::Role::institution_admin;
  const auto issued = invite(*store_, clock_, random_, operator_principal, form, options());
  const auto unit = store_->begin(storage::Access::read);
  EXPECT_TRUE(unit->invitations().find(school_.institution.id, issued.invitation_id));
  form.role = model::Role::teacher;
  form.email = "other@school.example.ua";
  EXPECT_EQ(
      code_of([&] { (void)invite(*store_, clock_, random_, operator_principal, form, options()); }),
      Errc::permission);
}

TEST_P(Issue, ASecondPendingInvitationToTheSameRoleConflicts) {
  InvitationForm form;
  form.institution_id = school_.institution.id;
  form.role = model::Role::teacher;
  form.person_id = school_.teacher.id;
  (void)invite(*store_, clock_, random_, admin_, form, options());
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { (void)invite(*store_, clock_, random_, admin_, form, options()); }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
  // Once the first has expired, a new one may be issued.
  clock_.advance(std::chrono::days(8));
  EXPECT_NO_THROW((void)invite(*store_, clock_, random_, admin_, form, options()));
}

TEST_P(Issue, AnEmailThatIsAnotherAccountsLoginIsRefused) {
  (void)teacher_account();
  auto form = teacher_form();
  form.role = model::Role::deputy;
  form.surname = "Інший";
  form.email = "ANDRIY.MELNYK@school.example.ua";
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { (void)invite(*store_, clock_, random_, admin_, form, options()); }),
            Errc::exists);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Issue, InvitationsAreListedForThePeopleWhoReadTheDirectory) {
  const auto first = invite_teacher();
  const auto listed = list_invitations(*store_, admin_, school_.institution.id, first.person_id);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].id, first.invitation_id);
  const auto student =
      access::Principal::person(school_.students[0].id, school_.institution.id,
                                {{model::RoleGrantId::generate(), school_.institution.id,
                                  school_.students[0].id, model::Role::student, std::nullopt}});
  EXPECT_EQ(code_of([&] {
              (void)list_invitations(*store_, student, school_.institution.id, first.person_id);
            }),
            Errc::permission);
}

TEST(InvitationNames, LoginsAndStatesHaveTheirWords) {
  EXPECT_EQ(account_login(" Olena.Admin@School.Example.UA "), "olena.admin@school.example.ua");
  EXPECT_THROW((void)account_login("not an address"), Error);
  EXPECT_EQ(invitation_status_name(model::InvitationStatus::pending), "pending");
  EXPECT_EQ(invitation_status_name(model::InvitationStatus::accepted), "accepted");
  EXPECT_EQ(invitation_status_name(model::InvitationStatus::revoked), "revoked");
}

EJ_INSTANTIATE_STORE_TEST(Issue);

}  // namespace
}  // namespace ejournal::services::testing
