// Memory repositories of the journal: lessons, grades, attendance and comments.
#pragma once

#include "ejournal/storage/repositories.hpp"
#include "transaction.hpp"

namespace ejournal::storage::memory {

/// The LessonRepository of a memory unit of work, over its Transaction.
class MemoryLessons final : public LessonRepository {
 public:
  explicit MemoryLessons(Transaction& transaction) : tx_(transaction) {}
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
  Transaction& tx_;
};

/// The GradeRepository of a memory unit of work, over its Transaction.
class MemoryGrades final : public GradeRepository {
 public:
  explicit MemoryGrades(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::GradeEntry& grade) override;
  void insert_many(std::span<const model::GradeEntry> grades, const Progress& progress) override;
  std::optional<model::GradeEntry> find(model::InstitutionId institution,
                                        model::GradeId id) override;
  std::int64_t update(const model::GradeEntry& grade) override;
  std::vector<model::GradeEntry> list(model::InstitutionId institution,
                                      const GradeQuery& query) override;

 private:
  Transaction& tx_;
};

/// The AttendanceRepository of a memory unit of work, over its Transaction.
class MemoryAttendance final : public AttendanceRepository {
 public:
  explicit MemoryAttendance(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::AttendanceMark& mark) override;
  void insert_many(std::span<const model::AttendanceMark> marks, const Progress& progress) override;
  std::optional<model::AttendanceMark> find(model::InstitutionId institution,
                                            model::AttendanceId id) override;
  std::int64_t update(const model::AttendanceMark& mark) override;
  std::vector<model::AttendanceMark> list(model::InstitutionId institution,
                                          const AttendanceQuery& query) override;

 private:
  Transaction& tx_;
};

/// The CommentRepository of a memory unit of work, over its Transaction.
class MemoryComments final : public CommentRepository {
 public:
  explicit MemoryComments(Transaction& transaction) : tx_(transaction) {}
  void insert(const model::Comment& comment) override;
  std::vector<model::Comment> list_for_student(model::InstitutionId institution,
                                               model::PersonId student,
                                               const DayRange& days) override;

 private:
  Transaction& tx_;
};

}  // namespace ejournal::storage::memory
