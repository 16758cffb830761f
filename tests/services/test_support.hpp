// What every services test fixture shares: the code and message of a thrown Error, a role grant,
// the clocks, and a fresh store per test on memory, a SQLite file or PostgreSQL (skipped, visibly,
// when EJ_PG_CONN is not set).
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "../storage/backend.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::testing {

/// The Errc of the Error `action` throws; Errc{} when it throws none.
[[nodiscard]] Errc code_of(const std::function<void()>& action);
/// The message of the Error `action` throws; empty when it throws none.
[[nodiscard]] std::string message_of(const std::function<void()>& action);

/// A new grant of `role` to `person` in the person's institution (of `class_id` for a class
/// teacher).
[[nodiscard]] model::RoleGrant grant_of(const model::Person& person, model::Role role,
                                        std::optional<model::ClassId> class_id = {});

/// A clock fixed at storage::testing::school_instant() (2024-09-02T05:30Z).
class FixedClock final : public model::Clock {
 public:
  [[nodiscard]] model::Instant now() const override;
};

/// A clock standing at a day the test chooses, 08:00 UTC (morning in Kyiv); 2024-09-10 at first.
class DayClock final : public model::Clock {
 public:
  [[nodiscard]] model::Instant now() const override;
  void set_today(model::Date day) { today_ = day; }

 private:
  model::Date today_{2024, 9, 10};
};

/// The base of the services fixtures: a store opened on a fresh Location of the parameter's
/// backend, closed and removed after the test.
class BackendStoreTest : public ::testing::TestWithParam<storage::testing::Backend> {
 protected:
  void SetUp() override;
  void TearDown() override;

  std::unique_ptr<storage::testing::Location> location_;
  std::unique_ptr<storage::Store> store_;
};

}  // namespace ejournal::services::testing

/// Runs the BackendStoreTest-derived `suite` on memory, a SQLite file and PostgreSQL, each test
/// named after its backend.
#define EJ_INSTANTIATE_STORE_TEST(suite)                                                         \
  INSTANTIATE_TEST_SUITE_P(Stores, suite,                                                        \
                           ::testing::Values(::ejournal::storage::testing::Backend::memory,      \
                                             ::ejournal::storage::testing::Backend::sqlite_file, \
                                             ::ejournal::storage::testing::Backend::postgresql), \
                           ::ejournal::storage::testing::backend_name)
