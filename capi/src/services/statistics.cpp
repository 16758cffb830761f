// ej_institute_statistics and the accessors of the ej_statistics handle, over
// services/institute_statistics.hpp.
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "access/principal.hpp"
#include "ejournal/services/institute_statistics.hpp"
#include "firewall.hpp"
#include "storage/lists.hpp"
#include "storage/session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

// Each section is a record list of its own, so its views point into records that never move.
struct ej_statistics {
  std::int64_t institutions = 0;
  records::RecordList<services::InstitutionStatusCount, ej_institution_status_count> by_status;
  records::RecordList<services::OblastCount, ej_oblast_count> by_oblast;
  records::RecordList<services::HromadaCount, ej_hromada_count> by_hromada;
  records::RecordList<services::RequestStatusCount, ej_request_status_count> requests_by_status;
};

namespace {

// The constants of store.h and onboarding.h are the model's enumerators, so the casts are exact.
static_assert(static_cast<int>(model::InstitutionStatus::active) == EJ_INSTITUTION_ACTIVE);
static_assert(static_cast<int>(model::InstitutionStatus::closed) == EJ_INSTITUTION_CLOSED);
static_assert(static_cast<int>(model::RequestStatus::pending) == EJ_REQUEST_PENDING);
static_assert(static_cast<int>(model::RequestStatus::withdrawn) == EJ_REQUEST_WITHDRAWN);

ej_institution_status_count view_of(const services::InstitutionStatusCount& count) {
  return {EJ_INSTITUTION_STATUS_COUNT_VERSION, static_cast<int32_t>(count.status), count.count};
}

ej_oblast_count view_of(const services::OblastCount& count) {
  return {EJ_OBLAST_COUNT_VERSION, 0,           count.katottg.c_str(), count.name_uk.c_str(),
          count.institutions,      count.active};
}

ej_hromada_count view_of(const services::HromadaCount& count) {
  return {EJ_HROMADA_COUNT_VERSION, 0,
          count.katottg.c_str(),    count.oblast_katottg.c_str(),
          count.institutions,       count.active};
}

ej_request_status_count view_of(const services::RequestStatusCount& count) {
  return {EJ_REQUEST_STATUS_COUNT_VERSION, static_cast<int32_t>(count.status), count.count};
}

/// Fills `section` with `counts` and their views.
template <class Model, class View>
void fill(records::RecordList<Model, View>& section, std::vector<Model> counts) {
  section.records = std::move(counts);
  section.views.reserve(section.records.size());
  for (const Model& count : section.records) section.views.push_back(view_of(count));
}

/// The body of every ej_statistics_*_count(): the size of the section `member`.
template <class Section>
int section_count(std::int64_t* out, const ej_statistics* statistics, Section member) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(statistics, "statistics");
    *out = static_cast<std::int64_t>((statistics->*member).views.size());
    return EJ_OK;
  });
}

/// The body of every ej_statistics_*_get(): the record `index` of the section `member`.
template <class View, class Section>
int section_get(const View** out, const ej_statistics* statistics, std::int64_t index,
                Section member) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(statistics, "statistics");
    return records::list_get(out, &(statistics->*member), index);
  });
}

}  // namespace

extern "C" {

int ej_institute_statistics(ej_statistics** out, ej_store* store, const ej_principal* principal) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    services::InstituteStatistics counted = services::institute_statistics(core, who);
    auto statistics = std::make_unique<ej_statistics>();
    statistics->institutions = counted.institutions;
    fill(statistics->by_status, std::move(counted.by_status));
    fill(statistics->by_oblast, std::move(counted.by_oblast));
    fill(statistics->by_hromada, std::move(counted.by_hromada));
    fill(statistics->requests_by_status, std::move(counted.requests_by_status));
    *out = statistics.release();
    return EJ_OK;
  });
}

int ej_statistics_institutions(int64_t* out, const ej_statistics* statistics) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(statistics, "statistics");
    *out = statistics->institutions;
    return EJ_OK;
  });
}

int ej_statistics_by_status_count(int64_t* out, const ej_statistics* statistics) {
  return section_count(out, statistics, &ej_statistics::by_status);
}

int ej_statistics_by_status_get(const ej_institution_status_count** out,
                                const ej_statistics* statistics, int64_t index) {
  return section_get(out, statistics, index, &ej_statistics::by_status);
}

int ej_statistics_by_oblast_count(int64_t* out, const ej_statistics* statistics) {
  return section_count(out, statistics, &ej_statistics::by_oblast);
}

int ej_statistics_by_oblast_get(const ej_oblast_count** out, const ej_statistics* statistics,
                                int64_t index) {
  return section_get(out, statistics, index, &ej_statistics::by_oblast);
}

int ej_statistics_by_hromada_count(int64_t* out, const ej_statistics* statistics) {
  return section_count(out, statistics, &ej_statistics::by_hromada);
}

int ej_statistics_by_hromada_get(const ej_hromada_count** out, const ej_statistics* statistics,
                                 int64_t index) {
  return section_get(out, statistics, index, &ej_statistics::by_hromada);
}

int ej_statistics_requests_by_status_count(int64_t* out, const ej_statistics* statistics) {
  return section_count(out, statistics, &ej_statistics::requests_by_status);
}

int ej_statistics_requests_by_status_get(const ej_request_status_count** out,
                                         const ej_statistics* statistics, int64_t index) {
  return section_get(out, statistics, index, &ej_statistics::requests_by_status);
}

void ej_statistics_free(ej_statistics* statistics) {
  delete statistics;
}

}  // extern "C"
