// Accounts and sign-in sessions: round trips, the lookups sign-in starts from (unique across the
// store), scoping, optimistic updates, revoking every session of an account, read units.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Accounts = StoreTest;
using Sessions = StoreTest;

constexpr std::string_view kIssuer = "https://id.vendor.example";

// Two schools, the first with two students, both stored.
struct TwoSchools {
  explicit TwoSchools(Store& store) : first(make_school(0, 2, 0)), second(make_school(1, 1, 0)) {
    store_school(store, first);
    store_school(store, second);
  }
  School first;
  School second;
};

// A full account: both credentials and every optional field set.
model::Account make_full_account(const model::Person& person) {
  auto account = make_account(person);
  account.external_identity =
      model::ExternalIdentity{std::string(kIssuer), "subject-" + person.id.str()};
  account.failed_sign_ins = 3;
  account.locked_until = school_instant(900);
  account.last_failed_at = school_instant(60);
  account.password_changed_at = school_instant(30);
  account.status = model::AccountStatus::disabled;
  return account;
}

template <class Record>
Record stored_at(Record record, std::int64_t version) {
  record.version = version;
  return record;
}

TEST_P(Accounts, RoundTripAndLookupsFromLoginExternalIdentityAndPerson) {
  const TwoSchools schools(store());
  const School& school = schools.first;
  const auto bare = make_account(school.teacher);
  auto full = make_full_account(school.students[0]);
  full.password_hash.reset();
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(bare);
    unit.accounts().insert(full);
  });
  const auto institution = school.institution.id;
  read(store(), [&](UnitOfWork& unit) {
    for (const auto& account : {bare, full}) {
      SCOPED_TRACE(account.login);
      const auto expected = stored_at(account, 1);
      expect_found(unit.accounts().find(institution, account.id), expected);
      expect_found(unit.accounts().find_by_login(account.login), expected);
      expect_found(unit.accounts().find_for_person(institution, account.person_id), expected);
    }
    expect_found(unit.accounts().find_by_external(full.external_identity->issuer,
                                                  full.external_identity->subject),
                 stored_at(full, 1));
  });
  read(store(), [&](UnitOfWork& unit) {
    const auto other = schools.second.institution.id;
    EXPECT_FALSE(unit.accounts().find(other, bare.id).has_value());
    EXPECT_FALSE(unit.accounts().find_for_person(other, school.teacher.id).has_value());
    EXPECT_FALSE(unit.accounts().find_for_person(institution, school.students[1].id).has_value());
    EXPECT_FALSE(unit.accounts().find_by_login("nobody@school.example.ua").has_value());
    EXPECT_FALSE(unit.accounts().find_by_login(" " + bare.login).has_value()) << "exact match";
    EXPECT_FALSE(unit.accounts().find_by_external(kIssuer, "someone else").has_value());
    EXPECT_FALSE(
        unit.accounts().find_by_external(full.external_identity->subject, kIssuer).has_value());
    // An account without an external identity is not found by an empty one.
    EXPECT_FALSE(unit.accounts().find_by_external("", "").has_value());
  });
}

TEST_P(Accounts, LoginsExternalIdentitiesAndPeopleAreTakenOnce) {
  const TwoSchools schools(store());
  const School& school = schools.first;
  const auto taken = make_full_account(school.teacher);
  write(store(), [&](UnitOfWork& unit) { unit.accounts().insert(taken); });
  const auto insert_refused = [&](std::string_view why, Errc code, const model::Account& account) {
    SCOPED_TRACE(why);
    expect_write_error(store(), code, [&](UnitOfWork& unit) { unit.accounts().insert(account); });
  };
  const auto& elsewhere = schools.second.students[0];
  insert_refused("the same id", Errc::exists, taken);
  auto same_login = make_account(elsewhere);
  same_login.login = taken.login;
  insert_refused("the same login in another institution", Errc::exists, same_login);
  auto same_identity = make_account(elsewhere);
  same_identity.external_identity = taken.external_identity;
  insert_refused("the same external identity in another institution", Errc::exists, same_identity);
  auto second_of_person = make_account(school.teacher);
  second_of_person.login = "another-login@school.example.ua";
  insert_refused("a second account of the person", Errc::exists, second_of_person);
  auto foreign_person = make_account(school.students[0]);
  foreign_person.person_id = elsewhere.id;
  insert_refused("a person of another institution", Errc::not_found, foreign_person);

  // Neither an issuer nor a subject alone is a key; accounts without an identity do not collide.
  auto same_issuer = make_account(elsewhere);
  same_issuer.external_identity = model::ExternalIdentity{taken.external_identity->issuer, "x"};
  auto same_subject = make_account(school.students[0]);
  same_subject.external_identity =
      model::ExternalIdentity{"https://other.example", taken.external_identity->subject};
  const auto password_only = make_account(school.students[1]);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(same_issuer);
    unit.accounts().insert(same_subject);
    unit.accounts().insert(password_only);
  });
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.accounts().find_by_external(kIssuer, "x"); }),
      stored_at(same_issuer, 1));
}

TEST_P(Accounts, UpdatesAreOptimisticAndKeepTheKeysUnique) {
  const TwoSchools schools(store());
  const School& school = schools.first;
  const auto account = make_account(school.teacher);
  const auto neighbour = make_full_account(school.students[0]);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    unit.accounts().insert(neighbour);
  });
  const auto stored = stored_at(account, 1);
  auto changed = stored;
  changed.login = "new-login@school.example.ua";
  changed.external_identity = model::ExternalIdentity{std::string(kIssuer), "teacher"};
  changed.failed_sign_ins = 5;
  changed.locked_until = school_instant(3600);
  changed.last_failed_at = school_instant(1800);
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.accounts().update(changed), 2); });
  read(store(), [&](UnitOfWork& unit) {
    expect_found(unit.accounts().find_by_login(changed.login), stored_at(changed, 2));
    expect_found(unit.accounts().find_by_external(kIssuer, "teacher"), stored_at(changed, 2));
    EXPECT_FALSE(unit.accounts().find_by_login(account.login).has_value()) << "the old login";
  });

  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.accounts().update(stored); });
  auto foreign = stored_at(changed, 2);
  foreign.institution_id = schools.second.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.accounts().update(foreign); });
  auto taking_login = stored_at(changed, 2);
  taking_login.login = neighbour.login;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.accounts().update(taking_login); });
  auto taking_identity = stored_at(changed, 2);
  taking_identity.external_identity = neighbour.external_identity;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.accounts().update(taking_identity); });
  auto taking_person = stored_at(changed, 2);
  taking_person.person_id = neighbour.person_id;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.accounts().update(taking_person); });

  // The identity given up is free again; the account keeps its password.
  auto unbound = stored_at(changed, 2);
  unbound.external_identity.reset();
  unbound.failed_sign_ins = 0;
  unbound.locked_until.reset();
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.accounts().update(unbound), 3); });
  read(store(), [&](UnitOfWork& unit) {
    EXPECT_FALSE(unit.accounts().find_by_external(kIssuer, "teacher").has_value());
    expect_found(unit.accounts().find(school.institution.id, account.id), stored_at(unbound, 3));
  });
}

TEST_P(Sessions, RoundTripByTokenHashAndScope) {
  const TwoSchools schools(store());
  const auto account = make_account(schools.first.teacher);
  const auto other_account = make_account(schools.second.teacher);
  const auto open = make_sign_in_session(account, 0);
  auto revoked = make_sign_in_session(account, 10);
  revoked.last_seen_at = school_instant(40);
  revoked.revoked_at = school_instant(50);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    unit.accounts().insert(other_account);
    unit.sessions().insert(open);
    unit.sessions().insert(revoked);
  });
  read(store(), [&](UnitOfWork& unit) {
    for (const auto& session : {open, revoked}) {
      expect_found(unit.sessions().find_by_token_hash(session.token_hash), stored_at(session, 1));
    }
    EXPECT_FALSE(unit.sessions().find_by_token_hash(std::string(64, '0')).has_value());
    EXPECT_TRUE(
        unit.sessions().list_for_account(schools.second.institution.id, account.id).empty());
  });

  // The hash is unique across the store, and a refusal does not show it.
  auto same_hash = make_sign_in_session(other_account, 0);
  same_hash.token_hash = open.token_hash;
  {
    const auto unit = store().begin();
    try {
      unit->sessions().insert(same_hash);
      ADD_FAILURE() << "a token hash was stored twice";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Errc::exists) << e.what();
      EXPECT_EQ(std::string_view(e.what()).find(open.token_hash), std::string_view::npos)
          << e.what();
    }
  }
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.sessions().insert(revoked); });
  auto foreign_account = make_sign_in_session(account, 0);
  foreign_account.institution_id = schools.second.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.sessions().insert(foreign_account); });
}

TEST_P(Sessions, UpdatesAreOptimistic) {
  const TwoSchools schools(store());
  const auto account = make_account(schools.first.teacher);
  const auto session = make_sign_in_session(account, 0);
  const auto neighbour = make_sign_in_session(account, 5);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    unit.sessions().insert(session);
    unit.sessions().insert(neighbour);
  });
  const auto stored = stored_at(session, 1);
  auto seen = stored;
  seen.last_seen_at = school_instant(600);
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.sessions().update(seen), 2); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.sessions().find_by_token_hash(session.token_hash);
                    }),
               stored_at(seen, 2));
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.sessions().update(stored); });
  auto foreign = stored_at(seen, 2);
  foreign.institution_id = schools.second.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.sessions().update(foreign); });
  auto taking_hash = stored_at(seen, 2);
  taking_hash.token_hash = neighbour.token_hash;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.sessions().update(taking_hash); });
}

TEST_P(Sessions, RevokeAllRevokesEveryOpenSessionOfTheAccountOnly) {
  const TwoSchools schools(store());
  const auto institution = schools.first.institution.id;
  const auto account = make_account(schools.first.teacher);
  const auto other_account = make_account(schools.first.students[0]);
  const auto first = make_sign_in_session(account, 0);
  const auto second = make_sign_in_session(account, 20);
  auto already = make_sign_in_session(account, 10);
  already.revoked_at = school_instant(15);
  const auto others = make_sign_in_session(other_account, 0);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    unit.accounts().insert(other_account);
    for (const auto& session : {first, second, already, others}) unit.sessions().insert(session);
  });

  const auto at = school_instant(3600);
  write(store(), [&](UnitOfWork& unit) {
    EXPECT_EQ(unit.sessions().revoke_all(schools.second.institution.id, account.id, at), 0u)
        << "another institution's account of that id has no sessions";
    EXPECT_EQ(unit.sessions().revoke_all(institution, account.id, at), 2u);
  });
  auto revoked_first = stored_at(first, 2);
  revoked_first.revoked_at = at;
  auto revoked_second = stored_at(second, 2);
  revoked_second.revoked_at = at;
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.sessions().list_for_account(institution, account.id);
                        }),
                   {revoked_first, stored_at(already, 1), revoked_second});
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.sessions().find_by_token_hash(others.token_hash); }),
      stored_at(others, 1));

  // A session read before the revocation cannot be written back open.
  auto touched = stored_at(first, 1);
  touched.last_seen_at = school_instant(4000);
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.sessions().update(touched); });
  write(store(), [&](UnitOfWork& unit) {
    EXPECT_EQ(unit.sessions().revoke_all(institution, account.id, school_instant(7200)), 0u);
  });
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.sessions().find_by_token_hash(first.token_hash); }),
      revoked_first);
}

TEST_P(Sessions, ListForAccountOldestFirstThenById) {
  const TwoSchools schools(store());
  const auto account = make_account(schools.first.teacher);
  const auto other_account = make_account(schools.first.students[0]);
  const auto newest = make_sign_in_session(account, 300);
  const auto oldest = make_sign_in_session(account, 100);
  auto tie_a = make_sign_in_session(account, 200);
  auto tie_b = make_sign_in_session(account, 200);
  if (tie_b.id < tie_a.id) std::swap(tie_a, tie_b);
  const auto others = make_sign_in_session(other_account, 0);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    unit.accounts().insert(other_account);
    for (const auto& session : {newest, tie_b, others, oldest, tie_a}) {
      unit.sessions().insert(session);
    }
  });
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.sessions().list_for_account(schools.first.institution.id,
                                                                  account.id);
                        })),
            (std::vector{oldest.id, tie_a.id, tie_b.id, newest.id}));
}

TEST_P(Accounts, ReadUnitsRefuseEveryWrite) {
  const TwoSchools schools(store());
  const auto account = make_account(schools.first.teacher);
  const auto session = make_sign_in_session(account, 0);
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    unit.sessions().insert(session);
  });
  const auto refused = [&](auto&& change) {
    const auto unit = store().begin(Access::read);
    expect_error(Errc::invalid, [&] { change(*unit); });
  };
  refused(
      [&](UnitOfWork& unit) { unit.accounts().insert(make_account(schools.first.students[0])); });
  auto locked = stored_at(account, 1);
  locked.failed_sign_ins = 5;
  refused([&](UnitOfWork& unit) { unit.accounts().update(locked); });
  refused([&](UnitOfWork& unit) { unit.sessions().insert(make_sign_in_session(account, 60)); });
  auto seen = stored_at(session, 1);
  seen.last_seen_at = school_instant(60);
  refused([&](UnitOfWork& unit) { unit.sessions().update(seen); });
  refused([&](UnitOfWork& unit) {
    unit.sessions().revoke_all(schools.first.institution.id, account.id, school_instant(60));
  });
  read(store(), [&](UnitOfWork& unit) {
    expect_found(unit.accounts().find(schools.first.institution.id, account.id),
                 stored_at(account, 1));
    expect_same_list(unit.sessions().list_for_account(schools.first.institution.id, account.id),
                     {stored_at(session, 1)});
    EXPECT_FALSE(unit.accounts()
                     .find_for_person(schools.first.institution.id, schools.first.students[0].id)
                     .has_value());
  });
}

// revoke_all with the k-th statement failing, for every k in turn: the sessions stay as they
// were until the call lands whole.
class RevocationFaults : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    StoreOptions options;
    options.before_statement = [this](std::string_view statement) {
      if (fail_at_ != 0 && ++seen_ == fail_at_) {
        throw std::runtime_error("injected failure of: " + std::string(statement.substr(0, 80)));
      }
    };
    reopen(options);
  }

  std::size_t fail_at_ = 0;
  std::size_t seen_ = 0;
};

TEST_P(RevocationFaults, RevokeAllLandsWholeOrNotAtAll) {
  const TwoSchools schools(store());
  const auto institution = schools.first.institution.id;
  const auto account = make_account(schools.first.teacher);
  std::vector<model::SignInSession> sessions;
  for (int i = 0; i < 4; ++i) sessions.push_back(make_sign_in_session(account, i));
  write(store(), [&](UnitOfWork& unit) {
    unit.accounts().insert(account);
    for (const auto& session : sessions) unit.sessions().insert(session);
  });
  const auto list = [&] {
    return read(store(), [&](UnitOfWork& unit) {
      return unit.sessions().list_for_account(institution, account.id);
    });
  };
  const auto before = list();
  ASSERT_EQ(before.size(), sessions.size());
  const auto at = school_instant(3600);
  constexpr std::size_t kLimit = 100;
  for (std::size_t k = 1; k <= kLimit; ++k) {
    SCOPED_TRACE("statement " + std::to_string(k) + " failing");
    seen_ = 0;
    fail_at_ = k;
    bool failed = false;
    try {
      const auto unit = store().begin();
      unit->sessions().revoke_all(institution, account.id, at);
      unit->commit();
    } catch (const std::exception&) {
      failed = true;
    }
    fail_at_ = 0;
    if (!failed) {
      EXPECT_GT(k, 1u) << "the backend never called before_statement";
      auto revoked = before;
      for (auto& session : revoked) {
        session.revoked_at = at;
        session.version = 2;
      }
      expect_same_list(list(), revoked);
      return;
    }
    expect_same_list(list(), before);
    if (HasFailure()) return;
  }
  ADD_FAILURE() << "still failing after " << kLimit << " statements";
}

INSTANTIATE_TEST_SUITE_P(Backends, Accounts, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Sessions, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, RevocationFaults, ::testing::ValuesIn(shared_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
