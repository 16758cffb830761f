// The audit trail read back: the access check, the query's arguments checked, one read unit.
#include "ejournal/services/audit_trail.hpp"

#include <string>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"

namespace ejournal::services {

namespace {

// An entity type or id as the trail stores them: not empty, and not longer than the column, so
// that a query never scans for what no entry can hold. Neither is a secret, but a long one is
// only measured, not quoted.
void check_key(std::string_view what, std::string_view value, std::size_t max_bytes) {
  if (value.empty()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the audited " + std::string(what) + " is empty");
  }
  if (value.size() > max_bytes) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the audited " + std::string(what) + " has " + std::to_string(value.size()) +
                    " bytes; the trail stores at most " + std::to_string(max_bytes));
  }
}

void require_reader(const access::Principal& principal, model::InstitutionId institution) {
  access::require(principal, access::Operation::read_audit_trail,
                  access::Target::institution(institution));
}

}  // namespace

std::vector<model::AuditEntry> audit_for_entity(storage::Store& store,
                                                const access::Principal& principal,
                                                model::InstitutionId institution,
                                                std::string_view entity_type,
                                                std::string_view entity_id) {
  require_reader(principal, institution);
  check_key("entity type", entity_type, model::kMaxLabelBytes);
  check_key("entity id", entity_id, model::kMaxReferenceBytes);
  const auto unit = store.begin(storage::Access::read);
  return unit->audit().list_for_entity(institution, entity_type, entity_id);
}

std::vector<model::AuditEntry> audit_by_person(storage::Store& store,
                                               const access::Principal& principal,
                                               model::InstitutionId institution,
                                               model::PersonId person) {
  require_reader(principal, institution);
  if (person.is_nil()) {
    throw Error(Errc::invalid, ErrorDomain::argument, "the person whose changes are read is nil");
  }
  const auto unit = store.begin(storage::Access::read);
  return unit->audit().list_for_actor(institution, person);
}

}  // namespace ejournal::services
