// The accounts fixture's school (a year, the class 5-А, a subject, a teacher and two students, none
// enrolled) plus a second school in the same store, and a snapshot of the school's structure:
// what the school-setup tests need.
#pragma once

#include <string>

#include "accounts_fixture.hpp"
#include "ejournal/model/people.hpp"

namespace ejournal::services::testing {

class SetupTest : public AccountsTest {
 protected:
  void SetUp() override;

  /// AccountsTest::snapshot() and every year, class, subject, subgroup (with its members), course
  /// and enrolment of the school, with the audit entries the administrator made.
  [[nodiscard]] std::string structure();
  /// Every audit entry of `entity_type` `entity_id` in the school as "action|before|after".
  [[nodiscard]] std::vector<std::string> trail(const std::string& entity_type,
                                               const std::string& entity_id);
  /// A person of the school holding `role`, stored.
  model::Person add_person(const std::string& surname, const std::string& given_name,
                           model::Role role);

  [[nodiscard]] model::InstitutionId school() const { return school_.institution.id; }
  [[nodiscard]] access::Principal teacher() const;

  storage::testing::School other_ = storage::testing::make_school(1, 1, 0);
};

}  // namespace ejournal::services::testing
