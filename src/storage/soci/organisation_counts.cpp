// The grouped counts of institutions and connection requests (the institute's statistics): one
// GROUP BY each, so that the rows grow with the places and statuses, not with the records.
#include <algorithm>
#include <string>
#include <tuple>

#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

using model::InstitutionKind;
using model::InstitutionStatus;
using model::RequestStatus;

std::vector<InstitutionTally> SociInstitutionRepository::count_grouped() {
  int kind = 0;
  int status = 0;
  std::string oblast;
  std::string hromada;
  long long count = 0;
  Statement statement = connection_.statement(
      "SELECT kind, status, oblast, hromada_katottg, COUNT(*) FROM institutions"
      " GROUP BY kind, status, oblast, hromada_katottg",
      soci::into(kind), soci::into(status), soci::into(oblast), soci::into(hromada),
      soci::into(count));
  std::vector<InstitutionTally> tallies;
  for_each_row(statement, [&] {
    tallies.push_back({enum_from_code(kind, InstitutionKind::kindergarten, InstitutionKind::other,
                                      "institution kind"),
                       enum_from_code(status, InstitutionStatus::active, InstitutionStatus::closed,
                                      "institution status"),
                       oblast, hromada, count});
  });
  // Sorted here rather than by ORDER BY: the database's collation must not decide the order of
  // the codes.
  std::ranges::sort(tallies, {}, [](const InstitutionTally& tally) {
    return std::tie(tally.kind, tally.status, tally.oblast, tally.hromada_katottg);
  });
  return tallies;
}

std::vector<RequestTally> SociConnectionRequestRepository::count_by_status() {
  int status = 0;
  long long count = 0;
  Statement statement = connection_.statement(
      "SELECT status, COUNT(*) FROM connection_requests GROUP BY status ORDER BY status",
      soci::into(status), soci::into(count));
  std::vector<RequestTally> tallies;
  for_each_row(statement, [&] {
    tallies.push_back(
        {enum_from_code(status, RequestStatus::pending, RequestStatus::withdrawn, "request status"),
         count});
  });
  return tallies;
}

}  // namespace ejournal::storage::soci_backend
