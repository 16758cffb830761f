// People of an institution: ej_store_person_create, ej_store_people_create (bulk),
// ej_store_person_get, ej_store_people_list and the list handle.
#include <string>
#include <vector>

#include "convert.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/validate.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "lists.hpp"
#include "session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace storage = ejournal::storage;
namespace text = ejournal::text;

struct ej_person_list : records::RecordList<model::Person, ej_person> {};

namespace {

// A person's gender crosses as an ej_gender, or this when it is not known.
constexpr int32_t kGenderUnknown = -1;

static_assert(static_cast<int>(text::Gender::feminine) == EJ_GENDER_FEMININE);
static_assert(static_cast<int>(text::Gender::masculine) == EJ_GENDER_MASCULINE);

// `field` of the person a message names: "person->surname", "people[3].surname".
std::string field_name(std::string_view person, std::string_view field) {
  return std::string(person) + (person.ends_with("]") ? "." : "->") + std::string(field);
}

model::Person read_person(const ej_person* given, const model::InstitutionId& institution,
                          std::string_view name) {
  capi::require(given, name);
  records::check_struct_version(given->version, EJ_PERSON_VERSION, field_name(name, "version"));
  model::Person person;
  person.id = records::new_id<model::PersonId>(&given->id);
  person.institution_id = institution;
  if (given->gender != kGenderUnknown) {
    person.gender = static_cast<text::Gender>(
        records::read_enum(given->gender, EJ_GENDER_FEMININE, EJ_GENDER_MASCULINE,
                           field_name(name, "gender"), "ej_gender or -1"));
  }
  person.surname = records::read_required_text(given->surname, field_name(name, "surname"));
  person.given_name =
      records::read_required_text(given->given_name, field_name(name, "given_name"));
  if (given->patronymic != nullptr) {
    person.patronymic = capi::read_text(given->patronymic, field_name(name, "patronymic"));
  }
  person.email = capi::read_text(given->email, field_name(name, "email"), true);
  person.phone = capi::read_text(given->phone, field_name(name, "phone"), true);
  return person;
}

ej_person view_of(const model::Person& person) {
  return ej_person{EJ_PERSON_VERSION,
                   person.gender ? static_cast<int32_t>(*person.gender) : kGenderUnknown,
                   records::write_uuid(person.id.value),
                   person.surname.c_str(),
                   person.given_name.c_str(),
                   person.patronymic ? person.patronymic->c_str() : nullptr,
                   person.email.c_str(),
                   person.phone.c_str(),
                   person.version};
}

}  // namespace

extern "C" {

int ej_store_person_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                           const ej_person* person) {
  return capi::guarded([&] {
    capi::reset(out_id);
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const model::Person record = model::validated(read_person(person, owner, "person"));
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.people().insert(record);
    });
    capi::put(out_id, records::write_uuid(record.id.value));
    return EJ_OK;
  });
}

int ej_store_people_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                           const ej_person* people, int64_t count, ej_progress_fn progress,
                           void* payload) {
  records::ProgressRelay relay(progress, payload);
  return records::guarded_bulk(relay, [&] {
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const std::size_t rows = records::read_count(count, "count");
    if (rows > 0) capi::require(people, "people");
    std::vector<model::Person> batch;
    batch.reserve(rows);
    for (std::size_t row = 0; row < rows; ++row) {
      batch.push_back(records::validated_row(
          read_person(&people[row], owner, records::row_name("people", row)), row));
    }
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.people().insert_many(batch, relay.progress());
      relay.check();
    });
    records::hand_out_ids(out_ids, batch);
    return EJ_OK;
  });
}

int ej_store_person_get(ej_person_list** out, ej_store* store, const ej_uuid* institution,
                        const ej_uuid* id) {
  return records::get_one<ej_person_list, model::PersonId>(
      out, store, institution, id, "person",
      [](storage::UnitOfWork& unit, const auto& owner, const auto& wanted) {
        return unit.people().find(owner, wanted);
      },
      view_of);
}

int ej_store_people_list(ej_person_list** out, ej_store* store, const ej_uuid* institution) {
  return records::read_list(
      out, store, institution,
      [](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        return unit.people().list(owner);
      },
      view_of);
}

int ej_person_list_count(int64_t* out, const ej_person_list* list) {
  return records::list_count(out, list);
}

int ej_person_list_get(const ej_person** out, const ej_person_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_person_list_free(ej_person_list* list) {
  delete list;
}

}  // extern "C"
