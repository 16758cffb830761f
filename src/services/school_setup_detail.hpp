// What the school-setup services share: lookups scoped by institution that throw "not found",
// role checks, audit entries and the records as audit JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// Error(not_found) "institution <id> has no <what> <id>".
[[noreturn]] void not_found(const model::InstitutionId& institution, std::string_view what,
                            const std::string& id);

/// Error(not_found) unless the store holds the institution.
void require_institution(storage::UnitOfWork& unit, const model::InstitutionId& institution);

/// The stored records of the institution; Error(not_found) when there is none with the id.
model::AcademicYear stored_year(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::AcademicYearId& id);
model::SchoolClass stored_class(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::ClassId& id);
model::Subgroup stored_subgroup(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                                const model::SubgroupId& id);
model::Person stored_person(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                            const model::PersonId& id);

/// Error(invalid) naming the person and `what` ("a student") unless they hold `role`.
void require_role(storage::UnitOfWork& unit, const model::Person& person, model::Role role,
                  std::string_view what);

/// Appends an audit entry of the principal's action on one record.
class SetupAudit {
 public:
  SetupAudit(storage::UnitOfWork& unit, const access::Principal& principal,
             model::InstitutionId institution, model::Instant at);
  void record(std::string_view type, const std::string& id, std::string_view action,
              std::string before, std::string after);

 private:
  storage::UnitOfWork& unit_;
  std::optional<model::PersonId> actor_;
  model::InstitutionId institution_;
  model::Instant at_;
};

/// The records' audited fields as JSON objects.
std::string year_json(const model::AcademicYear& year);
std::string class_json(const model::SchoolClass& school_class);
std::string subject_json(const model::Subject& subject);
std::string subgroup_json(const model::Subgroup& subgroup);
std::string course_json(const model::Course& course);
std::string enrolment_json(const model::Enrolment& enrolment);
std::string person_json(const model::Person& person);
std::string grant_json(const model::RoleGrant& grant);
std::string link_json(const model::ParentLink& link);

/// The relation as a word: "mother", "father", "guardian", "other".
std::string_view relation_name(model::ParentRelation relation);

}  // namespace ejournal::services::detail
