#include "blind_store.hpp"

#include <utility>

namespace ejournal::services::testing {

namespace {

using namespace ejournal::storage;

// Sees no pending or approved request.
class BlindRequests final : public ConnectionRequestRepository {
 public:
  explicit BlindRequests(ConnectionRequestRepository& real) : real_(real) {}
  void insert(const model::ConnectionRequest& request) override { real_.insert(request); }
  std::optional<model::ConnectionRequest> find(model::ConnectionRequestId id) override {
    return real_.find(id);
  }
  std::int64_t update(const model::ConnectionRequest& request) override {
    return real_.update(request);
  }
  std::vector<model::ConnectionRequest> list(std::optional<model::RequestStatus> status) override {
    return real_.list(status);
  }
  std::vector<model::ConnectionRequest> find_open(std::string_view /*edrpou*/,
                                                  std::string_view /*diso_id*/) override {
    return {};
  }
  std::vector<RequestTally> count_by_status() override { return real_.count_by_status(); }

 private:
  ConnectionRequestRepository& real_;
};

// Sees no institution but the institute (kind other), which the services look up.
class BlindInstitutions final : public InstitutionRepository {
 public:
  explicit BlindInstitutions(InstitutionRepository& real) : real_(real) {}
  void insert(const model::Institution& institution) override { real_.insert(institution); }
  std::optional<model::Institution> find(model::InstitutionId id) override {
    return real_.find(id);
  }
  std::optional<model::Institution> find_by_edrpou(std::string_view /*edrpou*/) override {
    return std::nullopt;
  }
  std::optional<model::Institution> find_by_diso_id(std::string_view /*diso_id*/) override {
    return std::nullopt;
  }
  std::int64_t update(const model::Institution& institution) override {
    return real_.update(institution);
  }
  std::vector<model::Institution> list(std::optional<model::InstitutionStatus> status) override {
    std::vector<model::Institution> institutes;
    for (auto& institution : real_.list(status)) {
      if (institution.kind == model::InstitutionKind::other) {
        institutes.push_back(std::move(institution));
      }
    }
    return institutes;
  }
  std::vector<model::Institution> list_of_kind(model::InstitutionKind kind) override {
    if (kind != model::InstitutionKind::other) return {};
    return real_.list_of_kind(kind);
  }
  std::vector<InstitutionTally> count_grouped() override { return real_.count_grouped(); }

 private:
  InstitutionRepository& real_;
};

class BlindUnit final : public UnitOfWork {
 public:
  explicit BlindUnit(std::unique_ptr<UnitOfWork> real)
      : real_(std::move(real)),
        institutions_(real_->institutions()),
        requests_(real_->connection_requests()) {}
  void commit() override { real_->commit(); }
  InstitutionRepository& institutions() override { return institutions_; }
  ConnectionRequestRepository& connection_requests() override { return requests_; }
  PersonRepository& people() override { return real_->people(); }
  RoleGrantRepository& role_grants() override { return real_->role_grants(); }
  ParentLinkRepository& parent_links() override { return real_->parent_links(); }
  AcademicYearRepository& academic_years() override { return real_->academic_years(); }
  ClassRepository& classes() override { return real_->classes(); }
  SubjectRepository& subjects() override { return real_->subjects(); }
  SubgroupRepository& subgroups() override { return real_->subgroups(); }
  CourseRepository& courses() override { return real_->courses(); }
  EnrolmentRepository& enrolments() override { return real_->enrolments(); }
  LessonRepository& lessons() override { return real_->lessons(); }
  GradeRepository& grades() override { return real_->grades(); }
  AttendanceRepository& attendance() override { return real_->attendance(); }
  CommentRepository& comments() override { return real_->comments(); }
  InvitationRepository& invitations() override { return real_->invitations(); }
  AuditRepository& audit() override { return real_->audit(); }
  NotificationRepository& notifications() override { return real_->notifications(); }
  NotificationPreferenceRepository& notification_preferences() override {
    return real_->notification_preferences();
  }
  AccountRepository& accounts() override { return real_->accounts(); }
  SessionRepository& sessions() override { return real_->sessions(); }

 private:
  std::unique_ptr<UnitOfWork> real_;
  BlindInstitutions institutions_;
  BlindRequests requests_;
};

}  // namespace

std::unique_ptr<storage::UnitOfWork> BlindStore::begin(storage::Access access) {
  auto unit = store_.begin(access);
  if (access != storage::Access::write || !blind_) return unit;
  blind_ = false;
  return std::make_unique<BlindUnit>(std::move(unit));
}

}  // namespace ejournal::services::testing
