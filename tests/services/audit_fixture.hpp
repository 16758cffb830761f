// The accounts fixture's school, plus the institute with an operator and an administrator of its
// own: what the audit trail tests need to produce entries of every kind and read them back.
#pragma once

#include <string>
#include <vector>

#include "accounts_fixture.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/services/onboarding.hpp"

namespace ejournal::services::testing {

/// One entry with every field, as text: equal texts mean byte-identical entries.
[[nodiscard]] std::string text_of(const model::AuditEntry& entry);
/// Every entry of `entries` as text_of(), in order.
[[nodiscard]] std::vector<std::string> texts_of(const std::vector<model::AuditEntry>& entries);

class AuditTest : public AccountsTest {
 protected:
  void SetUp() override;

  /// Submits a valid connection request with `edrpou` (also its ДІСО id, prefixed) and returns
  /// its id.
  model::ConnectionRequestId submit(const std::string& edrpou);
  /// Approves the request as the operator.
  Approval approve(model::ConnectionRequestId request);
  /// Every entry of the institution about `entity_type` `entity_id`, read by the system.
  [[nodiscard]] std::vector<model::AuditEntry> trail(model::InstitutionId institution,
                                                     const std::string& entity_type,
                                                     const std::string& entity_id);

  model::Institution institute_;
  model::Person operator_person_;
  access::Principal operator_ = access::Principal::anonymous();
  /// An institution administrator of the institute itself, who may read its trail.
  access::Principal institute_admin_ = access::Principal::anonymous();
  access::Principal teacher_ = access::Principal::anonymous();
};

}  // namespace ejournal::services::testing
