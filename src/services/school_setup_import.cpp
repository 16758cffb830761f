// Importing a class list: every row checked (against the file and the class), then all students
// created and enrolled in one unit of work, or nothing.
#include <algorithm>
#include <map>
#include <string>

#include "class_list_csv.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/services/school_setup.hpp"
#include "school_setup_detail.hpp"

namespace ejournal::services {

namespace {

constexpr const char* kSubject = "the class list";

/// The students enrolled in the class without a departure, by their name key.
std::map<std::string, model::PersonId> students_in_class(storage::UnitOfWork& unit,
                                                         const model::InstitutionId& institution,
                                                         const model::ClassId& class_id) {
  storage::EnrolmentQuery query;
  query.school_class = class_id;
  std::map<std::string, model::PersonId> keyed;
  for (const auto& enrolment : unit.enrolments().list(institution, query)) {
    if (enrolment.departed) continue;
    const auto person = unit.people().find(institution, enrolment.student_id);
    if (!person) continue;
    keyed.emplace(detail::student_name_key(person->surname, person->given_name, person->patronymic),
                  person->id);
  }
  return keyed;
}

bool line_order(const FieldProblem& a, const FieldProblem& b) {
  const auto line_of = [](const FieldProblem& problem) -> std::size_t {
    if (!problem.field.starts_with("line ")) return 0;
    return std::stoul(problem.field.substr(5));
  };
  return line_of(a) < line_of(b);
}

}  // namespace

ClassListImport import_class_list(storage::Store& store, const model::Clock& clock,
                                  const access::Principal& principal,
                                  model::InstitutionId institution_id, model::ClassId class_id,
                                  model::Date arrived, std::string_view csv) {
  const auto target = access::Target::institution(institution_id);
  access::require(principal, access::Operation::manage_people, target);
  access::require(principal, access::Operation::manage_enrolments, target);
  if (arrived.is_special()) {
    throw Error(Errc::invalid, ErrorDomain::argument, "the arrival day is not a real day");
  }
  auto parsed = detail::parse_class_list(csv, arrived);
  if (std::ranges::any_of(parsed.problems, [](const auto& p) { return p.field == "file"; })) {
    throw ValidationError(std::move(parsed.problems), kSubject);
  }
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  (void)detail::stored_class(*unit, institution_id, class_id);
  const auto enrolled = students_in_class(*unit, institution_id, class_id);
  for (const auto& row : parsed.rows) {
    const auto found =
        enrolled.find(detail::student_name_key(row.surname, row.given_name, row.patronymic));
    if (found != enrolled.end()) {
      parsed.problems.push_back(
          {detail::line_field(row.line, "surname"),
           "names the student " + found->second.str() + " already in the class"});
    }
  }
  if (!parsed.problems.empty()) {
    std::ranges::stable_sort(parsed.problems, line_order);
    throw ValidationError(std::move(parsed.problems), kSubject);
  }

  ClassListImport result;
  std::vector<model::Person> people;
  std::vector<model::Enrolment> enrolments;
  detail::SetupAudit audit(*unit, principal, institution_id, now);
  for (const auto& row : parsed.rows) {
    model::Person person;
    person.id = model::PersonId::generate();
    person.institution_id = institution_id;
    person.surname = row.surname;
    person.given_name = row.given_name;
    person.patronymic = row.patronymic;
    person.gender = row.gender;
    person.email = row.email;
    people.push_back(model::validated(std::move(person)));
    model::Enrolment enrolment;
    enrolment.id = model::EnrolmentId::generate();
    enrolment.institution_id = institution_id;
    enrolment.class_id = class_id;
    enrolment.student_id = people.back().id;
    enrolment.arrived = arrived;
    enrolments.push_back(model::validated(std::move(enrolment)));
  }
  const auto no_progress = [](std::size_t, std::size_t) {};
  unit->people().insert_many(people, no_progress);
  for (std::size_t k = 0; k < people.size(); ++k) {
    model::RoleGrant grant;
    grant.id = model::RoleGrantId::generate();
    grant.institution_id = institution_id;
    grant.person_id = people[k].id;
    grant.role = model::Role::student;
    unit->role_grants().insert(model::validated(grant));
    audit.record("person", people[k].id.str(), "create", "", detail::person_json(people[k]));
    audit.record("role_grant", grant.id.str(), "grant", "", detail::grant_json(grant));
    audit.record("enrolment", enrolments[k].id.str(), "create", "",
                 detail::enrolment_json(enrolments[k]));
    result.students.push_back(people[k].id);
    result.enrolments.push_back(enrolments[k].id);
  }
  unit->enrolments().insert_many(enrolments, no_progress);
  unit->commit();
  return result;
}

}  // namespace ejournal::services
