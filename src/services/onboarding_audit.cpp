// The audit side of onboarding: a tiny JSON writer, the institute, audit entries.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "ejournal/error.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services::detail {

std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

JsonObject& JsonObject::add(std::string_view key, std::string_view value) {
  if (!body_.empty()) body_ += ',';
  body_ += json_string(key) + ':' + json_string(value);
  return *this;
}

JsonObject& JsonObject::add_optional(std::string_view key,
                                     const std::optional<std::string>& value) {
  if (value) return add(key, std::string_view(*value));
  if (!body_.empty()) body_ += ',';
  body_ += json_string(key) + ":null";
  return *this;
}

std::string request_json(const model::ConnectionRequest& request) {
  return JsonObject()
      .add("kind", kind_name(request.kind))
      .add("hromada_katottg", request.hromada_katottg)
      .add("institution_name", request.institution_name)
      .add("diso_id", request.diso_id)
      .add("edrpou", request.edrpou)
      .add("admin_surname", request.admin_surname)
      .add("admin_given_name", request.admin_given_name)
      .add_optional("admin_patronymic", request.admin_patronymic)
      .add("admin_email", request.admin_email)
      .add("admin_phone", request.admin_phone)
      .str();
}

std::string institution_json(const model::Institution& institution) {
  return JsonObject()
      .add("kind", kind_name(institution.kind))
      .add("name", institution.name)
      .add("diso_id", institution.diso_id)
      .add("edrpou", institution.edrpou)
      .add("oblast", institution.oblast)
      .add("hromada_katottg", institution.hromada_katottg)
      .add("status", "active")
      .str();
}

model::InstitutionId institute_id(storage::UnitOfWork& unit) {
  const auto institutes = unit.institutions().list_of_kind(model::InstitutionKind::other);
  if (!institutes.empty()) return institutes.front().id;
  throw Error(Errc::not_found, ErrorDomain::argument,
              "the store has no institute (an institution of kind other) to keep the audit trail "
              "of connection requests");
}

model::AuditEntry audit_entry(model::InstitutionId institution,
                              std::optional<model::PersonId> actor, model::Instant at,
                              std::string entity_type, std::string entity_id, std::string action,
                              std::string before, std::string after, std::string reason) {
  model::AuditEntry entry;
  entry.id = model::AuditId::generate();
  entry.institution_id = institution;
  entry.actor_id = actor;
  entry.at = at;
  entry.entity_type = std::move(entity_type);
  entry.entity_id = std::move(entity_id);
  entry.action = std::move(action);
  entry.before = std::move(before);
  entry.after = std::move(after);
  entry.reason = std::move(reason);
  return entry;
}

}  // namespace ejournal::services::detail
