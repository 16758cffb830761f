// Telling parents what happens to their children (issue 7 point 7): a newly published grade, an
// absence, a new comment. The services that record these events call notify_parents in the same
// unit of work, so a message leaves through the outbox (notifications.hpp) exactly when the
// change commits; each parent chooses which kinds they receive.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// The choices of `person`, or the defaults (every kind on, version 0) when they never chose.
/// Read by the person themself (access::Operation::manage_own_account). Throws
/// Error(permission, access) for anyone else, Error(not_found, argument) for a person the
/// institution does not have.
model::NotificationPreferences notification_preferences(storage::Store& store,
                                                        const access::Principal& principal,
                                                        model::InstitutionId institution,
                                                        model::PersonId person);

/// Stores the choices of `choices.person_id` in `choices.institution_id`, made by the person
/// themself (manage_own_account), and audits the change ("notification_preferences" "update",
/// before → after). `choices.version` is the version the choices were read at (0 when none were
/// stored): a stale one is Error(conflict), so two devices never overwrite each other unseen.
/// Returns the stored version. Throws as notification_preferences does.
std::int64_t set_notification_preferences(storage::Store& store, const access::Principal& principal,
                                          const model::NotificationPreferences& choices,
                                          const model::Clock& clock);

/// What a notice announces.
enum class ParentNoticeKind {
  published_grade = 1,  ///< a grade or special mark became visible to the family
  absence,              ///< the student was marked absent
  comment,              ///< a teacher wrote to the student
};

/// One event a student's parents may be told of.
struct ParentNotice {
  ParentNoticeKind kind = ParentNoticeKind::published_grade;
  model::InstitutionId institution_id;
  model::PersonId student_id;
  std::string entity_id;      ///< the id of the grade, attendance mark or comment
  std::int64_t revision = 1;  ///< the record's version: a corrected grade is told again
  std::string subject;        ///< the subject's name; empty for a whole day's attendance
  model::Date date;           ///< the day of the lesson, the mark or the comment
  /// The grade or special mark as the journal shows it ("10", "н/а"), the attendance code
  /// ("н"), or the comment's text.
  std::string detail;
};

/// Enqueues within `unit` (the unit of work that records the event) one e-mail in Ukrainian to
/// each parent of the student who has an e-mail address and has not turned this kind off, due at
/// `now`, with the idempotency key "<kind>:<entity id>:<revision>:<parent id>". Returns how many
/// were enqueued. Throws Error(not_found, argument) when the institution does not have the
/// student, Error(invalid, argument) for a kind out of range, an empty entity id or detail, or
/// text the outbox refuses (model::validated of the notification), and the storage's errors —
/// which leave the caller's unit to be rolled back with the event.
std::size_t notify_parents(storage::UnitOfWork& unit, const ParentNotice& notice,
                           model::Instant now);

}  // namespace ejournal::services
