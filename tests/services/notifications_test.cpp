// Building invitation messages for the outbox, the retry delays and the notifier's outcomes.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/services/notifications.hpp"

namespace ejournal::services {
namespace {

using namespace std::chrono_literals;

const model::Instant kNow{std::chrono::sys_days{std::chrono::year{2024} / 9 / 2} + 6h};

model::Invitation sample_invitation() {
  model::Invitation invitation;
  invitation.id = model::InvitationId::parse("0191b4c2-7a10-7000-8000-00000000a11d");
  invitation.institution_id = model::InstitutionId::generate();
  invitation.person_id = model::PersonId::generate();
  invitation.email = "Olena.Koval@Example.COM";
  invitation.created_at = kNow;
  invitation.expires_at = kNow + 24h * 5;
  return invitation;
}

const InvitationEmail kEmail{"Запрошення до електронного журналу: Ліцей № 1",
                             "Добрий день!\n\nРоль: вчителька"};

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

TEST(InvitationIdempotencyKey, NamesTheInvitationAndTheTokenGeneration) {
  const auto id = sample_invitation().id;
  EXPECT_EQ(invitation_idempotency_key(id, 1), "invitation:0191b4c2-7a10-7000-8000-00000000a11d:1");
  EXPECT_EQ(invitation_idempotency_key(id, 2), "invitation:0191b4c2-7a10-7000-8000-00000000a11d:2");
}

TEST(InvitationIdempotencyKey, RefusesANilIdAndGenerationsBelowOne) {
  const auto id = sample_invitation().id;
  expect_invalid([&] { invitation_idempotency_key(id, 0); }, "generation");
  expect_invalid([&] { invitation_idempotency_key(id, -3); }, "-3");
  expect_invalid([] { invitation_idempotency_key(model::InvitationId{}, 1); }, "invitation.id");
}

TEST(MakeInvitationNotification, BuildsAPendingEmailDueNow) {
  const auto invitation = sample_invitation();
  const auto notification = make_invitation_notification(invitation, 1, kEmail, kNow);
  EXPECT_FALSE(notification.id.is_nil());
  EXPECT_EQ(notification.institution_id, invitation.institution_id);
  EXPECT_EQ(notification.channel, "email");
  EXPECT_EQ(notification.recipient, "Olena.Koval@example.com");
  EXPECT_EQ(notification.subject, kEmail.subject);
  EXPECT_EQ(notification.body, kEmail.body);
  EXPECT_EQ(notification.idempotency_key, invitation_idempotency_key(invitation.id, 1));
  EXPECT_EQ(notification.status, model::NotificationStatus::pending);
  EXPECT_EQ(notification.attempts, 0);
  EXPECT_EQ(notification.created_at, kNow);
  EXPECT_EQ(notification.next_attempt_at, kNow);
  EXPECT_FALSE(notification.delivered_at.has_value());
  EXPECT_TRUE(notification.last_error.empty());
}

TEST(MakeInvitationNotification, ResendIsANewMessageRebuildIsNot) {
  const auto invitation = sample_invitation();
  const auto first = make_invitation_notification(invitation, 1, kEmail, kNow);
  const auto rebuilt = make_invitation_notification(invitation, 1, kEmail, kNow + 1s);
  const auto resent = make_invitation_notification(invitation, 2, kEmail, kNow + 1h);
  EXPECT_NE(first.id, rebuilt.id);
  EXPECT_EQ(first.idempotency_key, rebuilt.idempotency_key);
  EXPECT_NE(first.idempotency_key, resent.idempotency_key);
}

TEST(MakeInvitationNotification, RefusesWhatTheModelRefuses) {
  auto invitation = sample_invitation();
  expect_invalid([&] { make_invitation_notification(invitation, 0, kEmail, kNow); }, "generation");
  invitation.email = "not an address";
  expect_invalid([&] { make_invitation_notification(invitation, 1, kEmail, kNow); },
                 "notification.recipient");
  invitation = sample_invitation();
  invitation.institution_id = {};
  expect_invalid([&] { make_invitation_notification(invitation, 1, kEmail, kNow); },
                 "notification.institution_id");
  const InvitationEmail two_line_subject{"Запрошення\nBcc: everyone@example.com", "…"};
  expect_invalid(
      [&] { make_invitation_notification(sample_invitation(), 1, two_line_subject, kNow); },
      "notification.subject");
}

TEST(RetryDelay, DoublesFromTheFirstDelayUpToTheCap) {
  const DeliveryPolicy policy;
  EXPECT_EQ(retry_delay(1, policy), 1min);
  EXPECT_EQ(retry_delay(2, policy), 2min);
  EXPECT_EQ(retry_delay(3, policy), 4min);
  EXPECT_EQ(retry_delay(9, policy), 256min);
  EXPECT_EQ(retry_delay(10, policy), 6h);
  EXPECT_EQ(retry_delay(1'000'000, policy), 6h);
}

TEST(RetryDelay, NeverOverflowsALongPolicy) {
  DeliveryPolicy policy;
  policy.first_retry_delay = std::chrono::microseconds::max() / 3;
  policy.max_retry_delay = std::chrono::microseconds::max();
  EXPECT_EQ(retry_delay(2, policy), policy.first_retry_delay * 2);
  EXPECT_EQ(retry_delay(3, policy), std::chrono::microseconds::max());
  EXPECT_EQ(retry_delay(64, policy), std::chrono::microseconds::max());
}

TEST(RetryDelay, RefusesAttemptsBelowOneAndABadPolicy) {
  expect_invalid([] { retry_delay(0, DeliveryPolicy{}); }, "attempts");
  DeliveryPolicy inverted;
  inverted.max_retry_delay = 30s;
  expect_invalid([&] { retry_delay(1, inverted); }, "max_retry_delay");
}

TEST(DeliveryOutcome, FactoriesSetStatusAndReason) {
  const auto success = DeliveryOutcome::success();
  EXPECT_EQ(success.status, DeliveryStatus::delivered);
  EXPECT_TRUE(success.error.empty());
  const auto temporary = DeliveryOutcome::temporary_failure("421 busy");
  EXPECT_EQ(temporary.status, DeliveryStatus::retry_later);
  EXPECT_EQ(temporary.error, "421 busy");
  const auto permanent = DeliveryOutcome::permanent_failure("550 no such user");
  EXPECT_EQ(permanent.status, DeliveryStatus::rejected);
  EXPECT_EQ(permanent.error, "550 no such user");
}

}  // namespace
}  // namespace ejournal::services
