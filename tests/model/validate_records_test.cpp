#include <gtest/gtest.h>

#include <string>

#include "ejournal/model/validate.hpp"
#include "expect_invalid.hpp"
#include "samples.hpp"

namespace {

namespace model = ejournal::model;
using namespace model::testing;

TEST(ValidatedInvitation, NormalisesTheAddressAndTheHash) {
  model::Invitation invitation = sample_invitation();
  invitation.email = " Teacher@ШКОЛА.УКР";
  invitation.token_hash = std::string(64, 'A');
  const model::Invitation result = model::validated(invitation);
  EXPECT_EQ(result.email, "Teacher@xn--80atdl2c.xn--j1amh");
  EXPECT_EQ(result.token_hash, std::string(64, 'a'));
}

TEST(ValidatedInvitation, TiesClassAndChildToTheirRoles) {
  model::Invitation invitation = sample_invitation();
  invitation.role = model::Role::class_teacher;
  expect_refused(invitation, "invitation.class_id is missing; it is required for a class teacher");
  invitation.class_id = model::ClassId::generate();
  EXPECT_NO_THROW(model::validated(invitation));
  invitation.child_id = model::PersonId::generate();
  expect_refused(invitation, "invitation.child_id is set; it is allowed for a parent only");
  invitation = sample_invitation();
  invitation.role = model::Role::parent;
  expect_refused(invitation, "invitation.child_id is missing; it is required for a parent");
  invitation.child_id = model::PersonId::generate();
  EXPECT_NO_THROW(model::validated(invitation));
  invitation.class_id = model::ClassId::generate();
  expect_refused(invitation, "invitation.class_id is set; it is allowed for a class teacher only");
}

TEST(ValidatedInvitation, RefusesBadFields) {
  model::Invitation invitation = sample_invitation();
  invitation.email = "";
  expect_refused(invitation, "invitation.email '' is empty");
  invitation = sample_invitation();
  invitation.token_hash = std::string(63, 'a') + "g";
  expect_refused(invitation, "holds a character that is not a hexadecimal digit");
  invitation.token_hash = std::string(31, 'a');
  expect_refused(invitation, "has 31 hex digits; a hash has an even number of them, at least 32");
  invitation.token_hash = std::string(30, 'a');
  expect_refused(invitation, "has 30 hex digits");
  invitation.token_hash = std::string(130, 'a');
  expect_refused(invitation, "is 130 bytes long, at most 128");
  invitation = sample_invitation();
  invitation.expires_at = invitation.created_at;
  expect_refused(invitation, "invitation.expires_at is not later than created_at");
  invitation = sample_invitation();
  invitation.status = model::InvitationStatus::accepted;
  expect_refused(invitation,
                 "invitation.accepted_at is missing; it is required for an accepted invitation");
  invitation.accepted_at = invitation.created_at;
  EXPECT_NO_THROW(model::validated(invitation));
  invitation.status = model::InvitationStatus::revoked;
  expect_refused(invitation, "invitation.accepted_at is set");
  invitation = sample_invitation();
  invitation.person_id = {};
  expect_refused(invitation, "invitation.person_id is the nil UUID");
}

TEST(ValidatedAudit, NeedsWhatWasDoneToWhat) {
  model::AuditEntry entry = sample_audit();
  entry.actor_id = model::PersonId::generate();
  entry.before = " {} ";
  EXPECT_EQ(model::validated(entry).before, "{}");
  entry.entity_type = "";
  expect_refused(entry, "audit.entity_type '' is empty");
  entry = sample_audit();
  entry.entity_id = "";
  expect_refused(entry, "audit.entity_id '' is empty");
  entry = sample_audit();
  entry.action = "";
  expect_refused(entry, "audit.action '' is empty");
  entry = sample_audit();
  entry.actor_id = model::PersonId{};
  expect_refused(entry, "audit.actor_id is the nil UUID");
}

TEST(ValidatedAudit, KeepsBeforeAndAfterAsJsonObjects) {
  model::AuditEntry entry = sample_audit();
  entry.after = "[1, 2]";
  expect_refused(entry, "audit.after '[1, 2]' is not a JSON object ({…})");
  entry.after = "10";
  expect_refused(entry, "audit.after '10' is not a JSON object");
  entry.after = "{\n  \"value\": \"10\"\n}";
  EXPECT_NO_THROW(model::validated(entry));
  entry.before = "{\"x\": \"" + std::string(model::kMaxDocumentBytes, 'x') + "\"}";
  expect_refused(entry, "bytes long, at most 65536");
}

TEST(ValidatedNotification, NormalisesAnEmailRecipient) {
  model::Notification notification = sample_notification();
  notification.recipient = "Parent@ШКОЛА.УКР";
  EXPECT_EQ(model::validated(notification).recipient, "Parent@xn--80atdl2c.xn--j1amh");
  notification.recipient = "parent@";
  expect_refused(notification, "notification.recipient 'parent@' is refused");
  notification.channel = "sms";
  notification.recipient = " +380671234567 ";
  EXPECT_EQ(model::validated(notification).recipient, "+380671234567");
  notification.recipient = "";
  expect_refused(notification, "notification.recipient '' is empty");
}

TEST(ValidatedNotification, RefusesBadFields) {
  model::Notification notification = sample_notification();
  notification.channel = "";
  expect_refused(notification, "notification.channel '' is empty");
  notification = sample_notification();
  notification.idempotency_key = "";
  expect_refused(notification, "notification.idempotency_key '' is empty");
  notification = sample_notification();
  notification.attempts = -1;
  expect_refused(notification, "notification.attempts is -1; it counts, from 0");
  notification = sample_notification();
  notification.status = model::NotificationStatus::delivered;
  expect_refused(notification,
                 "notification.delivered_at is missing; it is required for a "
                 "delivered notification");
  notification.delivered_at = notification.created_at;
  EXPECT_NO_THROW(model::validated(notification));
  notification = sample_notification();
  notification.status = static_cast<model::NotificationStatus>(4);
  expect_refused(notification, "notification.status is 4, not one of the values 1 … 3");
  notification = sample_notification();
  notification.subject = "Тема\nлиста";
  expect_refused(notification, "notification.subject 'Тема\\x0Aлиста' holds a control character");
  notification = sample_notification();
  notification.body = "Рядок 1\nРядок 2";
  EXPECT_NO_THROW(model::validated(notification));
}

}  // namespace
