// Revoking and resending invitations.
#include <gtest/gtest.h>

#include <string>

#include "accounts_fixture.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/services/onboarding.hpp"

namespace ejournal::services::testing {
namespace {

using Manage = AccountsTest;

access::Principal teacher_of(const storage::testing::School& school) {
  return access::Principal::person(school.teacher.id, school.institution.id,
                                   {{model::RoleGrantId::generate(), school.institution.id,
                                     school.teacher.id, model::Role::teacher, std::nullopt}});
}

TEST_P(Manage, ARevokedTokenStopsWorking) {
  const auto issued = invite_teacher();
  revoke_invitation(*store_, clock_, admin_, school_.institution.id, issued.invitation_id,
                    "  помилка в адресі ");
  const auto unit = store_->begin(storage::Access::read);
  const auto trail = unit->audit().list_for_entity(school_.institution.id, "invitation",
                                                   issued.invitation_id.str());
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[1].action, "revoke");
  EXPECT_EQ(trail[1].reason, "помилка в адресі");
  EXPECT_EQ(code_of([&] {
              (void)accept_invitation(*store_, clock_, hasher_, issued.token.reveal(),
                                      NewPassword{kGoodPassword});
            }),
            Errc::permission);
}

TEST_P(Manage, RevokingRefusalsChangeNothing) {
  const auto issued = invite_teacher();
  const auto before = snapshot();
  const auto institution = school_.institution.id;
  EXPECT_EQ(code_of([&] {
              revoke_invitation(*store_, clock_, teacher_of(school_), institution,
                                issued.invitation_id);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              revoke_invitation(*store_, clock_, admin_, institution,
                                model::InvitationId::generate());
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              revoke_invitation(*store_, clock_, admin_, institution, issued.invitation_id,
                                std::string("a\0b", 3));
            }),
            Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  revoke_invitation(*store_, clock_, admin_, institution, issued.invitation_id);
  const auto revoked = snapshot();
  EXPECT_EQ(code_of([&] {
              revoke_invitation(*store_, clock_, admin_, institution, issued.invitation_id);
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), revoked);
}

TEST_P(Manage, ResendingRotatesTheTokenAndSendsTheNextEmail) {
  const auto first = invite_teacher();
  const std::string old_token(first.token.reveal());
  clock_.advance(std::chrono::days(6));
  const auto second = resend_invitation(*store_, clock_, random_, admin_, school_.institution.id,
                                        first.invitation_id, options());
  const std::string new_token(second.token.reveal());
  EXPECT_EQ(second.invitation_id, first.invitation_id);
  EXPECT_NE(new_token, old_token);
  const auto third = resend_invitation(*store_, clock_, random_, admin_, school_.institution.id,
                                       first.invitation_id, options());
  {
    const auto unit = store_->begin(storage::Access::read);
    const auto invitation = unit->invitations().find(school_.institution.id, first.invitation_id);
    ASSERT_TRUE(invitation);
    EXPECT_EQ(invitation->expires_at, clock_.now() + std::chrono::days(7));
    const auto messages = unit->notifications().list_due(clock_.now(), 10);
    ASSERT_EQ(messages.size(), 3u);
    const auto body_of = [&](int generation) {
      for (const auto& message : messages) {
        if (message.idempotency_key ==
            invitation_idempotency_key(first.invitation_id, generation)) {
          return message.body;
        }
      }
      return std::string();
    };
    EXPECT_NE(body_of(1).find(old_token), std::string::npos);
    EXPECT_NE(body_of(2).find(new_token), std::string::npos);
    EXPECT_NE(body_of(3).find(third.token.reveal()), std::string::npos);
  }
  const auto accept = [&](std::string_view token) {
    return code_of([&] {
      (void)accept_invitation(*store_, clock_, hasher_, token, NewPassword{kGoodPassword});
    });
  };
  EXPECT_EQ(accept(old_token), Errc::not_found);
  EXPECT_EQ(accept(new_token), Errc::not_found);
  clock_.advance(std::chrono::days(3));  // past the first expiry, within the renewed one
  EXPECT_EQ(accept(third.token.reveal()), Errc{});
}

TEST_P(Manage, ResendingRefusalsChangeNothing) {
  const auto issued = invite_teacher();
  const auto institution = school_.institution.id;
  const auto before = snapshot();
  const auto resend = [&](const access::Principal& who, model::InvitationId id,
                          const InvitationOptions& with) {
    return code_of(
        [&] { (void)resend_invitation(*store_, clock_, random_, who, institution, id, with); });
  };
  EXPECT_EQ(resend(teacher_of(school_), issued.invitation_id, options()), Errc::permission);
  EXPECT_EQ(resend(admin_, model::InvitationId::generate(), options()), Errc::not_found);
  auto bad = options();
  bad.base_url = "ftp://journal.example.ua";
  EXPECT_EQ(resend(admin_, issued.invitation_id, bad), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  revoke_invitation(*store_, clock_, admin_, institution, issued.invitation_id);
  const auto revoked = snapshot();
  EXPECT_EQ(resend(admin_, issued.invitation_id, options()), Errc::conflict);
  EXPECT_EQ(snapshot(), revoked);
}

EJ_INSTANTIATE_STORE_TEST(Manage);

}  // namespace
}  // namespace ejournal::services::testing
