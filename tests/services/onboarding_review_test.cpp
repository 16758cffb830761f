// Reviewing connection requests: what approval creates, the state machine, permissions.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/security/token.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_fixture.hpp"
#include "test_support.hpp"

namespace ejournal::services::testing {
namespace {

using namespace std::chrono_literals;
using Review = OnboardingTest;

TEST_P(Review, ApprovalCreatesExactlyTheRecordsListed) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  clock_.advance(2h);
  security::SeededRandom random(42);
  auto options = review_options();
  options.reason = "перевірено за ЄДРПОУ";
  const auto approval =
      approve_connection_request(*store_, clock_, random, operator_, id, 1, options);
  const auto now = clock_.now();

  const auto unit = store_->begin(storage::Access::read);
  const auto institutions = unit->institutions().list();
  ASSERT_EQ(institutions.size(), 2u);  // the institute and the new school
  const auto school = unit->institutions().find(approval.institution_id);
  ASSERT_TRUE(school);
  EXPECT_EQ(school->name, "Ліцей № 1 імені Тараса Шевченка");
  EXPECT_EQ(school->kind, model::InstitutionKind::school);
  EXPECT_EQ(school->status, model::InstitutionStatus::active);
  EXPECT_EQ(school->oblast, "UA-71");
  EXPECT_EQ(school->hromada_katottg, "UA71020130000086047");
  EXPECT_EQ(school->edrpou, "32855961");
  EXPECT_EQ(school->diso_id, "100200");
  EXPECT_EQ(school->created_at, now);

  const auto people = unit->people().list(approval.institution_id);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].id, approval.admin_id);
  EXPECT_EQ(people[0].surname, "Мар\u02BCяненко");
  EXPECT_EQ(people[0].patronymic, "Петрівна");
  EXPECT_EQ(people[0].gender, text::Gender::feminine);
  EXPECT_EQ(people[0].email, "Olena.Admin@school.example.ua");
  EXPECT_EQ(people[0].phone, "+380671234567");

  const auto grants =
      unit->role_grants().list_for_person(approval.institution_id, approval.admin_id);
  ASSERT_EQ(grants.size(), 1u);
  EXPECT_EQ(grants[0].role, model::Role::institution_admin);

  const auto invitations =
      unit->invitations().list_for_person(approval.institution_id, approval.admin_id);
  ASSERT_EQ(invitations.size(), 1u);
  const auto& invitation = invitations[0];
  EXPECT_EQ(invitation.id, approval.invitation_id);
  EXPECT_EQ(invitation.role, model::Role::institution_admin);
  EXPECT_EQ(invitation.status, model::InvitationStatus::pending);
  EXPECT_EQ(invitation.expires_at, now + std::chrono::days(7));
  const std::string token(approval.token.reveal());
  ASSERT_EQ(token.size(), security::kTokenTextLength);
  EXPECT_EQ(invitation.token_hash, security::token_hash(token));
  EXPECT_EQ(invitation.token_hash.find(token), std::string::npos);
  EXPECT_NE(invitation.token_hash, token);
  EXPECT_TRUE(unit->invitations().find_by_token_hash(security::token_hash(token)));

  const auto messages = unit->notifications().list_due(now + 24h, 100);
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].institution_id, approval.institution_id);
  EXPECT_EQ(messages[0].recipient, "Olena.Admin@school.example.ua");
  EXPECT_EQ(messages[0].idempotency_key, "invitation:" + approval.invitation_id.str() + ":1");
  EXPECT_NE(messages[0].body.find("https://journal.example.ua/invitations/accept?token=" + token),
            std::string::npos);
  EXPECT_NE(messages[0].body.find("Ліцей № 1 імені Тараса Шевченка"), std::string::npos);

  const auto request = unit->connection_requests().find(id);
  ASSERT_TRUE(request);
  EXPECT_EQ(request->status, model::RequestStatus::approved);
  EXPECT_EQ(request->institution_id, approval.institution_id);
  EXPECT_EQ(request->decided_at, now);
  EXPECT_EQ(request->decision_reason, "перевірено за ЄДРПОУ");
  EXPECT_EQ(request->version, 2);

  const auto trail = unit->audit().list_for_entity(institute_.id, "connection_request", id.str());
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[1].action, "approve");
  EXPECT_EQ(trail[1].actor_id, operator_person_.id);
  EXPECT_EQ(trail[1].reason, "перевірено за ЄДРПОУ");
  EXPECT_EQ(trail[1].before, "{\"status\":\"pending\"}");
  const auto by_operator = unit->audit().list_for_actor(institute_.id, operator_person_.id);
  EXPECT_EQ(by_operator.size(), 1u);
  const auto in_school = unit->audit().list_for_actor(approval.institution_id, operator_person_.id);
  ASSERT_EQ(in_school.size(), 4u);
  EXPECT_EQ(in_school[0].entity_type + "." + in_school[0].action, "institution.create");
  EXPECT_EQ(in_school[1].entity_type + "." + in_school[1].action, "person.create");
  EXPECT_EQ(in_school[2].entity_type + "." + in_school[2].action, "role_grant.grant");
  EXPECT_EQ(in_school[3].entity_type + "." + in_school[3].action, "invitation.issue");
  for (const auto& entry : in_school) {
    EXPECT_EQ(entry.after.find(token), std::string::npos) << "the token must not be audited";
    EXPECT_EQ(entry.after.find(invitation.token_hash), std::string::npos);
  }
}

TEST_P(Review, TheTokenComesFromTheRandomSource) {
  const auto first = submit_connection_request(*store_, clock_, valid_form());
  security::SeededRandom random(7);
  const auto approval =
      approve_connection_request(*store_, clock_, random, operator_, first, 1, review_options());
  security::SeededRandom same(7);
  EXPECT_EQ(std::string(approval.token.reveal()),
            std::string(security::Token::generate(same).text().reveal()));
}

TEST_P(Review, TheStateMachineRefusesEveryMoveOutOfADecision) {
  security::SeededRandom random(1);
  const auto approved = submit_connection_request(*store_, clock_, valid_form());
  (void)approve_connection_request(*store_, clock_, random, operator_, approved, 1,
                                   review_options());
  const auto approve_again = [&] {
    (void)approve_connection_request(*store_, clock_, random, operator_, approved, 2,
                                     review_options());
  };
  EXPECT_EQ(code_of(approve_again), Errc::conflict);
  try {
    approve_again();
  } catch (const Error& error) {
    EXPECT_NE(std::string(error.what()).find("it is approved, not pending"), std::string::npos);
  }
  EXPECT_EQ(
      code_of([&] { reject_connection_request(*store_, clock_, operator_, approved, 2, "ні"); }),
      Errc::conflict);
  EXPECT_EQ(code_of([&] { withdraw_connection_request(*store_, clock_, operator_, approved, 2); }),
            Errc::conflict);

  auto form = valid_form();
  form.edrpou = "00032129";
  form.diso_id = "300";
  const auto rejected = submit_connection_request(*store_, clock_, form);
  reject_connection_request(*store_, clock_, operator_, rejected, 1, "  не той заклад  ");
  EXPECT_EQ(request(rejected).decision_reason, "не той заклад");
  EXPECT_EQ(request(rejected).status, model::RequestStatus::rejected);
  EXPECT_EQ(code_of([&] { withdraw_connection_request(*store_, clock_, operator_, rejected, 2); }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              (void)approve_connection_request(*store_, clock_, random, operator_, rejected, 2,
                                               review_options());
            }),
            Errc::conflict);
  EXPECT_EQ(institution_count(), 2u);  // the institute and the approved school only
  EXPECT_EQ(request_audit(rejected).back().action, "reject");
  EXPECT_EQ(request_audit(rejected).back().reason, "не той заклад");
}

TEST_P(Review, AStaleVersionIsAConflict) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  security::SeededRandom random(1);
  EXPECT_EQ(code_of([&] {
              (void)approve_connection_request(*store_, clock_, random, operator_, id, 7,
                                               review_options());
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] { reject_connection_request(*store_, clock_, operator_, id, 0, "ні"); }),
            Errc::conflict);
  EXPECT_EQ(request(id).status, model::RequestStatus::pending);
}

TEST_P(Review, AnUnknownRequestIsNotFound) {
  security::SeededRandom random(1);
  EXPECT_EQ(code_of([&] {
              (void)approve_connection_request(*store_, clock_, random, operator_,
                                               model::ConnectionRequestId::generate(), 1,
                                               review_options());
            }),
            Errc::not_found);
}

TEST_P(Review, ARejectionNeedsAReason) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  for (const auto& reason : {std::string(), std::string(" \n\t "), std::string(1001, 'x'),
                             std::string("bad\x01"), std::string("bad \xC3\x28")}) {
    try {
      reject_connection_request(*store_, clock_, operator_, id, 1, reason);
      ADD_FAILURE() << "accepted the reason '" << reason.substr(0, 20) << "'";
    } catch (const ValidationError& error) {
      EXPECT_EQ(fields_of(error), std::vector<std::string>{"reason"});
    }
  }
  EXPECT_EQ(request(id).status, model::RequestStatus::pending);
  EXPECT_NO_THROW(
      reject_connection_request(*store_, clock_, operator_, id, 1, std::string(1000, 'x')));
}

TEST_P(Review, OnlyOperatorsAndTheSystemReview) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  security::SeededRandom random(1);
  const auto school = make_school(1);
  const auto teacher_id = model::PersonId::generate();
  model::RoleGrant grant{model::RoleGrantId::generate(), school.id, teacher_id,
                         model::Role::teacher, std::nullopt};
  const auto teacher = access::Principal::person(teacher_id, school.id, {grant});
  grant.role = model::Role::institution_admin;
  const auto admin = access::Principal::person(teacher_id, school.id, {grant});
  for (const auto& principal : {teacher, admin, access::Principal::anonymous()}) {
    EXPECT_EQ(code_of([&] {
                (void)approve_connection_request(*store_, clock_, random, principal, id, 1,
                                                 review_options());
              }),
              Errc::permission);
    EXPECT_EQ(code_of([&] { reject_connection_request(*store_, clock_, principal, id, 1, "ні"); }),
              Errc::permission);
    EXPECT_EQ(code_of([&] { withdraw_connection_request(*store_, clock_, principal, id, 1); }),
              Errc::permission);
    EXPECT_EQ(code_of([&] { (void)list_connection_requests(*store_, principal); }),
              Errc::permission);
  }
  EXPECT_EQ(request(id).status, model::RequestStatus::pending);
  EXPECT_EQ(institution_count(), 1u);
  const auto approval = approve_connection_request(
      *store_, clock_, random, access::Principal::system(), id, 1, review_options());
  EXPECT_EQ(request_audit(id).back().actor_id, std::nullopt);
  EXPECT_FALSE(approval.institution_id.is_nil());
}

TEST_P(Review, WithdrawalAndListing) {
  const auto first = submit_connection_request(*store_, clock_, valid_form());
  auto form = valid_form();
  form.edrpou = "00032129";
  form.diso_id = "300";
  clock_.advance(1min);
  const auto second = submit_connection_request(*store_, clock_, form);
  withdraw_connection_request(*store_, clock_, operator_, first, 1, "лист від директора");
  EXPECT_EQ(request(first).status, model::RequestStatus::withdrawn);
  EXPECT_EQ(request(first).decided_at, clock_.now());
  EXPECT_EQ(request_audit(first).back().action, "withdraw");
  const auto all = list_connection_requests(*store_, operator_);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, first);
  EXPECT_EQ(all[1].id, second);
  const auto pending = list_connection_requests(*store_, operator_, model::RequestStatus::pending);
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].id, second);
}

// A bad reason is refused by the decision it belongs to, not as a connection request.
TEST_P(Review, ABadReasonNamesItsDecision) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  const auto message_of = [](const std::function<void()>& decide) {
    try {
      decide();
    } catch (const ValidationError& error) {
      return std::string(error.what());
    }
    return std::string("no ValidationError");
  };
  EXPECT_EQ(message_of([&] { reject_connection_request(*store_, clock_, operator_, id, 1, " "); }),
            "the rejection is refused: reason: is required");
  EXPECT_EQ(message_of(
                [&] { withdraw_connection_request(*store_, clock_, operator_, id, 1, "bad\x01"); }),
            "the withdrawal is refused: reason: contains a control character (U+0001)");
  security::SeededRandom random(1);
  auto options = review_options();
  options.reason = std::string(1001, 'x');
  EXPECT_EQ(message_of([&] {
              (void)approve_connection_request(*store_, clock_, random, operator_, id, 1, options);
            }),
            "the approval is refused: reason: is too long: 1001 bytes, at most 1000");
  EXPECT_EQ(request(id).status, model::RequestStatus::pending);
}

TEST_P(Review, BadOptionsStoreNothing) {
  const auto id = submit_connection_request(*store_, clock_, valid_form());
  security::SeededRandom random(1);
  auto options = review_options();
  options.base_url = "http://journal.example.ua/accept";  // a token in the clear
  EXPECT_EQ(code_of([&] {
              (void)approve_connection_request(*store_, clock_, random, operator_, id, 1, options);
            }),
            Errc::invalid);
  options = review_options();
  options.locale = "ru";
  EXPECT_EQ(code_of([&] {
              (void)approve_connection_request(*store_, clock_, random, operator_, id, 1, options);
            }),
            Errc::invalid);
  EXPECT_EQ(request(id).status, model::RequestStatus::pending);
  EXPECT_EQ(institution_count(), 1u);
  EXPECT_TRUE(outbox().empty());
}

INSTANTIATE_TEST_SUITE_P(Stores, Review, ::testing::Values("memory:", "sqlite::memory:"),
                         store_name);

}  // namespace
}  // namespace ejournal::services::testing
