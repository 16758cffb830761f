// Submitting connection requests: stored pending with an audit entry; duplicates are conflicts;
// a refused form stores nothing.
#include <gtest/gtest.h>

#include <string>

#include "ejournal/error.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_fixture.hpp"
#include "test_support.hpp"

namespace ejournal::services::testing {
namespace {

using Submit = OnboardingTest;

TEST_P(Submit, StoresAPendingRequestWithItsAuditEntry) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  const auto stored = request(id);
  EXPECT_EQ(stored.status, model::RequestStatus::pending);
  EXPECT_EQ(stored.submitted_at, clock_.now());
  EXPECT_EQ(stored.edrpou, "32855961");
  EXPECT_EQ(stored.admin_phone, "+380671234567");
  EXPECT_EQ(stored.version, 1);
  const auto audit = request_audit(id);
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "submit");
  EXPECT_EQ(audit[0].actor_id, std::nullopt);
  EXPECT_EQ(audit[0].at, clock_.now());
  EXPECT_EQ(audit[0].before, "");
  EXPECT_EQ(audit[0].after,
            "{\"kind\":\"school\",\"hromada_katottg\":\"UA71020130000086047\","
            "\"institution_name\":\"Ліцей № 1 імені Тараса Шевченка\",\"diso_id\":\"100200\","
            "\"edrpou\":\"32855961\",\"admin_surname\":\"Мар\u02BCяненко\","
            "\"admin_given_name\":\"Олена\",\"admin_patronymic\":\"Петрівна\","
            "\"admin_email\":\"Olena.Admin@school.example.ua\",\"admin_phone\":\"+380671234567\"}");
}

TEST_P(Submit, EscapesQuotesInTheAuditJson) {
  auto form = valid_form();
  form.institution_name = "Ліцей \"Надія\" \\ № 2";
  const auto id = submit_connection_request(*store_, clock_, form);
  const auto after = request_audit(id).at(0).after;
  EXPECT_NE(after.find("\"institution_name\":\"Ліцей \\\"Надія\\\" \\\\ № 2\""), std::string::npos)
      << after;
}

TEST_P(Submit, ARefusedFormStoresNothing) {
  auto form = valid_form();
  form.edrpou = "32855968";
  form.admin_email = "'; DROP TABLE connection_requests; --";
  EXPECT_THROW((void)submit_connection_request(*store_, clock_, form), ValidationError);
  EXPECT_TRUE(list_connection_requests(*store_, operator_).empty());
}

TEST_P(Submit, ADuplicateEdrpouOrDisoIdIsAConflictNamingWhich) {
  const auto first = submit_connection_request(*store_, clock_, valid_form());
  auto same_edrpou = valid_form();
  same_edrpou.diso_id = "999";
  try {
    (void)submit_connection_request(*store_, clock_, same_edrpou);
    FAIL() << "a second request with the same ЄДРПОУ was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::conflict);
    EXPECT_NE(std::string(error.what()).find("ЄДРПОУ 32855961"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find(first.str()), std::string::npos);
  }
  auto same_diso = valid_form();
  same_diso.edrpou = "00032129";
  try {
    (void)submit_connection_request(*store_, clock_, same_diso);
    FAIL() << "a second request with the same ДІСО id was accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::conflict);
    EXPECT_NE(std::string(error.what()).find("ДІСО id 100200"), std::string::npos);
  }
  EXPECT_EQ(list_connection_requests(*store_, operator_).size(), 1u);
}

TEST_P(Submit, AnApprovedRequestOrItsInstitutionStillBlocksDuplicates) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  security::SeededRandom random(1);
  (void)approve_connection_request(*store_, clock_, random, operator_, id, 1, review_options());
  EXPECT_EQ(code_of([&] { (void)submit_connection_request(*store_, clock_, valid_form()); }),
            Errc::conflict);
}

TEST_P(Submit, AnExistingInstitutionBlocksItsCodes) {
  model::Institution school = make_school(0);  // ЄДРПОУ 32855961, ДІСО 100200
  {
    const auto unit = store_->begin();
    unit->institutions().insert(school);
    unit->commit();
  }
  auto form = valid_form();
  EXPECT_EQ(code_of([&] { (void)submit_connection_request(*store_, clock_, form); }),
            Errc::conflict);
  form.edrpou = "00032129";  // only the ДІСО id is taken now
  try {
    (void)submit_connection_request(*store_, clock_, form);
    FAIL();
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::conflict);
    EXPECT_NE(std::string(error.what()).find("ДІСО id 100200"), std::string::npos);
  }
}

TEST_P(Submit, ARejectedOrWithdrawnRequestDoesNotBlockANewOne) {
  const auto first = submit_connection_request(*store_, clock_, valid_form());
  reject_connection_request(*store_, clock_, operator_, first, 1, "ЄДРПОУ не того закладу");
  const auto second = submit_connection_request(*store_, clock_, valid_form());
  withdraw_connection_request(*store_, clock_, operator_, second, 1);
  EXPECT_NO_THROW((void)submit_connection_request(*store_, clock_, valid_form()));
}

TEST_P(Submit, NeedsTheInstitute) {
  store_ = storage::open_store(GetParam());
  EXPECT_EQ(code_of([&] { (void)submit_connection_request(*store_, clock_, valid_form()); }),
            Errc::not_found);
}

INSTANTIATE_TEST_SUITE_P(Stores, Submit, ::testing::Values("memory:", "sqlite::memory:"),
                         store_name);

}  // namespace
}  // namespace ejournal::services::testing
