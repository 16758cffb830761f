// Memory repositories of invitations, the audit trail, the notification outbox and the
// notification preferences.
#pragma once

#include "ejournal/storage/repositories.hpp"
#include "transaction.hpp"

namespace ejournal::storage::memory {

/// The InvitationRepository of a memory unit of work, over its Transaction.
class MemoryInvitations final : public InvitationRepository {
 public:
  explicit MemoryInvitations(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Invitation& invitation) override;
  std::optional<model::Invitation> find(model::InstitutionId institution,
                                        model::InvitationId id) override;
  std::optional<model::Invitation> find_by_token_hash(std::string_view token_hash) override;
  std::int64_t update(const model::Invitation& invitation) override;
  std::vector<model::Invitation> list_for_person(model::InstitutionId institution,
                                                 model::PersonId person) override;

 private:
  Transaction& tx_;
};

/// The AuditRepository of a memory unit of work, over its Transaction.
class MemoryAudit final : public AuditRepository {
 public:
  explicit MemoryAudit(Transaction& transaction) : tx_(transaction) {}
  void append(const model::AuditEntry& entry) override;
  std::vector<model::AuditEntry> list_for_entity(model::InstitutionId institution,
                                                 std::string_view entity_type,
                                                 std::string_view entity_id) override;
  std::vector<model::AuditEntry> list_for_actor(model::InstitutionId institution,
                                                model::PersonId person) override;

 private:
  Transaction& tx_;
};

/// The NotificationRepository of a memory unit of work, over its Transaction.
class MemoryNotifications final : public NotificationRepository {
 public:
  explicit MemoryNotifications(Transaction& transaction) : tx_(transaction) {}
  void enqueue(const model::Notification& notification) override;
  std::optional<model::Notification> find(model::InstitutionId institution,
                                          model::NotificationId id) override;
  std::int64_t update(const model::Notification& notification) override;
  std::vector<model::Notification> list_due(model::Instant now, std::size_t limit) override;

 private:
  Transaction& tx_;
};

/// The NotificationPreferenceRepository of a memory unit of work, over its Transaction.
class MemoryNotificationPreferences final : public NotificationPreferenceRepository {
 public:
  explicit MemoryNotificationPreferences(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::NotificationPreferences& preferences) override;
  std::optional<model::NotificationPreferences> find(model::InstitutionId institution,
                                                     model::PersonId person) override;
  std::int64_t update(const model::NotificationPreferences& preferences) override;

 private:
  Transaction& tx_;
};

}  // namespace ejournal::storage::memory
