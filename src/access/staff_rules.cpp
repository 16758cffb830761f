// The staff rows of ua-school.md §7: institution administrator, deputy director, subject teacher
// and class teacher.
#include "rules.hpp"

namespace ejournal::access::detail {

using enum Operation;

Decision admin_rule(const Principal& /*principal*/, Operation operation, const Target& target) {
  switch (operation) {
    // "users": every role of the institution, but operators are the institute's to make.
    case invite:
    case revoke_invitation:
    case resend_invitation:
    case assign_role:
      if (target.role == model::Role::institute_operator) {
        return deny("only institute operators make institute operators");
      }
      return allow();
    case manage_accounts:
    case read_people:
    case manage_people:
    case manage_calendar:
    case manage_classes:
    case manage_subjects:
    case manage_courses:
    case manage_enrolments:
    case manage_parent_links:
    case correct_journal_entries:
    case read_institution_statistics:
    case read_audit_trail:
    case read_class_list:
    case read_class_summary:
    case read_class_statistics:
    case read_course_journal:
    case write_inspection_remark:
    case read_student_file:
    case edit_student_file:
    case read_student_record: return allow();
    case write_lessons:
    case write_grades:
    case write_lesson_attendance:
      return deny(
          "an institution administrator corrects journal entries "
          "(correct_journal_entries) but does not keep a teacher's journal");
    default: return not_for(model::Role::institution_admin, operation);
  }
}

Decision deputy_rule(const Principal& /*principal*/, Operation operation,
                     const Target& /*target*/) {
  switch (operation) {
    // Reads the whole institution; allocates courses; inspects journals.
    case read_people:
    case read_class_list:
    case read_class_summary:
    case read_class_statistics:
    case read_course_journal:
    case read_student_file:
    case read_student_record:
    case read_institution_statistics:
    case manage_courses:
    case write_inspection_remark: return allow();
    default: return not_for(model::Role::deputy, operation);
  }
}

Decision teacher_rule(const Principal& principal, Operation operation, const Target& target) {
  switch (operation) {
    case read_course_journal:
    case write_lessons:
    case write_grades:
    case write_lesson_attendance:
      if (principal.teaches_course(*target.course_id)) return allow();
      return deny("a teacher works only in the journals of the courses they teach");
    case write_comment:
      if (target.course_id && principal.teaches_course(*target.course_id)) return allow();
      return deny("a teacher comments on a student only within a course they teach");
    case read_class_list:
      if (principal.teaches_in_class(*target.class_id)) return allow();
      return deny("a teacher reads only the lists of the classes they teach");
    default: return not_for(model::Role::teacher, operation);
  }
}

Decision class_teacher_rule(const Principal& principal, Operation operation, const Target& target) {
  switch (operation) {
    // Reads all subjects of the own class; keeps its daily page, pupils' data, absence reasons.
    case read_class_list:
    case read_class_summary:
    case write_daily_attendance:
    case read_class_statistics:
    case read_course_journal:
    case read_student_file:
    case edit_student_file:
    case read_student_record:
    case write_absence_reason:
    case write_comment:
      if (target.class_id && principal.leads_class(*target.class_id)) return allow();
      return deny("a class teacher acts only on the class they lead and its students");
    default: return not_for(model::Role::class_teacher, operation);
  }
}

}  // namespace ejournal::access::detail
