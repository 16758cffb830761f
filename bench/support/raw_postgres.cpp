#include "raw_postgres.hpp"

#include <libpq-fe.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <string>

#include "raw_schema.hpp"
#include "sql_text.hpp"

namespace ejournal::bench {

namespace {

// PostgreSQL's own %-escaping is not needed: schema names here are [a-z0-9_] only.
bool is_uri(const std::string& conninfo) {
  return conninfo.starts_with("postgresql://") || conninfo.starts_with("postgres://");
}

std::string random_suffix() {
  std::random_device device;
  char text[17];
  std::snprintf(text, sizeof text, "%08x%08x", device(), device());
  return text;
}

void check(PGresult* result, pg_conn* conn, ExecStatusType expected, const std::string& what) {
  const ExecStatusType status = PQresultStatus(result);
  PQclear(result);
  if (status != expected) throw std::runtime_error(what + ": " + PQerrorMessage(conn));
}

// A COPY text-format row builder: tab-separated fields, \N for NULL, backslash escapes.
class CopyRow {
 public:
  explicit CopyRow(std::string& out) : out_(out) {}
  ~CopyRow() { out_ += '\n'; }
  CopyRow(const CopyRow&) = delete;
  CopyRow& operator=(const CopyRow&) = delete;

  CopyRow& text(std::string_view value) {
    separate();
    for (const char c : value) {
      switch (c) {
        case '\\': out_ += "\\\\"; break;
        case '\t': out_ += "\\t"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        default: out_ += c;
      }
    }
    return *this;
  }
  CopyRow& null() {
    separate();
    out_ += "\\N";
    return *this;
  }
  CopyRow& number(long long value) {
    separate();
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    out_.append(digits.data(), end);
    return *this;
  }

 private:
  void separate() {
    if (!first_) out_ += '\t';
    first_ = false;
  }
  std::string& out_;
  bool first_ = true;
};

}  // namespace

PgConnection::PgConnection(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
  if (PQstatus(conn_) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(conn_);
    PQfinish(conn_);
    throw std::runtime_error("cannot connect to PostgreSQL: " + message);
  }
}

PgConnection::~PgConnection() {
  PQfinish(conn_);
}

void PgConnection::execute(const std::string& sql) {
  PGresult* result = PQexec(conn_, sql.c_str());
  const ExecStatusType status = PQresultStatus(result);
  PQclear(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    throw std::runtime_error(sql + ": " + PQerrorMessage(conn_));
  }
}

ScratchSchema::ScratchSchema(const std::string& conninfo, const std::string& prefix)
    : conninfo_(conninfo), name_("ej_bench_" + prefix + "_" + random_suffix()), admin_(conninfo) {
  admin_.execute("SET client_min_messages = warning");
  admin_.execute("CREATE SCHEMA " + name_);
}

ScratchSchema::~ScratchSchema() {
  try {
    admin_.execute("DROP SCHEMA " + name_ + " CASCADE");
  } catch (const std::exception& error) {
    std::fprintf(stderr, "could not drop scratch schema %s: %s\n", name_.c_str(), error.what());
  }
}

std::string ScratchSchema::conninfo() const {
  if (is_uri(conninfo_)) {
    const char separator = conninfo_.find('?') == std::string::npos ? '?' : '&';
    return conninfo_ + separator + "options=-csearch_path%3D" + name_ +
           "%20-cclient_min_messages%3Dwarning";
  }
  return conninfo_ + " options='-c search_path=" + name_ + " -c client_min_messages=warning'";
}

RawPostgres::RawPostgres(const std::string& conninfo)
    : schema_(conninfo, "raw"), connection_(schema_.conninfo()) {
  for (const std::string_view sql : raw_schema) connection_.execute(std::string(sql));
  pg_conn* conn = connection_.native();
  const auto prepare = [&](const char* name, const char* sql) {
    check(PQprepare(conn, name, sql, 4, nullptr), conn, PGRES_COMMAND_OK, name);
  };
  prepare("week_lessons",
          "SELECT l.id, l.course_id, l.day, l.lesson_number, l.topic, l.homework, "
          "l.homework_due, l.lesson_type FROM enrolments e "
          "JOIN courses c ON c.institution_id = e.institution_id AND c.class_id = e.class_id "
          "JOIN lessons l ON l.institution_id = c.institution_id AND l.course_id = c.id "
          "WHERE e.institution_id = $1 AND e.student_id = $2 AND e.arrived <= $4 "
          "AND (e.departed IS NULL OR e.departed >= $3) AND l.day BETWEEN $3 AND $4 "
          "ORDER BY l.day, l.lesson_number, l.id");
  prepare("week_grades",
          "SELECT id, course_id, column_kind, lesson_id, day, value_numerator, value_denominator, "
          "mark, "
          "publication FROM grades WHERE institution_id = $1 AND student_id = $2 "
          "AND day BETWEEN $3 AND $4 ORDER BY day, id");
  prepare("week_attendance",
          "SELECT id, lesson_id, day, code, reason FROM attendance "
          "WHERE institution_id = $1 AND student_id = $2 AND day BETWEEN $3 AND $4 "
          "ORDER BY day, id");
  prepare("page_lessons",
          "SELECT id, day, lesson_number, topic, homework, homework_due, lesson_type "
          "FROM lessons WHERE institution_id = $1 AND course_id = $2 "
          "AND day BETWEEN $3 AND $4 ORDER BY day, lesson_number");
  prepare("page_grades",
          "SELECT id, student_id, column_kind, lesson_id, day, column_label, value_numerator, "
          "value_denominator, mark, publication, comment_text, recorded_by, recorded_at, version "
          "FROM grades "
          "WHERE institution_id = $1 AND course_id = $2 AND day BETWEEN $3 AND $4 "
          "ORDER BY day, student_id, id");
}

void RawPostgres::prepare_for_reads() {
  for (const std::string_view sql : raw_covering_indexes) connection_.execute(std::string(sql));
  connection_.execute("ANALYZE");
}

void RawPostgres::begin() {
  connection_.execute("BEGIN");
}

void RawPostgres::commit() {
  connection_.execute("COMMIT");
}

void RawPostgres::copy(const std::string& table_and_columns, const std::string& rows) {
  pg_conn* conn = connection_.native();
  check(PQexec(conn, ("COPY " + table_and_columns + " FROM STDIN").c_str()), conn, PGRES_COPY_IN,
        "COPY " + table_and_columns);
  if (PQputCopyData(conn, rows.data(), static_cast<int>(rows.size())) != 1 ||
      PQputCopyEnd(conn, nullptr) != 1) {
    throw std::runtime_error("COPY data: " + std::string(PQerrorMessage(conn)));
  }
  check(PQgetResult(conn), conn, PGRES_COMMAND_OK, "COPY " + table_and_columns);
  while (PGresult* rest = PQgetResult(conn)) PQclear(rest);
}

void RawPostgres::insert_structure(const SchoolStructure& structure) {
  const UuidText institution = uuid_text(structure.institution.id.value);
  std::string rows;
  for (const model::Course& row : structure.courses) {
    CopyRow(rows)
        .text(view(institution))
        .text(view(uuid_text(row.id.value)))
        .text(view(uuid_text(row.class_id.value)))
        .text(view(uuid_text(row.subject_id.value)))
        .text(view(uuid_text(row.teacher_id.value)));
  }
  copy("courses (institution_id, id, class_id, subject_id, teacher_id)", rows);
  rows.clear();
  for (const model::Enrolment& row : structure.enrolments) {
    CopyRow(rows)
        .text(view(institution))
        .text(view(uuid_text(row.id.value)))
        .text(view(uuid_text(row.class_id.value)))
        .text(view(uuid_text(row.student_id.value)))
        .text(view(date_text(row.arrived)))
        .null();
  }
  copy("enrolments (institution_id, id, class_id, student_id, arrived, departed)", rows);
}

void RawPostgres::copy_chunk(const JournalChunk& chunk) {
  std::string rows;
  for (const model::Lesson& row : chunk.lessons) {
    CopyRow line(rows);
    line.text(view(uuid_text(row.institution_id.value)))
        .text(view(uuid_text(row.id.value)))
        .text(view(uuid_text(row.course_id.value)))
        .text(view(date_text(row.date)))
        .number(row.number)
        .text(row.topic)
        .text(row.homework);
    if (row.homework_due) {
      line.text(view(date_text(*row.homework_due)));
    } else {
      line.null();
    }
    line.number(static_cast<int>(row.type)).number(1);
  }
  copy(
      "lessons (institution_id, id, course_id, day, lesson_number, topic, homework, "
      "homework_due, lesson_type, version)",
      rows);
  rows.clear();
  for (const model::GradeEntry& row : chunk.grades) {
    CopyRow line(rows);
    line.text(view(uuid_text(row.institution_id.value)))
        .text(view(uuid_text(row.id.value)))
        .text(view(uuid_text(row.course_id.value)))
        .text(view(uuid_text(row.student_id.value)))
        .number(static_cast<int>(row.column));
    if (row.lesson_id) {
      line.text(view(uuid_text(row.lesson_id->value)));
    } else {
      line.null();
    }
    line.text(view(date_text(row.date))).text(row.column_label);
    if (row.value) {
      line.number(static_cast<long long>(row.value->numerator()))
          .number(static_cast<long long>(row.value->denominator()));
    } else {
      line.null().null();
    }
    line.text(row.mark)
        .number(static_cast<int>(row.publication))
        .text(row.comment)
        .text(view(uuid_text(row.recorded_by.value)))
        .number(micros(row.recorded_at))
        .number(1);
  }
  copy(
      "grades (institution_id, id, course_id, student_id, column_kind, lesson_id, day, "
      "column_label, value_numerator, value_denominator, mark, publication, comment_text, "
      "recorded_by, "
      "recorded_at, version)",
      rows);
  rows.clear();
  for (const model::AttendanceMark& row : chunk.attendance) {
    CopyRow line(rows);
    line.text(view(uuid_text(row.institution_id.value)))
        .text(view(uuid_text(row.id.value)))
        .text(view(uuid_text(row.student_id.value)))
        .text(view(date_text(row.date)));
    if (row.lesson_id) {
      line.text(view(uuid_text(row.lesson_id->value)));
    } else {
      line.null();
    }
    line.text(row.code)
        .number(static_cast<int>(row.reason))
        .text(row.document_ref)
        .text(view(uuid_text(row.recorded_by.value)))
        .number(micros(row.recorded_at))
        .number(1);
  }
  copy(
      "attendance (institution_id, id, student_id, day, lesson_id, code, reason, "
      "document_ref, recorded_by, recorded_at, version)",
      rows);
}

RowsRead RawPostgres::read(const char* statement, const std::string& institution,
                           const std::string& key, const std::string& first,
                           const std::string& last) {
  pg_conn* conn = connection_.native();
  const std::array<const char*, 4> values{institution.c_str(), key.c_str(), first.c_str(),
                                          last.c_str()};
  PGresult* result = PQexecPrepared(conn, statement, 4, values.data(), nullptr, nullptr, 0);
  if (PQresultStatus(result) != PGRES_TUPLES_OK) {
    PQclear(result);
    throw std::runtime_error(std::string(statement) + ": " + PQerrorMessage(conn));
  }
  RowsRead count;
  const int rows = PQntuples(result);
  const int columns = PQnfields(result);
  count.rows = static_cast<std::size_t>(rows);
  for (int row = 0; row < rows; ++row) {
    for (int column = 0; column < columns; ++column) {
      count.bytes += static_cast<std::size_t>(PQgetlength(result, row, column));
    }
  }
  PQclear(result);
  return count;
}

ReadCount RawPostgres::student_week(const std::string& institution, const std::string& student,
                                    const std::string& first, const std::string& last) {
  const RowsRead lessons = read("week_lessons", institution, student, first, last);
  const RowsRead grades = read("week_grades", institution, student, first, last);
  const RowsRead attendance = read("week_attendance", institution, student, first, last);
  return {lessons.rows, grades.rows, attendance.rows,
          lessons.bytes + grades.bytes + attendance.bytes};
}

ReadCount RawPostgres::course_page(const std::string& institution, const std::string& course,
                                   const std::string& first, const std::string& last) {
  const RowsRead lessons = read("page_lessons", institution, course, first, last);
  const RowsRead grades = read("page_grades", institution, course, first, last);
  return {lessons.rows, grades.rows, 0, lessons.bytes + grades.bytes};
}

}  // namespace ejournal::bench
