// A fresh store per test (memory, a SQLite file, PostgreSQL when EJ_PG_CONN is set) holding one
// school with its administrator, a class, a teacher and two students, a clock the test moves, a
// seeded random source and a cheap password hasher.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "../storage/backend.hpp"
#include "../storage/factories.hpp"
#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/security/password_hasher.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/services/invitations.hpp"
#include "ejournal/storage/store.hpp"
#include "outbox_fixture.hpp"
#include "test_support.hpp"

namespace ejournal::services::testing {

/// A password the default policy accepts for anyone in the fixture.
inline constexpr std::string_view kGoodPassword = "сонячний ранок над Дніпром";

class AccountsTest : public BackendStoreTest {
 protected:
  void SetUp() override;

  /// Options whose e-mails link to https://journal.example.ua/accept.
  [[nodiscard]] static InvitationOptions options();
  /// A form inviting a new teacher, with spellings that need normalising.
  [[nodiscard]] InvitationForm teacher_form() const;
  /// Invites a new teacher as the administrator.
  IssuedInvitation invite_teacher();
  /// Invites a new teacher and accepts with kGoodPassword; returns the login.
  std::string teacher_account();

  /// Every record of the school as text, in a fixed order: people, grants, links, invitations,
  /// accounts, sessions, their audit entries, and the outbox. Equal before and after a call that
  /// must change nothing.
  [[nodiscard]] std::string snapshot();
  /// Every stored text: the snapshot, and for a SQLite file every cell of every table as read
  /// with the SQLite library itself.
  [[nodiscard]] std::string everything_stored();

  storage::testing::School school_ = storage::testing::make_school(0, 2, 0);
  model::Person admin_person_;
  access::Principal admin_ = access::Principal::anonymous();
  FakeClock clock_{monday_morning()};
  security::SeededRandom random_{7};
  security::PasswordHasher hasher_{security::Argon2Params{1, 8192}};
};

}  // namespace ejournal::services::testing
