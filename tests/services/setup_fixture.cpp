#include "setup_fixture.hpp"

#include <sstream>

#include <boost/date_time/gregorian/formatters.hpp>

namespace ejournal::services::testing {

void SetupTest::SetUp() {
  AccountsTest::SetUp();
  if (IsSkipped()) return;
  storage::testing::store_school(*store_, other_);
  const auto unit = store_->begin();
  unit->role_grants().insert(grant_of(other_.teacher, model::Role::teacher));
  unit->role_grants().insert(grant_of(other_.students.front(), model::Role::student));
  unit->commit();
}

std::string SetupTest::structure() {
  std::ostringstream out;
  out << snapshot();
  const auto institution = school();
  const auto unit = store_->begin(storage::Access::read);
  for (const auto& year : unit->academic_years().list(institution)) {
    out << "year " << year.id.str() << ' ' << year.calendar.name << ' ' << year.version << '\n';
    for (const auto& school_class : unit->classes().list(institution, year.id)) {
      out << " class " << school_class.id.str() << ' ' << school_class.name << ' '
          << school_class.version << '\n';
      for (const auto& subgroup : unit->subgroups().list(institution, school_class.id)) {
        out << "  subgroup " << subgroup.id.str() << ' ' << subgroup.name;
        for (const auto& member : unit->subgroups().members(institution, subgroup.id)) {
          out << ' ' << member.str();
        }
        out << '\n';
      }
    }
  }
  for (const auto& subject : unit->subjects().list(institution)) {
    out << "subject " << subject.id.str() << ' ' << subject.name << '\n';
  }
  for (const auto& course : unit->courses().list(institution, {})) {
    out << "course " << course.id.str() << ' ' << course.teacher_id.str() << ' ' << course.scale
        << ' ' << course.version << '\n';
  }
  for (const auto& enrolment : unit->enrolments().list(institution, {})) {
    out << "enrolment " << enrolment.id.str() << ' ' << enrolment.student_id.str() << ' '
        << enrolment.class_id.str() << ' '
        << boost::gregorian::to_iso_extended_string(enrolment.arrived) << ' '
        << (enrolment.departed ? boost::gregorian::to_iso_extended_string(*enrolment.departed)
                               : "-")
        << ' ' << enrolment.version << '\n';
  }
  for (const auto& entry : unit->audit().list_for_actor(institution, admin_person_.id)) {
    out << "audit " << entry.entity_type << ' ' << entry.entity_id << ' ' << entry.action << ' '
        << entry.before << ' ' << entry.after << '\n';
  }
  return out.str();
}

std::vector<std::string> SetupTest::trail(const std::string& entity_type,
                                          const std::string& entity_id) {
  const auto unit = store_->begin(storage::Access::read);
  std::vector<std::string> entries;
  for (const auto& entry : unit->audit().list_for_entity(school(), entity_type, entity_id)) {
    entries.push_back(entry.action + '|' + entry.before + '|' + entry.after);
  }
  return entries;
}

model::Person SetupTest::add_person(const std::string& surname, const std::string& given_name,
                                    model::Role role) {
  auto person = storage::testing::make_person(school(), surname, given_name, "Іванівна");
  const auto unit = store_->begin();
  unit->people().insert(person);
  unit->role_grants().insert(grant_of(person, role));
  unit->commit();
  return person;
}

access::Principal SetupTest::teacher() const {
  return access::Principal::person(school_.teacher.id, school_.institution.id,
                                   {grant_of(school_.teacher, model::Role::teacher)});
}

}  // namespace ejournal::services::testing
