// Fault injection: the k-th storage statement of a submission or an approval fails, for every k
// in turn. Each time nothing may be stored; once k passes the statement count, the operation
// lands whole.
#include <gtest/gtest.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "ejournal/security/seeded_random.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_fixture.hpp"

namespace ejournal::services::testing {
namespace {

constexpr std::size_t kStatementLimit = 2000;

class OnboardingFaults : public OnboardingTest {
 protected:
  void SetUp() override {
    storage::StoreOptions options;
    options.before_statement = [this](std::string_view statement) {
      if (fail_at_ == 0) return;
      if (++seen_ == fail_at_) {
        throw std::runtime_error("injected failure of: " + std::string(statement.substr(0, 60)));
      }
    };
    reopen(options);
  }

  /// Arms the injector to fail the k-th statement from now.
  void fail_at(std::size_t k) {
    seen_ = 0;
    fail_at_ = k;
  }
  void disarm() { fail_at_ = 0; }

  std::size_t fail_at_ = 0;
  std::size_t seen_ = 0;
};

TEST_P(OnboardingFaults, ASubmissionIsStoredWholeOrNotAtAll) {
  std::size_t k = 1;
  for (; k < kStatementLimit; ++k) {
    fail_at(k);
    try {
      const auto id = submit_connection_request(*store_, clock_, valid_form());
      disarm();
      EXPECT_EQ(request(id).status, model::RequestStatus::pending);
      EXPECT_EQ(request_audit(id).size(), 1u);
      break;
    } catch (const std::exception&) {
      disarm();
      EXPECT_TRUE(list_connection_requests(*store_, operator_).empty()) << "k = " << k;
    }
  }
  EXPECT_GT(k, 1u);
  EXPECT_LT(k, kStatementLimit);
}

TEST_P(OnboardingFaults, AnApprovalIsStoredWholeOrNotAtAll) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  security::SeededRandom random(3);
  std::size_t k = 1;
  for (; k < kStatementLimit; ++k) {
    fail_at(k);
    try {
      const auto approval =
          approve_connection_request(*store_, clock_, random, operator_, id, 1, review_options());
      disarm();
      EXPECT_EQ(request(id).status, model::RequestStatus::approved);
      EXPECT_EQ(institution_count(), 2u);
      EXPECT_EQ(outbox().size(), 1u);
      EXPECT_EQ(request_audit(id).size(), 2u);
      const auto unit = store_->begin(storage::Access::read);
      EXPECT_EQ(unit->people().list(approval.institution_id).size(), 1u);
      break;
    } catch (const std::exception&) {
      disarm();
      const auto stored = request(id);
      EXPECT_EQ(stored.status, model::RequestStatus::pending) << "k = " << k;
      EXPECT_EQ(stored.version, 1) << "k = " << k;
      EXPECT_EQ(institution_count(), 1u) << "k = " << k;
      EXPECT_TRUE(outbox().empty()) << "k = " << k;
      EXPECT_EQ(request_audit(id).size(), 1u) << "k = " << k;
      const auto unit = store_->begin(storage::Access::read);
      EXPECT_EQ(unit->people().list(institute_.id).size(), 1u) << "k = " << k;
    }
  }
  EXPECT_GT(k, 5u) << "an approval writes at least the institution, person, role, invitation, "
                      "message, request and audit";
  EXPECT_LT(k, kStatementLimit);
}

INSTANTIATE_TEST_SUITE_P(Stores, OnboardingFaults, ::testing::Values("memory:", "sqlite::memory:"),
                         store_name);

}  // namespace
}  // namespace ejournal::services::testing
