// Open connection requests hold their codes: among pending and approved requests a ЄДРПОУ and a
// ДІСО id are unique (Error(exists)), also when two units race to store them.
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

using model::RequestStatus;

using OpenRequests = StoreTest;
using RacingRequests = StoreTest;

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

INSTANTIATE_TEST_SUITE_P(Backends, OpenRequests, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, RacingRequests, ::testing::ValuesIn(shared_backends()),
                         backend_name);
}  // namespace
}  // namespace ejournal::storage::testing
