// Reading the audit trail: per entity and per person, in the order appended, within one
// institution, for those the access policy lets read it; every invitation event and the review
// of a connection request are there with actor, time, before → after and reason.
#include "ejournal/services/audit_trail.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "audit_fixture.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/invitations.hpp"

namespace ejournal::services::testing {
namespace {

using std::chrono::hours;
using Audit = AuditTest;

TEST_P(Audit, EveryInvitationEventIsInTheInvitationsTrailInOrder) {
  const auto institution = school_.institution.id;
  const auto issued_at = clock_.now();
  const auto issued = invite_teacher();
  clock_.advance(hours(1));
  const auto resent = resend_invitation(*store_, clock_, random_, admin_, institution,
                                        issued.invitation_id, options());
  clock_.advance(hours(1));
  const auto accepted = accept_invitation(*store_, clock_, hasher_, resent.token.reveal(),
                                          NewPassword{kGoodPassword});

  const auto entries =
      audit_for_entity(*store_, admin_, institution, "invitation", issued.invitation_id.str());
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].action, "issue");
  EXPECT_EQ(entries[0].actor_id, admin_person_.id);
  EXPECT_EQ(entries[0].at, issued_at);
  EXPECT_EQ(entries[0].before, "");
  EXPECT_NE(entries[0].after.find("\"status\":\"pending\""), std::string::npos);
  EXPECT_EQ(entries[1].action, "resend");
  EXPECT_EQ(entries[1].actor_id, admin_person_.id);
  EXPECT_EQ(entries[1].at, issued_at + hours(1));
  // A new token generation, and the expiry moved a week on from the resending.
  EXPECT_NE(entries[1].before.find(R"("token_generation":"1")"), std::string::npos);
  EXPECT_NE(entries[1].before.find(R"("expires_at":"2024-09-09T06:00:00Z")"), std::string::npos);
  EXPECT_NE(entries[1].after.find(R"("token_generation":"2")"), std::string::npos);
  EXPECT_NE(entries[1].after.find(R"("expires_at":"2024-09-09T07:00:00Z")"), std::string::npos);
  EXPECT_EQ(entries[2].action, "accept");
  EXPECT_EQ(entries[2].actor_id, accepted.person_id);  // the invited person accepts
  EXPECT_EQ(entries[2].at, issued_at + hours(2));
  EXPECT_NE(entries[2].before.find("\"status\":\"pending\""), std::string::npos);
  EXPECT_NE(entries[2].after.find("\"status\":\"accepted\""), std::string::npos);
  for (const auto& entry : entries) {
    EXPECT_EQ(entry.institution_id, institution);
    EXPECT_EQ(entry.entity_type, "invitation");
    EXPECT_EQ(entry.entity_id, issued.invitation_id.str());
  }
}

TEST_P(Audit, ARevocationKeepsItsReason) {
  const auto issued = invite_teacher();
  clock_.advance(hours(3));
  revoke_invitation(*store_, clock_, admin_, school_.institution.id, issued.invitation_id,
                    " адресу введено з помилкою ");
  const auto entries = audit_for_entity(*store_, admin_, school_.institution.id, "invitation",
                                        issued.invitation_id.str());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].action, "revoke");
  EXPECT_EQ(entries[1].actor_id, admin_person_.id);
  EXPECT_EQ(entries[1].at, monday_morning() + hours(3));
  EXPECT_EQ(entries[1].reason, "адресу введено з помилкою");
  EXPECT_NE(entries[1].before.find("\"status\":\"pending\""), std::string::npos);
  EXPECT_NE(entries[1].after.find("\"status\":\"revoked\""), std::string::npos);
}

TEST_P(Audit, APersonsChangesComeInTheOrderMade) {
  const auto first = invite_teacher();
  clock_.advance(hours(1));
  revoke_invitation(*store_, clock_, admin_, school_.institution.id, first.invitation_id,
                    "передумали");
  const auto entries = audit_by_person(*store_, admin_, school_.institution.id, admin_person_.id);
  ASSERT_GE(entries.size(), 3u);  // the person, the grant, the invitation…, then the revocation
  EXPECT_EQ(entries.back().action, "revoke");
  EXPECT_EQ(entries.back().entity_id, first.invitation_id.str());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(entries[i].actor_id, admin_person_.id);
    EXPECT_EQ(entries[i].institution_id, school_.institution.id);
    if (i > 0) {
      EXPECT_LE(entries[i - 1].at, entries[i].at);
    }
  }
  EXPECT_EQ(entries.front().action, "create");
  EXPECT_EQ(entries.front().entity_type, "person");
  EXPECT_EQ(entries.front().entity_id, first.person_id.str());
  // The invited teacher has changed nothing yet.
  EXPECT_TRUE(audit_by_person(*store_, admin_, school_.institution.id, first.person_id).empty());
}

TEST_P(Audit, TheReviewOfARequestIsInTheInstitutesTrail) {
  const auto approved = submit("14360506");
  clock_.advance(hours(1));
  const auto approval = approve(approved);
  const auto rejected = submit("38621185");
  clock_.advance(hours(1));
  reject_connection_request(*store_, clock_, operator_, rejected, 1, "  ЄДРПОУ не збігається ");

  const auto approvals = audit_for_entity(*store_, institute_admin_, institute_.id,
                                          "connection_request", approved.str());
  ASSERT_EQ(approvals.size(), 2u);
  EXPECT_EQ(approvals[0].action, "submit");
  EXPECT_FALSE(approvals[0].actor_id);  // no one is signed in to submit
  EXPECT_EQ(approvals[1].action, "approve");
  EXPECT_EQ(approvals[1].actor_id, operator_person_.id);
  EXPECT_EQ(approvals[1].at, monday_morning() + hours(1));
  EXPECT_NE(approvals[1].before, "");
  EXPECT_NE(approvals[1].after.find(approval.institution_id.str()), std::string::npos);

  const auto rejections = audit_for_entity(*store_, institute_admin_, institute_.id,
                                           "connection_request", rejected.str());
  ASSERT_EQ(rejections.size(), 2u);
  EXPECT_EQ(rejections[1].action, "reject");
  EXPECT_EQ(rejections[1].actor_id, operator_person_.id);
  EXPECT_EQ(rejections[1].at, monday_morning() + hours(2));
  EXPECT_EQ(rejections[1].reason, "ЄДРПОУ не збігається");
  EXPECT_NE(rejections[1].before, rejections[1].after);

  // The approval's work inside the new institution, by the operator, is in that one's trail.
  const auto made = audit_for_entity(*store_, access::Principal::system(), approval.institution_id,
                                     "invitation", approval.invitation_id.str());
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0].action, "issue");
  EXPECT_EQ(made[0].actor_id, operator_person_.id);
  const auto by_operator =
      audit_by_person(*store_, institute_admin_, institute_.id, operator_person_.id);
  ASSERT_EQ(by_operator.size(), 2u);
  EXPECT_EQ(by_operator[0].action, "approve");
  EXPECT_EQ(by_operator[1].action, "reject");
}

TEST_P(Audit, AnotherInstitutionsEntriesAreNeverReturned) {
  const auto approval = approve(submit("14360506"));
  const auto school = school_.institution.id;
  // The new institution's entries, asked for within the school, are not there.
  EXPECT_FALSE(trail(approval.institution_id, "invitation", approval.invitation_id.str()).empty());
  EXPECT_TRUE(audit_for_entity(*store_, admin_, school, "invitation", approval.invitation_id.str())
                  .empty());
  EXPECT_TRUE(audit_for_entity(*store_, admin_, school, "person", approval.admin_id.str()).empty());
  EXPECT_FALSE(audit_by_person(*store_, access::Principal::system(), approval.institution_id,
                               operator_person_.id)
                   .empty());
  EXPECT_TRUE(audit_by_person(*store_, admin_, school, operator_person_.id).empty());
  // Nor may the school's administrator read the new institution's trail.
  EXPECT_EQ(code_of([&] {
              (void)audit_for_entity(*store_, admin_, approval.institution_id, "invitation",
                                     approval.invitation_id.str());
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)audit_by_person(*store_, admin_, approval.institution_id, operator_person_.id);
            }),
            Errc::permission);
}

TEST_P(Audit, OnlyTheInstitutionsAdministratorAndTheSystemMayRead) {
  const auto issued = invite_teacher();
  const auto school = school_.institution.id;
  const auto for_entity = [&](const access::Principal& who) {
    return code_of([&] {
      (void)audit_for_entity(*store_, who, school, "invitation", issued.invitation_id.str());
    });
  };
  const auto by_person = [&](const access::Principal& who) {
    return code_of([&] { (void)audit_by_person(*store_, who, school, admin_person_.id); });
  };
  EXPECT_EQ(for_entity(admin_), Errc{});
  EXPECT_EQ(for_entity(access::Principal::system()), Errc{});
  EXPECT_EQ(by_person(admin_), Errc{});
  for (const auto& refused : {teacher_, operator_, access::Principal::anonymous()}) {
    EXPECT_EQ(for_entity(refused), Errc::permission);
    EXPECT_EQ(by_person(refused), Errc::permission);
  }
  EXPECT_NE(message_of([&] {
              (void)audit_by_person(*store_, teacher_, school, admin_person_.id);
            }).find("read_audit_trail"),
            std::string::npos);
  // The policy gives the institute's own trail to its administrator, not to its operators.
  const auto request = submit("14360506");
  EXPECT_EQ(code_of([&] {
              (void)audit_for_entity(*store_, operator_, institute_.id, "connection_request",
                                     request.str());
            }),
            Errc::permission);
}

TEST_P(Audit, BadArgumentsAreRefused) {
  const auto school = school_.institution.id;
  const auto for_entity = [&](model::InstitutionId institution, const std::string& type,
                              const std::string& id) {
    return code_of([&] { (void)audit_for_entity(*store_, admin_, institution, type, id); });
  };
  const auto id = admin_person_.id.str();
  EXPECT_EQ(for_entity(school, "person", id), Errc{});
  EXPECT_EQ(for_entity(model::InstitutionId{}, "person", id), Errc::invalid);
  EXPECT_EQ(for_entity(school, "", id), Errc::invalid);
  EXPECT_EQ(for_entity(school, std::string(model::kMaxLabelBytes + 1, 'x'), id), Errc::invalid);
  EXPECT_EQ(for_entity(school, "person", ""), Errc::invalid);
  EXPECT_EQ(for_entity(school, "person", std::string(model::kMaxReferenceBytes + 1, '7')),
            Errc::invalid);
  EXPECT_EQ(code_of([&] { (void)audit_by_person(*store_, admin_, school, model::PersonId{}); }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)audit_by_person(*store_, admin_, model::InstitutionId{}, admin_person_.id);
            }),
            Errc::invalid);
  // An unknown entity or person has no entries: nothing to refuse.
  EXPECT_TRUE(
      audit_for_entity(*store_, admin_, school, "invitation", model::InvitationId::generate().str())
          .empty());
  EXPECT_TRUE(audit_by_person(*store_, admin_, school, model::PersonId::generate()).empty());
}

EJ_INSTANTIATE_STORE_TEST(Audit);

}  // namespace
}  // namespace ejournal::services::testing
