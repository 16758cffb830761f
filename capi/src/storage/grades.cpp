// Grades: ej_store_grades_create (bulk, as columns), ej_store_grades_find,
// ej_store_grade_update and the list handle.
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
namespace grading = ejournal::grading;

struct ej_grade_list : records::RecordList<model::GradeEntry, ej_grade> {};

namespace {

static_assert(static_cast<int>(model::ColumnKind::current) == EJ_COLUMN_CURRENT);
static_assert(static_cast<int>(model::ColumnKind::custom) == EJ_COLUMN_CUSTOM);
static_assert(static_cast<int>(model::Publication::draft) == EJ_PUBLICATION_DRAFT);
static_assert(static_cast<int>(model::Publication::published) == EJ_PUBLICATION_PUBLISHED);

std::string cell(std::string_view column, std::size_t row) {
  return "argument '" + records::row_name(column, row) + "'";
}

// The value or the mark of row `row`: exactly one of them, as the header promises.
void read_value(model::GradeEntry& grade, const ej_grade_columns& columns, std::size_t row) {
  const bool has_value = columns.has_value == nullptr || columns.has_value[row] != 0;
  if (columns.has_value != nullptr && columns.has_value[row] > 1) {
    capi::fail_invalid(cell("columns->has_value", row) + " must be 0 or 1 (" +
                       std::to_string(columns.has_value[row]) + ")");
  }
  grade.mark = records::read_cell_text(columns.marks, row, "columns->marks");
  if (!has_value) {
    if (grade.mark.empty()) {
      capi::fail_invalid(cell("columns->marks", row) +
                         " is empty where the row has no value: a grade needs one or the other");
    }
    return;
  }
  if (!grade.mark.empty()) {
    capi::fail_invalid(cell("columns->marks", row) + " is '" + grade.mark +
                       "' where the row has a value: a grade holds one or the other");
  }
  if (columns.numerators == nullptr) {
    capi::fail_invalid("argument 'columns->numerators' is NULL but row " + std::to_string(row) +
                       " has a value");
  }
  const std::int64_t denominator = columns.denominators != nullptr ? columns.denominators[row] : 1;
  if (denominator <= 0) {
    capi::fail_invalid(cell("columns->denominators", row) + " is not positive (" +
                       std::to_string(denominator) + ")");
  }
  grade.value = grading::Rational::fraction(columns.numerators[row], denominator);
}

std::vector<model::GradeEntry> read_grades(const ej_grade_columns* columns,
                                           const model::InstitutionId& institution) {
  capi::require(columns, "columns");
  records::check_struct_version(columns->version, EJ_GRADE_COLUMNS_VERSION, "columns->version");
  capi::check_reserved(columns->reserved, "columns->reserved");
  const std::size_t rows = records::read_count(columns->count, "columns->count");
  records::require_column(columns->courses, rows, "columns->courses");
  records::require_column(columns->students, rows, "columns->students");
  records::require_column(columns->dates, rows, "columns->dates");
  records::require_column(columns->recorded_by, rows, "columns->recorded_by");
  std::vector<model::GradeEntry> grades(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    model::GradeEntry& grade = grades[row];
    grade.id = records::read_cell_optional_id<model::GradeId>(columns->ids, row)
                   .value_or(model::GradeId::generate());
    grade.institution_id = institution;
    grade.course_id =
        records::read_cell_required_id<model::CourseId>(columns->courses, row, "columns->courses");
    grade.student_id = records::read_cell_required_id<model::PersonId>(columns->students, row,
                                                                       "columns->students");
    grade.lesson_id = records::read_cell_optional_id<model::LessonId>(columns->lessons, row);
    grade.date = records::read_cell_date(columns->dates, row, "columns->dates");
    grade.column = static_cast<model::ColumnKind>(
        records::read_cell_enum(columns->columns, row, EJ_COLUMN_CURRENT, EJ_COLUMN_CUSTOM,
                                EJ_COLUMN_CURRENT, "columns->columns", "ej_column_kind"));
    read_value(grade, *columns, row);
    grade.publication = static_cast<model::Publication>(records::read_cell_enum(
        columns->publications, row, EJ_PUBLICATION_DRAFT, EJ_PUBLICATION_PUBLISHED,
        EJ_PUBLICATION_PUBLISHED, "columns->publications", "ej_publication"));
    grade.column_label = records::read_cell_text(columns->labels, row, "columns->labels");
    grade.recorded_by = records::read_cell_required_id<model::PersonId>(columns->recorded_by, row,
                                                                        "columns->recorded_by");
    if (columns->recorded_at != nullptr) {
      grade.recorded_at = records::read_instant(columns->recorded_at[row]);
    }
    grade = records::validated_row(std::move(grade), row);
  }
  return grades;
}

storage::GradeQuery read_query(const ej_grade_query* given) {
  capi::require(given, "query");
  records::check_struct_version(given->version, EJ_GRADE_QUERY_VERSION, "query->version");
  capi::check_reserved(given->reserved, "query->reserved");
  storage::GradeQuery query;
  query.course = records::optional_id<model::CourseId>(&given->course);
  query.student = records::optional_id<model::PersonId>(&given->student);
  if (!query.course && !query.student) {
    capi::fail_invalid("argument 'query' names neither a course nor a student");
  }
  query.days = {records::read_optional_date(&given->first, "query->first"),
                records::read_optional_date(&given->last, "query->last")};
  if (given->column != 0) {
    query.column = static_cast<model::ColumnKind>(records::read_enum(
        given->column, EJ_COLUMN_CURRENT, EJ_COLUMN_CUSTOM, "query->column", "ej_column_kind"));
  }
  query.published_only = capi::read_bool(given->published_only, "query->published_only");
  return query;
}

ej_grade view_of(const model::GradeEntry& grade) {
  // A stored value always came in through int64 parts, so it fits them on the way out.
  const ej_rational value =
      grade.value ? capi::to_c(*grade.value, "grade value") : ej_rational{0, 1};
  return ej_grade{EJ_GRADE_VERSION,
                  static_cast<int32_t>(grade.column),
                  records::write_uuid(grade.id.value),
                  records::write_uuid(grade.course_id.value),
                  records::write_uuid(grade.student_id.value),
                  records::write_optional_id(grade.lesson_id),
                  capi::write_date(grade.date),
                  grade.value ? 1 : 0,
                  static_cast<int32_t>(grade.publication),
                  value.num,
                  value.den,
                  grade.mark.c_str(),
                  grade.column_label.c_str(),
                  grade.comment.c_str(),
                  records::write_uuid(grade.recorded_by.value),
                  records::write_instant(grade.recorded_at),
                  grade.version};
}

// An ej_grade_change as read: an empty member leaves its field as it is.
struct GradeChange {
  std::optional<model::Publication> publication;
  std::optional<grading::Rational> value;
  std::optional<std::string> mark;
  std::optional<std::string> comment;
};

GradeChange read_change(const ej_grade_change* given) {
  capi::require(given, "change");
  records::check_struct_version(given->version, EJ_GRADE_CHANGE_VERSION, "change->version");
  GradeChange change;
  change.publication = records::read_enum_change<model::Publication>(
      given->publication, EJ_PUBLICATION_DRAFT, EJ_PUBLICATION_PUBLISHED, "change->publication",
      "ej_publication");
  if (given->value_den < 0) {
    capi::fail_invalid("argument 'change->value_den' is negative (" +
                       std::to_string(given->value_den) + ")");
  }
  if (given->value_den > 0) {
    change.value = grading::Rational::fraction(given->value_num, given->value_den);
  } else if (given->value_num != 0) {
    // Most likely a caller who forgot the denominator: refused rather than silently ignored.
    capi::fail_invalid("argument 'change->value_num' is " + std::to_string(given->value_num) +
                       " but change->value_den is 0, which leaves the value unchanged");
  }
  change.mark = records::read_text_change(given->mark, "change->mark");
  if (change.mark && change.mark->empty()) {
    capi::fail_invalid(
        "argument 'change->mark' is empty: a grade loses its mark by getting a value");
  }
  if (change.mark && change.value) {
    capi::fail_invalid("argument 'change' sets both the value " + change.value->to_string() +
                       " and the mark '" + *change.mark + "': a grade holds one or the other");
  }
  change.comment =
      records::read_text_change(given->comment, "change->comment", model::kMaxTextBytes);
  return change;
}

void apply_change(model::GradeEntry& grade, const GradeChange& change) {
  if (change.publication) grade.publication = *change.publication;
  if (change.value) {
    grade.value = *change.value;
    grade.mark.clear();
  }
  if (change.mark) {
    grade.mark = *change.mark;
    grade.value.reset();
  }
  if (change.comment) grade.comment = *change.comment;
}

}  // namespace

extern "C" {

int ej_store_grades_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                           const ej_grade_columns* columns, ej_progress_fn progress,
                           void* payload) {
  records::ProgressRelay relay(progress, payload);
  return records::guarded_bulk(relay, [&] {
    records::store_of(store);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const std::vector<model::GradeEntry> grades = read_grades(columns, owner);
    records::in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      records::require_institution(unit, owner);
      unit.grades().insert_many(grades, relay.progress());
      relay.check();
    });
    records::hand_out_ids(out_ids, grades);
    return EJ_OK;
  });
}

int ej_store_grades_find(ej_grade_list** out, ej_store* store, const ej_uuid* institution,
                         const ej_grade_query* query) {
  return records::read_list(
      out, store, institution,
      [&](storage::UnitOfWork& unit, const model::InstitutionId& owner) {
        return unit.grades().list(owner, read_query(query));
      },
      view_of);
}

int ej_store_grade_update(int64_t* out_revision, ej_store* store, const ej_uuid* institution,
                          const ej_uuid* id, int64_t revision, const ej_grade_change* change) {
  return records::update_record<model::GradeId>(
      out_revision, store, institution, id, revision, "grade",
      [](storage::UnitOfWork& unit) -> storage::GradeRepository& { return unit.grades(); },
      [&] { return read_change(change); }, apply_change);
}

int ej_grade_list_count(int64_t* out, const ej_grade_list* list) {
  return records::list_count(out, list);
}

int ej_grade_list_get(const ej_grade** out, const ej_grade_list* list, int64_t index) {
  return records::list_get(out, list, index);
}

void ej_grade_list_free(ej_grade_list* list) {
  delete list;
}

}  // extern "C"
