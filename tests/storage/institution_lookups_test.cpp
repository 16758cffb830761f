// The lookups onboarding makes on every call, which must not read every institution or request:
// an institution by ДІСО id, the institutions of one kind, the open requests with a code. On
// SQLite the plans show the indexes that serve them.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using model::InstitutionKind;

using InstitutionLookups = StoreTest;
using OpenRequestLookups = StoreTest;
using LookupPlans = StoreTest;

std::optional<model::Institution> by_diso_id(Store& store, const std::string& diso_id) {
  return read(store,
              [&](UnitOfWork& unit) { return unit.institutions().find_by_diso_id(diso_id); });
}

std::vector<model::Institution> of_kind(Store& store, InstitutionKind kind) {
  return read(store, [&](UnitOfWork& unit) { return unit.institutions().list_of_kind(kind); });
}

std::vector<std::string> names_of(const std::vector<model::Institution>& institutions) {
  std::vector<std::string> names;
  for (const auto& institution : institutions) names.push_back(institution.name);
  return names;
}

TEST_P(InstitutionLookups, FindByDisoIdFollowsTheStoredCode) {
  auto institution = make_institution(0);
  auto without_code = make_institution(1);
  without_code.diso_id.clear();
  write(store(), [&](UnitOfWork& unit) {
    unit.institutions().insert(institution);
    unit.institutions().insert(without_code);
  });
  institution.version = 1;
  expect_found(by_diso_id(store(), institution.diso_id), institution);
  EXPECT_FALSE(by_diso_id(store(), "999999").has_value());
  // An empty id is "none", not the institution that has none.
  EXPECT_FALSE(by_diso_id(store(), "").has_value());

  auto recoded = institution;
  recoded.diso_id = "777001";
  write(store(), [&](UnitOfWork& unit) { unit.institutions().update(recoded); });
  recoded.version = 2;
  expect_found(by_diso_id(store(), "777001"), recoded);
  EXPECT_FALSE(by_diso_id(store(), institution.diso_id).has_value());
}

TEST_P(InstitutionLookups, ListOfKindInUkrainianOrderThenId) {
  const std::vector<std::string> names = {"Їжакевицький ліцей", "Ґрунтовна школа", "Гімназія № 5",
                                          "Академічний ліцей"};
  std::vector<model::Institution> stored;
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto institution = make_institution(static_cast<int>(i));
    institution.name = names[i];
    stored.push_back(institution);
  }
  auto twin = make_institution(4);
  twin.name = "Гімназія № 5";
  stored.push_back(twin);
  auto institute = make_institution(5);
  institute.kind = InstitutionKind::other;
  institute.name = "Інститут модернізації змісту освіти";
  stored.push_back(institute);
  auto college = make_institution(6);
  college.kind = InstitutionKind::college;
  stored.push_back(college);
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& institution : stored) unit.institutions().insert(institution);
  });

  const auto schools = of_kind(store(), InstitutionKind::school);
  EXPECT_EQ(names_of(schools),
            (std::vector<std::string>{"Академічний ліцей", "Гімназія № 5", "Гімназія № 5",
                                      "Ґрунтовна школа", "Їжакевицький ліцей"}));
  ASSERT_EQ(schools.size(), 5u);
  EXPECT_LT(schools[1].id, schools[2].id);
  const auto institutes = of_kind(store(), InstitutionKind::other);
  ASSERT_EQ(institutes.size(), 1u);
  institute.version = 1;
  expect_same(institutes.front(), institute);
  EXPECT_TRUE(of_kind(store(), InstitutionKind::kindergarten).empty());

  // A change of kind moves the institution from one list to the other.
  auto reclassified = college;
  reclassified.version = 1;
  reclassified.kind = InstitutionKind::vocational;
  write(store(), [&](UnitOfWork& unit) { unit.institutions().update(reclassified); });
  EXPECT_TRUE(of_kind(store(), InstitutionKind::college).empty());
  EXPECT_EQ(ids_of(of_kind(store(), InstitutionKind::vocational)), (std::vector{college.id}));
}

TEST_P(OpenRequestLookups, OneRequestHoldingBothCodesIsFoundOnce) {
  const auto request = make_request(1, 0);
  auto other = make_request(2, 10);
  write(store(), [&](UnitOfWork& unit) {
    unit.connection_requests().insert(request);
    unit.connection_requests().insert(other);
  });
  const auto found = read(store(), [&](UnitOfWork& unit) {
    return unit.connection_requests().find_open(request.edrpou, request.diso_id);
  });
  EXPECT_EQ(ids_of(found), (std::vector{request.id}));
  // A code of each of two requests: both, oldest first.
  const auto both = read(store(), [&](UnitOfWork& unit) {
    return unit.connection_requests().find_open(other.edrpou, request.diso_id);
  });
  EXPECT_EQ(ids_of(both), (std::vector{request.id, other.id}));
}

TEST_P(OpenRequestLookups, EmptyCodesMatchNothing) {
  auto without_diso_id = make_request(1, 0);
  without_diso_id.diso_id.clear();
  write(store(), [&](UnitOfWork& unit) { unit.connection_requests().insert(without_diso_id); });
  EXPECT_TRUE(read(store(), [](UnitOfWork& unit) {
                return unit.connection_requests().find_open("", "");
              }).empty());
  EXPECT_TRUE(read(store(), [](UnitOfWork& unit) {
                return unit.connection_requests().find_open("00000000", "");
              }).empty());
}

// What SQLite plans for `sql` on the test's database file, one line per step.
std::string query_plan(const Location& location, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(location.sqlite_file().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    ADD_FAILURE() << "cannot open " << location.sqlite_file();
    return {};
  }
  sqlite3_stmt* statement = nullptr;
  std::string plan;
  if (sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &statement, nullptr) ==
      SQLITE_OK) {
    while (sqlite3_step(statement) == SQLITE_ROW) {
      plan += reinterpret_cast<const char*>(sqlite3_column_text(statement, 3));
      plan += '\n';
    }
  } else {
    ADD_FAILURE() << sqlite3_errmsg(db);
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return plan;
}

TEST_P(LookupPlans, TheLookupsSearchAnIndexRatherThanScanTheTable) {
  write(store(), [](UnitOfWork& unit) { unit.institutions().insert(make_institution(0)); });
  close();
  const auto by_kind = query_plan(location(), "SELECT id FROM institutions WHERE kind = 5");
  EXPECT_NE(by_kind.find("USING INDEX institutions_by_kind"), std::string::npos) << by_kind;
  const auto by_code = query_plan(location(), "SELECT id FROM institutions WHERE diso_id = '1'");
  EXPECT_NE(by_code.find("USING INDEX"), std::string::npos) << by_code;
  const auto open = query_plan(location(),
                               "SELECT id FROM connection_requests WHERE status IN (1, 2)"
                               " AND edrpou = '1'");
  EXPECT_NE(open.find("USING INDEX"), std::string::npos) << open;
}

INSTANTIATE_TEST_SUITE_P(Backends, InstitutionLookups, ::testing::ValuesIn(all_backends()),
                         backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, OpenRequestLookups, ::testing::ValuesIn(all_backends()),
                         backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, LookupPlans, ::testing::Values(Backend::sqlite_file),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
