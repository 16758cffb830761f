// People of an institution, with their external ids in a child table.
#include <map>
#include <string>
#include <utility>

#include "schema.hpp"
#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::Person;

const std::string kPersonColumns =
    "id, surname, given_name, patronymic, gender, email, phone, version";

// text::Gender has no fixed numbers; these are the stored ones.
constexpr int kFeminine = 1;
constexpr int kMasculine = 2;

Nullable<int> gender_code(const std::optional<text::Gender>& gender) {
  if (!gender) return {};
  return {*gender == text::Gender::feminine ? kFeminine : kMasculine, soci::i_ok};
}

std::optional<text::Gender> gender_of(const Nullable<int>& column) {
  if (column.indicator != soci::i_ok) return std::nullopt;
  if (column.value == kFeminine) return text::Gender::feminine;
  if (column.value == kMasculine) return text::Gender::masculine;
  throw Error(Errc::storage, ErrorDomain::storage,
              "stored gender code " + std::to_string(column.value) + " is not a known value");
}

// The columns of one people row (institution_id aside), in kPersonColumns' order.
struct PersonRow {
  std::string id;
  std::string surname;
  std::string given_name;
  Nullable<std::string> patronymic;
  Nullable<int> gender;
  std::string email;
  std::string phone;
  long long version = 0;

  void set(const Person& person) {
    id = person.id.str();
    surname = person.surname;
    given_name = person.given_name;
    patronymic = nullable(person.patronymic);
    gender = gender_code(person.gender);
    email = person.email;
    phone = person.phone;
    version = person.version;
  }

  [[nodiscard]] Person model(model::InstitutionId institution) const {
    Person person;
    person.id = parse_id<model::PersonId>(id);
    person.institution_id = institution;
    person.surname = surname;
    person.given_name = given_name;
    person.patronymic = optional_of(patronymic);
    person.gender = gender_of(gender);
    person.email = email;
    person.phone = phone;
    person.version = version;
    return person;
  }
};

// Writes people and their external ids through two statements prepared once, so that a bulk
// insert costs one execution per row.
class PersonWriter {
 public:
  explicit PersonWriter(Connection& connection)
      : person_(connection.statement(
            "INSERT INTO people (institution_id, " + kPersonColumns +
                ") VALUES (:institution_id, :id, :surname, :given_name, :patronymic, :gender,"
                " :email, :phone, :version)",
            soci::use(institution_), soci::use(row_.id), soci::use(row_.surname),
            soci::use(row_.given_name), soci::use(row_.patronymic.value, row_.patronymic.indicator),
            soci::use(row_.gender.value, row_.gender.indicator), soci::use(row_.email),
            soci::use(row_.phone), soci::use(row_.version))),
        external_id_(connection.statement(
            "INSERT INTO person_external_ids (institution_id, person_id, position, system, value)"
            " VALUES (:institution_id, :person_id, :position, :system, :value)",
            soci::use(institution_), soci::use(row_.id), soci::use(position_), soci::use(system_),
            soci::use(value_))) {}

  /// Inserts the person at version 1 with their external ids.
  void insert(const Person& person) {
    institution_ = person.institution_id.str();
    row_.set(person);
    row_.version = 1;
    person_.execute();
    write_external_ids(person);
  }

  /// Writes the person's external ids (the person row exists and has none).
  void write_external_ids(const Person& person) {
    institution_ = person.institution_id.str();
    row_.id = person.id.str();
    position_ = 0;
    for (const model::ExternalId& external : person.external_ids) {
      system_ = external.system;
      value_ = external.value;
      external_id_.execute();
      ++position_;
    }
  }

 private:
  std::string institution_;
  PersonRow row_;
  int position_ = 0;
  std::string system_;
  std::string value_;
  Statement person_;
  Statement external_id_;
};

// The external ids of the institution's people (all of them, or one person's), by position.
std::map<std::string, std::vector<model::ExternalId>> external_ids(Connection& connection,
                                                                   const std::string& institution,
                                                                   const std::string* person) {
  std::string person_id;
  std::string system;
  std::string value;
  std::map<std::string, std::vector<model::ExternalId>> by_person;
  const std::string select =
      "SELECT person_id, system, value FROM person_external_ids WHERE institution_id = "
      ":institution_id";
  const std::string order = " ORDER BY person_id, position";
  if (person == nullptr) {
    Statement statement =
        connection.statement(select + order, soci::use(institution), soci::into(person_id),
                             soci::into(system), soci::into(value));
    for_each_row(statement, [&] { by_person[person_id].push_back({system, value}); });
  } else {
    Statement statement = connection.statement(
        select + " AND person_id = :person_id" + order, soci::use(institution), soci::use(*person),
        soci::into(person_id), soci::into(system), soci::into(value));
    for_each_row(statement, [&] { by_person[person_id].push_back({system, value}); });
  }
  return by_person;
}

template <class... Bindings>
std::vector<Person> query_people(Connection& connection, model::InstitutionId institution,
                                 const std::string& sql, Bindings&&... bindings) {
  PersonRow row;
  Statement statement = connection.statement(
      sql, std::forward<Bindings>(bindings)..., soci::into(row.id), soci::into(row.surname),
      soci::into(row.given_name), soci::into(row.patronymic.value, row.patronymic.indicator),
      soci::into(row.gender.value, row.gender.indicator), soci::into(row.email),
      soci::into(row.phone), soci::into(row.version));
  std::vector<Person> people;
  for_each_row(statement, [&] { people.push_back(row.model(institution)); });
  return people;
}

// The first of `people` with its external ids, or nullopt.
std::optional<Person> first_with_external_ids(Connection& connection, std::vector<Person> people) {
  if (people.empty()) return std::nullopt;
  Person person = std::move(people.front());
  const std::string institution = person.institution_id.str();
  const std::string id = person.id.str();
  auto ids = external_ids(connection, institution, &id);
  if (auto found = ids.find(id); found != ids.end()) person.external_ids = std::move(found->second);
  return person;
}

}  // namespace

void SociPersonRepository::insert(const Person& person) {
  PersonWriter(connection_).insert(person);
}

void SociPersonRepository::insert_many(std::span<const Person> people, const Progress& progress) {
  PersonWriter writer(connection_);
  std::size_t done = 0;
  for (const Person& person : people) {
    writer.insert(person);
    report_progress(progress, ++done, people.size());
  }
}

std::optional<Person> SociPersonRepository::find(model::InstitutionId institution,
                                                 model::PersonId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  return first_with_external_ids(
      connection_, query_people(connection_, institution,
                                "SELECT " + kPersonColumns +
                                    " FROM people WHERE institution_id = :institution_id"
                                    " AND id = :id",
                                soci::use(institution_key), soci::use(key)));
}

std::optional<Person> SociPersonRepository::find_by_email(model::InstitutionId institution,
                                                          std::string_view email) {
  const std::string institution_key = institution.str();
  const std::string key(email);
  return first_with_external_ids(
      connection_, query_people(connection_, institution,
                                "SELECT " + kPersonColumns +
                                    " FROM people WHERE institution_id = :institution_id"
                                    " AND email = :email ORDER BY id LIMIT 1",
                                soci::use(institution_key), soci::use(key)));
}

std::int64_t SociPersonRepository::update(const Person& person) {
  const std::string institution = person.institution_id.str();
  PersonRow row;
  row.set(person);
  long long next_version = row.version + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE people SET surname = :surname, given_name = :given_name,"
      " patronymic = :patronymic, gender = :gender, email = :email, phone = :phone,"
      " version = :next_version"
      " WHERE institution_id = :institution_id AND id = :id AND version = :version",
      soci::use(row.surname), soci::use(row.given_name),
      soci::use(row.patronymic.value, row.patronymic.indicator),
      soci::use(row.gender.value, row.gender.indicator), soci::use(row.email), soci::use(row.phone),
      soci::use(next_version), soci::use(institution), soci::use(row.id), soci::use(row.version));
  const std::int64_t version = finish_versioned_update(connection_, changed, row.version, "people",
                                                       institution, row.id, "person " + row.id);
  connection_.execute(
      "DELETE FROM person_external_ids WHERE institution_id = :institution_id"
      " AND person_id = :person_id",
      soci::use(institution), soci::use(row.id));
  PersonWriter(connection_).write_external_ids(person);
  return version;
}

std::vector<Person> SociPersonRepository::list(model::InstitutionId institution) {
  const std::string institution_key = institution.str();
  const std::string collate = " COLLATE " + std::string(ukrainian_collation(connection_.dialect()));
  std::vector<Person> people = query_people(
      connection_, institution,
      "SELECT " + kPersonColumns + " FROM people WHERE institution_id = :institution_id" +
          " ORDER BY surname" + collate + ", given_name" + collate + ", COALESCE(patronymic, '')" +
          collate + ", id",
      soci::use(institution_key));
  auto ids = external_ids(connection_, institution_key, nullptr);
  for (Person& person : people) {
    if (auto found = ids.find(person.id.str()); found != ids.end()) {
      person.external_ids = std::move(found->second);
    }
  }
  return people;
}

}  // namespace ejournal::storage::soci_backend
