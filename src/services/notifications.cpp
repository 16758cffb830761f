// Building outbox rows, and the outcomes notifiers report.
#include "ejournal/services/notifications.hpp"

#include <string>
#include <utility>

#include "../model/fields.hpp"
#include "ejournal/model/validate.hpp"

namespace ejournal::services {

std::string invitation_idempotency_key(model::InvitationId invitation, int token_generation) {
  model::detail::id("invitation.id", invitation);
  if (token_generation < 1) {
    model::detail::refuse("invitation token generation",
                          "is " + std::to_string(token_generation) + "; it counts from 1");
  }
  return "invitation:" + invitation.str() + ":" + std::to_string(token_generation);
}

model::Notification make_invitation_notification(const model::Invitation& invitation,
                                                 int token_generation, const InvitationEmail& email,
                                                 model::Instant now) {
  model::Notification notification;
  notification.id = model::NotificationId::generate();
  notification.institution_id = invitation.institution_id;
  notification.channel = "email";
  notification.recipient = invitation.email;
  notification.subject = email.subject;
  notification.body = email.body;
  notification.idempotency_key = invitation_idempotency_key(invitation.id, token_generation);
  notification.status = model::NotificationStatus::pending;
  notification.created_at = now;
  notification.next_attempt_at = now;
  return model::validated(std::move(notification));
}

DeliveryOutcome DeliveryOutcome::success() {
  return {DeliveryStatus::delivered, {}};
}

DeliveryOutcome DeliveryOutcome::temporary_failure(std::string reason) {
  return {DeliveryStatus::retry_later, std::move(reason)};
}

DeliveryOutcome DeliveryOutcome::permanent_failure(std::string reason) {
  return {DeliveryStatus::rejected, std::move(reason)};
}

}  // namespace ejournal::services
