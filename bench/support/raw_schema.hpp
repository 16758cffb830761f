// The baseline tables, shaped like the SOCI backend's journal tables (src/storage/soci/
// journal_schema.cpp, migrations 1 to 3): the same columns and column conventions, primary
// keys, unique keys, indexes and the foreign keys among these tables; the foreign keys to
// people are left out with the people table. The structure tables are cut down to what the
// reads join through. Plain SQL that SQLite and PostgreSQL both take.
#pragma once

#include <array>
#include <string_view>

namespace ejournal::bench {

inline constexpr std::array<std::string_view, 12> raw_schema{
    "CREATE TABLE courses (institution_id TEXT NOT NULL, id TEXT NOT NULL, "
    "class_id TEXT NOT NULL, subject_id TEXT NOT NULL, teacher_id TEXT NOT NULL, "
    "PRIMARY KEY (institution_id, id))",
    "CREATE INDEX courses_by_class ON courses (institution_id, class_id)",
    "CREATE TABLE enrolments (institution_id TEXT NOT NULL, id TEXT NOT NULL, "
    "class_id TEXT NOT NULL, student_id TEXT NOT NULL, arrived TEXT NOT NULL, departed TEXT, "
    "PRIMARY KEY (institution_id, id))",
    "CREATE INDEX enrolments_by_student ON enrolments (institution_id, student_id, arrived)",
    "CREATE TABLE lessons (institution_id TEXT NOT NULL, id TEXT NOT NULL, "
    "course_id TEXT NOT NULL, day TEXT NOT NULL, lesson_number INTEGER NOT NULL, "
    "topic TEXT NOT NULL, homework TEXT NOT NULL, homework_due TEXT, "
    "lesson_type INTEGER NOT NULL, version BIGINT NOT NULL, PRIMARY KEY (institution_id, id), "
    "UNIQUE (institution_id, course_id, day, lesson_number), "
    "FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id))",
    "CREATE TABLE grades (institution_id TEXT NOT NULL, id TEXT NOT NULL, "
    "course_id TEXT NOT NULL, student_id TEXT NOT NULL, column_kind INTEGER NOT NULL, "
    "lesson_id TEXT, day TEXT NOT NULL, column_label TEXT NOT NULL, value_numerator BIGINT, "
    "value_denominator BIGINT, mark TEXT NOT NULL, publication INTEGER NOT NULL, "
    "comment_text TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at BIGINT NOT NULL, "
    "version BIGINT NOT NULL, PRIMARY KEY (institution_id, id), "
    "CHECK ((value_numerator IS NULL) = (value_denominator IS NULL)), "
    "CHECK (value_denominator IS NULL OR value_denominator > 0), "
    "FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id), "
    "FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id))",
    "CREATE INDEX grades_by_course ON grades (institution_id, course_id, day, student_id)",
    "CREATE INDEX grades_by_lesson ON grades (institution_id, lesson_id)",
    "CREATE INDEX grades_by_student ON grades (institution_id, student_id, day)",
    "CREATE TABLE attendance (institution_id TEXT NOT NULL, id TEXT NOT NULL, "
    "student_id TEXT NOT NULL, day TEXT NOT NULL, lesson_id TEXT, code TEXT NOT NULL, "
    "reason INTEGER NOT NULL, document_ref TEXT NOT NULL, recorded_by TEXT NOT NULL, "
    "recorded_at BIGINT NOT NULL, version BIGINT NOT NULL, PRIMARY KEY (institution_id, id), "
    "UNIQUE (institution_id, lesson_id, student_id), "
    "FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id))",
    "CREATE UNIQUE INDEX attendance_day_marks ON attendance (institution_id, student_id, day) "
    "WHERE lesson_id IS NULL",
    "CREATE INDEX attendance_by_student ON attendance (institution_id, student_id, day)",
};

/// On SQLite, grades as migration 3 keeps them: clustered by course, date and student (WITHOUT
/// ROWID), replacing the table and indexes above.
inline constexpr std::array<std::string_view, 4> raw_sqlite_grades_by_course_page{
    "DROP TABLE grades",
    "CREATE TABLE grades (institution_id TEXT NOT NULL, id TEXT NOT NULL, "
    "course_id TEXT NOT NULL, student_id TEXT NOT NULL, column_kind INTEGER NOT NULL, "
    "lesson_id TEXT, day TEXT NOT NULL, column_label TEXT NOT NULL, value_numerator BIGINT, "
    "value_denominator BIGINT, mark TEXT NOT NULL, publication INTEGER NOT NULL, "
    "comment_text TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at BIGINT NOT NULL, "
    "version BIGINT NOT NULL, PRIMARY KEY (institution_id, course_id, day, student_id, id), "
    "UNIQUE (institution_id, id), "
    "CHECK ((value_numerator IS NULL) = (value_denominator IS NULL)), "
    "CHECK (value_denominator IS NULL OR value_denominator > 0), "
    "FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id), "
    "FOREIGN KEY (institution_id, lesson_id) REFERENCES lessons (institution_id, id)) "
    "WITHOUT ROWID",
    "CREATE INDEX grades_by_lesson ON grades (institution_id, lesson_id)",
    "CREATE INDEX grades_by_student ON grades (institution_id, student_id, day, id, course_id, "
    "column_kind, lesson_id, column_label, value_numerator, value_denominator, mark, "
    "publication, comment_text, recorded_by, recorded_at, version)",
};

/// The covering indexes of the read baseline: a student's week of grades and attendance marks
/// answered from the index alone (the baseline's reads ask for these columns only).
inline constexpr std::array<std::string_view, 2> raw_covering_indexes{
    "CREATE INDEX grades_student_week ON grades (institution_id, student_id, day, id, "
    "course_id, column_kind, lesson_id, value_numerator, value_denominator, mark, publication)",
    "CREATE INDEX attendance_student_week ON attendance (institution_id, student_id, day, id, "
    "lesson_id, code, reason)",
};

}  // namespace ejournal::bench
