// Academic years, classes and subjects: ej_store_academic_year_*, ej_store_class_*,
// ej_store_classes_list, ej_store_subject_*, ej_store_subjects_list and their list handles.
#include <string>
#include <vector>

#include "calendar/school_year.hpp"
#include "convert.hpp"
#include "ejournal/model/school.hpp"
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

struct ej_class_list : records::RecordList<model::SchoolClass, ej_class> {};
struct ej_subject_list : records::RecordList<model::Subject, ej_subject> {};

namespace {

model::SchoolClass read_class(const ej_class* given, const model::InstitutionId& institution) {
  capi::require(given, "school_class");
  records::check_struct_version(given->version, EJ_CLASS_VERSION, "school_class->version");
  capi::check_reserved(given->reserved, "school_class->reserved");
  model::SchoolClass school_class;
  school_class.id = records::new_id<model::ClassId>(&given->id);
  school_class.institution_id = institution;
  school_class.academic_year_id = records::required_id<model::AcademicYearId>(
      &given->academic_year_id, "school_class->academic_year_id");
  school_class.name = capi::read_text(given->name, "school_class->name");
  return model::validated(std::move(school_class));
}

ej_class view_of_class(const model::SchoolClass& school_class) {
  return ej_class{EJ_CLASS_VERSION,
                  0,
                  records::write_uuid(school_class.id.value),
                  records::write_uuid(school_class.academic_year_id.value),
                  school_class.name.c_str(),
                  school_class.version};
}

model::Subject read_subject(const ej_subject* given, const model::InstitutionId& institution) {
  capi::require(given, "subject");
  records::check_struct_version(given->version, EJ_SUBJECT_VERSION, "subject->version");
  capi::check_reserved(given->reserved, "subject->reserved");
  model::Subject subject;
  subject.id = records::new_id<model::SubjectId>(&given->id);
  subject.institution_id = institution;
  subject.name = records::read_required_text(given->name, "subject->name");
  subject.short_name = capi::read_text(given->short_name, "subject->short_name", true);
  return model::validated(std::move(subject));
}

ej_subject view_of_subject(const model::Subject& subject) {
  return ej_subject{EJ_SUBJECT_VERSION, 0, records::write_uuid(subject.id.value),
                    subject.name.c_str(), subject.short_name.c_str()};
}

}  // namespace

extern "C" {

int ej_store_academic_year_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                                  const ej_uuid* id, const ej_school_year* calendar) {
  return capi::guarded([&] {
    capi::reset(out_id);
    records::store_of(store);
    model::AcademicYear year;
    year.institution_id = records::required_id<model::InstitutionId>(institution, "institution");
    year.id = records::new_id<model::AcademicYearId>(id);
    capi::require(calendar, "calendar");
    year.calendar = capi::valid_year(calendar);
    year = model::validated(std::move(year));
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, year.institution_id);
      unit.academic_years().insert(year);
    });
    capi::put(out_id, records::write_uuid(year.id.value));
    return EJ_OK;
  });
}

int ej_store_academic_year_get(ej_school_year** out_calendar, int64_t* out_revision,
                               ej_store* store, const ej_uuid* institution, const ej_uuid* id) {
  return capi::guarded([&] {
    capi::require(out_calendar, "out_calendar");
    *out_calendar = nullptr;
    capi::reset(out_revision);
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const model::AcademicYearId wanted{records::read_uuid(id, "id")};
    std::optional<model::AcademicYear> found;
    records::in_unit(store, storage::Access::read, [&](storage::UnitOfWork& unit) {
      found = unit.academic_years().find(owner, wanted);
    });
    if (!found) records::fail_not_found("academic year", wanted.str(), owner.str());
    *out_calendar = new ej_school_year{std::move(found->calendar)};
    capi::put(out_revision, found->version);
    return EJ_OK;
  });
}

int ej_store_class_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                          const ej_class* school_class) {
  return capi::guarded([&] {
    capi::reset(out_id);
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const model::SchoolClass record = read_class(school_class, owner);
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.classes().insert(record);
    });
    capi::put(out_id, records::write_uuid(record.id.value));
    return EJ_OK;
  });
}

int ej_store_class_get(ej_class_list** out, ej_store* store, const ej_uuid* institution,
                       const ej_uuid* id) {
  return records::get_one<ej_class_list, model::ClassId>(
      out, store, institution, id, "class",
      [](storage::UnitOfWork& unit, const auto& owner, const auto& wanted) {
        return unit.classes().find(owner, wanted);
      },
      view_of_class);
}

int ej_store_classes_list(ej_class_list** out, ej_store* store, const ej_uuid* institution,
                          const ej_uuid* academic_year) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        return unit.classes().list(
            owner, records::required_id<model::AcademicYearId>(academic_year, "academic_year"));
      },
      view_of_class);
}

int ej_class_list_count(int64_t* out, const ej_class_list* list) {
  return records::list_count(out, list);
}

int ej_class_list_get(const ej_class** out, const ej_class_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_class_list_free(ej_class_list* list) {
  delete list;
}

int ej_store_subject_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                            const ej_subject* subject) {
  return capi::guarded([&] {
    capi::reset(out_id);
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const model::Subject record = read_subject(subject, owner);
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.subjects().insert(record);
    });
    capi::put(out_id, records::write_uuid(record.id.value));
    return EJ_OK;
  });
}

int ej_store_subject_get(ej_subject_list** out, ej_store* store, const ej_uuid* institution,
                         const ej_uuid* id) {
  return records::get_one<ej_subject_list, model::SubjectId>(
      out, store, institution, id, "subject",
      [](storage::UnitOfWork& unit, const auto& owner, const auto& wanted) {
        return unit.subjects().find(owner, wanted);
      },
      view_of_subject);
}

int ej_store_subjects_list(ej_subject_list** out, ej_store* store, const ej_uuid* institution) {
  return records::read_list(
      out, store, institution,
      [](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        return unit.subjects().list(owner);
      },
      view_of_subject);
}

int ej_subject_list_count(int64_t* out, const ej_subject_list* list) {
  return records::list_count(out, list);
}

int ej_subject_list_get(const ej_subject** out, const ej_subject_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_subject_list_free(ej_subject_list* list) {
  delete list;
}

}  // extern "C"
