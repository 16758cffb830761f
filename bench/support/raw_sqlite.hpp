// The SQLite baseline: the journal's rows written and read with the sqlite3 C API directly, one
// prepared statement per table, in tables shaped like the SOCI backend's (same columns, column
// conventions, primary keys and indexes), but without the structure tables' foreign keys.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "school_year.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace ejournal::bench {

/// What one read returned, counted, so that the compiler cannot drop the reading.
struct ReadCount {
  std::size_t lessons = 0;
  std::size_t grades = 0;
  std::size_t attendance = 0;
  std::size_t bytes = 0;  ///< text bytes read, a checksum of sorts
};

/// The rows and text bytes one statement returned.
struct RowsRead {
  std::size_t rows = 0;
  std::size_t bytes = 0;
};

/// One SQLite database for the baseline. Throws std::runtime_error with SQLite's message when a
/// statement fails.
class RawSqlite {
 public:
  /// Opens `path` (":memory:" for a private in-memory database) in WAL mode with the SOCI
  /// backend's pragmas and creates the tables.
  explicit RawSqlite(const std::string& path);
  ~RawSqlite();
  RawSqlite(const RawSqlite&) = delete;
  RawSqlite& operator=(const RawSqlite&) = delete;

  /// The courses and enrolments the queries join through.
  void insert_structure(const SchoolStructure& structure);
  void begin();
  void commit();
  /// Inserts the chunk's lessons, grades and attendance marks (call between begin and commit).
  void insert_chunk(const JournalChunk& chunk);

  /// Adds the covering indexes of the read baseline (raw_covering_indexes) and refreshes the
  /// planner's statistics, once the year is loaded.
  void prepare_for_reads();

  /// One student's lessons, grades and attendance marks for the days first..last (ISO dates),
  /// as a diary shows them.
  ReadCount student_week(const std::string& institution, const std::string& student,
                         const std::string& first, const std::string& last);
  /// A course's lessons and their grades for the days first..last, as a journal page shows them.
  ReadCount course_page(const std::string& institution, const std::string& course,
                        const std::string& first, const std::string& last);

 private:
  void execute(const char* sql);
  sqlite3_stmt* prepare(const char* sql);

  sqlite3* db_ = nullptr;
  std::vector<sqlite3_stmt*> statements_;  // finalized on destruction
  sqlite3_stmt* insert_lesson_ = nullptr;
  sqlite3_stmt* insert_grade_ = nullptr;
  sqlite3_stmt* insert_attendance_ = nullptr;
  sqlite3_stmt* week_lessons_ = nullptr;
  sqlite3_stmt* week_grades_ = nullptr;
  sqlite3_stmt* week_attendance_ = nullptr;
  sqlite3_stmt* page_lessons_ = nullptr;
  sqlite3_stmt* page_grades_ = nullptr;
};

}  // namespace ejournal::bench
