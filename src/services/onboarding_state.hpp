// The state machine of a connection request, shared by its review operations.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// Error(conflict) naming the ЄДРПОУ or the ДІСО id when an institution already has it.
void refuse_duplicate_institution(storage::UnitOfWork& unit,
                                  const model::ConnectionRequest& request);

/// Runs `write`, which does its checks and its writes in one unit of work and commits. Two
/// callers racing (READ COMMITTED) may both pass the checks; the store's unique keys then refuse
/// the later one with Error(exists). `checks` are then run again in a read unit, which sees what
/// the winner committed, so that the caller gets the Error(conflict) its own check names; should
/// they pass, the Error(exists) goes on.
template <class Write, class Checks>
auto write_checked(storage::Store& store, Write&& write, Checks&& checks) {
  try {
    return write();
  } catch (const Error& error) {
    if (error.code() != Errc::exists) throw;
    {
      const auto unit = store.begin(storage::Access::read);
      checks(*unit);
    }
    throw;
  }
}

/// The request as stored, checked to be pending at `expected_version`: Error(not_found) for an
/// unknown id, Error(conflict) naming the version or the state otherwise. `verb` names the
/// operation in messages ("approve").
model::ConnectionRequest pending_request(storage::UnitOfWork& unit, model::ConnectionRequestId id,
                                         std::int64_t expected_version, std::string_view verb);

/// The principal's person id, or nullopt for the system (audit entries carry no actor then).
std::optional<model::PersonId> actor_of(const access::Principal& principal);

}  // namespace ejournal::services::detail
