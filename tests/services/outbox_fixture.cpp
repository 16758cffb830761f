#include "outbox_fixture.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <string_view>

#include "ejournal/storage/open.hpp"

namespace ejournal::services::testing {

using namespace std::chrono_literals;

model::Instant monday_morning() {
  return model::Instant{std::chrono::sys_days{std::chrono::year{2024} / 9 / 2} + 6h};
}

DeliveryOutcome ScriptedNotifier::deliver(const model::Notification& notification) {
  received.push_back(notification);
  return answer ? answer(notification) : DeliveryOutcome::success();
}

std::vector<std::string> ScriptedNotifier::keys() const {
  std::vector<std::string> result;
  for (const auto& notification : received) result.push_back(notification.idempotency_key);
  return result;
}

model::Institution make_school(int index) {
  constexpr std::array<const char*, 2> kEdrpou = {"32855961", "00032129"};
  model::Institution institution;
  institution.id = model::InstitutionId::generate();
  institution.name = "Ліцей № " + std::to_string(index + 1) + " імені Лесі Українки";
  institution.diso_id = std::to_string(100200 + index);
  institution.edrpou = kEdrpou.at(static_cast<std::size_t>(index));
  institution.oblast = "UA-80";
  institution.hromada_katottg = "UA80000000000093317";
  institution.created_at = monday_morning();
  return institution;
}

model::Notification make_message(const model::Institution& institution, const std::string& key,
                                 model::Instant due) {
  model::Notification notification;
  notification.id = model::NotificationId::generate();
  notification.institution_id = institution.id;
  notification.channel = "email";
  notification.recipient = "parent@example.com";
  notification.subject = "Запрошення";
  notification.body = "https://journal.example.ua/accept?token=secret";
  notification.idempotency_key = key;
  notification.created_at = monday_morning();
  notification.next_attempt_at = due;
  return notification;
}

void OutboxTest::SetUp() {
  storage::StoreOptions options;
  options.before_statement = [this](std::string_view statement) {
    std::string lower(statement);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (refuse_recording_ && lower.starts_with("update notification")) {
      throw std::runtime_error("the process died before recording the delivery");
    }
  };
  store_ = storage::open_store(GetParam(), options);
  const auto unit = store_->begin();
  unit->institutions().insert(school_);
  unit->commit();
}

void OutboxTest::enqueue(const std::vector<model::Notification>& messages) {
  const auto unit = store_->begin();
  for (const auto& message : messages) unit->notifications().enqueue(message);
  unit->commit();
}

model::Notification OutboxTest::stored(const model::Notification& message) {
  const auto unit = store_->begin(storage::Access::read);
  const auto found = unit->notifications().find(message.institution_id, message.id);
  if (!found) throw std::logic_error("notification " + message.id.str() + " is not stored");
  return *found;
}

DeliveryReport OutboxTest::run(const DeliveryPolicy& policy) {
  return deliver_due(*store_, notifier_, clock_, policy);
}

std::string store_name(const ::testing::TestParamInfo<const char*>& info) {
  return std::string_view(info.param) == "memory:" ? "memory" : "sqlite_memory";
}

}  // namespace ejournal::services::testing
