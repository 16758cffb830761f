// Delivering the outbox. The notifier runs between two transactions, never inside one: a slow
// mail server must not hold the write lock, and a crash after the hand-over but before the record
// only means the message goes out once more, with the same idempotency key.
#include <algorithm>
#include <exception>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../model/fields.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/notifications.hpp"
#include "ejournal/text/utf8.hpp"

namespace ejournal::services {

namespace {

constexpr std::string_view kTokenParameter = "token=";
constexpr std::string_view kRemoved = "[removed]";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "…";

void check_policy(const DeliveryPolicy& policy) {
  using model::detail::refuse;
  if (policy.batch_limit < 1) refuse("delivery policy batch_limit", "is 0; it must be at least 1");
  if (policy.max_attempts < 1) {
    refuse("delivery policy max_attempts",
           "is " + std::to_string(policy.max_attempts) + "; it must be at least 1");
  }
  if (policy.first_retry_delay.count() < 1) {
    refuse("delivery policy first_retry_delay",
           "is " + std::to_string(policy.first_retry_delay.count()) + " µs; it must be positive");
  }
  if (policy.max_retry_delay < policy.first_retry_delay) {
    refuse("delivery policy max_retry_delay",
           "is " + std::to_string(policy.max_retry_delay.count()) +
               " µs, less than first_retry_delay (" +
               std::to_string(policy.first_retry_delay.count()) + " µs)");
  }
}

// The value of every "token=" parameter replaced: a notifier's error may quote the link, and the
// token in it would let anyone who reads the outbox accept the invitation.
std::string without_tokens(std::string_view reason) {
  constexpr std::string_view kValueEnd = " \t\r\n\"'<>&;,)]";
  std::string result;
  std::size_t from = 0;
  for (auto at = reason.find(kTokenParameter); at != std::string_view::npos;
       at = reason.find(kTokenParameter, from)) {
    const std::size_t value = at + kTokenParameter.size();
    result += reason.substr(from, value - from);
    result += kRemoved;
    from = std::min(reason.find_first_of(kValueEnd, value), reason.size());
  }
  result += reason.substr(from);
  return result;
}

// Valid UTF-8 on one line: invalid bytes become U+FFFD, control characters (C0, DEL, C1) spaces.
std::string printable(std::string_view reason) {
  std::string result;
  while (!reason.empty()) {
    const auto invalid_at = text::find_invalid_utf8(reason);
    const std::string_view valid = reason.substr(0, invalid_at.value_or(reason.size()));
    for (std::size_t i = 0; i < valid.size(); ++i) {
      const auto byte = static_cast<unsigned char>(valid[i]);
      const bool is_c1 = byte == 0xC2U && i + 1 < valid.size() &&
                         static_cast<unsigned char>(valid[i + 1]) <= 0x9FU;
      if (is_c1) ++i;
      result.push_back(byte < 0x20U || byte == 0x7FU || is_c1 ? ' ' : valid[i]);
    }
    if (!invalid_at) break;
    result += kReplacementCharacter;
    reason.remove_prefix(*invalid_at + 1);
  }
  return result;
}

// What is stored as last_error: printable, without tokens, at most kMaxDeliveryErrorBytes.
std::string stored_error(std::string_view reason) {
  if (reason.empty()) return "the notifier gave no reason";
  std::string error = printable(without_tokens(reason));
  if (error.size() > kMaxDeliveryErrorBytes) {
    std::size_t cut = kMaxDeliveryErrorBytes - kEllipsis.size();
    while (cut > 0 && (static_cast<unsigned char>(error[cut]) & 0xC0U) == 0x80U) --cut;
    error.resize(cut);
    error += kEllipsis;
  }
  return error;
}

DeliveryOutcome attempt(Notifier& notifier, const model::Notification& notification) {
  DeliveryOutcome outcome;
  try {
    outcome = notifier.deliver(notification);
  } catch (const std::exception& error) {
    return DeliveryOutcome::temporary_failure(error.what());
  }
  const auto status = static_cast<int>(outcome.status);
  if (status < static_cast<int>(DeliveryStatus::delivered) ||
      status > static_cast<int>(DeliveryStatus::rejected)) {
    return DeliveryOutcome::temporary_failure("the notifier returned the unknown delivery status " +
                                              std::to_string(status));
  }
  return outcome;
}

model::Notification after_attempt(model::Notification notification, const DeliveryOutcome& outcome,
                                  model::Instant now, const DeliveryPolicy& policy) {
  if (outcome.status == DeliveryStatus::delivered) {
    notification.status = model::NotificationStatus::delivered;
    notification.delivered_at = now;
    // The body may carry a secret (an invitation's link and token), kept only until the message
    // is handed over; the subject, recipient and key stay as the record.
    notification.body.clear();
    return notification;
  }
  // The count comes from the store, where a row may hold any int.
  if (notification.attempts < std::numeric_limits<int>::max()) ++notification.attempts;
  notification.last_error = stored_error(outcome.error);
  if (outcome.status == DeliveryStatus::rejected || notification.attempts >= policy.max_attempts) {
    notification.status = model::NotificationStatus::failed;
    notification.body.clear();  // never sent again: its secret has no use left
  } else {
    notification.next_attempt_at = now + retry_delay(notification.attempts, policy);
  }
  return notification;
}

// False when someone else changed the message since it was read; their record stands.
bool record(storage::Store& store, const model::Notification& notification) {
  try {
    const auto unit = store.begin(storage::Access::write);
    unit->notifications().update(notification);
    unit->commit();
    return true;
  } catch (const Error& error) {
    if (error.code() != Errc::conflict) throw;
    return false;
  }
}

}  // namespace

std::chrono::microseconds retry_delay(int attempts, const DeliveryPolicy& policy) {
  check_policy(policy);
  if (attempts < 1) {
    model::detail::refuse("retry delay attempts",
                          "is " + std::to_string(attempts) + "; it counts failures, from 1");
  }
  std::chrono::microseconds delay = policy.first_retry_delay;
  for (int doubling = 1; doubling < attempts; ++doubling) {
    // Compared before doubling, so that a long policy never overflows.
    if (delay > policy.max_retry_delay - delay) return policy.max_retry_delay;
    delay += delay;
  }
  return delay;
}

DeliveryReport deliver_due(storage::Store& store, Notifier& notifier, const model::Clock& clock,
                           const DeliveryPolicy& policy) {
  check_policy(policy);
  // The read unit ends here: an in-memory SQLite store has one connection, and the write units
  // below need it.
  const std::vector<model::Notification> due = [&] {
    const auto unit = store.begin(storage::Access::read);
    return unit->notifications().list_due(clock.now(), policy.batch_limit);
  }();

  DeliveryReport report;
  for (const model::Notification& notification : due) {
    const DeliveryOutcome outcome = attempt(notifier, notification);
    const model::Notification attempted = after_attempt(notification, outcome, clock.now(), policy);
    if (!record(store, attempted)) {
      ++report.skipped;
    } else if (attempted.status == model::NotificationStatus::delivered) {
      ++report.delivered;
    } else if (attempted.status == model::NotificationStatus::failed) {
      ++report.failed;
    } else {
      ++report.retried;
    }
  }
  return report;
}

}  // namespace ejournal::services
