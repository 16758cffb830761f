// People of an institution, their roles and the parent–child links (ua-school.md §5.7, §7).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/text/names.hpp"

namespace ejournal::model {

/// An id of the person in another system (ДІСО, АІКОМ, a vendor's own records).
struct ExternalId {
  std::string system;  ///< e.g. "diso"
  std::string value;
  friend bool operator==(const ExternalId&, const ExternalId&) = default;
};

/// A person as one institution knows them. A parent with children in two schools is a person
/// in each; accounts (sign-in) link them.
struct Person {
  PersonId id;
  InstitutionId institution_id;
  std::string surname;  ///< normalised like text::parse_full_name: NFC, apostrophes U+02BC
  std::string given_name;
  std::optional<std::string> patronymic;
  std::optional<text::Gender> gender;  ///< grammatical gender of generated words
  std::string email;                   ///< normalised, or empty
  std::string phone;                   ///< E.164, or empty
  std::vector<ExternalId> external_ids;
  std::int64_t version = 0;
};

enum class Role {
  institute_operator = 1,  ///< reviews connection requests (a person of the institute)
  institution_admin,
  deputy,
  teacher,
  class_teacher,  ///< of `class_id`
  student,
  parent,  ///< of the children its ParentLinks name
};

/// A role a person holds in their institution.
struct RoleGrant {
  RoleGrantId id;
  InstitutionId institution_id;
  PersonId person_id;
  Role role = Role::teacher;
  std::optional<ClassId> class_id;  ///< set for class_teacher only
};

enum class ParentRelation { mother = 1, father, guardian, other };

/// A parent or legal representative of a student of the same institution.
struct ParentLink {
  ParentLinkId id;
  InstitutionId institution_id;
  PersonId parent_id;
  PersonId child_id;
  ParentRelation relation = ParentRelation::other;
};

}  // namespace ejournal::model
