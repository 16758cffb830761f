// ej_setup_* over services/school_setup.hpp: the checked, audited school setup.
#include <string>
#include <string_view>

#include "access/principal.hpp"
#include "calendar/school_year.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/school_setup.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

static_assert(EJ_CLASS_LIST_MAX_BYTES == services::kMaxClassListBytes);
static_assert(EJ_CLASS_LIST_MAX_ROWS == services::kMaxClassListRows);

namespace {

/// What every call reads first: the store, the principal, the institution and the clock.
struct Call {
  Call(ej_store* store, const int64_t* now, const ej_principal* principal,
       const ej_uuid* institution)
      : core(records::store_of(store)),
        who(capi::principal_of(principal)),
        owner(records::required_id<model::InstitutionId>(institution, "institution")),
        clock(now) {}

  ejournal::storage::Store& core;
  const ejournal::access::Principal& who;
  model::InstitutionId owner;
  capi::CallerClock clock;
};

const ejournal::calendar::SchoolYear& calendar_of(const ej_school_year* calendar) {
  capi::require(calendar, "calendar");
  return calendar->year;
}

std::string name_of(const char* name) {
  return capi::read_text(name, "name");
}

std::string scale_of(const char* scale) {
  return scale == nullptr ? std::string("ukrainian_12") : capi::read_text(scale, "scale");
}

}  // namespace

extern "C" {

int ej_setup_academic_year_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_school_year* calendar) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    const auto id = services::create_academic_year(call.core, call.clock, call.who, call.owner,
                                                   calendar_of(calendar));
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_academic_year_update(ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* year, const ej_school_year* calendar) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    const auto id = records::required_id<model::AcademicYearId>(year, "year");
    services::update_academic_year(call.core, call.clock, call.who, call.owner, id,
                                   calendar_of(calendar));
    return EJ_OK;
  });
}

int ej_setup_class_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                          const ej_principal* principal, const ej_uuid* institution,
                          const ej_uuid* year, const char* name) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    const auto year_id = records::required_id<model::AcademicYearId>(year, "year");
    const auto id =
        services::create_class(call.core, call.clock, call.who, call.owner, year_id, name_of(name));
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_class_rename(ej_store* store, const int64_t* now, const ej_principal* principal,
                          const ej_uuid* institution, const ej_uuid* school_class,
                          const char* name) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    const auto id = records::required_id<model::ClassId>(school_class, "school_class");
    services::rename_class(call.core, call.clock, call.who, call.owner, id, name_of(name));
    return EJ_OK;
  });
}

int ej_setup_subgroup_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                             const ej_principal* principal, const ej_uuid* institution,
                             const ej_uuid* school_class, const char* name) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    const auto class_id = records::required_id<model::ClassId>(school_class, "school_class");
    const auto id = services::create_subgroup(call.core, call.clock, call.who, call.owner, class_id,
                                              name_of(name));
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_subgroup_member_add(ej_store* store, const int64_t* now, const ej_principal* principal,
                                 const ej_uuid* institution, const ej_uuid* subgroup,
                                 const ej_uuid* student) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    services::add_subgroup_member(call.core, call.clock, call.who, call.owner,
                                  records::required_id<model::SubgroupId>(subgroup, "subgroup"),
                                  records::required_id<model::PersonId>(student, "student"));
    return EJ_OK;
  });
}

int ej_setup_subgroup_member_remove(ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* subgroup, const ej_uuid* student) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    services::remove_subgroup_member(call.core, call.clock, call.who, call.owner,
                                     records::required_id<model::SubgroupId>(subgroup, "subgroup"),
                                     records::required_id<model::PersonId>(student, "student"));
    return EJ_OK;
  });
}

int ej_setup_subject_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                            const ej_principal* principal, const ej_uuid* institution,
                            const char* name, const char* short_name) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    const auto id =
        services::create_subject(call.core, call.clock, call.who, call.owner, name_of(name),
                                 capi::read_text(short_name, "short_name", true));
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_course_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                           const ej_principal* principal, const ej_uuid* institution,
                           const ej_course_form* form) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    capi::require(form, "form");
    records::check_struct_version(form->version, EJ_COURSE_FORM_VERSION, "form->version");
    capi::check_reserved(form->reserved, "form->reserved");
    services::CourseForm course;
    course.subject_id =
        records::required_id<model::SubjectId>(&form->subject_id, "form->subject_id");
    course.class_id = records::required_id<model::ClassId>(&form->class_id, "form->class_id");
    course.subgroup_id = records::optional_id<model::SubgroupId>(&form->subgroup_id);
    course.teacher_id =
        records::required_id<model::PersonId>(&form->teacher_id, "form->teacher_id");
    course.scale = scale_of(form->scale);
    const auto id = services::create_course(call.core, call.clock, call.who, call.owner, course);
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_course_reassign(ej_store* store, const int64_t* now, const ej_principal* principal,
                             const ej_uuid* institution, const ej_uuid* course,
                             const ej_uuid* teacher, const char* scale) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    services::reassign_course(call.core, call.clock, call.who, call.owner,
                              records::required_id<model::CourseId>(course, "course"),
                              records::required_id<model::PersonId>(teacher, "teacher"),
                              scale_of(scale));
    return EJ_OK;
  });
}

int ej_setup_enrol(ej_uuid* out_id, ej_store* store, const int64_t* now,
                   const ej_principal* principal, const ej_uuid* institution,
                   const ej_uuid* school_class, const ej_uuid* student, const ej_date* arrived) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    const auto id =
        services::enrol_student(call.core, call.clock, call.who, call.owner,
                                records::required_id<model::ClassId>(school_class, "school_class"),
                                records::required_id<model::PersonId>(student, "student"),
                                capi::read_date(arrived, "arrived"));
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_departure_record(ej_store* store, const int64_t* now, const ej_principal* principal,
                              const ej_uuid* institution, const ej_uuid* enrolment,
                              const ej_date* departed, const char* note) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    services::record_departure(call.core, call.clock, call.who, call.owner,
                               records::required_id<model::EnrolmentId>(enrolment, "enrolment"),
                               capi::read_date(departed, "departed"),
                               capi::read_text(note, "note", true, model::kMaxTextBytes * 4));
    return EJ_OK;
  });
}

int ej_setup_class_teacher_assign(ej_uuid* out_grant, ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* school_class, const ej_uuid* teacher) {
  return capi::guarded([&] {
    capi::reset(out_grant);
    const Call call(store, now, principal, institution);
    const auto id = services::assign_class_teacher(
        call.core, call.clock, call.who, call.owner,
        records::required_id<model::ClassId>(school_class, "school_class"),
        records::required_id<model::PersonId>(teacher, "teacher"));
    capi::put(out_grant, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_class_teacher_withdraw(ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* school_class) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    services::withdraw_class_teacher(
        call.core, call.clock, call.who, call.owner,
        records::required_id<model::ClassId>(school_class, "school_class"));
    return EJ_OK;
  });
}

int ej_setup_parent_link(ej_uuid* out_id, ej_store* store, const int64_t* now,
                         const ej_principal* principal, const ej_uuid* institution,
                         const ej_uuid* parent, const ej_uuid* child, int32_t relation) {
  return capi::guarded([&] {
    capi::reset(out_id);
    const Call call(store, now, principal, institution);
    const auto kind = static_cast<model::ParentRelation>(records::read_enum(
        relation, EJ_PARENT_MOTHER, EJ_PARENT_OTHER, "relation", "ej_parent_relation"));
    const auto id =
        services::link_parent(call.core, call.clock, call.who, call.owner,
                              records::required_id<model::PersonId>(parent, "parent"),
                              records::required_id<model::PersonId>(child, "child"), kind);
    capi::put(out_id, records::write_uuid(id.value));
    return EJ_OK;
  });
}

int ej_setup_parent_unlink(ej_store* store, const int64_t* now, const ej_principal* principal,
                           const ej_uuid* institution, const ej_uuid* parent,
                           const ej_uuid* child) {
  return capi::guarded([&] {
    const Call call(store, now, principal, institution);
    services::unlink_parent(call.core, call.clock, call.who, call.owner,
                            records::required_id<model::PersonId>(parent, "parent"),
                            records::required_id<model::PersonId>(child, "child"));
    return EJ_OK;
  });
}

int ej_setup_class_list_import(int64_t* out_count, ej_uuid* out_students, ej_store* store,
                               const int64_t* now, const ej_principal* principal,
                               const ej_uuid* institution, const ej_uuid* school_class,
                               const ej_date* arrived, const char* csv, int64_t size) {
  return capi::guarded_form([&] {
    capi::reset(out_count);
    const Call call(store, now, principal, institution);
    capi::require(csv, "csv");
    const std::size_t bytes = records::read_count(size, "size");
    const auto made = services::import_class_list(
        call.core, call.clock, call.who, call.owner,
        records::required_id<model::ClassId>(school_class, "school_class"),
        capi::read_date(arrived, "arrived"), std::string_view(csv, bytes));
    capi::put(out_count, static_cast<int64_t>(made.students.size()));
    if (out_students != nullptr) {
      for (std::size_t k = 0; k < made.students.size(); ++k) {
        out_students[k] = records::write_uuid(made.students[k].value);
      }
    }
    return EJ_OK;
  });
}

}  // extern "C"
