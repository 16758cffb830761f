// Reading a generated school year (bench/support/school_year.hpp) back through the Store:
// one student's week as the diary shows it (the student's class, its courses, their lessons, the
// student's grades and attendance marks) and one course's term page as the journal shows it
// (the course's lessons and grades for the term), each through the repositories in a read unit
// of work — beside the same reads in plain SQL (sqlite3, or libpq prepared statements) on tables
// with covering indexes. Reports p50 and p99 per read as counters; prints the targets first and
// whether they were met (medians over repetitions) last.
//
// Size: as storage_load (EJ_BENCH_STUDENTS, EJ_BENCH_CLASSES, EJ_BENCH_SUBJECTS,
// EJ_BENCH_YEAR_SHARE); EJ_BENCH_QUERIES (default 2000) reads per run, over random students,
// weeks and courses from a fixed-seed PRNG. The year is loaded once per backend before timing;
// before timing, every sampled read is checked to return as many rows through the store as
// through the baseline. PostgreSQL runs when EJ_PG_CONN is set (scratch schemas, dropped after).
//
// A full run: bench/storage_query --benchmark_repetitions=3
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "ejournal/storage/open.hpp"
#include "support/bench_env.hpp"
#include "support/prng.hpp"
#include "support/raw_postgres.hpp"
#include "support/raw_sqlite.hpp"
#include "support/sql_text.hpp"
#include "support/store_load.hpp"

namespace {

namespace bench = ejournal::bench;
namespace calendar = ejournal::calendar;
namespace model = ejournal::model;
namespace storage = ejournal::storage;

constexpr double week_ratio_target = 4.0;  // store p50 ≤ 4× the raw p50
constexpr double page_target_ms = 5.0;     // a course's term page, p50
constexpr std::size_t default_queries = 2000;
constexpr std::size_t samples = 512;

// Who and when one read asks for, in the store's terms and in the baseline's.
struct Sample {
  std::size_t subject_index = 0;  // a student (week) or a course (page)
  calendar::Date first;
  calendar::Date last;
  std::string subject_text;
  std::string first_text;
  std::string last_text;
};

// A store and a baseline database holding the same year.
struct Backend {
  std::string name;
  std::unique_ptr<bench::ScratchSchema> store_schema;  // PostgreSQL; outlives the store
  std::unique_ptr<storage::Store> store;
  std::unique_ptr<bench::RawSqlite> raw_sqlite;
  std::unique_ptr<bench::RawPostgres> raw_postgres;
};

const bench::SchoolYearGenerator* generator = nullptr;
std::string institution_text;
std::vector<Sample> week_samples;
std::vector<Sample> page_samples;
std::size_t queries_per_run = default_queries;

Sample make_sample(std::size_t subject_index, const std::string& subject_text, calendar::Date first,
                   calendar::Date last) {
  return {subject_index,
          first,
          last,
          subject_text,
          std::string(bench::view(bench::date_text(first))),
          std::string(bench::view(bench::date_text(last)))};
}

// Random students with the Monday–Friday week of a random loaded school day, and random
// courses with the term of a random loaded school day.
void draw_samples() {
  const bench::SchoolStructure& year = generator->structure();
  bench::Prng rng{7};
  for (std::size_t i = 0; i < samples; ++i) {
    const std::size_t student = rng.below(year.students.size());
    const calendar::Date day = year.school_days[rng.below(year.school_days.size())];
    const int from_monday = (static_cast<int>(calendar::weekday_of(day)) + 6) % 7;
    const calendar::Date monday = day - boost::gregorian::days(from_monday);
    week_samples.push_back(make_sample(
        student, std::string(bench::view(bench::uuid_text(year.students[student].id.value))),
        monday, monday + boost::gregorian::days(4)));

    const std::size_t course = rng.below(year.courses.size());
    const calendar::Date term_day = year.school_days[rng.below(year.school_days.size())];
    const auto term = calendar::term_index(year.year.calendar, term_day);
    const calendar::Term& chosen = year.year.calendar.terms.at(term.value_or(0));
    page_samples.push_back(make_sample(
        course, std::string(bench::view(bench::uuid_text(year.courses[course].id.value))),
        chosen.first, chosen.last));
  }
}

bench::ReadCount store_week(storage::Store& store, const Sample& sample) {
  const bench::SchoolStructure& year = generator->structure();
  const model::InstitutionId& institution = year.institution.id;
  const model::PersonId& student = year.students[sample.subject_index].id;
  const storage::DayRange days{sample.first, sample.last};
  storage::GradeQuery grades;
  grades.student = student;
  grades.days = days;
  storage::AttendanceQuery marks;
  marks.student = student;
  marks.days = days;
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
  bench::ReadCount count;
  count.lessons = unit->lessons().list_for_student(institution, student, days).size();
  count.grades = unit->grades().list(institution, grades).size();
  count.attendance = unit->attendance().list(institution, marks).size();
  return count;
}

bench::ReadCount store_page(storage::Store& store, const Sample& sample) {
  const bench::SchoolStructure& year = generator->structure();
  const model::InstitutionId& institution = year.institution.id;
  const model::CourseId& course = year.courses[sample.subject_index].id;
  const storage::DayRange days{sample.first, sample.last};
  storage::GradeQuery grades;
  grades.course = course;
  grades.days = days;
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
  bench::ReadCount count;
  count.lessons = unit->lessons().list(institution, course, days).size();
  count.grades = unit->grades().list(institution, grades).size();
  return count;
}

bench::ReadCount raw_week(Backend& backend, const Sample& s) {
  return backend.raw_sqlite ? backend.raw_sqlite->student_week(institution_text, s.subject_text,
                                                               s.first_text, s.last_text)
                            : backend.raw_postgres->student_week(institution_text, s.subject_text,
                                                                 s.first_text, s.last_text);
}

bench::ReadCount raw_page(Backend& backend, const Sample& s) {
  return backend.raw_sqlite ? backend.raw_sqlite->course_page(institution_text, s.subject_text,
                                                              s.first_text, s.last_text)
                            : backend.raw_postgres->course_page(institution_text, s.subject_text,
                                                                s.first_text, s.last_text);
}

// Loads the year into the backend's store and baseline; the load is not what is measured here.
void load(Backend& backend, const std::function<void(const bench::JournalChunk&)>& raw_write) {
  const auto start = std::chrono::steady_clock::now();
  bench::load_structure(*backend.store, generator->structure());
  {
    const std::unique_ptr<storage::UnitOfWork> unit = backend.store->begin(storage::Access::write);
    std::size_t progress_calls = 0;
    bench::timed_load(*generator, bench::store_writer(*unit, progress_calls),
                      [&] { unit->commit(); });
  }
  if (backend.raw_sqlite) {
    backend.raw_sqlite->insert_structure(generator->structure());
    backend.raw_sqlite->begin();
    bench::timed_load(*generator, raw_write, [&] { backend.raw_sqlite->commit(); });
    backend.raw_sqlite->prepare_for_reads();
  } else {
    backend.raw_postgres->insert_structure(generator->structure());
    backend.raw_postgres->begin();
    bench::timed_load(*generator, raw_write, [&] { backend.raw_postgres->commit(); });
    backend.raw_postgres->prepare_for_reads();
  }
  std::fprintf(stderr, "%s: year loaded into the store and the baseline in %.1f s\n",
               backend.name.c_str(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

// Every sample must read as many rows through the store as through the baseline.
bool same_counts(Backend& backend) {
  for (const Sample& sample : week_samples) {
    const bench::ReadCount store = store_week(*backend.store, sample);
    const bench::ReadCount raw = raw_week(backend, sample);
    if (store.lessons != raw.lessons || store.grades != raw.grades ||
        store.attendance != raw.attendance) {
      std::fprintf(stderr,
                   "%s: student week %s %s differs: store %zu lessons %zu grades %zu marks, raw "
                   "%zu %zu %zu\n",
                   backend.name.c_str(), sample.subject_text.c_str(), sample.first_text.c_str(),
                   store.lessons, store.grades, store.attendance, raw.lessons, raw.grades,
                   raw.attendance);
      return false;
    }
  }
  for (const Sample& sample : page_samples) {
    const bench::ReadCount store = store_page(*backend.store, sample);
    const bench::ReadCount raw = raw_page(backend, sample);
    if (store.lessons != raw.lessons || store.grades != raw.grades) {
      std::fprintf(stderr, "%s: course page %s %s differs: store %zu/%zu, raw %zu/%zu\n",
                   backend.name.c_str(), sample.subject_text.c_str(), sample.first_text.c_str(),
                   store.lessons, store.grades, raw.lessons, raw.grades);
      return false;
    }
  }
  return true;
}

using Read = bench::ReadCount (*)(Backend&, const Sample&);

bench::ReadCount store_week_of(Backend& backend, const Sample& sample) {
  return store_week(*backend.store, sample);
}

bench::ReadCount store_page_of(Backend& backend, const Sample& sample) {
  return store_page(*backend.store, sample);
}

// Times `read` over the samples, one read per iteration, and reports its percentiles.
void timed_reads(benchmark::State& state, Backend* backend, const std::vector<Sample>* sampled,
                 Read read, const std::string& key) {
  std::vector<double> micros;
  std::vector<double> cpu_micros;
  micros.reserve(queries_per_run);
  cpu_micros.reserve(queries_per_run);
  std::size_t next = 0;
  std::size_t rows = 0;
  for (auto _ : state) {
    const Sample& sample = (*sampled)[next++ % sampled->size()];
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = bench::thread_cpu_seconds();
    const bench::ReadCount count = read(*backend, sample);
    cpu_micros.push_back((bench::thread_cpu_seconds() - cpu_start) * 1e6);
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
    rows += count.lessons + count.grades + count.attendance;
  }
  const bench::Percentiles measured = bench::percentiles(micros);
  state.counters["p50_us"] = measured.p50_us;
  state.counters["p99_us"] = measured.p99_us;
  const bench::Percentiles cpu = bench::percentiles(cpu_micros);
  state.counters["cpu_p50_us"] = cpu.p50_us;
  state.counters["cpu_p99_us"] = cpu.p99_us;
  bench::results().add(key + "/cpu_p50", cpu.p50_us);
  state.counters["rows_per_read"] =
      static_cast<double>(rows) / static_cast<double>(std::max<std::size_t>(micros.size(), 1));
  bench::results().add(key + "/p50", measured.p50_us);
  bench::results().add(key + "/p99", measured.p99_us);
}

void register_reads(Backend& backend) {
  struct Kind {
    const char* name;
    const std::vector<Sample>* sampled;
    Read store;
    Read raw;
  };
  const std::string raw_name = backend.raw_sqlite ? "raw_sqlite3" : "raw_libpq";
  for (const Kind& kind : {Kind{"student_week", &week_samples, store_week_of, raw_week},
                           Kind{"course_term_page", &page_samples, store_page_of, raw_page}}) {
    for (const bool raw : {true, false}) {
      const std::string key = backend.name + "/" + kind.name + "/" + (raw ? "raw" : "store");
      benchmark::RegisterBenchmark(
          ("query/" + backend.name + "/" + kind.name + "/" + (raw ? raw_name : "store")).c_str(),
          timed_reads, &backend, kind.sampled, raw ? kind.raw : kind.store, key)
          ->Iterations(static_cast<benchmark::IterationCount>(queries_per_run))
          ->Unit(benchmark::kMicrosecond);
    }
  }
}

void print_targets(bool with_postgresql) {
  std::printf(
      "storage_query: %zu students, %zu classes, %zu subjects, year share %g, %zu reads per "
      "run\n"
      "Targets (issue 5, point 9):\n"
      "  one student's week through the store: p50 ≤ %g× the raw SQL p50 (covering indexes)\n"
      "  one course's term page through the store: p50 < %g ms\n",
      generator->structure().students.size(), generator->structure().classes.size(),
      generator->structure().subjects.size(), bench::shape_from_environment().year_share,
      queries_per_run, week_ratio_target, page_target_ms);
  if (!with_postgresql) {
    std::printf("PostgreSQL: EJ_PG_CONN is not set, so the PostgreSQL reads are SKIPPED\n");
  }
  std::fflush(stdout);
}

void print_summary(const std::vector<std::unique_ptr<Backend>>& backends, bool with_postgresql) {
  const bench::Results& all = bench::results();
  std::printf("\nstorage_query summary (medians of the repetitions, µs):\n");
  for (const auto& backend : backends) {
    for (const char* kind : {"student_week", "course_term_page"}) {
      const std::string prefix = backend->name + "/" + kind;
      std::printf(
          "  %s: store p50 %.0f p99 %.0f (CPU p50 %.0f); raw p50 %.0f p99 %.0f (CPU p50 %.0f)\n",
          prefix.c_str(), all.median(prefix + "/store/p50"), all.median(prefix + "/store/p99"),
          all.median(prefix + "/store/cpu_p50"), all.median(prefix + "/raw/p50"),
          all.median(prefix + "/raw/p99"), all.median(prefix + "/raw/cpu_p50"));
    }
    const double store_week = all.median(backend->name + "/student_week/store/p50");
    const double raw_week = all.median(backend->name + "/student_week/raw/p50");
    bench::print_target(backend->name + ": student week p50, store / raw",
                        store_week >= 0 && raw_week > 0 ? store_week / raw_week : -1,
                        bench::Goal::at_most, week_ratio_target, "×");
    const double page = all.median(backend->name + "/course_term_page/store/p50");
    bench::print_target(backend->name + ": course term page p50 (store)",
                        page >= 0 ? page / 1000.0 : -1, bench::Goal::at_most, page_target_ms,
                        " ms");
    if (backend->raw_postgres) continue;  // the server's CPU time is not the client's
    // On a busy machine the wall clock counts waiting for a core; the thread's CPU time does not.
    const double store_week_cpu = all.median(backend->name + "/student_week/store/cpu_p50");
    const double raw_week_cpu = all.median(backend->name + "/student_week/raw/cpu_p50");
    bench::print_target(
        backend->name + ": student week CPU p50, store / raw",
        store_week_cpu >= 0 && raw_week_cpu > 0 ? store_week_cpu / raw_week_cpu : -1,
        bench::Goal::at_most, week_ratio_target, "×");
    const double page_cpu = all.median(backend->name + "/course_term_page/store/cpu_p50");
    bench::print_target(backend->name + ": course term page CPU p50 (store)",
                        page_cpu >= 0 ? page_cpu / 1000.0 : -1, bench::Goal::at_most,
                        page_target_ms, " ms");
  }
  if (!with_postgresql) std::printf("  postgresql: SKIPPED (EJ_PG_CONN is not set)\n");
}

std::unique_ptr<Backend> sqlite_backend(const bench::ScratchDirectory& scratch) {
  auto backend = std::make_unique<Backend>();
  backend->name = "sqlite";
  backend->store = storage::open_store("sqlite:" + scratch.fresh_file("store.db"));
  backend->raw_sqlite = std::make_unique<bench::RawSqlite>(scratch.fresh_file("raw.db"));
  bench::RawSqlite& raw = *backend->raw_sqlite;
  load(*backend, [&raw](const bench::JournalChunk& chunk) { raw.insert_chunk(chunk); });
  return backend;
}

std::unique_ptr<Backend> postgresql_backend(const std::string& conninfo) {
  auto backend = std::make_unique<Backend>();
  backend->name = "postgresql";
  backend->store_schema = std::make_unique<bench::ScratchSchema>(conninfo, "store");
  const std::string store_conninfo = backend->store_schema->conninfo();
  backend->store = storage::open_store(
      store_conninfo.starts_with("postgres") ? store_conninfo : "postgresql:" + store_conninfo);
  backend->raw_postgres = std::make_unique<bench::RawPostgres>(conninfo);
  bench::RawPostgres& raw = *backend->raw_postgres;
  load(*backend, [&raw](const bench::JournalChunk& chunk) { raw.copy_chunk(chunk); });
  // What autovacuum would do soon after a load this size, done now so that plans are stable.
  bench::PgConnection(store_conninfo).execute("ANALYZE");
  return backend;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  const std::string queries = bench::environment("EJ_BENCH_QUERIES");
  if (!queries.empty()) queries_per_run = std::strtoull(queries.c_str(), nullptr, 10);
  if (queries_per_run == 0) {
    std::fprintf(stderr, "EJ_BENCH_QUERIES must be a positive integer, not '%s'\n",
                 queries.c_str());
    return EXIT_FAILURE;
  }
  const std::string pg_conninfo = bench::environment("EJ_PG_CONN");
  const bench::ScratchDirectory scratch;
  std::vector<std::unique_ptr<Backend>> backends;
  try {
    static const bench::SchoolYearGenerator year(bench::shape_from_environment());
    generator = &year;
    institution_text =
        std::string(bench::view(bench::uuid_text(year.structure().institution.id.value)));
    print_targets(!pg_conninfo.empty());
    draw_samples();
    backends.push_back(sqlite_backend(scratch));
    if (!pg_conninfo.empty()) backends.push_back(postgresql_backend(pg_conninfo));
    for (const auto& backend : backends) {
      if (!same_counts(*backend)) return EXIT_FAILURE;
      register_reads(*backend);
    }
    std::fprintf(stderr,
                 "every sampled read returns the same rows through the store and the "
                 "baseline\n");
    benchmark::RunSpecifiedBenchmarks();
  } catch (const std::exception& error) {
    std::fprintf(stderr, "storage_query failed: %s\n", error.what());
    return EXIT_FAILURE;
  }
  benchmark::Shutdown();
  print_summary(backends, !pg_conninfo.empty());
  return EXIT_SUCCESS;
}
