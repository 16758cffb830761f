// The notification outbox: messages are written in the transaction of the change they announce
// (UnitOfWork::notifications().enqueue) and delivered later, at least once, through a pluggable
// Notifier. Nothing is lost when the process dies between the commit and the delivery: the row
// stays pending and the next deliver_due sends it (again, with the same idempotency key).
//
// A body may carry a secret (an invitation e-mail holds the acceptance link with its token), so
// it is kept only while the message may still be sent: deliver_due clears it when it records the
// message delivered or finally failed. The subject, recipient, idempotency key, times and last
// error stay as the record of what was sent.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "ejournal/model/records.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/services/invitation_email.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// "invitation:<invitation id>:<token generation>". A resent invitation (a new token, the next
/// generation) is a new message; a retried delivery of the same one is not. Throws
/// Error(invalid, argument) for the nil id or a `token_generation` < 1.
std::string invitation_idempotency_key(model::InvitationId invitation, int token_generation);

/// The outbox row of an invitation e-mail, to enqueue in the unit of work that stores the
/// invitation: a new id, the invitation's institution, channel "email" to the invitation's
/// address, the e-mail's subject and body, the key of invitation_idempotency_key, pending and
/// due at `now`. Returned as model::validated makes it; throws Error(invalid, argument) for what
/// that refuses (an invalid address, a nil id …) and for a token generation < 1.
model::Notification make_invitation_notification(const model::Invitation& invitation,
                                                 int token_generation, const InvitationEmail& email,
                                                 model::Instant now);

/// How one delivery attempt ended.
enum class DeliveryStatus {
  delivered = 1,  ///< handed over; never sent again
  retry_later,    ///< a temporary failure (server busy, network down): try again after a delay
  rejected,       ///< a permanent failure (no such mailbox): give up now
};

/// What a notifier reports for one message.
struct DeliveryOutcome {
  DeliveryStatus status = DeliveryStatus::delivered;
  std::string error;  ///< why it failed; stored shortened, with link tokens removed

  /// The message was handed over.
  static DeliveryOutcome success();
  /// A temporary failure, for `reason`.
  static DeliveryOutcome temporary_failure(std::string reason);
  /// A permanent failure, for `reason`.
  static DeliveryOutcome permanent_failure(std::string reason);
};

/// Sends outbox messages: an SMTP client, a queue producer, or the adapters of the C callback and
/// the Python callable. It may be called again for a message it already sent (at-least-once
/// delivery), so it should drop a repeated idempotency_key. A std::exception from deliver() counts
/// as a temporary failure (its what() becomes last_error); an exception of any other type
/// propagates out of deliver_due and leaves the message pending, due again at once.
class Notifier {
 public:
  virtual ~Notifier() = default;
  /// Sends one message; runs outside any transaction, so it may take its time.
  virtual DeliveryOutcome deliver(const model::Notification& notification) = 0;
};

/// How deliver_due works through the outbox.
struct DeliveryPolicy {
  std::size_t batch_limit = 100;  ///< messages per run, at least 1
  int max_attempts = 10;          ///< failed attempts before a message is given up, at least 1
  /// The delay after the first failure; each further failure doubles it, up to max_retry_delay.
  std::chrono::microseconds first_retry_delay = std::chrono::minutes(1);
  std::chrono::microseconds max_retry_delay = std::chrono::hours(6);
};

/// What one run of deliver_due did.
struct DeliveryReport {
  std::size_t delivered = 0;  ///< sent and recorded as delivered
  std::size_t retried = 0;    ///< failed, still pending for a later attempt
  std::size_t failed = 0;     ///< given up: rejected, or out of attempts
  std::size_t skipped = 0;    ///< changed by someone else meanwhile; their record stands
};

/// The longest last_error stored for a failed attempt, in bytes.
inline constexpr std::size_t kMaxDeliveryErrorBytes = 500;

/// The wait after the `attempts`-th failed attempt: first_retry_delay × 2^(attempts − 1), at most
/// max_retry_delay. Throws Error(invalid, argument) when `attempts` < 1 or the policy is invalid
/// (see deliver_due).
std::chrono::microseconds retry_delay(int attempts, const DeliveryPolicy& policy);

/// Delivers the outbox messages due at clock.now(), at most policy.batch_limit of them, oldest
/// due first. They are read in one read unit that ends before the first delivery; each is handed
/// to `notifier` outside any transaction and its outcome recorded in its own write unit against
/// the version read (optimistic): delivered (delivered_at = now, body cleared), or attempts + 1
/// and last_error (control characters replaced, "token=…" values removed, shortened to
/// kMaxDeliveryErrorBytes), then failed (body cleared) when rejected or when attempts reaches
/// max_attempts, otherwise pending again (body kept) at now + retry_delay(attempts). A message
/// changed meanwhile (Error(conflict)) is skipped. Throws Error(invalid, argument) for a policy
/// with batch_limit or max_attempts below 1, a retry delay below 1 µs, or max_retry_delay below
/// first_retry_delay; any other storage error propagates, leaving the messages not yet recorded
/// pending, to be delivered again by the next run.
DeliveryReport deliver_due(storage::Store& store, Notifier& notifier, const model::Clock& clock,
                           const DeliveryPolicy& policy = {});

}  // namespace ejournal::services
