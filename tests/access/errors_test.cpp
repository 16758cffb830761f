// require()'s permission error, and the targets decide() refuses to judge.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "world.hpp"

namespace {

using namespace ejournal::access;
using namespace ejournal::access::testing;
using ejournal::Errc;
using ejournal::Error;
using ejournal::ErrorDomain;
using ejournal::model::Role;

// Runs `call`, expecting Error(code, domain) whose message contains `fragment`.
template <class Call>
void expect_error(Call&& call, Errc code, ErrorDomain domain, std::string_view fragment) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one mentioning: " << fragment;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    EXPECT_EQ(e.domain(), domain) << e.what();
    EXPECT_NE(std::string_view(e.what()).find(fragment), std::string_view::npos)
        << e.what() << " lacks " << fragment;
  }
}

void expect_bad_target(Operation operation, const Target& target, std::string_view fragment) {
  expect_error([&] { static_cast<void>(decide(Principal::system(), operation, target)); },
               Errc::invalid, ErrorDomain::argument, fragment);
}

TEST(Require, PassesAnAllowedCall) {
  const Principal parent =
      Principal::person(kParent, kSchool, {grant(kParent, kSchool, Role::parent)}, {kPupil});
  EXPECT_NO_THROW(
      require(parent, Operation::read_student_record, Target::student(kSchool, kPupil, k5A)));
}

TEST(Require, ThrowsPermissionNamingTheOperationAndTheRule) {
  const Principal parent =
      Principal::person(kParent, kSchool, {grant(kParent, kSchool, Role::parent)}, {kPupil});
  expect_error(
      [&] {
        require(parent, Operation::read_student_record, Target::student(kSchool, kClassmate, k5A));
      },
      Errc::permission, ErrorDomain::access,
      "read_student_record is not allowed: a parent may read only their own children's records");
}

TEST(Require, RefusesAnIncompleteTargetAsInvalid) {
  expect_error([] { require(Principal::anonymous(), Operation::write_grades, Target::platform()); },
               Errc::invalid, ErrorDomain::argument,
               "access check of write_grades: the target names no institution");
}

TEST(Decide, RefusesATargetWithoutWhatTheOperationNeeds) {
  expect_bad_target(Operation::read_people, Target::platform(), "names no institution");
  expect_bad_target(Operation::read_class_list, Target::institution(kSchool),
                    "read_class_list: the target names no class");
  Target course_without_id = Target::school_class(kSchool, k5A);
  expect_bad_target(Operation::write_grades, course_without_id,
                    "write_grades: the target names no course");
  Target course_without_class = Target::course(kSchool, kMath5A, k5A);
  course_without_class.class_id.reset();
  expect_bad_target(Operation::read_course_journal, course_without_class, "names no class");
  expect_bad_target(Operation::read_student_record, Target::school_class(kSchool, k5A),
                    "read_student_record: the target names no person");
  expect_bad_target(Operation::manage_own_account, Target::institution(kSchool), "names no person");
  expect_bad_target(Operation::invite, Target::institution(kSchool),
                    "invite: the target names no role");
  expect_bad_target(Operation::assign_role, Target::institution(kSchool), "names no role");
}

TEST(Decide, RefusesNilIdsInTheTarget) {
  expect_bad_target(Operation::read_people, Target::institution({}),
                    "the target's institution id is nil");
  expect_bad_target(Operation::read_class_list, Target::school_class(kSchool, {}),
                    "the target's class id is nil");
  expect_bad_target(Operation::write_grades, Target::course(kSchool, {}, k5A),
                    "the target's course id is nil");
  expect_bad_target(Operation::read_student_record, Target::student(kSchool, {}, k5A),
                    "the target's person id is nil");
  // Also where the operation would not need the field.
  Target platform = Target::platform();
  platform.class_id = ejournal::model::ClassId{};
  expect_bad_target(Operation::submit_connection_request, platform, "the target's class id is nil");
}

TEST(Decide, RefusesAnUnknownRoleInTheTarget) {
  expect_bad_target(Operation::invite, Target::granting(kSchool, static_cast<Role>(42)),
                    "invite: the target's role 42 is not a known role");
}

TEST(Decide, IgnoresFieldsTheOperationDoesNotNeed) {
  Target target = Target::student(kOtherSchool, kOtherSchoolPupil, kOtherSchoolClass);
  target.course_id = kOtherSchoolCourse;
  target.role = Role::teacher;
  const Principal operator_ = one_role(kOperator, kInstitute, Role::institute_operator);
  EXPECT_TRUE(decide(operator_, Operation::list_connection_requests, target));
}

TEST(Decide, RefusesAnUnknownOperation) {
  for (const int value : {0, static_cast<int>(all_operations().size()) + 1}) {
    expect_error(
        [&] {
          static_cast<void>(
              decide(Principal::system(), static_cast<Operation>(value), Target::platform()));
        },
        Errc::invalid, ErrorDomain::argument,
        "operation " + std::to_string(value) + " is not a known operation");
  }
}

}  // namespace
