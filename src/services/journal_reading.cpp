// Shared pieces of the read-only journal services.
#include "journal_reading.hpp"

#include "ejournal/text/names.hpp"

namespace ejournal::services::detail {

void require_day(const model::Date& day, std::string_view what) {
  if (day.is_special()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "the " + std::string(what) + " is not a date");
  }
}

model::Date monday_of(const model::Date& day) {
  // day_of_week counts from Sunday (0); Monday is 1.
  const int from_monday = (static_cast<int>(day.day_of_week().as_number()) + 6) % 7;
  return day - boost::gregorian::days(from_monday);
}

const model::Course& CourseBook::course(const model::CourseId& id) {
  if (const auto known = courses_.find(id); known != courses_.end()) return known->second;
  auto found = unit_.courses().find(institution_, id);
  if (!found) {
    throw Error(Errc::not_found, ErrorDomain::argument, "no course " + id.str());
  }
  return courses_.emplace(id, std::move(*found)).first->second;
}

const std::string& CourseBook::subject(const model::CourseId& id) {
  const model::SubjectId subject_id = course(id).subject_id;
  if (const auto known = subjects_.find(subject_id); known != subjects_.end()) {
    return known->second;
  }
  const auto found = unit_.subjects().find(institution_, subject_id);
  if (!found) {
    throw Error(Errc::not_found, ErrorDomain::storage,
                "the subject " + subject_id.str() + " of course " + id.str() + " is missing");
  }
  return subjects_.emplace(subject_id, found->name).first->second;
}

model::Person find_person(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                          const model::PersonId& id, std::string_view what) {
  auto found = unit.people().find(institution, id);
  if (!found) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "no " + std::string(what) + " " + id.str() + " in the institution");
  }
  return std::move(*found);
}

std::string short_name(const model::Person& person) {
  return text::format_surname_initials({person.surname, person.given_name, person.patronymic});
}

std::string name_key(const text::UkrainianCollator& collator, const model::Person& person) {
  // The collator's numeric tie-break is unused: the whole id follows the key instead.
  std::string key = collator.name_sort_key(
      {person.surname, person.given_name, person.patronymic.value_or(""), 0});
  key.append(reinterpret_cast<const char*>(person.id.value.data), person.id.value.size());
  return key;
}

}  // namespace ejournal::services::detail
