// Accounts: a login and the credentials bound to it (a password only as its Argon2id hash).
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "accounts_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kAccountColumns[] = {"person_id",        "login",
                                                "password_hash",    "external_issuer",
                                                "external_subject", "failed_sign_ins",
                                                "locked_until",     "last_failed_at",
                                                "created_at",       "password_changed_at",
                                                "status",           "version",
                                                "institution_id",   "id"};
constexpr Table kAccounts{"accounts", kAccountColumns};

struct AccountRow {
  std::string person_id;
  std::string login;
  Nullable<std::string> password_hash;
  Nullable<std::string> external_issuer;
  Nullable<std::string> external_subject;
  int failed_sign_ins = 0;
  Nullable<long long> locked_until;
  Nullable<long long> last_failed_at;
  long long created_at = 0;
  Nullable<long long> password_changed_at;
  int status = 0;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(AccountRow& row) {
  return std::tie(row.person_id, row.login, row.password_hash, row.external_issuer,
                  row.external_subject, row.failed_sign_ins, row.locked_until, row.last_failed_at,
                  row.created_at, row.password_changed_at, row.status, row.version,
                  row.institution_id, row.id);
}

AccountRow to_row(const model::Account& account, std::int64_t version) {
  AccountRow row;
  row.person_id = id_text(account.person_id);
  row.login = account.login;
  row.password_hash = nullable(account.password_hash);
  if (account.external_identity) {
    row.external_issuer = {account.external_identity->issuer, soci::i_ok};
    row.external_subject = {account.external_identity->subject, soci::i_ok};
  }
  row.failed_sign_ins = account.failed_sign_ins;
  row.locked_until = nullable_instant(account.locked_until);
  row.last_failed_at = nullable_instant(account.last_failed_at);
  row.created_at = instant_micros(account.created_at);
  row.password_changed_at = nullable_instant(account.password_changed_at);
  row.status = enum_code(account.status);
  row.version = version;
  row.institution_id = id_text(account.institution_id);
  row.id = id_text(account.id);
  return row;
}

model::Account from_row(const AccountRow& row) {
  model::Account account;
  account.id = parse_id<model::AccountId>(row.id);
  account.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  account.person_id = parse_id<model::PersonId>(row.person_id);
  account.login = row.login;
  account.password_hash = optional_of(row.password_hash);
  // The schema keeps issuer and subject both set or both NULL.
  if (row.external_issuer.indicator == soci::i_ok) {
    account.external_identity =
        model::ExternalIdentity{row.external_issuer.value, row.external_subject.value};
  }
  account.failed_sign_ins = row.failed_sign_ins;
  account.locked_until = optional_instant(row.locked_until);
  account.last_failed_at = optional_instant(row.last_failed_at);
  account.created_at = instant_from_micros(row.created_at);
  account.password_changed_at = optional_instant(row.password_changed_at);
  account.status = enum_from_code(row.status, model::AccountStatus::active,
                                  model::AccountStatus::disabled, "account status");
  account.version = row.version;
  return account;
}

// The account `sql` (a select_sql of accounts with a WHERE clause) finds with `filters`.
template <class... Filters>
std::optional<model::Account> find_one(Connection& connection, const std::string& sql,
                                       Filters&&... filters) {
  std::optional<model::Account> found;
  query_rows<AccountRow>(
      connection, sql, [&](const AccountRow& row) { found = from_row(row); },
      std::forward<Filters>(filters)...);
  return found;
}

}  // namespace

void SociAccountRepository::insert(const model::Account& account) {
  static const std::string sql = insert_sql(kAccounts);
  AccountRow row = to_row(account, 1);
  insert_row(connection_, sql, row);
}

std::optional<model::Account> SociAccountRepository::find(model::InstitutionId institution,
                                                          model::AccountId id) {
  static const std::string sql =
      select_sql(kAccounts) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string account_id = id_text(id);
  return find_one(connection_, sql, soci::use(institution_id), soci::use(account_id));
}

std::optional<model::Account> SociAccountRepository::find_by_login(std::string_view login) {
  static const std::string sql = select_sql(kAccounts) + " WHERE login = :login";
  const std::string text(login);
  return find_one(connection_, sql, soci::use(text));
}

std::optional<model::Account> SociAccountRepository::find_by_external(std::string_view issuer,
                                                                      std::string_view subject) {
  static const std::string sql = select_sql(kAccounts) +
                                 " WHERE external_issuer = :issuer"
                                 " AND external_subject = :subject";
  const std::string issuer_text(issuer);
  const std::string subject_text(subject);
  return find_one(connection_, sql, soci::use(issuer_text), soci::use(subject_text));
}

std::optional<model::Account> SociAccountRepository::find_for_person(
    model::InstitutionId institution, model::PersonId person) {
  static const std::string sql =
      select_sql(kAccounts) + " WHERE institution_id = :institution_id AND person_id = :person_id";
  const std::string institution_id = id_text(institution);
  const std::string person_id = id_text(person);
  return find_one(connection_, sql, soci::use(institution_id), soci::use(person_id));
}

std::int64_t SociAccountRepository::update(const model::Account& account) {
  static const std::string sql = update_sql(kAccounts);
  AccountRow row = to_row(account, account.version + 1);
  const long long changed = update_row(connection_, sql, row, account.version);
  return finish_versioned_update(connection_, changed, account.version, kAccounts.name,
                                 row.institution_id, row.id, "account " + row.id);
}

}  // namespace ejournal::storage::soci_backend
