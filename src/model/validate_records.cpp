// validated() for invitations, the audit trail and the notification outbox.
#include <string>

#include "ejournal/model/validate.hpp"
#include "fields.hpp"

namespace ejournal::model {

using detail::Presence;

namespace {

std::string token_hash(std::string_view field, std::string_view value) {
  std::string digits = detail::line(field, value, kMaxTokenHashDigits, Presence::required);
  for (char& c : digits) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    const bool is_hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    if (!is_hex) detail::refuse(field, value, "holds a character that is not a hexadecimal digit");
  }
  if (digits.size() < kMinTokenHashDigits || digits.size() % 2 != 0) {
    detail::refuse(field, value,
                   "has " + std::to_string(digits.size()) + " hex digits; a hash has an even " +
                       "number of them, at least " + std::to_string(kMinTokenHashDigits));
  }
  return digits;
}

// Before and after images are JSON objects written by the services; only their outer shape is
// checked here, which catches a value put in the wrong field without parsing JSON.
std::string json_object(std::string_view field, std::string_view value) {
  std::string text = detail::text_block(field, value, kMaxDocumentBytes, Presence::optional);
  if (!text.empty() && (text.front() != '{' || text.back() != '}')) {
    detail::refuse(field, value, "is not a JSON object ({…})");
  }
  return text;
}

}  // namespace

Invitation validated(Invitation invitation) {
  detail::id("invitation.id", invitation.id);
  detail::id("invitation.institution_id", invitation.institution_id);
  detail::id("invitation.person_id", invitation.person_id);
  detail::enumerator("invitation.role", invitation.role, Role::institute_operator, Role::parent);
  detail::present_when("invitation.class_id", invitation.class_id,
                       invitation.role == Role::class_teacher, "for a class teacher");
  detail::id("invitation.class_id", invitation.class_id);
  detail::present_when("invitation.child_id", invitation.child_id, invitation.role == Role::parent,
                       "for a parent");
  detail::id("invitation.child_id", invitation.child_id);
  invitation.email = detail::email("invitation.email", invitation.email, Presence::required);
  invitation.token_hash = token_hash("invitation.token_hash", invitation.token_hash);
  if (invitation.expires_at <= invitation.created_at) {
    detail::refuse("invitation.expires_at", "is not later than created_at");
  }
  detail::enumerator("invitation.status", invitation.status, InvitationStatus::pending,
                     InvitationStatus::revoked);
  detail::present_when("invitation.accepted_at", invitation.accepted_at,
                       invitation.status == InvitationStatus::accepted,
                       "for an accepted invitation");
  return invitation;
}

AuditEntry validated(AuditEntry entry) {
  detail::id("audit.id", entry.id);
  detail::id("audit.institution_id", entry.institution_id);
  detail::id("audit.actor_id", entry.actor_id);
  entry.entity_type =
      detail::line("audit.entity_type", entry.entity_type, kMaxLabelBytes, Presence::required);
  entry.entity_id =
      detail::line("audit.entity_id", entry.entity_id, kMaxReferenceBytes, Presence::required);
  entry.action = detail::line("audit.action", entry.action, kMaxLabelBytes, Presence::required);
  entry.before = json_object("audit.before", entry.before);
  entry.after = json_object("audit.after", entry.after);
  entry.reason =
      detail::text_block("audit.reason", entry.reason, kMaxTextBytes, Presence::optional);
  return entry;
}

Notification validated(Notification notification) {
  detail::id("notification.id", notification.id);
  detail::id("notification.institution_id", notification.institution_id);
  notification.channel = detail::line("notification.channel", notification.channel, kMaxLabelBytes,
                                      Presence::required);
  notification.recipient =
      notification.channel == "email"
          ? detail::email("notification.recipient", notification.recipient, Presence::required)
          : detail::line("notification.recipient", notification.recipient, kMaxRecipientBytes,
                         Presence::required);
  notification.subject =
      detail::line("notification.subject", notification.subject, kMaxNameBytes, Presence::optional);
  notification.body = detail::text_block("notification.body", notification.body, kMaxDocumentBytes,
                                         Presence::optional);
  notification.idempotency_key =
      detail::line("notification.idempotency_key", notification.idempotency_key, kMaxReferenceBytes,
                   Presence::required);
  detail::enumerator("notification.status", notification.status, NotificationStatus::pending,
                     NotificationStatus::failed);
  if (notification.attempts < 0) {
    detail::refuse("notification.attempts",
                   "is " + std::to_string(notification.attempts) + "; it counts, from 0");
  }
  detail::present_when("notification.delivered_at", notification.delivered_at,
                       notification.status == NotificationStatus::delivered,
                       "for a delivered notification");
  notification.last_error = detail::text_block("notification.last_error", notification.last_error,
                                               kMaxTextBytes, Presence::optional);
  return notification;
}

NotificationPreferences validated(NotificationPreferences preferences) {
  detail::id("notification_preferences.institution_id", preferences.institution_id);
  detail::id("notification_preferences.person_id", preferences.person_id);
  return preferences;
}

}  // namespace ejournal::model
