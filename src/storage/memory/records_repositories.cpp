#include "records_repositories.hpp"

#include <string>
#include <tuple>

#include "checks.hpp"
#include "lists.hpp"

namespace ejournal::storage::memory {

// Invitations ----------------------------------------------------------------------------------

namespace {

constexpr std::string_view kTokenHash = "invitation with token hash";

void check_invitation_references(const Database& db, const model::Invitation& invitation) {
  const model::InstitutionId institution = invitation.institution_id;
  require_present(db.people, {institution, invitation.person_id}, "person");
  if (invitation.class_id)
    require_present(db.classes, {institution, *invitation.class_id}, "class");
  if (invitation.child_id) require_present(db.people, {institution, *invitation.child_id}, "child");
}

}  // namespace

void MemoryInvitations::insert(const model::Invitation& invitation) {
  tx_.write([&](Database& db) {
    tx_.statement("insert invitation");
    require_free(db.invitations, scoped_key(invitation), "invitation");
    check_invitation_references(db, invitation);
    require_unique(db.invitations.indexes().by_token_hash, std::tuple{invitation.token_hash},
                   kTokenHash);
    tx_.insert_row(db.invitations, first_version(invitation));
  });
}

std::optional<model::Invitation> MemoryInvitations::find(model::InstitutionId institution,
                                                         model::InvitationId id) {
  return found(tx_.read().invitations, {institution, id});
}

std::optional<model::Invitation> MemoryInvitations::find_by_token_hash(
    std::string_view token_hash) {
  const auto& invitations = tx_.read().invitations;
  const auto* key = invitations.indexes().by_token_hash.find({std::string(token_hash)});
  return key == nullptr ? std::nullopt : found(invitations, *key);
}

std::int64_t MemoryInvitations::update(const model::Invitation& invitation) {
  return tx_.write([&](Database& db) {
    tx_.statement("update invitation");
    require_current(db.invitations, invitation, "invitation");
    check_invitation_references(db, invitation);
    require_unique_except(db.invitations.indexes().by_token_hash, std::tuple{invitation.token_hash},
                          scoped_key(invitation), kTokenHash);
    tx_.replace_row(db.invitations, next_version(invitation));
    return invitation.version + 1;
  });
}

std::vector<model::Invitation> MemoryInvitations::list_for_person(model::InstitutionId institution,
                                                                  model::PersonId person) {
  const auto& invitations = tx_.read().invitations;
  return rows_of(invitations, invitations.indexes().by_person.find({institution, person}),
                 [institution](const auto& entry) {
                   return std::tuple{institution, std::get<model::InvitationId>(entry)};
                 });
}

// Audit ----------------------------------------------------------------------------------------

namespace {

template <class Entries>
std::vector<model::AuditEntry> audit_entries(const decltype(Database::audit)& audit,
                                             model::InstitutionId institution,
                                             const Entries& entries) {
  std::vector<model::AuditEntry> rows;
  rows.reserve(entries.size());
  for (const auto& [sequence, id] : entries) rows.push_back(audit.at({institution, id}).entry);
  return rows;
}

}  // namespace

void MemoryAudit::append(const model::AuditEntry& entry) {
  tx_.write([&](Database& db) {
    tx_.statement("insert audit entry");
    require_free(db.audit, {entry.institution_id, entry.id}, "audit entry");
    require_present(db.institutions, {entry.institution_id}, "institution");
    tx_.insert_row(db.audit, AuditRow{db.next_audit_sequence++, entry});
  });
}

std::vector<model::AuditEntry> MemoryAudit::list_for_entity(model::InstitutionId institution,
                                                            std::string_view entity_type,
                                                            std::string_view entity_id) {
  const auto& audit = tx_.read().audit;
  return audit_entries(audit, institution,
                       audit.indexes().by_entity.find(
                           {institution, std::string(entity_type), std::string(entity_id)}));
}

std::vector<model::AuditEntry> MemoryAudit::list_for_actor(model::InstitutionId institution,
                                                           model::PersonId person) {
  const auto& audit = tx_.read().audit;
  return audit_entries(audit, institution, audit.indexes().by_actor.find({institution, person}));
}

// Notifications --------------------------------------------------------------------------------

namespace {

constexpr std::string_view kIdempotencyKey = "notification of (institution, idempotency key)";

auto idempotency_key(const model::Notification& notification) {
  return std::tuple{notification.institution_id, notification.idempotency_key};
}

}  // namespace

void MemoryNotifications::enqueue(const model::Notification& notification) {
  tx_.write([&](Database& db) {
    tx_.statement("insert notification");
    require_free(db.notifications, scoped_key(notification), "notification");
    require_present(db.institutions, {notification.institution_id}, "institution");
    require_unique(db.notifications.indexes().by_idempotency_key, idempotency_key(notification),
                   kIdempotencyKey);
    tx_.insert_row(db.notifications, first_version(notification));
  });
}

std::optional<model::Notification> MemoryNotifications::find(model::InstitutionId institution,
                                                             model::NotificationId id) {
  return found(tx_.read().notifications, {institution, id});
}

std::int64_t MemoryNotifications::update(const model::Notification& notification) {
  return tx_.write([&](Database& db) {
    tx_.statement("update notification");
    require_current(db.notifications, notification, "notification");
    require_unique_except(db.notifications.indexes().by_idempotency_key,
                          idempotency_key(notification), notification.id, kIdempotencyKey);
    tx_.replace_row(db.notifications, next_version(notification));
    return notification.version + 1;
  });
}

std::vector<model::Notification> MemoryNotifications::list_due(model::Instant now,
                                                               std::size_t limit) {
  const auto& notifications = tx_.read().notifications;
  std::vector<model::Notification> rows;
  for (const auto& [due, id, institution] : notifications.indexes().pending.find({})) {
    if (due > now || rows.size() >= limit) break;
    rows.push_back(notifications.at({institution, id}));
  }
  return rows;
}

// Notification preferences -------------------------------------------------------------------

void MemoryNotificationPreferences::insert(const model::NotificationPreferences& preferences) {
  tx_.write([&](Database& db) {
    tx_.statement("insert notification preferences");
    require_free(db.notification_preferences, preferences_key(preferences),
                 "notification preferences");
    require_present(db.people, {preferences.institution_id, preferences.person_id}, "person");
    tx_.insert_row(db.notification_preferences, first_version(preferences));
  });
}

std::optional<model::NotificationPreferences> MemoryNotificationPreferences::find(
    model::InstitutionId institution, model::PersonId person) {
  return found(tx_.read().notification_preferences, {institution, person});
}

std::int64_t MemoryNotificationPreferences::update(
    const model::NotificationPreferences& preferences) {
  return tx_.write([&](Database& db) {
    tx_.statement("update notification preferences");
    require_current(db.notification_preferences, preferences, "notification preferences");
    tx_.replace_row(db.notification_preferences, next_version(preferences));
    return preferences.version + 1;
  });
}

}  // namespace ejournal::storage::memory
