// ej_principal_*: the acting principal, built from the facts the caller loaded.
#include "access/principal.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "firewall.hpp"
#include "grading/convert.hpp"
#include "storage/convert.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;

namespace model = ejournal::model;

namespace {

// The constants of access.h are the model's enumerators, so the casts below are exact.
static_assert(static_cast<int>(model::Role::institute_operator) == EJ_ROLE_INSTITUTE_OPERATOR);
static_assert(static_cast<int>(model::Role::class_teacher) == EJ_ROLE_CLASS_TEACHER);
static_assert(static_cast<int>(model::Role::parent) == EJ_ROLE_PARENT);
static_assert(static_cast<int>(ejournal::access::Principal::Kind::anonymous) ==
              EJ_PRINCIPAL_ANONYMOUS);
static_assert(static_cast<int>(ejournal::access::Principal::Kind::person) == EJ_PRINCIPAL_PERSON);
static_assert(static_cast<int>(ejournal::access::Principal::Kind::system) == EJ_PRINCIPAL_SYSTEM);

// The number of elements of a caller array, which may be NULL only when empty.
std::size_t array_size(const void* array, std::string_view name, std::int64_t count,
                       std::string_view count_name) {
  const std::size_t size = records::read_count(count, count_name);
  if (size > 0) capi::require(array, name);
  return size;
}

std::vector<model::RoleGrant> read_grants(const ej_role_grant* grants, std::int64_t count) {
  std::vector<model::RoleGrant> result;
  const std::size_t rows = array_size(grants, "grants", count, "grant_count");
  for (std::size_t row = 0; row < rows; ++row) {
    const ej_role_grant& given = grants[row];
    const std::string name = records::row_name("grants", row);
    records::check_struct_version(given.version, EJ_ROLE_GRANT_VERSION, name + ".version");
    model::RoleGrant grant;
    grant.role = static_cast<model::Role>(records::read_enum(
        given.role, EJ_ROLE_INSTITUTE_OPERATOR, EJ_ROLE_PARENT, name + ".role", "ej_role"));
    grant.id = model::RoleGrantId{records::read_uuid(&given.id, name + ".id")};
    grant.institution_id = model::InstitutionId{records::read_uuid(&given.institution, {})};
    grant.person_id = model::PersonId{records::read_uuid(&given.person, {})};
    grant.class_id = records::optional_id<model::ClassId>(&given.school_class);
    result.push_back(std::move(grant));
  }
  return result;
}

std::vector<model::PersonId> read_children(const ej_uuid* children, std::int64_t count) {
  std::vector<model::PersonId> result;
  const std::size_t rows = array_size(children, "children", count, "child_count");
  for (std::size_t row = 0; row < rows; ++row) {
    result.push_back(records::read_cell_required_id<model::PersonId>(children, row, "children"));
  }
  return result;
}

std::vector<ejournal::access::TaughtCourse> read_courses(const ej_taught_course* courses,
                                                         std::int64_t count) {
  std::vector<ejournal::access::TaughtCourse> result;
  const std::size_t rows = array_size(courses, "courses", count, "course_count");
  for (std::size_t row = 0; row < rows; ++row) {
    const ej_taught_course& given = courses[row];
    const std::string name = records::row_name("courses", row);
    records::check_struct_version(given.version, EJ_TAUGHT_COURSE_VERSION, name + ".version");
    capi::check_reserved(given.reserved, name + ".reserved");
    result.push_back(
        {records::required_id<model::CourseId>(&given.course, name + ".course"),
         records::required_id<model::ClassId>(&given.school_class, name + ".school_class")});
  }
  return result;
}

// The body of the three constructors: `*out` becomes a new handle over `make()`.
template <class Make>
int make_principal(ej_principal** out, Make make) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    *out = std::make_unique<ej_principal>(ej_principal{make()}).release();
    return EJ_OK;
  });
}

}  // namespace

namespace ejournal::capi {

const access::Principal& principal_of(const ej_principal* principal) {
  require(principal, "principal");
  return principal->principal;
}

}  // namespace ejournal::capi

extern "C" {

int ej_principal_anonymous(ej_principal** out) {
  return make_principal(out, [] { return ejournal::access::Principal::anonymous(); });
}

int ej_principal_system(ej_principal** out) {
  return make_principal(out, [] { return ejournal::access::Principal::system(); });
}

int ej_principal_person(ej_principal** out, const ej_uuid* institution, const ej_uuid* person,
                        const ej_role_grant* grants, int64_t grant_count, const ej_uuid* children,
                        int64_t child_count, const ej_taught_course* courses,
                        int64_t course_count) {
  return make_principal(out, [&] {
    // Nil ids pass through: Principal::person refuses them with its own message.
    const model::InstitutionId owner{records::read_uuid(institution, "institution")};
    const model::PersonId who{records::read_uuid(person, "person")};
    return ejournal::access::Principal::person(who, owner, read_grants(grants, grant_count),
                                               read_children(children, child_count),
                                               read_courses(courses, course_count));
  });
}

int ej_principal_kind(int32_t* out, const ej_principal* principal) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    *out = static_cast<int32_t>(capi::principal_of(principal).kind());
    return EJ_OK;
  });
}

void ej_principal_free(ej_principal* principal) {
  delete principal;
}

}  // extern "C"
