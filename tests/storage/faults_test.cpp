// Fault injection: the k-th storage statement of an operation fails, for every k in turn. Each
// time the store must be exactly as before; once k passes the statement count, the operation
// must land whole.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

// More statements than any operation here issues: a loop that reaches it has found a backend
// that never lets the operation through.
constexpr std::size_t kStatementLimit = 5000;

// Everything the operations below can change, as listed by the store.
struct Listing {
  std::vector<model::GradeEntry> grades;
  std::vector<model::AttendanceMark> marks;
  std::vector<model::Lesson> lessons;
  std::vector<model::Enrolment> enrolments;
};

void expect_same_listing(const Listing& actual, const Listing& expected) {
  expect_same_list(actual.grades, expected.grades);
  expect_same_list(actual.marks, expected.marks);
  expect_same_list(actual.lessons, expected.lessons);
  expect_same_list(actual.enrolments, expected.enrolments);
}

class Faults : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    StoreOptions options;
    options.before_statement = [this](std::string_view statement) {
      if (fail_at_ == 0) return;
      if (++seen_ == fail_at_) {
        throw std::runtime_error("injected failure of: " + std::string(statement.substr(0, 80)));
      }
    };
    reopen(options);
    school_ = make_school(0, 10, 30);
    store_school(store(), school_);
  }

  [[nodiscard]] Listing listing() {
    return read(store(), [&](UnitOfWork& unit) {
      Listing all;
      const auto institution = school_.institution.id;
      all.grades = unit.grades().list(institution, grade_query(school_.course.id, {}));
      for (const auto& student : school_.students) {
        for (const auto& mark :
             unit.attendance().list(institution, attendance_query(student.id, {}))) {
          all.marks.push_back(mark);
        }
      }
      all.lessons = unit.lessons().list(institution, school_.course.id, {});
      all.enrolments = unit.enrolments().list(institution, {});
      return all;
    });
  }

  // Runs `operation` in one unit with statement k failing, k = 1, 2, …; checks that every
  // failed run left the store as it was, then calls `check_whole` after the first that passed.
  void fail_each_statement_in_turn(const std::function<void(UnitOfWork&)>& operation,
                                   const std::function<void()>& check_whole) {
    const auto before = listing();
    for (std::size_t k = 1; k <= kStatementLimit; ++k) {
      SCOPED_TRACE("statement " + std::to_string(k) + " failing");
      seen_ = 0;
      fail_at_ = k;
      bool failed = false;
      try {
        const auto unit = store().begin();
        operation(*unit);
        unit->commit();
      } catch (const std::exception&) {
        failed = true;
      }
      const bool injected = seen_ >= k;
      fail_at_ = 0;
      if (!failed) {
        EXPECT_GT(k, 1u) << "the backend never called before_statement";
        EXPECT_FALSE(injected) << "the injected failure was swallowed";
        // How many statements the operation issues: in the XML report, for whoever tunes it.
        RecordProperty("statements", static_cast<int>(k - 1));
        check_whole();
        return;
      }
      ASSERT_TRUE(injected) << "the operation failed on its own";
      expect_same_listing(listing(), before);
      if (HasFailure()) return;
    }
    ADD_FAILURE() << "still failing after " << kStatementLimit << " statements";
  }

  School school_;

 private:
  std::size_t fail_at_ = 0;
  std::size_t seen_ = 0;
};

TEST_P(Faults, BulkGradesLandWholeOrNotAtAll) {
  std::vector<model::GradeEntry> grades;
  for (std::size_t lesson = 0; lesson < 30; ++lesson) {
    for (std::size_t student = 0; student < 10; ++student) {
      grades.push_back(
          make_grade(school_, student, lesson,
                     grading::Rational::fraction(static_cast<int>(lesson % 24) + 1, 2)));
    }
  }
  std::size_t progress_calls = 0;
  fail_each_statement_in_turn(
      [&](UnitOfWork& unit) {
        unit.grades().insert_many(grades, [&](std::size_t, std::size_t) { ++progress_calls; });
      },
      [&] {
        const auto stored = listing().grades;
        ASSERT_EQ(stored.size(), grades.size());
        read(store(), [&](UnitOfWork& unit) {
          for (auto grade : grades) {
            grade.version = 1;
            expect_found(unit.grades().find(school_.institution.id, grade.id), grade);
          }
        });
      });
  EXPECT_GT(progress_calls, 0u);
}

// Enough grades for several batches of a SQL backend's bulk path (5000 rows each at the time of
// writing), so that a batch after the first one fails too.
TEST_P(Faults, GradesOfSeveralBatchesLandWholeOrNotAtAll) {
  if (GetParam() == Backend::memory) {
    GTEST_SKIP() << "the memory backend fails row by row: BulkGradesLandWholeOrNotAtAll covers it";
  }
  constexpr std::size_t kStudents = 40;
  constexpr std::size_t kLessons = 301;
  auto big = make_school(0, kStudents, kLessons);
  big.institution = school_.institution;
  big.course = school_.course;
  big.teacher = school_.teacher;
  for (auto& lesson : big.lessons) {
    lesson.institution_id = school_.institution.id;
    lesson.course_id = school_.course.id;
  }
  big.lessons.erase(big.lessons.begin(), big.lessons.begin() + 30);  // the school has those
  std::vector<model::Person> students(big.students.begin() + 10, big.students.end());
  for (auto& student : students) student.institution_id = school_.institution.id;
  write(store(), [&](UnitOfWork& unit) {
    unit.people().insert_many(students, {});
    unit.lessons().insert_many(big.lessons, {});
  });
  for (std::size_t i = 0; i < 10; ++i) big.students[i] = school_.students[i];
  big.lessons.insert(big.lessons.begin(), school_.lessons.begin(), school_.lessons.end());
  for (auto& student : big.students) student.institution_id = school_.institution.id;

  std::vector<model::GradeEntry> grades;
  for (std::size_t lesson = 0; lesson < kLessons; ++lesson) {
    for (std::size_t student = 0; student < kStudents; ++student) {
      grades.push_back(make_grade(big, student, lesson, 12));
    }
  }
  fail_each_statement_in_turn([&](UnitOfWork& unit) { unit.grades().insert_many(grades, {}); },
                              [&] { EXPECT_EQ(listing().grades.size(), grades.size()); });
}

TEST_P(Faults, EnrollingAClassLandsWholeOrNotAtAll) {
  std::vector<model::Enrolment> enrolments;
  for (std::size_t student = 0; student < 10; ++student) {
    enrolments.push_back(make_enrolment(school_, student));
  }
  fail_each_statement_in_turn(
      [&](UnitOfWork& unit) { unit.enrolments().insert_many(enrolments, {}); },
      [&] {
        auto expected = enrolments;
        for (auto& enrolment : expected) enrolment.version = 1;
        std::sort(expected.begin(), expected.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
        expect_same_list(listing().enrolments, expected);
      });
}

TEST_P(Faults, MixedUnitLandsWholeOrNotAtAll) {
  // Five more lessons on the Friday, their grades and marks, and edits of stored records.
  auto week = make_school(0, 0, 35).lessons;
  std::vector<model::Lesson> lessons;
  for (std::size_t i = 30; i < 35; ++i) {
    auto lesson = week[i];
    lesson.course_id = school_.course.id;
    lesson.institution_id = school_.institution.id;
    lessons.push_back(lesson);
  }
  School extended = school_;
  extended.lessons.insert(extended.lessons.end(), lessons.begin(), lessons.end());
  std::vector<model::GradeEntry> grades;
  std::vector<model::AttendanceMark> marks;
  for (std::size_t lesson = 30; lesson < 35; ++lesson) {
    for (std::size_t student = 0; student < 10; ++student) {
      grades.push_back(make_grade(extended, student, lesson, 10));
      marks.push_back(make_mark(extended, student, lesson));
    }
  }
  const auto existing = make_grade(school_, 0, 0, 4);
  write(store(), [&](UnitOfWork& unit) { unit.grades().insert(existing); });
  auto edited = existing;
  edited.version = 1;
  edited.value = 5;
  auto retitled = school_.lessons[3];
  retitled.version = 1;
  retitled.topic = "Повторення";

  fail_each_statement_in_turn(
      [&](UnitOfWork& unit) {
        unit.lessons().insert_many(lessons, {});
        unit.lessons().update(retitled);
        unit.grades().insert_many(grades, {});
        unit.grades().update(edited);
        unit.attendance().insert_many(marks, {});
        unit.attendance().insert(make_mark(school_, 9, 0));
      },
      [&] {
        const auto after = listing();
        EXPECT_EQ(after.lessons.size(), 35u);
        EXPECT_EQ(after.grades.size(), 51u);
        EXPECT_EQ(after.marks.size(), 51u);
        read(store(), [&](UnitOfWork& unit) {
          const auto grade = unit.grades().find(school_.institution.id, existing.id);
          ASSERT_TRUE(grade.has_value());
          EXPECT_EQ(grade->version, 2);
          EXPECT_EQ(grade->value, grading::Rational(5));
          const auto lesson = unit.lessons().find(school_.institution.id, retitled.id);
          ASSERT_TRUE(lesson.has_value());
          EXPECT_EQ(lesson->topic, "Повторення");
        });
      });
}

INSTANTIATE_TEST_SUITE_P(Backends, Faults, ::testing::ValuesIn(shared_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
