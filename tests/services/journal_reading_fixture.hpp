// A small school whose journal the diary and the journal pages read: one class (5-А) of four
// students with Ukrainian names that code-point order gets wrong, a course with two days of
// lessons, a second course taught to a subgroup, grades (published, draft, special marks,
// undated columns), attendance, comments, and the people who read them, each as a principal.
// Everything is written through the store directly: the services under test only read.
#pragma once

#include <cstddef>
#include <string>

#include "../storage/backend.hpp"
#include "../storage/factories.hpp"
#include "ejournal/access/principal.hpp"

namespace ejournal::services::testing {

namespace st = ejournal::storage::testing;

class JournalReadingTest : public st::StoreTest {
 protected:
  void SetUp() override;

  /// The principal of a stored person, loaded from the store like a service call would.
  [[nodiscard]] access::Principal principal_of(const model::PersonId& person);
  /// A stored person of the school with `role` (and its class for a class teacher).
  model::Person add_person(const std::string& surname, const std::string& given_name,
                           model::Role role);
  /// Links `parent` to `child`.
  void link(const model::PersonId& parent, const model::PersonId& child);
  /// Stores `grade` as given.
  void add_grade(const model::GradeEntry& grade);
  /// An undated grade of student `student` in `column` labelled `label`, set on `day`.
  [[nodiscard]] model::GradeEntry undated(std::size_t student, model::ColumnKind column,
                                          const std::string& label, model::Date day,
                                          grading::Rational value);

  /// students: 0 Яковенко Ярина, 1 Іваненко Ігор, 2 Ґава Олег (left on 2024-10-01),
  /// 3 Андрієнко Єва (in the subgroup).
  st::School school_;
  model::Person admin_;
  model::Person class_teacher_;
  model::Person other_teacher_;  ///< teaches the subgroup's course only
  model::Person parent_;         ///< of students 0 and 1
  model::Person other_parent_;   ///< of student 3
  model::Subject second_subject_;
  model::Subgroup subgroup_;
  model::Course subgroup_course_;
  model::Lesson subgroup_lesson_;  ///< on Wednesday 2024-09-04, number 2
  st::School elsewhere_;           ///< another institution, with one student and lesson
};

}  // namespace ejournal::services::testing
