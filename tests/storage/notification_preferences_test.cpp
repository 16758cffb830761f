// What each person wants to be told: one row per person, optimistic updates, scoped by
// institution.
#include <gtest/gtest.h>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using NotificationPreferences = StoreTest;

model::NotificationPreferences choices(const model::Person& person, bool grades, bool absences,
                                       bool comments) {
  model::NotificationPreferences preferences;
  preferences.institution_id = person.institution_id;
  preferences.person_id = person.id;
  preferences.published_grades = grades;
  preferences.absences = absences;
  preferences.comments = comments;
  return preferences;
}

std::optional<model::NotificationPreferences> find(Store& store, const model::Person& person) {
  return read(store, [&](UnitOfWork& unit) {
    return unit.notification_preferences().find(person.institution_id, person.id);
  });
}

void expect_stored(Store& store, const model::Person& person,
                   const model::NotificationPreferences& expected) {
  const auto stored = find(store, person);
  ASSERT_TRUE(stored.has_value()) << "no preferences of " << person.id.str();
  expect_same(*stored, expected);
}

TEST_P(NotificationPreferences, RoundTripAndUpdate) {
  const auto school = make_school(0, 2, 0);
  store_school(store(), school);
  const auto& parent = school.students[0];
  EXPECT_FALSE(find(store(), parent).has_value());

  auto stored = choices(parent, false, true, false);
  write(store(), [&](UnitOfWork& unit) { unit.notification_preferences().insert(stored); });
  stored.version = 1;
  expect_stored(store(), parent, stored);
  EXPECT_FALSE(find(store(), school.students[1]).has_value());

  auto changed = stored;
  changed.published_grades = true;
  changed.absences = false;
  changed.comments = true;
  std::int64_t version = 0;
  write(store(),
        [&](UnitOfWork& unit) { version = unit.notification_preferences().update(changed); });
  EXPECT_EQ(version, 2);
  changed.version = 2;
  expect_stored(store(), parent, changed);
}

TEST_P(NotificationPreferences, OneRowPerPersonAndStaleUpdatesConflict) {
  const auto school = make_school(0, 1, 0);
  store_school(store(), school);
  const auto& person = school.students[0];
  const auto first = choices(person, true, true, false);
  write(store(), [&](UnitOfWork& unit) { unit.notification_preferences().insert(first); });
  expect_write_error(store(), Errc::exists, [&](UnitOfWork& unit) {
    unit.notification_preferences().insert(choices(person, false, false, false));
  });
  auto read_once = first;
  read_once.version = 1;
  auto winner = read_once;
  winner.comments = true;
  write(store(), [&](UnitOfWork& unit) { unit.notification_preferences().update(winner); });
  auto loser = read_once;
  loser.absences = false;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.notification_preferences().update(loser); });
  winner.version = 2;
  expect_stored(store(), person, winner);
}

TEST_P(NotificationPreferences, AnotherInstitutionsPersonIsNotFound) {
  const auto school = make_school(0, 1, 0);
  store_school(store(), school);
  const auto other = make_school(1, 1, 0);
  store_school(store(), other);
  // A person of the other school named under this school's institution.
  auto stranger = choices(other.students[0], true, false, true);
  stranger.institution_id = school.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.notification_preferences().insert(stranger); });
  write(store(), [&](UnitOfWork& unit) {
    unit.notification_preferences().insert(choices(other.students[0], true, false, true));
  });
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.notification_preferences().find(school.institution.id,
                                                             other.students[0].id);
               }).has_value());
  stranger.version = 1;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.notification_preferences().update(stranger); });
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationPreferences, ::testing::ValuesIn(all_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
