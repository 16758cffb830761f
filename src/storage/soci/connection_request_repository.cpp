// Connection requests: they precede their institution, so the table is the platform's and is
// keyed by id alone.
#include <string>
#include <utility>

#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::ConnectionRequest;
using model::InstitutionKind;
using model::RequestStatus;

const std::string kRequestColumns =
    "id, kind, hromada_katottg, institution_name, diso_id, edrpou, admin_surname,"
    " admin_given_name, admin_patronymic, admin_email, admin_phone, status, decision_reason,"
    " submitted_at, decided_at, institution_id, version";

// The columns of one connection_requests row, in kRequestColumns' order.
struct RequestRow {
  std::string id;
  int kind = 0;
  std::string hromada_katottg;
  std::string institution_name;
  std::string diso_id;
  std::string edrpou;
  std::string admin_surname;
  std::string admin_given_name;
  Nullable<std::string> admin_patronymic;
  std::string admin_email;
  std::string admin_phone;
  int status = 0;
  std::string decision_reason;
  long long submitted_at = 0;
  Nullable<long long> decided_at;
  Nullable<std::string> institution_id;
  long long version = 0;

  static RequestRow of(const ConnectionRequest& request) {
    return {request.id.str(),
            enum_code(request.kind),
            request.hromada_katottg,
            request.institution_name,
            request.diso_id,
            request.edrpou,
            request.admin_surname,
            request.admin_given_name,
            nullable(request.admin_patronymic),
            request.admin_email,
            request.admin_phone,
            enum_code(request.status),
            request.decision_reason,
            instant_micros(request.submitted_at),
            nullable_instant(request.decided_at),
            nullable_id(request.institution_id),
            request.version};
  }

  [[nodiscard]] ConnectionRequest model() const {
    ConnectionRequest request;
    request.id = parse_id<model::ConnectionRequestId>(id);
    request.kind = enum_from_code(kind, InstitutionKind::kindergarten, InstitutionKind::other,
                                  "institution kind");
    request.hromada_katottg = hromada_katottg;
    request.institution_name = institution_name;
    request.diso_id = diso_id;
    request.edrpou = edrpou;
    request.admin_surname = admin_surname;
    request.admin_given_name = admin_given_name;
    request.admin_patronymic = optional_of(admin_patronymic);
    request.admin_email = admin_email;
    request.admin_phone = admin_phone;
    request.status =
        enum_from_code(status, RequestStatus::pending, RequestStatus::withdrawn, "request status");
    request.decision_reason = decision_reason;
    request.submitted_at = instant_from_micros(submitted_at);
    request.decided_at = optional_instant(decided_at);
    if (institution_id.indicator == soci::i_ok) {
      request.institution_id = parse_id<model::InstitutionId>(institution_id.value);
    }
    request.version = version;
    return request;
  }
};

template <class... Bindings>
std::vector<ConnectionRequest> query_requests(Connection& connection, const std::string& sql,
                                              Bindings&&... bindings) {
  RequestRow row;
  Statement statement = connection.statement(
      sql, std::forward<Bindings>(bindings)..., soci::into(row.id), soci::into(row.kind),
      soci::into(row.hromada_katottg), soci::into(row.institution_name), soci::into(row.diso_id),
      soci::into(row.edrpou), soci::into(row.admin_surname), soci::into(row.admin_given_name),
      soci::into(row.admin_patronymic.value, row.admin_patronymic.indicator),
      soci::into(row.admin_email), soci::into(row.admin_phone), soci::into(row.status),
      soci::into(row.decision_reason), soci::into(row.submitted_at),
      soci::into(row.decided_at.value, row.decided_at.indicator),
      soci::into(row.institution_id.value, row.institution_id.indicator), soci::into(row.version));
  std::vector<ConnectionRequest> requests;
  for_each_row(statement, [&] { requests.push_back(row.model()); });
  return requests;
}

const std::string kOldestFirst = " ORDER BY submitted_at, id";

}  // namespace

void SociConnectionRequestRepository::insert(const ConnectionRequest& request) {
  RequestRow row = RequestRow::of(request);
  row.version = 1;
  connection_.execute(
      "INSERT INTO connection_requests (" + kRequestColumns +
          ") VALUES (:id, :kind, :hromada_katottg, :institution_name, :diso_id, :edrpou,"
          " :admin_surname, :admin_given_name, :admin_patronymic, :admin_email, :admin_phone,"
          " :status, :decision_reason, :submitted_at, :decided_at, :institution_id, :version)",
      soci::use(row.id), soci::use(row.kind), soci::use(row.hromada_katottg),
      soci::use(row.institution_name), soci::use(row.diso_id), soci::use(row.edrpou),
      soci::use(row.admin_surname), soci::use(row.admin_given_name),
      soci::use(row.admin_patronymic.value, row.admin_patronymic.indicator),
      soci::use(row.admin_email), soci::use(row.admin_phone), soci::use(row.status),
      soci::use(row.decision_reason), soci::use(row.submitted_at),
      soci::use(row.decided_at.value, row.decided_at.indicator),
      soci::use(row.institution_id.value, row.institution_id.indicator), soci::use(row.version));
}

std::optional<ConnectionRequest> SociConnectionRequestRepository::find(
    model::ConnectionRequestId id) {
  const std::string key = id.str();
  auto requests = query_requests(
      connection_, "SELECT " + kRequestColumns + " FROM connection_requests WHERE id = :id",
      soci::use(key));
  if (requests.empty()) return std::nullopt;
  return std::move(requests.front());
}

std::int64_t SociConnectionRequestRepository::update(const ConnectionRequest& request) {
  RequestRow row = RequestRow::of(request);
  long long next_version = row.version + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE connection_requests SET kind = :kind, hromada_katottg = :hromada_katottg,"
      " institution_name = :institution_name, diso_id = :diso_id, edrpou = :edrpou,"
      " admin_surname = :admin_surname, admin_given_name = :admin_given_name,"
      " admin_patronymic = :admin_patronymic, admin_email = :admin_email,"
      " admin_phone = :admin_phone, status = :status, decision_reason = :decision_reason,"
      " submitted_at = :submitted_at, decided_at = :decided_at,"
      " institution_id = :institution_id, version = :next_version"
      " WHERE id = :id AND version = :version",
      soci::use(row.kind), soci::use(row.hromada_katottg), soci::use(row.institution_name),
      soci::use(row.diso_id), soci::use(row.edrpou), soci::use(row.admin_surname),
      soci::use(row.admin_given_name),
      soci::use(row.admin_patronymic.value, row.admin_patronymic.indicator),
      soci::use(row.admin_email), soci::use(row.admin_phone), soci::use(row.status),
      soci::use(row.decision_reason), soci::use(row.submitted_at),
      soci::use(row.decided_at.value, row.decided_at.indicator),
      soci::use(row.institution_id.value, row.institution_id.indicator), soci::use(next_version),
      soci::use(row.id), soci::use(row.version));
  return finish_versioned_update(connection_, changed, row.version, "connection_requests", "",
                                 row.id, "connection request " + row.id);
}

std::vector<ConnectionRequest> SociConnectionRequestRepository::list(
    std::optional<RequestStatus> status) {
  if (!status) {
    return query_requests(connection_,
                          "SELECT " + kRequestColumns + " FROM connection_requests" + kOldestFirst);
  }
  const int code = enum_code(*status);
  return query_requests(connection_,
                        "SELECT " + kRequestColumns +
                            " FROM connection_requests WHERE status = :status" + kOldestFirst,
                        soci::use(code));
}

std::vector<ConnectionRequest> SociConnectionRequestRepository::find_open(
    std::string_view edrpou, std::string_view diso_id) {
  // An empty key matches nothing, not the requests that left that field empty.
  const std::string edrpou_key(edrpou);
  const std::string diso_key(diso_id);
  const int has_edrpou = edrpou.empty() ? 0 : 1;
  const int has_diso_id = diso_id.empty() ? 0 : 1;
  const int pending = enum_code(RequestStatus::pending);
  const int approved = enum_code(RequestStatus::approved);
  return query_requests(connection_,
                        "SELECT " + kRequestColumns +
                            " FROM connection_requests WHERE status IN (:pending, :approved)"
                            " AND ((:has_edrpou = 1 AND edrpou = :edrpou)"
                            " OR (:has_diso_id = 1 AND diso_id = :diso_id))" +
                            kOldestFirst,
                        soci::use(pending), soci::use(approved), soci::use(has_edrpou),
                        soci::use(edrpou_key), soci::use(has_diso_id), soci::use(diso_key));
}

}  // namespace ejournal::storage::soci_backend
