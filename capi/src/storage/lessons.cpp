// Lessons: ej_store_lessons_create (bulk, as columns), ej_store_lessons_list,
// ej_store_lessons_for_student, ej_store_lesson_update and the list handle.
#include <optional>
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
#include "updates.hpp"

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
                   lesson.version,
                   records::write_optional_date(lesson.homework_due)};
}

// An ej_lesson_change as read: an empty member leaves its field as it is.
struct LessonChange {
  std::optional<model::LessonType> type;
  std::optional<std::string> topic;
  std::optional<std::string> homework;
  std::optional<std::optional<model::Date>> homework_due;
};

LessonChange read_change(const ej_lesson_change* given) {
  capi::require(given, "change");
  records::check_struct_version(given->version, EJ_LESSON_CHANGE_VERSION, "change->version");
  LessonChange change;
  change.type = records::read_enum_change<model::LessonType>(
      given->type, EJ_LESSON_REGULAR, EJ_LESSON_OTHER, "change->type", "ej_lesson_type");
  change.topic = records::read_text_change(given->topic, "change->topic", model::kMaxTextBytes);
  change.homework =
      records::read_text_change(given->homework, "change->homework", model::kMaxTextBytes);
  if (given->homework_due != nullptr) {
    change.homework_due = records::read_optional_date(given->homework_due, "change->homework_due");
  }
  return change;
}

void apply_change(model::Lesson& lesson, const LessonChange& change) {
  if (change.type) lesson.type = *change.type;
  if (change.topic) lesson.topic = *change.topic;
  if (change.homework) lesson.homework = *change.homework;
  if (change.homework_due) lesson.homework_due = *change.homework_due;
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

int ej_store_lessons_for_student(ej_lesson_list** out, ej_store* store, const ej_uuid* institution,
                                 const ej_uuid* student, const ej_date* first,
                                 const ej_date* last) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        const auto student_id = records::required_id<model::PersonId>(student, "student");
        return unit.lessons().list_for_student(owner, student_id, records::read_days(first, last));
      },
      view_of);
}

int ej_store_lesson_update(int64_t* out_revision, ej_store* store, const ej_uuid* institution,
                           const ej_uuid* id, int64_t revision, const ej_lesson_change* change) {
  return records::update_record<model::LessonId>(
      out_revision, store, institution, id, revision, "lesson",
      [](storage::UnitOfWork& unit) -> storage::LessonRepository& { return unit.lessons(); },
      [&] { return read_change(change); }, apply_change);
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
