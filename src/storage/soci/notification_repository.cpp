// The notification outbox, written in the transaction of the change it announces.
#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>

#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kNotificationColumns[] = {
    "channel",        "recipient",  "subject",         "body",         "idempotency_key", "status",
    "attempts",       "created_at", "next_attempt_at", "delivered_at", "last_error",      "version",
    "institution_id", "id"};
constexpr Table kNotifications{"notifications", kNotificationColumns};

struct NotificationRow {
  std::string channel;
  std::string recipient;
  std::string subject;
  std::string body;
  std::string idempotency_key;
  int status = 0;
  int attempts = 0;
  long long created_at = 0;
  long long next_attempt_at = 0;
  Nullable<long long> delivered_at;
  std::string last_error;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(NotificationRow& row) {
  return std::tie(row.channel, row.recipient, row.subject, row.body, row.idempotency_key,
                  row.status, row.attempts, row.created_at, row.next_attempt_at, row.delivered_at,
                  row.last_error, row.version, row.institution_id, row.id);
}

NotificationRow to_row(const model::Notification& notification, std::int64_t version) {
  NotificationRow row;
  row.channel = notification.channel;
  row.recipient = notification.recipient;
  row.subject = notification.subject;
  row.body = notification.body;
  row.idempotency_key = notification.idempotency_key;
  row.status = enum_code(notification.status);
  row.attempts = notification.attempts;
  row.created_at = instant_micros(notification.created_at);
  row.next_attempt_at = instant_micros(notification.next_attempt_at);
  row.delivered_at = nullable_instant(notification.delivered_at);
  row.last_error = notification.last_error;
  row.version = version;
  row.institution_id = id_text(notification.institution_id);
  row.id = id_text(notification.id);
  return row;
}

model::Notification from_row(const NotificationRow& row) {
  model::Notification notification;
  notification.id = parse_id<model::NotificationId>(row.id);
  notification.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  notification.channel = row.channel;
  notification.recipient = row.recipient;
  notification.subject = row.subject;
  notification.body = row.body;
  notification.idempotency_key = row.idempotency_key;
  notification.status = enum_from_code(row.status, model::NotificationStatus::pending,
                                       model::NotificationStatus::failed, "notification status");
  notification.attempts = row.attempts;
  notification.created_at = instant_from_micros(row.created_at);
  notification.next_attempt_at = instant_from_micros(row.next_attempt_at);
  notification.delivered_at = optional_instant(row.delivered_at);
  notification.last_error = row.last_error;
  notification.version = row.version;
  return notification;
}

}  // namespace

void SociNotificationRepository::enqueue(const model::Notification& notification) {
  static const std::string sql = insert_sql(kNotifications);
  NotificationRow row = to_row(notification, 1);
  insert_row(connection_, sql, row);
}

std::optional<model::Notification> SociNotificationRepository::find(
    model::InstitutionId institution, model::NotificationId id) {
  static const std::string sql =
      select_sql(kNotifications) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string notification_id = id_text(id);
  std::optional<model::Notification> found;
  query_rows<NotificationRow>(
      connection_, sql, [&](const NotificationRow& row) { found = from_row(row); },
      soci::use(institution_id), soci::use(notification_id));
  return found;
}

std::int64_t SociNotificationRepository::update(const model::Notification& notification) {
  static const std::string sql = update_sql(kNotifications);
  NotificationRow row = to_row(notification, notification.version + 1);
  const long long changed = update_row(connection_, sql, row, notification.version);
  return finish_versioned_update(connection_, changed, notification.version, kNotifications.name,
                                 row.institution_id, row.id, "notification " + row.id);
}

std::vector<model::Notification> SociNotificationRepository::list_due(model::Instant now,
                                                                      std::size_t limit) {
  static const std::string sql = select_sql(kNotifications) +
                                 " WHERE status = :pending AND next_attempt_at <= :now"
                                 " ORDER BY next_attempt_at, id LIMIT :limit";
  std::vector<model::Notification> due;
  if (limit == 0) return due;
  const int pending = enum_code(model::NotificationStatus::pending);
  const long long now_micros = instant_micros(now);
  const long long most =
      static_cast<long long>(std::min<std::size_t>(limit, std::numeric_limits<long long>::max()));
  query_rows<NotificationRow>(
      connection_, sql, [&](const NotificationRow& row) { due.push_back(from_row(row)); },
      soci::use(pending), soci::use(now_micros), soci::use(most));
  return due;
}

}  // namespace ejournal::storage::soci_backend
