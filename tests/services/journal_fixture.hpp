// A fresh store per test (memory, a SQLite file, PostgreSQL when EJ_PG_CONN is set) holding a
// school in its first fortnight: an administrator, the course's teacher, a class teacher, a
// parent, three students of 5-А (the third departed on Friday 2024-09-06), a whole-class course
// and a subgroup course; and a second school whose records must stay out of reach. Today is
// Tuesday 2024-09-10 unless a test moves the clock.
#pragma once

#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <string>
#include <vector>

#include "../storage/backend.hpp"
#include "../storage/factories.hpp"
#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/journal.hpp"
#include "ejournal/storage/store.hpp"
#include "test_support.hpp"

namespace ejournal::services::journal_testing {

using testing::code_of;
using testing::DayClock;
using testing::message_of;

class JournalTest : public testing::BackendStoreTest {
 protected:
  void SetUp() override;

  /// The principal of `person` of the school, loaded from the store.
  [[nodiscard]] access::Principal principal_of(const model::Person& person);
  /// A lesson of the school's course on `date`, numbered `number`, with a topic.
  [[nodiscard]] LessonForm lesson_form(model::Date date, int number = 1) const;
  /// Records lesson_form(date, number) as the teacher.
  model::Lesson lesson_on(model::Date date, int number = 1);
  /// A published current grade `value` of student `student` at `lesson`.
  [[nodiscard]] GradeForm current_grade(const model::Lesson& lesson, std::size_t student,
                                        std::string value) const;
  /// A published grade `value` of student `student` in an undated column.
  [[nodiscard]] GradeForm undated_grade(model::ColumnKind column, std::string label,
                                        std::size_t student, std::string value) const;
  /// Records `form` as the teacher.
  GradeWrite grade(const GradeForm& form);
  /// The lessons of the school's course, by date then number.
  [[nodiscard]] std::vector<model::Lesson> stored_lessons();
  /// The grades of the school's course of `student`, by date.
  [[nodiscard]] std::vector<model::GradeEntry> grades_of(model::PersonId student);
  /// The stored grade `id`.
  [[nodiscard]] model::GradeEntry stored(model::GradeId id);
  /// The audit entries of `entity_type` `id`, in order.
  [[nodiscard]] std::vector<model::AuditEntry> audit_of(std::string_view entity_type,
                                                        const std::string& id);

  /// Every journal record of both schools as text (lessons, grades, comments, audit entries of
  /// every person): equal before and after a call that must change nothing.
  [[nodiscard]] std::string snapshot();

  [[nodiscard]] model::InstitutionId school_id() const { return school_.institution.id; }

  storage::testing::School school_ = storage::testing::make_school(0, 3, 0);
  storage::testing::School other_ = storage::testing::make_school(1, 1, 0);
  model::Person admin_person_;
  model::Person class_teacher_person_;
  model::Person parent_person_;
  model::Person other_teacher_person_;  ///< teaches nothing in the school
  model::Course subgroup_course_;       ///< taught to a subgroup holding student 0 only
  access::Principal teacher_ = access::Principal::anonymous();
  access::Principal admin_ = access::Principal::anonymous();
  access::Principal class_teacher_ = access::Principal::anonymous();
  access::Principal parent_ = access::Principal::anonymous();
  access::Principal other_teacher_ = access::Principal::anonymous();
  access::Principal foreign_teacher_ = access::Principal::anonymous();  ///< the other school's
  DayClock clock_;
};

/// A day of the year 2024.
[[nodiscard]] model::Date september(int day);

}  // namespace ejournal::services::journal_testing
