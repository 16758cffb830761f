// Sessions in use: authentication with idle and absolute expiry, signing out, changing the
// password, revoking sessions, and the principal loaded fresh.
#include <gtest/gtest.h>

#include <string>

#include "accounts_fixture.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/services/principals.hpp"

namespace ejournal::services::testing {
namespace {

using namespace std::chrono_literals;
using Sessions = AccountsTest;

TEST_P(Sessions, AuthenticationLoadsThePrincipalFreshAndTouchesTheSession) {
  const auto login = teacher_account();
  const auto signed_in = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  clock_.advance(10min);
  const auto principal = authenticate(*store_, clock_, signed_in.token.reveal());
  EXPECT_EQ(principal.person_id(), signed_in.person_id);
  EXPECT_TRUE(principal.holds(model::Role::teacher));
  EXPECT_FALSE(principal.holds(model::Role::class_teacher));
  const auto unit = store_->begin(storage::Access::read);
  const auto session =
      unit->sessions().find_by_token_hash(security::token_hash(signed_in.token.reveal()));
  ASSERT_TRUE(session);
  EXPECT_EQ(session->last_seen_at, clock_.now());
}

TEST_P(Sessions, IdleAndAbsoluteExpiry) {
  const auto login = teacher_account();
  const auto signed_in = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  const std::string token(signed_in.token.reveal());
  // Used every 29 minutes, the session lives until its absolute end of 12 hours.
  for (int i = 0; i < 24; ++i) {
    clock_.advance(29min);
    ASSERT_NO_THROW((void)authenticate(*store_, clock_, token)) << i;
  }
  clock_.advance(29min);  // 12 h 05 min after sign-in
  EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, token); }), Errc::expired);
  const auto idle = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  clock_.advance(30min);
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, idle.token.reveal()); }),
            Errc::expired);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Sessions, SigningOutEndsTheSession) {
  const auto login = teacher_account();
  const auto signed_in = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  const std::string token(signed_in.token.reveal());
  sign_out(*store_, clock_, token);
  const auto after = snapshot();
  EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, token); }), Errc::permission);
  EXPECT_NO_THROW(sign_out(*store_, clock_, token));
  EXPECT_EQ(snapshot(), after);
  security::SeededRandom other(5);
  const auto unknown = security::Token::generate(other).text();
  EXPECT_EQ(code_of([&] { sign_out(*store_, clock_, unknown.reveal()); }), Errc::not_found);
  EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, unknown.reveal()); }),
            Errc::permission);
  EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, "malformed"); }), Errc::invalid);
  EXPECT_EQ(code_of([&] { sign_out(*store_, clock_, "malformed"); }), Errc::invalid);
  const auto unit = store_->begin(storage::Access::read);
  const auto trail =
      unit->audit().list_for_entity(school_.institution.id, "session", signed_in.session_id.str());
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[1].action, "sign_out");
}

TEST_P(Sessions, ChangingThePasswordEndsEverySession) {
  const auto login = teacher_account();
  const auto first = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  const auto second = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  const auto principal = authenticate(*store_, clock_, first.token.reveal());
  const std::string new_password = "вишневий садок коло хати";
  const auto before = snapshot();
  const auto change = [&](std::string_view old_password, std::string_view next) {
    return code_of(
        [&] { (void)change_password(*store_, clock_, hasher_, principal, old_password, next); });
  };
  EXPECT_EQ(change("not the password", new_password), Errc::permission);
  EXPECT_EQ(change(kGoodPassword, "short"), Errc::invalid);
  EXPECT_EQ(change(kGoodPassword, "MelnykAndriy"), Errc::invalid);  // the names in Latin
  EXPECT_EQ(code_of([&] {
              (void)change_password(*store_, clock_, hasher_, access::Principal::anonymous(),
                                    kGoodPassword, new_password);
            }),
            Errc::permission);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(change_password(*store_, clock_, hasher_, principal, kGoodPassword, new_password), 2u);
  for (const auto* signed_in : {&first, &second}) {
    EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, signed_in->token.reveal()); }),
              Errc::permission);
  }
  EXPECT_EQ(
      code_of([&] { (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword); }),
      Errc::permission);
  EXPECT_NO_THROW((void)sign_in(*store_, clock_, random_, hasher_, login, new_password));
  const auto stored = everything_stored();
  EXPECT_EQ(stored.find(new_password), std::string::npos);
}

TEST_P(Sessions, AnExternalAccountHasNoPasswordToChange) {
  const auto issued = invite_teacher();
  (void)accept_invitation(*store_, clock_, hasher_, issued.token.reveal(),
                          model::ExternalIdentity{"https://id.vendor.example", "t-1"});
  const auto signed_in =
      sign_in_external(*store_, clock_, random_, "https://id.vendor.example", "t-1");
  const auto principal = authenticate(*store_, clock_, signed_in.token.reveal());
  EXPECT_EQ(code_of([&] {
              (void)change_password(*store_, clock_, hasher_, principal, "", kGoodPassword);
            }),
            Errc::invalid);
}

TEST_P(Sessions, AnAdministratorRevokesAnothersSessions) {
  const auto login = teacher_account();
  const auto signed_in = sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  const auto teacher = authenticate(*store_, clock_, signed_in.token.reveal());
  const auto institution = school_.institution.id;
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              (void)revoke_sessions(*store_, clock_, teacher, institution, school_.students[0].id);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)revoke_sessions(*store_, clock_, admin_, institution, school_.teacher.id);
            }),
            Errc::not_found);  // the seeded teacher has no account
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(revoke_sessions(*store_, clock_, admin_, institution, teacher.person_id(),
                            "ноутбук загублено"),
            1u);
  EXPECT_EQ(code_of([&] { (void)authenticate(*store_, clock_, signed_in.token.reveal()); }),
            Errc::permission);
  (void)sign_in(*store_, clock_, random_, hasher_, login, kGoodPassword);
  EXPECT_EQ(revoke_sessions(*store_, clock_, teacher, institution, teacher.person_id()), 1u);
}

TEST_P(Sessions, ThePrincipalCarriesGrantsChildrenAndCourses) {
  const auto institution = school_.institution.id;
  auto form = teacher_form();
  form.role = model::Role::parent;
  form.child_id = school_.students[1].id;
  const auto parent = invite(*store_, clock_, random_, admin_, form, options());
  const auto unit = store_->begin(storage::Access::read);
  const auto loaded = load_principal(*unit, institution, parent.person_id);
  EXPECT_TRUE(loaded.is_parent_of(school_.students[1].id));
  EXPECT_FALSE(loaded.is_parent_of(school_.students[0].id));
  const auto teacher = load_principal(*unit, institution, school_.teacher.id);
  EXPECT_TRUE(teacher.teaches_course(school_.course.id));
  EXPECT_TRUE(teacher.teaches_in_class(school_.school_class.id));
  EXPECT_EQ(code_of([&] { (void)load_principal(*unit, institution, model::PersonId::generate()); }),
            Errc::not_found);
}

EJ_INSTANTIATE_STORE_TEST(Sessions);

}  // namespace
}  // namespace ejournal::services::testing
