// A fresh store per test (memory, a SQLite file, PostgreSQL when EJ_PG_CONN is set) holding the
// class 5-А of a school in Sumy oblast with three students and three 12-point courses, the grades
// the report tests compute by hand, and the principals who read them. Grades are written through
// the store directly: the journal's services are not the reports' concern.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../storage/backend.hpp"
#include "../storage/factories.hpp"
#include "ejournal/access/principal.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/storage/store.hpp"
#include "test_support.hpp"

namespace ejournal::services::testing {

class ReportsTest : public BackendStoreTest {
 protected:
  void SetUp() override;

  /// A lesson of `course` on `date` stored now; its id.
  model::LessonId lesson(const model::Course& course, model::Date date);
  /// A published current grade (a value, or a mark when `value` is empty) of student `student`
  /// at a new lesson of `course` on `date`.
  model::GradeEntry current(const model::Course& course, std::size_t student, model::Date date,
                            std::optional<int> value, const std::string& mark = {});
  /// A published undated grade of student `student` in `column` of `course`, set on `date`.
  model::GradeEntry undated(const model::Course& course, std::size_t student,
                            model::ColumnKind column, const std::string& label, model::Date date,
                            std::optional<int> value, const std::string& mark = {});
  /// Stores `grade`.
  void store_grade(const model::GradeEntry& grade);
  /// A course of `subject_name` in the class, taught by `teacher`, on `scale`; stored.
  model::Course add_course(const std::string& subject_name, const model::Person& teacher,
                           const std::string& scale = "ukrainian_12");

  /// A person of the school holding `role` (for a class teacher: of 5-А), stored with the grant,
  /// and the principal they act as.
  access::Principal person_with(model::Role role, const std::vector<model::PersonId>& children = {},
                                const std::vector<access::TaughtCourse>& courses = {});
  /// The principal of student `student`.
  access::Principal student_principal(std::size_t student);

  /// Writes the hand-computed scenario of reports_*_test.cpp (see its comments).
  void write_scenario();

  storage::testing::School school_ = storage::testing::make_school(0, 3, 0);
  model::Course ukrainian_;  ///< the school's own course, "Українська мова"
  model::Course maths_;      ///< "Математика", taught by maths_teacher_person_
  model::Course sport_;      ///< "Фізична культура"
  model::Person maths_teacher_person_;
  access::Principal admin_ = access::Principal::anonymous();
  access::Principal deputy_ = access::Principal::anonymous();
  access::Principal teacher_ = access::Principal::anonymous();  ///< of ukrainian_
  access::Principal maths_teacher_ = access::Principal::anonymous();
  access::Principal class_teacher_ = access::Principal::anonymous();
  access::Principal parent_ = access::Principal::anonymous();        ///< of student 0
  access::Principal other_parent_ = access::Principal::anonymous();  ///< of student 1
  access::Principal operator_ = access::Principal::anonymous();      ///< of the institute
  /// The lessons made so far, so that grades of one course and day share their lesson.
  std::map<std::pair<model::CourseId, model::Date>, model::LessonId> lessons_;
};

}  // namespace ejournal::services::testing
