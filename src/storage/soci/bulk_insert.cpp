#include "bulk_insert.hpp"

#include <charconv>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace ejournal::storage::soci_backend {

namespace {

// SQLite result codes (sqlite3.h; the soci header wraps it in a namespace, macros and all).
constexpr int kSqliteOk = 0;
constexpr int kSqliteDone = 101;

// PostgreSQL's SQLSTATE for a lost or broken connection, for failures libpq reports without one.
constexpr const char* kConnectionFailure = "08006";

// A COPY's text goes to the server in chunks of about this many bytes.
constexpr std::size_t kCopyChunkBytes = std::size_t{1} << 18;

std::string column_list(const Table& table) {
  std::string out;
  for (const auto name : table.columns) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace

class BulkInsert::Writer {
 public:
  virtual ~Writer() = default;
  /// The statement one batch runs, as before_statement and error messages show it.
  [[nodiscard]] virtual const std::string& sql() const noexcept = 0;
  virtual void begin_batch() = 0;
  virtual void put_text(const std::string& text) = 0;
  virtual void put_number(long long number) = 0;
  virtual void put_null() = 0;
  virtual void end_row() = 0;
  virtual void end_batch() = 0;
  /// Leaves the connection ready to roll back after a failure in the middle of a batch.
  virtual void abandon() noexcept = 0;
};

namespace {

namespace sqlite = ::sqlite_api;

// One INSERT prepared once and stepped per row; values are bound in place, since each row's
// columns live until the row is stepped.
class SqliteWriter final : public BulkInsert::Writer {
 public:
  SqliteWriter(soci::session& session, const Table& table)
      : database_(static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_),
        sql_(insert_sql(table)) {}
  ~SqliteWriter() override { sqlite::sqlite3_finalize(statement_); }
  SqliteWriter(const SqliteWriter&) = delete;
  SqliteWriter& operator=(const SqliteWriter&) = delete;

  [[nodiscard]] const std::string& sql() const noexcept override { return sql_; }

  void begin_batch() override {
    if (statement_ != nullptr) return;
    check(sqlite::sqlite3_prepare_v2(database_, sql_.c_str(), static_cast<int>(sql_.size()),
                                     &statement_, nullptr));
  }

  void put_text(const std::string& text) override {
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      throw Error(Errc::invalid, ErrorDomain::storage, "a text value is too long to store");
    }
    check(sqlite::sqlite3_bind_text(statement_, ++column_, text.data(),
                                    static_cast<int>(text.size()), nullptr));
  }

  void put_number(long long number) override {
    check(sqlite::sqlite3_bind_int64(statement_, ++column_, number));
  }

  void put_null() override { check(sqlite::sqlite3_bind_null(statement_, ++column_)); }

  void end_row() override {
    column_ = 0;
    const int stepped = sqlite::sqlite3_step(statement_);
    if (stepped != kSqliteDone) {
      const int code = sqlite::sqlite3_extended_errcode(database_);
      std::string message = sqlite::sqlite3_errmsg(database_);
      sqlite::sqlite3_reset(statement_);
      throw soci::sqlite3_soci_error(message, code);
    }
    sqlite::sqlite3_reset(statement_);
  }

  void end_batch() override {}
  void abandon() noexcept override {
    if (statement_ != nullptr) sqlite::sqlite3_reset(statement_);
  }

 private:
  void check(int result) const {
    if (result != kSqliteOk) {
      throw soci::sqlite3_soci_error(sqlite::sqlite3_errmsg(database_),
                                     sqlite::sqlite3_extended_errcode(database_));
    }
  }

  sqlite::sqlite3* database_;
  std::string sql_;
  sqlite::sqlite3_stmt* statement_ = nullptr;
  int column_ = 0;
};

struct ResultDeleter {
  void operator()(PGresult* result) const noexcept { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// COPY … FROM STDIN in text format: columns separated by tabs, rows by newlines, NULL as \N,
// and a backslash, tab, newline or carriage return inside a value escaped with a backslash.
class PostgresqlWriter final : public BulkInsert::Writer {
 public:
  PostgresqlWriter(soci::session& session, const Table& table)
      : connection_(static_cast<soci::postgresql_session_backend*>(session.get_backend())->conn_),
        sql_("COPY " + std::string(table.name) + " (" + column_list(table) + ") FROM STDIN") {
    buffer_.reserve(kCopyChunkBytes + kCopyChunkBytes / 4);
  }

  [[nodiscard]] const std::string& sql() const noexcept override { return sql_; }

  void begin_batch() override {
    const Result started(PQexec(connection_, sql_.c_str()));
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) fail(started.get());
    copying_ = true;
  }

  void put_text(const std::string& text) override {
    separate();
    for (const char c : text) {
      switch (c) {
        case '\\': buffer_ += "\\\\"; break;
        case '\t': buffer_ += "\\t"; break;
        case '\n': buffer_ += "\\n"; break;
        case '\r': buffer_ += "\\r"; break;
        default: buffer_ += c;
      }
    }
  }

  void put_number(long long number) override {
    separate();
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    buffer_.append(digits, written.ptr);
  }

  void put_null() override {
    separate();
    buffer_ += "\\N";
  }

  void end_row() override {
    buffer_ += '\n';
    row_started_ = false;
    if (buffer_.size() >= kCopyChunkBytes) send();
  }

  void end_batch() override {
    send();
    copying_ = false;
    if (PQputCopyEnd(connection_, nullptr) != 1) fail(nullptr);
    finish_results();
  }

  void abandon() noexcept override {
    buffer_.clear();
    row_started_ = false;
    if (!copying_) return;
    copying_ = false;
    // The server answers the end with an error, which aborts the transaction; the unit's
    // rollback then finds the connection idle again.
    if (PQputCopyEnd(connection_, "bulk write abandoned") == 1) {
      while (const Result result{PQgetResult(connection_)}) {
      }
    }
  }

 private:
  void separate() {
    if (row_started_) buffer_ += '\t';
    row_started_ = true;
  }

  void send() {
    if (buffer_.empty()) return;
    if (PQputCopyData(connection_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
      fail(nullptr);
    }
    buffer_.clear();
  }

  // Collects the outcome of the COPY; the first error wins.
  void finish_results() {
    std::string message;
    std::string state;
    while (const Result result{PQgetResult(connection_)}) {
      if (PQresultStatus(result.get()) == PGRES_COMMAND_OK || !state.empty()) continue;
      message = PQresultErrorMessage(result.get());
      const char* code = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
      state = code != nullptr ? code : kConnectionFailure;
    }
    if (!state.empty()) throw soci::postgresql_soci_error(message, state.c_str());
  }

  [[noreturn]] void fail(const PGresult* result) const {
    const char* code = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    throw soci::postgresql_soci_error(PQerrorMessage(connection_),
                                      code != nullptr ? code : kConnectionFailure);
  }

  PGconn* connection_;
  std::string sql_;
  std::string buffer_;
  bool row_started_ = false;
  bool copying_ = false;
};

std::unique_ptr<BulkInsert::Writer> make_writer(Connection& connection, const Table& table) {
  if (connection.dialect() == Dialect::sqlite) {
    return std::make_unique<SqliteWriter>(connection.session(), table);
  }
  return std::make_unique<PostgresqlWriter>(connection.session(), table);
}

}  // namespace

BulkInsert::BulkInsert(Connection& connection, const Table& table, std::size_t total,
                       const Progress& progress)
    : connection_(connection),
      writer_(make_writer(connection, table)),
      total_(total),
      progress_(progress) {}

BulkInsert::~BulkInsert() {
  writer_->abandon();
}

template <class Step>
void BulkInsert::guarded(Step&& step) {
  try {
    std::forward<Step>(step)();
  } catch (...) {
    writer_->abandon();
    translate_error(connection_.dialect(), writer_->sql());
  }
}

void BulkInsert::open_batch() {
  if (batch_open_) return;
  connection_.before_statement(writer_->sql());
  connection_.send_deferred_begin();
  guarded([&] { writer_->begin_batch(); });
  batch_open_ = true;
}

void BulkInsert::put(const std::string& text) {
  open_batch();
  guarded([&] { writer_->put_text(text); });
}

void BulkInsert::put(long long number) {
  open_batch();
  guarded([&] { writer_->put_number(number); });
}

void BulkInsert::put_null() {
  open_batch();
  guarded([&] { writer_->put_null(); });
}

void BulkInsert::end_row() {
  guarded([&] { writer_->end_row(); });
  ++done_;
  if (++in_batch_ == kBulkBatchRows) end_batch();
}

void BulkInsert::finish() {
  if (in_batch_ > 0) end_batch();
}

void BulkInsert::end_batch() {
  batch_open_ = false;
  in_batch_ = 0;
  guarded([&] { writer_->end_batch(); });
  if (progress_) progress_(done_, total_);
}

}  // namespace ejournal::storage::soci_backend
