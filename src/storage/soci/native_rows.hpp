// PostgreSQL queries read through libpq directly, with binary results.
//
// SOCI converts a result value by value through its bindings, which costs more client time than
// the server spends on a course's term page (thousands of grades). On PostgreSQL, query_rows
// (table_rows.hpp) runs its query here instead: prepared once per session under a name of our
// own, its values bound as text parameters, its rows returned in binary (an INTEGER as four
// bytes, a TEXT as its bytes) and copied straight into the row struct. A unit's deferred BEGIN
// (Connection::defer_begin) goes out in the same round trip as the query, through libpq's
// pipeline mode.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <soci/postgresql/soci-postgresql.h>

#include "connection.hpp"

namespace ejournal::storage::soci_backend {

/// A query parameter as PostgreSQL's text format; nullopt for NULL.
using NativeParameter = std::optional<std::string>;

/// `sql` with SOCI's `:name` placeholders numbered `$1`, `$2`, … by occurrence, as SOCI's
/// PostgreSQL backend numbers them (`::` casts and quoted text are left alone).
std::string numbered_placeholders(std::string_view sql);

/// The text parameter for a value bound with soci::use (a string or an integer, optionally
/// with an indicator): the same values the SOCI path would bind.
template <class T>
NativeParameter native_parameter(
    const soci::details::use_container<T, soci::details::no_indicator>& use) {
  using Value = std::remove_cv_t<T>;
  if constexpr (std::is_same_v<Value, std::string>) {
    return use.t;
  } else {
    static_assert(std::is_integral_v<Value>, "a native parameter is a string or an integer");
    return std::to_string(use.t);
  }
}
template <class T>
NativeParameter native_parameter(const soci::details::use_container<T, soci::indicator>& use) {
  if (use.ind == soci::i_null) return std::nullopt;
  return native_parameter(
      soci::details::use_container<T, soci::details::no_indicator>(use.t, use.name));
}

/// The rows of one query in binary format. Each read checks the column's type against the field
/// it fills (text into std::string, SMALLINT, INTEGER or BIGINT into an integer), so a schema
/// that drifted from the code is Error(storage) rather than misread bytes.
class NativeRows {
 public:
  struct ResultDeleter {
    void operator()(PGresult* result) const noexcept { PQclear(result); }
  };
  using Result = std::unique_ptr<PGresult, ResultDeleter>;

  NativeRows(Result result, std::string_view sql);

  [[nodiscard]] int size() const noexcept { return rows_; }

  /// Reads column `column` of row `row` into `out`; Error(storage) for a NULL in a column the
  /// struct does not allow to be NULL, or a value of the wrong type or size.
  void read(int row, int column, std::string& out) const;
  void read(int row, int column, int& out) const;
  void read(int row, int column, long long& out) const;
  template <class T>
  void read(int row, int column, Nullable<T>& out) const {
    if (PQgetisnull(result_.get(), row, column) != 0) {
      out.indicator = soci::i_null;
      return;
    }
    read(row, column, out.value);
    out.indicator = soci::i_ok;
  }

  /// Error(storage) unless the result has `count` columns (the row struct's).
  void expect_columns(int count) const;

 private:
  [[noreturn]] void malformed(int column, std::string_view why) const;
  long long integer(int row, int column) const;
  const char* not_null(int row, int column) const;

  Result result_;
  std::string sql_;
  int rows_ = 0;
};

/// Runs `sql` (SOCI placeholders, numbered here) with `parameters` on `connection`'s PostgreSQL
/// session as one statement for the before_statement hook, sending the unit's deferred BEGIN and
/// the statement's preparation (once per session) in the same round trip. On failure the unit
/// is marked failed and the error translated (translate_error).
NativeRows native_query(Connection& connection, const std::string& sql,
                        std::span<const NativeParameter> parameters);

}  // namespace ejournal::storage::soci_backend
