#include "native_rows.hpp"

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace ejournal::storage::soci_backend {

namespace {

// PostgreSQL's type OIDs (pg_type.dat) of the columns our row structs read.
constexpr Oid kNameOid = 19;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kTextOid = 25;
constexpr Oid kBpcharOid = 1042;
constexpr Oid kVarcharOid = 1043;

// SQLSTATE connection_failure: what a failure without a server reply is reported as.
constexpr const char* kConnectionFailure = "08006";

constexpr int kBinaryResults = 1;

bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::int64_t big_endian(const char* bytes, int size) {
  std::uint64_t value = 0;
  for (int i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  // Sign-extend a two- or four-byte integer.
  const int unused_bits = 64 - 8 * size;
  return static_cast<std::int64_t>(value << unused_bits) >> unused_bits;
}

// The session's libpq connection in pipeline mode while this lives: every result is read before
// it leaves the mode, so that SOCI finds the session idle again.
class Pipeline {
 public:
  explicit Pipeline(PGconn* connection) : connection_(connection) {
    if (PQenterPipelineMode(connection_) != 1) fail();
  }
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline() {
    // After a failure mid-way: drain what is left. If the mode cannot be left, the session's
    // next statement (the unit's rollback) fails and the pool discards the session.
    if (!synced_ && PQpipelineSync(connection_) == 1) {
      for (int nulls = 0; !synced_ && nulls < 2;)
        nulls = NativeRows::Result(next()) ? 0 : nulls + 1;
    }
    PQexitPipelineMode(connection_);
  }

  // Adds a query to the pipeline (`sent` is the libpq call's outcome).
  void queue(int sent) {
    if (sent != 1) fail();
    ++queued_;
  }

  // Sends the queued queries and returns their last results in order: null for a query that
  // got none (the connection failed).
  std::vector<NativeRows::Result> run() {
    if (PQpipelineSync(connection_) != 1) fail();
    std::vector<NativeRows::Result> results(static_cast<std::size_t>(queued_));
    for (NativeRows::Result& outcome : results) {
      // A query's results end with a null.
      while (NativeRows::Result result{next()}) outcome = std::move(result);
    }
    while (!synced_) {
      if (!NativeRows::Result(next()) && !synced_) fail();
    }
    return results;
  }

  // Throws the failure `result` reports, if it does (a null result: the connection's).
  void check(const NativeRows::Result& result) const {
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return;
    const char* code = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    throw soci::postgresql_soci_error(
        result ? PQresultErrorMessage(result.get()) : PQerrorMessage(connection_),
        code != nullptr ? code : kConnectionFailure);
  }

 private:
  // The next result; the sync point's is consumed here and reported as null.
  PGresult* next() {
    PGresult* result = PQgetResult(connection_);
    if (result != nullptr && PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
      PQclear(result);
      synced_ = true;
      return nullptr;
    }
    return result;
  }

  [[noreturn]] void fail() const {
    throw soci::postgresql_soci_error(PQerrorMessage(connection_), kConnectionFailure);
  }

  PGconn* connection_;
  int queued_ = 0;
  bool synced_ = false;
};

}  // namespace

std::string numbered_placeholders(std::string_view sql) {
  std::string numbered;
  numbered.reserve(sql.size() + 16);
  int next_number = 1;
  bool quoted = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') quoted = !quoted;
    const bool placeholder = !quoted && c == ':' && i + 1 < sql.size() &&
                             is_identifier_char(sql[i + 1]) && (i == 0 || sql[i - 1] != ':');
    if (!placeholder) {
      numbered += c;
      continue;
    }
    numbered += '$';
    numbered += std::to_string(next_number++);
    while (i + 1 < sql.size() && is_identifier_char(sql[i + 1])) ++i;
  }
  return numbered;
}

NativeRows::NativeRows(Result result, std::string_view sql)
    : result_(std::move(result)), sql_(sql), rows_(PQntuples(result_.get())) {}

void NativeRows::expect_columns(int count) const {
  if (PQnfields(result_.get()) != count) {
    malformed(0, "the query returned " + std::to_string(PQnfields(result_.get())) +
                     " columns where " + std::to_string(count) + " were expected");
  }
}

void NativeRows::malformed(int column, std::string_view why) const {
  const char* name = PQfname(result_.get(), column);
  throw Error(Errc::storage, ErrorDomain::storage,
              "column " + std::string(name != nullptr ? name : "?") + " of '" +
                  std::string(sql_.substr(0, 72)) + "': " + std::string(why));
}

const char* NativeRows::not_null(int row, int column) const {
  if (PQgetisnull(result_.get(), row, column) != 0) malformed(column, "unexpected NULL");
  return PQgetvalue(result_.get(), row, column);
}

void NativeRows::read(int row, int column, std::string& out) const {
  const Oid type = PQftype(result_.get(), column);
  if (type != kTextOid && type != kVarcharOid && type != kBpcharOid && type != kNameOid) {
    malformed(column, "type " + std::to_string(type) + " read as text");
  }
  const char* value = not_null(row, column);
  out.assign(value, static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}

long long NativeRows::integer(int row, int column) const {
  const Oid type = PQftype(result_.get(), column);
  const int expected_size = type == kInt2Oid ? 2 : type == kInt4Oid ? 4 : type == kInt8Oid ? 8 : 0;
  if (expected_size == 0) malformed(column, "type " + std::to_string(type) + " read as integer");
  const char* value = not_null(row, column);
  if (PQgetlength(result_.get(), row, column) != expected_size) {
    malformed(column,
              "integer of " + std::to_string(PQgetlength(result_.get(), row, column)) + " bytes");
  }
  return big_endian(value, expected_size);
}

void NativeRows::read(int row, int column, int& out) const {
  const long long value = integer(row, column);
  if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
    malformed(column, "value " + std::to_string(value) + " does not fit an int");
  }
  out = static_cast<int>(value);
}

void NativeRows::read(int row, int column, long long& out) const {
  out = integer(row, column);
}

NativeRows native_query(Connection& connection, const std::string& sql,
                        std::span<const NativeParameter> parameters) {
  connection.before_statement(sql);
  try {
    PGconn* native =
        static_cast<soci::postgresql_session_backend*>(connection.session().get_backend())->conn_;
    StatementCache& statements = connection.statements();
    const std::string* prepared = statements.native_name(sql);
    const std::string name = prepared != nullptr ? *prepared : statements.next_native_name();
    const std::string begin = connection.deferred_begin();
    connection.begin_sent();

    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const NativeParameter& parameter : parameters) {
      values.push_back(parameter ? parameter->c_str() : nullptr);
    }
    const int count = static_cast<int>(values.size());

    Pipeline pipeline(native);
    if (!begin.empty()) {
      pipeline.queue(
          PQsendQueryParams(native, begin.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0));
    }
    if (prepared == nullptr) {
      const std::string numbered = numbered_placeholders(sql);
      pipeline.queue(PQsendPrepare(native, name.c_str(), numbered.c_str(), count, nullptr));
    }
    pipeline.queue(PQsendQueryPrepared(native, name.c_str(), count, values.data(), nullptr, nullptr,
                                       kBinaryResults));
    std::vector<NativeRows::Result> results = pipeline.run();
    // A statement prepared before the query failed stays prepared (a prepared statement
    // outlives a rollback).
    if (prepared == nullptr) {
      const NativeRows::Result& preparation = results[results.size() - 2];
      if (preparation && PQresultStatus(preparation.get()) == PGRES_COMMAND_OK) {
        statements.remember_native(sql, name);
      }
    }
    for (const NativeRows::Result& result : results) pipeline.check(result);
    return NativeRows(std::move(results.back()), sql);
  } catch (...) {
    connection.mark_failed();
    translate_error(Dialect::postgresql, sql);
  }
}

}  // namespace ejournal::storage::soci_backend
