/* The notification outbox through the C ABI (ejournal/outbox.h): an approval's invitation e-mail
 * delivered to a notifier that collects it, retried after a temporary failure, given up after a
 * permanent one, and bad policies and arguments. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "onboarding_fixture.h"
#include "store_fixture.h"

/* What the test notifier does and what it saw. */
typedef struct mailbox {
  int32_t answer;    /* the status it returns */
  const char* error; /* written into the error buffer when not NULL */
  int calls;
  int32_t last_attempt;
  size_t error_size;
  char recipient[128];
  char key[128];
  char channel[16];
  int body_has_link;
  ej_uuid institution;
} mailbox;

static int32_t collect(const ej_notification* notification, char* error, size_t error_size,
                       void* payload) {
  mailbox* box = (mailbox*)payload;
  ++box->calls;
  box->last_attempt = notification->attempt;
  box->error_size = error_size;
  box->institution = notification->institution;
  snprintf(box->recipient, sizeof box->recipient, "%s", notification->recipient);
  snprintf(box->key, sizeof box->key, "%s", notification->idempotency_key);
  snprintf(box->channel, sizeof box->channel, "%s", notification->channel);
  box->body_has_link = strstr(notification->body, ONBOARDING_BASE_URL "?token=") != NULL;
  if (box->error != NULL) snprintf(error, error_size, "%s", box->error);
  return box->answer;
}

static int deliver(ej_delivery_report* report, platform* p, int64_t at, mailbox* box) {
  const ej_delivery_report fresh = EJ_DELIVERY_REPORT_INIT;
  *report = fresh;
  return CHECK_OK(ej_outbox_deliver_due(report, p->store, &at, NULL, collect, box));
}

static void test_delivered(platform* p) {
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_delivery_report report;
  mailbox box;
  memset(&box, 0, sizeof box);
  box.answer = EJ_DELIVERY_DELIVERED;
  if (!onboarding_fixture_approved(p, &approval)) return;

  if (deliver(&report, p, ONBOARDING_NOW, &box)) {
    CHECK_INT(report.delivered, 1);
    CHECK_INT(report.retried + report.failed + report.skipped, 0);
  }
  CHECK_INT(box.calls, 1);
  CHECK_INT(box.last_attempt, 1);
  CHECK_INT(box.error_size, EJ_DELIVERY_ERROR_SIZE);
  CHECK_STR(box.channel, "email");
  CHECK_STR(box.recipient, "Olena.Admin@school.example.ua");
  CHECK(strncmp(box.key, "invitation:", 11) == 0);
  CHECK(box.body_has_link);
  CHECK(store_fixture_same_id(&box.institution, &approval.institution));

  /* Delivered once: the next run finds nothing. */
  if (deliver(&report, p, ONBOARDING_NOW + 60 * ONBOARDING_MINUTE, &box)) {
    CHECK_INT(report.delivered, 0);
  }
  CHECK_INT(box.calls, 1);
}

static void test_retried_then_given_up(platform* p) {
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_delivery_report report;
  ej_delivery_policy policy;
  mailbox box;
  const int64_t later = ONBOARDING_NOW + 2 * ONBOARDING_MINUTE;
  memset(&box, 0, sizeof box);
  if (!onboarding_fixture_approved(p, &approval)) return;

  /* A temporary failure: pending again after the first retry delay (1 minute). */
  box.answer = EJ_DELIVERY_RETRY_LATER;
  box.error = "451 mailbox busy";
  if (deliver(&report, p, ONBOARDING_NOW, &box)) CHECK_INT(report.retried, 1);
  if (deliver(&report, p, ONBOARDING_NOW, &box)) CHECK_INT(report.retried, 0);
  CHECK_INT(box.calls, 1);

  /* A status the API does not know counts as a temporary failure too. */
  box.answer = 42;
  box.error = NULL;
  if (deliver(&report, p, later, &box)) CHECK_INT(report.retried, 1);
  CHECK_INT(box.last_attempt, 2);

  /* A permanent failure gives up at once, whatever attempts are left. */
  box.answer = EJ_DELIVERY_REJECTED;
  box.error = "550 no such mailbox";
  CHECK_OK(ej_delivery_policy_init(&policy, EJ_DELIVERY_POLICY_VERSION));
  CHECK_INT(policy.batch_limit, 100);
  CHECK_INT(policy.max_attempts, 10);
  CHECK_INT(policy.first_retry_delay_us, ONBOARDING_MINUTE);
  {
    const int64_t much_later = later + 60 * ONBOARDING_MINUTE;
    report.version = EJ_DELIVERY_REPORT_VERSION;
    CHECK_OK(ej_outbox_deliver_due(&report, p->store, &much_later, &policy, collect, &box));
    CHECK_INT(report.failed, 1);
    CHECK_INT(box.last_attempt, 3);
    /* Given up: never offered again. */
    CHECK_OK(ej_outbox_deliver_due(NULL, p->store, NULL, NULL, collect, &box));
    CHECK_INT(box.calls, 3);
  }
}

static void test_errors(platform* p) {
  ej_delivery_report report = EJ_DELIVERY_REPORT_INIT;
  ej_delivery_policy policy = EJ_DELIVERY_POLICY_INIT;
  mailbox box;
  memset(&box, 0, sizeof box);

  CHECK_ERROR(ej_outbox_deliver_due(&report, NULL, NULL, NULL, collect, &box), EJ_EINVALID,
              "'store'");
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, NULL, NULL, &box), EJ_EINVALID,
              "'notifier'");
  report.version = 0;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, NULL, collect, &box), EJ_EVERSION,
              "out->version");
  report.version = EJ_DELIVERY_REPORT_VERSION;
  policy.batch_limit = 0;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, &policy, collect, &box), EJ_EINVALID,
              "policy->batch_limit");
  policy.batch_limit = 1;
  policy.max_attempts = 0;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, &policy, collect, &box), EJ_EINVALID,
              "max_attempts");
  policy.max_attempts = 1;
  policy.first_retry_delay_us = 0;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, &policy, collect, &box), EJ_EINVALID,
              "first_retry_delay");
  policy.first_retry_delay_us = 10;
  policy.max_retry_delay_us = 5;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, &policy, collect, &box), EJ_EINVALID,
              "max_retry_delay");
  policy.max_retry_delay_us = 10;
  policy.reserved = 1;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, &policy, collect, &box), EJ_EINVALID,
              "policy->reserved");
  policy.reserved = 0;
  policy.version = 2;
  CHECK_ERROR(ej_outbox_deliver_due(&report, p->store, NULL, &policy, collect, &box), EJ_EVERSION,
              "policy->version");
  CHECK_ERROR(ej_delivery_policy_init(&policy, 0), EJ_EVERSION, "version");
  CHECK_INT(policy.version, 0);
  CHECK_ERROR(ej_delivery_policy_init(NULL, 1), EJ_EINVALID, "'opts'");
  CHECK_INT(box.calls, 0);
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    platform p;
    if (onboarding_fixture_open(&p, *uri)) {
      test_delivered(&p);
      test_retried_then_given_up(&p);
      test_errors(&p);
    }
    onboarding_fixture_close(&p);
  }
  return check_finish("capi_outbox");
}
