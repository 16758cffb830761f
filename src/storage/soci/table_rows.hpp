// How the journal repositories move a record through SQL: each table has a row struct of column
// values (connection.hpp's conventions) whose `columns(row)` ties them in the order of the
// table's column list; the statements here are generated from that list, so a column is named
// once and every value is bound, never spliced into the SQL text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "connection.hpp"
#include "native_rows.hpp"

namespace ejournal::storage::soci_backend {

/// A table of the journal: its name and its columns in the order of its row struct's
/// `columns()`. The last two columns are always institution_id and id, the primary key.
struct Table {
  std::string_view name;
  std::span<const std::string_view> columns;
};

/// "SELECT <columns> FROM <table>", to be followed by a WHERE clause.
std::string select_sql(const Table& table);
/// "SELECT <alias>.<column>, …", for a query that joins other tables.
std::string select_columns(const Table& table, std::string_view alias);
/// "INSERT INTO <table> (<columns>) VALUES (:<column>, …)".
std::string insert_sql(const Table& table);
/// "UPDATE <table> SET <column> = :<column>, … WHERE institution_id = :institution_id AND
/// id = :id AND version = :expected_version": every column but the key is written, and the
/// row's version must still be the one the caller read.
std::string update_sql(const Table& table);

/// The name of a binding by position. soci::use keeps a reference to its name, so a binding
/// made in one function and used in another needs a name that outlives both.
inline const std::string& positional() {
  static const std::string none;
  return none;
}

/// A column value bound as input: a nullable one with its indicator.
template <class T>
auto use_column(T& value) {
  return soci::use(value, positional());
}
template <class T>
auto use_column(Nullable<T>& column) {
  return soci::use(column.value, column.indicator, positional());
}

/// A column value bound as output: a nullable one with its indicator.
template <class T>
auto into_column(T& value) {
  return soci::into(value);
}
template <class T>
auto into_column(Nullable<T>& column) {
  return soci::into(column.value, column.indicator);
}

/// Inserts `row` with `sql` (insert_sql of its table).
template <class Row>
void insert_row(Connection& connection, const std::string& sql, Row& row) {
  std::apply([&](auto&... column) { connection.execute(sql, use_column(column)...); },
             columns(row));
}

/// Writes `row` with `sql` (update_sql of its table) where its stored version is
/// `expected_version`; returns the rows changed (0 or 1).
template <class Row>
long long update_row(Connection& connection, const std::string& sql, Row& row,
                     std::int64_t expected_version) {
  long long expected = expected_version;
  return std::apply(
      [&](auto&... column) {
        return connection.execute_counted(sql, use_column(column)..., soci::use(expected));
      },
      columns(row));
}

/// Runs `sql`, a select_sql of Row's table followed by a WHERE clause whose placeholders
/// `filters` (soci::use bindings) fill, and calls `emit(row)` for each row in turn. On
/// PostgreSQL the rows are read through libpq in binary (native_rows.hpp); elsewhere through
/// SOCI's bindings.
template <class Row, class Emit, class... Filters>
void query_rows(Connection& connection, const std::string& sql, Emit&& emit, Filters&&... filters) {
  Row row;
  if (connection.dialect() == Dialect::postgresql) {
    const std::array<NativeParameter, sizeof...(Filters)> parameters{native_parameter(filters)...};
    const NativeRows rows = native_query(connection, sql, parameters);
    std::apply(
        [&](auto&... column) {
          rows.expect_columns(static_cast<int>(sizeof...(column)));
          for (int index = 0; index < rows.size(); ++index) {
            int next_column = 0;
            (rows.read(index, next_column++, column), ...);
            emit(row);
          }
        },
        columns(row));
    return;
  }
  std::apply(
      [&](auto&... column) {
        Statement statement =
            connection.statement(sql, into_column(column)..., std::forward<Filters>(filters)...);
        for (bool fetched = statement.execute(); fetched; fetched = statement.fetch()) emit(row);
      },
      columns(row));
}

/// "ORDER BY <columns>" for ASCII text columns of fixed shape (ids, "YYYY-MM-DD" days), compared
/// byte by byte on every backend. PostgreSQL would otherwise compare them through the database's
/// locale: the same order for such text, but several times the cost when a course's term page
/// sorts thousands of grades. SQLite compares bytes already.
std::string byte_order_by(Dialect dialect, std::span<const std::string_view> columns);

/// The inclusive bounds of a day column for `days`: an open side becomes a bound every stored
/// "YYYY-MM-DD" passes, so one query shape serves every range.
std::string first_day_bound(const DayRange& days);
std::string last_day_bound(const DayRange& days);

}  // namespace ejournal::storage::soci_backend
