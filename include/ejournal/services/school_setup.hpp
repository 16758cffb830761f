// School setup (issue 7 point 1; ua-school.md §1.5–§1.8, §6, §7): the institution's
// administrator sets up a school year — its calendar, classes, subjects, subgroups, courses,
// enrolments, class teachers and parent links — and imports class lists from CSV.
//
// Every call takes the acting principal and checks it with access::require before anything is
// read; every call is one unit of work that either stores all it changes, with an audit entry per
// changed record (before → after as JSON objects), or nothing. Every id is looked up within
// `institution_id`: a record of another institution is Error(not_found), never read or written.
// Texts are checked and normalised by the text module; refused values are named in the message.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

// --- the calendar (access::Operation::manage_calendar) ---

/// Stores a new academic year with `calendar` (terms, holidays, week, bells), its names
/// normalised; audited ("academic_year" create). Throws Error(invalid) naming the field for a
/// calendar calendar::validate refuses or a bad name; Error(not_found) for an unknown
/// institution; Error(permission) as access::require does.
model::AcademicYearId create_academic_year(storage::Store& store, const model::Clock& clock,
                                           const access::Principal& principal,
                                           model::InstitutionId institution_id,
                                           const calendar::SchoolYear& calendar);

/// Replaces the calendar of an academic year (audited "update", before → after). Errors as
/// create_academic_year, and Error(not_found) for an unknown year.
void update_academic_year(storage::Store& store, const model::Clock& clock,
                          const access::Principal& principal, model::InstitutionId institution_id,
                          model::AcademicYearId year_id, const calendar::SchoolYear& calendar);

// --- classes and subgroups (access::Operation::manage_classes) ---

/// Stores the class `name` ("5 - а" is stored as "5-А", text::normalize_class_name) in an academic
/// year; audited ("class" create). Throws Error(invalid) for a name that is no class name (Latin
/// look-alikes are named); Error(not_found) for an unknown year; Error(exists) when the year
/// already has a class of that name.
model::ClassId create_class(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::AcademicYearId year_id, std::string_view name);

/// Renames a class (audited "update"). Errors as create_class, and Error(not_found) for an unknown
/// class.
void rename_class(storage::Store& store, const model::Clock& clock,
                  const access::Principal& principal, model::InstitutionId institution_id,
                  model::ClassId class_id, std::string_view name);

/// Stores a subgroup ("1 група") of a class; audited ("subgroup" create). Throws Error(invalid)
/// for a name that is empty, too long or not valid UTF-8; Error(not_found) for an unknown class;
/// Error(exists) when the class already has a subgroup of that name.
model::SubgroupId create_subgroup(storage::Store& store, const model::Clock& clock,
                                  const access::Principal& principal,
                                  model::InstitutionId institution_id, model::ClassId class_id,
                                  std::string_view name);

/// Adds a student to a subgroup; audited ("subgroup_member" add, the entity id
/// "<subgroup>/<student>"). Only students of the subgroup's class may join: the person must hold
/// the student role and have an enrolment in the class without a departure (Error(invalid)
/// otherwise). Error(not_found) for an unknown subgroup or person; Error(exists) when already a
/// member.
void add_subgroup_member(storage::Store& store, const model::Clock& clock,
                         const access::Principal& principal, model::InstitutionId institution_id,
                         model::SubgroupId subgroup_id, model::PersonId student_id);

/// Removes a student from a subgroup; audited ("subgroup_member" remove). Error(not_found) for an
/// unknown subgroup or a student who is not a member.
void remove_subgroup_member(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::SubgroupId subgroup_id, model::PersonId student_id);

// --- subjects (access::Operation::manage_subjects) ---

/// Stores a subject ("Українська мова", short name "Укр. мова" or empty); audited ("subject"
/// create). Throws Error(invalid) for a bad name; Error(not_found) for an unknown institution;
/// Error(exists) when the institution already has a subject of that name.
model::SubjectId create_subject(storage::Store& store, const model::Clock& clock,
                                const access::Principal& principal,
                                model::InstitutionId institution_id, std::string_view name,
                                std::string_view short_name = {});

// --- courses (access::Operation::manage_courses) ---

/// The built-in grading scales by the names courses use: "ukrainian_12", "nush_levels",
/// "nush_descriptors", "nush_verbal", "five_point", "hundred_point", "pass_fail".
[[nodiscard]] std::span<const std::string_view> course_scale_names() noexcept;

/// Who teaches what to whom.
struct CourseForm {
  model::SubjectId subject_id;
  model::ClassId class_id;                       ///< the course's academic year is the class's
  std::optional<model::SubgroupId> subgroup_id;  ///< a subgroup of the class, or the whole class
  model::PersonId teacher_id;                    ///< a person holding the teacher role
  std::string scale = "ukrainian_12";            ///< one of course_scale_names()
};

/// Stores a course; audited ("course" create). Throws Error(not_found) for an unknown subject,
/// class, subgroup or teacher; Error(invalid) for a subgroup of another class, a teacher without
/// the teacher role, or a scale not in course_scale_names().
model::CourseId create_course(storage::Store& store, const model::Clock& clock,
                              const access::Principal& principal,
                              model::InstitutionId institution_id, const CourseForm& form);

/// Gives a course another teacher and scale (audited "update"). Errors as create_course, and
/// Error(not_found) for an unknown course.
void reassign_course(storage::Store& store, const model::Clock& clock,
                     const access::Principal& principal, model::InstitutionId institution_id,
                     model::CourseId course_id, model::PersonId teacher_id, std::string_view scale);

// --- enrolments (access::Operation::manage_enrolments) ---

/// Enrols a student (a person holding the student role) in a class from the day they `arrived`;
/// audited ("enrolment" create). A student is in one class at a time: Error(conflict) naming the
/// other enrolment when one of theirs (in any class) is open on or after `arrived` (not departed
/// before it). Error(not_found) for an unknown class or person; Error(invalid) for a person who is
/// not a student or a date that is not a real day.
model::EnrolmentId enrol_student(storage::Store& store, const model::Clock& clock,
                                 const access::Principal& principal,
                                 model::InstitutionId institution_id, model::ClassId class_id,
                                 model::PersonId student_id, model::Date arrived);

/// Records a student's departure: `departed` is their last day in the class (not before the
/// arrival), `note` the reason or the transfer order (optional, at most model::kMaxTextBytes);
/// audited ("enrolment" depart). Error(not_found) for an unknown enrolment; Error(conflict) when it
/// already has a departure; Error(invalid) for a day before the arrival or a bad note. Their
/// marks and subgroup memberships stay.
void record_departure(storage::Store& store, const model::Clock& clock,
                      const access::Principal& principal, model::InstitutionId institution_id,
                      model::EnrolmentId enrolment_id, model::Date departed,
                      std::string_view note = {});

// --- class teachers (access::Operation::assign_role for model::Role::class_teacher) ---

/// Makes a teacher (a person holding the teacher role) the class teacher of a class: the
/// class_teacher grant for it; audited ("role_grant" grant). Error(not_found) for an unknown
/// class or person; Error(invalid) for a person without the teacher role; Error(conflict) naming
/// the present class teacher when the class has one (withdraw it first).
model::RoleGrantId assign_class_teacher(storage::Store& store, const model::Clock& clock,
                                        const access::Principal& principal,
                                        model::InstitutionId institution_id,
                                        model::ClassId class_id, model::PersonId teacher_id);

/// Withdraws the class teacher of a class (the grant; audited "withdraw"). Error(not_found) for an
/// unknown class or a class without a class teacher.
void withdraw_class_teacher(storage::Store& store, const model::Clock& clock,
                            const access::Principal& principal, model::InstitutionId institution_id,
                            model::ClassId class_id);

// --- parent links (access::Operation::manage_parent_links) ---

/// Links a parent (a person holding the parent role; invite a new parent with invite()) to a child
/// (a person holding the student role) of the same institution; audited ("parent_link" link).
/// Error(not_found) for an unknown person; Error(invalid) for a parent without the parent role, a
/// child who is not a student, the same person twice or an unknown relation; Error(exists) when
/// they are linked already.
model::ParentLinkId link_parent(storage::Store& store, const model::Clock& clock,
                                const access::Principal& principal,
                                model::InstitutionId institution_id, model::PersonId parent_id,
                                model::PersonId child_id, model::ParentRelation relation);

/// Removes the link of a parent to a child (audited "unlink"). Error(not_found) for an unknown
/// parent or when they are not linked.
void unlink_parent(storage::Store& store, const model::Clock& clock,
                   const access::Principal& principal, model::InstitutionId institution_id,
                   model::PersonId parent_id, model::PersonId child_id);

// --- class lists from CSV (access::Operation::manage_people and manage_enrolments) ---

/// The largest class-list file read, in bytes; a larger one is refused unread.
inline constexpr std::size_t kMaxClassListBytes = 256 * 1024;
/// The most students one file may list.
inline constexpr std::size_t kMaxClassListRows = 200;

/// What an import made: the new students in the order of the file's rows.
struct ClassListImport {
  std::vector<model::PersonId> students;
  std::vector<model::EnrolmentId> enrolments;
};

/// Imports a class list: creates a person per row with the student role, enrolled in the class
/// from `arrived`, all in one unit of work (audited per record: "person" create, "role_grant"
/// grant, "enrolment" create).
///
/// The format: UTF-8 text (a leading BOM is skipped), lines ending in LF or CRLF. The first line
/// is the header; the delimiter is ';' when the header holds one outside quotes, ',' otherwise.
/// Fields may be quoted ("…", a quote inside doubled; a quoted field may span lines). The header
/// names the columns in any order, each once, case and surrounding spaces ignored:
///   surname (прізвище) — required;  given_name (ім'я) — required;
///   patronymic (по батькові);  birth_date (дата народження): DD.MM.YYYY or YYYY-MM-DD;
///   email (e-mail, пошта);  gender (стать): ж/ч, f/m, жіноча/чоловіча, female/male.
/// Only surname and given_name must be present as columns; an empty optional field means unknown
/// (an unknown gender is guessed from the patronymic). Blank lines are skipped. A row names the
/// same student as another row, or as a student enrolled in the class without a departure, when
/// their surnames, given names and patronymics match by text::search_key and their birth dates
/// are equal (rows only; the store keeps no birth date, so an enrolled student matches by name).
///
/// Throws ValidationError (subject "the class list") listing every problem at once, each field
/// named "line <n>: <column>" (n counts lines from 1, the header being line 1; a row's problem is
/// reported at the line the row starts on; "line <n>" alone for a row with the wrong number of
/// fields; "file" for the file as a whole: too large, not UTF-8, no header, no rows, too many
/// rows, an unknown or repeated column, a required column missing); nothing is stored then.
/// Error(not_found) for an unknown class; Error(invalid) for a day that is not a real day;
/// Error(permission) as access::require does.
ClassListImport import_class_list(storage::Store& store, const model::Clock& clock,
                                  const access::Principal& principal,
                                  model::InstitutionId institution_id, model::ClassId class_id,
                                  model::Date arrived, std::string_view csv);

}  // namespace ejournal::services
