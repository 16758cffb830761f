#include "raw_sqlite.hpp"

#include <sqlite3.h>

#include <stdexcept>
#include <string>

#include "raw_schema.hpp"
#include "sql_text.hpp"

namespace ejournal::bench {

namespace {

// The text stays alive until the statement is stepped: every caller binds from locals that
// outlive the sqlite3_step below them.
void bind_text(sqlite3_stmt* statement, int index, std::string_view text) {
  sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void bind_optional_text(sqlite3_stmt* statement, int index, bool present, std::string_view text) {
  if (present) {
    bind_text(statement, index, text);
  } else {
    sqlite3_bind_null(statement, index);
  }
}

std::size_t text_bytes(sqlite3_stmt* statement) {
  std::size_t bytes = 0;
  for (int column = 0; column < sqlite3_column_count(statement); ++column) {
    if (sqlite3_column_type(statement, column) == SQLITE_TEXT) {
      bytes += static_cast<std::size_t>(sqlite3_column_bytes(statement, column));
    }
  }
  return bytes;
}

}  // namespace

RawSqlite::RawSqlite(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw std::runtime_error("sqlite3_open_v2 " + path + ": " + message);
  }
  execute("PRAGMA journal_mode = WAL");
  execute("PRAGMA synchronous = NORMAL");
  execute("PRAGMA cache_size = -65536");  // as the store sets it
  execute("PRAGMA foreign_keys = ON");
  for (const std::string_view sql : raw_schema) execute(std::string(sql).c_str());
  for (const std::string_view sql : raw_sqlite_grades_by_course_page) {
    execute(std::string(sql).c_str());
  }

  insert_lesson_ = prepare(
      "INSERT INTO lessons (institution_id, id, course_id, day, lesson_number, topic, homework, "
      "homework_due, lesson_type, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
  insert_grade_ = prepare(
      "INSERT INTO grades (institution_id, id, course_id, student_id, column_kind, lesson_id, "
      "day, column_label, value_numerator, value_denominator, mark, publication, comment_text, "
      "recorded_by, "
      "recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
  insert_attendance_ = prepare(
      "INSERT INTO attendance (institution_id, id, student_id, day, lesson_id, code, "
      "reason, document_ref, recorded_by, recorded_at, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
  week_lessons_ = prepare(
      "SELECT l.id, l.course_id, l.day, l.lesson_number, l.topic, l.homework, l.homework_due, "
      "l.lesson_type FROM enrolments e "
      "JOIN courses c ON c.institution_id = e.institution_id AND c.class_id = e.class_id "
      "JOIN lessons l ON l.institution_id = c.institution_id AND l.course_id = c.id "
      "WHERE e.institution_id = ?1 AND e.student_id = ?2 AND e.arrived <= ?4 "
      "AND (e.departed IS NULL OR e.departed >= ?3) AND l.day BETWEEN ?3 AND ?4 "
      "ORDER BY l.day, l.lesson_number, l.id");
  week_grades_ = prepare(
      "SELECT id, course_id, column_kind, lesson_id, day, value_numerator, value_denominator, "
      "mark, "
      "publication FROM grades WHERE institution_id = ?1 AND student_id = ?2 "
      "AND day BETWEEN ?3 AND ?4 ORDER BY day, id");
  week_attendance_ = prepare(
      "SELECT id, lesson_id, day, code, reason FROM attendance "
      "WHERE institution_id = ?1 AND student_id = ?2 AND day BETWEEN ?3 AND ?4 "
      "ORDER BY day, id");
  page_lessons_ = prepare(
      "SELECT id, day, lesson_number, topic, homework, homework_due, lesson_type FROM lessons "
      "WHERE institution_id = ?1 AND course_id = ?2 AND day BETWEEN ?3 AND ?4 "
      "ORDER BY day, lesson_number");
  page_grades_ = prepare(
      "SELECT id, student_id, column_kind, lesson_id, day, column_label, value_numerator, "
      "value_denominator, mark, publication, comment_text, recorded_by, recorded_at, version FROM "
      "grades "
      "WHERE institution_id = ?1 AND course_id = ?2 AND day BETWEEN ?3 AND ?4 "
      "ORDER BY day, student_id, id");
}

RawSqlite::~RawSqlite() {
  for (sqlite3_stmt* statement : statements_) sqlite3_finalize(statement);
  sqlite3_close(db_);
}

void RawSqlite::execute(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string text = message != nullptr ? message : "unknown error";
    sqlite3_free(message);
    throw std::runtime_error(std::string("sqlite3_exec ") + sql + ": " + text);
  }
}

sqlite3_stmt* RawSqlite::prepare(const char* sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
      SQLITE_OK) {
    throw std::runtime_error(std::string("sqlite3_prepare_v3 ") + sql + ": " + sqlite3_errmsg(db_));
  }
  statements_.push_back(statement);
  return statement;
}

void RawSqlite::prepare_for_reads() {
  for (const std::string_view sql : raw_covering_indexes) execute(std::string(sql).c_str());
  execute("ANALYZE");
}

void RawSqlite::begin() {
  execute("BEGIN IMMEDIATE");
}

void RawSqlite::commit() {
  execute("COMMIT");
}

void RawSqlite::insert_structure(const SchoolStructure& structure) {
  sqlite3_stmt* course = prepare(
      "INSERT INTO courses (institution_id, id, class_id, subject_id, teacher_id) "
      "VALUES (?, ?, ?, ?, ?)");
  sqlite3_stmt* enrolment = prepare(
      "INSERT INTO enrolments (institution_id, id, class_id, student_id, arrived, "
      "departed) VALUES (?, ?, ?, ?, ?, NULL)");
  const auto step = [&](sqlite3_stmt* statement) {
    if (sqlite3_step(statement) != SQLITE_DONE) {
      throw std::runtime_error(std::string("insert structure: ") + sqlite3_errmsg(db_));
    }
    sqlite3_reset(statement);
  };
  begin();
  const UuidText institution = uuid_text(structure.institution.id.value);
  for (const model::Course& row : structure.courses) {
    const UuidText id = uuid_text(row.id.value);
    const UuidText class_id = uuid_text(row.class_id.value);
    const UuidText subject = uuid_text(row.subject_id.value);
    const UuidText teacher = uuid_text(row.teacher_id.value);
    bind_text(course, 1, view(institution));
    bind_text(course, 2, view(id));
    bind_text(course, 3, view(class_id));
    bind_text(course, 4, view(subject));
    bind_text(course, 5, view(teacher));
    step(course);
  }
  for (const model::Enrolment& row : structure.enrolments) {
    const UuidText id = uuid_text(row.id.value);
    const UuidText class_id = uuid_text(row.class_id.value);
    const UuidText student = uuid_text(row.student_id.value);
    const DateText arrived = date_text(row.arrived);
    bind_text(enrolment, 1, view(institution));
    bind_text(enrolment, 2, view(id));
    bind_text(enrolment, 3, view(class_id));
    bind_text(enrolment, 4, view(student));
    bind_text(enrolment, 5, view(arrived));
    step(enrolment);
  }
  commit();
}

void RawSqlite::insert_chunk(const JournalChunk& chunk) {
  const auto step = [&](sqlite3_stmt* statement) {
    if (sqlite3_step(statement) != SQLITE_DONE) {
      throw std::runtime_error(std::string("insert journal row: ") + sqlite3_errmsg(db_));
    }
    sqlite3_reset(statement);
  };
  for (const model::Lesson& row : chunk.lessons) {
    const UuidText institution = uuid_text(row.institution_id.value);
    const UuidText id = uuid_text(row.id.value);
    const UuidText course = uuid_text(row.course_id.value);
    const DateText date = date_text(row.date);
    const DateText due = row.homework_due ? date_text(*row.homework_due) : DateText{};
    sqlite3_stmt* s = insert_lesson_;
    bind_text(s, 1, view(institution));
    bind_text(s, 2, view(id));
    bind_text(s, 3, view(course));
    bind_text(s, 4, view(date));
    sqlite3_bind_int(s, 5, row.number);
    bind_text(s, 6, row.topic);
    bind_text(s, 7, row.homework);
    bind_optional_text(s, 8, row.homework_due.has_value(), view(due));
    sqlite3_bind_int(s, 9, static_cast<int>(row.type));
    step(s);
  }
  for (const model::GradeEntry& row : chunk.grades) {
    const UuidText institution = uuid_text(row.institution_id.value);
    const UuidText id = uuid_text(row.id.value);
    const UuidText course = uuid_text(row.course_id.value);
    const UuidText student = uuid_text(row.student_id.value);
    const UuidText lesson = row.lesson_id ? uuid_text(row.lesson_id->value) : UuidText{};
    const DateText date = date_text(row.date);
    const UuidText recorded_by = uuid_text(row.recorded_by.value);
    sqlite3_stmt* s = insert_grade_;
    bind_text(s, 1, view(institution));
    bind_text(s, 2, view(id));
    bind_text(s, 3, view(course));
    bind_text(s, 4, view(student));
    sqlite3_bind_int(s, 5, static_cast<int>(row.column));
    bind_optional_text(s, 6, row.lesson_id.has_value(), view(lesson));
    bind_text(s, 7, view(date));
    bind_text(s, 8, row.column_label);
    if (row.value) {
      sqlite3_bind_int64(s, 9, static_cast<sqlite3_int64>(row.value->numerator()));
      sqlite3_bind_int64(s, 10, static_cast<sqlite3_int64>(row.value->denominator()));
    } else {
      sqlite3_bind_null(s, 9);
      sqlite3_bind_null(s, 10);
    }
    bind_text(s, 11, row.mark);
    sqlite3_bind_int(s, 12, static_cast<int>(row.publication));
    bind_text(s, 13, row.comment);
    bind_text(s, 14, view(recorded_by));
    sqlite3_bind_int64(s, 15, micros(row.recorded_at));
    step(s);
  }
  for (const model::AttendanceMark& row : chunk.attendance) {
    const UuidText institution = uuid_text(row.institution_id.value);
    const UuidText id = uuid_text(row.id.value);
    const UuidText student = uuid_text(row.student_id.value);
    const DateText date = date_text(row.date);
    const UuidText lesson = row.lesson_id ? uuid_text(row.lesson_id->value) : UuidText{};
    const UuidText recorded_by = uuid_text(row.recorded_by.value);
    sqlite3_stmt* s = insert_attendance_;
    bind_text(s, 1, view(institution));
    bind_text(s, 2, view(id));
    bind_text(s, 3, view(student));
    bind_text(s, 4, view(date));
    bind_optional_text(s, 5, row.lesson_id.has_value(), view(lesson));
    bind_text(s, 6, row.code);
    sqlite3_bind_int(s, 7, static_cast<int>(row.reason));
    bind_text(s, 8, row.document_ref);
    bind_text(s, 9, view(recorded_by));
    sqlite3_bind_int64(s, 10, micros(row.recorded_at));
    step(s);
  }
}

namespace {

// Binds the four parameters every read takes and counts its rows into `rows`.
std::size_t read_all(sqlite3* db, sqlite3_stmt* statement, const std::string& institution,
                     const std::string& key, const std::string& first, const std::string& last,
                     std::size_t& rows) {
  bind_text(statement, 1, institution);
  bind_text(statement, 2, key);
  bind_text(statement, 3, first);
  bind_text(statement, 4, last);
  std::size_t bytes = 0;
  int status = SQLITE_ROW;
  while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
    ++rows;
    bytes += text_bytes(statement);
  }
  sqlite3_reset(statement);
  if (status != SQLITE_DONE) throw std::runtime_error(std::string("read: ") + sqlite3_errmsg(db));
  return bytes;
}

}  // namespace

ReadCount RawSqlite::student_week(const std::string& institution, const std::string& student,
                                  const std::string& first, const std::string& last) {
  ReadCount count;
  count.bytes += read_all(db_, week_lessons_, institution, student, first, last, count.lessons);
  count.bytes += read_all(db_, week_grades_, institution, student, first, last, count.grades);
  count.bytes +=
      read_all(db_, week_attendance_, institution, student, first, last, count.attendance);
  return count;
}

ReadCount RawSqlite::course_page(const std::string& institution, const std::string& course,
                                 const std::string& first, const std::string& last) {
  ReadCount count;
  count.bytes += read_all(db_, page_lessons_, institution, course, first, last, count.lessons);
  count.bytes += read_all(db_, page_grades_, institution, course, first, last, count.grades);
  return count;
}

}  // namespace ejournal::bench
