// SociUnitOfWork: one transaction on one leased session, with one repository of each kind.
#pragma once

#include "accounts_repositories.hpp"
#include "connection.hpp"
#include "ejournal/storage/store.hpp"
#include "journal_repositories.hpp"
#include "session_pool.hpp"
#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

class SociUnitOfWork final : public UnitOfWork {
 public:
  /// Begins the transaction on `lease`'s session: on SQLite BEGIN IMMEDIATE for a writer (it
  /// takes the write lock now, waiting up to the busy timeout) and BEGIN for a reader, at once
  /// (Error(storage) on failure); on PostgreSQL BEGIN (READ COMMITTED; updates are
  /// version-checked), REPEATABLE READ READ ONLY for a reader, sent with the unit's first
  /// statement (Connection::defer_begin), whose failure it then is.
  SociUnitOfWork(SessionLease lease, Dialect dialect, const StoreOptions& options, Access access);
  /// Rolls back unless committed.
  ~SociUnitOfWork() override;

  /// COMMIT (a statement the before_statement hook sees; not sent when the unit sent nothing).
  /// On failure the transaction is rolled back and Error(storage) thrown; either way the unit is
  /// spent afterwards.
  void commit() override;

  InstitutionRepository& institutions() override { return institutions_; }
  ConnectionRequestRepository& connection_requests() override { return connection_requests_; }
  PersonRepository& people() override { return people_; }
  RoleGrantRepository& role_grants() override { return role_grants_; }
  ParentLinkRepository& parent_links() override { return parent_links_; }
  AcademicYearRepository& academic_years() override { return academic_years_; }
  ClassRepository& classes() override { return classes_; }
  SubjectRepository& subjects() override { return subjects_; }
  SubgroupRepository& subgroups() override { return subgroups_; }
  CourseRepository& courses() override { return courses_; }
  EnrolmentRepository& enrolments() override { return enrolments_; }
  LessonRepository& lessons() override { return lessons_; }
  GradeRepository& grades() override { return grades_; }
  AttendanceRepository& attendance() override { return attendance_; }
  CommentRepository& comments() override { return comments_; }
  InvitationRepository& invitations() override { return invitations_; }
  AuditRepository& audit() override { return audit_; }
  NotificationRepository& notifications() override { return notifications_; }
  NotificationPreferenceRepository& notification_preferences() override {
    return notification_preferences_;
  }
  AccountRepository& accounts() override { return accounts_; }
  SessionRepository& sessions() override { return sessions_; }

 private:
  void rollback() noexcept;

  SessionLease lease_;
  Connection connection_;
  bool finished_ = false;

  SociInstitutionRepository institutions_{connection_};
  SociConnectionRequestRepository connection_requests_{connection_};
  SociPersonRepository people_{connection_};
  SociRoleGrantRepository role_grants_{connection_};
  SociParentLinkRepository parent_links_{connection_};
  SociAcademicYearRepository academic_years_{connection_};
  SociClassRepository classes_{connection_};
  SociSubjectRepository subjects_{connection_};
  SociSubgroupRepository subgroups_{connection_};
  SociCourseRepository courses_{connection_};
  SociEnrolmentRepository enrolments_{connection_};
  SociLessonRepository lessons_{connection_};
  SociGradeRepository grades_{connection_};
  SociAttendanceRepository attendance_{connection_};
  SociCommentRepository comments_{connection_};
  SociInvitationRepository invitations_{connection_};
  SociAuditRepository audit_{connection_};
  SociNotificationRepository notifications_{connection_};
  SociNotificationPreferenceRepository notification_preferences_{connection_};
  SociAccountRepository accounts_{connection_};
  SociSignInSessionRepository sessions_{connection_};
};

}  // namespace ejournal::storage::soci_backend
