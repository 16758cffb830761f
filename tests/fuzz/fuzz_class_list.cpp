// Fuzzes the class-list import: the input is the CSV file, imported into a class of a fresh memory
// store. Either every row becomes an enrolled student with checked names, or the file is refused
// with problems that each name a line or the file, and nothing is stored.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "ejournal/access/principal.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/services/school_setup.hpp"
#include "ejournal/storage/open.hpp"
#include "fuzz_check.hpp"

namespace {

using ejournal::fuzz::is_valid_utf8;
using ejournal::fuzz::require;
namespace model = ejournal::model;
namespace services = ejournal::services;
namespace storage = ejournal::storage;

class FixedClock final : public model::Clock {
 public:
  [[nodiscard]] model::Instant now() const override { return model::Instant{}; }
};

struct School {
  std::unique_ptr<storage::Store> store = storage::open_store("memory:");
  model::InstitutionId institution = model::InstitutionId::generate();
  model::ClassId school_class;
};

School make_school(const FixedClock& clock) {
  School school;
  model::Institution institution;
  institution.id = school.institution;
  institution.kind = model::InstitutionKind::other;
  institution.name = "Інститут";
  {
    const auto unit = school.store->begin();
    unit->institutions().insert(institution);
    unit->commit();
  }
  const auto system = ejournal::access::Principal::system();
  const auto year =
      services::create_academic_year(*school.store, clock, system, school.institution,
                                     ejournal::calendar::ukrainian_typical_year(2024));
  school.school_class =
      services::create_class(*school.store, clock, system, school.institution, year, "5-А");
  return school;
}

std::size_t people_of(School& school) {
  const auto unit = school.store->begin(storage::Access::read);
  return unit->people().list(school.institution).size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const FixedClock clock;
  auto school = make_school(clock);
  const auto arrived = ejournal::calendar::Date(2024, 9, 2);
  try {
    const auto made = services::import_class_list(
        *school.store, clock, ejournal::access::Principal::system(), school.institution,
        school.school_class, arrived, ejournal::fuzz::as_text(data, size));
    require(!made.students.empty(), "an imported list has a student");
    require(made.students.size() <= services::kMaxClassListRows, "at most the rows allowed");
    require(made.enrolments.size() == made.students.size(), "every student is enrolled");
    const auto unit = school.store->begin(storage::Access::read);
    for (const auto& id : made.students) {
      const auto person = unit->people().find(school.institution, id);
      require(person.has_value(), "an imported student is stored");
      require(!person->surname.empty() && !person->given_name.empty(), "names are not empty");
      require(is_valid_utf8(person->surname) && is_valid_utf8(person->given_name),
              "names are valid UTF-8");
    }
  } catch (const services::ValidationError& error) {
    require(!error.problems().empty(), "a refusal names at least one problem");
    for (const auto& problem : error.problems()) {
      require(problem.field == "file" || problem.field.starts_with("line "),
              "a problem names the file or a line");
      require(is_valid_utf8(problem.problem), "a problem is valid UTF-8");
    }
    require(is_valid_utf8(error.what()), "the refusal's message is valid UTF-8");
    require(people_of(school) == 0, "a refused file stores nobody");
  }
  return 0;
}
