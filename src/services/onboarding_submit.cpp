// Step 1 of onboarding: a connection request is submitted, and the duplicate checks it shares
// with approval.
#include <string>

#include "ejournal/error.hpp"
#include "ejournal/services/onboarding.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services {

void detail::refuse_duplicate_institution(storage::UnitOfWork& unit,
                                          const model::ConnectionRequest& request) {
  if (const auto found = unit.institutions().find_by_edrpou(request.edrpou)) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "the institution " + found->id.str() + " already has the ЄДРПОУ " + request.edrpou);
  }
  if (const auto found = unit.institutions().find_by_diso_id(request.diso_id)) {
    throw Error(
        Errc::conflict, ErrorDomain::argument,
        "the institution " + found->id.str() + " already has the ДІСО id " + request.diso_id);
  }
}

namespace {

// Error(conflict) naming the pending or approved request that has the ЄДРПОУ or ДІСО id of
// `request`, or the institution that has it.
void refuse_duplicate(storage::UnitOfWork& unit, const model::ConnectionRequest& request) {
  for (const auto& open : unit.connection_requests().find_open(request.edrpou, request.diso_id)) {
    const bool same_edrpou = open.edrpou == request.edrpou;
    throw Error(Errc::conflict, ErrorDomain::argument,
                std::string("the ") + std::string(request_status_name(open.status)) + " request " +
                    open.id.str() + " already has the " +
                    (same_edrpou ? "ЄДРПОУ " + request.edrpou : "ДІСО id " + request.diso_id));
  }
  detail::refuse_duplicate_institution(unit, request);
}

}  // namespace

model::ConnectionRequestId submit_connection_request(storage::Store& store,
                                                     const model::Clock& clock,
                                                     const ConnectionRequestForm& form) {
  auto request = check_connection_request(form);
  request.id = model::ConnectionRequestId::generate();
  request.submitted_at = clock.now();

  const auto check = [&](storage::UnitOfWork& unit) { refuse_duplicate(unit, request); };
  detail::write_checked(
      store,
      [&] {
        const auto unit = store.begin(storage::Access::write);
        check(*unit);
        const auto institute = detail::institute_id(*unit);
        unit->connection_requests().insert(request);
        unit->audit().append(detail::audit_entry(institute, std::nullopt, request.submitted_at,
                                                 "connection_request", request.id.str(), "submit",
                                                 "", detail::request_json(request)));
        unit->commit();
      },
      check);
  return request.id;
}

std::string_view request_status_name(model::RequestStatus status) {
  switch (status) {
    case model::RequestStatus::pending: return "pending";
    case model::RequestStatus::approved: return "approved";
    case model::RequestStatus::rejected: return "rejected";
    case model::RequestStatus::withdrawn: return "withdrawn";
  }
  return "unknown";
}

}  // namespace ejournal::services
