#include <gtest/gtest.h>

#include <string_view>

#include "ejournal/error.hpp"
#include "world.hpp"

namespace {

using namespace ejournal::access;
using namespace ejournal::access::testing;
using ejournal::model::Role;

void expect_refused(const auto& build, std::string_view fragment) {
  try {
    static_cast<void>(build());
    ADD_FAILURE() << "no error; expected one mentioning: " << fragment;
  } catch (const ejournal::Error& e) {
    EXPECT_EQ(e.code(), ejournal::Errc::invalid) << e.what();
    EXPECT_EQ(e.domain(), ejournal::ErrorDomain::argument) << e.what();
    EXPECT_NE(std::string_view(e.what()).find(fragment), std::string_view::npos)
        << e.what() << " lacks " << fragment;
  }
}

TEST(Principal, AnonymousAndSystemHaveNoPersonNorRoles) {
  for (const auto& [principal, kind] :
       {std::pair{Principal::anonymous(), Principal::Kind::anonymous},
        std::pair{Principal::system(), Principal::Kind::system}}) {
    EXPECT_EQ(principal.kind(), kind);
    EXPECT_TRUE(principal.person_id().is_nil());
    EXPECT_TRUE(principal.institution_id().is_nil());
    EXPECT_FALSE(principal.holds(Role::institution_admin));
  }
}

TEST(Principal, PersonKeepsTheFactsThatScopeItsRoles) {
  const Principal person = Principal::person(
      kTeacher, kSchool,
      {grant(kTeacher, kSchool, Role::teacher), grant(kTeacher, kSchool, Role::class_teacher, k5A),
       grant(kTeacher, kSchool, Role::parent)},
      {kPupil}, {{kMath5B, k5B}});
  EXPECT_EQ(person.kind(), Principal::Kind::person);
  EXPECT_EQ(person.person_id(), kTeacher);
  EXPECT_EQ(person.institution_id(), kSchool);
  EXPECT_TRUE(person.holds(Role::teacher));
  EXPECT_TRUE(person.holds(Role::parent));
  EXPECT_FALSE(person.holds(Role::deputy));
  EXPECT_TRUE(person.leads_class(k5A));
  EXPECT_FALSE(person.leads_class(k5B));
  EXPECT_TRUE(person.is_parent_of(kPupil));
  EXPECT_FALSE(person.is_parent_of(kClassmate));
  EXPECT_TRUE(person.teaches_course(kMath5B));
  EXPECT_FALSE(person.teaches_course(kMath5A));
  EXPECT_TRUE(person.teaches_in_class(k5B));
  EXPECT_FALSE(person.teaches_in_class(k5A));
}

TEST(Principal, RefusesFactsThatDoNotFit) {
  expect_refused([] { return Principal::person({}, kSchool, {}); },
                 "principal: the person id is nil");
  expect_refused([] { return Principal::person(kAdmin, {}, {}); },
                 "principal: the institution id is nil");
  expect_refused(
      [] { return Principal::person(kAdmin, kSchool, {grant(kDeputy, kSchool, Role::deputy)}); },
      "belongs to person " + kDeputy.str() + ", not to " + kAdmin.str());
  expect_refused(
      [] {
        return Principal::person(kAdmin, kSchool, {grant(kAdmin, kOtherSchool, Role::deputy)});
      },
      "belongs to institution " + kOtherSchool.str() + ", not to " + kSchool.str());
  expect_refused(
      [] {
        return Principal::person(kAdmin, kSchool, {grant(kAdmin, kSchool, static_cast<Role>(99))});
      },
      "has unknown role 99");
  expect_refused(
      [] {
        return Principal::person(kAdmin, kSchool, {grant(kAdmin, kSchool, Role::class_teacher)});
      },
      "class teacher grant");
  expect_refused(
      [] {
        return Principal::person(
            kAdmin, kSchool,
            {grant(kAdmin, kSchool, Role::class_teacher, ejournal::model::ClassId{})});
      },
      "names no class");
  expect_refused(
      [] {
        return Principal::person(kAdmin, kSchool, {grant(kAdmin, kSchool, Role::teacher, k5A)});
      },
      "names a class but is not a class teacher's");
  expect_refused(
      [] {
        return Principal::person(kParent, kSchool, {grant(kParent, kSchool, Role::parent)},
                                 {ejournal::model::PersonId{}});
      },
      "a child's id is nil");
  expect_refused(
      [] {
        return Principal::person(kTeacher, kSchool, {grant(kTeacher, kSchool, Role::teacher)}, {},
                                 {{kMath5A, ejournal::model::ClassId{}}});
      },
      "a taught course has a nil course or class id");
}

}  // namespace
