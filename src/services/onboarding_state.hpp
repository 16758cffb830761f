// The state machine of a connection request, shared by its review operations.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// Error(conflict) naming the ЄДРПОУ or the ДІСО id when an institution already has it.
void refuse_duplicate_institution(storage::UnitOfWork& unit,
                                  const model::ConnectionRequest& request);

/// The request as stored, checked to be pending at `expected_version`: Error(not_found) for an
/// unknown id, Error(conflict) naming the version or the state otherwise. `verb` names the
/// operation in messages ("approve").
model::ConnectionRequest pending_request(storage::UnitOfWork& unit, model::ConnectionRequestId id,
                                         std::int64_t expected_version, std::string_view verb);

/// The principal's person id, or nullopt for the system (audit entries carry no actor then).
std::optional<model::PersonId> actor_of(const access::Principal& principal);

}  // namespace ejournal::services::detail
