// What the read-only journal services (the diary, the journal pages) share: argument checks,
// courses with their subjects read once per call, and people's names as the pages print them.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"
#include "ejournal/text/collation.hpp"

namespace ejournal::services::detail {

/// Error(invalid, argument) naming `what` when `id` is nil.
template <class Tag>
void require_id(const model::Id<Tag>& id, std::string_view what) {
  if (id.is_nil()) {
    throw Error(Errc::invalid, ErrorDomain::argument, "the " + std::string(what) + " id is nil");
  }
}

/// Error(invalid, argument) naming `what` when `day` is a special value (not a date).
void require_day(const model::Date& day, std::string_view what);

/// The Monday of the week (Monday–Sunday) that contains `day`.
[[nodiscard]] model::Date monday_of(const model::Date& day);

/// The institution's courses and their subjects' names, each read once and kept for the call.
class CourseBook {
 public:
  CourseBook(storage::UnitOfWork& unit, model::InstitutionId institution)
      : unit_(unit), institution_(institution) {}

  /// The course; Error(not_found) naming it when the institution has none such.
  const model::Course& course(const model::CourseId& id);
  /// The name of the course's subject.
  const std::string& subject(const model::CourseId& id);

 private:
  storage::UnitOfWork& unit_;
  model::InstitutionId institution_;
  std::map<model::CourseId, model::Course> courses_;
  std::map<model::SubjectId, std::string> subjects_;
};

/// The person; Error(not_found) naming `what` and the id when the institution has none such.
[[nodiscard]] model::Person find_person(storage::UnitOfWork& unit,
                                        const model::InstitutionId& institution,
                                        const model::PersonId& id, std::string_view what);

/// "Шевченко Т. Г." for a stored person.
[[nodiscard]] std::string short_name(const model::Person& person);

/// The key that puts people in Ukrainian alphabetical order (surname, given name, patronymic),
/// ties broken by id so that the order is total.
[[nodiscard]] std::string name_key(const text::UkrainianCollator& collator,
                                   const model::Person& person);

}  // namespace ejournal::services::detail
