// Concurrency: eight threads writing at once lose nothing, and of concurrent edits of one grade
// from the same version exactly one wins while the others get Error(conflict).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <latch>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

constexpr std::size_t kThreads = 8;

class Concurrency : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    StoreOptions options;
    options.pool_size = kThreads;
    reopen(options);
  }

  // Runs `body(thread index)` on kThreads threads released together; returns the messages of
  // what they threw.
  template <class Body>
  std::vector<std::string> run_threads(Body body) {
    std::latch start(static_cast<std::ptrdiff_t>(kThreads));
    std::mutex guard;
    std::vector<std::string> errors;
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        start.arrive_and_wait();
        try {
          body(t);
        } catch (const std::exception& e) {
          const std::lock_guard lock(guard);
          errors.push_back("thread " + std::to_string(t) + ": " + e.what());
        }
      });
    }
    for (auto& thread : threads) thread.join();
    return errors;
  }
};

TEST_P(Concurrency, EightWritersOfGradesAndAttendanceLoseNothing) {
  constexpr std::size_t kLessons = 40;
  const auto school = make_school(0, kThreads, kLessons);
  store_school(store(), school);
  std::vector<model::GradeEntry> grades;
  std::vector<model::AttendanceMark> marks;
  for (std::size_t student = 0; student < kThreads; ++student) {
    for (std::size_t lesson = 0; lesson < kLessons; ++lesson) {
      grades.push_back(make_grade(school, student, lesson,
                                  grading::Rational::fraction(static_cast<int>(lesson) + 1, 4)));
      marks.push_back(make_mark(school, student, lesson));
    }
  }
  const auto errors = run_threads([&](std::size_t thread) {
    for (std::size_t lesson = 0; lesson < kLessons; ++lesson) {
      const auto row = thread * kLessons + lesson;
      write(store(), [&](UnitOfWork& unit) {
        unit.grades().insert(grades[row]);
        unit.attendance().insert(marks[row]);
      });
    }
  });
  EXPECT_EQ(errors, std::vector<std::string>{});

  for (auto& grade : grades) grade.version = 1;
  for (auto& mark : marks) mark.version = 1;
  const auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(grades.begin(), grades.end(), by_id);
  std::sort(marks.begin(), marks.end(), by_id);
  read(store(), [&](UnitOfWork& unit) {
    auto stored_grades =
        unit.grades().list(school.institution.id, grade_query(school.course.id, {}));
    std::sort(stored_grades.begin(), stored_grades.end(), by_id);
    expect_same_list(stored_grades, grades);
    std::vector<model::AttendanceMark> stored_marks;
    for (const auto& student : school.students) {
      for (const auto& mark :
           unit.attendance().list(school.institution.id, attendance_query(student.id, {}))) {
        stored_marks.push_back(mark);
      }
    }
    std::sort(stored_marks.begin(), stored_marks.end(), by_id);
    expect_same_list(stored_marks, marks);
  });
}

TEST_P(Concurrency, OfTwoEditsFromOneVersionTheSecondConflicts) {
  const auto school = make_school(0, 1, 1);
  store_school(store(), school);
  auto grade = make_grade(school, 0, 0, 7);
  write(store(), [&](UnitOfWork& unit) { unit.grades().insert(grade); });
  grade.version = 1;
  auto first = grade;
  first.value = 8;
  auto second = grade;
  second.value = 9;
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.grades().update(first), 2); });
  {
    const auto unit = store().begin();
    expect_error(Errc::conflict, [&] {
      unit->grades().update(second);
      unit->commit();
    });
  }
  first.version = 2;
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.grades().find(school.institution.id, grade.id); }),
      first);
}

TEST_P(Concurrency, OfEightThreadsEditingOneGradeExactlyOneWinsEachRound) {
  constexpr int kRounds = 10;
  const auto school = make_school(0, 1, 1);
  store_school(store(), school);
  auto grade = make_grade(school, 0, 0, 1);
  write(store(), [&](UnitOfWork& unit) { unit.grades().insert(grade); });
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const auto read_version = read(store(), [&](UnitOfWork& unit) {
      return unit.grades().find(school.institution.id, grade.id);
    });
    ASSERT_TRUE(read_version.has_value());
    EXPECT_EQ(read_version->version, round + 1);
    std::atomic<int> wins{0};
    std::atomic<int> conflicts{0};
    std::atomic<std::size_t> winner{kThreads};
    const auto errors = run_threads([&](std::size_t thread) {
      auto edit = *read_version;
      edit.value = static_cast<std::int64_t>(thread) + 2;
      edit.comment = "thread " + std::to_string(thread);
      try {
        const auto unit = store().begin();
        unit->grades().update(edit);
        unit->commit();
        ++wins;
        winner = thread;
      } catch (const Error& e) {
        if (e.code() != Errc::conflict) throw;
        ++conflicts;
      }
    });
    EXPECT_EQ(errors, std::vector<std::string>{});
    ASSERT_EQ(wins.load(), 1);
    EXPECT_EQ(conflicts.load(), static_cast<int>(kThreads) - 1);
    const auto after = read(store(), [&](UnitOfWork& unit) {
      return unit.grades().find(school.institution.id, grade.id);
    });
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->version, round + 2);
    EXPECT_EQ(after->comment, "thread " + std::to_string(winner.load()));
    EXPECT_EQ(after->value, grading::Rational(static_cast<std::int64_t>(winner.load()) + 2));
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, Concurrency, ::testing::ValuesIn(shared_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
