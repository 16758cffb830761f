// The statements prepared on one session, kept for the units of work that lease it later.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include <soci/soci.h>

#include "soci_store.hpp"

namespace ejournal::storage::soci_backend {

/// Prepared statements of one session by SQL text. Parsing and planning a statement costs more
/// than running most of ours (a student's week is twenty-odd statements), so each is prepared
/// once per session — server-side on PostgreSQL — and lent to whichever unit runs it next.
///
/// A statement is lent to one user at a time: a second user of the same SQL while the first
/// still holds it gets a statement prepared for it alone, which is kept only if the first is
/// not back by then. Not thread-safe: it belongs to the session, which one unit holds at a time.
class StatementCache {
 public:
  /// Distinct statements kept per session. Our SQL is a fixed set (a few hundred texts at most,
  /// filters included); the bound only guards against a caller that would make it unbounded.
  static constexpr std::size_t kCapacity = 512;

  StatementCache(soci::session& session, Dialect dialect) : session_(session), dialect_(dialect) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  /// A prepared statement for `sql` with nothing bound: the idle one kept for it, or a new one.
  /// SOCI's errors (a syntax error, a lost connection) pass through.
  [[nodiscard]] soci::statement take(const std::string& sql);

  /// Takes `statement` back once its user is done with it without a failure: its bindings are
  /// dropped (they point at the user's variables) and a SQLite statement is reset, so that it
  /// holds no read snapshot between units.
  void give_back(const std::string& sql, soci::statement& statement) noexcept;

  /// Runs `sql`, a statement without values or results (BEGIN, COMMIT, ROLLBACK), through the
  /// cache. SOCI's errors pass through; a statement that failed is not kept.
  void run(const std::string& sql);

  /// The server-side name under which a native query (native_rows.hpp) prepared `sql` on this
  /// session, or null when it has not.
  [[nodiscard]] const std::string* native_name(const std::string& sql) const;
  /// A name to prepare `sql` under natively: a new one, or "" (PostgreSQL's unnamed statement,
  /// replaced by every preparation) once kCapacity statements are named.
  [[nodiscard]] std::string next_native_name() const;
  /// Records that the server accepted `sql` prepared as `name` (ignored for "").
  void remember_native(const std::string& sql, const std::string& name);

  /// The statements kept now.
  [[nodiscard]] std::size_t size() const noexcept { return idle_.size(); }

 private:
  soci::session& session_;
  Dialect dialect_;
  std::unordered_map<std::string, soci::statement> idle_;
  std::unordered_map<std::string, std::string> native_names_;
};

}  // namespace ejournal::storage::soci_backend
