// A small world for access tests: the institute, a school with classes 5-А and 5-Б, another
// school, and one principal per role.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "ejournal/access/policy.hpp"

namespace ejournal::access::testing {

/// An id whose last byte is `n` and whose first byte tells the kinds apart in messages.
template <class IdT>
IdT numbered(std::uint8_t kind, std::uint8_t n) {
  IdT id;
  id.value.data[0] = kind;
  id.value.data[15] = n;
  return id;
}

inline model::InstitutionId institution(std::uint8_t n) {
  return numbered<model::InstitutionId>(0x10, n);
}
inline model::ClassId school_class(std::uint8_t n) {
  return numbered<model::ClassId>(0x20, n);
}
inline model::CourseId course(std::uint8_t n) {
  return numbered<model::CourseId>(0x30, n);
}
inline model::PersonId person(std::uint8_t n) {
  return numbered<model::PersonId>(0x40, n);
}

/// A grant of `role` to `who` in `where` (with `class_id` for a class teacher).
inline model::RoleGrant grant(const model::PersonId& who, const model::InstitutionId& where,
                              model::Role role, std::optional<model::ClassId> class_id = {}) {
  return {.id = numbered<model::RoleGrantId>(0x50, static_cast<std::uint8_t>(role)),
          .institution_id = where,
          .person_id = who,
          .role = role,
          .class_id = class_id};
}

/// A person of `where` holding the single `role`.
inline Principal one_role(const model::PersonId& who, const model::InstitutionId& where,
                          model::Role role, std::optional<model::ClassId> class_id = {}) {
  return Principal::person(who, where, {grant(who, where, role, class_id)});
}

// The places.
inline const model::InstitutionId kInstitute = institution(1);  ///< runs the platform
inline const model::InstitutionId kSchool = institution(2);
inline const model::InstitutionId kOtherSchool = institution(3);
inline const model::ClassId k5A = school_class(1);
inline const model::ClassId k5B = school_class(2);
inline const model::ClassId kOtherSchoolClass = school_class(3);
inline const model::CourseId kMath5A = course(1);
inline const model::CourseId kMath5B = course(2);
inline const model::CourseId kOtherSchoolCourse = course(3);

// The people.
inline const model::PersonId kOperator = person(1);
inline const model::PersonId kAdmin = person(2);
inline const model::PersonId kDeputy = person(3);
inline const model::PersonId kTeacher = person(4);       ///< teaches kMath5A
inline const model::PersonId kClassTeacher = person(5);  ///< of 5-А
inline const model::PersonId kPupil = person(6);         ///< in 5-А; kParent's child
inline const model::PersonId kParent = person(7);
inline const model::PersonId kClassmate = person(8);  ///< in 5-А
inline const model::PersonId kPupil5B = person(9);
inline const model::PersonId kOtherSchoolPupil = person(10);

}  // namespace ejournal::access::testing
