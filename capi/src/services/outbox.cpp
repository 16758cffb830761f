// ej_outbox_deliver_due and ej_delivery_policy_init: the notification outbox delivered through a
// caller's C callback.
#include <array>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <string>

#include "ejournal/model/records.hpp"
#include "ejournal/services/notifications.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

namespace {

// The constants of outbox.h are the service's enumerators, so the cast below is exact; any
// other value the callback returns is the service's to judge (a temporary failure).
static_assert(static_cast<int>(services::DeliveryStatus::delivered) == EJ_DELIVERY_DELIVERED);
static_assert(static_cast<int>(services::DeliveryStatus::rejected) == EJ_DELIVERY_REJECTED);
static_assert(EJ_DELIVERY_ERROR_SIZE == services::kMaxDeliveryErrorBytes + 1);

const ej_delivery_policy kDefaultPolicy = EJ_DELIVERY_POLICY_INIT;

/// A services::Notifier over an ej_notifier_fn: lends each message as an ej_notification and
/// reads the callback's status and error text back.
class CallbackNotifier final : public services::Notifier {
 public:
  CallbackNotifier(ej_notifier_fn callback, void* payload) noexcept
      : callback_(callback), payload_(payload) {}

  services::DeliveryOutcome deliver(const model::Notification& notification) override {
    const ej_notification view{EJ_NOTIFICATION_VERSION,
                               notification.attempts < INT32_MAX
                                   ? static_cast<int32_t>(notification.attempts) + 1
                                   : INT32_MAX,
                               records::write_uuid(notification.id.value),
                               records::write_uuid(notification.institution_id.value),
                               notification.channel.c_str(),
                               notification.recipient.c_str(),
                               notification.subject.c_str(),
                               notification.body.c_str(),
                               notification.idempotency_key.c_str()};
    std::array<char, EJ_DELIVERY_ERROR_SIZE> error{};
    const int32_t status = callback_(&view, error.data(), error.size(), payload_);
    // The callback may have filled the buffer to its end, NUL or not.
    const std::string reason(error.data(), strnlen(error.data(), error.size()));
    return {static_cast<services::DeliveryStatus>(status), reason};
  }

 private:
  ej_notifier_fn callback_;
  void* payload_;
};

services::DeliveryPolicy read_policy(const ej_delivery_policy* given) {
  const ej_delivery_policy& policy = given != nullptr ? *given : kDefaultPolicy;
  capi::check_options_version(policy.version, EJ_DELIVERY_POLICY_VERSION, "policy->version");
  capi::check_reserved(policy.reserved, "policy->reserved");
  if (policy.batch_limit < 1) {
    capi::fail_invalid("argument 'policy->batch_limit' is " + std::to_string(policy.batch_limit) +
                       "; it must be at least 1");
  }
  services::DeliveryPolicy result;
  result.batch_limit = static_cast<std::size_t>(policy.batch_limit);
  result.max_attempts = policy.max_attempts;
  result.first_retry_delay = std::chrono::microseconds(policy.first_retry_delay_us);
  result.max_retry_delay = std::chrono::microseconds(policy.max_retry_delay_us);
  return result;
}

/// Zeroes an optional output struct the caller versioned, after checking that version.
void reset_report(ej_delivery_report* out) {
  if (out == nullptr) return;
  records::check_struct_version(out->version, EJ_DELIVERY_REPORT_VERSION, "out->version");
  const std::uint32_t version = out->version;
  *out = ej_delivery_report{};
  out->version = version;
}

}  // namespace

extern "C" {

int ej_delivery_policy_init(ej_delivery_policy* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultPolicy);
}

int ej_outbox_deliver_due(ej_delivery_report* out, ej_store* store, const int64_t* now,
                          const ej_delivery_policy* policy, ej_notifier_fn notifier,
                          void* payload) {
  return capi::guarded([&] {
    reset_report(out);
    auto& core = records::store_of(store);
    if (notifier == nullptr) capi::fail_invalid("argument 'notifier' is NULL");
    const services::DeliveryPolicy rules = read_policy(policy);
    const capi::CallerClock clock(now);
    CallbackNotifier relay(notifier, payload);
    const services::DeliveryReport report = services::deliver_due(core, relay, clock, rules);
    if (out != nullptr) {
      out->delivered = static_cast<int64_t>(report.delivered);
      out->retried = static_cast<int64_t>(report.retried);
      out->failed = static_cast<int64_t>(report.failed);
      out->skipped = static_cast<int64_t>(report.skipped);
    }
    return EJ_OK;
  });
}

}  // extern "C"
