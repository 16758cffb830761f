#include "test_support.hpp"

#include <chrono>

#include "../storage/factories.hpp"
#include "ejournal/storage/open.hpp"

namespace ejournal::services::testing {

using storage::testing::Backend;

Errc code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.code();
  }
  return Errc{};
}

std::string message_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.what();
  }
  return {};
}

model::RoleGrant grant_of(const model::Person& person, model::Role role,
                          std::optional<model::ClassId> class_id) {
  model::RoleGrant grant;
  grant.id = model::RoleGrantId::generate();
  grant.institution_id = person.institution_id;
  grant.person_id = person.id;
  grant.role = role;
  grant.class_id = class_id;
  return grant;
}

model::Instant FixedClock::now() const {
  return storage::testing::school_instant();
}

model::Instant DayClock::now() const {
  const auto ymd = today_.year_month_day();
  return model::Instant{std::chrono::sys_days{std::chrono::year{ymd.year} /
                                              std::chrono::month{ymd.month.as_number()} /
                                              std::chrono::day{ymd.day.as_number()}} +
                        std::chrono::hours(8)};
}

void BackendStoreTest::SetUp() {
  if (GetParam() == Backend::postgresql && !storage::testing::postgresql_connection()) {
    GTEST_SKIP() << "EJ_PG_CONN not set: PostgreSQL skipped";
  }
  location_ = std::make_unique<storage::testing::Location>(GetParam());
  store_ = storage::open_store(location_->uri());
}

void BackendStoreTest::TearDown() {
  store_.reset();
  location_.reset();
}

}  // namespace ejournal::services::testing
