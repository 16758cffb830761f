// A student's lessons (the diary's rows): enrolment dates, subgroups, day ranges and scope.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using StudentLessons = StoreTest;

// Two more classes' worth of courses beside make_school's: a subgroup course of the same class
// (its subgroup holds student 0 only) and a course of a second class, each with a lesson on
// every one of the school's lesson slots.
struct Diary {
  School school;
  model::SchoolClass second_class;
  model::Subgroup subgroup;
  model::Course subgroup_course;
  model::Course second_class_course;
  std::vector<model::Lesson> subgroup_lessons;
  std::vector<model::Lesson> second_class_lessons;
};

model::Course course_of(const School& school, model::ClassId school_class) {
  model::Course course = school.course;
  course.id = model::CourseId::generate();
  course.class_id = school_class;
  return course;
}

std::vector<model::Lesson> lessons_of(const School& school, const model::Course& course) {
  std::vector<model::Lesson> lessons = school.lessons;
  for (model::Lesson& lesson : lessons) {
    lesson.id = model::LessonId::generate();
    lesson.course_id = course.id;
    lesson.version = 1;
  }
  return lessons;
}

Diary make_diary(int index) {
  Diary diary{make_school(index, 3, 21), {}, {}, {}, {}, {}, {}};
  const School& school = diary.school;
  diary.second_class = school.school_class;
  diary.second_class.id = model::ClassId::generate();
  diary.second_class.name = "5-Б";
  diary.subgroup = {model::SubgroupId::generate(), school.institution.id, school.school_class.id,
                    "1 група"};
  diary.subgroup_course = course_of(school, school.school_class.id);
  diary.subgroup_course.subgroup_id = diary.subgroup.id;
  diary.second_class_course = course_of(school, diary.second_class.id);
  diary.subgroup_lessons = lessons_of(school, diary.subgroup_course);
  diary.second_class_lessons = lessons_of(school, diary.second_class_course);
  return diary;
}

void store_diary(Store& store, const Diary& diary) {
  store_school(store, diary.school);
  const School& school = diary.school;
  write(store, [&](UnitOfWork& unit) {
    unit.classes().insert(diary.second_class);
    unit.subgroups().insert(diary.subgroup);
    unit.subgroups().add_member({school.institution.id, diary.subgroup.id, school.students[0].id});
    unit.courses().insert(diary.subgroup_course);
    unit.courses().insert(diary.second_class_course);
    unit.lessons().insert_many(diary.subgroup_lessons, {});
    unit.lessons().insert_many(diary.second_class_lessons, {});
  });
}

std::vector<model::Lesson> by_slot(std::vector<model::Lesson> lessons) {
  for (model::Lesson& lesson : lessons) lesson.version = 1;
  std::sort(lessons.begin(), lessons.end(), [](const model::Lesson& a, const model::Lesson& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.number != b.number) return a.number < b.number;
    return a.id < b.id;
  });
  return lessons;
}

// The lessons of `lessons` from `first` to `last` (inclusive).
std::vector<model::Lesson> between(const std::vector<model::Lesson>& lessons, model::Date first,
                                   model::Date last) {
  std::vector<model::Lesson> kept;
  std::copy_if(
      lessons.begin(), lessons.end(), std::back_inserter(kept),
      [&](const model::Lesson& lesson) { return first <= lesson.date && lesson.date <= last; });
  return kept;
}

std::vector<model::Lesson> joined(std::vector<model::Lesson> a,
                                  const std::vector<model::Lesson>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return by_slot(std::move(a));
}

TEST_P(StudentLessons, FollowEnrolmentDatesSubgroupsAndDays) {
  Diary diary = make_diary(0);
  store_diary(store(), diary);
  const School& school = diary.school;
  const auto monday = day(2024, 9, 2);
  const auto tuesday = day(2024, 9, 3);
  const auto wednesday = day(2024, 9, 4);
  // Student 0 stays all year and is in the subgroup; student 1 moves to 5-Б on Wednesday;
  // student 2 was enrolled twice in 5-А over overlapping days (a lesson must not repeat).
  auto stays = make_enrolment(school, 0);
  auto leaves = make_enrolment(school, 1);
  leaves.departed = tuesday;
  auto arrives = make_enrolment(school, 1);
  arrives.class_id = diary.second_class.id;
  arrives.arrived = wednesday;
  auto twice = make_enrolment(school, 2);
  auto again = make_enrolment(school, 2);
  again.arrived = tuesday;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& enrolment : {stays, leaves, arrives, twice, again}) {
      unit.enrolments().insert(enrolment);
    }
  });
  const auto lessons_of_student = [&](std::size_t student, DayRange range) {
    return read(store(), [&](UnitOfWork& unit) {
      return unit.lessons().list_for_student(school.institution.id, school.students[student].id,
                                             range);
    });
  };
  const auto class_lessons = by_slot(school.lessons);
  expect_same_list(lessons_of_student(0, {}), joined(class_lessons, diary.subgroup_lessons));
  expect_same_list(lessons_of_student(1, {}),
                   joined(between(class_lessons, monday, tuesday),
                          between(diary.second_class_lessons, wednesday, wednesday)));
  expect_same_list(lessons_of_student(2, {}), class_lessons);
  expect_same_list(lessons_of_student(0, days(tuesday, tuesday)),
                   joined(between(class_lessons, tuesday, tuesday),
                          between(diary.subgroup_lessons, tuesday, tuesday)));
  expect_same_list(lessons_of_student(1, days(tuesday, {})),
                   joined(between(class_lessons, tuesday, tuesday),
                          between(diary.second_class_lessons, wednesday, wednesday)));
  expect_same_list(lessons_of_student(1, days({}, monday)), between(class_lessons, monday, monday));
}

TEST_P(StudentLessons, AreScopedByInstitution) {
  Diary diary = make_diary(0);
  store_diary(store(), diary);
  const School& school = diary.school;
  const School other = make_school(1, 1, 0);
  store_school(store(), other);
  write(store(), [&](UnitOfWork& unit) { unit.enrolments().insert(make_enrolment(school, 0)); });
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.lessons().list_for_student(other.institution.id, school.students[0].id,
                                                       {});
              }).empty());
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.lessons().list_for_student(school.institution.id,
                                                       model::PersonId::generate(), {});
              }).empty());
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                // Enrolled from September 1: no lessons in August.
                return unit.lessons().list_for_student(school.institution.id, school.students[0].id,
                                                       days(day(2024, 8, 1), day(2024, 8, 31)));
              }).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, StudentLessons, ::testing::ValuesIn(all_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
