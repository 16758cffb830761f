// The journal and records tables (migration 1), a student's-week indexes (migration 2) and
// grades kept in course-page order on SQLite (migration 3).
// Released migrations never change; see schema.hpp.
//
// The repositories name their columns in every statement, so the order of the columns here is
// for the reader only: the key first, as in every table of the backend.
#include <string>
#include <vector>

#include "schema.hpp"

namespace ejournal::storage::soci_backend {

namespace {

// The audit trail is append-only in the database too: an UPDATE or DELETE that reaches the
// table from anywhere (a script, a console) fails.
void add_audit_guards(Dialect dialect, std::vector<std::string>& statements) {
  if (dialect == Dialect::sqlite) {
    statements.emplace_back(
        "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries"
        " BEGIN SELECT RAISE(ABORT, 'audit entries are never changed'); END");
    statements.emplace_back(
        "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries"
        " BEGIN SELECT RAISE(ABORT, 'audit entries are never deleted'); END");
    return;
  }
  statements.emplace_back(
      "CREATE OR REPLACE FUNCTION ejournal_audit_append_only() RETURNS trigger"
      " LANGUAGE plpgsql AS $$ BEGIN"
      " RAISE EXCEPTION 'audit entries are never changed or deleted';"
      " END $$");
  statements.emplace_back(
      "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries"
      " FOR EACH ROW EXECUTE FUNCTION ejournal_audit_append_only()");
}

}  // namespace

std::vector<std::string> journal_tables_v1(Dialect dialect) {
  std::vector<std::string> statements;
  // A course's page reads its lessons by date through the unique key.
  statements.emplace_back(
      "CREATE TABLE lessons ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " course_id TEXT NOT NULL,"
      " day TEXT NOT NULL,"
      " lesson_number INTEGER NOT NULL,"
      " topic TEXT NOT NULL,"
      " homework TEXT NOT NULL,"
      " homework_due TEXT,"
      " lesson_type INTEGER NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (institution_id, course_id, day, lesson_number),"
      " FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id))");

  // A value is a rational as numerator and denominator, both set or both NULL (a special mark).
  statements.emplace_back(
      "CREATE TABLE grades ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " course_id TEXT NOT NULL,"
      " student_id TEXT NOT NULL,"
      " column_kind INTEGER NOT NULL,"
      " lesson_id TEXT,"
      " day TEXT NOT NULL,"
      " column_label TEXT NOT NULL,"
      " value_numerator BIGINT,"
      " value_denominator BIGINT,"
      " mark TEXT NOT NULL,"
      " publication INTEGER NOT NULL,"
      " comment_text TEXT NOT NULL,"
      " recorded_by TEXT NOT NULL,"
      " recorded_at BIGINT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " CHECK ((value_numerator IS NULL) = (value_denominator IS NULL)),"
      " CHECK (value_denominator IS NULL OR value_denominator > 0),"
      " FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id),"
      " FOREIGN KEY (institution_id, student_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id),"
      " FOREIGN KEY (institution_id, recorded_by) REFERENCES people (institution_id, id))");
  // A course's page: its grades by date, then student.
  statements.emplace_back(
      "CREATE INDEX grades_by_course ON grades (institution_id, course_id, day, student_id)");
  // Grades of a lesson that is being edited or removed.
  statements.emplace_back("CREATE INDEX grades_by_lesson ON grades (institution_id, lesson_id)");

  // One mark per student and lesson; a mark for the whole day has no lesson, so its
  // uniqueness per student and day needs the partial index below.
  statements.emplace_back(
      "CREATE TABLE attendance ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " student_id TEXT NOT NULL,"
      " day TEXT NOT NULL,"
      " lesson_id TEXT,"
      " code TEXT NOT NULL,"
      " reason INTEGER NOT NULL,"
      " document_ref TEXT NOT NULL,"
      " recorded_by TEXT NOT NULL,"
      " recorded_at BIGINT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (institution_id, lesson_id, student_id),"
      " FOREIGN KEY (institution_id, student_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id),"
      " FOREIGN KEY (institution_id, recorded_by) REFERENCES people (institution_id, id))");
  statements.emplace_back(
      "CREATE UNIQUE INDEX attendance_day_marks ON attendance (institution_id, student_id, day)"
      " WHERE lesson_id IS NULL");

  statements.emplace_back(
      "CREATE TABLE comments ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " student_id TEXT NOT NULL,"
      " author_id TEXT NOT NULL,"
      " course_id TEXT,"
      " lesson_id TEXT,"
      " body TEXT NOT NULL,"
      " created_at BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, student_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, author_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id),"
      " FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id))");
  statements.emplace_back(
      "CREATE INDEX comments_by_student ON comments (institution_id, student_id, created_at)");

  // Accepting a token knows no institution yet, so its hash is unique across the store.
  statements.emplace_back(
      "CREATE TABLE invitations ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " person_id TEXT NOT NULL,"
      " role INTEGER NOT NULL,"
      " class_id TEXT,"
      " child_id TEXT,"
      " email TEXT NOT NULL,"
      " token_hash TEXT NOT NULL UNIQUE,"
      " created_at BIGINT NOT NULL,"
      " expires_at BIGINT NOT NULL,"
      " status INTEGER NOT NULL,"
      " accepted_at BIGINT,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, person_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, class_id) REFERENCES classes (institution_id, id),"
      " FOREIGN KEY (institution_id, child_id) REFERENCES people (institution_id, id))");
  statements.emplace_back(
      "CREATE INDEX invitations_by_person ON invitations (institution_id, person_id, created_at)");

  // `appended` keeps the order of appending: an identity on PostgreSQL; on SQLite, whose
  // writers are serialised, the next number after the largest (its UNIQUE index finds that).
  // The actor may be the platform's operator, a person of another institution: no foreign key.
  statements.emplace_back(std::string("CREATE TABLE audit_entries (") +
                          (dialect == Dialect::sqlite
                               ? " appended INTEGER NOT NULL UNIQUE,"
                               : " appended BIGINT GENERATED ALWAYS AS IDENTITY,") +
                          " institution_id TEXT NOT NULL REFERENCES institutions (id),"
                          " id TEXT NOT NULL,"
                          " actor_id TEXT,"
                          " happened_at BIGINT NOT NULL,"
                          " entity_type TEXT NOT NULL,"
                          " entity_id TEXT NOT NULL,"
                          " action TEXT NOT NULL,"
                          " before_state TEXT NOT NULL,"
                          " after_state TEXT NOT NULL,"
                          " reason TEXT NOT NULL,"
                          " PRIMARY KEY (institution_id, id))");
  statements.emplace_back(
      "CREATE INDEX audit_entries_by_entity"
      " ON audit_entries (institution_id, entity_type, entity_id, appended)");
  statements.emplace_back(
      "CREATE INDEX audit_entries_by_actor ON audit_entries (institution_id, actor_id, appended)");
  add_audit_guards(dialect, statements);

  statements.emplace_back(
      "CREATE TABLE notifications ("
      " institution_id TEXT NOT NULL REFERENCES institutions (id),"
      " id TEXT NOT NULL,"
      " channel TEXT NOT NULL,"
      " recipient TEXT NOT NULL,"
      " subject TEXT NOT NULL,"
      " body TEXT NOT NULL,"
      " idempotency_key TEXT NOT NULL,"
      " status INTEGER NOT NULL,"
      " attempts INTEGER NOT NULL,"
      " created_at BIGINT NOT NULL,"
      " next_attempt_at BIGINT NOT NULL,"
      " delivered_at BIGINT,"
      " last_error TEXT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (institution_id, idempotency_key))");
  // The notifier's poll: pending ones by when they are due, across institutions.
  statements.emplace_back(
      "CREATE INDEX notifications_due ON notifications (status, next_attempt_at, id)");
  return statements;
}

std::vector<std::string> journal_changes_v2(Dialect) {
  return {
      // A student's week (the diary): their grades and attendance by date, without reading
      // every course's pages.
      "CREATE INDEX grades_by_student ON grades (institution_id, student_id, day)",
      "CREATE INDEX attendance_by_student ON attendance (institution_id, student_id, day)",
  };
}

std::vector<std::string> journal_changes_v3(Dialect dialect) {
  if (dialect != Dialect::sqlite) return {};
  // A course's page for a term reads its grades by date: in a rowid table they lie one to a
  // page among every other course's (a term of one course touched ~1 700 pages of a year's
  // 370 MB), so SQLite keeps them clustered by course and date instead (WITHOUT ROWID, the
  // course-page key as the primary key; the id stays unique). PostgreSQL has no clustered
  // tables; its grades keep migration 1's shape.
  const std::string columns =
      "institution_id, id, course_id, student_id, column_kind, lesson_id, day, column_label,"
      " value_numerator, value_denominator, mark, publication, comment_text, recorded_by,"
      " recorded_at, version";
  return {
      "CREATE TABLE grades_by_course_page ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " course_id TEXT NOT NULL,"
      " student_id TEXT NOT NULL,"
      " column_kind INTEGER NOT NULL,"
      " lesson_id TEXT,"
      " day TEXT NOT NULL,"
      " column_label TEXT NOT NULL,"
      " value_numerator BIGINT,"
      " value_denominator BIGINT,"
      " mark TEXT NOT NULL,"
      " publication INTEGER NOT NULL,"
      " comment_text TEXT NOT NULL,"
      " recorded_by TEXT NOT NULL,"
      " recorded_at BIGINT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, course_id, day, student_id, id),"
      " UNIQUE (institution_id, id),"
      " CHECK ((value_numerator IS NULL) = (value_denominator IS NULL)),"
      " CHECK (value_denominator IS NULL OR value_denominator > 0),"
      " FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id),"
      " FOREIGN KEY (institution_id, student_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id),"
      " FOREIGN KEY (institution_id, recorded_by) REFERENCES people (institution_id, id))"
      " WITHOUT ROWID",
      "INSERT INTO grades_by_course_page (" + columns + ") SELECT " + columns + " FROM grades",
      "DROP TABLE grades",
      "ALTER TABLE grades_by_course_page RENAME TO grades",
      "CREATE INDEX grades_by_lesson ON grades (institution_id, lesson_id)",
      // A student's week reads every column of their grades: from the index alone, since a
      // lookup by the wide clustered key costs more than reading the row it finds.
      "CREATE INDEX grades_by_student ON grades (institution_id, student_id, day, id, course_id,"
      " column_kind, lesson_id, column_label, value_numerator, value_denominator, mark,"
      " publication, comment_text, recorded_by, recorded_at, version)",
  };
}

std::vector<std::string> records_tables_v5(Dialect) {
  return {
      // One row per person who chose; the id is the person's.
      "CREATE TABLE notification_preferences ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " published_grades INTEGER NOT NULL,"
      " absences INTEGER NOT NULL,"
      " comments INTEGER NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, id) REFERENCES people (institution_id, id))",
  };
}

}  // namespace ejournal::storage::soci_backend
