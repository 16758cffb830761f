// "The token is stored only as a hash": once the invitation e-mail has gone out (or finally
// failed), the token text is nowhere in the store — not in the outbox, not in the audit trail.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/security/seeded_random.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/notifications.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_fixture.hpp"

namespace ejournal::services::testing {
namespace {

class Secret : public OnboardingTest {
 protected:
  // Approves a fresh request and delivers the outbox once, the notifier answering `answer`.
  void approve_and_deliver(const DeliveryOutcome& answer) {
    const auto id = submit_connection_request(*store_, clock_, valid_form());
    security::SeededRandom random(11);
    approval_ =
        approve_connection_request(*store_, clock_, random, operator_, id, 1, review_options());
    request_id_ = id;
    token_ = std::string(approval_.token.reveal());
    notifier_.answer = [answer](const model::Notification&) { return answer; };
    (void)deliver_due(*store_, notifier_, clock_);
    ASSERT_EQ(notifier_.received.size(), 1u);
    // The e-mail that went out carried the link.
    ASSERT_NE(notifier_.received[0].body.find("token=" + token_), std::string::npos);
  }

  // Every text of every stored record the approval wrote that could hold a copy: the outbox
  // message and each audit entry, in the institute and in the new institution.
  std::vector<std::string> stored_texts() {
    const auto unit = store_->begin(storage::Access::read);
    const auto message =
        unit->notifications().find(approval_.institution_id, notifier_.received[0].id);
    EXPECT_TRUE(message.has_value());
    std::vector<std::string> texts;
    if (message) {
      texts = {message->subject, message->recipient, message->body, message->idempotency_key,
               message->last_error};
    }
    std::vector<model::AuditEntry> entries =
        unit->audit().list_for_entity(institute_.id, "connection_request", request_id_.str());
    for (const auto& entry :
         unit->audit().list_for_actor(approval_.institution_id, operator_person_.id)) {
      entries.push_back(entry);
    }
    EXPECT_EQ(entries.size(), 6u);  // submit, approve; the school's four
    for (const auto& entry : entries) {
      texts.insert(texts.end(), {entry.entity_type, entry.entity_id, entry.action, entry.before,
                                 entry.after, entry.reason});
    }
    const auto invitation =
        unit->invitations().find(approval_.institution_id, approval_.invitation_id);
    EXPECT_TRUE(invitation.has_value());
    if (invitation) texts.push_back(invitation->token_hash);
    return texts;
  }

  void expect_token_nowhere() {
    for (const auto& text : stored_texts()) {
      EXPECT_EQ(text.find(token_), std::string::npos) << "the token is stored in: " << text;
    }
  }

  ScriptedNotifier notifier_;
  Approval approval_;
  model::ConnectionRequestId request_id_;
  std::string token_;
};

TEST_P(Secret, TheTokenIsNowhereInTheStoreOnceTheInvitationIsDelivered) {
  approve_and_deliver(DeliveryOutcome::success());
  expect_token_nowhere();
  // What stays is the record that it was sent, and the hash that accepts it.
  const auto unit = store_->begin(storage::Access::read);
  const auto message =
      unit->notifications().find(approval_.institution_id, notifier_.received[0].id);
  ASSERT_TRUE(message);
  EXPECT_EQ(message->status, model::NotificationStatus::delivered);
  EXPECT_FALSE(message->subject.empty());
  EXPECT_EQ(message->recipient, "Olena.Admin@school.example.ua");
  EXPECT_EQ(message->idempotency_key, "invitation:" + approval_.invitation_id.str() + ":1");
  EXPECT_TRUE(unit->invitations().find_by_token_hash(security::token_hash(token_)));
}

TEST_P(Secret, TheTokenIsNowhereInTheStoreOnceTheInvitationFinallyFails) {
  approve_and_deliver(DeliveryOutcome::permanent_failure("550 5.1.1 no such user"));
  expect_token_nowhere();
}

TEST_P(Secret, APendingRetryKeepsTheLinkToSendAgain) {
  approve_and_deliver(DeliveryOutcome::temporary_failure("421 try later"));
  const auto unit = store_->begin(storage::Access::read);
  const auto message =
      unit->notifications().find(approval_.institution_id, notifier_.received[0].id);
  ASSERT_TRUE(message);
  EXPECT_EQ(message->status, model::NotificationStatus::pending);
  EXPECT_NE(message->body.find("token=" + token_), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Stores, Secret, ::testing::Values("memory:", "sqlite::memory:"),
                         store_name);

}  // namespace
}  // namespace ejournal::services::testing
