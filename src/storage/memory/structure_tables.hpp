// The tables of institutions, people and the school's structure, with their secondary indexes.
#pragma once

#include <string>
#include <tuple>

#include "ejournal/model/institution.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/school.hpp"
#include "table.hpp"

namespace ejournal::storage::memory {

/// The key of a record that belongs to no institution: its id.
template <class Record>
auto own_key(const Record& record) {
  return std::tuple{record.id};
}

/// The key of a record an institution owns: the institution's id, then the record's.
template <class Record>
auto scoped_key(const Record& record) {
  return std::tuple{record.institution_id, record.id};
}

/// A subgroup membership is its own key.
inline auto member_key(const model::SubgroupMember& member) {
  return std::tuple{member.institution_id, member.subgroup_id, member.student_id};
}

using InstitutionScope = std::tuple<model::InstitutionId>;

/// ЄДРПОУ and ДІСО ids are unique among the institutions that have one; an empty one is "none".
/// The institutions of each kind, for finding the institute (kind other) among the schools.
struct InstitutionIndexes {
  UniqueIndex<std::tuple<std::string>, model::InstitutionId> by_edrpou;
  UniqueIndex<std::tuple<std::string>, model::InstitutionId> by_diso_id;
  GroupIndex<std::tuple<model::InstitutionKind>, model::InstitutionId> by_kind;

  void add(const model::Institution& row) {
    if (!row.edrpou.empty()) by_edrpou.add({row.edrpou}, row.id);
    if (!row.diso_id.empty()) by_diso_id.add({row.diso_id}, row.id);
    by_kind.add({row.kind}, row.id);
  }
  void remove(const model::Institution& row) {
    by_edrpou.remove({row.edrpou});
    by_diso_id.remove({row.diso_id});
    by_kind.remove({row.kind}, row.id);
  }
};

/// Whether a request holds its ЄДРПОУ and ДІСО id: while pending or approved.
inline bool holds_its_keys(const model::ConnectionRequest& request) {
  return request.status == model::RequestStatus::pending ||
         request.status == model::RequestStatus::approved;
}

/// Among pending and approved requests, ЄДРПОУ and ДІСО ids are unique (the SQL schema's partial
/// unique indexes).
struct ConnectionRequestIndexes {
  UniqueIndex<std::tuple<std::string>, model::ConnectionRequestId> open_by_edrpou;
  UniqueIndex<std::tuple<std::string>, model::ConnectionRequestId> open_by_diso_id;

  void add(const model::ConnectionRequest& row) {
    if (!holds_its_keys(row)) return;
    open_by_edrpou.add({row.edrpou}, row.id);
    open_by_diso_id.add({row.diso_id}, row.id);
  }
  void remove(const model::ConnectionRequest& row) {
    if (!holds_its_keys(row)) return;
    open_by_edrpou.remove({row.edrpou});
    open_by_diso_id.remove({row.diso_id});
  }
};

/// An institution's people, and people by e-mail (the first by id wins find_by_email).
struct PersonIndexes {
  GroupIndex<InstitutionScope, model::PersonId> by_institution;
  GroupIndex<std::tuple<model::InstitutionId, std::string>, model::PersonId> by_email;

  void add(const model::Person& row) {
    by_institution.add({row.institution_id}, row.id);
    by_email.add({row.institution_id, row.email}, row.id);
  }
  void remove(const model::Person& row) {
    by_institution.remove({row.institution_id}, row.id);
    by_email.remove({row.institution_id, row.email}, row.id);
  }
};

/// What makes a role grant unique: the same role (for the same class) is granted once.
inline auto grant_assignment(const model::RoleGrant& grant) {
  return std::tuple{grant.institution_id, grant.person_id, grant.role, grant.class_id};
}

/// Grants unique per (person, role, class); a person's grants by role; grants of a role by id.
struct RoleGrantIndexes {
  UniqueIndex<decltype(grant_assignment(model::RoleGrant{})), model::RoleGrantId> by_assignment;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>,
             std::tuple<model::Role, model::RoleGrantId>>
      by_person;
  GroupIndex<std::tuple<model::InstitutionId, model::Role>, model::RoleGrantId> by_role;

  void add(const model::RoleGrant& row) {
    by_assignment.add(grant_assignment(row), row.id);
    by_person.add({row.institution_id, row.person_id}, {row.role, row.id});
    by_role.add({row.institution_id, row.role}, row.id);
  }
  void remove(const model::RoleGrant& row) {
    by_assignment.remove(grant_assignment(row));
    by_person.remove({row.institution_id, row.person_id}, {row.role, row.id});
    by_role.remove({row.institution_id, row.role}, row.id);
  }
};

/// Links unique per (parent, child); a parent's and a child's links by id.
struct ParentLinkIndexes {
  UniqueIndex<std::tuple<model::InstitutionId, model::PersonId, model::PersonId>,
              model::ParentLinkId>
      by_pair;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>, model::ParentLinkId> by_parent;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>, model::ParentLinkId> by_child;

  void add(const model::ParentLink& row) {
    by_pair.add({row.institution_id, row.parent_id, row.child_id}, row.id);
    by_parent.add({row.institution_id, row.parent_id}, row.id);
    by_child.add({row.institution_id, row.child_id}, row.id);
  }
  void remove(const model::ParentLink& row) {
    by_pair.remove({row.institution_id, row.parent_id, row.child_id});
    by_parent.remove({row.institution_id, row.parent_id}, row.id);
    by_child.remove({row.institution_id, row.child_id}, row.id);
  }
};

/// An institution's years.
struct AcademicYearIndexes {
  /// Ordered by first day.
  GroupIndex<InstitutionScope, std::tuple<model::Date, model::AcademicYearId>> by_institution;

  void add(const model::AcademicYear& row) {
    by_institution.add({row.institution_id}, {row.calendar.first, row.id});
  }
  void remove(const model::AcademicYear& row) {
    by_institution.remove({row.institution_id}, {row.calendar.first, row.id});
  }
};

/// Class names unique per academic year; a year's classes.
struct ClassIndexes {
  UniqueIndex<std::tuple<model::InstitutionId, model::AcademicYearId, std::string>, model::ClassId>
      by_name;
  GroupIndex<std::tuple<model::InstitutionId, model::AcademicYearId>, model::ClassId> by_year;

  void add(const model::SchoolClass& row) {
    by_name.add({row.institution_id, row.academic_year_id, row.name}, row.id);
    by_year.add({row.institution_id, row.academic_year_id}, row.id);
  }
  void remove(const model::SchoolClass& row) {
    by_name.remove({row.institution_id, row.academic_year_id, row.name});
    by_year.remove({row.institution_id, row.academic_year_id}, row.id);
  }
};

/// Subject names unique per institution; an institution's subjects.
struct SubjectIndexes {
  UniqueIndex<std::tuple<model::InstitutionId, std::string>, model::SubjectId> by_name;
  GroupIndex<InstitutionScope, model::SubjectId> by_institution;

  void add(const model::Subject& row) {
    by_name.add({row.institution_id, row.name}, row.id);
    by_institution.add({row.institution_id}, row.id);
  }
  void remove(const model::Subject& row) {
    by_name.remove({row.institution_id, row.name});
    by_institution.remove({row.institution_id}, row.id);
  }
};

/// A class's subgroups.
struct SubgroupIndexes {
  GroupIndex<std::tuple<model::InstitutionId, model::ClassId>, model::SubgroupId> by_class;

  void add(const model::Subgroup& row) { by_class.add({row.institution_id, row.class_id}, row.id); }
  void remove(const model::Subgroup& row) {
    by_class.remove({row.institution_id, row.class_id}, row.id);
  }
};

/// A subgroup's students by id.
struct SubgroupMemberIndexes {
  GroupIndex<std::tuple<model::InstitutionId, model::SubgroupId>, model::PersonId> by_subgroup;

  void add(const model::SubgroupMember& row) {
    by_subgroup.add({row.institution_id, row.subgroup_id}, row.student_id);
  }
  void remove(const model::SubgroupMember& row) {
    by_subgroup.remove({row.institution_id, row.subgroup_id}, row.student_id);
  }
};

/// An institution's courses by id (lists filter them).
struct CourseIndexes {
  GroupIndex<InstitutionScope, model::CourseId> by_institution;

  void add(const model::Course& row) { by_institution.add({row.institution_id}, row.id); }
  void remove(const model::Course& row) { by_institution.remove({row.institution_id}, row.id); }
};

/// Enrolments by institution, class and student, each by arrival, then id.
struct EnrolmentIndexes {
  using Entry = std::tuple<model::Date, model::EnrolmentId>;  ///< arrival, then id
  GroupIndex<InstitutionScope, Entry> by_institution;
  GroupIndex<std::tuple<model::InstitutionId, model::ClassId>, Entry> by_class;
  GroupIndex<std::tuple<model::InstitutionId, model::PersonId>, Entry> by_student;

  void add(const model::Enrolment& row) {
    by_institution.add({row.institution_id}, {row.arrived, row.id});
    by_class.add({row.institution_id, row.class_id}, {row.arrived, row.id});
    by_student.add({row.institution_id, row.student_id}, {row.arrived, row.id});
  }
  void remove(const model::Enrolment& row) {
    by_institution.remove({row.institution_id}, {row.arrived, row.id});
    by_class.remove({row.institution_id, row.class_id}, {row.arrived, row.id});
    by_student.remove({row.institution_id, row.student_id}, {row.arrived, row.id});
  }
};

}  // namespace ejournal::storage::memory
