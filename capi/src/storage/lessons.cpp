// Lessons: ej_store_lessons_create (bulk, as columns), ej_store_lessons_list and the list handle.
#include <string>
#include <vector>

#include "calendar/school_year.hpp"
#include "convert.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/validate.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "lists.hpp"
#include "session.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace storage = ejournal::storage;

struct ej_lesson_list : records::RecordList<model::Lesson, ej_lesson> {};

namespace {

static_assert(static_cast<int>(model::LessonType::regular) == EJ_LESSON_REGULAR);
static_assert(static_cast<int>(model::LessonType::other) == EJ_LESSON_OTHER);

std::vector<model::Lesson> read_lessons(const ej_lesson_columns* columns,
                                        const model::InstitutionId& institution) {
  capi::require(columns, "columns");
  records::check_struct_version(columns->version, EJ_LESSON_COLUMNS_VERSION, "columns->version");
  capi::check_reserved(columns->reserved, "columns->reserved");
  const std::size_t rows = records::read_count(columns->count, "columns->count");
  records::require_column(columns->courses, rows, "columns->courses");
  records::require_column(columns->dates, rows, "columns->dates");
  records::require_column(columns->numbers, rows, "columns->numbers");
  std::vector<model::Lesson> lessons(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    model::Lesson& lesson = lessons[row];
    lesson.id = records::read_cell_optional_id<model::LessonId>(columns->ids, row)
                    .value_or(model::LessonId::generate());
    lesson.institution_id = institution;
    lesson.course_id =
        records::read_cell_required_id<model::CourseId>(columns->courses, row, "columns->courses");
    lesson.date = records::read_cell_date(columns->dates, row, "columns->dates");
    lesson.number = columns->numbers[row];
    if (lesson.number < 0) {
      capi::fail_invalid("argument '" + records::row_name("columns->numbers", row) +
                         "' is negative (" + std::to_string(lesson.number) + ")");
    }
    lesson.type = static_cast<model::LessonType>(
        records::read_cell_enum(columns->types, row, EJ_LESSON_REGULAR, EJ_LESSON_OTHER,
                                EJ_LESSON_REGULAR, "columns->types", "ej_lesson_type"));
    lesson.topic = records::read_cell_text(columns->topics, row, "columns->topics");
    lesson.homework = records::read_cell_text(columns->homework, row, "columns->homework");
    lesson = records::validated_row(std::move(lesson), row);
  }
  return lessons;
}

ej_lesson view_of(const model::Lesson& lesson) {
  return ej_lesson{EJ_LESSON_VERSION,
                   lesson.number,
                   records::write_uuid(lesson.id.value),
                   records::write_uuid(lesson.course_id.value),
                   capi::write_date(lesson.date),
                   static_cast<int32_t>(lesson.type),
                   lesson.topic.c_str(),
                   lesson.homework.c_str(),
                   lesson.version};
}

}  // namespace

extern "C" {

int ej_store_lessons_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                            const ej_lesson_columns* columns, ej_progress_fn progress,
                            void* payload) {
  records::ProgressRelay relay(progress, payload);
  return records::guarded_bulk(relay, [&] {
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const std::vector<model::Lesson> lessons = read_lessons(columns, owner);
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.lessons().insert_many(lessons, relay.progress());
      relay.check();
    });
    records::hand_out_ids(out_ids, lessons);
    return EJ_OK;
  });
}

int ej_store_lessons_list(ej_lesson_list** out, ej_store* store, const ej_uuid* institution,
                          const ej_uuid* course, const ej_date* first, const ej_date* last) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        const auto course_id = records::required_id<model::CourseId>(course, "course");
        return unit.lessons().list(owner, course_id, records::read_days(first, last));
      },
      view_of);
}

int ej_lesson_list_count(int64_t* out, const ej_lesson_list* list) {
  return records::list_count(out, list);
}

int ej_lesson_list_get(const ej_lesson** out, const ej_lesson_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_lesson_list_free(ej_lesson_list* list) {
  delete list;
}

}  // extern "C"
