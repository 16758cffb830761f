// Opens SQLite through SOCI's statically linked factory and reads back a bound value.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <iostream>

int main() {
  soci::session session(*soci::factory_sqlite3(), "db=:memory:");
  int answer = 0;
  session << "select :v", soci::use(42), soci::into(answer);
  // Referencing the PostgreSQL factory proves that backend links too (no server needed).
  const bool postgresql_linked = soci::factory_postgresql() != nullptr;
  std::cout << "soci sqlite3 answer " << answer << ", postgresql backend linked "
            << postgresql_linked << "\n";
  return answer == 42 && postgresql_linked ? 0 : 1;
}
