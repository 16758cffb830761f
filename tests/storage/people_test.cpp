// People, role grants and parent links: round trips, scoping, unique keys, versions, orders.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using People = StoreTest;
using RoleGrants = StoreTest;
using ParentLinks = StoreTest;

// Two institutions, each stored without people.
struct TwoInstitutions {
  model::Institution first = make_institution(0);
  model::Institution second = make_institution(1);
};

TwoInstitutions store_two_institutions(Store& store) {
  TwoInstitutions pair;
  write(store, [&](UnitOfWork& unit) {
    unit.institutions().insert(pair.first);
    unit.institutions().insert(pair.second);
  });
  return pair;
}

std::vector<model::Person> with_version(std::vector<model::Person> people, std::int64_t version) {
  for (auto& person : people) person.version = version;
  return people;
}

TEST_P(People, RoundTripWithOptionalFieldsEmptyAndSet) {
  const auto pair = store_two_institutions(store());
  auto full = make_person(pair.first.id, "Мар\u02BCяненко-Ґудзь", "Їржі", "Юліанівна");
  full.gender = text::Gender::feminine;
  full.external_ids = {{"aikom", "A-17"}, {"diso", "12345"}};
  model::Person bare;
  bare.id = model::PersonId::generate();
  bare.institution_id = pair.first.id;
  bare.surname = "Ящук";
  bare.given_name = "Єлизавета";
  write(store(), [&](UnitOfWork& unit) {
    unit.people().insert(full);
    unit.people().insert(bare);
  });
  for (auto expected : {full, bare}) {
    expected.version = 1;
    expect_found(
        read(store(),
             [&](UnitOfWork& unit) { return unit.people().find(pair.first.id, expected.id); }),
        expected);
  }
  expect_write_error(store(), Errc::exists, [&](UnitOfWork& unit) { unit.people().insert(bare); });
}

TEST_P(People, AnotherInstitutionsPersonIsNotFoundNorChanged) {
  const auto pair = store_two_institutions(store());
  auto person = make_person(pair.first.id, "Гнатюк", "Ольга", "Іванівна");
  write(store(), [&](UnitOfWork& unit) { unit.people().insert(person); });
  person.version = 1;
  read(store(), [&](UnitOfWork& unit) {
    EXPECT_FALSE(unit.people().find(pair.second.id, person.id).has_value());
    EXPECT_FALSE(unit.people().find_by_email(pair.second.id, person.email).has_value());
    EXPECT_TRUE(unit.people().list(pair.second.id).empty());
  });
  auto hijacked = person;
  hijacked.institution_id = pair.second.id;
  hijacked.surname = "Чужий";
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.people().update(hijacked); });
  expect_found(
      read(store(), [&](UnitOfWork& unit) { return unit.people().find(pair.first.id, person.id); }),
      person);
}

TEST_P(People, FindByEmailIsCaseSensitiveAndTakesTheLowestId) {
  const auto pair = store_two_institutions(store());
  auto first = make_person(pair.first.id, "Шевчук", "Марко", "Петрович");
  auto second = make_person(pair.first.id, "Шевчук", "Марія", "Петрівна");
  first.email = second.email = "shevchuk@school.example.ua";
  auto other = make_person(pair.first.id, "Шевчук", "Мирон", "Петрович");
  other.email = "Shevchuk@school.example.ua";
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& person : {first, second, other}) unit.people().insert(person);
  });
  const auto lowest = std::min(first.id, second.id);
  read(store(), [&](UnitOfWork& unit) {
    const auto found = unit.people().find_by_email(pair.first.id, "shevchuk@school.example.ua");
    EXPECT_TRUE(found.has_value() && found->id == lowest);
    const auto upper = unit.people().find_by_email(pair.first.id, "Shevchuk@school.example.ua");
    EXPECT_TRUE(upper.has_value() && upper->id == other.id);
    EXPECT_FALSE(unit.people().find_by_email(pair.first.id, "SHEVCHUK@school.example.ua"));
  });
}

TEST_P(People, UpdateBumpsTheVersionAndRefusesStaleOnes) {
  const auto pair = store_two_institutions(store());
  auto person = make_person(pair.first.id, "Гнатюк", "Ольга", "Іванівна");
  write(store(), [&](UnitOfWork& unit) { unit.people().insert(person); });
  person.version = 1;
  auto changed = person;
  changed.surname = "Гнатюк-Ковальчук";
  changed.patronymic.reset();
  changed.gender.reset();
  changed.email.clear();
  changed.external_ids.clear();
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.people().update(changed), 2); });
  changed.version = 2;
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.people().update(changed), 3); });
  changed.version = 3;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.people().update(person); });
  expect_found(
      read(store(), [&](UnitOfWork& unit) { return unit.people().find(pair.first.id, person.id); }),
      changed);
  auto missing = make_person(pair.first.id, "Нема", "Нікого", "Ніякович");
  missing.version = 1;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.people().update(missing); });
}

TEST_P(People, ListInUkrainianOrderThenId) {
  const auto pair = store_two_institutions(store());
  const auto id = pair.first.id;
  auto twin_a = make_person(id, "Ґудзь", "Ірина", "Олегівна");
  auto twin_b = make_person(id, "Ґудзь", "Ірина", "Олегівна");
  if (twin_b.id < twin_a.id) std::swap(twin_a, twin_b);
  const std::vector<model::Person> expected = {
      make_person(id, "Гнатюк", "Петро", "Іванович"),
      make_person(id, "Ґудзь", "Єва", "Андріївна"),
      make_person(id, "Ґудзь", "Ірина", "Богданівна"),
      twin_a,
      twin_b,
      make_person(id, "Ґудзь", "Їжена", "Андріївна"),
      make_person(id, "Їжак", "Анна", "Миколаївна"),
      make_person(id, "Мар\u02BCяненко", "Олег", "Ігорович"),
      make_person(id, "Яковенко", "Ян", "Янович"),
  };
  auto shuffled = expected;
  std::reverse(shuffled.begin(), shuffled.end());
  std::rotate(shuffled.begin(), shuffled.begin() + 4, shuffled.end());
  write(store(), [&](UnitOfWork& unit) {
    unit.people().insert_many(shuffled, {});
    unit.people().insert(make_person(pair.second.id, "Абрамович", "Інший", "Заклад"));
  });
  const auto listed = read(store(), [&](UnitOfWork& unit) { return unit.people().list(id); });
  expect_same_list(listed, with_version(expected, 1));
}

TEST_P(People, InsertManyReportsProgressAndLandsWhole) {
  const auto pair = store_two_institutions(store());
  std::vector<model::Person> people;
  for (int i = 0; i < 300; ++i) {
    people.push_back(
        make_person(pair.first.id, "Учениця" + std::to_string(i), "Марта", "Ігорівна"));
  }
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  write(store(), [&](UnitOfWork& unit) {
    unit.people().insert_many(
        people, [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
  });
  ASSERT_FALSE(calls.empty());
  for (std::size_t i = 0; i < calls.size(); ++i) {
    EXPECT_EQ(calls[i].second, 300u);
    if (i > 0) {
      EXPECT_GT(calls[i].first, calls[i - 1].first);
    }
  }
  EXPECT_EQ(calls.back().first, 300u);
  EXPECT_EQ(
      read(store(), [&](UnitOfWork& unit) { return unit.people().list(pair.first.id); }).size(),
      300u);
}

TEST_P(People, InsertManyWritesNothingWhenARowFailsOrProgressThrows) {
  const auto pair = store_two_institutions(store());
  const auto taken = make_person(pair.first.id, "Зайнятий", "Ідентифікатор", "Петрович");
  write(store(), [&](UnitOfWork& unit) { unit.people().insert(taken); });
  std::vector<model::Person> people;
  for (int i = 0; i < 200; ++i) {
    people.push_back(make_person(pair.first.id, "Учень" + std::to_string(i), "Тарас", "Ігорович"));
  }
  people[150].id = taken.id;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.people().insert_many(people, {}); });
  people[150].id = model::PersonId::generate();
  {
    const auto unit = store().begin();
    EXPECT_THROW(unit->people().insert_many(
                     people, [](std::size_t, std::size_t) { throw std::runtime_error("stop"); }),
                 std::runtime_error);
  }
  EXPECT_EQ(
      read(store(), [&](UnitOfWork& unit) { return unit.people().list(pair.first.id); }).size(),
      1u);
}

TEST_P(RoleGrants, InsertListAndRemoveWithinTheInstitution) {
  const auto school = make_school(0, 2, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  const auto person = school.teacher.id;
  const auto grant = [&](model::Role role, std::optional<model::ClassId> class_id) {
    model::RoleGrant made;
    made.id = model::RoleGrantId::generate();
    made.institution_id = school.institution.id;
    made.person_id = person;
    made.role = role;
    made.class_id = class_id;
    return made;
  };
  const auto teacher = grant(model::Role::teacher, std::nullopt);
  const auto class_teacher = grant(model::Role::class_teacher, school.school_class.id);
  const auto admin = grant(model::Role::institution_admin, std::nullopt);
  auto student = grant(model::Role::student, std::nullopt);
  student.person_id = school.students[0].id;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : {teacher, class_teacher, admin, student})
      unit.role_grants().insert(made);
  });

  // By role, then id.
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.role_grants().list_for_person(school.institution.id, person);
                        }),
                   {admin, teacher, class_teacher});
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.role_grants().list_with_role(school.institution.id,
                                                                   model::Role::student);
                        }),
                   {student});
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.role_grants().list_for_person(other.institution.id, person);
              }).empty());

  // The same (person, role, class) twice, with and without a class; a taken id.
  for (const auto& twice : {grant(model::Role::teacher, std::nullopt),
                            grant(model::Role::class_teacher, school.school_class.id)}) {
    expect_write_error(store(), Errc::exists,
                       [&](UnitOfWork& unit) { unit.role_grants().insert(twice); });
  }
  auto same_id = grant(model::Role::deputy, std::nullopt);
  same_id.id = teacher.id;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.role_grants().insert(same_id); });

  // Removing through another institution changes nothing.
  {
    const auto unit = store().begin();
    try {
      unit->role_grants().remove(other.institution.id, teacher.id);
      unit->commit();
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Errc::not_found) << e.what();
    }
  }
  write(store(), [&](UnitOfWork& unit) {
    unit.role_grants().remove(school.institution.id, class_teacher.id);
  });
  const auto remaining = read(store(), [&](UnitOfWork& unit) {
    return unit.role_grants().list_for_person(school.institution.id, person);
  });
  EXPECT_EQ(ids_of(remaining), (std::vector{admin.id, teacher.id}));
}

TEST_P(RoleGrants, TiesWithinARoleGoByIdAndListWithRoleGoesById) {
  const auto school = make_school(0, 4, 0);
  store_school(store(), school);
  std::vector<model::RoleGrant> grants;
  for (const auto& student : school.students) {
    model::RoleGrant made;
    made.id = model::RoleGrantId::generate();
    made.institution_id = school.institution.id;
    made.person_id = student.id;
    made.role = model::Role::student;
    grants.push_back(made);
  }
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : grants) unit.role_grants().insert(made);
  });
  auto by_id = ids_of(grants);
  std::sort(by_id.begin(), by_id.end());
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.role_grants().list_with_role(school.institution.id,
                                                                   model::Role::student);
                        })),
            by_id);
}

TEST_P(ParentLinks, LinkListAndRemoveWithinTheInstitution) {
  const auto school = make_school(0, 3, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  const auto parent = make_person(school.institution.id, "Батько", "Степан", "Остапович");
  write(store(), [&](UnitOfWork& unit) { unit.people().insert(parent); });
  const auto link = [&](std::size_t child, model::ParentRelation relation) {
    model::ParentLink made;
    made.id = model::ParentLinkId::generate();
    made.institution_id = school.institution.id;
    made.parent_id = parent.id;
    made.child_id = school.students.at(child).id;
    made.relation = relation;
    return made;
  };
  const auto father = link(0, model::ParentRelation::father);
  const auto guardian = link(1, model::ParentRelation::guardian);
  const auto other_relation = link(2, model::ParentRelation::other);
  auto mother = link(0, model::ParentRelation::mother);
  mother.parent_id = school.teacher.id;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : {father, guardian, other_relation, mother}) {
      unit.parent_links().insert(made);
    }
  });
  const auto by_id = [](std::vector<model::ParentLink> links) {
    std::sort(links.begin(), links.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return links;
  };
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.parent_links().children_of(school.institution.id, parent.id);
                        }),
                   by_id({father, guardian, other_relation}));
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.parent_links().parents_of(school.institution.id,
                                                                school.students[0].id);
                        }),
                   by_id({father, mother}));
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.parent_links().children_of(other.institution.id, parent.id);
              }).empty());

  auto twice = link(1, model::ParentRelation::father);
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.parent_links().insert(twice); });
  auto same_id = link(2, model::ParentRelation::father);
  same_id.parent_id = school.students[0].id;
  same_id.id = mother.id;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.parent_links().insert(same_id); });

  {
    const auto unit = store().begin();
    try {
      unit->parent_links().remove(other.institution.id, mother.id);
      unit->commit();
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Errc::not_found) << e.what();
    }
  }
  write(store(),
        [&](UnitOfWork& unit) { unit.parent_links().remove(school.institution.id, father.id); });
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.parent_links().children_of(school.institution.id, parent.id);
                        }),
                   by_id({guardian, other_relation}));
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.parent_links().parents_of(school.institution.id,
                                                                school.students[0].id);
                        }),
                   {mother});
}

INSTANTIATE_TEST_SUITE_P(Backends, People, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, RoleGrants, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, ParentLinks, ::testing::ValuesIn(all_backends()), backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
