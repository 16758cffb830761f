// What the account services share: starting a session, the audit of an account, instants in text.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "ejournal/model/accounts.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/security/expiry.hpp"
#include "ejournal/security/random.hpp"
#include "ejournal/services/accounts.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// `instant` as ISO 8601 in UTC to the second: "2024-09-02T06:05:00Z".
std::string utc_text(model::Instant instant);

/// Starts a session of `account` at `now` within `unit`: a token from `random` stored as its
/// hash, the absolute end from `policy`, and the audit entry ("session" sign_in). `method` names
/// how the person proved who they are ("password", "external_identity").
SignedIn start_session(storage::UnitOfWork& unit, security::RandomSource& random,
                       const model::Account& account, model::Instant now,
                       const security::SessionPolicy& policy, std::string_view method);

/// Runs `work` in a new write unit of work, again (up to three times in all) when it fails with
/// Error(conflict) because a concurrent call changed the same record first.
void with_retry(storage::Store& store, const std::function<void(storage::UnitOfWork&)>& work);

/// Error(permission, access) saying the account is disabled.
[[noreturn]] void refuse_disabled(const model::Account& account);

}  // namespace ejournal::services::detail
