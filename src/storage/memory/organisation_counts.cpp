// The grouped counts of institutions and connection requests (the institute's statistics).
#include <map>
#include <string>
#include <tuple>

#include "organisation_repositories.hpp"

namespace ejournal::storage::memory {

std::vector<InstitutionTally> MemoryInstitutions::count_grouped() {
  using Group =
      std::tuple<model::InstitutionKind, model::InstitutionStatus, std::string, std::string>;
  std::map<Group, std::int64_t> counts;
  tx_.read().institutions.for_each([&](const model::Institution& row) {
    ++counts[Group{row.kind, row.status, row.oblast, row.hromada_katottg}];
  });
  std::vector<InstitutionTally> tallies;
  tallies.reserve(counts.size());
  for (const auto& [group, count] : counts) {
    const auto& [kind, status, oblast, hromada] = group;
    tallies.push_back({kind, status, oblast, hromada, count});
  }
  return tallies;
}

std::vector<RequestTally> MemoryConnectionRequests::count_by_status() {
  std::map<model::RequestStatus, std::int64_t> counts;
  tx_.read().connection_requests.for_each(
      [&](const model::ConnectionRequest& row) { ++counts[row.status]; });
  std::vector<RequestTally> tallies;
  tallies.reserve(counts.size());
  for (const auto& [status, count] : counts) tallies.push_back({status, count});
  return tallies;
}

}  // namespace ejournal::storage::memory
