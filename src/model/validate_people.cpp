// validated() for people, their roles and parent–child links.
#include <set>
#include <string>

#include "ejournal/model/validate.hpp"
#include "fields.hpp"

namespace ejournal::model {

using detail::Presence;

namespace {

// Each external id names the person in one system; two in the same system would leave it unclear
// which one that system means.
void check_external_ids(std::vector<ExternalId>& ids) {
  std::set<std::string> systems;
  for (std::size_t index = 0; index < ids.size(); ++index) {
    const std::string prefix = "person.external_ids[" + std::to_string(index) + "]";
    ExternalId& external = ids[index];
    external.system =
        detail::line(prefix + ".system", external.system, kMaxLabelBytes, Presence::required);
    external.value =
        detail::line(prefix + ".value", external.value, kMaxReferenceBytes, Presence::required);
    if (!systems.insert(external.system).second) {
      detail::refuse(prefix + ".system", external.system,
                     "appears twice; a person has at most one id per system");
    }
  }
}

}  // namespace

Person validated(Person person) {
  detail::id("person.id", person.id);
  detail::id("person.institution_id", person.institution_id);
  person.surname = detail::name("person.surname", person.surname, Presence::required);
  person.given_name = detail::name("person.given_name", person.given_name, Presence::required);
  person.patronymic = detail::optional_name("person.patronymic", person.patronymic);
  if (person.gender) {
    detail::enumerator("person.gender", *person.gender, text::Gender::feminine,
                       text::Gender::masculine);
  }
  person.email = detail::email("person.email", person.email, Presence::optional);
  person.phone = detail::phone("person.phone", person.phone, Presence::optional);
  check_external_ids(person.external_ids);
  return person;
}

RoleGrant validated(RoleGrant grant) {
  detail::id("role_grant.id", grant.id);
  detail::id("role_grant.institution_id", grant.institution_id);
  detail::id("role_grant.person_id", grant.person_id);
  detail::enumerator("role_grant.role", grant.role, Role::institute_operator, Role::parent);
  detail::present_when("role_grant.class_id", grant.class_id, grant.role == Role::class_teacher,
                       "for a class teacher");
  detail::id("role_grant.class_id", grant.class_id);
  return grant;
}

ParentLink validated(ParentLink link) {
  detail::id("parent_link.id", link.id);
  detail::id("parent_link.institution_id", link.institution_id);
  detail::id("parent_link.parent_id", link.parent_id);
  detail::id("parent_link.child_id", link.child_id);
  detail::enumerator("parent_link.relation", link.relation, ParentRelation::mother,
                     ParentRelation::other);
  if (link.parent_id == link.child_id) {
    detail::refuse("parent_link.child_id", link.child_id.str(),
                   "is the parent_id too; a person is not their own parent");
  }
  return link;
}

}  // namespace ejournal::model
