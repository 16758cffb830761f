// Loading the acting principal's facts from storage, fresh for each call (access/principal.hpp).
#pragma once

#include "ejournal/access/principal.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// The signed-in person `person_id` of `institution_id` as the access policy sees them, read
/// within `unit`: their role grants, the children their parent links name and the courses they
/// teach (a subgroup's course counts for the subgroup's class). Throws Error(not_found) when the
/// institution has no such person, and what access::Principal::person throws for inconsistent
/// records.
[[nodiscard]] access::Principal load_principal(storage::UnitOfWork& unit,
                                               model::InstitutionId institution_id,
                                               model::PersonId person_id);

}  // namespace ejournal::services
