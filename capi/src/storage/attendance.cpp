// Attendance: ej_store_attendance_create (bulk, as columns), ej_store_attendance_find,
// ej_store_attendance_update and the list handle.
#include <optional>
#include <string>
#include <vector>

#include "attendance_list.hpp"
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

struct ej_attendance_list : records::RecordList<model::AttendanceMark, ej_attendance> {};

namespace {

static_assert(static_cast<int>(model::AbsenceReason::unknown) == EJ_ABSENCE_UNKNOWN);
static_assert(static_cast<int>(model::AbsenceReason::other) == EJ_ABSENCE_OTHER);

std::vector<model::AttendanceMark> read_marks(const ej_attendance_columns* columns,
                                              const model::InstitutionId& institution) {
  capi::require(columns, "columns");
  records::check_struct_version(columns->version, EJ_ATTENDANCE_COLUMNS_VERSION,
                                "columns->version");
  capi::check_reserved(columns->reserved, "columns->reserved");
  const std::size_t rows = records::read_count(columns->count, "columns->count");
  records::require_column(columns->students, rows, "columns->students");
  records::require_column(columns->dates, rows, "columns->dates");
  records::require_column(columns->recorded_by, rows, "columns->recorded_by");
  records::require_column(columns->codes, rows, "columns->codes");
  std::vector<model::AttendanceMark> marks(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    model::AttendanceMark& mark = marks[row];
    mark.id = records::read_cell_optional_id<model::AttendanceId>(columns->ids, row)
                  .value_or(model::AttendanceId::generate());
    mark.institution_id = institution;
    mark.student_id = records::read_cell_required_id<model::PersonId>(columns->students, row,
                                                                      "columns->students");
    mark.date = records::read_cell_date(columns->dates, row, "columns->dates");
    mark.lesson_id = records::read_cell_optional_id<model::LessonId>(columns->lessons, row);
    mark.code = records::read_cell_text(columns->codes, row, "columns->codes");
    if (mark.code.empty()) {
      capi::fail_invalid("argument '" + records::row_name("columns->codes", row) +
                         "' is empty or NULL");
    }
    mark.reason = static_cast<model::AbsenceReason>(
        records::read_cell_enum(columns->reasons, row, EJ_ABSENCE_UNKNOWN, EJ_ABSENCE_OTHER,
                                EJ_ABSENCE_UNKNOWN, "columns->reasons", "ej_absence_reason"));
    mark.recorded_by = records::read_cell_required_id<model::PersonId>(columns->recorded_by, row,
                                                                       "columns->recorded_by");
    if (columns->recorded_at != nullptr) {
      mark.recorded_at = records::read_instant(columns->recorded_at[row]);
    }
    mark = records::validated_row(std::move(mark), row);
  }
  return marks;
}

storage::AttendanceQuery read_query(const ej_attendance_query* given) {
  capi::require(given, "query");
  records::check_struct_version(given->version, EJ_ATTENDANCE_QUERY_VERSION, "query->version");
  capi::check_reserved(given->reserved, "query->reserved");
  storage::AttendanceQuery query;
  query.student = records::optional_id<model::PersonId>(&given->student);
  query.lesson = records::optional_id<model::LessonId>(&given->lesson);
  if (!query.student && !query.lesson) {
    capi::fail_invalid("argument 'query' names neither a student nor a lesson");
  }
  query.days = {records::read_optional_date(&given->first, "query->first"),
                records::read_optional_date(&given->last, "query->last")};
  return query;
}

ej_attendance view_of(const model::AttendanceMark& mark) {
  return ej_attendance{EJ_ATTENDANCE_VERSION,
                       static_cast<int32_t>(mark.reason),
                       records::write_uuid(mark.id.value),
                       records::write_uuid(mark.student_id.value),
                       records::write_optional_id(mark.lesson_id),
                       capi::write_date(mark.date),
                       0,
                       mark.code.c_str(),
                       mark.document_ref.c_str(),
                       records::write_uuid(mark.recorded_by.value),
                       records::write_instant(mark.recorded_at),
                       mark.version};
}

// An ej_attendance_change as read: an empty member leaves its field as it is.
struct MarkChange {
  std::optional<model::AbsenceReason> reason;
  std::optional<std::string> code;
  std::optional<std::string> document_ref;
};

MarkChange read_change(const ej_attendance_change* given) {
  capi::require(given, "change");
  records::check_struct_version(given->version, EJ_ATTENDANCE_CHANGE_VERSION, "change->version");
  MarkChange change;
  change.reason = records::read_enum_change<model::AbsenceReason>(
      given->reason, EJ_ABSENCE_UNKNOWN, EJ_ABSENCE_OTHER, "change->reason", "ej_absence_reason");
  change.code = records::read_text_change(given->code, "change->code");
  if (change.code && change.code->empty()) {
    capi::fail_invalid("argument 'change->code' is empty: a mark always has a code");
  }
  change.document_ref = records::read_text_change(given->document_ref, "change->document_ref");
  return change;
}

void apply_change(model::AttendanceMark& mark, const MarkChange& change) {
  if (change.reason) mark.reason = *change.reason;
  if (change.code) mark.code = *change.code;
  if (change.document_ref) mark.document_ref = *change.document_ref;
}

}  // namespace

ej_attendance_list* records::make_attendance_list(std::vector<model::AttendanceMark> marks) {
  return make_list<ej_attendance_list>(std::move(marks), view_of);
}

extern "C" {

int ej_store_attendance_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                               const ej_attendance_columns* columns, ej_progress_fn progress,
                               void* payload) {
  records::ProgressRelay relay(progress, payload);
  return records::guarded_bulk(relay, [&] {
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const std::vector<model::AttendanceMark> marks = read_marks(columns, owner);
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.attendance().insert_many(marks, relay.progress());
      relay.check();
    });
    records::hand_out_ids(out_ids, marks);
    return EJ_OK;
  });
}

int ej_store_attendance_find(ej_attendance_list** out, ej_store* store, const ej_uuid* institution,
                             const ej_attendance_query* query) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        return unit.attendance().list(owner, read_query(query));
      },
      view_of);
}

int ej_store_attendance_update(int64_t* out_revision, ej_store* store, const ej_uuid* institution,
                               const ej_uuid* id, int64_t revision,
                               const ej_attendance_change* change) {
  return records::update_record<model::AttendanceId>(
      out_revision, store, institution, id, revision, "attendance mark",
      [](storage::UnitOfWork& unit) -> storage::AttendanceRepository& { return unit.attendance(); },
      [&] { return read_change(change); }, apply_change);
}

int ej_attendance_list_count(int64_t* out, const ej_attendance_list* list) {
  return records::list_count(out, list);
}

int ej_attendance_list_get(const ej_attendance** out, const ej_attendance_list* list,
                           int64_t index) {
  return records::list_get(out, list, index);
}

void ej_attendance_list_free(ej_attendance_list* list) {
  delete list;
}

}  // extern "C"
