/*
 * ejournal/outbox.h — delivering the notification outbox. Messages (the invitation e-mails of
 * ejournal/onboarding.h …) are written in the transaction of the change they announce and
 * delivered later, at least once, through the caller's notifier callback: nothing is lost when
 * the process dies between the commit and the delivery (the message stays pending and the next
 * run sends it again, with the same idempotency key).
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_OUTBOX_H
#define EJOURNAL_OUTBOX_H

#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** One outbox message, lent to the notifier for the duration of its call. */
typedef struct ej_notification {
  uint32_t version;
  int32_t attempt; /**< 1 for the first delivery attempt, 2 for the first retry … */
  ej_uuid id;
  ej_uuid institution;
  const char* channel;   /**< "email" */
  const char* recipient; /**< the address on that channel */
  const char* subject;
  const char* body; /**< plain text, lines joined by "\n" */
  /** The same for every attempt at this message: a notifier drops a key it already sent. */
  const char* idempotency_key;
} ej_notification;

#define EJ_NOTIFICATION_VERSION 1

/** What a notifier reports for one message. */
typedef enum ej_delivery_status {
  EJ_DELIVERY_DELIVERED = 1,   /**< handed over; never sent again */
  EJ_DELIVERY_RETRY_LATER = 2, /**< a temporary failure (server busy): retried after a delay */
  EJ_DELIVERY_REJECTED = 3     /**< a permanent failure (no such mailbox): given up now */
} ej_delivery_status;

/** The size of the error buffer a notifier receives: at most 500 bytes of text and a NUL. */
#define EJ_DELIVERY_ERROR_SIZE 501

/**
 * Sends one message (an SMTP client, a queue producer …) and returns an ej_delivery_status. On a
 * failure it may write why, as NUL-terminated UTF-8, into `error` (`error_size` bytes, zeroed
 * on entry); the text is stored with the message, control characters replaced and "token=…"
 * values removed. Any other return value counts as EJ_DELIVERY_RETRY_LATER. It is called outside
 * any transaction, on the thread of ej_outbox_deliver_due(), and must return normally (no C++
 * exception, no longjmp). `notification` is borrowed for the call.
 */
typedef int32_t (*ej_notifier_fn)(const ej_notification* notification, char* error,
                                  size_t error_size, void* payload);

/** How ej_outbox_deliver_due() works through the outbox. Grows only at the end; set `version`. */
typedef struct ej_delivery_policy {
  uint32_t version;
  int32_t batch_limit;          /**< messages per run, ≥ 1 */
  int32_t max_attempts;         /**< failed attempts before a message is given up, ≥ 1 */
  int32_t reserved;             /**< 0 */
  int64_t first_retry_delay_us; /**< the delay after the first failure, ≥ 1; doubles after each */
  int64_t max_retry_delay_us;   /**< the longest delay, ≥ first_retry_delay_us */
} ej_delivery_policy;

#define EJ_DELIVERY_POLICY_VERSION 1
#define EJ_DELIVERY_POLICY_INIT \
  { EJ_DELIVERY_POLICY_VERSION, 100, 10, 0, INT64_C(60000000), INT64_C(21600000000) }

/**
 * Fills `opts` with the defaults of `version`: 100 messages a run, 10 attempts, retries after
 * 1 minute doubling up to 6 hours.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_delivery_policy_init(ej_delivery_policy* opts, uint32_t version);

/** What one run did. The caller sets `version` (EJ_DELIVERY_REPORT_INIT); the library fills in. */
typedef struct ej_delivery_report {
  uint32_t version;
  int32_t reserved;
  int64_t delivered; /**< sent and recorded as delivered */
  int64_t retried;   /**< failed, still pending for a later attempt */
  int64_t failed;    /**< given up: rejected, or out of attempts */
  int64_t skipped;   /**< changed by someone else meanwhile; their record stands */
} ej_delivery_report;

#define EJ_DELIVERY_REPORT_VERSION 1
#define EJ_DELIVERY_REPORT_INIT \
  { EJ_DELIVERY_REPORT_VERSION, 0, 0, 0, 0, 0 }

/**
 * Delivers the messages due at `now`, at most policy->batch_limit, oldest due first: each is
 * handed to `notifier` and its outcome recorded in its own unit of work — delivered, or one more
 * failed attempt (given up when rejected or out of attempts, otherwise due again after the
 * policy's delay). A message changed meanwhile by another run is skipped.
 * @param[out] out the counts; the caller sets out->version; may be NULL.
 * @param now NULL: the system clock.
 * @param policy NULL: EJ_DELIVERY_POLICY_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL store or notifier, or a bad policy (the message names
 *         the field); EJ_EVERSION for an unknown out->version or policy->version; EJ_ESTORAGE:
 *         the outcomes recorded before the failure stay recorded, the rest stay pending for the
 *         next run, and *out is zeroed.
 * Since: 0.1
 */
EJ_API int ej_outbox_deliver_due(ej_delivery_report* out, ej_store* store, const int64_t* now,
                                 const ej_delivery_policy* policy, ej_notifier_fn notifier,
                                 void* payload);

EJ_END_DECL

#endif
