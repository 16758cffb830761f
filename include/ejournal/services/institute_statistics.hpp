// Statistics for the institute (issue 6 point 7): how many institutions have joined, by status,
// by oblast and by hromada, and where the connection requests stand. Counted by the store
// (grouped counts), never by reading every institution.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// The institutions with one status.
struct InstitutionStatusCount {
  model::InstitutionStatus status = model::InstitutionStatus::active;
  std::int64_t count = 0;

  friend bool operator==(const InstitutionStatusCount&, const InstitutionStatusCount&) = default;
};

/// The institutions of one first-level unit (an oblast, the ARC or a city with special status).
struct OblastCount {
  std::string katottg;  ///< its two-digit КАТОТТГ code ("59")
  std::string name_uk;  ///< its Ukrainian name ("Сумська область"), from text::regions()
  std::int64_t institutions = 0;  ///< of every status
  std::int64_t active = 0;        ///< of them, those working in the system

  friend bool operator==(const OblastCount&, const OblastCount&) = default;
};

/// The institutions of one hromada (or city), by the КАТОТТГ code the institutions registered.
struct HromadaCount {
  std::string katottg;            ///< "UA" + 17 digits
  std::string oblast_katottg;     ///< the two-digit code of its first-level unit ("59")
  std::int64_t institutions = 0;  ///< of every status
  std::int64_t active = 0;        ///< of them, those working in the system

  friend bool operator==(const HromadaCount&, const HromadaCount&) = default;
};

/// The connection requests with one status.
struct RequestStatusCount {
  model::RequestStatus status = model::RequestStatus::pending;
  std::int64_t count = 0;

  friend bool operator==(const RequestStatusCount&, const RequestStatusCount&) = default;
};

/// The platform at a glance. The institute itself (the institution of kind other) is not
/// counted. Every list is ordered by count, largest first, then by code (a status by its
/// number, a place by its КАТОТТГ code).
struct InstituteStatistics {
  std::int64_t institutions = 0;  ///< every institution but the institute
  /// Every institution status, those with none included (count 0).
  std::vector<InstitutionStatusCount> by_status;
  /// The first-level units with at least one institution, ordered by `institutions`.
  std::vector<OblastCount> by_oblast;
  /// The hromadas with at least one institution, ordered by `institutions`.
  std::vector<HromadaCount> by_hromada;
  /// Every request status, those with none included (count 0).
  std::vector<RequestStatusCount> requests_by_status;
};

/// The statistics as the store holds them now, read in one read unit. Needs
/// access::Operation::read_institute_statistics (an institute operator or the system): throws
/// Error(permission) otherwise. Throws Error(invalid, storage) when a stored institution names an
/// oblast that is not one of text::regions() (the store was written around the services).
InstituteStatistics institute_statistics(storage::Store& store, const access::Principal& principal);

}  // namespace ejournal::services
