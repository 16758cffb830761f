// ej_onboarding_list and the connection request list handle.
#include <optional>
#include <utility>
#include <vector>

#include "access/principal.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/services/onboarding.hpp"
#include "firewall.hpp"
#include "storage/convert.hpp"
#include "storage/lists.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

struct ej_connection_request_list
    : records::RecordList<model::ConnectionRequest, ej_connection_request> {};

namespace {

// The constants of onboarding.h are the model's enumerators, so the casts below are exact.
static_assert(static_cast<int>(model::RequestStatus::pending) == EJ_REQUEST_PENDING);
static_assert(static_cast<int>(model::RequestStatus::withdrawn) == EJ_REQUEST_WITHDRAWN);

ej_connection_request view_of(const model::ConnectionRequest& request) {
  ej_connection_request view{};
  view.version = EJ_CONNECTION_REQUEST_VERSION;
  view.kind = static_cast<int32_t>(request.kind);
  view.id = records::write_uuid(request.id.value);
  view.hromada_katottg = request.hromada_katottg.c_str();
  view.institution_name = request.institution_name.c_str();
  view.diso_id = request.diso_id.c_str();
  view.edrpou = request.edrpou.c_str();
  view.admin_surname = request.admin_surname.c_str();
  view.admin_given_name = request.admin_given_name.c_str();
  view.admin_patronymic = request.admin_patronymic ? request.admin_patronymic->c_str() : nullptr;
  view.admin_email = request.admin_email.c_str();
  view.admin_phone = request.admin_phone.c_str();
  view.status = static_cast<int32_t>(request.status);
  view.decision_reason = request.decision_reason.c_str();
  view.submitted_at = records::write_instant(request.submitted_at);
  view.decided_at = request.decided_at ? records::write_instant(*request.decided_at) : 0;
  view.institution = records::write_optional_id(request.institution_id);
  view.revision = request.version;
  return view;
}

}  // namespace

extern "C" {

int ej_onboarding_list(ej_connection_request_list** out, ej_store* store,
                       const ej_principal* principal, int32_t status) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    std::optional<model::RequestStatus> wanted;
    if (status != 0) {
      wanted = static_cast<model::RequestStatus>(records::read_enum(
          status, EJ_REQUEST_PENDING, EJ_REQUEST_WITHDRAWN, "status", "ej_request_status"));
    }
    *out = records::make_list<ej_connection_request_list>(
        services::list_connection_requests(core, who, wanted), view_of);
    return EJ_OK;
  });
}

int ej_connection_request_list_count(int64_t* out, const ej_connection_request_list* list) {
  return records::list_count(out, list);
}

int ej_connection_request_list_get(const ej_connection_request** out,
                                   const ej_connection_request_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_connection_request_list_free(ej_connection_request_list* list) {
  delete list;
}

}  // extern "C"
