// Grades: one row per entry of a journal column, the value as an exact rational.
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "bulk_insert.hpp"
#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kGradeColumns[] = {
    "course_id",   "student_id",   "column_kind",     "lesson_id",
    "day",         "column_label", "value_numerator", "value_denominator",
    "mark",        "publication",  "comment_text",    "recorded_by",
    "recorded_at", "version",      "institution_id",  "id"};
constexpr Table kGrades{"grades", kGradeColumns};

struct GradeRow {
  std::string course_id;
  std::string student_id;
  int column_kind = 0;
  Nullable<std::string> lesson_id;
  std::string day;
  std::string column_label;
  Nullable<long long> value_numerator;
  Nullable<long long> value_denominator;
  std::string mark;
  int publication = 0;
  std::string comment_text;
  std::string recorded_by;
  long long recorded_at = 0;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(GradeRow& row) {
  return std::tie(row.course_id, row.student_id, row.column_kind, row.lesson_id, row.day,
                  row.column_label, row.value_numerator, row.value_denominator, row.mark,
                  row.publication, row.comment_text, row.recorded_by, row.recorded_at, row.version,
                  row.institution_id, row.id);
}

GradeRow to_row(const model::GradeEntry& grade, std::int64_t version) {
  GradeRow row;
  row.course_id = id_text(grade.course_id);
  row.student_id = id_text(grade.student_id);
  row.column_kind = enum_code(grade.column);
  row.lesson_id = nullable_id(grade.lesson_id);
  row.day = date_text(grade.date);
  row.column_label = grade.column_label;
  if (grade.value) {
    const RationalColumns value = rational_columns(*grade.value);
    row.value_numerator = {value.numerator, soci::i_ok};
    row.value_denominator = {value.denominator, soci::i_ok};
  }
  row.mark = grade.mark;
  row.publication = enum_code(grade.publication);
  row.comment_text = grade.comment;
  row.recorded_by = id_text(grade.recorded_by);
  row.recorded_at = instant_micros(grade.recorded_at);
  row.version = version;
  row.institution_id = id_text(grade.institution_id);
  row.id = id_text(grade.id);
  return row;
}

model::GradeEntry from_row(const GradeRow& row) {
  model::GradeEntry grade;
  grade.id = parse_id<model::GradeId>(row.id);
  grade.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  grade.course_id = parse_id<model::CourseId>(row.course_id);
  grade.student_id = parse_id<model::PersonId>(row.student_id);
  grade.column = enum_from_code(row.column_kind, model::ColumnKind::current,
                                model::ColumnKind::custom, "grade column kind");
  grade.lesson_id = optional_id<model::LessonTag>(row.lesson_id);
  grade.date = date_from_text(row.day);
  grade.column_label = row.column_label;
  if (row.value_numerator.indicator == soci::i_ok &&
      row.value_denominator.indicator == soci::i_ok) {
    grade.value = rational_from_columns(row.value_numerator.value, row.value_denominator.value);
  }
  grade.mark = row.mark;
  grade.publication = enum_from_code(row.publication, model::Publication::draft,
                                     model::Publication::published, "grade publication");
  grade.comment = row.comment_text;
  grade.recorded_by = parse_id<model::PersonId>(row.recorded_by);
  grade.recorded_at = instant_from_micros(row.recorded_at);
  grade.version = row.version;
  return grade;
}

}  // namespace

void SociGradeRepository::insert(const model::GradeEntry& grade) {
  static const std::string sql = insert_sql(kGrades);
  GradeRow row = to_row(grade, 1);
  insert_row(connection_, sql, row);
}

void SociGradeRepository::insert_many(std::span<const model::GradeEntry> grades,
                                      const Progress& progress) {
  insert_rows(
      connection_, kGrades, grades, [](const model::GradeEntry& grade) { return to_row(grade, 1); },
      progress);
}

std::optional<model::GradeEntry> SociGradeRepository::find(model::InstitutionId institution,
                                                           model::GradeId id) {
  static const std::string sql =
      select_sql(kGrades) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string grade_id = id_text(id);
  std::optional<model::GradeEntry> found;
  query_rows<GradeRow>(
      connection_, sql, [&](const GradeRow& row) { found = from_row(row); },
      soci::use(institution_id), soci::use(grade_id));
  return found;
}

std::int64_t SociGradeRepository::update(const model::GradeEntry& grade) {
  static const std::string sql = update_sql(kGrades);
  GradeRow row = to_row(grade, grade.version + 1);
  const long long changed = update_row(connection_, sql, row, grade.version);
  return finish_versioned_update(connection_, changed, grade.version, kGrades.name,
                                 row.institution_id, row.id, "grade " + row.id);
}

std::vector<model::GradeEntry> SociGradeRepository::list(model::InstitutionId institution,
                                                         const GradeQuery& query) {
  if (!query.course && !query.student) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "a grade query must name a course or a student");
  }
  // The filters left open are bounds every row passes, so that one statement shape (per key)
  // serves every query and the values stay bound.
  std::string sql = select_sql(kGrades) + " WHERE institution_id = :institution_id";
  if (query.course) sql += " AND course_id = :course_id";
  if (query.student) sql += " AND student_id = :student_id";
  sql +=
      " AND day >= :first_day AND day <= :last_day"
      " AND column_kind >= :lowest_column AND column_kind <= :highest_column"
      " AND publication >= :lowest_publication";
  static constexpr std::string_view kPageOrder[] = {"day", "student_id", "id"};
  sql += byte_order_by(connection_.dialect(), kPageOrder);

  const std::string institution_id = id_text(institution);
  const std::string course_id = query.course ? id_text(*query.course) : std::string();
  const std::string student_id = query.student ? id_text(*query.student) : std::string();
  const std::string first_day = first_day_bound(query.days);
  const std::string last_day = last_day_bound(query.days);
  const int lowest_column =
      query.column ? enum_code(*query.column) : std::numeric_limits<int>::min();
  const int highest_column =
      query.column ? enum_code(*query.column) : std::numeric_limits<int>::max();
  const int lowest_publication = query.published_only ? enum_code(model::Publication::published)
                                                      : std::numeric_limits<int>::min();

  std::vector<model::GradeEntry> grades;
  const auto run = [&](auto&&... key) {
    query_rows<GradeRow>(
        connection_, sql, [&](const GradeRow& row) { grades.push_back(from_row(row)); },
        soci::use(institution_id), std::forward<decltype(key)>(key)..., soci::use(first_day),
        soci::use(last_day), soci::use(lowest_column), soci::use(highest_column),
        soci::use(lowest_publication));
  };
  if (query.course && query.student) {
    run(soci::use(course_id), soci::use(student_id));
  } else if (query.course) {
    run(soci::use(course_id));
  } else {
    run(soci::use(student_id));
  }
  return grades;
}

}  // namespace ejournal::storage::soci_backend
