// Submissions and approvals that lose a race: their own duplicate check saw nothing (BlindStore),
// the store's unique keys refuse the write, and the caller gets the conflict the check names.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "blind_store.hpp"
#include "ejournal/error.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using Race = OnboardingTest;

// The Error that `action` throws; fails the test when it throws none.
template <class Action>
Error error_of(Action&& action) {
  try {
    action();
  } catch (const Error& error) {
    return error;
  }
  ADD_FAILURE() << "no error";
  return Error(Errc{}, ErrorDomain::internal, "");
}

// The message a submission of `form` gets from the duplicate check that sees everything.
std::string checked_message(storage::Store& store, const model::Clock& clock,
                            const ConnectionRequestForm& form) {
  const Error error = error_of([&] { (void)submit_connection_request(store, clock, form); });
  EXPECT_EQ(error.code(), Errc::conflict) << error.what();
  return error.what();
}

TEST_P(Race, ALateSubmissionWithTheSameEdrpouIsTheSameConflict) {
  const auto first = submit_connection_request(*store_, clock_, valid_form());
  auto late = valid_form();
  late.diso_id = "999";
  const std::string expected = checked_message(*store_, clock_, late);
  EXPECT_NE(expected.find(first.str()), std::string::npos) << expected;

  BlindStore racing(*store_);
  racing.blind_next_write();
  const Error error = error_of([&] { (void)submit_connection_request(racing, clock_, late); });
  EXPECT_EQ(error.code(), Errc::conflict) << error.what();
  EXPECT_EQ(error.domain(), ErrorDomain::argument);
  EXPECT_EQ(std::string(error.what()), expected);
  ASSERT_EQ(list_connection_requests(*store_, operator_).size(), 1u);
  EXPECT_EQ(request_audit(first).size(), 1u);
}

TEST_P(Race, ALateSubmissionWithTheSameDisoIdIsTheSameConflict) {
  (void)submit_connection_request(*store_, clock_, valid_form());
  auto late = valid_form();
  late.edrpou = "00032129";
  const std::string expected = checked_message(*store_, clock_, late);
  EXPECT_NE(expected.find("ДІСО id 100200"), std::string::npos) << expected;

  BlindStore racing(*store_);
  racing.blind_next_write();
  const Error error = error_of([&] { (void)submit_connection_request(racing, clock_, late); });
  EXPECT_EQ(std::string(error.what()), expected);
  EXPECT_EQ(list_connection_requests(*store_, operator_).size(), 1u);
}

TEST_P(Race, ALateApprovalOfTheSameInstitutionIsTheSameConflict) {
  // An institution with the request's codes was made (by another approval) after this one
  // looked: the store refuses the second institution, and nothing of the approval is stored.
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  model::Institution school = make_school(0);  // ЄДРПОУ 32855961, ДІСО 100200
  {
    const auto unit = store_->begin();
    unit->institutions().insert(school);
    unit->commit();
  }
  security::SeededRandom random(5);
  const std::string expected = error_of([&] {
                                 (void)approve_connection_request(
                                     *store_, clock_, random, operator_, id, 1, review_options());
                               }).what();
  EXPECT_NE(expected.find("the institution " + school.id.str()), std::string::npos) << expected;

  BlindStore racing(*store_);
  racing.blind_next_write();
  const Error error = error_of([&] {
    (void)approve_connection_request(racing, clock_, random, operator_, id, 1, review_options());
  });
  EXPECT_EQ(error.code(), Errc::conflict) << error.what();
  EXPECT_EQ(std::string(error.what()), expected);
  EXPECT_EQ(institution_count(), 2u);  // the institute and the school stored by hand
  EXPECT_EQ(request(id).status, model::RequestStatus::pending);
  EXPECT_TRUE(outbox().empty());
}

TEST_P(Race, AnExistsThatNoCheckExplainsGoesOnAsIs) {
  // The store refuses the request's row with Error(exists) while no ЄДРПОУ or ДІСО id is taken
  // (as for a clash of ids): the checks run again, pass, and the store's error is what the
  // caller gets.
  storage::StoreOptions options;
  options.before_statement = [](std::string_view statement) {
    const bool inserts_request = statement.find("insert connection request") == 0 ||
                                 statement.find("INSERT INTO connection_requests") == 0;
    if (inserts_request) throw Error(Errc::exists, ErrorDomain::storage, "id already exists");
  };
  reopen(options);
  const Error error =
      error_of([&] { (void)submit_connection_request(*store_, clock_, valid_form()); });
  EXPECT_EQ(error.code(), Errc::exists);
  EXPECT_EQ(std::string(error.what()), "id already exists");
  EXPECT_TRUE(list_connection_requests(*store_, operator_).empty());
}

INSTANTIATE_TEST_SUITE_P(Stores, Race, ::testing::Values("memory:", "sqlite::memory:"), store_name);

}  // namespace
}  // namespace ejournal::services::testing
