#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ejournal/model/validate.hpp"
#include "expect_invalid.hpp"
#include "samples.hpp"

namespace {

namespace model = ejournal::model;
using namespace model::testing;

// Expects validated(record) to be refused with `fragment` in its message and `secret` nowhere
// in it.
template <class Record>
void expect_refused_without(const Record& record, std::string_view fragment,
                            std::string_view secret) {
  expect_refused(record, fragment);
  try {
    static_cast<void>(model::validated(record));
  } catch (const ejournal::Error& e) {
    EXPECT_EQ(std::string_view(e.what()).find(secret), std::string_view::npos)
        << e.what() << " quotes the secret";
  }
}

TEST(ValidatedAccount, NormalisesTheLoginAndTheExternalIdentity) {
  model::Account account = sample_account();
  account.login = " Teacher@ШКОЛА.УКР";
  account.external_identity = model::ExternalIdentity{" https://id.vendor.example ", "user-42\t"};
  const model::Account result = model::validated(account);
  EXPECT_EQ(result.login, "Teacher@xn--80atdl2c.xn--j1amh");
  EXPECT_EQ(result.external_identity,
            (model::ExternalIdentity{"https://id.vendor.example", "user-42"}));
  EXPECT_EQ(result.password_hash, account.password_hash);
}

TEST(ValidatedAccount, NeedsAtLeastOneCredential) {
  model::Account account = sample_account();
  account.password_hash.reset();
  expect_refused(account, "account has no credential");
  account.external_identity = model::ExternalIdentity{"https://id.vendor.example", "42"};
  const model::Account external_only = model::validated(account);
  EXPECT_FALSE(external_only.password_hash.has_value());
  EXPECT_TRUE(external_only.external_identity.has_value());
  account.external_identity->issuer = " ";
  expect_refused(account, "account.external_identity.issuer ' ' is empty");
  account.external_identity = model::ExternalIdentity{"https://id.vendor.example", ""};
  expect_refused(account, "account.external_identity.subject '' is empty");
  account.external_identity->subject = std::string(model::kMaxIdentityBytes + 1, 's');
  expect_refused(account, "is 256 bytes long, at most 255");
}

TEST(ValidatedAccount, RefusesAPasswordHashThatIsNotEncodedArgon2idWithoutQuotingIt) {
  model::Account account = sample_account();
  account.password_hash = "$argon2i$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA";
  expect_refused_without(account, "account.password_hash is not an encoded Argon2id hash",
                         "c2FsdA");
  account.password_hash = "plain password";
  expect_refused_without(
      account, "account.password_hash holds a byte that is not printable ASCII at offset 5",
      "plain");
  account.password_hash = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA\n";
  expect_refused(account, "not printable ASCII at offset 44");
  account.password_hash = "$argon2id$v=19$ґ";
  expect_refused(account, "not printable ASCII at offset 15");
  account.password_hash =
      "$argon2id$v=19$m=65536,t=3,p=4$" + std::string(model::kMaxPasswordHashBytes, 'h');
  expect_refused_without(account, "account.password_hash is 287 bytes long, at most 256", "hhhh");
  account.password_hash = "$argon2id$" + std::string(model::kMaxPasswordHashBytes - 10, 'h');
  EXPECT_NO_THROW(model::validated(account));
}

TEST(ValidatedAccount, RefusesBadFields) {
  model::Account account = sample_account();
  account.login = "";
  expect_refused(account, "account.login '' is empty");
  account.login = "teacher@";
  expect_refused(account, "account.login 'teacher@' is refused");
  account = sample_account();
  account.person_id = {};
  expect_refused(account, "account.person_id is the nil UUID");
  account = sample_account();
  account.failed_sign_ins = -1;
  expect_refused(account, "account.failed_sign_ins is -1; it counts, from 0");
  account = sample_account();
  account.password_changed_at = account.created_at - std::chrono::microseconds(1);
  expect_refused(account, "account.password_changed_at is before created_at");
  account.password_changed_at = account.created_at;
  EXPECT_NO_THROW(model::validated(account));
  account.status = static_cast<model::AccountStatus>(3);
  expect_refused(account, "account.status is 3, not one of the values 1 … 2");
  account.status = model::AccountStatus::disabled;
  account.failed_sign_ins = 5;
  account.locked_until = account.created_at + std::chrono::minutes(15);
  account.last_failed_at = account.created_at;
  EXPECT_NO_THROW(model::validated(account));
}

TEST(ValidatedSession, LowerCasesTheTokenHash) {
  model::SignInSession session = sample_session();
  session.token_hash = std::string(32, 'A') + std::string(32, '9');
  EXPECT_EQ(model::validated(session).token_hash, std::string(32, 'a') + std::string(32, '9'));
}

TEST(ValidatedSession, RefusesABadTokenHashWithoutQuotingIt) {
  model::SignInSession session = sample_session();
  const std::string almost = std::string(63, 'c');
  session.token_hash = almost + "g";
  expect_refused_without(
      session,
      "sign_in_session.token_hash holds a character that is not a hexadecimal digit at offset 63",
      almost);
  session.token_hash = almost;
  expect_refused_without(session, "sign_in_session.token_hash has 63 hex digits; it has exactly 64",
                         almost);
  session.token_hash = almost + "cc";
  expect_refused(session, "has 65 hex digits");
  session.token_hash = " " + almost + "c";
  expect_refused(session, "not a hexadecimal digit at offset 0");
}

TEST(ValidatedSession, OrdersItsInstants) {
  model::SignInSession session = sample_session();
  session.last_seen_at = session.created_at - std::chrono::seconds(1);
  expect_refused(session, "sign_in_session.last_seen_at is before created_at");
  session = sample_session();
  session.expires_at = session.created_at;
  expect_refused(session, "sign_in_session.expires_at is not later than created_at");
  session = sample_session();
  session.revoked_at = session.created_at - std::chrono::seconds(1);
  expect_refused(session, "sign_in_session.revoked_at is before created_at");
  session.revoked_at = session.expires_at + std::chrono::hours(1);
  EXPECT_NO_THROW(model::validated(session));
  session.account_id = {};
  expect_refused(session, "sign_in_session.account_id is the nil UUID");
}

}  // namespace
