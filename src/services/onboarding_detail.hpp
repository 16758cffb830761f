// What the onboarding services share: a tiny JSON writer for audit entries, the institute's
// lookup, audit entries, and the checks of free-text fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// `text` as a JSON string literal, quotes included: '"' and '\' escaped, control characters as
/// \n, \t … or \u00XX; other bytes (valid UTF-8 is assumed) kept as they are.
std::string json_string(std::string_view text);

/// Builds one flat JSON object: {"key":"value",…}.
class JsonObject {
 public:
  JsonObject& add(std::string_view key, std::string_view value);
  /// null when the value is absent.
  JsonObject& add_optional(std::string_view key, const std::optional<std::string>& value);
  [[nodiscard]] std::string str() const { return "{" + body_ + "}"; }

 private:
  std::string body_;
};

/// The request's fields (never a secret) as a JSON object, for the audit trail.
std::string request_json(const model::ConnectionRequest& request);
std::string institution_json(const model::Institution& institution);

/// The id of the institute (the institution of kind other) as stored; Error(not_found) without.
model::InstitutionId institute_id(storage::UnitOfWork& unit);

/// An audit entry with a new id.
model::AuditEntry audit_entry(model::InstitutionId institution,
                              std::optional<model::PersonId> actor, model::Instant at,
                              std::string entity_type, std::string entity_id, std::string action,
                              std::string before, std::string after, std::string reason = {});

/// The name of the kind as the form spells it.
std::string_view kind_name(model::InstitutionKind kind);

/// `text` without the spaces, tabs and line breaks around it.
std::string_view trim_space(std::string_view text);

/// A decision's reason: nullopt when fine (the trimmed text stored in `out`), else the problem.
std::optional<std::string> check_reason(std::string_view reason, bool required, std::string& out);

}  // namespace ejournal::services::detail
