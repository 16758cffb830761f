// The journal and records repositories of the SOCI backend: lessons, grades, attendance,
// comments, invitations, the audit trail and the notification outbox. Each works on the
// Connection of its unit of work; see repositories.hpp for the contract of each method.
//
// Lessons, grades and attendance marks also arrive in bulk (a term's journal, a school year
// migrated from another system): insert_many writes them in batches through one prepared
// INSERT on SQLite and COPY … FROM STDIN on PostgreSQL (bulk_insert.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "connection.hpp"
#include "ejournal/storage/repositories.hpp"

namespace ejournal::storage::soci_backend {

class SociLessonRepository final : public LessonRepository {
 public:
  explicit SociLessonRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Lesson& lesson) override;
  void insert_many(std::span<const model::Lesson> lessons, const Progress& progress) override;
  std::optional<model::Lesson> find(model::InstitutionId institution, model::LessonId id) override;
  std::int64_t update(const model::Lesson& lesson) override;
  void remove(model::InstitutionId institution, model::LessonId id) override;
  std::vector<model::Lesson> list(model::InstitutionId institution, model::CourseId course,
                                  const DayRange& days) override;
  std::vector<model::Lesson> list_for_courses(model::InstitutionId institution,
                                              std::span<const model::CourseId> courses,
                                              const DayRange& days) override;
  std::vector<model::Lesson> list_for_student(model::InstitutionId institution,
                                              model::PersonId student,
                                              const DayRange& days) override;

 private:
  Connection& connection_;
};

class SociGradeRepository final : public GradeRepository {
 public:
  explicit SociGradeRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::GradeEntry& grade) override;
  void insert_many(std::span<const model::GradeEntry> grades, const Progress& progress) override;
  std::optional<model::GradeEntry> find(model::InstitutionId institution,
                                        model::GradeId id) override;
  std::int64_t update(const model::GradeEntry& grade) override;
  std::vector<model::GradeEntry> list(model::InstitutionId institution,
                                      const GradeQuery& query) override;

 private:
  Connection& connection_;
};

class SociAttendanceRepository final : public AttendanceRepository {
 public:
  explicit SociAttendanceRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::AttendanceMark& mark) override;
  void insert_many(std::span<const model::AttendanceMark> marks, const Progress& progress) override;
  std::optional<model::AttendanceMark> find(model::InstitutionId institution,
                                            model::AttendanceId id) override;
  std::int64_t update(const model::AttendanceMark& mark) override;
  std::vector<model::AttendanceMark> list(model::InstitutionId institution,
                                          const AttendanceQuery& query) override;

 private:
  Connection& connection_;
};

class SociCommentRepository final : public CommentRepository {
 public:
  explicit SociCommentRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Comment& comment) override;
  std::vector<model::Comment> list_for_student(model::InstitutionId institution,
                                               model::PersonId student,
                                               const DayRange& days) override;

 private:
  Connection& connection_;
};

class SociInvitationRepository final : public InvitationRepository {
 public:
  explicit SociInvitationRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Invitation& invitation) override;
  std::optional<model::Invitation> find(model::InstitutionId institution,
                                        model::InvitationId id) override;
  std::optional<model::Invitation> find_by_token_hash(std::string_view token_hash) override;
  std::int64_t update(const model::Invitation& invitation) override;
  std::vector<model::Invitation> list_for_person(model::InstitutionId institution,
                                                 model::PersonId person) override;

 private:
  Connection& connection_;
};

/// Append and read only: the backend has no statement that changes or deletes an entry, and
/// the schema's triggers refuse one from anywhere else.
class SociAuditRepository final : public AuditRepository {
 public:
  explicit SociAuditRepository(Connection& connection) : connection_(connection) {}
  void append(const model::AuditEntry& entry) override;
  std::vector<model::AuditEntry> list_for_entity(model::InstitutionId institution,
                                                 std::string_view entity_type,
                                                 std::string_view entity_id) override;
  std::vector<model::AuditEntry> list_for_actor(model::InstitutionId institution,
                                                model::PersonId person) override;

 private:
  Connection& connection_;
};

class SociNotificationRepository final : public NotificationRepository {
 public:
  explicit SociNotificationRepository(Connection& connection) : connection_(connection) {}
  void enqueue(const model::Notification& notification) override;
  std::optional<model::Notification> find(model::InstitutionId institution,
                                          model::NotificationId id) override;
  std::int64_t update(const model::Notification& notification) override;
  std::vector<model::Notification> list_due(model::Instant now, std::size_t limit) override;

 private:
  Connection& connection_;
};

class SociNotificationPreferenceRepository final : public NotificationPreferenceRepository {
 public:
  explicit SociNotificationPreferenceRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::NotificationPreferences& preferences) override;
  std::optional<model::NotificationPreferences> find(model::InstitutionId institution,
                                                     model::PersonId person) override;
  std::int64_t update(const model::NotificationPreferences& preferences) override;

 private:
  Connection& connection_;
};

}  // namespace ejournal::storage::soci_backend
