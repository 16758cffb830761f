// Courses and enrolments: round trips, versions, queries with each filter, whole-class enrolment.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Courses = StoreTest;
using Enrolments = StoreTest;

template <class Id>
std::vector<Id> sorted(std::vector<Id> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST_P(Courses, RoundTripUpdateAndScope) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  model::Subgroup subgroup;
  subgroup.id = model::SubgroupId::generate();
  subgroup.institution_id = school.institution.id;
  subgroup.class_id = school.school_class.id;
  subgroup.name = "Англійська, 1 група";
  auto split = school.course;
  split.id = model::CourseId::generate();
  split.subgroup_id = subgroup.id;
  split.scale = "nush_levels";
  write(store(), [&](UnitOfWork& unit) {
    unit.subgroups().insert(subgroup);
    unit.courses().insert(split);
  });
  auto whole = school.course;
  whole.version = 1;
  split.version = 1;
  for (const auto& expected : {whole, split}) {
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.courses().find(school.institution.id, expected.id);
                      }),
                 expected);
  }
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.courses().find(other.institution.id, split.id);
               }).has_value());
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.courses().insert(school.course); });

  auto changed = split;
  changed.subgroup_id.reset();
  changed.teacher_id = school.teacher.id;
  changed.scale = "ukrainian_12";
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.courses().update(changed), 2); });
  changed.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.courses().update(split); });
  auto foreign = changed;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.courses().update(foreign); });
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.courses().find(school.institution.id, split.id); }),
      changed);
}

TEST_P(Courses, ListByIdWithEachFilter) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  model::SchoolClass second_class = school.school_class;
  second_class.id = model::ClassId::generate();
  second_class.name = "5-Б";
  const auto second_teacher = make_person(school.institution.id, "Дорошенко", "Ігор", "Павлович");
  model::AcademicYear next_year = school.year;
  next_year.id = model::AcademicYearId::generate();
  next_year.calendar = calendar::ukrainian_typical_year(2025);
  auto course = [&](model::ClassId class_id, model::PersonId teacher, model::AcademicYearId year) {
    auto made = school.course;
    made.id = model::CourseId::generate();
    made.class_id = class_id;
    made.teacher_id = teacher;
    made.academic_year_id = year;
    return made;
  };
  const auto b_first = course(second_class.id, school.teacher.id, school.year.id);
  const auto b_second = course(second_class.id, second_teacher.id, school.year.id);
  const auto a_second = course(school.school_class.id, second_teacher.id, school.year.id);
  const auto next = course(school.school_class.id, school.teacher.id, next_year.id);
  write(store(), [&](UnitOfWork& unit) {
    unit.classes().insert(second_class);
    unit.people().insert(second_teacher);
    unit.academic_years().insert(next_year);
    for (const auto& made : {b_first, b_second, a_second, next}) unit.courses().insert(made);
  });
  const auto list = [&](const CourseQuery& query) {
    return ids_of(read(store(), [&](UnitOfWork& unit) {
      return unit.courses().list(school.institution.id, query);
    }));
  };
  EXPECT_EQ(list({}),
            sorted(std::vector{school.course.id, b_first.id, b_second.id, a_second.id, next.id}));
  EXPECT_EQ(list(course_query(next_year.id, {}, {})), (std::vector{next.id}));
  EXPECT_EQ(list(course_query({}, second_class.id, {})),
            sorted(std::vector{b_first.id, b_second.id}));
  EXPECT_EQ(list(course_query({}, {}, second_teacher.id)),
            sorted(std::vector{b_second.id, a_second.id}));
  EXPECT_EQ(list(course_query(school.year.id, school.school_class.id, school.teacher.id)),
            (std::vector{school.course.id}));
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.courses().list(other.institution.id,
                                                     course_query({}, {}, school.teacher.id));
                        })),
            (std::vector<model::CourseId>{}));
}

TEST_P(Enrolments, RoundTripUpdateAndScope) {
  const auto school = make_school(0, 2, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  auto current = make_enrolment(school, 0);
  auto departed = make_enrolment(school, 1);
  departed.departed = day(2025, 1, 31);
  departed.departure_note = "Наказ № 12-у від 31.01.2025";
  write(store(), [&](UnitOfWork& unit) {
    unit.enrolments().insert(current);
    unit.enrolments().insert(departed);
  });
  current.version = departed.version = 1;
  for (const auto& expected : {current, departed}) {
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.enrolments().find(school.institution.id, expected.id);
                      }),
                 expected);
  }
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.enrolments().find(other.institution.id, current.id);
               }).has_value());
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.enrolments().insert(current); });

  auto leaving = current;
  leaving.departed = day(2025, 5, 30);
  leaving.departure_note = "Переведення";
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.enrolments().update(leaving), 2); });
  leaving.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.enrolments().update(current); });
  auto foreign = leaving;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.enrolments().update(foreign); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.enrolments().find(school.institution.id, current.id);
                    }),
               leaving);
}

TEST_P(Enrolments, ListByArrivalThenIdWithEachFilter) {
  const auto school = make_school(0, 5, 0);
  store_school(store(), school);
  model::SchoolClass second_class = school.school_class;
  second_class.id = model::ClassId::generate();
  second_class.name = "5-Б";
  std::vector<model::Enrolment> enrolments;
  for (std::size_t i = 0; i < 5; ++i) enrolments.push_back(make_enrolment(school, i));
  enrolments[1].arrived = day(2024, 10, 1);
  enrolments[2].departed = day(2024, 9, 30);  // left on the 30th: current on it, not after
  enrolments[3].class_id = second_class.id;
  enrolments[4].arrived = day(2024, 10, 1);
  auto moved = make_enrolment(school, 2);  // the student who left, in the other class
  moved.class_id = second_class.id;
  moved.arrived = day(2024, 10, 1);
  enrolments.push_back(moved);
  write(store(), [&](UnitOfWork& unit) {
    unit.classes().insert(second_class);
    unit.enrolments().insert_many(enrolments, {});
  });
  const auto first_day = school.year.calendar.first;
  // Arrival, then id.
  const auto in_order = [&](std::vector<std::size_t> indices) {
    std::vector<model::EnrolmentId> ids;
    for (const auto i : indices) ids.push_back(enrolments[i].id);
    std::sort(ids.begin(), ids.end(), [&](const auto& a, const auto& b) {
      const auto& x = *std::find_if(enrolments.begin(), enrolments.end(),
                                    [&](const auto& e) { return e.id == a; });
      const auto& y = *std::find_if(enrolments.begin(), enrolments.end(),
                                    [&](const auto& e) { return e.id == b; });
      return x.arrived != y.arrived ? x.arrived < y.arrived : x.id < y.id;
    });
    return ids;
  };
  const auto list = [&](const EnrolmentQuery& query) {
    return ids_of(read(store(), [&](UnitOfWork& unit) {
      return unit.enrolments().list(school.institution.id, query);
    }));
  };
  EXPECT_EQ(list({}), in_order({0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(list(enrolment_query(school.school_class.id, {}, {})), in_order({0, 1, 2, 4}));
  EXPECT_EQ(list(enrolment_query({}, school.students[2].id, {})), in_order({2, 5}));
  EXPECT_EQ(list(enrolment_query({}, {}, first_day)), in_order({0, 2, 3}));
  EXPECT_EQ(list(enrolment_query({}, {}, day(2024, 9, 30))), in_order({0, 2, 3}));
  EXPECT_EQ(list(enrolment_query({}, {}, day(2024, 10, 1))), in_order({0, 1, 3, 4, 5}));
  EXPECT_EQ(list(enrolment_query(second_class.id, {}, day(2024, 10, 1))), in_order({3, 5}));
  EXPECT_EQ(list(enrolment_query(school.school_class.id, school.students[2].id, day(2024, 10, 1))),
            in_order({}));
  EXPECT_EQ(list(enrolment_query({}, {}, day(2024, 8, 31))), in_order({}));
}

TEST_P(Enrolments, EnrollingAClassIsAllOrNothing) {
  const auto school = make_school(0, 30, 0);
  store_school(store(), school);
  std::vector<model::Enrolment> enrolments;
  for (std::size_t i = 0; i < school.students.size(); ++i) {
    enrolments.push_back(make_enrolment(school, i));
  }
  write(store(), [&](UnitOfWork& unit) { unit.enrolments().insert(enrolments[7]); });
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.enrolments().insert_many(enrolments, {}); });
  EXPECT_EQ(
      read(store(),
           [&](UnitOfWork& unit) { return unit.enrolments().list(school.institution.id, {}); })
          .size(),
      1u);
  enrolments.erase(enrolments.begin() + 7);
  std::vector<std::size_t> progress;
  write(store(), [&](UnitOfWork& unit) {
    unit.enrolments().insert_many(enrolments, [&](std::size_t done, std::size_t total) {
      EXPECT_EQ(total, 29u);
      progress.push_back(done);
    });
  });
  ASSERT_FALSE(progress.empty());
  EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
  EXPECT_EQ(progress.back(), 29u);
  EXPECT_EQ(
      read(store(),
           [&](UnitOfWork& unit) { return unit.enrolments().list(school.institution.id, {}); })
          .size(),
      30u);
}

INSTANTIATE_TEST_SUITE_P(Backends, Courses, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Enrolments, ::testing::ValuesIn(all_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
