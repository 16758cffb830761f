// The tables of the journal (lessons, grades, attendance, comments) and of invitations, the
// audit trail and the notification outbox, with their secondary indexes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

#include "ejournal/model/journal.hpp"
#include "ejournal/model/records.hpp"
#include "table.hpp"

namespace ejournal::storage::memory {

/// What makes a lesson unique: one lesson of a course per date and number.
inline auto lesson_slot(const model::Lesson& lesson) {
  return std::tuple{lesson.institution_id, lesson.course_id, lesson.date, lesson.number};
}

/// Lessons unique per slot; a course's lessons.
struct LessonIndexes {
  UniqueIndex<decltype(lesson_slot(model::Lesson{})), model::LessonId> by_slot;
  /// Ordered by date, then number, then id.
  GroupIndex<std::tuple<model::InstitutionId, model::CourseId>,
             std::tuple<model::Date, int, model::LessonId>>
      by_course;

  void add(const model::Lesson& row) {
    by_slot.add(lesson_slot(row), row.id);
    by_course.add({row.institution_id, row.course_id}, {row.date, row.number, row.id});
  }
  void remove(const model::Lesson& row) {
    by_slot.remove(lesson_slot(row));
    by_course.remove({row.institution_id, row.course_id}, {row.date, row.number, row.id});
  }
};

/// A course's grades (its journal pages) and a student's (their diary).
struct GradeIndexes {
  /// The order grade lists come in: date, then student, then id.
  using Entry = std::tuple<model::Date, model::PersonId, model::GradeId>;
  GroupIndex<std::tuple<model::InstitutionId, model::CourseId>, Entry> by_course;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>, Entry> by_student;

  void add(const model::GradeEntry& row) {
    by_course.add({row.institution_id, row.course_id}, {row.date, row.student_id, row.id});
    by_student.add({row.institution_id, row.student_id}, {row.date, row.student_id, row.id});
  }
  void remove(const model::GradeEntry& row) {
    by_course.remove({row.institution_id, row.course_id}, {row.date, row.student_id, row.id});
    by_student.remove({row.institution_id, row.student_id}, {row.date, row.student_id, row.id});
  }
};

/// What makes an attendance mark unique: one per student and lesson, or per student and day for
/// a whole-day mark (the date is left out of a lesson's mark, the lesson out of a day's).
inline auto attendance_occasion(const model::AttendanceMark& mark) {
  const std::optional<model::Date> whole_day =
      mark.lesson_id ? std::nullopt : std::optional<model::Date>(mark.date);
  return std::tuple{mark.institution_id, mark.student_id, mark.lesson_id, whole_day};
}

/// Marks unique per occasion; a student's marks and a lesson's.
struct AttendanceIndexes {
  /// The order attendance lists come in: date, then student, then id.
  using Entry = std::tuple<model::Date, model::PersonId, model::AttendanceId>;
  UniqueIndex<decltype(attendance_occasion(model::AttendanceMark{})), model::AttendanceId>
      by_occasion;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>, Entry> by_student;
  GroupIndex<std::tuple<model::InstitutionId, model::LessonId>, Entry> by_lesson;

  void add(const model::AttendanceMark& row) {
    by_occasion.add(attendance_occasion(row), row.id);
    by_student.add({row.institution_id, row.student_id}, {row.date, row.student_id, row.id});
    if (row.lesson_id) {
      by_lesson.add({row.institution_id, *row.lesson_id}, {row.date, row.student_id, row.id});
    }
  }
  void remove(const model::AttendanceMark& row) {
    by_occasion.remove(attendance_occasion(row));
    by_student.remove({row.institution_id, row.student_id}, {row.date, row.student_id, row.id});
    if (row.lesson_id) {
      by_lesson.remove({row.institution_id, *row.lesson_id}, {row.date, row.student_id, row.id});
    }
  }
};

/// A student's comments.
struct CommentIndexes {
  /// Oldest first.
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>,
             std::tuple<model::Instant, model::CommentId>>
      by_student;

  void add(const model::Comment& row) {
    by_student.add({row.institution_id, row.student_id}, {row.created_at, row.id});
  }
  void remove(const model::Comment& row) {
    by_student.remove({row.institution_id, row.student_id}, {row.created_at, row.id});
  }
};

/// Invitations by token hash, and a person's invitations.
struct InvitationIndexes {
  /// Token hashes are unique across the store, since acceptance knows no institution yet.
  UniqueIndex<std::tuple<std::string>, std::tuple<model::InstitutionId, model::InvitationId>>
      by_token_hash;
  /// Oldest first.
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>,
             std::tuple<model::Instant, model::InvitationId>>
      by_person;

  void add(const model::Invitation& row) {
    by_token_hash.add({row.token_hash}, {row.institution_id, row.id});
    by_person.add({row.institution_id, row.person_id}, {row.created_at, row.id});
  }
  void remove(const model::Invitation& row) {
    by_token_hash.remove({row.token_hash});
    by_person.remove({row.institution_id, row.person_id}, {row.created_at, row.id});
  }
};

/// An audit entry with the place it was appended at, since the trail is read in that order.
struct AuditRow {
  std::uint64_t sequence = 0;
  model::AuditEntry entry;
};

inline auto audit_key(const AuditRow& row) {
  return std::tuple{row.entry.institution_id, row.entry.id};
}

/// An entity's trail and an actor's, each in the order appended.
struct AuditIndexes {
  using Entry = std::tuple<std::uint64_t, model::AuditId>;  ///< sequence, id
  GroupIndex<std::tuple<model::InstitutionId, std::string, std::string>, Entry> by_entity;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>, Entry> by_actor;

  void add(const AuditRow& row) {
    const model::AuditEntry& entry = row.entry;
    by_entity.add({entry.institution_id, entry.entity_type, entry.entity_id},
                  {row.sequence, entry.id});
    if (entry.actor_id)
      by_actor.add({entry.institution_id, *entry.actor_id}, {row.sequence, entry.id});
  }
  void remove(const AuditRow& row) {
    const model::AuditEntry& entry = row.entry;
    by_entity.remove({entry.institution_id, entry.entity_type, entry.entity_id},
                     {row.sequence, entry.id});
    if (entry.actor_id) {
      by_actor.remove({entry.institution_id, *entry.actor_id}, {row.sequence, entry.id});
    }
  }
};

/// Idempotency keys unique per institution; the pending queue.
struct NotificationIndexes {
  UniqueIndex<std::tuple<model::InstitutionId, std::string>, model::NotificationId>
      by_idempotency_key;
  /// Pending notifications of every institution by next attempt, then id: one group, shared
  /// between snapshots like the rest.
  GroupIndex<std::tuple<>, std::tuple<model::Instant, model::NotificationId, model::InstitutionId>>
      pending;

  void add(const model::Notification& row) {
    by_idempotency_key.add({row.institution_id, row.idempotency_key}, row.id);
    if (row.status == model::NotificationStatus::pending) {
      pending.add({}, {row.next_attempt_at, row.id, row.institution_id});
    }
  }
  void remove(const model::Notification& row) {
    by_idempotency_key.remove({row.institution_id, row.idempotency_key});
    pending.remove({}, {row.next_attempt_at, row.id, row.institution_id});
  }
};

/// A person's notification preferences are keyed by the person: one row each.
inline auto preferences_key(const model::NotificationPreferences& preferences) {
  return std::tuple{preferences.institution_id, preferences.person_id};
}

}  // namespace ejournal::storage::memory
