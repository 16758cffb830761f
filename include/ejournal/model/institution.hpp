// Institutions and the connection requests that bring them in (ua-school.md §0, §5.1, §5.3–§5.5).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"

namespace ejournal::model {

enum class InstitutionKind { kindergarten = 1, school, college, vocational, other };

enum class InstitutionStatus {
  active = 1,  ///< working in the system
  suspended,   ///< temporarily closed to sign-ins; data kept
  closed,      ///< left the system; data kept for the retention period
};

/// An educational institution, or the analytics institute that runs the platform (kind other).
/// Every other record belongs to exactly one institution.
struct Institution {
  InstitutionId id;
  InstitutionKind kind = InstitutionKind::school;
  std::string name;             ///< as registered, NFC, spaces collapsed
  std::string diso_id;          ///< id in the state education registry (digits)
  std::string edrpou;           ///< ЄДРПОУ, 8 digits with a valid check digit
  std::string oblast;           ///< ISO 3166-2 code of the first-level unit, e.g. "UA-59"
  std::string hromada_katottg;  ///< КАТОТТГ code of the hromada, "UA" + 17 digits
  InstitutionStatus status = InstitutionStatus::active;
  Instant created_at{};
  std::int64_t version = 0;  ///< optimistic concurrency; set by the store
};

enum class RequestStatus { pending = 1, approved, rejected, withdrawn };

/// Step 1 of onboarding: what an institution sends to join.
struct ConnectionRequest {
  ConnectionRequestId id;
  InstitutionKind kind = InstitutionKind::school;
  std::string hromada_katottg;  ///< КАТОТТГ code of the city or hromada
  std::string institution_name;
  std::string diso_id;
  std::string edrpou;
  std::string admin_surname;
  std::string admin_given_name;
  std::optional<std::string> admin_patronymic;
  std::string admin_email;  ///< normalised (domain lower-case, IDN as ASCII)
  std::string admin_phone;  ///< E.164
  RequestStatus status = RequestStatus::pending;
  std::string decision_reason;  ///< required for a rejection
  Instant submitted_at{};
  std::optional<Instant> decided_at;
  std::optional<InstitutionId> institution_id;  ///< set on approval
  std::int64_t version = 0;
};

}  // namespace ejournal::model
