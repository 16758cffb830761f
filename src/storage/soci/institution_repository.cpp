// Institutions: the tenants of the platform, keyed by id alone.
#include <string>

#include "schema.hpp"
#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::Institution;
using model::InstitutionKind;
using model::InstitutionStatus;

const std::string kInstitutionColumns =
    "id, kind, name, diso_id, edrpou, oblast, hromada_katottg, status, created_at, version";

// The columns of one institutions row, bound in kInstitutionColumns' order.
struct InstitutionRow {
  std::string id;
  int kind = 0;
  std::string name;
  Nullable<std::string> diso_id;
  Nullable<std::string> edrpou;
  std::string oblast;
  std::string hromada_katottg;
  int status = 0;
  long long created_at = 0;
  long long version = 0;

  static InstitutionRow of(const Institution& institution) {
    return {institution.id.str(),
            enum_code(institution.kind),
            institution.name,
            text_or_null(institution.diso_id),
            text_or_null(institution.edrpou),
            institution.oblast,
            institution.hromada_katottg,
            enum_code(institution.status),
            instant_micros(institution.created_at),
            institution.version};
  }

  [[nodiscard]] Institution model() const {
    Institution institution;
    institution.id = parse_id<model::InstitutionId>(id);
    institution.kind = enum_from_code(kind, InstitutionKind::kindergarten, InstitutionKind::other,
                                      "institution kind");
    institution.name = name;
    institution.diso_id = text_or_empty(diso_id);
    institution.edrpou = text_or_empty(edrpou);
    institution.oblast = oblast;
    institution.hromada_katottg = hromada_katottg;
    institution.status = enum_from_code(status, InstitutionStatus::active,
                                        InstitutionStatus::closed, "institution status");
    institution.created_at = instant_from_micros(created_at);
    institution.version = version;
    return institution;
  }
};

template <class... Bindings>
std::vector<Institution> query_institutions(Connection& connection, const std::string& sql,
                                            Bindings&&... bindings) {
  InstitutionRow row;
  Statement statement = connection.statement(
      sql, std::forward<Bindings>(bindings)..., soci::into(row.id), soci::into(row.kind),
      soci::into(row.name), soci::into(row.diso_id.value, row.diso_id.indicator),
      soci::into(row.edrpou.value, row.edrpou.indicator), soci::into(row.oblast),
      soci::into(row.hromada_katottg), soci::into(row.status), soci::into(row.created_at),
      soci::into(row.version));
  std::vector<Institution> institutions;
  for_each_row(statement, [&] { institutions.push_back(row.model()); });
  return institutions;
}

std::optional<Institution> first(std::vector<Institution> institutions) {
  if (institutions.empty()) return std::nullopt;
  return std::move(institutions.front());
}

}  // namespace

void SociInstitutionRepository::insert(const Institution& institution) {
  InstitutionRow row = InstitutionRow::of(institution);
  row.version = 1;
  connection_.execute("INSERT INTO institutions (" + kInstitutionColumns +
                          ") VALUES (:id, :kind, :name, :diso_id, :edrpou, :oblast,"
                          " :hromada_katottg, :status, :created_at, :version)",
                      soci::use(row.id), soci::use(row.kind), soci::use(row.name),
                      soci::use(row.diso_id.value, row.diso_id.indicator),
                      soci::use(row.edrpou.value, row.edrpou.indicator), soci::use(row.oblast),
                      soci::use(row.hromada_katottg), soci::use(row.status),
                      soci::use(row.created_at), soci::use(row.version));
}

std::optional<Institution> SociInstitutionRepository::find(model::InstitutionId id) {
  const std::string key = id.str();
  return first(query_institutions(
      connection_, "SELECT " + kInstitutionColumns + " FROM institutions WHERE id = :id",
      soci::use(key)));
}

std::optional<Institution> SociInstitutionRepository::find_by_edrpou(std::string_view edrpou) {
  const std::string key(edrpou);
  return first(query_institutions(
      connection_, "SELECT " + kInstitutionColumns + " FROM institutions WHERE edrpou = :edrpou",
      soci::use(key)));
}

std::optional<Institution> SociInstitutionRepository::find_by_diso_id(std::string_view diso_id) {
  const std::string key(diso_id);
  return first(query_institutions(
      connection_, "SELECT " + kInstitutionColumns + " FROM institutions WHERE diso_id = :diso_id",
      soci::use(key)));
}

std::int64_t SociInstitutionRepository::update(const Institution& institution) {
  InstitutionRow row = InstitutionRow::of(institution);
  long long next_version = row.version + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE institutions SET kind = :kind, name = :name, diso_id = :diso_id,"
      " edrpou = :edrpou, oblast = :oblast, hromada_katottg = :hromada_katottg,"
      " status = :status, created_at = :created_at, version = :next_version"
      " WHERE id = :id AND version = :version",
      soci::use(row.kind), soci::use(row.name), soci::use(row.diso_id.value, row.diso_id.indicator),
      soci::use(row.edrpou.value, row.edrpou.indicator), soci::use(row.oblast),
      soci::use(row.hromada_katottg), soci::use(row.status), soci::use(row.created_at),
      soci::use(next_version), soci::use(row.id), soci::use(row.version));
  return finish_versioned_update(connection_, changed, row.version, "institutions", "", row.id,
                                 "institution " + row.id);
}

namespace {

// list()'s order: by name in Ukrainian order, then id.
std::string by_name(const Connection& connection) {
  return " ORDER BY name COLLATE " + std::string(ukrainian_collation(connection.dialect())) +
         ", id";
}

}  // namespace

std::vector<Institution> SociInstitutionRepository::list(std::optional<InstitutionStatus> status) {
  if (!status) {
    return query_institutions(
        connection_, "SELECT " + kInstitutionColumns + " FROM institutions" + by_name(connection_));
  }
  const int code = enum_code(*status);
  return query_institutions(connection_,
                            "SELECT " + kInstitutionColumns +
                                " FROM institutions WHERE status = :status" + by_name(connection_),
                            soci::use(code));
}

std::vector<Institution> SociInstitutionRepository::list_of_kind(InstitutionKind kind) {
  // institutions_by_kind (migration 4) finds the rows; only they are sorted.
  const int code = enum_code(kind);
  return query_institutions(connection_,
                            "SELECT " + kInstitutionColumns +
                                " FROM institutions WHERE kind = :kind" + by_name(connection_),
                            soci::use(code));
}

}  // namespace ejournal::storage::soci_backend
