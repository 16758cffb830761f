// Signing in: sessions, the same refusal for a wrong login or password, the lockout sequence.
#include <gtest/gtest.h>

#include <string>

#include "accounts_fixture.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/accounts.hpp"

namespace ejournal::services::testing {
namespace {

using namespace std::chrono_literals;
using SignIn = AccountsTest;

TEST_P(SignIn, APasswordStartsASessionStoredAsItsHash) {
  const auto login = teacher_account();
  clock_.advance(1h);
  const auto signed_in =
      sign_in(*store_, clock_, random_, hasher_, " Andriy.Melnyk@SCHOOL.example.ua", kGoodPassword);
  EXPECT_EQ(signed_in.institution_id, school_.institution.id);
  EXPECT_EQ(signed_in.expires_at, clock_.now() + 12h);
  const std::string token(signed_in.token.reveal());
  ASSERT_EQ(token.size(), security::kTokenTextLength);
  const auto unit = store_->begin(storage::Access::read);
  const auto session = unit->sessions().find_by_token_hash(security::token_hash(token));
  ASSERT_TRUE(session);
  EXPECT_EQ(session->id, signed_in.session_id);
  EXPECT_EQ(session->account_id, signed_in.account_id);
  const auto trail =
      unit->audit().list_for_entity(school_.institution.id, "session", session->id.str());
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(trail[0].action, "sign_in");
  const auto stored = everything_stored();
  EXPECT_EQ(stored.find(token), std::string::npos);
  EXPECT_EQ(stored.find(kGoodPassword), std::string::npos);
  EXPECT_EQ(login, "andriy.melnyk@school.example.ua");
}

TEST_P(SignIn, AWrongLoginAndAWrongPasswordLookTheSame) {
  const auto login = teacher_account();
  const auto unknown = message_of([&] {
    (void)sign_in(*store_, clock_, random_, hasher_, "nobody@school.example.ua", kGoodPassword);
  });
  const auto not_an_address = message_of(
      [&] { (void)sign_in(*store_, clock_, random_, hasher_, "nobody", kGoodPassword); });
  const auto wrong = message_of(
      [&] { (void)sign_in(*store_, clock_, random_, hasher_, login, "a wrong password, surely"); });
  EXPECT_EQ(unknown, kWrongLoginOrPassword);
  EXPECT_EQ(not_an_address, kWrongLoginOrPassword);
  EXPECT_EQ(wrong, kWrongLoginOrPassword);
  EXPECT_EQ(
      code_of([&] { (void)sign_in(*store_, clock_, random_, hasher_, login, "a wrong password"); }),
      Errc::permission);
}

TEST_P(SignIn, FailuresLockWithBackOffAndSuccessResets) {
  const auto login = teacher_account();
  const auto fail = [&] {
    return code_of([&] { (void)sign_in(*store_, clock_, random_, hasher_, login, "wrong one"); });
  };
  for (int i = 0; i < 4; ++i) EXPECT_EQ(fail(), Errc::permission);
  EXPECT_NO_THROW((void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword));
  for (int i = 0; i < 5; ++i) EXPECT_EQ(fail(), Errc::permission);  // the 5th locks 1 min
  const auto locked =
      message_of([&] { (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword); });
  EXPECT_NE(locked.find("locked"), std::string::npos);
  EXPECT_NE(locked.find("2024-09-02T06:01:00Z"), std::string::npos) << locked;
  const auto while_locked = snapshot();
  EXPECT_EQ(fail(), Errc::permission);  // refused unverified: not counted
  EXPECT_EQ(snapshot(), while_locked);
  clock_.advance(1min);
  EXPECT_EQ(fail(), Errc::permission);  // the 6th locks 2 min
  clock_.advance(1min);
  EXPECT_NE(message_of([&] {
              (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
            }).find("06:03:00Z"),
            std::string::npos);
  clock_.advance(1min);
  EXPECT_NO_THROW((void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword));
  const auto unit = store_->begin(storage::Access::read);
  const auto account = unit->accounts().find_by_login(login);
  ASSERT_TRUE(account);
  EXPECT_EQ(account->failed_sign_ins, 0);
  EXPECT_FALSE(account->locked_until);
  std::size_t locks = 0;
  for (const auto& entry :
       unit->audit().list_for_entity(school_.institution.id, "account", account->id.str())) {
    if (entry.action == "lock") ++locks;
  }
  EXPECT_EQ(locks, 2u);
}

TEST_P(SignIn, ADisabledAccountIsRefused) {
  const auto login = teacher_account();
  {
    const auto unit = store_->begin();
    auto account = unit->accounts().find_by_login(login);
    ASSERT_TRUE(account);
    account->status = model::AccountStatus::disabled;
    (void)unit->accounts().update(*account);
    unit->commit();
  }
  const auto message =
      message_of([&] { (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword); });
  EXPECT_NE(message.find("disabled"), std::string::npos);
}

TEST_P(SignIn, APasswordHashedWithOtherParametersIsHashedAgain) {
  const auto login = teacher_account();
  const security::PasswordHasher stronger(security::Argon2Params{2, 16384});
  (void)sign_in(*store_, clock_, random_, stronger, login, kGoodPassword);
  const auto unit = store_->begin(storage::Access::read);
  const auto account = unit->accounts().find_by_login(login);
  ASSERT_TRUE(account);
  EXPECT_FALSE(stronger.needs_rehash(*account->password_hash));
  EXPECT_TRUE(stronger.verify(*account->password_hash, kGoodPassword));
}

TEST_P(SignIn, AnExternalIdentitySignsIn) {
  const auto issued = invite_teacher();
  const model::ExternalIdentity identity{"https://id.vendor.example", "teacher-42"};
  const auto accepted =
      accept_invitation(*store_, clock_, hasher_, issued.token.reveal(), identity);
  const auto signed_in =
      sign_in_external(*store_, clock_, random_, identity.issuer, identity.subject);
  EXPECT_EQ(signed_in.account_id, accepted.account_id);
  EXPECT_EQ(signed_in.person_id, issued.person_id);
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              (void)sign_in_external(*store_, clock_, random_, identity.issuer, "someone else");
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)sign_in(*store_, clock_, random_, hasher_, "andriy.melnyk@school.example.ua",
                            kGoodPassword);
            }),
            Errc::permission);  // no password to sign in with
  EXPECT_EQ(snapshot(), before);
}

TEST_P(SignIn, BadPoliciesAreRefusedUpFront) {
  const auto login = teacher_account();
  security::SessionPolicy session;
  session.idle_timeout = 0s;
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword, session);
            }),
            Errc::invalid);
  security::LockoutPolicy lockout;
  lockout.lock_after = 0;
  EXPECT_EQ(code_of([&] {
              (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword, {}, lockout);
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)sign_in_external(*store_, clock_, random_, "issuer", "subject", session);
            }),
            Errc::invalid);
  EXPECT_EQ(snapshot(), before);
}

EJ_INSTANTIATE_STORE_TEST(SignIn);

}  // namespace
}  // namespace ejournal::services::testing
