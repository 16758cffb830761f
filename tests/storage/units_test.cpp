// Units of work: commit, rollback by destruction, spent units, read units and isolation.
#include <gtest/gtest.h>

#include <algorithm>
#include <span>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Units = StoreTest;

TEST_P(Units, CommitMakesTheChangesVisibleToLaterUnits) {
  const auto institution = make_institution(0);
  write(store(), [&](UnitOfWork& unit) { unit.institutions().insert(institution); });
  auto expected = institution;
  expected.version = 1;
  expect_found(
      read(store(), [&](UnitOfWork& unit) { return unit.institutions().find(institution.id); }),
      expected);
}

TEST_P(Units, DestroyingAnUncommittedUnitLeavesNothing) {
  const auto school = make_school(0, 3, 2);
  store_school(store(), school);
  const auto extra = make_person(school.institution.id, "Бондар", "Ірина", "Олегівна");
  {
    const auto unit = store().begin();
    unit->people().insert(extra);
    auto lesson = school.lessons.front();
    lesson.id = model::LessonId::generate();
    lesson.number = 8;
    unit->lessons().insert_many(std::span(&lesson, 1), {});
    auto renamed = school.school_class;
    renamed.version = 1;
    renamed.name = "6-А";
    unit->classes().update(renamed);
    EXPECT_TRUE(unit->people().find(school.institution.id, extra.id).has_value())
        << "a unit sees its own writes";
  }
  read(store(), [&](UnitOfWork& unit) {
    EXPECT_FALSE(unit.people().find(school.institution.id, extra.id).has_value());
    EXPECT_EQ(unit.people().list(school.institution.id).size(), 4u);
    const auto found = unit.classes().find(school.institution.id, school.school_class.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, "5-А");
    EXPECT_EQ(found->version, 1);
  });
}

TEST_P(Units, AUnitIsSpentAfterCommit) {
  const auto institution = make_institution(0);
  const auto unit = store().begin();
  unit->institutions().insert(institution);
  unit->commit();
  expect_error(Errc::conflict, [&] { (void)unit->institutions().find(institution.id); });
  expect_error(Errc::conflict, [&] { unit->institutions().insert(make_institution(1)); });
  expect_error(Errc::conflict, [&] { (void)unit->people().list(institution.id); });
}

TEST_P(Units, ReadUnitsSeeCommittedData) {
  const auto school = make_school(0, 2, 1);
  store_school(store(), school);
  const auto people =
      read(store(), [&](UnitOfWork& unit) { return unit.people().list(school.institution.id); });
  EXPECT_EQ(people.size(), 3u);
}

TEST_P(Units, ReadUnitsRefuseEveryWrite) {
  auto school = make_school(0, 2, 1);
  store_school(store(), school);
  const auto grade = make_grade(school, 0, 0, grading::Rational(10));
  const auto refused = [&](auto&& change) {
    const auto unit = store().begin(Access::read);
    expect_error(Errc::invalid, [&] { change(*unit); });
  };
  refused([&](UnitOfWork& unit) { unit.institutions().insert(make_institution(1)); });
  refused([&](UnitOfWork& unit) {
    unit.people().insert(make_person(school.institution.id, "Бондар", "Ірина", "Олегівна"));
  });
  refused([&](UnitOfWork& unit) { unit.grades().insert_many(std::span(&grade, 1), {}); });
  refused([&](UnitOfWork& unit) {
    auto renamed = school.school_class;
    renamed.version = 1;
    renamed.name = "6-А";
    unit.classes().update(renamed);
  });
  refused([&](UnitOfWork& unit) { unit.enrolments().insert(make_enrolment(school, 1)); });
  read(store(), [&](UnitOfWork& unit) {
    EXPECT_EQ(unit.institutions().list().size(), 1u);
    EXPECT_EQ(unit.people().list(school.institution.id).size(), 3u);
    EXPECT_TRUE(
        unit.grades().list(school.institution.id, grade_query(school.course.id, {})).empty());
    EXPECT_EQ(unit.classes().find(school.institution.id, school.school_class.id)->name, "5-А");
  });
}

TEST_P(Units, UncommittedChangesAreInvisibleToOtherUnits) {
  if (!has_concurrent_units()) {
    GTEST_SKIP() << "one connection: a second unit would wait for the first";
  }
  const auto first = make_institution(0);
  const auto unit = store().begin();
  unit->institutions().insert(first);
  EXPECT_FALSE(read(store(), [&](UnitOfWork& other) {
                 return other.institutions().find(first.id);
               }).has_value());
  unit->commit();
  EXPECT_TRUE(read(store(), [&](UnitOfWork& other) {
                return other.institutions().find(first.id);
              }).has_value());
}

TEST_P(Units, AReadUnitSeesOneSnapshotFromItsFirstRead) {
  if (!has_concurrent_units()) {
    GTEST_SKIP() << "one connection: a writer would wait for the reader";
  }
  const auto first = make_institution(0);
  const auto second = make_institution(1);
  write(store(), [&](UnitOfWork& unit) { unit.institutions().insert(first); });
  const auto reader = store().begin(Access::read);
  ASSERT_TRUE(reader->institutions().find(first.id).has_value());
  write(store(), [&](UnitOfWork& unit) { unit.institutions().insert(second); });
  EXPECT_FALSE(reader->institutions().find(second.id).has_value())
      << "committed after the reader's first read";
  const auto listed = reader->institutions().list();
  EXPECT_TRUE(std::none_of(listed.begin(), listed.end(),
                           [&](const model::Institution& each) { return each.id == second.id; }));
  reader->commit();
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.institutions().find(second.id);
              }).has_value());
}

TEST_P(Units, CommittedDataOutlivesTheStore) {
  if (GetParam() == Backend::memory || GetParam() == Backend::sqlite_memory) {
    GTEST_SKIP() << "an in-memory store ends with its last handle";
  }
  const auto school = make_school(0, 2, 2);
  store_school(store(), school);
  reopen({});
  EXPECT_EQ(read(store(),
                 [&](UnitOfWork& unit) {
                   return unit.lessons().list(school.institution.id, school.course.id, {});
                 })
                .size(),
            2u);
}

INSTANTIATE_TEST_SUITE_P(Backends, Units, ::testing::ValuesIn(all_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
