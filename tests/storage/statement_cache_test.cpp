// The SOCI backend's per-session statement cache: reuse, one user at a time, a bound size, and
// no SQLite statement left mid-way when it goes back.
#include <gtest/gtest.h>

#include <string>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "soci/statement_cache.hpp"

namespace ejournal::storage::soci_backend {
namespace {

class StatementCacheTest : public ::testing::Test {
 protected:
  StatementCacheTest() {
    session_ << "CREATE TABLE t (n INTEGER)";
    session_ << "INSERT INTO t VALUES (1), (2), (3)";
  }

  static sqlite_api::sqlite3_stmt* native(soci::statement& statement) {
    return static_cast<soci::sqlite3_statement_backend*>(statement.get_backend())->stmt_;
  }

  soci::session session_{*soci::factory_sqlite3(), "db=:memory:"};
  StatementCache cache_{session_, Dialect::sqlite};
};

TEST_F(StatementCacheTest, AStatementGivenBackIsTheOneTakenNext) {
  const std::string sql = "SELECT n FROM t WHERE n >= :low ORDER BY n";
  soci::statement first = cache_.take(sql);
  sqlite_api::sqlite3_stmt* prepared = native(first);
  int low = 2;
  int n = 0;
  first.exchange(soci::use(low));
  first.exchange(soci::into(n));
  first.define_and_bind();
  ASSERT_TRUE(first.execute(true));
  EXPECT_EQ(n, 2);
  cache_.give_back(sql, first);
  EXPECT_EQ(cache_.size(), 1u);

  // Rebound to other variables, it runs as if new.
  soci::statement again = cache_.take(sql);
  EXPECT_EQ(native(again), prepared);
  EXPECT_EQ(cache_.size(), 0u);
  int other_low = 3;
  int other_n = 0;
  again.exchange(soci::use(other_low));
  again.exchange(soci::into(other_n));
  again.define_and_bind();
  ASSERT_TRUE(again.execute(true));
  EXPECT_EQ(other_n, 3);
  EXPECT_FALSE(again.fetch());
}

TEST_F(StatementCacheTest, ASecondUserOfTheSameSqlGetsItsOwnStatement) {
  const std::string sql = "SELECT n FROM t";
  soci::statement first = cache_.take(sql);
  soci::statement second = cache_.take(sql);
  EXPECT_NE(native(first), native(second));
  cache_.give_back(sql, first);
  cache_.give_back(sql, second);
  EXPECT_EQ(cache_.size(), 1u);
  soci::statement third = cache_.take(sql);
  EXPECT_EQ(native(third), native(first));
}

TEST_F(StatementCacheTest, AStatementStoppedMidWayIsResetWhenGivenBack) {
  const std::string sql = "SELECT n FROM t ORDER BY n";
  soci::statement statement = cache_.take(sql);
  int n = 0;
  statement.exchange(soci::into(n));
  statement.define_and_bind();
  ASSERT_TRUE(statement.execute(true));
  // Stepped, not finished: it holds a read transaction open.
  EXPECT_NE(sqlite_api::sqlite3_stmt_busy(native(statement)), 0);
  cache_.give_back(sql, statement);
  EXPECT_EQ(sqlite_api::sqlite3_stmt_busy(native(statement)), 0);
}

TEST_F(StatementCacheTest, KeepsAtMostItsCapacity) {
  for (std::size_t i = 0; i <= StatementCache::kCapacity; ++i) {
    const std::string sql = "SELECT " + std::to_string(i);
    soci::statement statement = cache_.take(sql);
    cache_.give_back(sql, statement);
  }
  EXPECT_EQ(cache_.size(), StatementCache::kCapacity);
}

}  // namespace
}  // namespace ejournal::storage::soci_backend
