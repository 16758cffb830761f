// The audit trail: appended and read, never changed (the schema's triggers refuse it too).
#include <string>
#include <string_view>
#include <tuple>

#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kAuditColumns[] = {
    "actor_id",     "happened_at", "entity_type", "entity_id",      "action",
    "before_state", "after_state", "reason",      "institution_id", "id"};
constexpr Table kAudit{"audit_entries", kAuditColumns};

struct AuditRow {
  Nullable<std::string> actor_id;
  long long happened_at = 0;
  std::string entity_type;
  std::string entity_id;
  std::string action;
  std::string before_state;
  std::string after_state;
  std::string reason;
  std::string institution_id;
  std::string id;
};

auto columns(AuditRow& row) {
  return std::tie(row.actor_id, row.happened_at, row.entity_type, row.entity_id, row.action,
                  row.before_state, row.after_state, row.reason, row.institution_id, row.id);
}

AuditRow to_row(const model::AuditEntry& entry) {
  AuditRow row;
  row.actor_id = nullable_id(entry.actor_id);
  row.happened_at = instant_micros(entry.at);
  row.entity_type = entry.entity_type;
  row.entity_id = entry.entity_id;
  row.action = entry.action;
  row.before_state = entry.before;
  row.after_state = entry.after;
  row.reason = entry.reason;
  row.institution_id = id_text(entry.institution_id);
  row.id = id_text(entry.id);
  return row;
}

model::AuditEntry from_row(const AuditRow& row) {
  model::AuditEntry entry;
  entry.id = parse_id<model::AuditId>(row.id);
  entry.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  entry.actor_id = optional_id<model::PersonTag>(row.actor_id);
  entry.at = instant_from_micros(row.happened_at);
  entry.entity_type = row.entity_type;
  entry.entity_id = row.entity_id;
  entry.action = row.action;
  entry.before = row.before_state;
  entry.after = row.after_state;
  entry.reason = row.reason;
  return entry;
}

// PostgreSQL numbers `appended` itself (an identity); SQLite takes the next number in the
// statement, which is safe because its writers hold the database's write lock.
std::string append_sql(Dialect dialect) {
  if (dialect == Dialect::postgresql) return insert_sql(kAudit);
  std::string sql = insert_sql(kAudit);
  const auto columns_end = sql.find(") VALUES (");
  sql.insert(columns_end, ", appended");
  sql.insert(sql.size() - 1, ", (SELECT COALESCE(MAX(appended), 0) + 1 FROM audit_entries)");
  return sql;
}

}  // namespace

void SociAuditRepository::append(const model::AuditEntry& entry) {
  static const std::string sqlite_sql = append_sql(Dialect::sqlite);
  static const std::string postgresql_sql = append_sql(Dialect::postgresql);
  AuditRow row = to_row(entry);
  insert_row(connection_, connection_.dialect() == Dialect::sqlite ? sqlite_sql : postgresql_sql,
             row);
}

std::vector<model::AuditEntry> SociAuditRepository::list_for_entity(
    model::InstitutionId institution, std::string_view entity_type, std::string_view entity_id) {
  static const std::string sql = select_sql(kAudit) +
                                 " WHERE institution_id = :institution_id"
                                 " AND entity_type = :entity_type AND entity_id = :entity_id"
                                 " ORDER BY appended";
  const std::string institution_id = id_text(institution);
  const std::string type(entity_type);
  const std::string id(entity_id);
  std::vector<model::AuditEntry> entries;
  query_rows<AuditRow>(
      connection_, sql, [&](const AuditRow& row) { entries.push_back(from_row(row)); },
      soci::use(institution_id), soci::use(type), soci::use(id));
  return entries;
}

std::vector<model::AuditEntry> SociAuditRepository::list_for_actor(model::InstitutionId institution,
                                                                   model::PersonId person) {
  static const std::string sql = select_sql(kAudit) +
                                 " WHERE institution_id = :institution_id"
                                 " AND actor_id = :actor_id ORDER BY appended";
  const std::string institution_id = id_text(institution);
  const std::string actor_id = id_text(person);
  std::vector<model::AuditEntry> entries;
  query_rows<AuditRow>(
      connection_, sql, [&](const AuditRow& row) { entries.push_back(from_row(row)); },
      soci::use(institution_id), soci::use(actor_id));
  return entries;
}

}  // namespace ejournal::storage::soci_backend
