// The operations' identifiers, descriptions and the target fields each needs.
#include <array>
#include <string>

#include "ejournal/error.hpp"
#include "rules.hpp"

namespace ejournal::access {

namespace detail {

OperationFacts facts(Operation operation) {
  constexpr unsigned in_institution = need_institution;
  constexpr unsigned of_role = need_institution | need_role;
  constexpr unsigned of_person = need_institution | need_person;
  constexpr unsigned of_class = need_institution | need_class;
  constexpr unsigned of_course = need_institution | need_class | need_course;
  using enum Operation;
  switch (operation) {
    case submit_connection_request:
      return {"submit_connection_request", "submit a connection request", need_nothing};
    case accept_invitation: return {"accept_invitation", "accept an invitation", need_nothing};
    case list_connection_requests:
      return {"list_connection_requests", "list connection requests", need_nothing};
    case review_connection_request:
      return {"review_connection_request", "review connection requests", need_nothing};
    case withdraw_connection_request:
      return {"withdraw_connection_request", "withdraw connection requests", need_nothing};
    case read_institute_statistics:
      return {"read_institute_statistics", "read the platform's statistics", need_nothing};
    case deliver_notifications:
      return {"deliver_notifications", "deliver the notification outbox", need_nothing};
    case invite: return {"invite", "invite people to this role", of_role};
    case revoke_invitation:
      return {"revoke_invitation", "revoke invitations to this role", of_role};
    case resend_invitation:
      return {"resend_invitation", "resend invitations to this role", of_role};
    case assign_role: return {"assign_role", "grant or withdraw this role", of_role};
    case manage_own_account: return {"manage_own_account", "manage their own account", of_person};
    case manage_accounts: return {"manage_accounts", "manage people's accounts", of_person};
    case read_people:
      return {"read_people", "read the institution's directory of people", in_institution};
    case manage_people: return {"manage_people", "manage the institution's people", in_institution};
    case manage_calendar:
      return {"manage_calendar", "manage the academic calendar", in_institution};
    case manage_classes: return {"manage_classes", "manage classes", in_institution};
    case manage_subjects: return {"manage_subjects", "manage subjects", in_institution};
    case manage_courses: return {"manage_courses", "allocate courses to teachers", in_institution};
    case manage_enrolments: return {"manage_enrolments", "manage enrolments", in_institution};
    case manage_parent_links:
      return {"manage_parent_links", "link parents to children", in_institution};
    case correct_journal_entries:
      return {"correct_journal_entries", "correct journal entries past the editing window",
              in_institution};
    case read_institution_statistics:
      return {"read_institution_statistics", "read the institution's statistics", in_institution};
    case read_audit_trail: return {"read_audit_trail", "read the audit trail", in_institution};
    case read_class_list: return {"read_class_list", "read a class's list", of_class};
    case read_class_summary:
      return {"read_class_summary", "read a class's summary pages", of_class};
    case write_daily_attendance:
      return {"write_daily_attendance", "mark a class's daily attendance", of_class};
    case read_class_statistics:
      return {"read_class_statistics", "read a class's statistics", of_class};
    case read_course_journal: return {"read_course_journal", "read a course's journal", of_course};
    case write_lessons: return {"write_lessons", "write lessons in a course's journal", of_course};
    case write_grades: return {"write_grades", "write grades in a course's journal", of_course};
    case write_lesson_attendance:
      return {"write_lesson_attendance", "mark attendance in a course's journal", of_course};
    case write_inspection_remark:
      return {"write_inspection_remark", "write inspection remarks", of_course};
    case read_student_file:
      return {"read_student_file", "read a student's personal file", of_person};
    case edit_student_file:
      return {"edit_student_file", "edit a student's personal file", of_person};
    case read_student_record: return {"read_student_record", "read a student's record", of_person};
    case write_absence_reason:
      return {"write_absence_reason", "set the reasons of absences", of_person};
    case explain_absence: return {"explain_absence", "explain a student's absence", of_person};
    case write_comment: return {"write_comment", "write comments to students", of_person};
  }
  throw Error(
      Errc::invalid, ErrorDomain::argument,
      "operation " + std::to_string(static_cast<int>(operation)) + " is not a known operation");
}

}  // namespace detail

std::span<const Operation> all_operations() noexcept {
  // write_comment is the last value: operation_test fails when one is appended after it.
  static constexpr auto kAll = [] {
    constexpr auto count = static_cast<int>(Operation::write_comment);
    std::array<Operation, count> all{};
    for (int value = 1; value <= count; ++value) all[value - 1] = static_cast<Operation>(value);
    return all;
  }();
  return kAll;
}

std::string_view name(Operation operation) {
  return detail::facts(operation).name;
}

}  // namespace ejournal::access
