// Every service operation the access policy decides on (issue 6 point 4; ua-school.md §0, §7).
//
// Each operation names who may perform it and why, citing the §7 role-matrix row; decide()
// (policy.hpp) is the one place that applies these rules. "The administration" below means the
// institution's administrator (director) and the deputy director. The target (target.hpp) an
// operation needs is listed as [needs …]; decide() refuses a target that lacks it.
#pragma once

#include <span>
#include <string_view>

namespace ejournal::access {

enum class Operation {
  // --- onboarding (§0): the platform's own work, no institution target [needs nothing] ---
  /// Step 1: an institution asks to join. Open to everyone, signed in or not.
  submit_connection_request = 1,
  /// Step 4: the invited person takes the role. Open to everyone: the invitation token is the
  /// proof, checked by the service.
  accept_invitation,
  /// Step 2: the institute's operators (§7 "Platform operator") see the requests.
  list_connection_requests,
  /// Step 2: approve (creating the institution, its administrator and the invitation) or reject
  /// a request. Institute operators.
  review_connection_request,
  /// Record that the institution withdrew its request (it writes to the institute, as it did to
  /// join; the submitter has no account). Institute operators.
  withdraw_connection_request,
  /// Institutions by status, oblast and hromada (issue 6 point 7). Institute operators.
  read_institute_statistics,
  /// Hand the outbox's pending messages to the notifier. Principal::system() only: a job of the
  /// library, never a person's call.
  deliver_notifications,

  // --- people and roles [needs institution and target.role] ---
  /// Invite a person to take target.role. The institution's administrator invites every role
  /// but the operator's (§0 step 4, §7 "Institution admin: users"); institute operators invite
  /// institution administrators into any institution (§7 "Platform operator: creates
  /// institution admins") and fellow operators into the institute only.
  invite,
  /// Revoke a pending invitation to target.role: whoever may issue it.
  revoke_invitation,
  /// Resend an invitation to target.role with a new token: whoever may issue it.
  resend_invitation,
  /// Grant or withdraw target.role of an existing person (e.g. make a teacher the class teacher
  /// of 5-А). The institution's administrator for every role but the operator's; operators for
  /// the operator's role within the institute. Operators do not manage a school's people.
  assign_role,

  // --- accounts [needs institution and target.person_id] ---
  /// Change one's own password, sign out one's sessions, choose one's notifications. Every
  /// signed-in person, for their own account only.
  manage_own_account,
  /// Unlock or sign out another person's account. The institution's administrator (§7 "users").
  manage_accounts,

  // --- school structure (issue 7 point 1) [needs institution] ---
  /// The directory: people, their roles, parent links and pending invitations. The
  /// administration (§7: both read the whole institution).
  read_people,
  /// Create, edit and remove people (staff, students, parents). The institution's administrator
  /// (§7 "users"; §0 step 4: the admin creates staff, classes, pupils, parents).
  manage_people,
  /// Academic years, terms, holidays and the bell schedule. The institution's administrator.
  manage_calendar,
  /// Classes and subgroups. The institution's administrator (§7 "classes").
  manage_classes,
  /// The subjects taught. The institution's administrator.
  manage_subjects,
  /// Courses: who teaches what to whom. The administration (§7 deputy: "allocates journal
  /// pages/subjects to teachers").
  manage_courses,
  /// Enrolments: students arriving in and leaving classes. The institution's administrator.
  manage_enrolments,
  /// Parent–child links. The institution's administrator: a link opens a child's records.
  manage_parent_links,
  /// Change a journal entry past the teachers' editing window, with a reason (issue 7 point 2).
  /// The institution's administrator (§7 "corrections of erroneous entries").
  correct_journal_entries,
  /// Aggregated statistics of the whole institution. The administration.
  read_institution_statistics,
  /// The institution's audit trail. The institution's administrator: it watches everyone,
  /// deputies included.
  read_audit_trail,

  // --- a class [needs institution and class] ---
  /// The list of a class's students. The administration, the class teacher, and teachers of a
  /// course in the class (§7 subject teacher: "class lists").
  read_class_list,
  /// The class's summary pages: students × subjects with semester and annual grades, and the
  /// daily attendance page with absence reasons. The administration and the class teacher (§7:
  /// "all subjects of own class").
  read_class_summary,
  /// Mark the daily attendance page (also the kindergarten's daily sheet). The class teacher
  /// (§7 class teacher: "daily attendance page").
  write_daily_attendance,
  /// Aggregated statistics of the class (distributions, attendance rates; never a ranking).
  /// The administration and the class teacher.
  read_class_statistics,

  // --- a course's journal [needs institution, course and its class] ---
  /// A course's journal: every student's grades (drafts included), attendance, lessons. The
  /// administration, the course's teacher, the class teacher of its class (§7).
  read_course_journal,
  /// Lessons: date, topic, homework. The course's teacher (§7 subject teacher: "topics and
  /// homework in their own subject journals").
  write_lessons,
  /// Grades and special marks, within the editing window. The course's teacher.
  write_grades,
  /// Attendance at the course's lessons. The course's teacher.
  write_lesson_attendance,
  /// Inspection remarks on a course's journal. The administration (§7 deputy: "inspection
  /// remarks").
  write_inspection_remark,

  // --- a student [needs institution and person_id; the student's class when enrolled] ---
  /// The student's personal file: personal data, documents, parent contacts. The administration
  /// and the class teacher (§7 class teacher: "pupil personal files, parent contacts").
  read_student_file,
  /// Edit the student's personal file. The institution's administrator and the class teacher
  /// (§7 class teacher writes "pupil data").
  edit_student_file,
  /// The student's record: grades, attendance, diary, homework, comments, term reports. The
  /// student themself, their parents (§7: "only their own children"), the class teacher and
  /// the administration. Students and parents see published grades only: drafts are shown to
  /// those whom read_course_journal allows for that course.
  read_student_record,
  /// Set the reason of a student's absence (illness, document…). The class teacher (§7).
  write_absence_reason,
  /// Send an explanation of the child's absence. The child's parents (§7 parent write:
  /// "absence explanations"; never grades).
  explain_absence,
  /// Write a comment to a student. The teacher of target.course_id (the service checks that
  /// the student belongs to the course), or the class teacher of the student's class.
  write_comment,
};

/// Every operation, in declaration order.
[[nodiscard]] std::span<const Operation> all_operations() noexcept;

/// The operation's identifier as spelled above ("write_grades"), for messages and audit
/// entries. Throws Error(invalid, argument) for a value that names no operation.
[[nodiscard]] std::string_view name(Operation operation);

}  // namespace ejournal::access
