// Accepting invitations: the account and its credential, and each distinct refusal changing
// nothing.
#include <gtest/gtest.h>

#include <string>

#include "accounts_fixture.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/invitations.hpp"

namespace ejournal::services::testing {
namespace {

using Accept = AccountsTest;

TEST_P(Accept, APasswordMakesAnAccountWithOnlyItsHash) {
  const auto issued = invite_teacher();
  const std::string token(issued.token.reveal());
  clock_.advance(std::chrono::hours(1));
  const auto accepted =
      accept_invitation(*store_, clock_, hasher_, token, NewPassword{kGoodPassword});
  EXPECT_TRUE(accepted.account_created);
  EXPECT_EQ(accepted.person_id, issued.person_id);
  EXPECT_EQ(accepted.institution_id, school_.institution.id);
  const auto unit = store_->begin(storage::Access::read);
  const auto account = unit->accounts().find_for_person(school_.institution.id, issued.person_id);
  ASSERT_TRUE(account);
  EXPECT_EQ(account->id, accepted.account_id);
  EXPECT_EQ(account->login, "andriy.melnyk@school.example.ua");
  ASSERT_TRUE(account->password_hash);
  EXPECT_TRUE(account->password_hash->starts_with("$argon2id$"));
  EXPECT_TRUE(hasher_.verify(*account->password_hash, kGoodPassword));
  EXPECT_EQ(account->password_changed_at, clock_.now());
  const auto invitation = unit->invitations().find(school_.institution.id, issued.invitation_id);
  ASSERT_TRUE(invitation);
  EXPECT_EQ(invitation->status, model::InvitationStatus::accepted);
  EXPECT_EQ(invitation->accepted_at, clock_.now());
  const auto trail = unit->audit().list_for_entity(school_.institution.id, "invitation",
                                                   issued.invitation_id.str());
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[1].action, "accept");
  EXPECT_EQ(trail[1].actor_id, issued.person_id);
  EXPECT_EQ(
      unit->audit().list_for_entity(school_.institution.id, "account", account->id.str()).size(),
      1u);
}

TEST_P(Accept, NoPlainPasswordAnywhereAndTheTokenOnlyInItsEmail) {
  const auto issued = invite_teacher();
  const std::string token(issued.token.reveal());
  (void)accept_invitation(*store_, clock_, hasher_, token, NewPassword{kGoodPassword});
  const auto stored = everything_stored();
  EXPECT_EQ(stored.find(kGoodPassword), std::string::npos);
  // The pending e-mail is the one stored copy of the token (it must reach the invitee).
  const auto first = stored.find(token);
  ASSERT_NE(first, std::string::npos);
  const auto unit = store_->begin(storage::Access::read);
  const auto messages = unit->notifications().list_due(clock_.now(), 10);
  ASSERT_EQ(messages.size(), 1u);
  std::size_t copies = 0;
  for (auto at = stored.find(token); at != std::string::npos; at = stored.find(token, at + 1)) {
    ++copies;
  }
  // Once in the snapshot's outbox line, and once more in the SQLite file's notification table.
  EXPECT_EQ(copies, GetParam() == storage::testing::Backend::sqlite_file ? 2u : 1u);
}

TEST_P(Accept, AnExternalIdentityMakesAnAccountWithoutPassword) {
  const auto issued = invite_teacher();
  const model::ExternalIdentity identity{"https://id.vendor.example", "teacher-42"};
  const auto accepted =
      accept_invitation(*store_, clock_, hasher_, issued.token.reveal(), identity);
  EXPECT_TRUE(accepted.account_created);
  const auto unit = store_->begin(storage::Access::read);
  const auto account = unit->accounts().find_by_external(identity.issuer, identity.subject);
  ASSERT_TRUE(account);
  EXPECT_EQ(account->person_id, issued.person_id);
  EXPECT_FALSE(account->password_hash);
}

TEST_P(Accept, APersonWithAnAccountAcceptsWithoutACredential) {
  (void)teacher_account();
  const auto unit_before = store_->begin(storage::Access::read);
  const auto person = unit_before->people().find_by_email(school_.institution.id,
                                                          "Andriy.Melnyk@school.example.ua");
  ASSERT_TRUE(person);
  InvitationForm form;
  form.institution_id = school_.institution.id;
  form.role = model::Role::class_teacher;
  form.class_id = school_.school_class.id;
  form.person_id = person->id;
  const auto issued = invite(*store_, clock_, random_, admin_, form, options());
  const std::string token(issued.token.reveal());
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              (void)accept_invitation(*store_, clock_, hasher_, token, NewPassword{kGoodPassword});
            }),
            Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  const auto accepted = accept_invitation(*store_, clock_, hasher_, token, std::monostate{});
  EXPECT_FALSE(accepted.account_created);
  const auto unit = store_->begin(storage::Access::read);
  const auto account = unit->accounts().find_for_person(school_.institution.id, person->id);
  ASSERT_TRUE(account);
  EXPECT_EQ(accepted.account_id, account->id);
}

TEST_P(Accept, EachRefusalIsDistinctAndChangesNothing) {
  const auto expired = invite_teacher();
  auto form = teacher_form();
  form.email = "revoked@school.example.ua";
  const auto revoked = invite(*store_, clock_, random_, admin_, form, options());
  revoke_invitation(*store_, clock_, admin_, school_.institution.id, revoked.invitation_id);
  form.email = "accepted@school.example.ua";
  const auto accepted = invite(*store_, clock_, random_, admin_, form, options());
  (void)accept_invitation(*store_, clock_, hasher_, accepted.token.reveal(),
                          NewPassword{kGoodPassword});
  clock_.advance(std::chrono::days(7));  // the first two are now past their expiry
  const auto before = snapshot();
  const auto accept = [&](std::string_view token, const Credential& credential) {
    return code_of([&] { (void)accept_invitation(*store_, clock_, hasher_, token, credential); });
  };
  const NewPassword password{kGoodPassword};
  EXPECT_EQ(accept("not a token", password), Errc::invalid);
  const auto message =
      message_of([&] { (void)accept_invitation(*store_, clock_, hasher_, "!!!!", password); });
  EXPECT_EQ(message.find("!!!!"), std::string::npos);
  security::SeededRandom other(99);
  EXPECT_EQ(accept(security::Token::generate(other).text().reveal(), password), Errc::not_found);
  EXPECT_EQ(accept(expired.token.reveal(), password), Errc::expired);
  EXPECT_EQ(accept(revoked.token.reveal(), password), Errc::permission);
  EXPECT_EQ(accept(accepted.token.reveal(), std::monostate{}), Errc::conflict);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Accept, BadCredentialsAreRefusedWithoutChange) {
  const auto issued = invite_teacher();
  const std::string token(issued.token.reveal());
  const auto before = snapshot();
  const auto accept = [&](const Credential& credential) {
    return code_of([&] { (void)accept_invitation(*store_, clock_, hasher_, token, credential); });
  };
  EXPECT_EQ(accept(std::monostate{}), Errc::invalid);
  EXPECT_EQ(accept(NewPassword{"short"}), Errc::invalid);
  EXPECT_EQ(accept(NewPassword{"Andriy.Melnyk"}), Errc::invalid);  // the e-mail's local part
  EXPECT_EQ(accept(NewPassword{"МельникАндрій"}), Errc::invalid);  // the names
  EXPECT_EQ(accept(model::ExternalIdentity{"", "subject"}), Errc::invalid);
  const auto message = message_of([&] {
    (void)accept_invitation(*store_, clock_, hasher_, token, NewPassword{"password123456"});
  });
  EXPECT_EQ(message.find("password123456"), std::string::npos);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Accept, AnIdentityBoundToAnotherAccountIsRefused) {
  const model::ExternalIdentity identity{"https://id.vendor.example", "same"};
  const auto first = invite_teacher();
  (void)accept_invitation(*store_, clock_, hasher_, first.token.reveal(), identity);
  auto form = teacher_form();
  form.email = "second@school.example.ua";
  const auto second = invite(*store_, clock_, random_, admin_, form, options());
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              (void)accept_invitation(*store_, clock_, hasher_, second.token.reveal(), identity);
            }),
            Errc::exists);
  EXPECT_EQ(snapshot(), before);
}

EJ_INSTANTIATE_STORE_TEST(Accept);

}  // namespace
}  // namespace ejournal::services::testing
