// A fresh store per test (in memory and in-memory SQLite) with one school in it, a clock the test
// moves, and a notifier the test scripts.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ejournal/model/institution.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/services/notifications.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::testing {

/// 2024-09-02T06:00:00Z, a Monday morning in Kyiv.
[[nodiscard]] model::Instant monday_morning();

/// A clock that stands still until the test moves it.
class FakeClock final : public model::Clock {
 public:
  explicit FakeClock(model::Instant start) : now_(start) {}
  [[nodiscard]] model::Instant now() const override { return now_; }
  void advance(std::chrono::microseconds by) { now_ += by; }

 private:
  model::Instant now_;
};

/// Keeps every message handed to it and answers with `answer` (success unless the test sets it).
class ScriptedNotifier final : public Notifier {
 public:
  DeliveryOutcome deliver(const model::Notification& notification) override;

  std::function<DeliveryOutcome(const model::Notification&)> answer;
  std::vector<model::Notification> received;
  /// The idempotency keys of `received`, in order.
  [[nodiscard]] std::vector<std::string> keys() const;
};

/// A school with no one in it yet; `index` 0 or 1 gives two different ones.
[[nodiscard]] model::Institution make_school(int index);

/// A pending e-mail of `institution` with `key`, due at `due`.
[[nodiscard]] model::Notification make_message(const model::Institution& institution,
                                               const std::string& key, model::Instant due);

/// The fixture of the delivery tests; the parameter is the store's URI.
class OutboxTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override;

  /// Enqueues `messages` of the school in one unit of work.
  void enqueue(const std::vector<model::Notification>& messages);
  /// The stored message, which must exist.
  [[nodiscard]] model::Notification stored(const model::Notification& message);
  /// deliver_due on this fixture's store, notifier and clock.
  DeliveryReport run(const DeliveryPolicy& policy = {});

  std::unique_ptr<storage::Store> store_;
  model::Institution school_ = make_school(0);
  FakeClock clock_{monday_morning()};
  ScriptedNotifier notifier_;
  /// While set, the store refuses every update of a notification (a crash before the record).
  bool refuse_recording_ = false;
};

/// "memory" or "sqlite_memory", the suffix of each test's name.
[[nodiscard]] std::string store_name(const ::testing::TestParamInfo<const char*>& info);

}  // namespace ejournal::services::testing
