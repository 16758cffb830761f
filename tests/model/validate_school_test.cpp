#include <gtest/gtest.h>

#include <string>

#include "ejournal/model/validate.hpp"
#include "expect_invalid.hpp"
#include "samples.hpp"

namespace {

namespace model = ejournal::model;
using namespace model::testing;
using model::Date;

TEST(ValidatedAcademicYear, NormalisesNamesAndChecksTheCalendar) {
  model::AcademicYear year = sample_year();
  year.calendar.name = " 2024/2025 ";
  year.calendar.holidays.front().name = "Осінні  канікули";
  const model::AcademicYear result = model::validated(year);
  EXPECT_EQ(result.calendar.name, "2024/2025");
  EXPECT_EQ(result.calendar.holidays.front().name, "Осінні канікули");
  EXPECT_EQ(result.calendar.terms.size(), year.calendar.terms.size());
}

TEST(ValidatedAcademicYear, RefusesWhatTheCalendarRefuses) {
  model::AcademicYear year = sample_year();
  year.calendar.last = year.calendar.first - boost::gregorian::days(1);
  expect_refused(year, "academic_year.calendar is refused: year '2024/2025' ends");
  year = sample_year();
  year.calendar.terms.front().name = "";
  expect_refused(year, "academic_year.calendar.terms[0].name '' is empty");
  year = sample_year();
  year.calendar.name = "";
  expect_refused(year, "academic_year.calendar.name '' is empty");
  year = sample_year();
  year.institution_id = {};
  expect_refused(year, "academic_year.institution_id is the nil UUID");
}

TEST(ValidatedSchoolClass, NormalisesTheName) {
  model::SchoolClass school_class = sample_class();
  school_class.name = "5 - а";
  EXPECT_EQ(model::validated(school_class).name, "5-А");
  school_class.name = "5-A";  // Latin A
  expect_refused(school_class, "class.name '5-A' is refused: ");
  school_class.name = "13-А";
  expect_refused(school_class, "class.name '13-А' is refused");
  school_class = sample_class();
  school_class.academic_year_id = {};
  expect_refused(school_class, "class.academic_year_id is the nil UUID");
}

TEST(ValidatedSubject, NeedsANameAndMayHaveAShortOne) {
  model::Subject subject = sample_subject();
  subject.name = " Українська  мова ";
  subject.short_name = "";
  const model::Subject result = model::validated(subject);
  EXPECT_EQ(result.name, "Українська мова");
  EXPECT_EQ(result.short_name, "");
  subject.name = "";
  expect_refused(subject, "subject.name '' is empty");
}

TEST(ValidatedSubgroup, NeedsANameAndAClass) {
  model::Subgroup subgroup = sample_subgroup();
  EXPECT_EQ(model::validated(subgroup).name, "1 група");
  subgroup.name = "  ";
  expect_refused(subgroup, "subgroup.name '  ' is empty");
  subgroup = sample_subgroup();
  subgroup.class_id = {};
  expect_refused(subgroup, "subgroup.class_id is the nil UUID");
}

TEST(ValidatedSubgroupMember, NeedsEveryId) {
  model::SubgroupMember member{model::InstitutionId::generate(), model::SubgroupId::generate(),
                               model::PersonId::generate()};
  EXPECT_EQ(model::validated(member), member);
  member.student_id = {};
  expect_refused(member, "subgroup_member.student_id is the nil UUID");
  member = {model::InstitutionId::generate(), {}, model::PersonId::generate()};
  expect_refused(member, "subgroup_member.subgroup_id is the nil UUID");
}

TEST(ValidatedCourse, NeedsEveryIdAndAScaleName) {
  model::Course course = sample_course();
  EXPECT_EQ(model::validated(course).scale, "ukrainian_12");
  course.subgroup_id = model::SubgroupId::generate();
  EXPECT_NO_THROW(model::validated(course));
  course.subgroup_id = model::SubgroupId{};
  expect_refused(course, "course.subgroup_id is the nil UUID");
  course = sample_course();
  course.scale = " ";
  expect_refused(course, "course.scale ' ' is empty");
  course.scale = std::string(101, 's');
  expect_refused(course, "is 101 bytes long, at most 100");
  course = sample_course();
  course.teacher_id = {};
  expect_refused(course, "course.teacher_id is the nil UUID");
}

TEST(ValidatedEnrolment, DepartsNotBeforeArriving) {
  model::Enrolment enrolment = sample_enrolment();
  enrolment.departed = enrolment.arrived;
  enrolment.departure_note = " Наказ № 12 \n від 02.09.2024 ";
  EXPECT_EQ(model::validated(enrolment).departure_note, "Наказ № 12 \n від 02.09.2024");
  enrolment.departed = Date(2024, 9, 1);
  expect_refused(enrolment, "enrolment.departed is 2024-09-01, before arrived 2024-09-02");
  enrolment.departed = Date(boost::gregorian::not_a_date_time);
  expect_refused(enrolment, "enrolment.departed is not a calendar day");
  enrolment = sample_enrolment();
  enrolment.arrived = Date(boost::gregorian::pos_infin);
  expect_refused(enrolment, "enrolment.arrived is not a calendar day");
  enrolment = sample_enrolment();
  enrolment.student_id = {};
  expect_refused(enrolment, "enrolment.student_id is the nil UUID");
}

}  // namespace
