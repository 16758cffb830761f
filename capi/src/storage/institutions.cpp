// Institutions: ej_store_institution_create, _get, ej_store_institutions_list and the list
// handle.
#include <string>
#include <vector>

#include "convert.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/validate.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "lists.hpp"
#include "session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace storage = ejournal::storage;

struct ej_institution_list : records::RecordList<model::Institution, ej_institution> {};

namespace {

// The constants of store.h are the model's enumerators, so the casts below are exact.
static_assert(static_cast<int>(model::InstitutionKind::kindergarten) ==
              EJ_INSTITUTION_KINDERGARTEN);
static_assert(static_cast<int>(model::InstitutionKind::other) == EJ_INSTITUTION_OTHER);
static_assert(static_cast<int>(model::InstitutionStatus::active) == EJ_INSTITUTION_ACTIVE);
static_assert(static_cast<int>(model::InstitutionStatus::closed) == EJ_INSTITUTION_CLOSED);

model::Institution read_institution(const ej_institution* given) {
  capi::require(given, "institution");
  records::check_struct_version(given->version, EJ_INSTITUTION_VERSION, "institution->version");
  model::Institution institution;
  institution.id = records::new_id<model::InstitutionId>(&given->id);
  institution.kind = static_cast<model::InstitutionKind>(
      records::read_enum(given->kind, EJ_INSTITUTION_KINDERGARTEN, EJ_INSTITUTION_OTHER,
                         "institution->kind", "ej_institution_kind"));
  institution.name = records::read_required_text(given->name, "institution->name");
  institution.diso_id = capi::read_text(given->diso_id, "institution->diso_id", true);
  institution.edrpou = capi::read_text(given->edrpou, "institution->edrpou", true);
  institution.oblast = capi::read_text(given->oblast, "institution->oblast", true);
  institution.hromada_katottg =
      capi::read_text(given->hromada_katottg, "institution->hromada_katottg", true);
  institution.status = static_cast<model::InstitutionStatus>(
      records::read_enum(given->status, EJ_INSTITUTION_ACTIVE, EJ_INSTITUTION_CLOSED,
                         "institution->status", "ej_institution_status"));
  capi::check_reserved(given->reserved, "institution->reserved");
  institution.created_at = records::read_instant(given->created_at);
  return model::validated(std::move(institution));
}

ej_institution view_of(const model::Institution& institution) {
  return ej_institution{EJ_INSTITUTION_VERSION,
                        static_cast<int32_t>(institution.kind),
                        records::write_uuid(institution.id.value),
                        institution.name.c_str(),
                        institution.diso_id.c_str(),
                        institution.edrpou.c_str(),
                        institution.oblast.c_str(),
                        institution.hromada_katottg.c_str(),
                        static_cast<int32_t>(institution.status),
                        0,
                        records::write_instant(institution.created_at),
                        institution.version};
}

}  // namespace

extern "C" {

int ej_store_institution_create(ej_uuid* out_id, ej_store* store,
                                const ej_institution* institution) {
  return capi::guarded([&] {
    capi::reset(out_id);
    records::store_of(store);
    const model::Institution record = read_institution(institution);
    records::in_unit(store, storage::Access::write,
                     [&](storage::UnitOfWork& unit) { unit.institutions().insert(record); });
    capi::put(out_id, records::write_uuid(record.id.value));
    return EJ_OK;
  });
}

int ej_store_institution_get(ej_institution_list** out, ej_store* store, const ej_uuid* id) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    records::store_of(store);
    const model::InstitutionId wanted{records::read_uuid(id, "id")};
    std::vector<model::Institution> found;
    records::in_unit(store, storage::Access::read, [&](storage::UnitOfWork& unit) {
      if (auto institution = unit.institutions().find(wanted)) {
        found.push_back(std::move(*institution));
      }
    });
    if (found.empty()) records::fail_not_found("institution", wanted.str());
    *out = records::make_list<ej_institution_list>(std::move(found), view_of);
    return EJ_OK;
  });
}

int ej_store_institutions_list(ej_institution_list** out, ej_store* store) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    std::vector<model::Institution> found;
    records::in_unit(store, storage::Access::read,
                     [&](storage::UnitOfWork& unit) { found = unit.institutions().list(); });
    *out = records::make_list<ej_institution_list>(std::move(found), view_of);
    return EJ_OK;
  });
}

int ej_institution_list_count(int64_t* out, const ej_institution_list* list) {
  return records::list_count(out, list);
}

int ej_institution_list_get(const ej_institution** out, const ej_institution_list* list,
                            int64_t index) {
  return records::list_get(out, list, index);
}

void ej_institution_list_free(ej_institution_list* list) {
  delete list;
}

}  // extern "C"
