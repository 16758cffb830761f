// Institutions and connection requests: round trips, unique keys, versions and orders.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Institutions = StoreTest;
using ConnectionRequests = StoreTest;

std::optional<model::Institution> find_institution(Store& store, model::InstitutionId id) {
  return read(store, [&](UnitOfWork& unit) { return unit.institutions().find(id); });
}

TEST_P(Institutions, RoundTripEveryField) {
  auto institution = make_institution(0);
  institution.kind = model::InstitutionKind::vocational;
  institution.status = model::InstitutionStatus::suspended;
  institution.name = "Вище професійне училище «Ґражда» ім. Івана Мазепи — ʼ’'";
  institution.created_at = instant(-1'000'001);  // before 1970, to the microsecond
  write(store(), [&](UnitOfWork& unit) { unit.institutions().insert(institution); });
  institution.version = 1;
  expect_found(find_institution(store(), institution.id), institution);
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.institutions().find_by_edrpou(institution.edrpou);
                    }),
               institution);
  EXPECT_FALSE(find_institution(store(), model::InstitutionId::generate()).has_value());
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.institutions().find_by_edrpou("00032129");
               }).has_value());
}

TEST_P(Institutions, TakenIdEdrpouOrDisoIdIsRefused) {
  const auto first = make_institution(0);
  write(store(), [&](UnitOfWork& unit) { unit.institutions().insert(first); });

  auto same_id = make_institution(1);
  same_id.id = first.id;
  auto same_edrpou = make_institution(2);
  same_edrpou.edrpou = first.edrpou;
  auto same_diso = make_institution(3);
  same_diso.diso_id = first.diso_id;
  for (const auto& taken : {same_id, same_edrpou, same_diso}) {
    expect_write_error(store(), Errc::exists,
                       [&](UnitOfWork& unit) { unit.institutions().insert(taken); });
  }
  const auto all = read(store(), [](UnitOfWork& unit) { return unit.institutions().list(); });
  ASSERT_EQ(all.size(), 1u);
  auto expected = first;
  expected.version = 1;
  expect_same(all.front(), expected);
}

TEST_P(Institutions, UpdateBumpsTheVersionAndRefusesStaleOnes) {
  auto institution = make_institution(0);
  write(store(), [&](UnitOfWork& unit) { unit.institutions().insert(institution); });
  institution.version = 1;
  auto renamed = institution;
  renamed.name = "Ліцей «Нова назва»";
  renamed.status = model::InstitutionStatus::closed;
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.institutions().update(renamed), 2); });
  renamed.version = 2;
  expect_found(find_institution(store(), institution.id), renamed);

  auto stale = institution;
  stale.name = "Застаріла назва";
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.institutions().update(stale); });
  expect_found(find_institution(store(), institution.id), renamed);

  auto missing = make_institution(1);
  missing.version = 1;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.institutions().update(missing); });
}

TEST_P(Institutions, ListInUkrainianOrderThenIdWithStatusFilter) {
  const std::vector<std::string> names = {"Їжакевицька гімназія", "Ґрунтовна школа",
                                          "Гімназія № 5",         "Академічний ліцей",
                                          "Єрківський ліцей",     "Іршавська школа"};
  std::vector<model::Institution> stored;
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto institution = make_institution(static_cast<int>(i));
    institution.name = names[i];
    institution.status =
        i % 2 == 0 ? model::InstitutionStatus::active : model::InstitutionStatus::suspended;
    stored.push_back(institution);
  }
  // Two of the same name: the id decides.
  auto twin = make_institution(6);
  twin.name = "Гімназія № 5";
  stored.push_back(twin);
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& institution : stored) unit.institutions().insert(institution);
  });

  const auto listed = read(store(), [](UnitOfWork& unit) { return unit.institutions().list(); });
  std::vector<std::string> listed_names;
  for (const auto& institution : listed) listed_names.push_back(institution.name);
  EXPECT_EQ(listed_names,
            (std::vector<std::string>{"Академічний ліцей", "Гімназія № 5", "Гімназія № 5",
                                      "Ґрунтовна школа", "Єрківський ліцей", "Іршавська школа",
                                      "Їжакевицька гімназія"}));
  ASSERT_EQ(listed.size(), 7u);
  EXPECT_LT(listed[1].id, listed[2].id);

  const auto suspended = read(store(), [](UnitOfWork& unit) {
    return unit.institutions().list(model::InstitutionStatus::suspended);
  });
  std::vector<std::string> suspended_names;
  for (const auto& institution : suspended) suspended_names.push_back(institution.name);
  EXPECT_EQ(suspended_names,
            (std::vector<std::string>{"Академічний ліцей", "Ґрунтовна школа", "Іршавська школа"}));
  EXPECT_TRUE(read(store(), [](UnitOfWork& unit) {
                return unit.institutions().list(model::InstitutionStatus::closed);
              }).empty());
}

TEST_P(ConnectionRequests, RoundTripWithOptionalFieldsEmptyAndSet) {
  const auto bare = make_request(1, 0);
  auto full = make_request(2, 10);
  full.admin_patronymic = "Ярославович";
  full.status = model::RequestStatus::approved;
  full.decision_reason = "Документи перевірено";
  full.decided_at = school_instant(3600);
  const auto approved = make_institution(2);
  full.institution_id = approved.id;
  write(store(), [&](UnitOfWork& unit) {
    unit.institutions().insert(approved);
    unit.connection_requests().insert(bare);
    unit.connection_requests().insert(full);
  });
  for (auto expected : {bare, full}) {
    expected.version = 1;
    expect_found(
        read(store(),
             [&](UnitOfWork& unit) { return unit.connection_requests().find(expected.id); }),
        expected);
  }
  EXPECT_FALSE(read(store(), [](UnitOfWork& unit) {
                 return unit.connection_requests().find(model::ConnectionRequestId::generate());
               }).has_value());
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.connection_requests().insert(bare); });
}

TEST_P(ConnectionRequests, UpdateBumpsTheVersionAndRefusesStaleOnes) {
  auto request = make_request(1, 0);
  write(store(), [&](UnitOfWork& unit) { unit.connection_requests().insert(request); });
  request.version = 1;
  auto rejected = request;
  rejected.status = model::RequestStatus::rejected;
  rejected.decision_reason = "Неправильний ЄДРПОУ";
  rejected.decided_at = school_instant(60);
  write(store(),
        [&](UnitOfWork& unit) { EXPECT_EQ(unit.connection_requests().update(rejected), 2); });
  rejected.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.connection_requests().update(request); });
  expect_found(
      read(store(), [&](UnitOfWork& unit) { return unit.connection_requests().find(request.id); }),
      rejected);
  auto missing = make_request(2, 0);
  missing.version = 1;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.connection_requests().update(missing); });
}

TEST_P(ConnectionRequests, ListOldestFirstAndFindOpenOnes) {
  auto newest = make_request(1, 300);
  auto oldest = make_request(2, 100);
  oldest.status = model::RequestStatus::approved;
  auto middle = make_request(3, 200);
  middle.status = model::RequestStatus::rejected;
  middle.edrpou = oldest.edrpou;
  auto withdrawn = make_request(4, 250);
  withdrawn.status = model::RequestStatus::withdrawn;
  withdrawn.diso_id = newest.diso_id;
  // Pending too, with codes of its own (two open requests never share one: OpenRequests).
  auto other = make_request(5, 50);
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& request : {newest, oldest, middle, withdrawn, other}) {
      unit.connection_requests().insert(request);
    }
  });
  const auto all =
      read(store(), [](UnitOfWork& unit) { return unit.connection_requests().list(); });
  EXPECT_EQ(ids_of(all), (std::vector{other.id, oldest.id, middle.id, withdrawn.id, newest.id}));
  const auto pending = read(store(), [](UnitOfWork& unit) {
    return unit.connection_requests().list(model::RequestStatus::pending);
  });
  EXPECT_EQ(ids_of(pending), (std::vector{other.id, newest.id}));

  // By ЄДРПОУ: the rejected one is closed.
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.connection_requests().find_open(oldest.edrpou, "999999");
                        })),
            (std::vector{oldest.id}));
  // By ДІСО id: the withdrawn one is closed.
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.connection_requests().find_open("00000000", newest.diso_id);
                        })),
            (std::vector{newest.id}));
  // Either key matches, oldest first.
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.connection_requests().find_open(oldest.edrpou,
                                                                      newest.diso_id);
                        })),
            (std::vector{oldest.id, newest.id}));
}

INSTANTIATE_TEST_SUITE_P(Backends, Institutions, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, ConnectionRequests, ::testing::ValuesIn(all_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
