// Issue 6 point 4: every operation × every role × {own, another child, another class, another
// institution}, against an expected table written out here from ua-school.md §7 — not derived
// from the policy's code.
#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "world.hpp"

namespace {

using namespace ejournal::access;
using namespace ejournal::access::testing;
using ejournal::model::Role;

// Who acts: the principals the table's columns stand for, in column order.
enum class Actor {
  anonymous,
  system,
  institute_operator,
  institution_admin,
  deputy,
  teacher,        // of kMath5A only
  class_teacher,  // of 5-А
  student,        // kPupil, in 5-А
  parent,         // of kPupil
};
constexpr int kActors = 9;

enum class Relation { own, another_child, another_class, another_institution };
constexpr int kRelations = 4;

// How a service names the resource of each kind of operation.
enum class Shape {
  platform,     // nothing inside an institution
  institution,  // the institution as a whole
  role,         // a role invited or granted in the institution
  account,      // a person's account: own = the actor's own
  class_,       // own/another child: 5-А; another class: 5-Б
  course,       // own/another child: kMath5A; another class: kMath5B
  student,      // own: kPupil; another child: kClassmate; another class: kPupil5B
  comment,      // a student together with the course the comment is written in
};

struct Row {
  constexpr Row(Operation op, Shape target_shape, std::string_view marks)
      : operation(op), shape(target_shape), expected(marks) {}
  constexpr Row(Operation op, Role invited, std::string_view marks)
      : operation(op), shape(Shape::role), role(invited), expected(marks) {}

  Operation operation;
  Shape shape;
  std::optional<Role> role;  // the invited or granted role, for Shape::role
  // For each actor (column order above) four marks, one per relation (own, another child,
  // another class, another institution): 'x' allowed, '-' denied.
  std::string_view expected;
};

using enum Operation;
using S = Shape;

// clang-format off
//                                                  anon sys  oper admn dept tchr clst stdn prnt
constexpr std::array kTable{
  Row{submit_connection_request, S::platform,      "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx"},
  Row{accept_invitation, S::platform,              "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx"},
  Row{list_connection_requests, S::platform,       "---- xxxx xxxx ---- ---- ---- ---- ---- ----"},
  Row{review_connection_request, S::platform,      "---- xxxx xxxx ---- ---- ---- ---- ---- ----"},
  Row{withdraw_connection_request, S::platform,    "---- xxxx xxxx ---- ---- ---- ---- ---- ----"},
  Row{read_institute_statistics, S::platform,      "---- xxxx xxxx ---- ---- ---- ---- ---- ----"},
  Row{deliver_notifications, S::platform,          "---- xxxx ---- ---- ---- ---- ---- ---- ----"},

  Row{invite, Role::institute_operator,            "---- xxxx xxx- ---- ---- ---- ---- ---- ----"},
  Row{invite, Role::institution_admin,             "---- xxxx xxxx xxx- ---- ---- ---- ---- ----"},
  Row{invite, Role::deputy,                        "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{invite, Role::teacher,                       "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{invite, Role::class_teacher,                 "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{invite, Role::student,                       "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{invite, Role::parent,                        "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::institute_operator, "---- xxxx xxx- ---- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::institution_admin,  "---- xxxx xxxx xxx- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::deputy,             "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::teacher,            "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::class_teacher,      "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::student,            "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{revoke_invitation, Role::parent,             "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::institute_operator, "---- xxxx xxx- ---- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::institution_admin,  "---- xxxx xxxx xxx- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::deputy,             "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::teacher,            "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::class_teacher,      "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::student,            "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{resend_invitation, Role::parent,             "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::institute_operator,       "---- xxxx xxx- ---- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::institution_admin,        "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::deputy,                   "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::teacher,                  "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::class_teacher,            "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::student,                  "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{assign_role, Role::parent,                   "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},

  Row{manage_own_account, S::account,              "---- xxxx x--- x--- x--- x--- x--- x--- x---"},
  Row{manage_accounts, S::account,                 "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},

  Row{read_people, S::institution,                 "---- xxxx ---- xxx- xxx- ---- ---- ---- ----"},
  Row{manage_people, S::institution,               "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{manage_calendar, S::institution,             "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{manage_classes, S::institution,              "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{manage_subjects, S::institution,             "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{manage_courses, S::institution,              "---- xxxx ---- xxx- xxx- ---- ---- ---- ----"},
  Row{manage_enrolments, S::institution,           "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{manage_parent_links, S::institution,         "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{correct_journal_entries, S::institution,     "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},
  Row{read_institution_statistics, S::institution, "---- xxxx ---- xxx- xxx- ---- ---- ---- ----"},
  Row{read_audit_trail, S::institution,            "---- xxxx ---- xxx- ---- ---- ---- ---- ----"},

  Row{read_class_list, S::class_,                  "---- xxxx ---- xxx- xxx- xx-- xx-- ---- ----"},
  Row{read_class_summary, S::class_,               "---- xxxx ---- xxx- xxx- ---- xx-- ---- ----"},
  Row{write_daily_attendance, S::class_,           "---- xxxx ---- ---- ---- ---- xx-- ---- ----"},
  Row{read_class_statistics, S::class_,            "---- xxxx ---- xxx- xxx- ---- xx-- ---- ----"},

  Row{read_course_journal, S::course,              "---- xxxx ---- xxx- xxx- xx-- xx-- ---- ----"},
  Row{write_lessons, S::course,                    "---- xxxx ---- ---- ---- xx-- ---- ---- ----"},
  Row{write_grades, S::course,                     "---- xxxx ---- ---- ---- xx-- ---- ---- ----"},
  Row{write_lesson_attendance, S::course,          "---- xxxx ---- ---- ---- xx-- ---- ---- ----"},
  Row{write_inspection_remark, S::course,          "---- xxxx ---- xxx- xxx- ---- ---- ---- ----"},

  Row{read_student_file, S::student,               "---- xxxx ---- xxx- xxx- ---- xx-- ---- ----"},
  Row{edit_student_file, S::student,               "---- xxxx ---- xxx- ---- ---- xx-- ---- ----"},
  Row{read_student_record, S::student,             "---- xxxx ---- xxx- xxx- ---- xx-- x--- x---"},
  Row{write_absence_reason, S::student,            "---- xxxx ---- ---- ---- ---- xx-- ---- ----"},
  Row{explain_absence, S::student,                 "---- xxxx ---- ---- ---- ---- ---- ---- x---"},

  Row{write_comment, S::comment,                   "---- xxxx ---- ---- ---- xx-- xx-- ---- ----"},
};
// clang-format on

std::string_view actor_name(Actor actor) {
  constexpr std::array<std::string_view, kActors> kNames{
      "anonymous",         "system",  "institute_operator",
      "institution_admin", "deputy",  "teacher",
      "class_teacher",     "student", "parent"};
  return kNames.at(static_cast<std::size_t>(actor));
}

std::string_view relation_name(Relation relation) {
  constexpr std::array<std::string_view, kRelations> kNames{"own", "another_child", "another_class",
                                                            "another_institution"};
  return kNames.at(static_cast<std::size_t>(relation));
}

Principal principal_of(Actor actor) {
  switch (actor) {
    case Actor::anonymous: return Principal::anonymous();
    case Actor::system: return Principal::system();
    case Actor::institute_operator:
      return one_role(kOperator, kInstitute, Role::institute_operator);
    case Actor::institution_admin: return one_role(kAdmin, kSchool, Role::institution_admin);
    case Actor::deputy: return one_role(kDeputy, kSchool, Role::deputy);
    case Actor::teacher:
      return Principal::person(kTeacher, kSchool, {grant(kTeacher, kSchool, Role::teacher)}, {},
                               {{kMath5A, k5A}});
    case Actor::class_teacher: return one_role(kClassTeacher, kSchool, Role::class_teacher, k5A);
    case Actor::student: return one_role(kPupil, kSchool, Role::student);
    case Actor::parent:
      return Principal::person(kParent, kSchool, {grant(kParent, kSchool, Role::parent)}, {kPupil});
  }
  throw std::logic_error("unknown actor");
}

// The actor's own person, for their account (the anonymous and system principals have none: any
// id will do).
ejournal::model::PersonId own_person(Actor actor) {
  const std::array kPeople{kPupil,   kPupil,        kOperator, kAdmin, kDeputy,
                           kTeacher, kClassTeacher, kPupil,    kParent};
  return kPeople.at(static_cast<std::size_t>(actor));
}

Target target_for(const Row& row, Actor actor, Relation relation) {
  const bool away = relation == Relation::another_institution;
  const bool in_institute = actor == Actor::institute_operator;
  const auto home = in_institute ? kInstitute : kSchool;
  const auto where = away ? (in_institute ? kSchool : kOtherSchool) : home;
  const auto class_id = away ? kOtherSchoolClass : relation == Relation::another_class ? k5B : k5A;
  const auto course_id = away                                  ? kOtherSchoolCourse
                         : relation == Relation::another_class ? kMath5B
                                                               : kMath5A;
  const std::array students{kPupil, kClassmate, kPupil5B, kOtherSchoolPupil};
  const auto student_id = students.at(static_cast<std::size_t>(relation));
  switch (row.shape) {
    case Shape::platform: return Target::platform();
    case Shape::institution: return Target::institution(where);
    case Shape::role: return Target::granting(where, *row.role);
    case Shape::account:
      return Target::account(where, relation == Relation::own ? own_person(actor) : student_id);
    case Shape::class_: return Target::school_class(where, class_id);
    case Shape::course: return Target::course(where, course_id, class_id);
    case Shape::student: return Target::student(where, student_id, class_id);
    case Shape::comment: {
      Target target = Target::student(where, student_id, class_id);
      target.course_id = course_id;
      return target;
    }
  }
  throw std::logic_error("unknown shape");
}

bool expected_allowed(const Row& row, Actor actor, Relation relation) {
  const auto column = static_cast<std::size_t>(actor) * (kRelations + 1);
  const char mark = row.expected.at(column + static_cast<std::size_t>(relation));
  if (mark != 'x' && mark != '-') throw std::logic_error("bad mark in the expected table");
  return mark == 'x';
}

// Names a row in failure messages ("invite role 3") instead of dumping its bytes.
void PrintTo(const Row& row, std::ostream* out) {
  *out << name(row.operation);
  if (row.role) *out << " role " << static_cast<int>(*row.role);
}

class AccessMatrix : public ::testing::TestWithParam<Row> {};

TEST_P(AccessMatrix, ExactlyTheAllowedCallsSucceed) {
  const Row& row = GetParam();
  ASSERT_EQ(row.expected.size(), std::size_t{kActors * (kRelations + 1) - 1});
  for (int a = 0; a < kActors; ++a) {
    const auto actor = static_cast<Actor>(a);
    const Principal principal = principal_of(actor);
    for (int r = 0; r < kRelations; ++r) {
      const auto relation = static_cast<Relation>(r);
      SCOPED_TRACE(std::string(actor_name(actor)) + " × " + std::string(relation_name(relation)));
      const Target target = target_for(row, actor, relation);
      const bool expected = expected_allowed(row, actor, relation);
      const Decision decision = decide(principal, row.operation, target);
      EXPECT_EQ(decision.allowed, expected) << decision.reason;
      EXPECT_EQ(decision.reason.empty(), expected) << decision.reason;
      if (expected) {
        EXPECT_NO_THROW(require(principal, row.operation, target));
      } else {
        EXPECT_THROW(require(principal, row.operation, target), ejournal::Error);
      }
    }
  }
}

std::string row_name(const ::testing::TestParamInfo<Row>& info) {
  std::string result(name(info.param.operation));
  if (info.param.role) result += "_role" + std::to_string(static_cast<int>(*info.param.role));
  return result;
}

INSTANTIATE_TEST_SUITE_P(EveryOperation, AccessMatrix, ::testing::ValuesIn(kTable), row_name);

TEST(AccessMatrixTable, CoversEveryOperationAndEveryInvitedRole) {
  std::set<Operation> operations;
  std::set<std::pair<Operation, Role>> role_rows;
  for (const Row& row : kTable) {
    operations.insert(row.operation);
    EXPECT_EQ(row.shape == Shape::role, row.role.has_value()) << name(row.operation);
    if (row.role) {
      EXPECT_TRUE(role_rows.insert({row.operation, *row.role}).second);
    }
  }
  const auto all = all_operations();
  EXPECT_EQ(operations, std::set<Operation>(all.begin(), all.end()));
  EXPECT_EQ(role_rows.size(), 4U * 7U);  // invite, revoke, resend, assign × every role
}

}  // namespace
