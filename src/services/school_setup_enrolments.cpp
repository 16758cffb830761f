// Enrolments (arrival and departure) and parent–child links.
#include <algorithm>
#include <string>

#include <boost/date_time/gregorian/formatters.hpp>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/school_setup.hpp"
#include "school_setup_detail.hpp"

namespace ejournal::services {

namespace {

void refuse_second_class(storage::UnitOfWork& unit, const model::Enrolment& enrolment) {
  storage::EnrolmentQuery query;
  query.student = enrolment.student_id;
  for (const auto& other : unit.enrolments().list(enrolment.institution_id, query)) {
    if (!other.departed || *other.departed >= enrolment.arrived) {
      throw Error(
          Errc::conflict, ErrorDomain::argument,
          "the student " + enrolment.student_id.str() + " is in the class " + other.class_id.str() +
              " from " + boost::gregorian::to_iso_extended_string(other.arrived) +
              (other.departed ? " to " + boost::gregorian::to_iso_extended_string(*other.departed)
                              : std::string()) +
              " (enrolment " + other.id.str() + "): a student is in one class at a time");
    }
  }
}

}  // namespace

model::EnrolmentId enrol_student(storage::Store& store, const model::Clock& clock,
                                 const access::Principal& principal,
                                 model::InstitutionId institution_id, model::ClassId class_id,
                                 model::PersonId student_id, model::Date arrived) {
  access::require(principal, access::Operation::manage_enrolments,
                  access::Target::institution(institution_id));
  model::Enrolment enrolment;
  enrolment.id = model::EnrolmentId::generate();
  enrolment.institution_id = institution_id;
  enrolment.class_id = class_id;
  enrolment.student_id = student_id;
  enrolment.arrived = arrived;
  enrolment = model::validated(std::move(enrolment));
  const auto unit = store.begin(storage::Access::write);
  (void)detail::stored_class(*unit, institution_id, class_id);
  const auto student = detail::stored_person(*unit, institution_id, student_id);
  detail::require_role(*unit, student, model::Role::student, "a student");
  refuse_second_class(*unit, enrolment);
  unit->enrolments().insert(enrolment);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("enrolment", enrolment.id.str(), "create", "", detail::enrolment_json(enrolment));
  unit->commit();
  return enrolment.id;
}

void record_departure(storage::Store& store, const model::Clock& clock,
                      const access::Principal& principal, model::InstitutionId institution_id,
                      model::EnrolmentId enrolment_id, model::Date departed,
                      std::string_view note) {
  access::require(principal, access::Operation::manage_enrolments,
                  access::Target::institution(institution_id));
  const auto unit = store.begin(storage::Access::write);
  auto enrolment = unit->enrolments().find(institution_id, enrolment_id);
  if (!enrolment) detail::not_found(institution_id, "enrolment", enrolment_id.str());
  if (enrolment->departed) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "the enrolment " + enrolment_id.str() + " already ended on " +
                    boost::gregorian::to_iso_extended_string(*enrolment->departed));
  }
  const auto before = detail::enrolment_json(*enrolment);
  enrolment->departed = departed;
  enrolment->departure_note = std::string(note);
  *enrolment = model::validated(std::move(*enrolment));
  unit->enrolments().update(*enrolment);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("enrolment", enrolment->id.str(), "depart", before,
              detail::enrolment_json(*enrolment));
  unit->commit();
}

model::ParentLinkId link_parent(storage::Store& store, const model::Clock& clock,
                                const access::Principal& principal,
                                model::InstitutionId institution_id, model::PersonId parent_id,
                                model::PersonId child_id, model::ParentRelation relation) {
  access::require(principal, access::Operation::manage_parent_links,
                  access::Target::institution(institution_id));
  model::ParentLink link;
  link.id = model::ParentLinkId::generate();
  link.institution_id = institution_id;
  link.parent_id = parent_id;
  link.child_id = child_id;
  link.relation = relation;
  link = model::validated(std::move(link));
  const auto unit = store.begin(storage::Access::write);
  const auto parent = detail::stored_person(*unit, institution_id, parent_id);
  const auto child = detail::stored_person(*unit, institution_id, child_id);
  detail::require_role(*unit, parent, model::Role::parent, "a parent");
  detail::require_role(*unit, child, model::Role::student, "a student");
  const auto links = unit->parent_links().children_of(institution_id, parent_id);
  if (std::ranges::any_of(links, [&](const auto& other) { return other.child_id == child_id; })) {
    throw Error(
        Errc::exists, ErrorDomain::argument,
        "the person " + parent_id.str() + " is already linked to the child " + child_id.str());
  }
  unit->parent_links().insert(link);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("parent_link", link.id.str(), "link", "", detail::link_json(link));
  unit->commit();
  return link.id;
}

void unlink_parent(storage::Store& store, const model::Clock& clock,
                   const access::Principal& principal, model::InstitutionId institution_id,
                   model::PersonId parent_id, model::PersonId child_id) {
  access::require(principal, access::Operation::manage_parent_links,
                  access::Target::institution(institution_id));
  const auto unit = store.begin(storage::Access::write);
  (void)detail::stored_person(*unit, institution_id, parent_id);
  std::optional<model::ParentLink> link;
  for (const auto& candidate : unit->parent_links().children_of(institution_id, parent_id)) {
    if (candidate.child_id == child_id) link = candidate;
  }
  if (!link) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the person " + parent_id.str() + " is not linked to the child " + child_id.str());
  }
  unit->parent_links().remove(institution_id, link->id);
  detail::SetupAudit(*unit, principal, institution_id, clock.now())
      .record("parent_link", link->id.str(), "unlink", detail::link_json(*link), "");
  unit->commit();
}

}  // namespace ejournal::services
