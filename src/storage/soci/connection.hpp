// The SOCI backend's internal API: one database connection inside one unit of work, the path
// every statement takes, and the conversions between model values and column values.
//
// How the backend is put together (soci-a writes the framework and the structure repositories,
// soci-b the journal and records repositories, both against this header):
// - SociStore (soci_store.cpp) keeps a pool of soci::session objects, set up per dialect.
// - SociUnitOfWork (unit_of_work.hpp) leases one session, wraps it in a Connection, begins the
//   transaction and holds one repository of each kind, each constructed as
//   `explicit X(Connection&)`. The journal ones are declared by soci-b in
//   journal_repositories.hpp: SociLessonRepository, SociGradeRepository,
//   SociAttendanceRepository, SociCommentRepository, SociInvitationRepository,
//   SociAuditRepository, SociNotificationRepository.
// - Every statement goes through Connection: execute() / statement(). They refuse to run once
//   the unit is spent (and refuse writes in a read unit), call StoreOptions::before_statement
//   with the SQL first, reuse the session's prepared statements (StatementCache), and turn soci
//   errors into ejournal::Error (see translate_error). Never call soci::session
//   directly for a statement of a unit: the fault-injection tests count on the hook. On
//   PostgreSQL, query_rows (table_rows.hpp) reads through native_query (native_rows.hpp), which
//   keeps the same rules but reads the rows through libpq in binary.
// - Values are always bound (soci::use), never spliced into SQL text. Column conventions:
//   ids as canonical TEXT uuids, dates as ISO 'YYYY-MM-DD' TEXT, instants as BIGINT µs since
//   the epoch (UTC), Rational as two BIGINT columns (num, den), enums as small INTEGER codes,
//   std::optional as NULL (through Nullable below), booleans as INTEGER 0/1.
// - Schema DDL is contributed per migration in schema.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <soci/soci.h>

#include "ejournal/error.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/open.hpp"
#include "ejournal/storage/repositories.hpp"
#include "ejournal/storage/store.hpp"
#include "soci_store.hpp"
#include "statement_cache.hpp"

namespace ejournal::storage::soci_backend {

/// Turns the exception being handled (call it in a catch block), which escaped SOCI or the
/// database, into ejournal::Error about `what` (the SQL, whose opening words the message quotes,
/// or a short description of the operation): a unique violation → exists, a
/// foreign-key violation → not_found, a NOT NULL or CHECK violation → invalid, a PostgreSQL
/// serialization failure or deadlock → conflict, anything else (a busy SQLite lock after the
/// timeout included) → storage. The message quotes the database's text but never a connection
/// string, so a password cannot leak. An Error passes through unchanged.
[[noreturn]] void translate_error(Dialect dialect, std::string_view what);

/// A statement of a Connection, prepared once per session (StatementCache) and given back to
/// the cache when destroyed unless it failed. Each execute() is one statement for the
/// before_statement hook, so a statement reused per row of a bulk write counts once per row.
class Statement {
 public:
  Statement(Statement&& other) noexcept
      : connection_(std::exchange(other.connection_, nullptr)),
        sql_(std::move(other.sql_)),
        statement_(other.statement_),
        reusable_(other.reusable_) {}
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  /// Runs the statement with the values bound now; true when a first row was fetched into the
  /// `into` bindings (for a query).
  bool execute();
  /// The next row of a query into the `into` bindings; false after the last.
  bool fetch();
  /// Rows changed by the last execute() of an INSERT, UPDATE or DELETE.
  [[nodiscard]] long long affected_rows();

 private:
  friend class Connection;
  Statement(class Connection& connection, std::string sql, soci::statement statement)
      : connection_(&connection), sql_(std::move(sql)), statement_(std::move(statement)) {}
  [[noreturn]] void fail();

  class Connection* connection_;  // null once moved from
  std::string sql_;
  soci::statement statement_;
  bool reusable_ = true;  // false once it failed: it may be mid-way through its work
};

/// One session leased for one unit of work, with its dialect, hook and access. Not
/// thread-safe: it belongs to the unit, which belongs to one thread.
class Connection {
 public:
  Connection(soci::session& session, StatementCache& statements, Dialect dialect,
             const StoreOptions& options, Access access)
      : session_(session),
        statements_(statements),
        dialect_(dialect),
        options_(options),
        access_(access) {}
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  [[nodiscard]] Dialect dialect() const noexcept { return dialect_; }
  /// The underlying session, for what the wrappers do not cover (a PostgreSQL COPY through the
  /// native PGconn, for one). Call before_statement() yourself before using it.
  [[nodiscard]] soci::session& session() noexcept { return session_; }

  /// Throws Error(conflict) once the unit is spent or failed, and Error(invalid) for a write
  /// (INSERT, UPDATE, DELETE, COPY) in a unit begun for reading; then calls
  /// StoreOptions::before_statement with `sql`. A throw of the hook fails the unit and becomes
  /// Error(storage) (an Error thrown by the hook passes through).
  void before_statement(std::string_view sql);

  /// Runs `sql` once with `bindings` (soci::use / soci::into, at most one row fetched); true when
  /// a row was fetched. Errors are translated (translate_error) with `sql` as the operation.
  template <class... Bindings>
  bool execute(const std::string& sql, Bindings&&... bindings) {
    Statement prepared = statement(sql, std::forward<Bindings>(bindings)...);
    return prepared.execute();
  }

  /// Runs an UPDATE or DELETE once and returns how many rows it changed.
  template <class... Bindings>
  long long execute_counted(const std::string& sql, Bindings&&... bindings) {
    Statement prepared = statement(sql, std::forward<Bindings>(bindings)...);
    prepared.execute();
    return prepared.affected_rows();
  }

  /// `sql` with `bindings` bound, to execute() once and then fetch() every row (a list query),
  /// or to execute() many times with the bound variables refilled before each (a bulk write's
  /// per-row INSERT). The bound variables must outlive it.
  template <class... Bindings>
  Statement statement(const std::string& sql, Bindings&&... bindings) {
    ensure_active();
    try {
      Statement prepared(*this, sql, statements_.take(sql));
      try {
        (prepared.statement_.exchange(std::forward<Bindings>(bindings)), ...);
        prepared.statement_.define_and_bind();
      } catch (...) {
        prepared.reusable_ = false;  // half-bound
        throw;
      }
      return prepared;
    } catch (...) {
      mark_failed();
      translate_error(dialect_, sql);
    }
  }

  /// Holds the transaction's BEGIN (`sql`) back until the unit's first statement, which sends
  /// it first. For PostgreSQL, whose snapshot is taken at the first query anyway: a native
  /// query (native_rows.hpp) sends both in one round trip, and a unit that runs no statement
  /// costs none.
  void defer_begin(std::string sql) { deferred_begin_ = std::move(sql); }
  /// The deferred BEGIN not sent yet; empty once sent or when none was deferred.
  [[nodiscard]] const std::string& deferred_begin() const noexcept { return deferred_begin_; }
  /// Records that the deferred BEGIN was sent, whatever came of it (a rollback follows a
  /// failure).
  void begin_sent() noexcept { deferred_begin_.clear(); }
  /// Sends the deferred BEGIN, if any, through the statement cache. On failure the unit is
  /// marked failed and the error translated.
  void send_deferred_begin();
  /// The statements prepared on this session.
  [[nodiscard]] StatementCache& statements() noexcept { return statements_; }

  /// Marks the unit spent (committed or rolled back): every later statement throws
  /// Error(conflict).
  void mark_spent() noexcept { spent_ = true; }
  /// Marks the unit failed: a statement or the hook failed, so on PostgreSQL the transaction is
  /// aborted and on SQLite it may hold part of an operation. Every later statement, commit
  /// included, throws Error(conflict); the unit can only be rolled back.
  void mark_failed() noexcept { failed_ = true; }
  [[nodiscard]] bool spent() const noexcept { return spent_; }

  /// Error(conflict) when the unit is spent or failed.
  void ensure_active() const;

 private:
  friend class Statement;

  soci::session& session_;
  StatementCache& statements_;
  Dialect dialect_;
  const StoreOptions& options_;
  Access access_;
  std::string deferred_begin_;
  bool spent_ = false;
  bool failed_ = false;
};

/// The outcome of a version-checked `UPDATE … WHERE [institution_id = … AND] id = … AND
/// version = expected_version` that changed `changed` rows: the new version (expected + 1)
/// when it changed one; otherwise Error(not_found) when `table` has no row with the key, or
/// Error(conflict) when the stored version differs. `what` names the record ("grade 1b4e…");
/// `institution_id` is empty for the platform's unscoped tables.
std::int64_t finish_versioned_update(Connection& connection, long long changed,
                                     std::int64_t expected_version, std::string_view table,
                                     const std::string& institution_id, const std::string& id,
                                     std::string_view what);

/// Rows a bulk write handles between two calls of its progress callback.
inline constexpr std::size_t kProgressBatch = 1000;

/// Calls `progress` (when set) with (done, total) if a batch just ended or the last row was
/// written.
void report_progress(const Progress& progress, std::size_t done, std::size_t total);

/// A value that may be NULL in a column: bind `value` and `indicator` together with
/// soci::use(n.value, n.indicator) or soci::into(n.value, n.indicator).
template <class T>
struct Nullable {
  T value{};
  soci::indicator indicator = soci::i_null;
};

/// An optional as a bindable nullable column value.
template <class T>
Nullable<T> nullable(const std::optional<T>& optional) {
  if (!optional) return {};
  return {*optional, soci::i_ok};
}

/// The optional a nullable column value read back stands for.
template <class T>
std::optional<T> optional_of(const Nullable<T>& column) {
  if (column.indicator != soci::i_ok) return std::nullopt;
  return column.value;
}

/// A TEXT column where the empty string is stored as NULL (so that UNIQUE ignores it).
inline Nullable<std::string> text_or_null(const std::string& text) {
  if (text.empty()) return {};
  return {text, soci::i_ok};
}

/// A TEXT column read back, NULL as the empty string.
inline std::string text_or_empty(const Nullable<std::string>& column) {
  return column.indicator == soci::i_ok ? column.value : std::string();
}

/// Runs a query whose `into` bindings fill one row, calling `take()` after each row arrives.
template <class Take>
void for_each_row(Statement& statement, Take&& take) {
  if (!statement.execute()) return;
  do {
    take();
  } while (statement.fetch());
}

/// An id as its column value (canonical TEXT).
template <class Tag>
std::string id_text(const model::Id<Tag>& id) {
  return id.str();
}

/// A UUID read back from its column; a malformed value is a corrupt database → Error(storage).
boost::uuids::uuid uuid_from_text(const std::string& text);

/// An id of kind `Tag` read back from its column (Error(storage) when malformed).
template <class Tag>
model::Id<Tag> id_from_text(const std::string& text) {
  return model::Id<Tag>{uuid_from_text(text)};
}

/// An id type (model::PersonId …) read back from its column (Error(storage) when malformed).
template <class IdType>
IdType parse_id(const std::string& text) {
  return IdType{uuid_from_text(text)};
}

/// An optional id as a nullable TEXT column value.
template <class Tag>
Nullable<std::string> nullable_id(const std::optional<model::Id<Tag>>& id) {
  if (!id) return {};
  return {id->str(), soci::i_ok};
}

/// A nullable TEXT id column read back.
template <class Tag>
std::optional<model::Id<Tag>> optional_id(const Nullable<std::string>& column) {
  if (column.indicator != soci::i_ok) return std::nullopt;
  return id_from_text<Tag>(column.value);
}

/// A date as its column value, "YYYY-MM-DD" (which sorts as the dates do).
std::string date_text(model::Date date);
/// A date read back from its column (Error(storage) when malformed).
model::Date date_from_text(const std::string& text);
/// An optional date as a nullable TEXT column value.
Nullable<std::string> nullable_date(const std::optional<model::Date>& date);
/// A nullable date column read back.
std::optional<model::Date> optional_date(const Nullable<std::string>& column);

/// An instant as its column value: microseconds since 1970-01-01T00:00:00Z.
long long instant_micros(model::Instant instant) noexcept;
/// An instant read back from its column.
model::Instant instant_from_micros(long long micros) noexcept;
/// An optional instant as a nullable BIGINT column value.
Nullable<long long> nullable_instant(const std::optional<model::Instant>& instant);
/// A nullable instant column read back.
std::optional<model::Instant> optional_instant(const Nullable<long long>& column);

/// A rational as its two BIGINT columns; Error(range) when a part does not fit 64 bits.
struct RationalColumns {
  long long numerator = 0;
  long long denominator = 1;
};
RationalColumns rational_columns(const grading::Rational& value);
/// A rational read back from its columns (Error(storage) for a zero denominator).
grading::Rational rational_from_columns(long long numerator, long long denominator);

/// An enum as its INTEGER column value (the enumerator's declared number).
template <class Enum>
int enum_code(Enum value) noexcept {
  return static_cast<int>(value);
}

/// An enum read back from its column; a code outside [first, last] is a corrupt database →
/// Error(storage) naming `what`.
template <class Enum>
Enum enum_from_code(int code, Enum first, Enum last, std::string_view what) {
  if (code < static_cast<int>(first) || code > static_cast<int>(last)) {
    throw Error(
        Errc::storage, ErrorDomain::storage,
        "stored " + std::string(what) + " code " + std::to_string(code) + " is not a known value");
  }
  return static_cast<Enum>(code);
}

}  // namespace ejournal::storage::soci_backend
