// Role grants and parent links: who a person is in their institution and whose parent they are.
#include <string>
#include <utility>

#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::ParentLink;
using model::ParentRelation;
using model::Role;
using model::RoleGrant;

template <class... Bindings>
std::vector<RoleGrant> query_grants(Connection& connection, model::InstitutionId institution,
                                    const std::string& where, Bindings&&... bindings) {
  std::string id;
  std::string person_id;
  int role = 0;
  Nullable<std::string> class_id;
  Statement statement = connection.statement(
      "SELECT id, person_id, role, class_id FROM role_grants WHERE " + where,
      std::forward<Bindings>(bindings)..., soci::into(id), soci::into(person_id), soci::into(role),
      soci::into(class_id.value, class_id.indicator));
  std::vector<RoleGrant> grants;
  for_each_row(statement, [&] {
    grants.push_back({parse_id<model::RoleGrantId>(id), institution,
                      parse_id<model::PersonId>(person_id),
                      enum_from_code(role, Role::institute_operator, Role::parent, "role"),
                      optional_id<model::ClassTag>(class_id)});
  });
  return grants;
}

template <class... Bindings>
std::vector<ParentLink> query_links(Connection& connection, model::InstitutionId institution,
                                    const std::string& where, Bindings&&... bindings) {
  std::string id;
  std::string parent_id;
  std::string child_id;
  int relation = 0;
  Statement statement = connection.statement(
      "SELECT id, parent_id, child_id, relation FROM parent_links WHERE " + where + " ORDER BY id",
      std::forward<Bindings>(bindings)..., soci::into(id), soci::into(parent_id),
      soci::into(child_id), soci::into(relation));
  std::vector<ParentLink> links;
  for_each_row(statement, [&] {
    links.push_back({parse_id<model::ParentLinkId>(id), institution,
                     parse_id<model::PersonId>(parent_id), parse_id<model::PersonId>(child_id),
                     enum_from_code(relation, ParentRelation::mother, ParentRelation::other,
                                    "parent relation")});
  });
  return links;
}

// Deletes the row `id` of `table` in `institution`; Error(not_found) naming `what` when none.
void remove_row(Connection& connection, const std::string& table, model::InstitutionId institution,
                const std::string& id, std::string_view what) {
  const std::string institution_key = institution.str();
  const long long removed = connection.execute_counted(
      "DELETE FROM " + table + " WHERE institution_id = :institution_id AND id = :id",
      soci::use(institution_key), soci::use(id));
  if (removed == 0) {
    throw Error(Errc::not_found, ErrorDomain::storage,
                std::string(what) + " " + id + " does not exist");
  }
}

}  // namespace

void SociRoleGrantRepository::insert(const RoleGrant& grant) {
  const std::string institution = grant.institution_id.str();
  const std::string id = grant.id.str();
  const std::string person = grant.person_id.str();
  const int role = enum_code(grant.role);
  Nullable<std::string> class_id = nullable_id(grant.class_id);
  connection_.execute(
      "INSERT INTO role_grants (institution_id, id, person_id, role, class_id)"
      " VALUES (:institution_id, :id, :person_id, :role, :class_id)",
      soci::use(institution), soci::use(id), soci::use(person), soci::use(role),
      soci::use(class_id.value, class_id.indicator));
}

void SociRoleGrantRepository::remove(model::InstitutionId institution, model::RoleGrantId id) {
  remove_row(connection_, "role_grants", institution, id.str(), "role grant");
}

std::vector<RoleGrant> SociRoleGrantRepository::list_for_person(model::InstitutionId institution,
                                                                model::PersonId person) {
  const std::string institution_key = institution.str();
  const std::string person_key = person.str();
  return query_grants(connection_, institution,
                      "institution_id = :institution_id AND person_id = :person_id"
                      " ORDER BY role, id",
                      soci::use(institution_key), soci::use(person_key));
}

std::vector<RoleGrant> SociRoleGrantRepository::list_with_role(model::InstitutionId institution,
                                                               Role role) {
  const std::string institution_key = institution.str();
  const int code = enum_code(role);
  return query_grants(connection_, institution,
                      "institution_id = :institution_id AND role = :role ORDER BY id",
                      soci::use(institution_key), soci::use(code));
}

void SociParentLinkRepository::insert(const ParentLink& link) {
  const std::string institution = link.institution_id.str();
  const std::string id = link.id.str();
  const std::string parent = link.parent_id.str();
  const std::string child = link.child_id.str();
  const int relation = enum_code(link.relation);
  connection_.execute(
      "INSERT INTO parent_links (institution_id, id, parent_id, child_id, relation)"
      " VALUES (:institution_id, :id, :parent_id, :child_id, :relation)",
      soci::use(institution), soci::use(id), soci::use(parent), soci::use(child),
      soci::use(relation));
}

void SociParentLinkRepository::remove(model::InstitutionId institution, model::ParentLinkId id) {
  remove_row(connection_, "parent_links", institution, id.str(), "parent link");
}

std::vector<ParentLink> SociParentLinkRepository::children_of(model::InstitutionId institution,
                                                              model::PersonId parent) {
  const std::string institution_key = institution.str();
  const std::string parent_key = parent.str();
  return query_links(connection_, institution,
                     "institution_id = :institution_id AND parent_id = :parent_id",
                     soci::use(institution_key), soci::use(parent_key));
}

std::vector<ParentLink> SociParentLinkRepository::parents_of(model::InstitutionId institution,
                                                             model::PersonId child) {
  const std::string institution_key = institution.str();
  const std::string child_key = child.str();
  return query_links(connection_, institution,
                     "institution_id = :institution_id AND child_id = :child_id",
                     soci::use(institution_key), soci::use(child_key));
}

}  // namespace ejournal::storage::soci_backend
