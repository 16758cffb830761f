// Reading the audit trail (issue 6 point 5): every change the services make — who, when, which
// entity, before → after, and why — per entity and per person.
//
// The trail is append-only. The services append one entry per change inside the change's own
// unit of work, and nothing in the library alters or deletes an entry: storage::AuditRepository
// offers append and reads only, and this module only reads. A later change (a revoked
// invitation, a rejected request) is a new entry after the earlier ones, which stay as written.
#pragma once

#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// The entries about one entity of `institution` ("invitation" and the invitation's id text), in
/// the order they were appended, read in one read unit. Entries of other institutions are never
/// returned. Needs access::Operation::read_audit_trail on the institution (its administrator, or
/// the system): throws Error(permission) otherwise. Throws Error(invalid, argument) for a nil
/// institution, or an entity type or id that is empty or longer than the trail stores
/// (model::kMaxLabelBytes, model::kMaxReferenceBytes).
[[nodiscard]] std::vector<model::AuditEntry> audit_for_entity(storage::Store& store,
                                                              const access::Principal& principal,
                                                              model::InstitutionId institution,
                                                              std::string_view entity_type,
                                                              std::string_view entity_id);

/// The entries whose actor is `person` in `institution` — every change that person made there —
/// in the order they were appended, read in one read unit. Entries the system made (no actor) and
/// entries of other institutions are never returned. Needs access::Operation::read_audit_trail
/// as audit_for_entity(); throws Error(invalid, argument) for a nil institution or person.
[[nodiscard]] std::vector<model::AuditEntry> audit_by_person(storage::Store& store,
                                                             const access::Principal& principal,
                                                             model::InstitutionId institution,
                                                             model::PersonId person);

}  // namespace ejournal::services
