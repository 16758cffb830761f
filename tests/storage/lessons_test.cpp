// Lessons and comments: round trips, the (course, date, number) key, versions, day ranges.
#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Lessons = StoreTest;
using Comments = StoreTest;

std::vector<model::Lesson> with_version(std::vector<model::Lesson> lessons) {
  for (auto& lesson : lessons) lesson.version = 1;
  return lessons;
}

TEST_P(Lessons, RoundTripKeyUpdateAndScope) {
  auto school = make_school(0, 0, 2);
  auto& full = school.lessons[1];
  full.homework = "Вправа 5, с. 17 — «Ґанок»";
  full.homework_due = day(2024, 9, 4);
  full.type = model::LessonType::laboratory;
  full.number = 0;
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  for (const auto& expected : with_version(school.lessons)) {
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.lessons().find(school.institution.id, expected.id);
                      }),
                 expected);
  }
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.lessons().find(other.institution.id, full.id);
               }).has_value());

  auto same_slot = school.lessons[0];
  same_slot.id = model::LessonId::generate();
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.lessons().insert(same_slot); });
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.lessons().insert(school.lessons[0]); });

  auto stored = school.lessons[0];
  stored.version = 1;
  auto changed = stored;
  changed.topic = "Змінена тема";
  changed.homework_due = day(2024, 9, 9);
  changed.type = model::LessonType::test;
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.lessons().update(changed), 2); });
  changed.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.lessons().update(stored); });
  auto foreign = changed;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.lessons().update(foreign); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.lessons().find(school.institution.id, changed.id);
                    }),
               changed);
}

TEST_P(Lessons, ListsByDateThenNumberWithinDays) {
  auto school = make_school(0, 0, 21);  // three school days of 7 lessons
  std::reverse(school.lessons.begin(), school.lessons.end());
  store_school(store(), school);
  const auto other = make_school(1, 0, 7);
  store_school(store(), other);
  auto in_order = with_version(school.lessons);
  std::sort(in_order.begin(), in_order.end(), [](const auto& a, const auto& b) {
    return a.date != b.date ? a.date < b.date : a.number < b.number;
  });
  const auto list = [&](const DayRange& range) {
    return read(store(), [&](UnitOfWork& unit) {
      return unit.lessons().list(school.institution.id, school.course.id, range);
    });
  };
  expect_same_list(list({}), in_order);
  const auto monday = day(2024, 9, 2);
  const auto tuesday = day(2024, 9, 3);
  const auto wednesday = day(2024, 9, 4);
  expect_same_list(list(days(tuesday, {})), {in_order.begin() + 7, in_order.end()});
  expect_same_list(list(days({}, tuesday)), {in_order.begin(), in_order.begin() + 14});
  expect_same_list(list(days(tuesday, tuesday)), {in_order.begin() + 7, in_order.begin() + 14});
  EXPECT_TRUE(list(days(wednesday, monday)).empty());
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.lessons().list(other.institution.id, school.course.id, {});
              }).empty());
}

TEST_P(Lessons, ListForCoursesMergesByDateNumberAndId) {
  auto school = make_school(0, 0, 14);
  auto second = school.course;
  second.id = model::CourseId::generate();
  auto third = school.course;
  third.id = model::CourseId::generate();
  std::vector<model::Lesson> extra;
  for (const auto& lesson : school.lessons) {
    auto copy = lesson;
    copy.id = model::LessonId::generate();
    copy.course_id = second.id;
    extra.push_back(copy);
  }
  auto unlisted = school.lessons.front();
  unlisted.id = model::LessonId::generate();
  unlisted.course_id = third.id;
  store_school(store(), school);
  write(store(), [&](UnitOfWork& unit) {
    unit.courses().insert(second);
    unit.courses().insert(third);
    unit.lessons().insert_many(extra, {});
    unit.lessons().insert(unlisted);
  });
  auto expected = with_version(school.lessons);
  for (const auto& lesson : with_version(extra)) expected.push_back(lesson);
  std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.number != b.number) return a.number < b.number;
    return a.id < b.id;
  });
  const std::vector courses = {second.id, school.course.id};
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.lessons().list_for_courses(school.institution.id, courses,
                                                                 {});
                        }),
                   expected);
  const auto tuesday = day(2024, 9, 3);
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.lessons().list_for_courses(school.institution.id, courses,
                                                                 days(tuesday, tuesday));
                        }),
                   {expected.begin() + 14, expected.end()});
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.lessons().list_for_courses(school.institution.id,
                                                       std::span<const model::CourseId>{}, {});
              }).empty());
}

TEST_P(Lessons, InsertManyIsAllOrNothingAndReportsProgress) {
  auto school = make_school(0, 0, 0);
  store_school(store(), school);
  const auto lessons = make_school(0, 0, 140).lessons;
  auto clashing = lessons;
  for (auto& lesson : clashing) {
    lesson.institution_id = school.institution.id;
    lesson.course_id = school.course.id;
  }
  clashing.back().date = clashing.front().date;
  clashing.back().number = clashing.front().number;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.lessons().insert_many(clashing, {}); });
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.lessons().list(school.institution.id, school.course.id, {});
              }).empty());
  clashing.pop_back();
  std::size_t last_done = 0;
  write(store(), [&](UnitOfWork& unit) {
    unit.lessons().insert_many(clashing, [&](std::size_t done, std::size_t total) {
      EXPECT_EQ(total, 139u);
      EXPECT_GT(done, last_done);
      last_done = done;
    });
  });
  EXPECT_EQ(last_done, 139u);
}

model::Comment make_comment(const School& school, std::int64_t second) {
  model::Comment comment;
  comment.id = model::CommentId::generate();
  comment.institution_id = school.institution.id;
  comment.student_id = school.students.at(0).id;
  comment.author_id = school.teacher.id;
  comment.text = "Молодець! Гарна робота на уроці 👍";
  comment.created_at = school_instant(second);
  return comment;
}

TEST_P(Comments, ListForStudentByUtcDayOldestFirst) {
  const auto school = make_school(0, 2, 1);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  constexpr std::int64_t kDay = 24 * 3600;
  auto full = make_comment(school, 10);
  full.course_id = school.course.id;
  full.lesson_id = school.lessons[0].id;
  const auto earlier = make_comment(school, -kDay);
  const auto later = make_comment(school, kDay + 60);
  // 2024-09-02T23:59:59.999999Z: the last microsecond of the Monday (UTC).
  auto midnight = make_comment(school, 0);
  midnight.created_at = instant(1'725'321'599'999'999);
  auto someone_else = make_comment(school, 20);
  someone_else.student_id = school.students[1].id;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& comment : {later, midnight, full, earlier, someone_else}) {
      unit.comments().insert(comment);
    }
  });
  const auto list = [&](const DayRange& range) {
    return read(store(), [&](UnitOfWork& unit) {
      return unit.comments().list_for_student(school.institution.id, school.students[0].id, range);
    });
  };
  expect_same_list(list({}), {earlier, full, midnight, later});
  const auto monday = day(2024, 9, 2);
  expect_same_list(list(days(monday, monday)), {full, midnight});
  expect_same_list(list(days(monday, {})), {full, midnight, later});
  expect_same_list(list(days({}, monday)), {earlier, full, midnight});
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.comments().list_for_student(other.institution.id, school.students[0].id,
                                                        {});
              }).empty());
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.comments().insert(full); });
}

TEST_P(Lessons, RemoveDeletesOnlyAnUnreferencedLessonOfTheInstitution) {
  const auto school = make_school(0, 1, 4);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  auto comment = make_comment(school, 10);
  comment.course_id = school.course.id;
  comment.lesson_id = school.lessons[2].id;
  write(store(), [&](UnitOfWork& unit) {
    unit.grades().insert(make_grade(school, 0, 0, 10));
    unit.attendance().insert(make_mark(school, 0, 1));
    unit.comments().insert(comment);
  });
  for (std::size_t referenced = 0; referenced < 3; ++referenced) {
    expect_write_error(store(), Errc::conflict, [&](UnitOfWork& unit) {
      unit.lessons().remove(school.institution.id, school.lessons[referenced].id);
    });
  }
  expect_write_error(store(), Errc::not_found, [&](UnitOfWork& unit) {
    unit.lessons().remove(other.institution.id, school.lessons[3].id);
  });
  expect_write_error(store(), Errc::not_found, [&](UnitOfWork& unit) {
    unit.lessons().remove(school.institution.id, model::LessonId::generate());
  });
  write(store(), [&](UnitOfWork& unit) {
    unit.lessons().remove(school.institution.id, school.lessons[3].id);
  });
  const auto left = read(store(), [&](UnitOfWork& unit) {
    return unit.lessons().list(school.institution.id, school.course.id, {});
  });
  expect_same_list(left, with_version({school.lessons[0], school.lessons[1], school.lessons[2]}));
}

INSTANTIATE_TEST_SUITE_P(Backends, Lessons, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Comments, ::testing::ValuesIn(all_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
