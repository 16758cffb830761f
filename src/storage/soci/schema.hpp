// The SQL schema of the SOCI backend, contributed per migration by the owners of its tables, and
// the runner that brings a database to current_schema_version when a store opens.
//
// Rules for every contribution:
// - A migration, once released, never changes: a new need is a new migration (bump
//   current_schema_version in include/ejournal/storage/open.hpp and add a case to
//   migration_statements in migrations.cpp).
// - The same statements run on SQLite and PostgreSQL unless the dialect says otherwise; use
//   TEXT, INTEGER and BIGINT columns only (see the column conventions in connection.hpp).
// - Every table holding an institution's data has PRIMARY KEY (institution_id, id) and every
//   foreign key to such a table includes institution_id, e.g.
//   FOREIGN KEY (institution_id, course_id) REFERENCES courses (institution_id, id), so that
//   PostgreSQL can be partitioned or distributed by institution_id (README "Storage").
// - Ukrainian order is asked for in queries: `ORDER BY surname COLLATE <ukrainian_collation>`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "soci_store.hpp"

namespace soci {
class session;
}

namespace ejournal::storage::soci_backend {

/// The collation name for Ukrainian order in ORDER BY clauses: `uk` on SQLite (registered on
/// every connection), `ejournal_uk` on PostgreSQL (an ICU collation created by migration 1).
std::string_view ukrainian_collation(Dialect dialect) noexcept;

/// Migration 1, school structure (schema_structure.cpp): institutions, connection requests,
/// people and their external ids, role grants, parent links, academic years and their calendar
/// tables, classes, subjects, subgroups and members, courses, enrolments.
std::vector<std::string> structure_tables_v1(Dialect dialect);
/// Migration 1, journal and records (journal_schema.cpp): lessons, grades, attendance,
/// comments, invitations, audit, notifications. Runs after structure_tables_v1.
std::vector<std::string> journal_tables_v1(Dialect dialect);

/// Migration 2, school structure: indexes for finding a person by e-mail and a student's
/// enrolments.
std::vector<std::string> structure_changes_v2(Dialect dialect);
/// Migration 2, journal and records (journal_schema.cpp): the covering indexes for a student's
/// week of grades and attendance. Runs after structure_changes_v2.
std::vector<std::string> journal_changes_v2(Dialect dialect);

/// Migration 3, accounts (accounts_schema.cpp): accounts and sign-in sessions.
std::vector<std::string> accounts_tables_v3(Dialect dialect);
/// Migration 3, journal (journal_schema.cpp): on SQLite, grades rebuilt clustered by course,
/// date and student (the course page's order). Runs after accounts_tables_v3.
std::vector<std::string> journal_changes_v3(Dialect dialect);

/// Migration 4, school structure: among pending and approved connection requests, a ЄДРПОУ and
/// a ДІСО id are unique (partial unique indexes; the institutions' own columns were unique from
/// migration 1). Fails on a database that already holds such duplicates. Also an index of the
/// institutions by kind.
std::vector<std::string> structure_changes_v4(Dialect dialect);

/// Migration 5, records (journal_schema.cpp): the notification preferences of people (issue 7
/// point 7).
std::vector<std::string> records_tables_v5(Dialect dialect);

/// The statements of migration `version` (1 … current_schema_version) in the order they run.
std::vector<std::string> migration_statements(Dialect dialect, int version);

/// Brings the database of `session` to `target_version` in one transaction, holding the write
/// lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL) so that concurrent openers
/// migrate once. A database without tables is created at `target_version` even when `migrate`
/// is off. Returns the version the database has afterwards. Throws Error(version, storage)
/// when the database is newer than current_schema_version ("database schema version N is newer
/// than this library's M"), Error(version) when it is older and `migrate` is off,
/// Error(storage) when a statement fails.
int migrate_schema(soci::session& session, Dialect dialect, int target_version, bool migrate);

}  // namespace ejournal::storage::soci_backend
