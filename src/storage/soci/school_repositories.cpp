// Classes, subjects and subgroups (with their members).
#include <string>
#include <utility>

#include "schema.hpp"
#include "structure_repositories.hpp"

namespace ejournal::storage::soci_backend {

namespace {

using model::SchoolClass;
using model::Subgroup;
using model::Subject;

// "10-А" → 10: classes list by grade number before letter, which text order would not give.
int grade_number(const std::string& name) {
  int number = 0;
  for (const char c : name) {
    if (c < '0' || c > '9' || number > 1000) break;
    number = number * 10 + (c - '0');
  }
  return number;
}

std::string collate(const Connection& connection) {
  return " COLLATE " + std::string(ukrainian_collation(connection.dialect()));
}

template <class... Bindings>
std::vector<SchoolClass> query_classes(Connection& connection, model::InstitutionId institution,
                                       const std::string& where, Bindings&&... bindings) {
  std::string id;
  std::string year;
  std::string name;
  long long version = 0;
  Statement statement =
      connection.statement("SELECT id, academic_year_id, name, version FROM classes WHERE " + where,
                           std::forward<Bindings>(bindings)..., soci::into(id), soci::into(year),
                           soci::into(name), soci::into(version));
  std::vector<SchoolClass> classes;
  for_each_row(statement, [&] {
    classes.push_back({parse_id<model::ClassId>(id), institution,
                       parse_id<model::AcademicYearId>(year), name, version});
  });
  return classes;
}

template <class... Bindings>
std::vector<Subject> query_subjects(Connection& connection, model::InstitutionId institution,
                                    const std::string& where, Bindings&&... bindings) {
  std::string id;
  std::string name;
  std::string short_name;
  Statement statement =
      connection.statement("SELECT id, name, short_name FROM subjects WHERE " + where,
                           std::forward<Bindings>(bindings)..., soci::into(id), soci::into(name),
                           soci::into(short_name));
  std::vector<Subject> subjects;
  for_each_row(statement, [&] {
    subjects.push_back({parse_id<model::SubjectId>(id), institution, name, short_name});
  });
  return subjects;
}

template <class... Bindings>
std::vector<Subgroup> query_subgroups(Connection& connection, model::InstitutionId institution,
                                      const std::string& where, Bindings&&... bindings) {
  std::string id;
  std::string class_id;
  std::string name;
  Statement statement = connection.statement(
      "SELECT id, class_id, name FROM subgroups WHERE " + where,
      std::forward<Bindings>(bindings)..., soci::into(id), soci::into(class_id), soci::into(name));
  std::vector<Subgroup> subgroups;
  for_each_row(statement, [&] {
    subgroups.push_back(
        {parse_id<model::SubgroupId>(id), institution, parse_id<model::ClassId>(class_id), name});
  });
  return subgroups;
}

template <class T>
std::optional<T> first(std::vector<T> found) {
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

}  // namespace

void SociClassRepository::insert(const SchoolClass& school_class) {
  const std::string institution = school_class.institution_id.str();
  const std::string id = school_class.id.str();
  const std::string year = school_class.academic_year_id.str();
  const int grade = grade_number(school_class.name);
  const long long version = 1;
  connection_.execute(
      "INSERT INTO classes (institution_id, id, academic_year_id, name, grade_number, version)"
      " VALUES (:institution_id, :id, :academic_year_id, :name, :grade_number, :version)",
      soci::use(institution), soci::use(id), soci::use(year), soci::use(school_class.name),
      soci::use(grade), soci::use(version));
}

std::optional<SchoolClass> SociClassRepository::find(model::InstitutionId institution,
                                                     model::ClassId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  return first(query_classes(connection_, institution,
                             "institution_id = :institution_id AND id = :id",
                             soci::use(institution_key), soci::use(key)));
}

std::int64_t SociClassRepository::update(const SchoolClass& school_class) {
  const std::string institution = school_class.institution_id.str();
  const std::string id = school_class.id.str();
  const std::string year = school_class.academic_year_id.str();
  const int grade = grade_number(school_class.name);
  const long long expected = school_class.version;
  const long long next = expected + 1;
  const long long changed = connection_.execute_counted(
      "UPDATE classes SET academic_year_id = :academic_year_id, name = :name,"
      " grade_number = :grade_number, version = :next_version"
      " WHERE institution_id = :institution_id AND id = :id AND version = :version",
      soci::use(year), soci::use(school_class.name), soci::use(grade), soci::use(next),
      soci::use(institution), soci::use(id), soci::use(expected));
  return finish_versioned_update(connection_, changed, expected, "classes", institution, id,
                                 "class " + id);
}

std::vector<SchoolClass> SociClassRepository::list(model::InstitutionId institution,
                                                   model::AcademicYearId year) {
  const std::string institution_key = institution.str();
  const std::string year_key = year.str();
  return query_classes(connection_, institution,
                       "institution_id = :institution_id AND academic_year_id = :academic_year_id"
                       " ORDER BY grade_number, name" +
                           collate(connection_) + ", id",
                       soci::use(institution_key), soci::use(year_key));
}

void SociSubjectRepository::insert(const Subject& subject) {
  const std::string institution = subject.institution_id.str();
  const std::string id = subject.id.str();
  connection_.execute(
      "INSERT INTO subjects (institution_id, id, name, short_name)"
      " VALUES (:institution_id, :id, :name, :short_name)",
      soci::use(institution), soci::use(id), soci::use(subject.name),
      soci::use(subject.short_name));
}

std::optional<Subject> SociSubjectRepository::find(model::InstitutionId institution,
                                                   model::SubjectId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  return first(query_subjects(connection_, institution,
                              "institution_id = :institution_id AND id = :id",
                              soci::use(institution_key), soci::use(key)));
}

std::vector<Subject> SociSubjectRepository::list(model::InstitutionId institution) {
  const std::string institution_key = institution.str();
  return query_subjects(
      connection_, institution,
      "institution_id = :institution_id ORDER BY name" + collate(connection_) + ", id",
      soci::use(institution_key));
}

void SociSubgroupRepository::insert(const Subgroup& subgroup) {
  const std::string institution = subgroup.institution_id.str();
  const std::string id = subgroup.id.str();
  const std::string class_id = subgroup.class_id.str();
  connection_.execute(
      "INSERT INTO subgroups (institution_id, id, class_id, name)"
      " VALUES (:institution_id, :id, :class_id, :name)",
      soci::use(institution), soci::use(id), soci::use(class_id), soci::use(subgroup.name));
}

std::optional<Subgroup> SociSubgroupRepository::find(model::InstitutionId institution,
                                                     model::SubgroupId id) {
  const std::string institution_key = institution.str();
  const std::string key = id.str();
  return first(query_subgroups(connection_, institution,
                               "institution_id = :institution_id AND id = :id",
                               soci::use(institution_key), soci::use(key)));
}

std::vector<Subgroup> SociSubgroupRepository::list(model::InstitutionId institution,
                                                   model::ClassId school_class) {
  const std::string institution_key = institution.str();
  const std::string class_key = school_class.str();
  return query_subgroups(connection_, institution,
                         "institution_id = :institution_id AND class_id = :class_id"
                         " ORDER BY name" +
                             collate(connection_) + ", id",
                         soci::use(institution_key), soci::use(class_key));
}

void SociSubgroupRepository::add_member(const model::SubgroupMember& member) {
  const std::string institution = member.institution_id.str();
  const std::string subgroup = member.subgroup_id.str();
  const std::string student = member.student_id.str();
  connection_.execute(
      "INSERT INTO subgroup_members (institution_id, subgroup_id, student_id)"
      " VALUES (:institution_id, :subgroup_id, :student_id)",
      soci::use(institution), soci::use(subgroup), soci::use(student));
}

void SociSubgroupRepository::remove_member(const model::SubgroupMember& member) {
  const std::string institution = member.institution_id.str();
  const std::string subgroup = member.subgroup_id.str();
  const std::string student = member.student_id.str();
  const long long removed = connection_.execute_counted(
      "DELETE FROM subgroup_members WHERE institution_id = :institution_id"
      " AND subgroup_id = :subgroup_id AND student_id = :student_id",
      soci::use(institution), soci::use(subgroup), soci::use(student));
  if (removed == 0) {
    throw Error(Errc::not_found, ErrorDomain::storage,
                "student " + student + " is not a member of subgroup " + subgroup);
  }
}

std::vector<model::PersonId> SociSubgroupRepository::members(model::InstitutionId institution,
                                                             model::SubgroupId subgroup) {
  const std::string institution_key = institution.str();
  const std::string subgroup_key = subgroup.str();
  std::string student;
  Statement statement = connection_.statement(
      "SELECT student_id FROM subgroup_members WHERE institution_id = :institution_id"
      " AND subgroup_id = :subgroup_id ORDER BY student_id",
      soci::use(institution_key), soci::use(subgroup_key), soci::into(student));
  std::vector<model::PersonId> students;
  for_each_row(statement, [&] { students.push_back(parse_id<model::PersonId>(student)); });
  return students;
}

}  // namespace ejournal::storage::soci_backend
