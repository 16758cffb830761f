// The institute's statistics over the seed's spring-2021 table (ua-school.md §0): Sumy 37, Kyiv
// oblast 26, Dnipropetrovsk 19, Cherkasy 18, Rivne 17 institutions, each oblast's spread over
// hromadas, joined through the onboarding services, with other requests still pending, rejected
// or withdrawn.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

#include "ejournal/error.hpp"
#include "ejournal/security/seeded_random.hpp"
#include "ejournal/services/institute_statistics.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/text/identifiers.hpp"
#include "onboarding_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using model::InstitutionStatus;
using model::RequestStatus;

// One oblast of the seed table: its КАТОТТГ code and how many institutions each hromada has.
struct SeedOblast {
  std::string katottg;
  std::vector<int> hromadas;
};

const std::vector<SeedOblast> kSpring2021 = {
    {"59", {15, 12, 10}},  // Сумська область: 37
    {"32", {14, 12}},      // Київська область: 26
    {"12", {10, 9}},       // Дніпропетровська область: 19
    {"71", {9, 9}},        // Черкаська область: 18
    {"56", {17}},          // Рівненська область: 17
};

// `value` in decimal, zero-padded to `width` digits.
std::string padded(int value, std::size_t width) {
  std::string digits = std::to_string(value);
  return std::string(width - std::min(width, digits.size()), '0') + digits;
}

// The КАТОТТГ code of the `index`-th hromada of `oblast`: raion 01, hromada 010, 020 …
std::string hromada_code(const std::string& oblast, int index) {
  return "UA" + oblast + "01" + padded(10 * (index + 1), 3) + "00000" +
         padded(std::stoi(oblast) * 100 + index, 5);
}

// The `n`-th valid ЄДРПОУ: a seven-digit stem and the one check digit that fits it.
std::string edrpou(int n) {
  const std::string stem = padded(2000000 + n * 37, 7);
  for (char check = '0'; check <= '9'; ++check) {
    try {
      return text::normalize_edrpou(stem + check);
    } catch (const Error&) {
      // Not this digit.
    }
  }
  throw std::logic_error("no check digit fits " + stem);
}

class Statistics : public OnboardingTest {
 protected:
  // A form of the `n`-th institution, in `hromada`.
  static ConnectionRequestForm form(int n, const std::string& hromada) {
    auto form = valid_form();
    form.hromada_katottg = hromada;
    form.institution_name = "Ліцей № " + std::to_string(n + 1);
    form.diso_id = std::to_string(500000 + n);
    form.edrpou = edrpou(n);
    return form;
  }

  model::ConnectionRequestId submit(int n, const std::string& hromada) {
    return submit_connection_request(*store_, clock_, form(n, hromada));
  }

  // The seed table joined, plus 3 pending, 2 rejected and 1 withdrawn requests; then 2
  // institutions of Sumy's first hromada suspended and 1 of Rivne closed.
  void join_the_seed_table() {
    security::SeededRandom random(2021);
    int n = 0;
    std::vector<model::InstitutionId> sumy_first;
    std::vector<model::InstitutionId> rivne;
    for (const auto& oblast : kSpring2021) {
      for (std::size_t h = 0; h < oblast.hromadas.size(); ++h) {
        const auto hromada = hromada_code(oblast.katottg, static_cast<int>(h));
        for (int i = 0; i < oblast.hromadas[h]; ++i) {
          const auto id = submit(n++, hromada);
          const auto approval = approve_connection_request(*store_, clock_, random, operator_, id,
                                                           1, review_options());
          if (oblast.katottg == "59" && h == 0) sumy_first.push_back(approval.institution_id);
          if (oblast.katottg == "56") rivne.push_back(approval.institution_id);
        }
      }
    }
    const auto sumy = hromada_code("59", 0);
    for (int i = 0; i < 3; ++i) (void)submit(n++, sumy);
    for (int i = 0; i < 2; ++i) {
      reject_connection_request(*store_, clock_, operator_, submit(n++, sumy), 1, "не заклад");
    }
    withdraw_connection_request(*store_, clock_, operator_, submit(n++, sumy), 1);

    set_status(sumy_first.at(0), InstitutionStatus::suspended);
    set_status(sumy_first.at(1), InstitutionStatus::suspended);
    set_status(rivne.at(0), InstitutionStatus::closed);
  }

  void set_status(model::InstitutionId id, InstitutionStatus status) {
    const auto unit = store_->begin();
    auto institution = unit->institutions().find(id).value();
    institution.status = status;
    (void)unit->institutions().update(institution);
    unit->commit();
  }
};

TEST_P(Statistics, TheSeedTableComesOutExactly) {
  join_the_seed_table();
  const auto statistics = institute_statistics(*store_, operator_);

  EXPECT_EQ(statistics.institutions, 117);
  EXPECT_EQ(statistics.by_status,
            (std::vector<InstitutionStatusCount>{{InstitutionStatus::active, 114},
                                                 {InstitutionStatus::suspended, 2},
                                                 {InstitutionStatus::closed, 1}}));
  EXPECT_EQ(statistics.by_oblast, (std::vector<OblastCount>{
                                      {"59", "Сумська область", 37, 35},
                                      {"32", "Київська область", 26, 26},
                                      {"12", "Дніпропетровська область", 19, 19},
                                      {"71", "Черкаська область", 18, 18},
                                      {"56", "Рівненська область", 17, 16},
                                  }));
  // Equal counts are ordered by code: 12 in Kyiv oblast before 12 in Sumy, and so on.
  EXPECT_EQ(statistics.by_hromada, (std::vector<HromadaCount>{
                                       {hromada_code("56", 0), "56", 17, 16},
                                       {hromada_code("59", 0), "59", 15, 13},
                                       {hromada_code("32", 0), "32", 14, 14},
                                       {hromada_code("32", 1), "32", 12, 12},
                                       {hromada_code("59", 1), "59", 12, 12},
                                       {hromada_code("12", 0), "12", 10, 10},
                                       {hromada_code("59", 2), "59", 10, 10},
                                       {hromada_code("12", 1), "12", 9, 9},
                                       {hromada_code("71", 0), "71", 9, 9},
                                       {hromada_code("71", 1), "71", 9, 9},
                                   }));
  EXPECT_EQ(statistics.requests_by_status,
            (std::vector<RequestStatusCount>{{RequestStatus::approved, 117},
                                             {RequestStatus::pending, 3},
                                             {RequestStatus::rejected, 2},
                                             {RequestStatus::withdrawn, 1}}));
}

TEST_P(Statistics, AnEmptyPlatformCountsZeroOfEveryStatusAndNotTheInstitute) {
  const auto statistics = institute_statistics(*store_, access::Principal::system());
  EXPECT_EQ(statistics.institutions, 0);
  EXPECT_EQ(statistics.by_status,
            (std::vector<InstitutionStatusCount>{{InstitutionStatus::active, 0},
                                                 {InstitutionStatus::suspended, 0},
                                                 {InstitutionStatus::closed, 0}}));
  EXPECT_TRUE(statistics.by_oblast.empty());
  EXPECT_TRUE(statistics.by_hromada.empty());
  EXPECT_EQ(statistics.requests_by_status,
            (std::vector<RequestStatusCount>{{RequestStatus::pending, 0},
                                             {RequestStatus::approved, 0},
                                             {RequestStatus::rejected, 0},
                                             {RequestStatus::withdrawn, 0}}));
}

TEST_P(Statistics, OnlyTheInstituteOperatorsAndTheSystemMayRead) {
  EXPECT_NO_THROW((void)institute_statistics(*store_, access::Principal::system()));
  const auto school_id = model::InstitutionId::generate();
  model::RoleGrant admin;
  admin.id = model::RoleGrantId::generate();
  admin.institution_id = school_id;
  admin.person_id = model::PersonId::generate();
  admin.role = model::Role::institution_admin;
  for (const auto& principal : {access::Principal::anonymous(),
                                access::Principal::person(admin.person_id, school_id, {admin})}) {
    try {
      (void)institute_statistics(*store_, principal);
      ADD_FAILURE() << "statistics read without the right";
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), Errc::permission) << error.what();
      EXPECT_NE(std::string(error.what()).find("read_institute_statistics"), std::string::npos)
          << error.what();
    }
  }
}

TEST_P(Statistics, AStoredOblastThatIsNoRegionIsNamed) {
  auto school = make_school(0);
  school.oblast = "UA-99";
  {
    const auto unit = store_->begin();
    unit->institutions().insert(school);
    unit->commit();
  }
  try {
    (void)institute_statistics(*store_, operator_);
    ADD_FAILURE() << "an unknown oblast was counted";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), Errc::invalid);
    EXPECT_EQ(error.domain(), ErrorDomain::storage);
    EXPECT_NE(std::string(error.what()).find("'UA-99'"), std::string::npos) << error.what();
  }
}

INSTANTIATE_TEST_SUITE_P(Stores, Statistics, ::testing::Values("memory:", "sqlite::memory:"),
                         store_name);

}  // namespace
}  // namespace ejournal::services::testing
