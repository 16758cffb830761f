// validated() for institutions and the connection requests that bring them in.
#include <utility>

#include "ejournal/model/validate.hpp"
#include "fields.hpp"

namespace ejournal::model {

using detail::Presence;

namespace {

void check_kind(std::string_view field, InstitutionKind kind) {
  detail::enumerator(field, kind, InstitutionKind::kindergarten, InstitutionKind::other);
}

}  // namespace

Institution validated(Institution institution) {
  detail::id("institution.id", institution.id);
  check_kind("institution.kind", institution.kind);
  detail::enumerator("institution.status", institution.status, InstitutionStatus::active,
                     InstitutionStatus::closed);
  // The institute that runs the platform is no school: the registries need not know it.
  const Presence registered =
      institution.kind == InstitutionKind::other ? Presence::optional : Presence::required;
  institution.name = detail::name("institution.name", institution.name, Presence::required);
  institution.diso_id = detail::diso_id("institution.diso_id", institution.diso_id, registered);
  institution.edrpou = detail::edrpou("institution.edrpou", institution.edrpou, registered);
  const auto hromada =
      detail::katottg("institution.hromada_katottg", institution.hromada_katottg, registered);
  const text::Region* oblast =
      detail::region("institution.oblast", institution.oblast, Presence::optional);
  if (hromada) {
    if (oblast != nullptr && oblast != hromada->region) {
      detail::refuse("institution.hromada_katottg", institution.hromada_katottg,
                     "lies in " + std::string(hromada->region->iso) + ", not in the oblast " +
                         std::string(oblast->iso));
    }
    oblast = hromada->region;
    institution.hromada_katottg = hromada->code;
  } else {
    institution.hromada_katottg.clear();
  }
  institution.oblast = oblast != nullptr ? std::string(oblast->iso) : std::string();
  return institution;
}

ConnectionRequest validated(ConnectionRequest request) {
  detail::id("connection_request.id", request.id);
  check_kind("connection_request.kind", request.kind);
  detail::enumerator("connection_request.status", request.status, RequestStatus::pending,
                     RequestStatus::withdrawn);
  request.hromada_katottg = detail::katottg("connection_request.hromada_katottg",
                                            request.hromada_katottg, Presence::required)
                                ->code;
  request.institution_name = detail::name("connection_request.institution_name",
                                          request.institution_name, Presence::required);
  request.diso_id =
      detail::diso_id("connection_request.diso_id", request.diso_id, Presence::required);
  request.edrpou = detail::edrpou("connection_request.edrpou", request.edrpou, Presence::required);
  request.admin_surname =
      detail::name("connection_request.admin_surname", request.admin_surname, Presence::required);
  request.admin_given_name = detail::name("connection_request.admin_given_name",
                                          request.admin_given_name, Presence::required);
  request.admin_patronymic =
      detail::optional_name("connection_request.admin_patronymic", request.admin_patronymic);
  request.admin_email =
      detail::email("connection_request.admin_email", request.admin_email, Presence::required);
  request.admin_phone =
      detail::phone("connection_request.admin_phone", request.admin_phone, Presence::required);

  const bool rejected = request.status == RequestStatus::rejected;
  request.decision_reason =
      detail::text_block("connection_request.decision_reason", request.decision_reason,
                         kMaxTextBytes, rejected ? Presence::required : Presence::optional);
  detail::present_when("connection_request.institution_id", request.institution_id,
                       request.status == RequestStatus::approved, "for an approved request");
  detail::id("connection_request.institution_id", request.institution_id);
  if (request.status == RequestStatus::pending && request.decided_at) {
    detail::refuse("connection_request.decided_at", "is set; a pending request has no decision");
  }
  if (request.decided_at && *request.decided_at < request.submitted_at) {
    detail::refuse("connection_request.decided_at", "is earlier than submitted_at");
  }
  return request;
}

}  // namespace ejournal::model
