#include <gtest/gtest.h>

#include <string>

#include "ejournal/model/validate.hpp"
#include "expect_invalid.hpp"
#include "samples.hpp"

namespace {

namespace model = ejournal::model;
using namespace model::testing;

TEST(ValidatedPerson, NormalisesNamesAndContacts) {
  model::Person person = sample_person();
  person.surname = "  Мар’яненко-Коваль ";  // U+2019 and spaces
  person.given_name = "Мар`яна";            // U+0060
  person.patronymic = "Іванівна";
  person.email = "Olena@School.Example.UA";
  person.phone = "(067) 123-45-67";
  person.external_ids = {{" diso ", " 42 "}};
  const model::Person result = model::validated(person);
  EXPECT_EQ(result.surname, "Марʼяненко-Коваль");
  EXPECT_EQ(result.given_name, "Марʼяна");
  EXPECT_EQ(result.patronymic, "Іванівна");
  EXPECT_EQ(result.email, "Olena@school.example.ua");
  EXPECT_EQ(result.phone, "+380671234567");
  EXPECT_EQ(result.external_ids, (std::vector<model::ExternalId>{{"diso", "42"}}));
}

TEST(ValidatedPerson, NormalisesToNfc) {
  model::Person person = sample_person();
  person.given_name = "\u0418\u0306осип";  // И + combining breve
  EXPECT_EQ(model::validated(person).given_name, "Йосип");
}

TEST(ValidatedPerson, ContactsAndPatronymicAreOptional) {
  model::Person person = sample_person();
  person.patronymic = "";
  person.email = "  ";
  const model::Person result = model::validated(person);
  EXPECT_EQ(result.patronymic, std::nullopt);
  EXPECT_EQ(result.email, "");
  EXPECT_EQ(result.phone, "");
}

TEST(ValidatedPerson, RefusesBadFields) {
  model::Person person = sample_person();
  person.email = "x@";
  expect_refused(person, "person.email 'x@' is refused: e-mail address 'x@' has nothing after");
  person = sample_person();
  person.phone = "12345";
  expect_refused(person, "person.phone '12345' is refused");
  person = sample_person();
  person.surname = "";
  expect_refused(person, "person.surname '' is empty");
  person = sample_person();
  person.given_name = "Oлена";  // Latin O
  expect_refused(person, "person.given_name 'Oлена' is refused");
  person = sample_person();
  person.surname = "Петро\tІван";
  expect_refused(person, "person.surname 'Петро\\x09Іван' is refused");
  person = sample_person();
  person.surname = "Петро\xFF";
  expect_refused(person, "person.surname 'Петро…' (not valid UTF-8 at byte 10) is refused");
  person = sample_person();
  person.institution_id = {};
  expect_refused(person, "person.institution_id is the nil UUID");
  person = sample_person();
  person.gender = static_cast<ejournal::text::Gender>(7);
  expect_refused(person, "person.gender is 7, not one of the values 0 … 1");
}

TEST(ValidatedPerson, LimitsNamesTo200Bytes) {
  model::Person person = sample_person();
  person.surname.clear();
  for (int i = 0; i < 100; ++i) person.surname += "ж";
  EXPECT_NO_THROW(model::validated(person));
  person.surname += "ж";
  expect_refused(person, "person.surname 'жжж");
  expect_refused(person, "…' is 202 bytes long, at most 200");
  person.surname = std::string(10'000, 'a');
  expect_refused(person, "is 10000 bytes long, at most 200");
}

TEST(ValidatedPerson, RefusesBadExternalIds) {
  model::Person person = sample_person();
  person.external_ids = {{"diso", "1"}, {"aikom", "2"}, {"diso", "3"}};
  expect_refused(person, "person.external_ids[2].system 'diso' appears twice");
  person.external_ids = {{"", "1"}};
  expect_refused(person, "person.external_ids[0].system '' is empty");
  person.external_ids = {{"diso", "1\n2"}};
  expect_refused(person,
                 "person.external_ids[0].value '1\\x0A2' holds a control character at byte 1");
  person.external_ids = {{"diso", std::string(201, '1')}};
  expect_refused(person, "is 201 bytes long, at most 200");
}

TEST(ValidatedRoleGrant, NeedsAClassForAClassTeacherOnly) {
  model::RoleGrant grant = sample_grant();
  EXPECT_NO_THROW(model::validated(grant));
  grant.class_id = model::ClassId::generate();
  expect_refused(grant, "role_grant.class_id is set; it is allowed for a class teacher only");
  grant.role = model::Role::class_teacher;
  EXPECT_NO_THROW(model::validated(grant));
  grant.class_id = model::ClassId{};
  expect_refused(grant, "role_grant.class_id is the nil UUID");
  grant.class_id.reset();
  expect_refused(grant, "role_grant.class_id is missing; it is required for a class teacher");
  grant = sample_grant();
  grant.role = static_cast<model::Role>(8);
  expect_refused(grant, "role_grant.role is 8, not one of the values 1 … 7");
  grant = sample_grant();
  grant.person_id = {};
  expect_refused(grant, "role_grant.person_id is the nil UUID");
}

TEST(ValidatedParentLink, JoinsTwoDifferentPeople) {
  model::ParentLink link = sample_link();
  EXPECT_NO_THROW(model::validated(link));
  link.child_id = link.parent_id;
  expect_refused(link, "parent_link.child_id '" + link.parent_id.str() +
                           "' is the parent_id too; a person is not their own parent");
  link = sample_link();
  link.relation = static_cast<model::ParentRelation>(0);
  expect_refused(link, "parent_link.relation is 0");
  link = sample_link();
  link.parent_id = {};
  expect_refused(link, "parent_link.parent_id is the nil UUID");
}

}  // namespace
