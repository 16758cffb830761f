#include "memory_store.hpp"

#include <memory>
#include <utility>

#include "accounts_repositories.hpp"
#include "journal_repositories.hpp"
#include "organisation_repositories.hpp"
#include "records_repositories.hpp"
#include "school_repositories.hpp"
#include "transaction.hpp"

namespace ejournal::storage::memory {

namespace {

/// A unit of work: its transaction and one repository of each kind working through it.
class MemoryUnit final : public UnitOfWork {
 public:
  MemoryUnit(std::shared_ptr<SharedState> state, Access access)
      : transaction_(std::move(state), access) {}

  void commit() override { transaction_.commit(); }

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
  Transaction transaction_;
  MemoryInstitutions institutions_{transaction_};
  MemoryConnectionRequests connection_requests_{transaction_};
  MemoryPeople people_{transaction_};
  MemoryRoleGrants role_grants_{transaction_};
  MemoryParentLinks parent_links_{transaction_};
  MemoryAcademicYears academic_years_{transaction_};
  MemoryClasses classes_{transaction_};
  MemorySubjects subjects_{transaction_};
  MemorySubgroups subgroups_{transaction_};
  MemoryCourses courses_{transaction_};
  MemoryEnrolments enrolments_{transaction_};
  MemoryLessons lessons_{transaction_};
  MemoryGrades grades_{transaction_};
  MemoryAttendance attendance_{transaction_};
  MemoryComments comments_{transaction_};
  MemoryInvitations invitations_{transaction_};
  MemoryAudit audit_{transaction_};
  MemoryNotifications notifications_{transaction_};
  MemoryNotificationPreferences notification_preferences_{transaction_};
  MemoryAccounts accounts_{transaction_};
  MemorySessions sessions_{transaction_};
};

class MemoryStore final : public Store {
 public:
  explicit MemoryStore(const StoreOptions& options)
      : state_(std::make_shared<SharedState>(options)) {}

  std::unique_ptr<UnitOfWork> begin(Access access) override {
    return std::make_unique<MemoryUnit>(state_, access);
  }

  [[nodiscard]] StoreInfo info() const override { return {"memory", 0}; }

 private:
  // Shared with the units, so that a unit outliving its store stays safe to finish.
  std::shared_ptr<SharedState> state_;
};

}  // namespace

std::unique_ptr<Store> make_store(const StoreOptions& options) {
  return std::make_unique<MemoryStore>(options);
}

}  // namespace ejournal::storage::memory
