// ej_audit_for_entity, ej_audit_by_person and the audit entry list handle, over
// services/audit_trail.hpp.
#include <cstdint>

#include "access/principal.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/audit_trail.hpp"
#include "firewall.hpp"
#include "storage/convert.hpp"
#include "storage/lists.hpp"
#include "storage/session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

struct ej_audit_entry_list : records::RecordList<model::AuditEntry, ej_audit_entry> {};

namespace {

ej_audit_entry view_of(const model::AuditEntry& entry) {
  ej_audit_entry view{};
  view.version = EJ_AUDIT_ENTRY_VERSION;
  view.id = records::write_uuid(entry.id.value);
  view.institution = records::write_uuid(entry.institution_id.value);
  view.actor = records::write_optional_id(entry.actor_id);
  view.at = records::write_instant(entry.at);
  view.entity_type = entry.entity_type.c_str();
  view.entity_id = entry.entity_id.c_str();
  view.action = entry.action.c_str();
  view.before = entry.before.c_str();
  view.after = entry.after.c_str();
  view.reason = entry.reason.c_str();
  return view;
}

}  // namespace

extern "C" {

int ej_audit_for_entity(ej_audit_entry_list** out, ej_store* store, const ej_principal* principal,
                        const ej_uuid* institution, const char* entity_type,
                        const char* entity_id) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto type = capi::read_text(entity_type, "entity_type", false, model::kMaxLabelBytes);
    const auto id = capi::read_text(entity_id, "entity_id", false, model::kMaxReferenceBytes);
    *out = records::make_list<ej_audit_entry_list>(
        services::audit_for_entity(core, who, owner, type, id), view_of);
    return EJ_OK;
  });
}

int ej_audit_by_person(ej_audit_entry_list** out, ej_store* store, const ej_principal* principal,
                       const ej_uuid* institution, const ej_uuid* person) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto actor = records::required_id<model::PersonId>(person, "person");
    *out = records::make_list<ej_audit_entry_list>(
        services::audit_by_person(core, who, owner, actor), view_of);
    return EJ_OK;
  });
}

int ej_audit_entry_list_count(int64_t* out, const ej_audit_entry_list* list) {
  return records::list_count(out, list);
}

int ej_audit_entry_list_get(const ej_audit_entry** out, const ej_audit_entry_list* list,
                            int64_t index) {
  return records::list_get(out, list, index);
}

void ej_audit_entry_list_free(ej_audit_entry_list* list) {
  delete list;
}

}  // extern "C"
