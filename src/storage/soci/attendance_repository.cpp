// Attendance: a student's mark for a lesson, or for a whole day when it names no lesson.
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "bulk_insert.hpp"
#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kAttendanceColumns[] = {
    "student_id",  "day",         "lesson_id", "code",           "reason", "document_ref",
    "recorded_by", "recorded_at", "version",   "institution_id", "id"};
constexpr Table kAttendance{"attendance", kAttendanceColumns};

struct AttendanceRow {
  std::string student_id;
  std::string day;
  Nullable<std::string> lesson_id;
  std::string code;
  int reason = 0;
  std::string document_ref;
  std::string recorded_by;
  long long recorded_at = 0;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(AttendanceRow& row) {
  return std::tie(row.student_id, row.day, row.lesson_id, row.code, row.reason, row.document_ref,
                  row.recorded_by, row.recorded_at, row.version, row.institution_id, row.id);
}

AttendanceRow to_row(const model::AttendanceMark& mark, std::int64_t version) {
  AttendanceRow row;
  row.student_id = id_text(mark.student_id);
  row.day = date_text(mark.date);
  row.lesson_id = nullable_id(mark.lesson_id);
  row.code = mark.code;
  row.reason = enum_code(mark.reason);
  row.document_ref = mark.document_ref;
  row.recorded_by = id_text(mark.recorded_by);
  row.recorded_at = instant_micros(mark.recorded_at);
  row.version = version;
  row.institution_id = id_text(mark.institution_id);
  row.id = id_text(mark.id);
  return row;
}

model::AttendanceMark from_row(const AttendanceRow& row) {
  model::AttendanceMark mark;
  mark.id = parse_id<model::AttendanceId>(row.id);
  mark.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  mark.student_id = parse_id<model::PersonId>(row.student_id);
  mark.date = date_from_text(row.day);
  mark.lesson_id = optional_id<model::LessonTag>(row.lesson_id);
  mark.code = row.code;
  mark.reason = enum_from_code(row.reason, model::AbsenceReason::unknown,
                               model::AbsenceReason::other, "absence reason");
  mark.document_ref = row.document_ref;
  mark.recorded_by = parse_id<model::PersonId>(row.recorded_by);
  mark.recorded_at = instant_from_micros(row.recorded_at);
  mark.version = row.version;
  return mark;
}

}  // namespace

void SociAttendanceRepository::insert(const model::AttendanceMark& mark) {
  static const std::string sql = insert_sql(kAttendance);
  AttendanceRow row = to_row(mark, 1);
  insert_row(connection_, sql, row);
}

void SociAttendanceRepository::insert_many(std::span<const model::AttendanceMark> marks,
                                           const Progress& progress) {
  insert_rows(
      connection_, kAttendance, marks,
      [](const model::AttendanceMark& mark) { return to_row(mark, 1); }, progress);
}

std::optional<model::AttendanceMark> SociAttendanceRepository::find(
    model::InstitutionId institution, model::AttendanceId id) {
  static const std::string sql =
      select_sql(kAttendance) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string mark_id = id_text(id);
  std::optional<model::AttendanceMark> found;
  query_rows<AttendanceRow>(
      connection_, sql, [&](const AttendanceRow& row) { found = from_row(row); },
      soci::use(institution_id), soci::use(mark_id));
  return found;
}

std::int64_t SociAttendanceRepository::update(const model::AttendanceMark& mark) {
  static const std::string sql = update_sql(kAttendance);
  AttendanceRow row = to_row(mark, mark.version + 1);
  const long long changed = update_row(connection_, sql, row, mark.version);
  return finish_versioned_update(connection_, changed, mark.version, kAttendance.name,
                                 row.institution_id, row.id, "attendance mark " + row.id);
}

std::vector<model::AttendanceMark> SociAttendanceRepository::list(model::InstitutionId institution,
                                                                  const AttendanceQuery& query) {
  if (!query.student && !query.lesson) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "an attendance query must name a student or a lesson");
  }
  std::string sql = select_sql(kAttendance) + " WHERE institution_id = :institution_id";
  if (query.student) sql += " AND student_id = :student_id";
  if (query.lesson) sql += " AND lesson_id = :lesson_id";
  sql += " AND day >= :first_day AND day <= :last_day ORDER BY day, student_id, id";

  const std::string institution_id = id_text(institution);
  const std::string student_id = query.student ? id_text(*query.student) : std::string();
  const std::string lesson_id = query.lesson ? id_text(*query.lesson) : std::string();
  const std::string first_day = first_day_bound(query.days);
  const std::string last_day = last_day_bound(query.days);

  std::vector<model::AttendanceMark> marks;
  const auto run = [&](auto&&... key) {
    query_rows<AttendanceRow>(
        connection_, sql, [&](const AttendanceRow& row) { marks.push_back(from_row(row)); },
        soci::use(institution_id), std::forward<decltype(key)>(key)..., soci::use(first_day),
        soci::use(last_day));
  };
  if (query.student && query.lesson) {
    run(soci::use(student_id), soci::use(lesson_id));
  } else if (query.student) {
    run(soci::use(student_id));
  } else {
    run(soci::use(lesson_id));
  }
  return marks;
}

}  // namespace ejournal::storage::soci_backend
