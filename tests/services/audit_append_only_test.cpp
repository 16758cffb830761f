// The trail is append-only: no API alters or deletes an entry, every service's change appends
// after the earlier entries and leaves them byte-identical, and no entry holds a secret.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "audit_fixture.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/services/audit_trail.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/storage/repositories.hpp"

namespace ejournal::services::testing {
namespace {

using std::chrono::hours;
using AppendOnly = AuditTest;

// The repository, the only way to the stored trail, can append and read, and nothing else.
template <class Repository>
concept Rewritable = requires(Repository& repository, const model::AuditEntry& entry) {
  repository.update(entry);
}
|| requires(Repository& repository, const model::AuditEntry& entry) {
  repository.replace(entry);
}
|| requires(Repository& repository, model::InstitutionId institution, model::AuditId id) {
  repository.remove(institution, id);
}
|| requires(Repository& repository, model::InstitutionId institution, model::AuditId id) {
  repository.erase(institution, id);
}
|| requires(Repository& repository, model::InstitutionId institution) {
  repository.clear(institution);
};
static_assert(!Rewritable<storage::AuditRepository>);

// The trails a test watches, each by name ("invitation <id>", "by <person id>"), as texts.
using Trails = std::map<std::string, std::vector<std::string>>;

// Reads the watched trails before and after each step: the step must append to them, and every
// entry that was there stays, byte for byte, in its place.
class TrailWatch {
 public:
  explicit TrailWatch(std::function<Trails()> read) : read_(std::move(read)) {}

  void step(const std::string& name, const std::function<void()>& change) {
    const auto before = read_();
    change();
    const auto after = read_();
    std::size_t appended = 0;
    for (const auto& [trail, entries] : after) {
      const auto earlier = before.find(trail);
      const std::size_t kept = earlier == before.end() ? 0 : earlier->second.size();
      ASSERT_GE(entries.size(), kept) << name << " removed entries of " << trail;
      for (std::size_t i = 0; i < kept; ++i) {
        EXPECT_EQ(entries[i], earlier->second[i])
            << name << " rewrote entry " << i << " of " << trail;
      }
      appended += entries.size() - kept;
    }
    EXPECT_GT(appended, 0u) << name << " appended nothing";
  }

 private:
  std::function<Trails()> read_;
};

TEST_P(AppendOnly, EveryChangeAppendsAndNeverRewrites) {
  const auto school = school_.institution.id;
  std::vector<model::InvitationId> invitations;
  model::ConnectionRequestId request;
  TrailWatch watch([&] {
    Trails trails;
    for (const auto& invitation : invitations) {
      trails["invitation " + invitation.str()] =
          texts_of(trail(school, "invitation", invitation.str()));
    }
    if (!request.is_nil()) {
      trails["request " + request.str()] =
          texts_of(trail(institute_.id, "connection_request", request.str()));
    }
    trails["by the administrator"] =
        texts_of(audit_by_person(*store_, admin_, school, admin_person_.id));
    trails["by the operator"] = texts_of(
        audit_by_person(*store_, access::Principal::system(), institute_.id, operator_person_.id));
    return trails;
  });

  IssuedInvitation issued;
  watch.step("invite", [&] {
    issued = invite_teacher();
    invitations.push_back(issued.invitation_id);
  });
  watch.step("resend", [&] {
    clock_.advance(hours(1));
    issued = resend_invitation(*store_, clock_, random_, admin_, school, issued.invitation_id,
                               options());
  });
  watch.step("accept", [&] {
    (void)accept_invitation(*store_, clock_, hasher_, issued.token.reveal(),
                            NewPassword{kGoodPassword});
  });
  watch.step("second invite", [&] {
    auto form = teacher_form();
    form.surname = "Ткаченко";
    form.email = "o.tkachenko@school.example.ua";
    invitations.push_back(invite(*store_, clock_, random_, admin_, form, options()).invitation_id);
  });
  watch.step("revoke", [&] {
    revoke_invitation(*store_, clock_, admin_, school, invitations.back(), "передумали");
  });
  watch.step("submit", [&] { request = submit("14360506"); });
  watch.step("approve", [&] { (void)approve(request); });

  // A refused change after them appends nothing and leaves every entry as it was.
  const auto before = texts_of(trail(institute_.id, "connection_request", request.str()));
  EXPECT_EQ(code_of([&] {
              reject_connection_request(*store_, clock_, operator_, request, 2, "запізно");
            }),
            Errc::conflict);
  EXPECT_EQ(
      code_of([&] { revoke_invitation(*store_, clock_, admin_, school, invitations.back()); }),
      Errc::conflict);
  EXPECT_EQ(texts_of(trail(institute_.id, "connection_request", request.str())), before);
  EXPECT_EQ(trail(school, "invitation", invitations.back().str()).size(), 2u);
}

TEST_P(AppendOnly, NoEntryHoldsATokenOrAPassword) {
  const auto school = school_.institution.id;
  const auto first = invite_teacher();
  const std::string first_token(first.token.reveal());
  const auto resent =
      resend_invitation(*store_, clock_, random_, admin_, school, first.invitation_id, options());
  const std::string resent_token(resent.token.reveal());
  const auto accepted =
      accept_invitation(*store_, clock_, hasher_, resent_token, NewPassword{kGoodPassword});
  const auto session =
      sign_in(*store_, clock_, random_, hasher_, "andriy.melnyk@school.example.ua", kGoodPassword);
  const std::string session_token(session.token.reveal());
  const std::string new_password = "вечірній туман над Десною";
  const auto teacher =
      access::Principal::person(accepted.person_id, school,
                                {{model::RoleGrantId::generate(), school, accepted.person_id,
                                  model::Role::teacher, std::nullopt}});
  (void)change_password(*store_, clock_, hasher_, teacher, kGoodPassword, new_password);
  const auto approval = approve(submit("14360506"));
  const std::string approval_token(approval.token.reveal());

  std::vector<model::AuditEntry> entries;
  const auto add = [&](std::vector<model::AuditEntry> more) {
    entries.insert(entries.end(), more.begin(), more.end());
  };
  const auto system = access::Principal::system();
  add(audit_by_person(*store_, system, school, admin_person_.id));
  add(audit_by_person(*store_, system, school, accepted.person_id));
  add(audit_for_entity(*store_, system, school, "invitation", first.invitation_id.str()));
  add(audit_for_entity(*store_, system, school, "account", accepted.account_id.str()));
  add(audit_for_entity(*store_, system, school, "session", session.session_id.str()));
  add(audit_by_person(*store_, system, institute_.id, operator_person_.id));
  add(audit_by_person(*store_, system, approval.institution_id, operator_person_.id));
  ASSERT_GE(entries.size(), 10u);
  std::vector<std::string> secrets{
      first_token, resent_token, session_token, approval_token, std::string(kGoodPassword),
      new_password};
  {  // and what the store keeps of them: the hashes
    const auto unit = store_->begin(storage::Access::read);
    const auto invitation = unit->invitations().find(school, first.invitation_id);
    const auto account = unit->accounts().find(school, accepted.account_id);
    ASSERT_TRUE(invitation && account && account->password_hash);
    secrets.push_back(invitation->token_hash);
    secrets.push_back(*account->password_hash);
    for (const auto& stored : unit->sessions().list_for_account(school, account->id)) {
      secrets.push_back(stored.token_hash);
    }
  }
  ASSERT_EQ(secrets.size(), 9u);
  for (const auto& entry : entries) {
    const auto text = text_of(entry);
    for (const auto& secret : secrets) {
      EXPECT_EQ(text.find(secret), std::string::npos)
          << entry.entity_type << ' ' << entry.action << " holds a secret";
    }
  }
}

EJ_INSTANTIATE_STORE_TEST(AppendOnly);

}  // namespace
}  // namespace ejournal::services::testing
