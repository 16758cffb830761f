// Opening stores: URIs, what a store says it is, and schema versions (refusing a newer schema,
// migrating an older one forward).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <string_view>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "soci/testing.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Info = StoreTest;
using Schema = StoreTest;

// Expects open_store(uri) to fail with `code`, and its message to contain `fragment` and not
// `secret`.
void expect_open_error(std::string_view uri, Errc code, std::string_view fragment,
                       std::string_view secret = "\x01") {
  try {
    (void)open_store(uri);
    ADD_FAILURE() << "opened " << uri;
  } catch (const Error& e) {
    const std::string_view message = e.what();
    EXPECT_EQ(e.code(), code) << message;
    EXPECT_NE(message.find(fragment), std::string_view::npos) << message;
    EXPECT_EQ(message.find(secret), std::string_view::npos) << message << " shows " << secret;
  }
}

TEST(OpenStore, RefusesUnknownSchemes) {
  expect_open_error("mysql://school", Errc::invalid, "unknown scheme");
  expect_open_error("", Errc::invalid, "unknown scheme");
  expect_open_error("memory", Errc::invalid, "unknown scheme");
  expect_open_error("SQLite:school.db", Errc::invalid, "unknown scheme");
  expect_open_error("odbc:dsn=school", Errc::invalid, "unknown scheme");
  expect_open_error("oracle://admin:hunter2@db/school", Errc::invalid, "oracle://…@db/school",
                    "hunter2");
  expect_open_error("odbc:dsn=school;password=hunter2", Errc::invalid, "odbc:dsn=school;",
                    "hunter2");
}

TEST(OpenStore, RefusesSqliteWithoutAFile) {
  expect_open_error("sqlite:", Errc::invalid, "sqlite:");
}

TEST(OpenStore, ReportsAnUnreachableServerWithoutItsPassword) {
  expect_open_error(
      "postgresql:host=127.0.0.1 port=1 dbname=nowhere user=nobody password=hunter2 "
      "connect_timeout=2",
      Errc::storage, "", "hunter2");
  expect_open_error("postgresql://nobody:hunter2@127.0.0.1:1/nowhere?connect_timeout=2",
                    Errc::storage, "", "hunter2");
}

TEST(OpenStore, ReportsAnUnopenableSqliteFile) {
  expect_open_error("sqlite:/nonexistent-directory-of-ejournal/school.db", Errc::storage, "");
}

TEST_P(Info, NamesTheBackendAndItsSchemaVersion) {
  const auto info = store().info();
  switch (GetParam()) {
    case Backend::memory:
      EXPECT_EQ(info.backend, "memory");
      EXPECT_EQ(info.schema_version, 0);
      break;
    case Backend::sqlite_memory:
    case Backend::sqlite_file:
      EXPECT_EQ(info.backend, "sqlite");
      EXPECT_EQ(info.schema_version, current_schema_version);
      break;
    case Backend::postgresql:
      EXPECT_EQ(info.backend, "postgresql");
      EXPECT_EQ(info.schema_version, current_schema_version);
      break;
  }
}

// Writes `version` into the schema_version table of a SQLite file, by hand.
void write_sqlite_schema_version(const std::string& file, int version) {
  sqlite3* raw = nullptr;
  const int opened = sqlite3_open(file.c_str(), &raw);
  const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> database(raw, &sqlite3_close);
  ASSERT_EQ(opened, SQLITE_OK) << sqlite3_errmsg(raw);
  sqlite3_stmt* raw_statement = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw, "UPDATE schema_version SET version = ?1", -1, &raw_statement,
                               nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(raw);
  const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw_statement,
                                                                             &sqlite3_finalize);
  ASSERT_EQ(sqlite3_bind_int(raw_statement, 1, version), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(raw_statement), SQLITE_DONE) << sqlite3_errmsg(raw);
  ASSERT_EQ(sqlite3_changes(raw), 1);
}

TEST_P(Schema, ANewerSchemaRefusesToOpen) {
  const auto school = make_school(0, 1, 1);
  store_school(store(), school);
  close();
  if (GetParam() == Backend::sqlite_file) {
    write_sqlite_schema_version(location().sqlite_file().string(), current_schema_version + 1);
  } else {
    soci_backend::record_schema_version(location().uri(), current_schema_version + 1);
  }
  try {
    (void)open_store(location().uri());
    ADD_FAILURE() << "a newer schema opened";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::version) << e.what();
    const std::string expected = "schema version " + std::to_string(current_schema_version + 1);
    EXPECT_NE(std::string_view(e.what()).find(expected), std::string_view::npos) << e.what();
  }
}

// A database as the library of each older schema version left it, with a school and a grade in
// it, migrates to the current version keeping them and takes records in the tables added since.
TEST_P(Schema, EveryOlderSchemaMigratesForwardKeepingItsRecords) {
  for (int version = 1; version < current_schema_version; ++version) {
    SCOPED_TRACE("from schema version " + std::to_string(version));
    close();
    soci_backend::drop_all_tables(location().uri());
    const auto school = make_school(0, 3, 7);
    auto grade = make_grade(school, 1, 2, grading::Rational::fraction(21, 2));
    const auto account = make_account(school.teacher);
    const auto request = make_request(1, 0);
    {
      const auto old = soci_backend::open_store_at_version(location().uri(), version);
      EXPECT_EQ(old->info().schema_version, version);
      store_school(*old, school);
      write(*old, [&](UnitOfWork& unit) {
        unit.grades().insert(grade);
        unit.connection_requests().insert(request);
      });
      // Accounts came with schema version 3.
      if (version < 3) {
        expect_write_error(*old, Errc::storage,
                           [&](UnitOfWork& unit) { unit.accounts().insert(account); });
      }
    }
    StoreOptions frozen;
    frozen.migrate = false;
    try {
      (void)open_store(location().uri(), frozen);
      ADD_FAILURE() << "an older schema opened with migrations off";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), Errc::version) << e.what();
    }
    reopen({});
    EXPECT_EQ(store().info().schema_version, current_schema_version);
    grade.version = 1;
    expect_found(
        read(store(),
             [&](UnitOfWork& unit) { return unit.grades().find(school.institution.id, grade.id); }),
        grade);
    EXPECT_EQ(
        read(store(), [&](UnitOfWork& unit) { return unit.people().list(school.institution.id); })
            .size(),
        4u);
    // The migrated database takes new records like a new one, in old tables and new.
    const auto session = make_sign_in_session(account, 0);
    write(store(), [&](UnitOfWork& unit) {
      unit.grades().insert(make_grade(school, 0, 0, 9));
      unit.accounts().insert(account);
      unit.sessions().insert(session);
    });
    reopen({});
    EXPECT_EQ(store().info().schema_version, current_schema_version);
    read(store(), [&](UnitOfWork& unit) {
      auto stored_account = account;
      stored_account.version = 1;
      expect_found(unit.accounts().find_by_login(account.login), stored_account);
      auto stored_session = session;
      stored_session.version = 1;
      expect_found(unit.sessions().find_by_token_hash(session.token_hash), stored_session);
    });
    // Open requests hold their codes since schema version 4.
    auto same_edrpou = make_request(2, 0);
    same_edrpou.edrpou = request.edrpou;
    expect_write_error(store(), Errc::exists,
                       [&](UnitOfWork& unit) { unit.connection_requests().insert(same_edrpou); });
    // People keep notification choices since schema version 5.
    model::NotificationPreferences choices;
    choices.institution_id = school.institution.id;
    choices.person_id = school.students[0].id;
    choices.comments = false;
    write(store(), [&](UnitOfWork& unit) { unit.notification_preferences().insert(choices); });
    const auto stored = read(store(), [&](UnitOfWork& unit) {
      return unit.notification_preferences().find(choices.institution_id, choices.person_id);
    });
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->comments);
  }
}

// A version-3 database in which two pending requests share a ЄДРПОУ (two submissions raced
// before schema 4) cannot take the unique index: the migration fails as a whole, naming the
// index's statement, and the database stays at version 3 for the operator to resolve.
TEST_P(Schema, DuplicateOpenRequestsStopTheMigrationToVersion4) {
  close();
  soci_backend::drop_all_tables(location().uri());
  const auto first = make_request(1, 0);
  auto second = make_request(2, 10);
  second.edrpou = first.edrpou;
  {
    const auto old = soci_backend::open_store_at_version(location().uri(), 3);
    write(*old, [&](UnitOfWork& unit) {
      unit.connection_requests().insert(first);
      unit.connection_requests().insert(second);
    });
  }
  expect_open_error(location().uri(), Errc::exists, "connection_requests_open_edrpou");
  const auto old = soci_backend::open_store_at_version(location().uri(), 3);
  EXPECT_EQ(old->info().schema_version, 3);
  EXPECT_EQ(read(*old, [](UnitOfWork& unit) { return unit.connection_requests().list(); }).size(),
            2u);
}

TEST_P(Schema, ACurrentSchemaOpensAgainWithMigrationsOff) {
  close();
  StoreOptions frozen;
  frozen.migrate = false;
  reopen(frozen);
  EXPECT_EQ(store().info().schema_version, current_schema_version);
}

INSTANTIATE_TEST_SUITE_P(Backends, Info, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Schema,
                         ::testing::Values(Backend::sqlite_file, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
