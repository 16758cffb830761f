// The Store: where a school's record lives. Open one by URI (open.hpp), or implement Store,
// UnitOfWork and the repositories (repositories.hpp) to plug in a vendor's own storage.
#pragma once

#include <memory>
#include <string>

#include "ejournal/storage/repositories.hpp"

namespace ejournal::storage {

/// Whether a unit of work may write. Readers never wait for writers on SQLite in WAL mode;
/// writers take the write lock when they begin, so two writers queue instead of deadlocking.
enum class Access { read = 1, write };

/// One transaction. Everything read and written through its repositories is isolated from other
/// units of work until commit(); destroying a unit that was not committed rolls it back. A unit
/// begun for reading sees one snapshot of the store from its first read to its end, so the
/// lists it reads agree with each other. Any
/// Error thrown by a repository leaves the unit usable only for destruction (rollback).
/// A unit belongs to the thread that began it.
class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;
  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;

  /// Makes every change durable at once. Error(storage) when the backend fails; then nothing of
  /// the unit is stored. After commit the unit is spent: its repositories throw Error(conflict).
  virtual void commit() = 0;

  virtual InstitutionRepository& institutions() = 0;
  virtual ConnectionRequestRepository& connection_requests() = 0;
  virtual PersonRepository& people() = 0;
  virtual RoleGrantRepository& role_grants() = 0;
  virtual ParentLinkRepository& parent_links() = 0;
  virtual AcademicYearRepository& academic_years() = 0;
  virtual ClassRepository& classes() = 0;
  virtual SubjectRepository& subjects() = 0;
  virtual SubgroupRepository& subgroups() = 0;
  virtual CourseRepository& courses() = 0;
  virtual EnrolmentRepository& enrolments() = 0;
  virtual LessonRepository& lessons() = 0;
  virtual GradeRepository& grades() = 0;
  virtual AttendanceRepository& attendance() = 0;
  virtual CommentRepository& comments() = 0;
  virtual InvitationRepository& invitations() = 0;
  virtual AuditRepository& audit() = 0;
  virtual NotificationRepository& notifications() = 0;
  virtual NotificationPreferenceRepository& notification_preferences() = 0;
  virtual AccountRepository& accounts() = 0;
  virtual SessionRepository& sessions() = 0;

 protected:
  UnitOfWork() = default;
};

/// What a store is.
struct StoreInfo {
  std::string backend;     ///< "memory", "sqlite", "postgresql", or a vendor's name
  int schema_version = 0;  ///< 0 for backends without a schema
};

/// A database of school records. Thread-safe: units of work may be begun from several threads
/// at once (each thread uses its own unit).
class Store {
 public:
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// A new transaction. Error(storage) when the backend cannot start one.
  virtual std::unique_ptr<UnitOfWork> begin(Access access = Access::write) = 0;
  [[nodiscard]] virtual StoreInfo info() const = 0;

 protected:
  Store() = default;
};

}  // namespace ejournal::storage
