// The repositories a store offers, one per aggregate. A vendor's own backend implements these.
//
// Rules every implementation keeps (tests/storage checks them on every backend):
// - Every read and write is scoped by institution: a record of another institution is "not
//   found", never returned or changed.
// - insert fails with Error(exists) when the id (or a unique key named on the method) is taken,
//   and sets nothing else; the stored version of a versioned record starts at 1.
// - update takes the record as last read; when its version differs from the stored one it
//   fails with Error(conflict) and changes nothing, otherwise it stores the record with
//   version + 1 and returns that version. Error(not_found) when there is no such record.
// - Lists come back in a stable documented order.
// - A unit of work begun for reading (Access::read) refuses every write with Error(invalid)
//   and changes nothing.
// - insert_many writes all rows or, on any failure, none (within the caller's unit of work,
//   which the failure leaves to be rolled back); `progress` is called with (rows done, total)
//   after each batch and may throw to abort.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/model/accounts.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/records.hpp"
#include "ejournal/model/school.hpp"

namespace ejournal::storage {

namespace model = ejournal::model;

/// Called with (rows written, rows in the call) during a bulk write.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

/// An inclusive range of days; an empty side is open.
struct DayRange {
  std::optional<model::Date> first;
  std::optional<model::Date> last;
};

/// How many institutions share one kind, status, oblast and hromada: a row of
/// InstitutionRepository::count_grouped.
struct InstitutionTally {
  model::InstitutionKind kind = model::InstitutionKind::school;
  model::InstitutionStatus status = model::InstitutionStatus::active;
  std::string oblast;           ///< as stored: the ISO 3166-2 code
  std::string hromada_katottg;  ///< as stored
  std::int64_t count = 0;

  friend bool operator==(const InstitutionTally&, const InstitutionTally&) = default;
};

/// How many connection requests have one status: a row of
/// ConnectionRequestRepository::count_by_status.
struct RequestTally {
  model::RequestStatus status = model::RequestStatus::pending;
  std::int64_t count = 0;

  friend bool operator==(const RequestTally&, const RequestTally&) = default;
};

class InstitutionRepository {
 public:
  virtual ~InstitutionRepository() = default;
  /// Error(exists) also for a taken ЄДРПОУ or ДІСО id.
  virtual void insert(const model::Institution& institution) = 0;
  virtual std::optional<model::Institution> find(model::InstitutionId id) = 0;
  virtual std::optional<model::Institution> find_by_edrpou(std::string_view edrpou) = 0;
  /// The institution with this ДІСО id; an empty one finds nothing. An index lookup.
  virtual std::optional<model::Institution> find_by_diso_id(std::string_view diso_id) = 0;
  virtual std::int64_t update(const model::Institution& institution) = 0;
  /// By name in Ukrainian order, then id; only those with `status` when given.
  virtual std::vector<model::Institution> list(
      std::optional<model::InstitutionStatus> status = std::nullopt) = 0;
  /// The institutions of `kind`, in list()'s order. Reads only them (an index on the kind), so
  /// the one institute (kind other) is found without reading the thousands of schools.
  virtual std::vector<model::Institution> list_of_kind(model::InstitutionKind kind) = 0;
  /// The institutions counted per (kind, status, oblast, hromada), one row per group that has
  /// any, ordered by kind, status, oblast and hromada (codes bytewise). A grouped count in the
  /// backend: the rows grow with the places, not with the institutions.
  virtual std::vector<InstitutionTally> count_grouped() = 0;
};

/// Connection requests precede their institution, so they are the platform's, not scoped.
class ConnectionRequestRepository {
 public:
  virtual ~ConnectionRequestRepository() = default;
  virtual void insert(const model::ConnectionRequest& request) = 0;
  virtual std::optional<model::ConnectionRequest> find(model::ConnectionRequestId id) = 0;
  virtual std::int64_t update(const model::ConnectionRequest& request) = 0;
  /// Oldest first; only those with `status` when given.
  virtual std::vector<model::ConnectionRequest> list(
      std::optional<model::RequestStatus> status = std::nullopt) = 0;
  /// Pending or approved requests with this ЄДРПОУ or this ДІСО id, oldest first.
  virtual std::vector<model::ConnectionRequest> find_open(std::string_view edrpou,
                                                          std::string_view diso_id) = 0;
  /// The requests counted per status, one row per status that has any, by status.
  virtual std::vector<RequestTally> count_by_status() = 0;
};

class PersonRepository {
 public:
  virtual ~PersonRepository() = default;
  virtual void insert(const model::Person& person) = 0;
  virtual void insert_many(std::span<const model::Person> people, const Progress& progress) = 0;
  virtual std::optional<model::Person> find(model::InstitutionId institution,
                                            model::PersonId id) = 0;
  /// Case-sensitive match of the normalised e-mail; the first by id when several share it.
  virtual std::optional<model::Person> find_by_email(model::InstitutionId institution,
                                                     std::string_view email) = 0;
  virtual std::int64_t update(const model::Person& person) = 0;
  /// Ukrainian alphabetical order (surname, given name, patronymic), then id.
  virtual std::vector<model::Person> list(model::InstitutionId institution) = 0;
};

class RoleGrantRepository {
 public:
  virtual ~RoleGrantRepository() = default;
  /// Error(exists) also for the same (person, role, class) granted twice.
  virtual void insert(const model::RoleGrant& grant) = 0;
  virtual void remove(model::InstitutionId institution, model::RoleGrantId id) = 0;
  /// By role, then id.
  virtual std::vector<model::RoleGrant> list_for_person(model::InstitutionId institution,
                                                        model::PersonId person) = 0;
  /// By id.
  virtual std::vector<model::RoleGrant> list_with_role(model::InstitutionId institution,
                                                       model::Role role) = 0;
};

class ParentLinkRepository {
 public:
  virtual ~ParentLinkRepository() = default;
  /// Error(exists) also for the same (parent, child) linked twice.
  virtual void insert(const model::ParentLink& link) = 0;
  virtual void remove(model::InstitutionId institution, model::ParentLinkId id) = 0;
  /// By id.
  virtual std::vector<model::ParentLink> children_of(model::InstitutionId institution,
                                                     model::PersonId parent) = 0;
  virtual std::vector<model::ParentLink> parents_of(model::InstitutionId institution,
                                                    model::PersonId child) = 0;
};

class AcademicYearRepository {
 public:
  virtual ~AcademicYearRepository() = default;
  virtual void insert(const model::AcademicYear& year) = 0;
  virtual std::optional<model::AcademicYear> find(model::InstitutionId institution,
                                                  model::AcademicYearId id) = 0;
  virtual std::int64_t update(const model::AcademicYear& year) = 0;
  /// By first day.
  virtual std::vector<model::AcademicYear> list(model::InstitutionId institution) = 0;
};

class ClassRepository {
 public:
  virtual ~ClassRepository() = default;
  /// Error(exists) also for a name taken in the same academic year.
  virtual void insert(const model::SchoolClass& school_class) = 0;
  virtual std::optional<model::SchoolClass> find(model::InstitutionId institution,
                                                 model::ClassId id) = 0;
  virtual std::int64_t update(const model::SchoolClass& school_class) = 0;
  /// By grade number, then letter ("2-А" before "10-А"), then id.
  virtual std::vector<model::SchoolClass> list(model::InstitutionId institution,
                                               model::AcademicYearId year) = 0;
};

class SubjectRepository {
 public:
  virtual ~SubjectRepository() = default;
  /// Error(exists) also for a name the institution already has.
  virtual void insert(const model::Subject& subject) = 0;
  virtual std::optional<model::Subject> find(model::InstitutionId institution,
                                             model::SubjectId id) = 0;
  /// By name in Ukrainian order.
  virtual std::vector<model::Subject> list(model::InstitutionId institution) = 0;
};

class SubgroupRepository {
 public:
  virtual ~SubgroupRepository() = default;
  virtual void insert(const model::Subgroup& subgroup) = 0;
  virtual std::optional<model::Subgroup> find(model::InstitutionId institution,
                                              model::SubgroupId id) = 0;
  /// By name, then id.
  virtual std::vector<model::Subgroup> list(model::InstitutionId institution,
                                            model::ClassId school_class) = 0;
  /// Error(exists) when already a member.
  virtual void add_member(const model::SubgroupMember& member) = 0;
  /// Error(not_found) when not a member.
  virtual void remove_member(const model::SubgroupMember& member) = 0;
  /// By student id.
  virtual std::vector<model::PersonId> members(model::InstitutionId institution,
                                               model::SubgroupId subgroup) = 0;
};

/// Filters of CourseRepository::list; empty ones match all.
struct CourseQuery {
  std::optional<model::AcademicYearId> academic_year;
  std::optional<model::ClassId> school_class;
  std::optional<model::PersonId> teacher;
};

class CourseRepository {
 public:
  virtual ~CourseRepository() = default;
  virtual void insert(const model::Course& course) = 0;
  virtual std::optional<model::Course> find(model::InstitutionId institution,
                                            model::CourseId id) = 0;
  virtual std::int64_t update(const model::Course& course) = 0;
  /// By id.
  virtual std::vector<model::Course> list(model::InstitutionId institution,
                                          const CourseQuery& query) = 0;
};

/// Filters of EnrolmentRepository::list; empty ones match all.
struct EnrolmentQuery {
  std::optional<model::ClassId> school_class;
  std::optional<model::PersonId> student;
  /// Only enrolments current on this day (arrived ≤ day, and not departed before it).
  std::optional<model::Date> on;
};

class EnrolmentRepository {
 public:
  virtual ~EnrolmentRepository() = default;
  virtual void insert(const model::Enrolment& enrolment) = 0;
  /// Enrolling a whole class: all or nothing.
  virtual void insert_many(std::span<const model::Enrolment> enrolments,
                           const Progress& progress) = 0;
  virtual std::optional<model::Enrolment> find(model::InstitutionId institution,
                                               model::EnrolmentId id) = 0;
  virtual std::int64_t update(const model::Enrolment& enrolment) = 0;
  /// By arrival, then id.
  virtual std::vector<model::Enrolment> list(model::InstitutionId institution,
                                             const EnrolmentQuery& query) = 0;
};

class LessonRepository {
 public:
  virtual ~LessonRepository() = default;
  /// Error(exists) also for a second lesson of the course with the same date and number.
  virtual void insert(const model::Lesson& lesson) = 0;
  virtual void insert_many(std::span<const model::Lesson> lessons, const Progress& progress) = 0;
  virtual std::optional<model::Lesson> find(model::InstitutionId institution,
                                            model::LessonId id) = 0;
  virtual std::int64_t update(const model::Lesson& lesson) = 0;
  /// Deletes the lesson. Error(not_found) when there is no such lesson; Error(conflict) when a
  /// grade, an attendance mark or a comment refers to it (nothing is deleted).
  virtual void remove(model::InstitutionId institution, model::LessonId id) = 0;
  /// The course's lessons in `days`, by date, then number.
  virtual std::vector<model::Lesson> list(model::InstitutionId institution, model::CourseId course,
                                          const DayRange& days) = 0;
  /// The lessons of every course in `courses` in `days`, by date, then number, then id.
  virtual std::vector<model::Lesson> list_for_courses(model::InstitutionId institution,
                                                      std::span<const model::CourseId> courses,
                                                      const DayRange& days) = 0;
  /// A student's timetable as lessons (the diary's rows): every lesson in `days` of a course
  /// of a class the student is enrolled in on the lesson's date, taught to the whole class or
  /// to a subgroup the student belongs to; by date, then number, then id.
  virtual std::vector<model::Lesson> list_for_student(model::InstitutionId institution,
                                                      model::PersonId student,
                                                      const DayRange& days) = 0;
};

/// Filters of GradeRepository::list; empty ones match all. At least one of course and student
/// must be set (Error(invalid) otherwise).
struct GradeQuery {
  std::optional<model::CourseId> course;
  std::optional<model::PersonId> student;
  DayRange days;
  std::optional<model::ColumnKind> column;
  /// Only published grades (what students and parents may see).
  bool published_only = false;
};

class GradeRepository {
 public:
  virtual ~GradeRepository() = default;
  virtual void insert(const model::GradeEntry& grade) = 0;
  virtual void insert_many(std::span<const model::GradeEntry> grades, const Progress& progress) = 0;
  virtual std::optional<model::GradeEntry> find(model::InstitutionId institution,
                                                model::GradeId id) = 0;
  virtual std::int64_t update(const model::GradeEntry& grade) = 0;
  /// By date, then student, then id.
  virtual std::vector<model::GradeEntry> list(model::InstitutionId institution,
                                              const GradeQuery& query) = 0;
};

/// Filters of AttendanceRepository::list; empty ones match all. At least one of student and
/// lesson must be set (Error(invalid) otherwise).
struct AttendanceQuery {
  std::optional<model::PersonId> student;
  std::optional<model::LessonId> lesson;
  DayRange days;
};

class AttendanceRepository {
 public:
  virtual ~AttendanceRepository() = default;
  /// Error(exists) also for a second mark of the student for the same lesson (or the same day
  /// when the mark is for the whole day).
  virtual void insert(const model::AttendanceMark& mark) = 0;
  virtual void insert_many(std::span<const model::AttendanceMark> marks,
                           const Progress& progress) = 0;
  virtual std::optional<model::AttendanceMark> find(model::InstitutionId institution,
                                                    model::AttendanceId id) = 0;
  virtual std::int64_t update(const model::AttendanceMark& mark) = 0;
  /// By date, then student, then id.
  virtual std::vector<model::AttendanceMark> list(model::InstitutionId institution,
                                                  const AttendanceQuery& query) = 0;
};

class CommentRepository {
 public:
  virtual ~CommentRepository() = default;
  virtual void insert(const model::Comment& comment) = 0;
  /// The student's comments created in `days` (UTC days of created_at), oldest first.
  virtual std::vector<model::Comment> list_for_student(model::InstitutionId institution,
                                                       model::PersonId student,
                                                       const DayRange& days) = 0;
};

class InvitationRepository {
 public:
  virtual ~InvitationRepository() = default;
  /// Error(exists) also for a token hash already stored.
  virtual void insert(const model::Invitation& invitation) = 0;
  virtual std::optional<model::Invitation> find(model::InstitutionId institution,
                                                model::InvitationId id) = 0;
  /// Token acceptance knows no institution yet: the hash is unique across the store.
  virtual std::optional<model::Invitation> find_by_token_hash(std::string_view token_hash) = 0;
  virtual std::int64_t update(const model::Invitation& invitation) = 0;
  /// The person's invitations, oldest first.
  virtual std::vector<model::Invitation> list_for_person(model::InstitutionId institution,
                                                         model::PersonId person) = 0;
};

/// The audit trail: append and read only.
class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  virtual void append(const model::AuditEntry& entry) = 0;
  /// In the order appended.
  virtual std::vector<model::AuditEntry> list_for_entity(model::InstitutionId institution,
                                                         std::string_view entity_type,
                                                         std::string_view entity_id) = 0;
  /// Entries whose actor is `person`, in the order appended.
  virtual std::vector<model::AuditEntry> list_for_actor(model::InstitutionId institution,
                                                        model::PersonId person) = 0;
};

/// The notification outbox.
class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  /// Error(exists) also for an idempotency key the institution already used.
  virtual void enqueue(const model::Notification& notification) = 0;
  virtual std::optional<model::Notification> find(model::InstitutionId institution,
                                                  model::NotificationId id) = 0;
  virtual std::int64_t update(const model::Notification& notification) = 0;
  /// Pending notifications of every institution whose next attempt is due at `now`, by
  /// next_attempt_at, then id; at most `limit`.
  virtual std::vector<model::Notification> list_due(model::Instant now, std::size_t limit) = 0;
};

/// What each person wants to be told (model::NotificationPreferences): one row per person who
/// chose; a person without one gets the defaults.
class NotificationPreferenceRepository {
 public:
  virtual ~NotificationPreferenceRepository() = default;
  /// Error(exists) when the person has a row; Error(not_found) when the person is not one of
  /// the institution's.
  virtual void insert(const model::NotificationPreferences& preferences) = 0;
  virtual std::optional<model::NotificationPreferences> find(model::InstitutionId institution,
                                                             model::PersonId person) = 0;
  virtual std::int64_t update(const model::NotificationPreferences& preferences) = 0;
};

/// Accounts: how people sign in. Sign-in starts from a login or an external identity alone, so
/// both are unique across the store, not only within an institution.
class AccountRepository {
 public:
  virtual ~AccountRepository() = default;
  /// Error(exists) also for a login or an external identity another account has, and for a
  /// person who already has an account; Error(not_found) when the person is not one of the
  /// institution's.
  virtual void insert(const model::Account& account) = 0;
  virtual std::optional<model::Account> find(model::InstitutionId institution,
                                             model::AccountId id) = 0;
  /// The account with this login (exact match of the normalised e-mail) in any institution.
  virtual std::optional<model::Account> find_by_login(std::string_view login) = 0;
  /// The account bound to this external identity (exact match) in any institution.
  virtual std::optional<model::Account> find_by_external(std::string_view issuer,
                                                         std::string_view subject) = 0;
  /// The person's account.
  virtual std::optional<model::Account> find_for_person(model::InstitutionId institution,
                                                        model::PersonId person) = 0;
  /// Error(exists) also when the login, the external identity or the person is another
  /// account's.
  virtual std::int64_t update(const model::Account& account) = 0;
};

/// Sign-in sessions. A session is found by its token's hash alone (the client presents only the
/// token), so the hash is unique across the store.
class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  /// Error(exists) also for a token hash already stored (the message does not quote it);
  /// Error(not_found) when the account is not one of the institution's.
  virtual void insert(const model::SignInSession& session) = 0;
  /// The session with this token hash (exact match) in any institution, revoked or not.
  virtual std::optional<model::SignInSession> find_by_token_hash(std::string_view token_hash) = 0;
  virtual std::int64_t update(const model::SignInSession& session) = 0;
  /// Sets revoked_at to `at` on every session of the account not yet revoked, each stored at its
  /// version + 1 (so an update made from an earlier read conflicts); returns how many.
  virtual std::size_t revoke_all(model::InstitutionId institution, model::AccountId account,
                                 model::Instant at) = 0;
  /// The account's sessions, revoked ones included, by created_at, then id.
  virtual std::vector<model::SignInSession> list_for_account(model::InstitutionId institution,
                                                             model::AccountId account) = 0;
};

}  // namespace ejournal::storage
