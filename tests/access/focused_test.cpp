// Situations the matrix does not spell out: several roles on one person, a parent of children in
// two classes, subgroup courses, a class teacher's own class, and the reasons given for denials.
#include <gtest/gtest.h>

#include <string>

#include "world.hpp"

namespace {

using namespace ejournal::access;
using namespace ejournal::access::testing;
namespace model = ejournal::model;
using model::Role;

// The reason `decision` gives, checked to be a denial that contains `fragment`.
void expect_denied_for(const Decision& decision, const std::string& fragment) {
  EXPECT_FALSE(decision.allowed);
  EXPECT_NE(decision.reason.find(fragment), std::string::npos)
      << "'" << decision.reason << "' lacks '" << fragment << "'";
}

TEST(SeveralRoles, EachRoleActsOverItsOwnScope) {
  // Teaches maths in 5-Б, leads 5-А, and is the parent of kPupil (in 5-А) — in one school.
  const Principal person = Principal::person(
      kTeacher, kSchool,
      {grant(kTeacher, kSchool, Role::teacher), grant(kTeacher, kSchool, Role::class_teacher, k5A),
       grant(kTeacher, kSchool, Role::parent)},
      {kPupil}, {{kMath5B, k5B}});
  EXPECT_TRUE(decide(person, Operation::write_grades, Target::course(kSchool, kMath5B, k5B)));
  EXPECT_TRUE(
      decide(person, Operation::read_course_journal, Target::course(kSchool, kMath5A, k5A)));
  EXPECT_TRUE(decide(person, Operation::read_class_list, Target::school_class(kSchool, k5B)));
  EXPECT_TRUE(decide(person, Operation::explain_absence, Target::student(kSchool, kPupil, k5A)));
  EXPECT_TRUE(
      decide(person, Operation::write_absence_reason, Target::student(kSchool, kClassmate, k5A)));
  // Leading 5-А gives no right to write its maths journal, teaching in 5-Б none to read 5-Б's
  // pupils' records; the denial gives each role's rule.
  const Decision grades =
      decide(person, Operation::write_grades, Target::course(kSchool, kMath5A, k5A));
  expect_denied_for(grades, "a teacher works only in the journals of the courses they teach");
  expect_denied_for(grades, "a class teacher may not write grades in a course's journal");
  expect_denied_for(grades, "a parent may not write grades");
  const Decision record =
      decide(person, Operation::read_student_record, Target::student(kSchool, kPupil5B, k5B));
  expect_denied_for(record, "a teacher may not read a student's record");
  expect_denied_for(record, "a class teacher acts only on the class they lead");
  expect_denied_for(record, "a parent may read only their own children's records");
}

TEST(SeveralRoles, AdministratorWhoTeachesKeepsOnlyTheirOwnJournal) {
  const Principal director = Principal::person(
      kAdmin, kSchool,
      {grant(kAdmin, kSchool, Role::institution_admin), grant(kAdmin, kSchool, Role::teacher)}, {},
      {{kMath5A, k5A}});
  EXPECT_TRUE(decide(director, Operation::write_grades, Target::course(kSchool, kMath5A, k5A)));
  expect_denied_for(
      decide(director, Operation::write_grades, Target::course(kSchool, kMath5B, k5B)),
      "correct_journal_entries");
  EXPECT_TRUE(decide(director, Operation::correct_journal_entries, Target::institution(kSchool)));
}

TEST(Parent, WithChildrenInTwoClassesReadsBoth) {
  const model::PersonId elder = person(20);
  const Principal parent =
      Principal::person(kParent, kSchool, {grant(kParent, kSchool, Role::parent)}, {kPupil, elder});
  for (const auto& [child, class_id] : {std::pair{kPupil, k5A}, std::pair{elder, k5B}}) {
    const Target target = Target::student(kSchool, child, class_id);
    EXPECT_TRUE(decide(parent, Operation::read_student_record, target));
    EXPECT_TRUE(decide(parent, Operation::explain_absence, target));
    expect_denied_for(decide(parent, Operation::write_absence_reason, target),
                      "a parent may not set the reasons of absences");
    expect_denied_for(decide(parent, Operation::read_student_file, target),
                      "a parent may not read a student's personal file");
  }
  expect_denied_for(
      decide(parent, Operation::read_student_record, Target::student(kSchool, kPupil5B, k5B)),
      "a parent may read only their own children's records");
  expect_denied_for(
      decide(parent, Operation::explain_absence, Target::student(kSchool, kClassmate, k5A)),
      "a parent may explain only their own children's absences");
}

TEST(Parent, LinksWithoutTheParentRoleOpenNothing) {
  const Principal teacher =
      Principal::person(kTeacher, kSchool, {grant(kTeacher, kSchool, Role::teacher)}, {kPupil}, {});
  EXPECT_FALSE(teacher.is_parent_of(kPupil));
  EXPECT_FALSE(
      decide(teacher, Operation::read_student_record, Target::student(kSchool, kPupil, k5A)));
}

TEST(Teacher, OfASubgroupCourseWorksInThatCourseOnly) {
  // English in 5-А is taught in two subgroups, each a course of its own.
  const model::CourseId group1 = course(11);
  const model::CourseId group2 = course(12);
  const Principal teacher = Principal::person(
      kTeacher, kSchool, {grant(kTeacher, kSchool, Role::teacher)}, {}, {{group1, k5A}});
  for (const auto operation : {Operation::read_course_journal, Operation::write_lessons,
                               Operation::write_grades, Operation::write_lesson_attendance}) {
    EXPECT_TRUE(decide(teacher, operation, Target::course(kSchool, group1, k5A)))
        << name(operation);
    expect_denied_for(decide(teacher, operation, Target::course(kSchool, group2, k5A)),
                      "only in the journals of the courses they teach");
  }
  EXPECT_TRUE(decide(teacher, Operation::read_class_list, Target::school_class(kSchool, k5A)));
  Target comment = Target::student(kSchool, kPupil, k5A);
  expect_denied_for(decide(teacher, Operation::write_comment, comment),
                    "only within a course they teach");
  comment.course_id = group2;
  EXPECT_FALSE(decide(teacher, Operation::write_comment, comment));
  comment.course_id = group1;
  EXPECT_TRUE(decide(teacher, Operation::write_comment, comment));
}

TEST(Teacher, CoursesWithoutTheTeacherRoleOpenNothing) {
  const Principal deputy = Principal::person(
      kDeputy, kSchool, {grant(kDeputy, kSchool, Role::deputy)}, {}, {{kMath5A, k5A}});
  EXPECT_FALSE(deputy.teaches_course(kMath5A));
  expect_denied_for(decide(deputy, Operation::write_grades, Target::course(kSchool, kMath5A, k5A)),
                    "a deputy director may not write grades");
}

TEST(ClassTeacher, Of5AIsNotOf5B) {
  const Principal leader = one_role(kClassTeacher, kSchool, Role::class_teacher, k5A);
  const model::CourseId history5a = course(21);  // taught by someone else
  EXPECT_TRUE(
      decide(leader, Operation::read_course_journal, Target::course(kSchool, history5a, k5A)));
  EXPECT_TRUE(
      decide(leader, Operation::write_daily_attendance, Target::school_class(kSchool, k5A)));
  EXPECT_TRUE(decide(leader, Operation::edit_student_file, Target::student(kSchool, kPupil, k5A)));
  const char* const rule = "a class teacher acts only on the class they lead";
  expect_denied_for(
      decide(leader, Operation::read_course_journal, Target::course(kSchool, kMath5B, k5B)), rule);
  expect_denied_for(
      decide(leader, Operation::write_daily_attendance, Target::school_class(kSchool, k5B)), rule);
  expect_denied_for(
      decide(leader, Operation::write_absence_reason, Target::student(kSchool, kPupil5B, k5B)),
      rule);
  // A student who left every class is no longer the class teacher's.
  expect_denied_for(decide(leader, Operation::read_student_record,
                           Target::student(kSchool, kPupil, std::nullopt)),
                    rule);
  expect_denied_for(
      decide(leader, Operation::write_grades, Target::course(kSchool, history5a, k5A)),
      "a class teacher may not write grades");
}

TEST(Operator, MakesAdministratorsAnywhereButNothingElseInASchool) {
  const Principal operator_ = one_role(kOperator, kInstitute, Role::institute_operator);
  EXPECT_TRUE(
      decide(operator_, Operation::invite, Target::granting(kSchool, Role::institution_admin)));
  expect_denied_for(decide(operator_, Operation::invite, Target::granting(kSchool, Role::teacher)),
                    "another institution");
  expect_denied_for(
      decide(operator_, Operation::invite, Target::granting(kInstitute, Role::teacher)),
      "invites only institution administrators and fellow operators");
  expect_denied_for(decide(operator_, Operation::assign_role,
                           Target::granting(kInstitute, Role::institution_admin)),
                    "grants only the operator's role");
  expect_denied_for(
      decide(operator_, Operation::read_course_journal, Target::course(kInstitute, kMath5A, k5A)),
      "no rights inside an institution's records");
}

TEST(DenialReasons, NameTheRuleThatDenies) {
  expect_denied_for(
      decide(Principal::anonymous(), Operation::read_people, Target::institution(kSchool)),
      "sign in first");
  expect_denied_for(decide(one_role(kAdmin, kSchool, Role::institution_admin),
                           Operation::read_people, Target::institution(kOtherSchool)),
                    "the records of another institution are closed");
  expect_denied_for(decide(one_role(kPupil, kSchool, Role::student), Operation::manage_own_account,
                           Target::account(kSchool, kClassmate)),
                    "a person may manage only their own account");
  expect_denied_for(decide(one_role(kPupil, kSchool, Role::student), Operation::read_student_record,
                           Target::student(kSchool, kClassmate, k5A)),
                    "a student may read only their own record");
  expect_denied_for(decide(one_role(kAdmin, kSchool, Role::institution_admin), Operation::invite,
                           Target::granting(kSchool, Role::institute_operator)),
                    "only institute operators make institute operators");
  expect_denied_for(decide(one_role(kDeputy, kSchool, Role::deputy), Operation::read_audit_trail,
                           Target::institution(kSchool)),
                    "a deputy director may not read the audit trail");
  expect_denied_for(decide(one_role(kAdmin, kSchool, Role::institution_admin),
                           Operation::review_connection_request, Target::platform()),
                    "an institution administrator may not review connection requests");
}

TEST(DenialReasons, APersonWithoutRolesMayOnlyManageTheirAccount) {
  const Principal former = Principal::person(kParent, kSchool, {});
  EXPECT_TRUE(decide(former, Operation::manage_own_account, Target::account(kSchool, kParent)));
  expect_denied_for(
      decide(former, Operation::read_student_record, Target::student(kSchool, kPupil, k5A)),
      "holds no role");
}

TEST(SystemPrincipal, MayDoEverythingAnywhere) {
  for (const Operation operation : all_operations()) {
    Target target = Target::student(kOtherSchool, kOtherSchoolPupil, kOtherSchoolClass);
    target.course_id = kOtherSchoolCourse;
    target.role = Role::institute_operator;
    EXPECT_TRUE(decide(Principal::system(), operation, target)) << name(operation);
  }
}

}  // namespace
