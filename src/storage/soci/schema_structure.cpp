// The school-structure tables (migration 1), their indexes (migration 2) and the uniqueness of
// open connection requests (migration 4). Released migrations never change; see schema.hpp.
#include <string>
#include <vector>

#include "schema.hpp"

namespace ejournal::storage::soci_backend {

std::vector<std::string> structure_tables_v1(Dialect dialect) {
  std::vector<std::string> statements;
  if (dialect == Dialect::postgresql) {
    // ICU's Ukrainian order with punctuation ignored, as the SQLite collation "uk" sorts.
    statements.emplace_back(
        "CREATE COLLATION IF NOT EXISTS ejournal_uk (provider = icu, locale = 'uk-u-ka-shifted')");
  }
  // The platform's own tables: institutions (the tenants) and the requests that precede them.
  statements.emplace_back(
      "CREATE TABLE institutions ("
      " id TEXT NOT NULL PRIMARY KEY,"
      " kind INTEGER NOT NULL,"
      " name TEXT NOT NULL,"
      " diso_id TEXT UNIQUE,"
      " edrpou TEXT UNIQUE,"
      " oblast TEXT NOT NULL,"
      " hromada_katottg TEXT NOT NULL,"
      " status INTEGER NOT NULL,"
      " created_at BIGINT NOT NULL,"
      " version BIGINT NOT NULL)");
  statements.emplace_back(
      "CREATE TABLE connection_requests ("
      " id TEXT NOT NULL PRIMARY KEY,"
      " kind INTEGER NOT NULL,"
      " hromada_katottg TEXT NOT NULL,"
      " institution_name TEXT NOT NULL,"
      " diso_id TEXT NOT NULL,"
      " edrpou TEXT NOT NULL,"
      " admin_surname TEXT NOT NULL,"
      " admin_given_name TEXT NOT NULL,"
      " admin_patronymic TEXT,"
      " admin_email TEXT NOT NULL,"
      " admin_phone TEXT NOT NULL,"
      " status INTEGER NOT NULL,"
      " decision_reason TEXT NOT NULL,"
      " submitted_at BIGINT NOT NULL,"
      " decided_at BIGINT,"
      " institution_id TEXT REFERENCES institutions (id),"
      " version BIGINT NOT NULL)");
  statements.emplace_back(
      "CREATE INDEX connection_requests_by_edrpou ON connection_requests (edrpou, status)");
  statements.emplace_back(
      "CREATE INDEX connection_requests_by_diso_id ON connection_requests (diso_id, status)");

  // Every table below is an institution's: institution_id leads its key and its foreign keys.
  statements.emplace_back(
      "CREATE TABLE people ("
      " institution_id TEXT NOT NULL REFERENCES institutions (id),"
      " id TEXT NOT NULL,"
      " surname TEXT NOT NULL,"
      " given_name TEXT NOT NULL,"
      " patronymic TEXT,"
      " gender INTEGER,"
      " email TEXT NOT NULL,"
      " phone TEXT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id))");
  statements.emplace_back(
      "CREATE TABLE person_external_ids ("
      " institution_id TEXT NOT NULL,"
      " person_id TEXT NOT NULL,"
      " position INTEGER NOT NULL,"
      " system TEXT NOT NULL,"
      " value TEXT NOT NULL,"
      " PRIMARY KEY (institution_id, person_id, position),"
      " FOREIGN KEY (institution_id, person_id) REFERENCES people (institution_id, id)"
      " ON DELETE CASCADE)");
  statements.emplace_back(
      "CREATE TABLE academic_years ("
      " institution_id TEXT NOT NULL REFERENCES institutions (id),"
      " id TEXT NOT NULL,"
      " name TEXT NOT NULL,"
      " first_day TEXT NOT NULL,"
      " last_day TEXT NOT NULL,"
      " work_week INTEGER NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id))");
  // The calendar of a year: ordered child rows, replaced as a whole when the year is updated.
  for (const char* table : {"academic_year_terms", "academic_year_holidays"}) {
    statements.emplace_back(std::string("CREATE TABLE ") + table +
                            " ("
                            " institution_id TEXT NOT NULL,"
                            " academic_year_id TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " name TEXT NOT NULL,"
                            " first_day TEXT NOT NULL,"
                            " last_day TEXT NOT NULL,"
                            " PRIMARY KEY (institution_id, academic_year_id, position),"
                            " FOREIGN KEY (institution_id, academic_year_id)"
                            " REFERENCES academic_years (institution_id, id) ON DELETE CASCADE)");
  }
  statements.emplace_back(
      "CREATE TABLE academic_year_make_up_days ("
      " institution_id TEXT NOT NULL,"
      " academic_year_id TEXT NOT NULL,"
      " position INTEGER NOT NULL,"
      " day TEXT NOT NULL,"
      " follows INTEGER NOT NULL,"
      " PRIMARY KEY (institution_id, academic_year_id, position),"
      " FOREIGN KEY (institution_id, academic_year_id)"
      " REFERENCES academic_years (institution_id, id) ON DELETE CASCADE)");
  statements.emplace_back(
      "CREATE TABLE academic_year_days_off ("
      " institution_id TEXT NOT NULL,"
      " academic_year_id TEXT NOT NULL,"
      " position INTEGER NOT NULL,"
      " day TEXT NOT NULL,"
      " PRIMARY KEY (institution_id, academic_year_id, position),"
      " FOREIGN KEY (institution_id, academic_year_id)"
      " REFERENCES academic_years (institution_id, id) ON DELETE CASCADE)");
  statements.emplace_back(
      "CREATE TABLE academic_year_bells ("
      " institution_id TEXT NOT NULL,"
      " academic_year_id TEXT NOT NULL,"
      " number INTEGER NOT NULL,"
      " start_minute INTEGER NOT NULL,"
      " end_minute INTEGER NOT NULL,"
      " PRIMARY KEY (institution_id, academic_year_id, number),"
      " FOREIGN KEY (institution_id, academic_year_id)"
      " REFERENCES academic_years (institution_id, id) ON DELETE CASCADE)");
  statements.emplace_back(
      "CREATE TABLE classes ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " academic_year_id TEXT NOT NULL,"
      " name TEXT NOT NULL,"
      " grade_number INTEGER NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (institution_id, academic_year_id, name),"
      " FOREIGN KEY (institution_id, academic_year_id)"
      " REFERENCES academic_years (institution_id, id))");
  statements.emplace_back(
      "CREATE TABLE role_grants ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " person_id TEXT NOT NULL,"
      " role INTEGER NOT NULL,"
      " class_id TEXT,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, person_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, class_id) REFERENCES classes (institution_id, id))");
  // One grant of a role per person and class; a missing class counts as one value, not NULL.
  statements.emplace_back(
      "CREATE UNIQUE INDEX role_grants_once"
      " ON role_grants (institution_id, person_id, role, COALESCE(class_id, ''))");
  statements.emplace_back("CREATE INDEX role_grants_by_role ON role_grants (institution_id, role)");
  statements.emplace_back(
      "CREATE TABLE parent_links ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " parent_id TEXT NOT NULL,"
      " child_id TEXT NOT NULL,"
      " relation INTEGER NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (institution_id, parent_id, child_id),"
      " FOREIGN KEY (institution_id, parent_id) REFERENCES people (institution_id, id),"
      " FOREIGN KEY (institution_id, child_id) REFERENCES people (institution_id, id))");
  statements.emplace_back(
      "CREATE INDEX parent_links_by_child ON parent_links (institution_id, child_id)");
  statements.emplace_back(
      "CREATE TABLE subjects ("
      " institution_id TEXT NOT NULL REFERENCES institutions (id),"
      " id TEXT NOT NULL,"
      " name TEXT NOT NULL,"
      " short_name TEXT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " UNIQUE (institution_id, name))");
  statements.emplace_back(
      "CREATE TABLE subgroups ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " class_id TEXT NOT NULL,"
      " name TEXT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, class_id) REFERENCES classes (institution_id, id))");
  statements.emplace_back(
      "CREATE INDEX subgroups_by_class ON subgroups (institution_id, class_id)");
  statements.emplace_back(
      "CREATE TABLE subgroup_members ("
      " institution_id TEXT NOT NULL,"
      " subgroup_id TEXT NOT NULL,"
      " student_id TEXT NOT NULL,"
      " PRIMARY KEY (institution_id, subgroup_id, student_id),"
      " FOREIGN KEY (institution_id, subgroup_id) REFERENCES subgroups (institution_id, id),"
      " FOREIGN KEY (institution_id, student_id) REFERENCES people (institution_id, id))");
  statements.emplace_back(
      "CREATE TABLE courses ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " academic_year_id TEXT NOT NULL,"
      " subject_id TEXT NOT NULL,"
      " class_id TEXT NOT NULL,"
      " subgroup_id TEXT,"
      " teacher_id TEXT NOT NULL,"
      " scale TEXT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, academic_year_id)"
      " REFERENCES academic_years (institution_id, id),"
      " FOREIGN KEY (institution_id, subject_id) REFERENCES subjects (institution_id, id),"
      " FOREIGN KEY (institution_id, class_id) REFERENCES classes (institution_id, id),"
      " FOREIGN KEY (institution_id, subgroup_id) REFERENCES subgroups (institution_id, id),"
      " FOREIGN KEY (institution_id, teacher_id) REFERENCES people (institution_id, id))");
  statements.emplace_back("CREATE INDEX courses_by_class ON courses (institution_id, class_id)");
  statements.emplace_back(
      "CREATE INDEX courses_by_teacher ON courses (institution_id, teacher_id)");
  statements.emplace_back(
      "CREATE TABLE enrolments ("
      " institution_id TEXT NOT NULL,"
      " id TEXT NOT NULL,"
      " class_id TEXT NOT NULL,"
      " student_id TEXT NOT NULL,"
      " arrived TEXT NOT NULL,"
      " departed TEXT,"
      " departure_note TEXT NOT NULL,"
      " version BIGINT NOT NULL,"
      " PRIMARY KEY (institution_id, id),"
      " FOREIGN KEY (institution_id, class_id) REFERENCES classes (institution_id, id),"
      " FOREIGN KEY (institution_id, student_id) REFERENCES people (institution_id, id))");
  statements.emplace_back(
      "CREATE INDEX enrolments_by_class ON enrolments (institution_id, class_id, arrived)");
  return statements;
}

std::vector<std::string> structure_changes_v2(Dialect) {
  return {
      // find_by_email and the sign-in lookups it serves scanned the institution's people.
      "CREATE INDEX people_by_email ON people (institution_id, email)",
      // A student's enrolments (their history across classes) scanned the institution's.
      "CREATE INDEX enrolments_by_student ON enrolments (institution_id, student_id, arrived)",
      // Matching an imported person by an id of another system (ДІСО, АІКОМ).
      "CREATE INDEX person_external_ids_by_value"
      " ON person_external_ids (institution_id, system, value)",
  };
}

std::vector<std::string> structure_changes_v4(Dialect) {
  // The services check for a duplicate before they write, but two submissions (or approvals)
  // racing at READ COMMITTED both pass that check: these indexes let only one of them land.
  // The literal statuses are model::RequestStatus's stored numbers: 1 pending, 2 approved.
  return {
      "CREATE UNIQUE INDEX connection_requests_open_edrpou"
      " ON connection_requests (edrpou) WHERE status IN (1, 2)",
      "CREATE UNIQUE INDEX connection_requests_open_diso_id"
      " ON connection_requests (diso_id) WHERE status IN (1, 2)",
      // Every submission and approval looks up the institute (kind other) among thousands of
      // schools. The ДІСО id and the ЄДРПОУ need no index of their own: UNIQUE made one.
      "CREATE INDEX institutions_by_kind ON institutions (kind)",
  };
}

}  // namespace ejournal::storage::soci_backend
