// deliver_due on the memory store and on in-memory SQLite, with a fake clock and a scripted
// notifier.
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/services/invitation_email.hpp"
#include "ejournal/services/notifications.hpp"
#include "outbox_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using namespace std::chrono_literals;
using model::NotificationStatus;

void expect_report(const DeliveryReport& report, std::size_t delivered, std::size_t retried,
                   std::size_t failed, std::size_t skipped) {
  EXPECT_EQ(report.delivered, delivered);
  EXPECT_EQ(report.retried, retried);
  EXPECT_EQ(report.failed, failed);
  EXPECT_EQ(report.skipped, skipped);
}

TEST_P(OutboxTest, DeliversADueMessageOnceAndRecordsIt) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  clock_.advance(5s);

  expect_report(run(), 1, 0, 0, 0);
  ASSERT_EQ(notifier_.received.size(), 1U);
  EXPECT_EQ(notifier_.received[0].id, message.id);
  EXPECT_EQ(notifier_.received[0].body, message.body);
  const auto after = stored(message);
  EXPECT_EQ(after.status, NotificationStatus::delivered);
  EXPECT_EQ(after.delivered_at, clock_.now());
  EXPECT_EQ(after.attempts, 0);
  EXPECT_EQ(after.version, 2);
  // Handed over: the body (an invitation's link) is gone, the record of what was sent stays.
  EXPECT_TRUE(after.body.empty());
  EXPECT_FALSE(message.body.empty());
  EXPECT_EQ(after.subject, message.subject);
  EXPECT_EQ(after.recipient, message.recipient);
  EXPECT_EQ(after.idempotency_key, message.idempotency_key);

  expect_report(run(), 0, 0, 0, 0);
  EXPECT_EQ(notifier_.received.size(), 1U);
}

TEST_P(OutboxTest, TemporaryFailureStaysPendingWithDoublingBackOff) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  notifier_.answer = [](const model::Notification&) {
    return DeliveryOutcome::temporary_failure("421 4.7.0 try again later");
  };

  expect_report(run(), 0, 1, 0, 0);
  auto after = stored(message);
  EXPECT_EQ(after.status, NotificationStatus::pending);
  EXPECT_EQ(after.attempts, 1);
  EXPECT_EQ(after.last_error, "421 4.7.0 try again later");
  EXPECT_EQ(after.next_attempt_at, clock_.now() + 1min);
  EXPECT_FALSE(after.delivered_at.has_value());
  EXPECT_EQ(after.body, message.body);  // still to be sent

  clock_.advance(59s);
  expect_report(run(), 0, 0, 0, 0);
  EXPECT_EQ(notifier_.received.size(), 1U);

  clock_.advance(1s);
  expect_report(run(), 0, 1, 0, 0);
  after = stored(message);
  EXPECT_EQ(after.attempts, 2);
  EXPECT_EQ(after.next_attempt_at, clock_.now() + 2min);

  notifier_.answer = nullptr;
  clock_.advance(2min);
  expect_report(run(), 1, 0, 0, 0);
  EXPECT_EQ(stored(message).status, NotificationStatus::delivered);
  EXPECT_EQ(notifier_.keys(), std::vector<std::string>(3, "invitation:1:1"));
}

TEST_P(OutboxTest, ExceptionFromTheNotifierIsATemporaryFailure) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  notifier_.answer = [](const model::Notification&) -> DeliveryOutcome {
    throw std::runtime_error("connection reset by peer");
  };

  expect_report(run(), 0, 1, 0, 0);
  const auto after = stored(message);
  EXPECT_EQ(after.status, NotificationStatus::pending);
  EXPECT_EQ(after.attempts, 1);
  EXPECT_EQ(after.last_error, "connection reset by peer");
}

TEST_P(OutboxTest, RepeatedFailuresEndFailedAfterMaxAttempts) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  notifier_.answer = [](const model::Notification&) {
    return DeliveryOutcome::temporary_failure("mailbox busy");
  };
  DeliveryPolicy policy;
  policy.max_attempts = 3;

  expect_report(run(policy), 0, 1, 0, 0);
  clock_.advance(1min);
  expect_report(run(policy), 0, 1, 0, 0);
  clock_.advance(2min);
  expect_report(run(policy), 0, 0, 1, 0);
  const auto after = stored(message);
  EXPECT_EQ(after.status, NotificationStatus::failed);
  EXPECT_EQ(after.attempts, 3);
  EXPECT_EQ(after.last_error, "mailbox busy");
  EXPECT_TRUE(after.body.empty());
  EXPECT_EQ(after.subject, message.subject);

  clock_.advance(24h);
  expect_report(run(policy), 0, 0, 0, 0);
  EXPECT_EQ(notifier_.received.size(), 3U);
}

TEST_P(OutboxTest, PermanentFailureFailsAtOnce) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  notifier_.answer = [](const model::Notification&) {
    return DeliveryOutcome::permanent_failure("550 5.1.1 no such user");
  };

  expect_report(run(), 0, 0, 1, 0);
  const auto after = stored(message);
  EXPECT_EQ(after.status, NotificationStatus::failed);
  EXPECT_EQ(after.attempts, 1);
  EXPECT_EQ(after.last_error, "550 5.1.1 no such user");
  EXPECT_FALSE(after.delivered_at.has_value());
  EXPECT_TRUE(after.body.empty());
  EXPECT_EQ(after.idempotency_key, message.idempotency_key);
}

TEST_P(OutboxTest, OnlyDueMessagesAreDelivered) {
  const auto now = make_message(school_, "now", clock_.now());
  const auto later = make_message(school_, "later", clock_.now() + 10min);
  enqueue({later, now});

  expect_report(run(), 1, 0, 0, 0);
  EXPECT_EQ(notifier_.keys(), std::vector<std::string>{"now"});
  EXPECT_EQ(stored(later).status, NotificationStatus::pending);

  clock_.advance(10min);
  expect_report(run(), 1, 0, 0, 0);
  EXPECT_EQ(notifier_.keys(), (std::vector<std::string>{"now", "later"}));
}

TEST_P(OutboxTest, BatchLimitIsRespectedOldestDueFirst) {
  std::vector<model::Notification> messages;
  for (int i = 4; i >= 0; --i) {
    messages.push_back(make_message(school_, "m" + std::to_string(i),
                                    clock_.now() - std::chrono::seconds(10 - i)));
  }
  enqueue(messages);
  DeliveryPolicy policy;
  policy.batch_limit = 2;

  expect_report(run(policy), 2, 0, 0, 0);
  EXPECT_EQ(notifier_.keys(), (std::vector<std::string>{"m0", "m1"}));
  expect_report(run(policy), 2, 0, 0, 0);
  expect_report(run(policy), 1, 0, 0, 0);
  EXPECT_EQ(notifier_.keys(), (std::vector<std::string>{"m0", "m1", "m2", "m3", "m4"}));
}

TEST_P(OutboxTest, MessagesOfEveryInstitutionAreDelivered) {
  const auto other = make_school(1);
  {
    const auto unit = store_->begin();
    unit->institutions().insert(other);
    unit->commit();
  }
  enqueue({make_message(school_, "same-key", clock_.now()),
           make_message(other, "same-key", clock_.now())});

  expect_report(run(), 2, 0, 0, 0);
  ASSERT_EQ(notifier_.received.size(), 2U);
  EXPECT_NE(notifier_.received[0].institution_id, notifier_.received[1].institution_id);
}

TEST_P(OutboxTest, CrashBeforeTheRecordMeansTheSameMessageGoesOutAgain) {
  const auto message = make_message(school_, "invitation:7:2", clock_.now());
  enqueue({message});
  refuse_recording_ = true;

  EXPECT_ANY_THROW(run());
  EXPECT_EQ(notifier_.received.size(), 1U);
  const auto after_crash = stored(message);
  EXPECT_EQ(after_crash.status, NotificationStatus::pending);
  EXPECT_EQ(after_crash.attempts, 0);
  EXPECT_EQ(after_crash.version, 1);

  refuse_recording_ = false;
  expect_report(run(), 1, 0, 0, 0);
  EXPECT_EQ(notifier_.keys(), std::vector<std::string>(2, "invitation:7:2"));
  EXPECT_EQ(stored(message).status, NotificationStatus::delivered);
}

TEST_P(OutboxTest, NotifierThatSendsThenThrowsSendsAgainAfterTheBackOff) {
  const auto message = make_message(school_, "invitation:7:1", clock_.now());
  enqueue({message});
  notifier_.answer = [](const model::Notification&) -> DeliveryOutcome {
    throw std::runtime_error("sent, but the reply was lost");
  };

  expect_report(run(), 0, 1, 0, 0);
  notifier_.answer = nullptr;
  clock_.advance(1min);
  expect_report(run(), 1, 0, 0, 0);
  EXPECT_EQ(notifier_.keys(), std::vector<std::string>(2, "invitation:7:1"));
}

TEST_P(OutboxTest, MessageRecordedMeanwhileByAnotherWorkerIsSkipped) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  const auto other_worker_at = clock_.now() - 1s;
  notifier_.answer = [&](const model::Notification& notification) {
    auto theirs = notification;
    theirs.status = NotificationStatus::delivered;
    theirs.delivered_at = other_worker_at;
    const auto unit = store_->begin();
    unit->notifications().update(theirs);
    unit->commit();
    return DeliveryOutcome::success();
  };

  expect_report(run(), 0, 0, 0, 1);
  const auto after = stored(message);
  EXPECT_EQ(after.delivered_at, other_worker_at);
  EXPECT_EQ(after.version, 2);
}

TEST_P(OutboxTest, ExceptionOfAnotherTypePropagatesAndLeavesTheMessagePending) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  notifier_.answer = [](const model::Notification&) -> DeliveryOutcome { throw 42; };

  EXPECT_THROW(run(), int);
  const auto after = stored(message);
  EXPECT_EQ(after.status, NotificationStatus::pending);
  EXPECT_EQ(after.attempts, 0);
  EXPECT_EQ(after.next_attempt_at, message.next_attempt_at);
}

TEST_P(OutboxTest, StoredErrorIsOneShortLineWithoutTokens) {
  const auto message = make_message(school_, "invitation:1:1", clock_.now());
  enqueue({message});
  const std::string reason = "550 refused https://j.example.ua/a?token=Zx9%2F&lang=uk\r\nnext\x01" +
                             std::string("\xC2\x85") + "bad\xFF" + std::string(1000, 'x');
  notifier_.answer = [&](const model::Notification&) {
    return DeliveryOutcome::temporary_failure(reason);
  };

  run();
  const std::string error = stored(message).last_error;
  EXPECT_EQ(error.find("Zx9"), std::string::npos) << error;
  EXPECT_TRUE(error.starts_with(
      "550 refused https://j.example.ua/a?token=[removed]&lang=uk  next  bad\xEF\xBF\xBDxxx"))
      << error;
  EXPECT_EQ(error.size(), kMaxDeliveryErrorBytes);
  EXPECT_TRUE(error.ends_with("x…")) << error;
}

TEST_P(OutboxTest, EmptyReasonAndUnknownStatusAreNamed) {
  const auto silent = make_message(school_, "silent", clock_.now());
  const auto odd = make_message(school_, "odd", clock_.now() + 1s);
  enqueue({silent, odd});
  notifier_.answer = [](const model::Notification& notification) {
    if (notification.idempotency_key == "silent") return DeliveryOutcome::temporary_failure("");
    return DeliveryOutcome{static_cast<DeliveryStatus>(9), "?"};
  };
  clock_.advance(1s);

  expect_report(run(), 0, 2, 0, 0);
  EXPECT_EQ(stored(silent).last_error, "the notifier gave no reason");
  EXPECT_EQ(stored(odd).last_error, "the notifier returned the unknown delivery status 9");
}

TEST_P(OutboxTest, InvalidPolicyIsRefusedBeforeAnyDelivery) {
  enqueue({make_message(school_, "invitation:1:1", clock_.now())});
  DeliveryPolicy no_batch;
  no_batch.batch_limit = 0;
  DeliveryPolicy no_attempts;
  no_attempts.max_attempts = 0;
  DeliveryPolicy no_delay;
  no_delay.first_retry_delay = 0us;
  DeliveryPolicy inverted;
  inverted.max_retry_delay = inverted.first_retry_delay - 1us;
  for (const auto& [policy, field] :
       {std::pair{no_batch, "batch_limit"}, std::pair{no_attempts, "max_attempts"},
        std::pair{no_delay, "first_retry_delay"}, std::pair{inverted, "max_retry_delay"}}) {
    try {
      run(policy);
      ADD_FAILURE() << "accepted a policy with a bad " << field;
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), Errc::invalid);
      EXPECT_NE(std::string(error.what()).find(field), std::string::npos) << error.what();
    }
  }
  EXPECT_TRUE(notifier_.received.empty());
}

TEST_P(OutboxTest, InvitationEmailGoesOutOnlyWhenItsInvitationIsCommitted) {
  model::Person teacher;
  teacher.id = model::PersonId::generate();
  teacher.institution_id = school_.id;
  teacher.surname = "Коваль";
  teacher.given_name = "Олена";
  teacher.gender = text::Gender::feminine;
  teacher.email = "olena.koval@example.com";
  model::Invitation invitation;
  invitation.id = model::InvitationId::generate();
  invitation.institution_id = school_.id;
  invitation.person_id = teacher.id;
  invitation.email = teacher.email;
  invitation.token_hash = std::string(64, 'a');
  invitation.created_at = clock_.now();
  invitation.expires_at = clock_.now() + 24h * 5;
  InvitationEmailFacts facts;
  facts.institution_name = school_.name;
  facts.invitee_gender = teacher.gender;
  facts.base_url = "https://journal.example.ua/accept";
  facts.token = "not-stored-anywhere-but-the-mail";
  facts.expires_at = invitation.expires_at;
  const auto email = render_invitation_email(facts, "uk");
  const auto message = make_invitation_notification(invitation, 1, email, clock_.now());

  const auto write_all = [&](bool commit) {
    const auto unit = store_->begin();
    unit->people().insert(teacher);
    unit->invitations().insert(invitation);
    unit->notifications().enqueue(message);
    if (commit) unit->commit();
  };
  write_all(false);
  expect_report(run(), 0, 0, 0, 0);

  write_all(true);
  expect_report(run(), 1, 0, 0, 0);
  ASSERT_EQ(notifier_.received.size(), 1U);
  EXPECT_EQ(notifier_.received[0].recipient, "olena.koval@example.com");
  EXPECT_EQ(notifier_.received[0].idempotency_key, "invitation:" + invitation.id.str() + ":1");
  EXPECT_EQ(notifier_.received[0].subject, email.subject);
  EXPECT_EQ(notifier_.received[0].body, email.body);
  EXPECT_NE(email.body.find("?token=not-stored-anywhere-but-the-mail\n"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Stores, OutboxTest, ::testing::Values("memory:", "sqlite::memory:"),
                         store_name);

}  // namespace
}  // namespace ejournal::services::testing
