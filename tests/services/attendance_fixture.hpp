// A fresh store per test (memory, a SQLite file, PostgreSQL when EJ_PG_CONN is set) holding one
// school: a class of three enrolled students, its course and teacher, its class teacher, the
// first student's parent and the administrator; a second school beside it; a fixed clock.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../storage/backend.hpp"
#include "../storage/factories.hpp"
#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/attendance.hpp"
#include "ejournal/storage/store.hpp"
#include "test_support.hpp"

namespace ejournal::services::testing {

class AttendanceTest : public BackendStoreTest {
 protected:
  void SetUp() override;

  /// Stores a lesson of the course on `date`, `number`-th of the day.
  model::Lesson add_lesson(model::Date date, int number);
  /// Every attendance mark of both schools' students and each mark's audit entries, as text:
  /// equal before and after a call that must change nothing.
  [[nodiscard]] std::string snapshot();
  /// The mark of student `student` (of the school) for `lesson`, or for the day when empty.
  [[nodiscard]] std::optional<model::AttendanceMark> mark_of(
      std::size_t student, model::Date date, std::optional<model::LessonId> lesson = {});
  /// The audit trail of a mark: its actions in order.
  [[nodiscard]] std::vector<std::string> actions_of(const model::AttendanceMark& mark);

  [[nodiscard]] const model::InstitutionId& institution() const { return school_.institution.id; }
  [[nodiscard]] const model::PersonId& student(std::size_t index) const {
    return school_.students.at(index).id;
  }

  storage::testing::School school_ = storage::testing::make_school(0, 3, 0);
  storage::testing::School other_ = storage::testing::make_school(1, 1, 1);
  access::Principal teacher_ = access::Principal::anonymous();
  access::Principal class_teacher_ = access::Principal::anonymous();
  /// The outbox's messages to `email`, oldest first.
  [[nodiscard]] std::vector<model::Notification> mail_to(const std::string& email);

  std::string mother_email_;  ///< the first student's parent (parent_)
  access::Principal parent_ = access::Principal::anonymous();
  access::Principal other_parent_ = access::Principal::anonymous();
  access::Principal admin_ = access::Principal::anonymous();
  FixedClock clock_;
};

}  // namespace ejournal::services::testing
