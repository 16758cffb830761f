// Courses and enrolments: ej_store_course_create, _get, ej_store_courses_list, ej_store_enrol,
// ej_store_enrolments_list, ej_store_enrolment_end and their list handles.
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
#include "updates.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace storage = ejournal::storage;

struct ej_course_list : records::RecordList<model::Course, ej_course> {};
struct ej_enrolment_list : records::RecordList<model::Enrolment, ej_enrolment> {};

namespace {

model::Course read_course(const ej_course* given, const model::InstitutionId& institution) {
  capi::require(given, "course");
  records::check_struct_version(given->version, EJ_COURSE_VERSION, "course->version");
  capi::check_reserved(given->reserved, "course->reserved");
  model::Course course;
  course.id = records::new_id<model::CourseId>(&given->id);
  course.institution_id = institution;
  course.academic_year_id = records::required_id<model::AcademicYearId>(&given->academic_year_id,
                                                                        "course->academic_year_id");
  course.subject_id =
      records::required_id<model::SubjectId>(&given->subject_id, "course->subject_id");
  course.class_id = records::required_id<model::ClassId>(&given->class_id, "course->class_id");
  course.subgroup_id = records::optional_id<model::SubgroupId>(&given->subgroup_id);
  course.teacher_id =
      records::required_id<model::PersonId>(&given->teacher_id, "course->teacher_id");
  if (given->scale != nullptr) {
    course.scale = records::read_required_text(given->scale, "course->scale");
  }
  return model::validated(std::move(course));
}

ej_course view_of_course(const model::Course& course) {
  return ej_course{EJ_COURSE_VERSION,
                   0,
                   records::write_uuid(course.id.value),
                   records::write_uuid(course.academic_year_id.value),
                   records::write_uuid(course.subject_id.value),
                   records::write_uuid(course.class_id.value),
                   records::write_optional_id(course.subgroup_id),
                   records::write_uuid(course.teacher_id.value),
                   course.scale.c_str(),
                   course.version};
}

ej_enrolment view_of_enrolment(const model::Enrolment& enrolment) {
  return ej_enrolment{EJ_ENROLMENT_VERSION,
                      0,
                      records::write_uuid(enrolment.id.value),
                      records::write_uuid(enrolment.class_id.value),
                      records::write_uuid(enrolment.student_id.value),
                      capi::write_date(enrolment.arrived),
                      records::write_optional_date(enrolment.departed),
                      enrolment.departure_note.c_str(),
                      enrolment.version};
}

// The end of an enrolment as ej_store_enrolment_end() reads it.
struct Departure {
  model::Date departed;
  std::string note;
};

void apply_departure(model::Enrolment& enrolment, const Departure& departure) {
  enrolment.departed = departure.departed;
  enrolment.departure_note = departure.note;
}

}  // namespace

extern "C" {

int ej_store_course_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                           const ej_course* course) {
  return capi::guarded([&] {
    capi::reset(out_id);
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const model::Course record = read_course(course, owner);
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.courses().insert(record);
    });
    capi::put(out_id, records::write_uuid(record.id.value));
    return EJ_OK;
  });
}

int ej_store_course_get(ej_course_list** out, ej_store* store, const ej_uuid* institution,
                        const ej_uuid* id) {
  return records::get_one<ej_course_list, model::CourseId>(
      out, store, institution, id, "course",
      [](storage::UnitOfWork& unit, const auto& owner, const auto& wanted) {
        return unit.courses().find(owner, wanted);
      },
      view_of_course);
}

int ej_store_courses_list(ej_course_list** out, ej_store* store, const ej_uuid* institution,
                          const ej_uuid* school_class) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        storage::CourseQuery query;
        query.school_class = records::optional_id<model::ClassId>(school_class);
        return unit.courses().list(owner, query);
      },
      view_of_course);
}

int ej_course_list_count(int64_t* out, const ej_course_list* list) {
  return records::list_count(out, list);
}

int ej_course_list_get(const ej_course** out, const ej_course_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_course_list_free(ej_course_list* list) {
  delete list;
}

int ej_store_enrol(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                   const ej_uuid* school_class, const ej_uuid* students, int64_t count,
                   const ej_date* arrived, ej_progress_fn progress, void* payload) {
  records::ProgressRelay relay(progress, payload);
  return records::guarded_bulk(relay, [&] {
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto class_id = records::required_id<model::ClassId>(school_class, "school_class");
    const std::size_t rows = records::read_count(count, "count");
    const model::Date day = capi::read_date(arrived, "arrived");
    records::require_column(students, rows, "students");
    std::vector<model::Enrolment> batch(rows);
    for (std::size_t row = 0; row < rows; ++row) {
      model::Enrolment& enrolment = batch[row];
      enrolment.id = model::EnrolmentId::generate();
      enrolment.institution_id = owner;
      enrolment.class_id = class_id;
      enrolment.student_id =
          records::read_cell_required_id<model::PersonId>(students, row, "students");
      enrolment.arrived = day;
      enrolment = records::validated_row(std::move(enrolment), row);
    }
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.enrolments().insert_many(batch, relay.progress());
      relay.check();
    });
    records::hand_out_ids(out_ids, batch);
    return EJ_OK;
  });
}

int ej_store_enrolments_list(ej_enrolment_list** out, ej_store* store, const ej_uuid* institution,
                             const ej_uuid* school_class, const ej_date* on) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        storage::EnrolmentQuery query;
        query.school_class = records::required_id<model::ClassId>(school_class, "school_class");
        query.on = records::read_optional_date(on, "on");
        return unit.enrolments().list(owner, query);
      },
      view_of_enrolment);
}

int ej_store_enrolment_end(int64_t* out_revision, ej_store* store, const ej_uuid* institution,
                           const ej_uuid* id, int64_t revision, const ej_date* departed,
                           const char* departure_note) {
  return records::update_record<model::EnrolmentId>(
      out_revision, store, institution, id, revision, "enrolment",
      [](storage::UnitOfWork& unit) -> storage::EnrolmentRepository& { return unit.enrolments(); },
      [&] {
        return Departure{
            capi::read_date(departed, "departed"),
            capi::read_text(departure_note, "departure_note", true, model::kMaxTextBytes)};
      },
      apply_departure);
}

int ej_enrolment_list_count(int64_t* out, const ej_enrolment_list* list) {
  return records::list_count(out, list);
}

int ej_enrolment_list_get(const ej_enrolment** out, const ej_enrolment_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_enrolment_list_free(ej_enrolment_list* list) {
  delete list;
}

}  // extern "C"
