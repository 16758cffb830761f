// Open connection requests hold their codes: among pending and approved requests a ЄДРПОУ and a
// ДІСО id are unique (Error(exists)), also when two units race to store them; and the grouped
// counts of institutions and requests behind the institute's statistics.
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <thread>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using model::InstitutionKind;
using model::InstitutionStatus;
using model::RequestStatus;

using OpenRequests = StoreTest;
using RacingRequests = StoreTest;
using GroupedCounts = StoreTest;

void insert(Store& store, const model::ConnectionRequest& request) {
  write(store, [&](UnitOfWork& unit) { unit.connection_requests().insert(request); });
}

std::vector<model::ConnectionRequest> all_requests(Store& store) {
  return read(store, [](UnitOfWork& unit) { return unit.connection_requests().list(); });
}

TEST_P(OpenRequests, APendingOrApprovedRequestHoldsItsEdrpouAndDisoId) {
  const auto held = make_request(0, 0);
  insert(store(), held);

  auto same_edrpou = make_request(1, 10);
  same_edrpou.edrpou = held.edrpou;
  auto same_diso = make_request(2, 20);
  same_diso.diso_id = held.diso_id;
  auto approved_same_edrpou = same_edrpou;
  approved_same_edrpou.status = RequestStatus::approved;
  for (const auto& taken : {same_edrpou, same_diso, approved_same_edrpou}) {
    expect_write_error(store(), Errc::exists,
                       [&](UnitOfWork& unit) { unit.connection_requests().insert(taken); });
  }
  // Closed requests hold nothing.
  auto rejected = same_edrpou;
  rejected.status = RequestStatus::rejected;
  auto withdrawn = same_diso;
  withdrawn.status = RequestStatus::withdrawn;
  insert(store(), rejected);
  insert(store(), withdrawn);
  EXPECT_EQ(ids_of(all_requests(store())), (std::vector{held.id, rejected.id, withdrawn.id}));
}

TEST_P(OpenRequests, AnUpdateThatReopensATakenCodeIsRefusedAndAClosedOneFreesIt) {
  auto held = make_request(0, 0);
  insert(store(), held);
  auto closed = make_request(1, 10);
  closed.edrpou = held.edrpou;
  closed.status = RequestStatus::rejected;
  insert(store(), closed);
  closed.version = 1;
  held.version = 1;

  auto reopened = closed;
  reopened.status = RequestStatus::pending;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.connection_requests().update(reopened); });
  // Approving the holder keeps its codes held (by itself).
  auto approved = held;
  approved.status = RequestStatus::approved;
  write(store(),
        [&](UnitOfWork& unit) { EXPECT_EQ(unit.connection_requests().update(approved), 2); });
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.connection_requests().update(reopened); });
  // Withdrawn, it lets the code go.
  approved.version = 2;
  auto gone = approved;
  gone.status = RequestStatus::withdrawn;
  write(store(), [&](UnitOfWork& unit) { unit.connection_requests().update(gone); });
  write(store(),
        [&](UnitOfWork& unit) { EXPECT_EQ(unit.connection_requests().update(reopened), 2); });
  const auto open = read(store(), [&](UnitOfWork& unit) {
    return unit.connection_requests().find_open(held.edrpou, "");
  });
  EXPECT_EQ(ids_of(open), (std::vector{closed.id}));
}

// Two units store requests with the same ЄДРПОУ at once: the second waits for the first (for
// the write lock, or at the unique index on PostgreSQL) and fails with Error(exists) once the
// first commits.
TEST_P(RacingRequests, OfTwoConcurrentSubmissionsOnlyOneLands) {
  const auto first = make_request(0, 0);
  auto second = make_request(1, 1);
  second.edrpou = first.edrpou;

  auto winner = store().begin(Access::write);
  winner->connection_requests().insert(first);
  std::optional<Errc> loser_error;
  std::thread loser([&] {
    try {
      write(store(), [&](UnitOfWork& unit) { unit.connection_requests().insert(second); });
    } catch (const Error& error) {
      loser_error = error.code();
    }
  });
  // Give the loser time to reach the lock or the index before the winner commits.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  winner->commit();
  winner.reset();
  loser.join();
  EXPECT_EQ(loser_error, Errc::exists);
  EXPECT_EQ(ids_of(all_requests(store())), (std::vector{first.id}));
}

TEST_P(GroupedCounts, InstitutionsPerKindStatusOblastAndHromada) {
  EXPECT_TRUE(
      read(store(), [](UnitOfWork& unit) { return unit.institutions().count_grouped(); }).empty());
  const std::string sumy = "UA59020010000012345";
  const std::string kyiv = "UA80000000000093317";
  std::vector<model::Institution> institutions;
  for (int i = 0; i < 7; ++i) institutions.push_back(make_institution(i));
  // 0–2: active schools in Kyiv (make_institution's place); 3–4: active schools in Sumy; 5: a
  // suspended school in Sumy; 6: an active college in Sumy.
  for (int i = 3; i < 7; ++i) {
    institutions[i].oblast = "UA-59";
    institutions[i].hromada_katottg = sumy;
  }
  institutions[5].status = InstitutionStatus::suspended;
  institutions[6].kind = InstitutionKind::college;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& institution : institutions) unit.institutions().insert(institution);
  });
  const auto counted =
      read(store(), [](UnitOfWork& unit) { return unit.institutions().count_grouped(); });
  // Codes in byte order: "UA-59" before make_institution's "UA-80".
  EXPECT_EQ(counted, (std::vector<InstitutionTally>{
                         {InstitutionKind::school, InstitutionStatus::active, "UA-59", sumy, 2},
                         {InstitutionKind::school, InstitutionStatus::active, "UA-80", kyiv, 3},
                         {InstitutionKind::school, InstitutionStatus::suspended, "UA-59", sumy, 1},
                         {InstitutionKind::college, InstitutionStatus::active, "UA-59", sumy, 1},
                     }));
}

TEST_P(GroupedCounts, RequestsPerStatus) {
  EXPECT_TRUE(read(store(), [](UnitOfWork& unit) {
                return unit.connection_requests().count_by_status();
              }).empty());
  std::vector<model::ConnectionRequest> requests;
  for (int i = 0; i < 6; ++i) requests.push_back(make_request(i, i));
  requests[1].status = RequestStatus::withdrawn;
  requests[2].status = RequestStatus::rejected;
  requests[3].status = RequestStatus::rejected;
  requests[4].status = RequestStatus::rejected;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& request : requests) unit.connection_requests().insert(request);
  });
  EXPECT_EQ(
      read(store(), [](UnitOfWork& unit) { return unit.connection_requests().count_by_status(); }),
      (std::vector<RequestTally>{{RequestStatus::pending, 2},
                                 {RequestStatus::rejected, 3},
                                 {RequestStatus::withdrawn, 1}}));
}

INSTANTIATE_TEST_SUITE_P(Backends, OpenRequests, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, RacingRequests, ::testing::ValuesIn(shared_backends()),
                         backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, GroupedCounts, ::testing::ValuesIn(all_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
