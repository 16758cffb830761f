// The PostgreSQL baseline: the journal's rows sent with libpq COPY … FROM STDIN (text format) and
// read with prepared statements, in the tables of raw_schema.hpp; and scratch schemas, so that
// every run (the store's included) starts from empty tables and leaves nothing behind.
#pragma once

#include <string>

#include "raw_sqlite.hpp"
#include "school_year.hpp"

struct pg_conn;

namespace ejournal::bench {

/// A libpq connection. Throws std::runtime_error with libpq's message on any failure.
class PgConnection {
 public:
  /// Connects with `conninfo` (a libpq keyword string or URI).
  explicit PgConnection(const std::string& conninfo);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  /// Runs `sql` (no parameters) and throws unless it succeeded.
  void execute(const std::string& sql);
  [[nodiscard]] pg_conn* native() noexcept { return conn_; }

 private:
  pg_conn* conn_ = nullptr;
};

/// A schema with a fresh random name, dropped (with everything in it) when the object goes.
class ScratchSchema {
 public:
  ScratchSchema(const std::string& conninfo, const std::string& prefix);
  ~ScratchSchema();
  ScratchSchema(const ScratchSchema&) = delete;
  ScratchSchema& operator=(const ScratchSchema&) = delete;

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  /// `conninfo` (keyword form) with the search path set to this schema, and server notices off.
  [[nodiscard]] std::string conninfo() const;

 private:
  std::string conninfo_;
  std::string name_;
  PgConnection admin_;
};

/// The baseline tables in a scratch schema, loaded with COPY and read with prepared statements.
class RawPostgres {
 public:
  explicit RawPostgres(const std::string& conninfo);

  void insert_structure(const SchoolStructure& structure);
  void begin();
  void commit();
  /// COPYs the chunk's lessons, grades and attendance marks, one COPY per table.
  void copy_chunk(const JournalChunk& chunk);

  /// Adds the covering indexes of the read baseline (raw_covering_indexes) and refreshes the
  /// planner's statistics, once the year is loaded.
  void prepare_for_reads();

  /// As RawSqlite::student_week.
  ReadCount student_week(const std::string& institution, const std::string& student,
                         const std::string& first, const std::string& last);
  /// As RawSqlite::course_page.
  ReadCount course_page(const std::string& institution, const std::string& course,
                        const std::string& first, const std::string& last);

 private:
  void copy(const std::string& table_and_columns, const std::string& rows);
  RowsRead read(const char* statement, const std::string& institution, const std::string& key,
                const std::string& first, const std::string& last);

  ScratchSchema schema_;
  PgConnection connection_;
};

}  // namespace ejournal::bench
