// The acting principal's facts, read fresh from storage.
#include "ejournal/services/principals.hpp"

#include <string>
#include <vector>

#include "ejournal/error.hpp"

namespace ejournal::services {

access::Principal load_principal(storage::UnitOfWork& unit, model::InstitutionId institution_id,
                                 model::PersonId person_id) {
  if (!unit.people().find(institution_id, person_id)) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution_id.str() + " has no person " + person_id.str());
  }
  auto grants = unit.role_grants().list_for_person(institution_id, person_id);
  std::vector<model::PersonId> children;
  for (const auto& link : unit.parent_links().children_of(institution_id, person_id)) {
    children.push_back(link.child_id);
  }
  std::vector<access::TaughtCourse> courses;
  storage::CourseQuery query;
  query.teacher = person_id;
  for (const auto& course : unit.courses().list(institution_id, query)) {
    courses.push_back({course.id, course.class_id});
  }
  return access::Principal::person(person_id, institution_id, std::move(grants),
                                   std::move(children), std::move(courses));
}

}  // namespace ejournal::services
