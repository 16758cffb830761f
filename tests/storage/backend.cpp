#include "backend.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace ejournal::storage::testing {

namespace {

// Unique within the machine: tests of one run go to parallel processes, and two runs may share
// a PostgreSQL server or a temporary directory.
std::string unique_suffix() {
  static std::atomic<int> counter{0};
  std::random_device entropy;
  return std::to_string(::getpid()) + "_" + std::to_string(++counter) + "_" +
         std::to_string(entropy() % 1000000);
}

using Connection = std::unique_ptr<PGconn, decltype(&PQfinish)>;

Connection connect(const std::string& conninfo) {
  Connection connection(PQconnectdb(conninfo.c_str()), &PQfinish);
  if (PQstatus(connection.get()) != CONNECTION_OK) {
    throw std::runtime_error(std::string("cannot connect to EJ_PG_CONN: ") +
                             PQerrorMessage(connection.get()));
  }
  return connection;
}

// Runs a statement without values (schema maintenance only; identifiers come quoted).
void execute(PGconn* connection, const std::string& statement) {
  std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection, statement.c_str()),
                                                       &PQclear);
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    throw std::runtime_error(statement + ": " + PQerrorMessage(connection));
  }
}

std::string quoted_identifier(PGconn* connection, const std::string& name) {
  std::unique_ptr<char, decltype(&PQfreemem)> quoted(
      PQescapeIdentifier(connection, name.c_str(), name.size()), &PQfreemem);
  if (!quoted) throw std::runtime_error(PQerrorMessage(connection));
  return quoted.get();
}

}  // namespace

std::vector<Backend> all_backends() {
  return {Backend::memory, Backend::sqlite_memory, Backend::sqlite_file, Backend::postgresql};
}

std::vector<Backend> shared_backends() {
  return {Backend::memory, Backend::sqlite_file, Backend::postgresql};
}

std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  std::ostringstream name;
  PrintTo(info.param, &name);
  return name.str();
}

void PrintTo(Backend backend, std::ostream* out) {
  switch (backend) {
    case Backend::memory: *out << "memory"; return;
    case Backend::sqlite_memory: *out << "sqlite_memory"; return;
    case Backend::sqlite_file: *out << "sqlite_file"; return;
    case Backend::postgresql: *out << "postgresql"; return;
  }
  *out << "backend " << static_cast<int>(backend);
}

std::optional<std::string> postgresql_connection() {
  const char* conninfo = std::getenv("EJ_PG_CONN");
  if (conninfo == nullptr || *conninfo == '\0') return std::nullopt;
  return std::string(conninfo);
}

Location::Location(Backend backend) {
  switch (backend) {
    case Backend::memory: uri_ = "memory:"; break;
    case Backend::sqlite_memory: uri_ = "sqlite::memory:"; break;
    case Backend::sqlite_file:
      file_ = std::filesystem::temp_directory_path() / ("ej-storage-" + unique_suffix() + ".db");
      uri_ = "sqlite:" + file_.string();
      break;
    case Backend::postgresql: {
      const auto conninfo = postgresql_connection();
      if (!conninfo) throw std::runtime_error("EJ_PG_CONN is not set");
      // A schema of its own per test: tests run in parallel processes on one database.
      schema_ = "ej_test_" + unique_suffix();
      const auto connection = connect(*conninfo);
      execute(connection.get(), "CREATE SCHEMA " + quoted_identifier(connection.get(), schema_));
      uri_ = "postgresql:" + *conninfo + " options='-c search_path=" + schema_ +
             " -c client_min_messages=warning'";
      break;
    }
  }
}

Location::~Location() {
  if (!file_.empty()) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(file_.string() + suffix, ignored);
    }
  }
  if (!schema_.empty()) {
    try {
      const auto connection = connect(*postgresql_connection());
      execute(connection.get(),
              "DROP SCHEMA " + quoted_identifier(connection.get(), schema_) + " CASCADE");
    } catch (const std::exception& e) {
      ADD_FAILURE() << "could not drop the test schema " << schema_ << ": " << e.what();
    }
  }
}

void StoreTest::SetUp() {
  if (GetParam() == Backend::postgresql && !postgresql_connection()) {
    GTEST_SKIP() << "EJ_PG_CONN not set: PostgreSQL conformance skipped";
  }
  location_ = std::make_unique<Location>(GetParam());
  store_ = open_store(location_->uri());
}

void StoreTest::TearDown() {
  store_.reset();
  location_.reset();
}

void StoreTest::reopen(const StoreOptions& options) {
  store_.reset();
  store_ = open_store(location_->uri(), options);
}

}  // namespace ejournal::storage::testing
