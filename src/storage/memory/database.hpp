// Everything a memory store holds: one table per record type. A Database is a snapshot: a copy
// shares the rows of the original until it changes them (see ShardedMap).
#pragma once

#include <cstdint>

#include "accounts_tables.hpp"
#include "journal_tables.hpp"
#include "structure_tables.hpp"

namespace ejournal::storage::memory {

/// One snapshot of the store: every table.
struct Database {
  Table<model::Institution, &own_key<model::Institution>, InstitutionIndexes> institutions;
  Table<model::ConnectionRequest, &own_key<model::ConnectionRequest>, ConnectionRequestIndexes>
      connection_requests;
  Table<model::Person, &scoped_key<model::Person>, PersonIndexes> people;
  Table<model::RoleGrant, &scoped_key<model::RoleGrant>, RoleGrantIndexes> role_grants;
  Table<model::ParentLink, &scoped_key<model::ParentLink>, ParentLinkIndexes> parent_links;
  Table<model::AcademicYear, &scoped_key<model::AcademicYear>, AcademicYearIndexes> academic_years;
  Table<model::SchoolClass, &scoped_key<model::SchoolClass>, ClassIndexes> classes;
  Table<model::Subject, &scoped_key<model::Subject>, SubjectIndexes> subjects;
  Table<model::Subgroup, &scoped_key<model::Subgroup>, SubgroupIndexes> subgroups;
  Table<model::SubgroupMember, &member_key, SubgroupMemberIndexes> subgroup_members;
  Table<model::Course, &scoped_key<model::Course>, CourseIndexes> courses;
  Table<model::Enrolment, &scoped_key<model::Enrolment>, EnrolmentIndexes> enrolments;
  Table<model::Lesson, &scoped_key<model::Lesson>, LessonIndexes> lessons;
  Table<model::GradeEntry, &scoped_key<model::GradeEntry>, GradeIndexes> grades;
  Table<model::AttendanceMark, &scoped_key<model::AttendanceMark>, AttendanceIndexes> attendance;
  Table<model::Comment, &scoped_key<model::Comment>, CommentIndexes> comments;
  Table<model::Invitation, &scoped_key<model::Invitation>, InvitationIndexes> invitations;
  Table<AuditRow, &audit_key, AuditIndexes> audit;
  Table<model::Notification, &scoped_key<model::Notification>, NotificationIndexes> notifications;
  Table<model::NotificationPreferences, &preferences_key> notification_preferences;
  Table<model::Account, &scoped_key<model::Account>, AccountIndexes> accounts;
  Table<model::SignInSession, &scoped_key<model::SignInSession>, SessionIndexes> sessions;

  /// The sequence number of the next audit entry; it only grows, so a rolled-back append
  /// leaves a harmless gap.
  std::uint64_t next_audit_sequence = 1;
};

}  // namespace ejournal::storage::memory
