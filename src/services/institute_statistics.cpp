// Statistics for the institute: the store's grouped counts folded into the views the institute
// reads (by status, by oblast, by hromada), with the institute itself left out.
#include "ejournal/services/institute_statistics.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/text/identifiers.hpp"

namespace ejournal::services {

namespace {

using model::InstitutionStatus;
using model::RequestStatus;

// The first-level unit of a stored institution's oblast (an ISO 3166-2 code).
const text::Region& region_of(const std::string& iso_code) {
  const text::Region* region = text::find_region_by_iso(iso_code);
  if (region == nullptr) {
    throw Error(Errc::invalid, ErrorDomain::storage,
                "a stored institution has the oblast '" + iso_code +
                    "', which is not an ISO 3166-2 code of a Ukrainian first-level unit");
  }
  return *region;
}

// Largest count first, then the code, so that equal counts always come out the same way.
template <class Row, class Count, class Code>
void order_by_count(std::vector<Row>& rows, Count count, Code code) {
  std::ranges::sort(rows, [&](const Row& left, const Row& right) {
    return std::tuple(-count(left), code(left)) < std::tuple(-count(right), code(right));
  });
}

void add_to(std::int64_t& institutions, std::int64_t& active,
            const storage::InstitutionTally& tally) {
  institutions += tally.count;
  if (tally.status == InstitutionStatus::active) active += tally.count;
}

void count_institutions(const std::vector<storage::InstitutionTally>& tallies,
                        InstituteStatistics& statistics) {
  std::map<InstitutionStatus, std::int64_t> by_status;
  for (auto status = InstitutionStatus::active; status <= InstitutionStatus::closed;
       status = static_cast<InstitutionStatus>(static_cast<int>(status) + 1)) {
    by_status[status] = 0;
  }
  std::map<std::string, OblastCount> by_oblast;    // by КАТОТТГ code
  std::map<std::string, HromadaCount> by_hromada;  // by КАТОТТГ code
  for (const auto& tally : tallies) {
    if (tally.kind == model::InstitutionKind::other) continue;  // the institute
    statistics.institutions += tally.count;
    by_status[tally.status] += tally.count;

    const text::Region& region = region_of(tally.oblast);
    auto& oblast = by_oblast[std::string(region.katottg)];
    oblast.katottg = region.katottg;
    oblast.name_uk = region.name_uk;
    add_to(oblast.institutions, oblast.active, tally);

    auto& hromada = by_hromada[tally.hromada_katottg];
    hromada.katottg = tally.hromada_katottg;
    hromada.oblast_katottg = region.katottg;
    add_to(hromada.institutions, hromada.active, tally);
  }

  for (const auto& [status, count] : by_status) statistics.by_status.push_back({status, count});
  order_by_count(
      statistics.by_status, [](const auto& row) { return row.count; },
      [](const auto& row) { return static_cast<int>(row.status); });
  for (auto& entry : by_oblast) statistics.by_oblast.push_back(std::move(entry.second));
  order_by_count(
      statistics.by_oblast, [](const auto& row) { return row.institutions; },
      [](const auto& row) { return row.katottg; });
  for (auto& entry : by_hromada) statistics.by_hromada.push_back(std::move(entry.second));
  order_by_count(
      statistics.by_hromada, [](const auto& row) { return row.institutions; },
      [](const auto& row) { return row.katottg; });
}

void count_requests(const std::vector<storage::RequestTally>& tallies,
                    InstituteStatistics& statistics) {
  std::map<RequestStatus, std::int64_t> by_status;
  for (auto status = RequestStatus::pending; status <= RequestStatus::withdrawn;
       status = static_cast<RequestStatus>(static_cast<int>(status) + 1)) {
    by_status[status] = 0;
  }
  for (const auto& tally : tallies) by_status[tally.status] += tally.count;
  for (const auto& [status, count] : by_status) {
    statistics.requests_by_status.push_back({status, count});
  }
  order_by_count(
      statistics.requests_by_status, [](const auto& row) { return row.count; },
      [](const auto& row) { return static_cast<int>(row.status); });
}

}  // namespace

InstituteStatistics institute_statistics(storage::Store& store,
                                         const access::Principal& principal) {
  access::require(principal, access::Operation::read_institute_statistics,
                  access::Target::platform());
  std::vector<storage::InstitutionTally> institutions;
  std::vector<storage::RequestTally> requests;
  {
    const auto unit = store.begin(storage::Access::read);
    institutions = unit->institutions().count_grouped();
    requests = unit->connection_requests().count_by_status();
  }
  InstituteStatistics statistics;
  count_institutions(institutions, statistics);
  count_requests(requests, statistics);
  return statistics;
}

}  // namespace ejournal::services
