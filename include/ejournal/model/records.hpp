// Invitations, the audit trail and the notification outbox.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::model {

enum class InvitationStatus { pending = 1, accepted, revoked };

/// An invitation to take a role; the token itself is handed out once and stored only as a hash.
struct Invitation {
  InvitationId id;
  InstitutionId institution_id;
  PersonId person_id;  ///< the invited person
  Role role = Role::teacher;
  std::optional<ClassId> class_id;   ///< for a class teacher
  std::optional<PersonId> child_id;  ///< for a parent
  std::string email;
  std::string token_hash;  ///< hex of the token's hash
  Instant created_at{};
  Instant expires_at{};
  InvitationStatus status = InvitationStatus::pending;
  std::optional<Instant> accepted_at;
  std::int64_t version = 0;
};

/// One change, as appended to the audit trail; never altered or deleted.
struct AuditEntry {
  AuditId id;
  InstitutionId institution_id;
  std::optional<PersonId> actor_id;  ///< empty for the system itself
  Instant at{};
  std::string entity_type;  ///< "grade", "institution" …
  std::string entity_id;    ///< the entity's id text
  std::string action;       ///< "create", "update", "approve" …
  std::string before;       ///< a JSON object, or empty
  std::string after;
  std::string reason;
};

enum class NotificationStatus { pending = 1, delivered, failed };

/// A message waiting in the outbox, written in the transaction of the change it announces.
struct Notification {
  NotificationId id;
  InstitutionId institution_id;
  std::string channel;    ///< "email"
  std::string recipient;  ///< address on that channel
  std::string subject;
  std::string body;
  std::string idempotency_key;  ///< unique per institution; lets a notifier drop repeats
  NotificationStatus status = NotificationStatus::pending;
  int attempts = 0;
  Instant created_at{};
  Instant next_attempt_at{};
  std::optional<Instant> delivered_at;
  std::string last_error;
  std::int64_t version = 0;
};

/// What a person wants to be told about the students they are a parent of (issue 7 point 7).
/// A person without a stored choice gets every kind: the defaults below.
struct NotificationPreferences {
  InstitutionId institution_id;
  PersonId person_id;
  bool published_grades = true;  ///< a grade of a child is published
  bool absences = true;          ///< a child is marked absent
  bool comments = true;          ///< a teacher writes a comment to a child
  std::int64_t version = 0;
};

}  // namespace ejournal::model
