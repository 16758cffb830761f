// A fresh store per test (memory and in-memory SQLite) holding the institute and one of its
// operators, a clock that stands still, and a valid connection request form.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/storage/open.hpp"
#include "ejournal/storage/store.hpp"
#include "outbox_fixture.hpp"

namespace ejournal::services::testing {

/// A form that passes every check (with spellings that need normalising).
[[nodiscard]] ConnectionRequestForm valid_form();

/// The fields problems were reported for, in order.
[[nodiscard]] std::vector<std::string> fields_of(const ValidationError& error);

class OnboardingTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override;
  /// Opens the store again (empty) with `options`, then stores the institute and its operator.
  void reopen(const storage::StoreOptions& options);

  [[nodiscard]] ReviewOptions review_options() const;
  /// The stored request, which must exist.
  [[nodiscard]] model::ConnectionRequest request(model::ConnectionRequestId id);
  /// Every institution, request and due notification, and the institute's request audit.
  [[nodiscard]] std::size_t institution_count();
  [[nodiscard]] std::vector<model::AuditEntry> request_audit(model::ConnectionRequestId id);
  [[nodiscard]] std::vector<model::Notification> outbox();

  std::unique_ptr<storage::Store> store_;
  model::Institution institute_;
  model::Person operator_person_;
  access::Principal operator_ = access::Principal::anonymous();
  FakeClock clock_{monday_morning()};
};

}  // namespace ejournal::services::testing
