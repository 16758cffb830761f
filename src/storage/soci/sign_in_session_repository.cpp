// Sign-in sessions: the token is stored only as its hash.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "accounts_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kSessionColumns[] = {"account_id",   "token_hash",     "created_at",
                                                "last_seen_at", "expires_at",     "revoked_at",
                                                "version",      "institution_id", "id"};
constexpr Table kSessions{"sign_in_sessions", kSessionColumns};

struct SessionRow {
  std::string account_id;
  std::string token_hash;
  long long created_at = 0;
  long long last_seen_at = 0;
  long long expires_at = 0;
  Nullable<long long> revoked_at;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(SessionRow& row) {
  return std::tie(row.account_id, row.token_hash, row.created_at, row.last_seen_at, row.expires_at,
                  row.revoked_at, row.version, row.institution_id, row.id);
}

SessionRow to_row(const model::SignInSession& session, std::int64_t version) {
  SessionRow row;
  row.account_id = id_text(session.account_id);
  row.token_hash = session.token_hash;
  row.created_at = instant_micros(session.created_at);
  row.last_seen_at = instant_micros(session.last_seen_at);
  row.expires_at = instant_micros(session.expires_at);
  row.revoked_at = nullable_instant(session.revoked_at);
  row.version = version;
  row.institution_id = id_text(session.institution_id);
  row.id = id_text(session.id);
  return row;
}

model::SignInSession from_row(const SessionRow& row) {
  model::SignInSession session;
  session.id = parse_id<model::SessionId>(row.id);
  session.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  session.account_id = parse_id<model::AccountId>(row.account_id);
  session.token_hash = row.token_hash;
  session.created_at = instant_from_micros(row.created_at);
  session.last_seen_at = instant_from_micros(row.last_seen_at);
  session.expires_at = instant_from_micros(row.expires_at);
  session.revoked_at = optional_instant(row.revoked_at);
  session.version = row.version;
  return session;
}

}  // namespace

void SociSignInSessionRepository::insert(const model::SignInSession& session) {
  static const std::string sql = insert_sql(kSessions);
  SessionRow row = to_row(session, 1);
  insert_row(connection_, sql, row);
}

std::optional<model::SignInSession> SociSignInSessionRepository::find_by_token_hash(
    std::string_view token_hash) {
  static const std::string sql = select_sql(kSessions) + " WHERE token_hash = :token_hash";
  const std::string hash(token_hash);
  std::optional<model::SignInSession> found;
  query_rows<SessionRow>(
      connection_, sql, [&](const SessionRow& row) { found = from_row(row); }, soci::use(hash));
  return found;
}

std::int64_t SociSignInSessionRepository::update(const model::SignInSession& session) {
  static const std::string sql = update_sql(kSessions);
  SessionRow row = to_row(session, session.version + 1);
  const long long changed = update_row(connection_, sql, row, session.version);
  return finish_versioned_update(connection_, changed, session.version, kSessions.name,
                                 row.institution_id, row.id, "sign-in session " + row.id);
}

std::size_t SociSignInSessionRepository::revoke_all(model::InstitutionId institution,
                                                    model::AccountId account, model::Instant at) {
  // The version moves on as in update(), so that a session read before is not written back
  // unrevoked.
  static const std::string sql =
      "UPDATE sign_in_sessions SET revoked_at = :revoked_at, version = version + 1"
      " WHERE institution_id = :institution_id AND account_id = :account_id"
      " AND revoked_at IS NULL";
  long long revoked_at = instant_micros(at);
  const std::string institution_id = id_text(institution);
  const std::string account_id = id_text(account);
  const long long changed = connection_.execute_counted(
      sql, soci::use(revoked_at), soci::use(institution_id), soci::use(account_id));
  return static_cast<std::size_t>(changed);
}

std::vector<model::SignInSession> SociSignInSessionRepository::list_for_account(
    model::InstitutionId institution, model::AccountId account) {
  static const std::string sql = select_sql(kSessions) +
                                 " WHERE institution_id = :institution_id"
                                 " AND account_id = :account_id ORDER BY created_at, id";
  const std::string institution_id = id_text(institution);
  const std::string account_id = id_text(account);
  std::vector<model::SignInSession> sessions;
  query_rows<SessionRow>(
      connection_, sql, [&](const SessionRow& row) { sessions.push_back(from_row(row)); },
      soci::use(institution_id), soci::use(account_id));
  return sessions;
}

}  // namespace ejournal::storage::soci_backend
