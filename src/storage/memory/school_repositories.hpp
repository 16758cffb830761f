// Memory repositories of the school's structure: academic years, classes, subjects, subgroups,
// courses and enrolments.
#pragma once

#include "ejournal/storage/repositories.hpp"
#include "transaction.hpp"

namespace ejournal::storage::memory {

/// The AcademicYearRepository of a memory unit of work, over its Transaction.
class MemoryAcademicYears final : public AcademicYearRepository {
 public:
  explicit MemoryAcademicYears(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::AcademicYear& year) override;
  std::optional<model::AcademicYear> find(model::InstitutionId institution,
                                          model::AcademicYearId id) override;
  std::int64_t update(const model::AcademicYear& year) override;
  std::vector<model::AcademicYear> list(model::InstitutionId institution) override;

 private:
  Transaction& tx_;
};

/// The ClassRepository of a memory unit of work, over its Transaction.
class MemoryClasses final : public ClassRepository {
 public:
  explicit MemoryClasses(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::SchoolClass& school_class) override;
  std::optional<model::SchoolClass> find(model::InstitutionId institution,
                                         model::ClassId id) override;
  std::int64_t update(const model::SchoolClass& school_class) override;
  std::vector<model::SchoolClass> list(model::InstitutionId institution,
                                       model::AcademicYearId year) override;

 private:
  Transaction& tx_;
};

/// The SubjectRepository of a memory unit of work, over its Transaction.
class MemorySubjects final : public SubjectRepository {
 public:
  explicit MemorySubjects(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Subject& subject) override;
  std::optional<model::Subject> find(model::InstitutionId institution,
                                     model::SubjectId id) override;
  std::vector<model::Subject> list(model::InstitutionId institution) override;

 private:
  Transaction& tx_;
};

/// The SubgroupRepository of a memory unit of work, over its Transaction.
class MemorySubgroups final : public SubgroupRepository {
 public:
  explicit MemorySubgroups(Transaction& transaction) : tx_(transaction) {}
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
  Transaction& tx_;
};

/// The CourseRepository of a memory unit of work, over its Transaction.
class MemoryCourses final : public CourseRepository {
 public:
  explicit MemoryCourses(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Course& course) override;
  std::optional<model::Course> find(model::InstitutionId institution, model::CourseId id) override;
  std::int64_t update(const model::Course& course) override;
  std::vector<model::Course> list(model::InstitutionId institution,
                                  const CourseQuery& query) override;

 private:
  Transaction& tx_;
};

/// The EnrolmentRepository of a memory unit of work, over its Transaction.
class MemoryEnrolments final : public EnrolmentRepository {
 public:
  explicit MemoryEnrolments(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Enrolment& enrolment) override;
  void insert_many(std::span<const model::Enrolment> enrolments, const Progress& progress) override;
  std::optional<model::Enrolment> find(model::InstitutionId institution,
                                       model::EnrolmentId id) override;
  std::int64_t update(const model::Enrolment& enrolment) override;
  std::vector<model::Enrolment> list(model::InstitutionId institution,
                                     const EnrolmentQuery& query) override;

 private:
  Transaction& tx_;
};

}  // namespace ejournal::storage::memory
