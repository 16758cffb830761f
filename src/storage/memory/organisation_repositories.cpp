#include "organisation_repositories.hpp"

#include <string>
#include <tuple>

#include "checks.hpp"
#include "lists.hpp"

namespace ejournal::storage::memory {

namespace {

void check_new_person(const Database& db, const model::Person& person) {
  require_free(db.people, scoped_key(person), "person");
  require_present(db.institutions, {person.institution_id}, "institution");
}

// Error(exists) when another institution has the ЄДРПОУ or ДІСО id of `institution`.
void check_institution_keys(const Database& db, const model::Institution& institution) {
  const auto& indexes = db.institutions.indexes();
  require_unique_except(indexes.by_edrpou, std::tuple{institution.edrpou}, institution.id,
                        "institution with ЄДРПОУ");
  require_unique_except(indexes.by_diso_id, std::tuple{institution.diso_id}, institution.id,
                        "institution with ДІСО id");
}

}  // namespace

// Institutions ---------------------------------------------------------------------------------

void MemoryInstitutions::insert(const model::Institution& institution) {
  tx_.write([&](Database& db) {
    tx_.statement("insert institution");
    require_free(db.institutions, {institution.id}, "institution");
    check_institution_keys(db, institution);
    tx_.insert_row(db.institutions, first_version(institution));
  });
}

std::optional<model::Institution> MemoryInstitutions::find(model::InstitutionId id) {
  return found(tx_.read().institutions, {id});
}

std::optional<model::Institution> MemoryInstitutions::find_by_edrpou(std::string_view edrpou) {
  const auto& institutions = tx_.read().institutions;
  const auto* id = institutions.indexes().by_edrpou.find({std::string(edrpou)});
  return id == nullptr ? std::nullopt : found(institutions, {*id});
}

std::optional<model::Institution> MemoryInstitutions::find_by_diso_id(std::string_view diso_id) {
  const auto& institutions = tx_.read().institutions;
  const auto* id = institutions.indexes().by_diso_id.find({std::string(diso_id)});
  return id == nullptr ? std::nullopt : found(institutions, {*id});
}

std::int64_t MemoryInstitutions::update(const model::Institution& institution) {
  return tx_.write([&](Database& db) {
    tx_.statement("update institution");
    require_current(db.institutions, institution, "institution");
    check_institution_keys(db, institution);
    tx_.replace_row(db.institutions, next_version(institution));
    return institution.version + 1;
  });
}

namespace {

// `rows` in list()'s order: by name in Ukrainian order, then id.
std::vector<model::Institution> by_name(const text::UkrainianCollator& collator,
                                        std::vector<model::Institution> rows) {
  return sorted_by(std::move(rows), [&collator](const model::Institution& row) {
    return std::pair{collation_key(collator, row.name), row.id};
  });
}

}  // namespace

std::vector<model::Institution> MemoryInstitutions::list(
    std::optional<model::InstitutionStatus> status) {
  std::vector<model::Institution> rows;
  tx_.read().institutions.for_each([&](const model::Institution& row) {
    if (!status || row.status == *status) rows.push_back(row);
  });
  return by_name(tx_.collator(), std::move(rows));
}

std::vector<model::Institution> MemoryInstitutions::list_of_kind(model::InstitutionKind kind) {
  const auto& institutions = tx_.read().institutions;
  return by_name(tx_.collator(),
                 rows_of(institutions, institutions.indexes().by_kind.find({kind}),
                         [](const model::InstitutionId& id) { return std::tuple{id}; }));
}

// Connection requests --------------------------------------------------------------------------

namespace {

std::vector<model::ConnectionRequest> oldest_first(std::vector<model::ConnectionRequest> rows) {
  return sorted_by(std::move(rows), [](const model::ConnectionRequest& row) {
    return std::pair{row.submitted_at, row.id};
  });
}

void check_request_references(const Database& db, const model::ConnectionRequest& request) {
  if (request.institution_id) {
    require_present(db.institutions, {*request.institution_id}, "institution");
  }
}

// Error(exists) when another pending or approved request has the ЄДРПОУ or ДІСО id of
// `request`, which is about to be stored pending or approved.
void check_request_keys(const Database& db, const model::ConnectionRequest& request) {
  if (!holds_its_keys(request)) return;
  const auto& indexes = db.connection_requests.indexes();
  require_unique_except(indexes.open_by_edrpou, std::tuple{request.edrpou}, request.id,
                        "open connection request with ЄДРПОУ");
  require_unique_except(indexes.open_by_diso_id, std::tuple{request.diso_id}, request.id,
                        "open connection request with ДІСО id");
}

}  // namespace

void MemoryConnectionRequests::insert(const model::ConnectionRequest& request) {
  tx_.write([&](Database& db) {
    tx_.statement("insert connection request");
    require_free(db.connection_requests, {request.id}, "connection request");
    check_request_references(db, request);
    check_request_keys(db, request);
    tx_.insert_row(db.connection_requests, first_version(request));
  });
}

std::optional<model::ConnectionRequest> MemoryConnectionRequests::find(
    model::ConnectionRequestId id) {
  return found(tx_.read().connection_requests, {id});
}

std::int64_t MemoryConnectionRequests::update(const model::ConnectionRequest& request) {
  return tx_.write([&](Database& db) {
    tx_.statement("update connection request");
    require_current(db.connection_requests, request, "connection request");
    check_request_references(db, request);
    check_request_keys(db, request);
    tx_.replace_row(db.connection_requests, next_version(request));
    return request.version + 1;
  });
}

std::vector<model::ConnectionRequest> MemoryConnectionRequests::list(
    std::optional<model::RequestStatus> status) {
  std::vector<model::ConnectionRequest> rows;
  tx_.read().connection_requests.for_each([&](const model::ConnectionRequest& row) {
    if (!status || row.status == *status) rows.push_back(row);
  });
  return oldest_first(std::move(rows));
}

std::vector<model::ConnectionRequest> MemoryConnectionRequests::find_open(
    std::string_view edrpou, std::string_view diso_id) {
  // Open requests hold their keys uniquely, so each key names one request at most. An empty key
  // matches nothing, not the requests that left that field empty.
  const auto& requests = tx_.read().connection_requests;
  const auto& indexes = requests.indexes();
  std::vector<model::ConnectionRequest> rows;
  const auto* by_edrpou =
      edrpou.empty() ? nullptr : indexes.open_by_edrpou.find({std::string(edrpou)});
  const auto* by_diso_id =
      diso_id.empty() ? nullptr : indexes.open_by_diso_id.find({std::string(diso_id)});
  if (by_edrpou != nullptr) rows.push_back(requests.at({*by_edrpou}));
  if (by_diso_id != nullptr && (by_edrpou == nullptr || *by_diso_id != *by_edrpou)) {
    rows.push_back(requests.at({*by_diso_id}));
  }
  return oldest_first(std::move(rows));
}

// People ---------------------------------------------------------------------------------------

void MemoryPeople::insert(const model::Person& person) {
  tx_.write([&](Database& db) {
    tx_.statement("insert person");
    check_new_person(db, person);
    tx_.insert_row(db.people, first_version(person));
  });
}

void MemoryPeople::insert_many(std::span<const model::Person> people, const Progress& progress) {
  tx_.write([&](Database& db) {
    BatchClaims<decltype(Database::people)::Key> ids;
    for (const model::Person& person : people) {
      check_new_person(db, person);
      ids.claim(scoped_key(person), "person");
    }
    tx_.insert_rows(db.people, people, "insert person", progress,
                    [](const model::Person& person) { return first_version(person); });
  });
}

std::optional<model::Person> MemoryPeople::find(model::InstitutionId institution,
                                                model::PersonId id) {
  return found(tx_.read().people, {institution, id});
}

std::optional<model::Person> MemoryPeople::find_by_email(model::InstitutionId institution,
                                                         std::string_view email) {
  const auto& people = tx_.read().people;
  const auto& ids = people.indexes().by_email.find({institution, std::string(email)});
  return ids.empty() ? std::nullopt : found(people, {institution, *ids.begin()});
}

std::int64_t MemoryPeople::update(const model::Person& person) {
  return tx_.write([&](Database& db) {
    tx_.statement("update person");
    require_current(db.people, person, "person");
    tx_.replace_row(db.people, next_version(person));
    return person.version + 1;
  });
}

std::vector<model::Person> MemoryPeople::list(model::InstitutionId institution) {
  const auto& people = tx_.read().people;
  auto rows = rows_of(people, people.indexes().by_institution.find({institution}),
                      [institution](model::PersonId id) {
                        return std::tuple{institution, id};
                      });
  const auto& collator = tx_.collator();
  return sorted_by(std::move(rows), [&collator](const model::Person& row) {
    return std::pair{collation_key(collator, row.surname, row.given_name,
                                   row.patronymic.value_or(std::string())),
                     row.id};
  });
}

// Role grants ----------------------------------------------------------------------------------

void MemoryRoleGrants::insert(const model::RoleGrant& grant) {
  tx_.write([&](Database& db) {
    tx_.statement("insert role grant");
    require_free(db.role_grants, scoped_key(grant), "role grant");
    require_present(db.people, {grant.institution_id, grant.person_id}, "person");
    if (grant.class_id)
      require_present(db.classes, {grant.institution_id, *grant.class_id}, "class");
    require_unique(db.role_grants.indexes().by_assignment, grant_assignment(grant),
                   "role grant of (institution, person, role, class)");
    tx_.insert_row(db.role_grants, grant);
  });
}

void MemoryRoleGrants::remove(model::InstitutionId institution, model::RoleGrantId id) {
  tx_.write([&](Database& db) {
    tx_.statement("delete role grant");
    require_present(db.role_grants, {institution, id}, "role grant");
    tx_.erase_row(db.role_grants, {institution, id});
  });
}

std::vector<model::RoleGrant> MemoryRoleGrants::list_for_person(model::InstitutionId institution,
                                                                model::PersonId person) {
  const auto& grants = tx_.read().role_grants;
  return rows_of(grants, grants.indexes().by_person.find({institution, person}),
                 [institution](const auto& entry) {
                   return std::tuple{institution, std::get<model::RoleGrantId>(entry)};
                 });
}

std::vector<model::RoleGrant> MemoryRoleGrants::list_with_role(model::InstitutionId institution,
                                                               model::Role role) {
  const auto& grants = tx_.read().role_grants;
  return rows_of(grants, grants.indexes().by_role.find({institution, role}),
                 [institution](model::RoleGrantId id) {
                   return std::tuple{institution, id};
                 });
}

// Parent links ---------------------------------------------------------------------------------

void MemoryParentLinks::insert(const model::ParentLink& link) {
  tx_.write([&](Database& db) {
    tx_.statement("insert parent link");
    require_free(db.parent_links, scoped_key(link), "parent link");
    require_present(db.people, {link.institution_id, link.parent_id}, "parent");
    require_present(db.people, {link.institution_id, link.child_id}, "child");
    require_unique(db.parent_links.indexes().by_pair,
                   std::tuple{link.institution_id, link.parent_id, link.child_id},
                   "parent link of (institution, parent, child)");
    tx_.insert_row(db.parent_links, link);
  });
}

void MemoryParentLinks::remove(model::InstitutionId institution, model::ParentLinkId id) {
  tx_.write([&](Database& db) {
    tx_.statement("delete parent link");
    require_present(db.parent_links, {institution, id}, "parent link");
    tx_.erase_row(db.parent_links, {institution, id});
  });
}

std::vector<model::ParentLink> MemoryParentLinks::children_of(model::InstitutionId institution,
                                                              model::PersonId parent) {
  const auto& links = tx_.read().parent_links;
  return rows_of(links, links.indexes().by_parent.find({institution, parent}),
                 [institution](model::ParentLinkId id) {
                   return std::tuple{institution, id};
                 });
}

std::vector<model::ParentLink> MemoryParentLinks::parents_of(model::InstitutionId institution,
                                                             model::PersonId child) {
  const auto& links = tx_.read().parent_links;
  return rows_of(links, links.indexes().by_child.find({institution, child}),
                 [institution](model::ParentLinkId id) {
                   return std::tuple{institution, id};
                 });
}

}  // namespace ejournal::storage::memory
