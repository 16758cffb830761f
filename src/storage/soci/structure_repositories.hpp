// The school-structure repositories of the SOCI backend: institutions, connection requests,
// people, role grants, parent links, academic years, classes, subjects, subgroups, courses and
// enrolments. Each works on the Connection of its unit of work; see repositories.hpp for the
// contract of each method.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "connection.hpp"
#include "ejournal/storage/repositories.hpp"

namespace ejournal::storage::soci_backend {

class SociInstitutionRepository final : public InstitutionRepository {
 public:
  explicit SociInstitutionRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Institution& institution) override;
  std::optional<model::Institution> find(model::InstitutionId id) override;
  std::optional<model::Institution> find_by_edrpou(std::string_view edrpou) override;
  std::optional<model::Institution> find_by_diso_id(std::string_view diso_id) override;
  std::int64_t update(const model::Institution& institution) override;
  std::vector<model::Institution> list(std::optional<model::InstitutionStatus> status) override;
  std::vector<model::Institution> list_of_kind(model::InstitutionKind kind) override;
  std::vector<InstitutionTally> count_grouped() override;

 private:
  Connection& connection_;
};

class SociConnectionRequestRepository final : public ConnectionRequestRepository {
 public:
  explicit SociConnectionRequestRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::ConnectionRequest& request) override;
  std::optional<model::ConnectionRequest> find(model::ConnectionRequestId id) override;
  std::int64_t update(const model::ConnectionRequest& request) override;
  std::vector<model::ConnectionRequest> list(std::optional<model::RequestStatus> status) override;
  std::vector<model::ConnectionRequest> find_open(std::string_view edrpou,
                                                  std::string_view diso_id) override;
  std::vector<RequestTally> count_by_status() override;

 private:
  Connection& connection_;
};

class SociPersonRepository final : public PersonRepository {
 public:
  explicit SociPersonRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Person& person) override;
  void insert_many(std::span<const model::Person> people, const Progress& progress) override;
  std::optional<model::Person> find(model::InstitutionId institution, model::PersonId id) override;
  std::optional<model::Person> find_by_email(model::InstitutionId institution,
                                             std::string_view email) override;
  std::int64_t update(const model::Person& person) override;
  std::vector<model::Person> list(model::InstitutionId institution) override;

 private:
  Connection& connection_;
};

class SociRoleGrantRepository final : public RoleGrantRepository {
 public:
  explicit SociRoleGrantRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::RoleGrant& grant) override;
  void remove(model::InstitutionId institution, model::RoleGrantId id) override;
  std::vector<model::RoleGrant> list_for_person(model::InstitutionId institution,
                                                model::PersonId person) override;
  std::vector<model::RoleGrant> list_with_role(model::InstitutionId institution,
                                               model::Role role) override;

 private:
  Connection& connection_;
};

class SociParentLinkRepository final : public ParentLinkRepository {
 public:
  explicit SociParentLinkRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::ParentLink& link) override;
  void remove(model::InstitutionId institution, model::ParentLinkId id) override;
  std::vector<model::ParentLink> children_of(model::InstitutionId institution,
                                             model::PersonId parent) override;
  std::vector<model::ParentLink> parents_of(model::InstitutionId institution,
                                            model::PersonId child) override;

 private:
  Connection& connection_;
};

class SociAcademicYearRepository final : public AcademicYearRepository {
 public:
  explicit SociAcademicYearRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::AcademicYear& year) override;
  std::optional<model::AcademicYear> find(model::InstitutionId institution,
                                          model::AcademicYearId id) override;
  std::int64_t update(const model::AcademicYear& year) override;
  std::vector<model::AcademicYear> list(model::InstitutionId institution) override;

 private:
  Connection& connection_;
};

class SociClassRepository final : public ClassRepository {
 public:
  explicit SociClassRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::SchoolClass& school_class) override;
  std::optional<model::SchoolClass> find(model::InstitutionId institution,
                                         model::ClassId id) override;
  std::int64_t update(const model::SchoolClass& school_class) override;
  std::vector<model::SchoolClass> list(model::InstitutionId institution,
                                       model::AcademicYearId year) override;

 private:
  Connection& connection_;
};

class SociSubjectRepository final : public SubjectRepository {
 public:
  explicit SociSubjectRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Subject& subject) override;
  std::optional<model::Subject> find(model::InstitutionId institution,
                                     model::SubjectId id) override;
  std::vector<model::Subject> list(model::InstitutionId institution) override;

 private:
  Connection& connection_;
};

class SociSubgroupRepository final : public SubgroupRepository {
 public:
  explicit SociSubgroupRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Subgroup& subgroup) override;
  std::optional<model::Subgroup> find(model::InstitutionId institution,
                                      model::SubgroupId id) override;
  std::vector<model::Subgroup> list(model::InstitutionId institution,
                                    model::ClassId school_class) override;
  void add_member(const model::SubgroupMember& member) override;
  void remove_member(const model::SubgroupMember& member) override;
  std::vector<model::PersonId> members(model::InstitutionId institution,
                                       model::SubgroupId subgroup) override;

 private:
  Connection& connection_;
};

class SociCourseRepository final : public CourseRepository {
 public:
  explicit SociCourseRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Course& course) override;
  std::optional<model::Course> find(model::InstitutionId institution, model::CourseId id) override;
  std::int64_t update(const model::Course& course) override;
  std::vector<model::Course> list(model::InstitutionId institution,
                                  const CourseQuery& query) override;

 private:
  Connection& connection_;
};

class SociEnrolmentRepository final : public EnrolmentRepository {
 public:
  explicit SociEnrolmentRepository(Connection& connection) : connection_(connection) {}
  void insert(const model::Enrolment& enrolment) override;
  void insert_many(std::span<const model::Enrolment> enrolments, const Progress& progress) override;
  std::optional<model::Enrolment> find(model::InstitutionId institution,
                                       model::EnrolmentId id) override;
  std::int64_t update(const model::Enrolment& enrolment) override;
  std::vector<model::Enrolment> list(model::InstitutionId institution,
                                     const EnrolmentQuery& query) override;

 private:
  Connection& connection_;
};

}  // namespace ejournal::storage::soci_backend
