// Academic years, classes, subjects and subgroups: round trips, unique names, versions, orders.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "backend.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using AcademicYears = StoreTest;
using Classes = StoreTest;
using Subjects = StoreTest;
using Subgroups = StoreTest;

// A year that uses every calendar field: a 6-day week, a make-up day, days off and bells.
calendar::SchoolYear full_calendar() {
  auto year = calendar::ukrainian_typical_year(2025);
  year.name = "2025/2026 (ліцей)";
  year.week = calendar::WorkWeek::six_day;
  year.make_up_days = {{day(2025, 11, 16), boost::date_time::Monday}};
  year.days_off = {day(2025, 10, 14), day(2026, 3, 9)};
  year.bells = calendar::BellSchedule({{0, 470, 505}, {1, 510, 555}, {2, 565, 610}});
  calendar::validate(year);
  return year;
}

TEST_P(AcademicYears, RoundTripEveryCalendarField) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  model::AcademicYear bare;
  bare.id = model::AcademicYearId::generate();
  bare.institution_id = school.institution.id;
  bare.calendar.name = "Порожній рік";
  bare.calendar.first = day(2026, 9, 1);
  bare.calendar.last = day(2027, 6, 30);
  model::AcademicYear full;
  full.id = model::AcademicYearId::generate();
  full.institution_id = school.institution.id;
  full.calendar = full_calendar();
  write(store(), [&](UnitOfWork& unit) {
    unit.academic_years().insert(bare);
    unit.academic_years().insert(full);
  });
  for (auto expected : {bare, full}) {
    expected.version = 1;
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.academic_years().find(school.institution.id, expected.id);
                      }),
                 expected);
  }
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.academic_years().insert(bare); });
}

TEST_P(AcademicYears, UpdateListAndScope) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  model::AcademicYear next;
  next.id = model::AcademicYearId::generate();
  next.institution_id = school.institution.id;
  next.calendar = full_calendar();
  model::AcademicYear earlier = next;
  earlier.id = model::AcademicYearId::generate();
  earlier.calendar = calendar::ukrainian_typical_year(2023);
  write(store(), [&](UnitOfWork& unit) {
    unit.academic_years().insert(next);
    unit.academic_years().insert(earlier);
  });
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.academic_years().list(school.institution.id);
                        })),
            (std::vector{earlier.id, school.year.id, next.id}));

  next.version = 1;
  auto changed = next;
  changed.calendar.holidays.pop_back();
  changed.calendar.days_off.clear();
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.academic_years().update(changed), 2); });
  changed.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.academic_years().update(next); });
  auto foreign = changed;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.academic_years().update(foreign); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.academic_years().find(school.institution.id, next.id);
                    }),
               changed);
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.academic_years().find(other.institution.id, next.id);
               }).has_value());
  EXPECT_EQ(read(store(),
                 [&](UnitOfWork& unit) { return unit.academic_years().list(other.institution.id); })
                .size(),
            1u);
}

model::SchoolClass make_class(const School& school, std::string name) {
  model::SchoolClass made;
  made.id = model::ClassId::generate();
  made.institution_id = school.institution.id;
  made.academic_year_id = school.year.id;
  made.name = std::move(name);
  return made;
}

TEST_P(Classes, ListByGradeNumberThenLetterThenId) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  auto twin_a = make_class(school, "2-Б");
  auto twin_b = make_class(school, "2-Б");
  twin_b.academic_year_id = model::AcademicYearId::generate();  // another year: no clash
  const std::vector<model::SchoolClass> classes = {
      make_class(school, "10-А"),
      make_class(school, "2-А"),
      make_class(school, "11-Є"),
      make_class(school, "2-Ґ"),
      make_class(school, "1-Я"),
      make_class(school, "2-Г"),
      twin_a,
  };
  model::AcademicYear other_year;
  other_year.id = twin_b.academic_year_id;
  other_year.institution_id = school.institution.id;
  other_year.calendar = calendar::ukrainian_typical_year(2025);
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : classes) unit.classes().insert(made);
    unit.academic_years().insert(other_year);
    unit.classes().insert(twin_b);
  });
  std::vector<std::string> names;
  for (const auto& listed : read(store(), [&](UnitOfWork& unit) {
         return unit.classes().list(school.institution.id, school.year.id);
       })) {
    names.push_back(listed.name);
  }
  EXPECT_EQ(names,
            (std::vector<std::string>{"1-Я", "2-А", "2-Б", "2-Г", "2-Ґ", "5-А", "10-А", "11-Є"}));
  const auto in_other_year = read(store(), [&](UnitOfWork& unit) {
    return unit.classes().list(school.institution.id, other_year.id);
  });
  ASSERT_EQ(in_other_year.size(), 1u);
  twin_b.version = 1;
  expect_same(in_other_year.front(), twin_b);
}

TEST_P(Classes, NameTakenInTheYearIdTakenUpdateAndScope) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  expect_write_error(store(), Errc::exists, [&](UnitOfWork& unit) {
    unit.classes().insert(make_class(school, school.school_class.name));
  });
  auto same_id = make_class(school, "6-Б");
  same_id.id = school.school_class.id;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.classes().insert(same_id); });

  auto stored = school.school_class;
  stored.version = 1;
  auto renamed = stored;
  renamed.name = "6-А";
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.classes().update(renamed), 2); });
  renamed.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.classes().update(stored); });
  auto foreign = renamed;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.classes().update(foreign); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.classes().find(school.institution.id, renamed.id);
                    }),
               renamed);
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.classes().find(other.institution.id, renamed.id);
               }).has_value());
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.classes().list(other.institution.id, school.year.id);
              }).empty());
}

TEST_P(Subjects, RoundTripUniqueNameAndUkrainianOrder) {
  const auto school = make_school(0, 0, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);  // has "Українська мова" too: names are per institution
  const auto subject = [&](std::string name, std::string short_name) {
    model::Subject made;
    made.id = model::SubjectId::generate();
    made.institution_id = school.institution.id;
    made.name = std::move(name);
    made.short_name = std::move(short_name);
    return made;
  };
  const std::vector<model::Subject> subjects = {
      subject("Історія України", "Іст. Укр."),
      subject("Алгебра", ""),
      subject("Ґрафіка", ""),
      subject("Географія", "Геогр."),
      subject("Інформатика", ""),
      subject("Єврейська мова", ""),
  };
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : subjects) unit.subjects().insert(made);
  });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.subjects().find(school.institution.id, subjects[0].id);
                    }),
               subjects[0]);
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.subjects().find(other.institution.id, subjects[0].id);
               }).has_value());
  std::vector<std::string> names;
  for (const auto& listed : read(store(), [&](UnitOfWork& unit) {
         return unit.subjects().list(school.institution.id);
       })) {
    names.push_back(listed.name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Алгебра", "Географія", "Ґрафіка", "Єврейська мова",
                                             "Інформатика", "Історія України", "Українська мова"}));
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.subjects().insert(subject("Алгебра", "Алг.")); });
  auto same_id = subject("Фізика", "");
  same_id.id = subjects[1].id;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.subjects().insert(same_id); });
}

TEST_P(Subgroups, RoundTripListAndMembers) {
  const auto school = make_school(0, 4, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  const auto subgroup = [&](std::string name) {
    model::Subgroup made;
    made.id = model::SubgroupId::generate();
    made.institution_id = school.institution.id;
    made.class_id = school.school_class.id;
    made.name = std::move(name);
    return made;
  };
  auto twin_a = subgroup("2 група");
  auto twin_b = subgroup("2 група");
  if (twin_b.id < twin_a.id) std::swap(twin_a, twin_b);
  const auto first = subgroup("1 група");
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : {twin_b, first, twin_a}) unit.subgroups().insert(made);
  });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.subgroups().find(school.institution.id, first.id);
                    }),
               first);
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.subgroups().find(other.institution.id, first.id);
               }).has_value());
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.subgroups().list(school.institution.id,
                                                       school.school_class.id);
                        }),
                   {first, twin_a, twin_b});
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.subgroups().insert(first); });

  const auto member = [&](std::size_t student) {
    return model::SubgroupMember{school.institution.id, first.id, school.students.at(student).id};
  };
  write(store(), [&](UnitOfWork& unit) {
    for (std::size_t i = 0; i < 4; ++i) unit.subgroups().add_member(member(i));
  });
  auto by_id = ids_of(school.students);
  std::sort(by_id.begin(), by_id.end());
  EXPECT_EQ(read(store(),
                 [&](UnitOfWork& unit) {
                   return unit.subgroups().members(school.institution.id, first.id);
                 }),
            by_id);
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.subgroups().members(other.institution.id, first.id);
              }).empty());
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.subgroups().add_member(member(2)); });
  write(store(), [&](UnitOfWork& unit) { unit.subgroups().remove_member(member(2)); });
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.subgroups().remove_member(member(2)); });
  auto foreign = member(1);
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.subgroups().remove_member(foreign); });
  by_id.erase(std::find(by_id.begin(), by_id.end(), school.students[2].id));
  EXPECT_EQ(read(store(),
                 [&](UnitOfWork& unit) {
                   return unit.subgroups().members(school.institution.id, first.id);
                 }),
            by_id);
}

INSTANTIATE_TEST_SUITE_P(Backends, AcademicYears, ::testing::ValuesIn(all_backends()),
                         backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Classes, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Subjects, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Subgroups, ::testing::ValuesIn(all_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
