// The SOCI backend's native PostgreSQL reads: placeholders numbered as SOCI numbers them, every
// column type of our row structs read from binary results, the deferred BEGIN sent in the same
// round trip as the first query, one preparation per session, and failures that leave the unit
// failed and the session usable. The server cases run when EJ_PG_CONN names a server.
#include <gtest/gtest.h>

#include <libpq-fe.h>

#include <array>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "backend.hpp"
#include "soci/native_rows.hpp"
#include "soci/session_pool.hpp"

namespace ejournal::storage::soci_backend {
namespace {

TEST(NumberedPlaceholders, NumbersNamesByOccurrence) {
  EXPECT_EQ(numbered_placeholders("SELECT a FROM t WHERE b = :b AND c >= :low AND c <= :high"),
            "SELECT a FROM t WHERE b = $1 AND c >= $2 AND c <= $3");
}

TEST(NumberedPlaceholders, LeavesCastsAndQuotedTextAlone) {
  EXPECT_EQ(numbered_placeholders("SELECT x::text, ':not' FROM t WHERE y = :y_1"),
            "SELECT x::text, ':not' FROM t WHERE y = $1");
  EXPECT_EQ(numbered_placeholders("SELECT 1"), "SELECT 1");
}

TEST(NativeParameter, IsTheTextOfTheBoundValue) {
  const std::string text = "2026-09-01";
  const long long big = -9000000000000LL;
  const int small = 7;
  soci::indicator null = soci::i_null;
  soci::indicator present = soci::i_ok;
  EXPECT_EQ(native_parameter(soci::use(text)), NativeParameter("2026-09-01"));
  EXPECT_EQ(native_parameter(soci::use(big)), NativeParameter("-9000000000000"));
  EXPECT_EQ(native_parameter(soci::use(small)), NativeParameter("7"));
  EXPECT_EQ(native_parameter(soci::use(small, null)), std::nullopt);
  EXPECT_EQ(native_parameter(soci::use(small, present)), NativeParameter("7"));
}

// A session of its own on the test server, with a temporary table (gone with the session) and
// a Connection over it as a unit of work would make one.
class NativeRowsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto conninfo = testing::postgresql_connection();
    if (!conninfo) GTEST_SKIP() << "EJ_PG_CONN not set: native PostgreSQL reads skipped";
    session_ = open_session(Dialect::postgresql, *conninfo, std::chrono::milliseconds(5000));
    statements_ = std::make_unique<StatementCache>(*session_, Dialect::postgresql);
    *session_ << "CREATE TEMP TABLE sample (label TEXT, note TEXT, small SMALLINT,"
                 " count INTEGER, big BIGINT)";
    *session_ << "INSERT INTO sample VALUES ('a', NULL, -2, -40000, 9000000000000),"
                 " ('ї☃', 'x', 3, 2147483647, -1)";
    options_.before_statement = [this](std::string_view sql) {
      seen_.emplace_back(sql);
      if (refuse_) throw std::runtime_error("refused");
    };
  }

  Connection& begin_unit(Access access = Access::read) {
    connection_ = std::make_unique<Connection>(*session_, *statements_, Dialect::postgresql,
                                               options_, access);
    connection_->defer_begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    return *connection_;
  }

  PGconn* native() const {
    return static_cast<soci::postgresql_session_backend*>(session_->get_backend())->conn_;
  }

  // How many of our statements the server holds prepared on this session.
  long long prepared_natively() {
    long long count = 0;
    *session_ << "SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'ejournal_native_%'",
        soci::into(count);
    return count;
  }

  std::unique_ptr<soci::session> session_;
  std::unique_ptr<StatementCache> statements_;
  StoreOptions options_;
  std::unique_ptr<Connection> connection_;
  std::vector<std::string> seen_;
  bool refuse_ = false;
};

const std::string kSelect =
    "SELECT label, note, small, count, big FROM sample WHERE small >= :lowest ORDER BY small";

TEST_F(NativeRowsTest, ReadsEveryColumnKindFromBinaryResults) {
  Connection& connection = begin_unit();
  const std::array<NativeParameter, 1> lowest{NativeParameter("-5")};
  const NativeRows rows = native_query(connection, kSelect, lowest);
  rows.expect_columns(5);
  ASSERT_EQ(rows.size(), 2);
  std::string label;
  Nullable<std::string> note;
  int small = 0;
  int count = 0;
  long long big = 0;
  rows.read(0, 0, label);
  rows.read(0, 1, note);
  rows.read(0, 2, small);
  rows.read(0, 3, count);
  rows.read(0, 4, big);
  EXPECT_EQ(label, "a");
  EXPECT_EQ(note.indicator, soci::i_null);
  EXPECT_EQ(small, -2);
  EXPECT_EQ(count, -40000);
  EXPECT_EQ(big, 9000000000000LL);
  rows.read(1, 0, label);
  rows.read(1, 1, note);
  rows.read(1, 3, count);
  rows.read(1, 4, big);
  EXPECT_EQ(label, "ї☃");
  EXPECT_EQ(note.indicator, soci::i_ok);
  EXPECT_EQ(note.value, "x");
  EXPECT_EQ(count, 2147483647);
  EXPECT_EQ(big, -1);
}

TEST_F(NativeRowsTest, AValueTheRowCannotHoldIsAStorageError) {
  Connection& connection = begin_unit();
  const std::array<NativeParameter, 1> lowest{NativeParameter("-5")};
  const NativeRows rows = native_query(connection, kSelect, lowest);
  std::string text;
  int number = 0;
  const auto storage_error = [](auto&& read) {
    try {
      read();
    } catch (const Error& error) {
      return error.code() == Errc::storage;
    }
    return false;
  };
  EXPECT_TRUE(storage_error([&] { rows.read(0, 1, text); })) << "NULL into a non-null field";
  EXPECT_TRUE(storage_error([&] { rows.read(0, 2, text); })) << "an integer read as text";
  EXPECT_TRUE(storage_error([&] { rows.read(0, 0, number); })) << "text read as an integer";
  EXPECT_TRUE(storage_error([&] { rows.read(0, 4, number); })) << "a BIGINT beyond int";
  EXPECT_TRUE(storage_error([&] { rows.expect_columns(4); }));
}

TEST_F(NativeRowsTest, TheDeferredBeginGoesOutWithTheFirstQuery) {
  Connection& connection = begin_unit();
  EXPECT_EQ(PQtransactionStatus(native()), PQTRANS_IDLE);
  const NativeRows rows =
      native_query(connection, "SELECT current_setting('transaction_isolation') WHERE :always = 1",
                   std::array<NativeParameter, 1>{NativeParameter("1")});
  EXPECT_TRUE(connection.deferred_begin().empty());
  EXPECT_EQ(PQtransactionStatus(native()), PQTRANS_INTRANS);
  ASSERT_EQ(rows.size(), 1);
  std::string level;
  rows.read(0, 0, level);
  EXPECT_EQ(level, "repeatable read");
  // A later query of the unit sends no second BEGIN.
  native_query(connection, kSelect, std::array<NativeParameter, 1>{NativeParameter("0")});
  EXPECT_EQ(PQtransactionStatus(native()), PQTRANS_INTRANS);
  EXPECT_EQ(seen_.size(), 2u) << "each query is one statement for the hook; BEGIN is none";
}

TEST_F(NativeRowsTest, AStatementIsPreparedOncePerSession) {
  const std::array<NativeParameter, 1> lowest{NativeParameter("0")};
  for (int unit = 0; unit < 3; ++unit) {
    Connection& connection = begin_unit();
    EXPECT_EQ(native_query(connection, kSelect, lowest).size(), 1);
    *session_ << "ROLLBACK";
  }
  ASSERT_NE(statements_->native_name(kSelect), nullptr);
  EXPECT_EQ(prepared_natively(), 1);
}

TEST_F(NativeRowsTest, AFailedQueryFailsTheUnitAndLeavesTheSessionUsable) {
  const std::string divide = "SELECT count / :divisor FROM sample WHERE small = 3";
  Connection& failing = begin_unit();
  try {
    native_query(failing, divide, std::array<NativeParameter, 1>{NativeParameter("0")});
    ADD_FAILURE() << "division by zero succeeded";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::storage);
    EXPECT_NE(std::string(error.what()).find("division by zero"), std::string::npos)
        << error.what();
  }
  EXPECT_THROW(failing.ensure_active(), Error);
  EXPECT_EQ(PQpipelineStatus(native()), PQ_PIPELINE_OFF);
  EXPECT_EQ(PQtransactionStatus(native()), PQTRANS_INERROR);
  *session_ << "ROLLBACK";

  // Prepared before the failure, the statement is reused rather than prepared again.
  Connection& next = begin_unit();
  const NativeRows rows =
      native_query(next, divide, std::array<NativeParameter, 1>{NativeParameter("7")});
  ASSERT_EQ(rows.size(), 1);
  int quotient = 0;
  rows.read(0, 0, quotient);
  EXPECT_EQ(quotient, 2147483647 / 7);
  EXPECT_EQ(prepared_natively(), 1);
}

TEST_F(NativeRowsTest, AQueryThatDoesNotPrepareFailsWithoutKeepingAName) {
  Connection& connection = begin_unit();
  const std::string wrong = "SELECT missing_column FROM sample WHERE small = :small";
  EXPECT_THROW(
      native_query(connection, wrong, std::array<NativeParameter, 1>{NativeParameter("3")}), Error);
  EXPECT_EQ(statements_->native_name(wrong), nullptr);
  EXPECT_EQ(PQpipelineStatus(native()), PQ_PIPELINE_OFF);
  *session_ << "ROLLBACK";
  EXPECT_EQ(prepared_natively(), 0);
}

TEST_F(NativeRowsTest, AStatementTheHookRefusesSendsNothing) {
  Connection& connection = begin_unit();
  refuse_ = true;
  EXPECT_THROW(
      native_query(connection, kSelect, std::array<NativeParameter, 1>{NativeParameter("0")}),
      Error);
  EXPECT_EQ(seen_, std::vector<std::string>{kSelect});
  EXPECT_EQ(PQtransactionStatus(native()), PQTRANS_IDLE);
  EXPECT_FALSE(connection.deferred_begin().empty());
  EXPECT_THROW(connection.ensure_active(), Error);
}

}  // namespace
}  // namespace ejournal::storage::soci_backend
