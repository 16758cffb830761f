// Bulk loading a generated school year (bench/support/school_year.hpp) through the Store:
// lessons, grades and attendance marks with insert_many, chunk by chunk, in one unit of work —
// beside the same rows written the fastest plain way: sqlite3 prepared inserts in one
// transaction, and libpq COPY on PostgreSQL. Prints the targets first and whether they were met
// (the medians over repetitions) last.
//
// Size: EJ_BENCH_STUDENTS (1000), EJ_BENCH_CLASSES (30), EJ_BENCH_SUBJECTS (15) and
// EJ_BENCH_YEAR_SHARE (1: the whole year, ≈1.5M grades and ≈1M attendance marks). Every load
// runs for a quarter of that share and for all of it, to show that the peak resident set does
// not grow with the size of the load. PostgreSQL runs when EJ_PG_CONN holds a libpq connection
// string; each load gets a scratch schema, dropped afterwards. Scratch SQLite files go to
// EJ_BENCH_DIR (default $TMPDIR or /tmp).
//
// A full run: bench/storage_load --benchmark_repetitions=3
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <memory>
#include <string>

#include "ejournal/storage/open.hpp"
#include "support/bench_env.hpp"
#include "support/raw_postgres.hpp"
#include "support/raw_sqlite.hpp"
#include "support/store_load.hpp"

namespace {

namespace bench = ejournal::bench;
namespace storage = ejournal::storage;

constexpr double load_ratio_target = 0.5;
// The full year may use at most this much more memory while loading than a quarter of it.
constexpr double rss_growth_ratio_target = 1.5;
// Below this, a peak growth is noise (allocator arenas, page cache of SQLite).
constexpr double rss_noise_floor_mib = 8.0;

bench::SchoolYearShape base_shape;
std::string pg_conninfo;
const bench::ScratchDirectory* scratch = nullptr;

bench::SchoolYearShape shape_for(int share_percent) {
  bench::SchoolYearShape shape = base_shape;
  shape.year_share = base_shape.year_share * share_percent / 100.0;
  return shape;
}

std::string result_key(const std::string& target, const std::string& writer, int share_percent) {
  return target + "/" + writer + "/" + std::to_string(share_percent);
}

void report(benchmark::State& state, const std::string& key, const bench::LoadResult& result) {
  state.SetIterationTime(result.seconds);
  const double rows_per_second = static_cast<double>(result.rows) / result.seconds;
  const double growth = result.resident_peak_mib - result.resident_before_mib;
  state.counters["rows"] = static_cast<double>(result.rows);
  state.counters["rows_per_s"] = rows_per_second;
  state.counters["rows_per_cpu_s"] = static_cast<double>(result.rows) / result.cpu_seconds;
  state.counters["rss_peak_MiB"] = result.resident_peak_mib;
  state.counters["rss_growth_MiB"] = growth;
  bench::results().add(key, rows_per_second);
  bench::results().add(key + "/cpu", static_cast<double>(result.rows) / result.cpu_seconds);
  bench::results().add(key + "/rss_growth", growth);
}

// Loads through open_store(uri(…)); `uri` makes the URI of a fresh database.
void load_through_store(benchmark::State& state, const std::string& target, int share_percent,
                        const std::function<std::string()>& fresh_uri) {
  const bench::SchoolYearGenerator generator(shape_for(share_percent));
  for (auto _ : state) {
    const std::unique_ptr<storage::Store> store = storage::open_store(fresh_uri());
    bench::load_structure(*store, generator.structure());
    std::unique_ptr<storage::UnitOfWork> unit = store->begin(storage::Access::write);
    std::size_t progress_calls = 0;
    const bench::LoadResult result = bench::timed_load(
        generator, bench::store_writer(*unit, progress_calls), [&] { unit->commit(); });
    state.counters["progress_calls"] = static_cast<double>(progress_calls);
    report(state, result_key(target, "store", share_percent), result);
  }
}

void load_sqlite_store(benchmark::State& state, bool in_memory, int share_percent) {
  load_through_store(state, in_memory ? "sqlite_memory" : "sqlite_file", share_percent, [&] {
    return in_memory ? std::string("sqlite::memory:") : "sqlite:" + scratch->fresh_file("store.db");
  });
}

void load_sqlite_raw(benchmark::State& state, bool in_memory, int share_percent) {
  const bench::SchoolYearGenerator generator(shape_for(share_percent));
  for (auto _ : state) {
    bench::RawSqlite raw(in_memory ? std::string(":memory:") : scratch->fresh_file("raw.db"));
    raw.insert_structure(generator.structure());
    raw.begin();
    const bench::LoadResult result = bench::timed_load(
        generator, [&](const bench::JournalChunk& chunk) { raw.insert_chunk(chunk); },
        [&] { raw.commit(); });
    report(state, result_key(in_memory ? "sqlite_memory" : "sqlite_file", "raw", share_percent),
           result);
  }
}

void load_postgresql_store(benchmark::State& state, int share_percent) {
  std::unique_ptr<bench::ScratchSchema> schema;
  load_through_store(state, "postgresql", share_percent, [&] {
    schema = std::make_unique<bench::ScratchSchema>(pg_conninfo, "store");
    const std::string conninfo = schema->conninfo();
    return conninfo.starts_with("postgres") ? conninfo : "postgresql:" + conninfo;
  });
}

void load_postgresql_copy(benchmark::State& state, int share_percent) {
  const bench::SchoolYearGenerator generator(shape_for(share_percent));
  for (auto _ : state) {
    bench::RawPostgres raw(pg_conninfo);
    raw.insert_structure(generator.structure());
    raw.begin();
    const bench::LoadResult result = bench::timed_load(
        generator, [&](const bench::JournalChunk& chunk) { raw.copy_chunk(chunk); },
        [&] { raw.commit(); });
    report(state, result_key("postgresql", "raw", share_percent), result);
  }
}

void print_targets() {
  std::printf(
      "storage_load: %zu students, %zu classes, %zu subjects, year share %g (loads of 25%% and "
      "100%% of it)\n"
      "Targets (issue 5, point 9):\n"
      "  bulk load through the store ≥ %g× the raw baseline's rows/s (SQLite: sqlite3 prepared\n"
      "  inserts in one transaction; PostgreSQL: libpq COPY); peak RSS growth while loading the\n"
      "  whole share ≤ %g× that of a quarter of it (bounded, not growing with the year)\n",
      base_shape.students, base_shape.classes, base_shape.subjects, base_shape.year_share,
      load_ratio_target, rss_growth_ratio_target);
  if (pg_conninfo.empty()) {
    std::printf("PostgreSQL: EJ_PG_CONN is not set, so the PostgreSQL loads are SKIPPED\n");
  }
  std::fflush(stdout);
}

void print_summary() {
  const bench::Results& all = bench::results();
  std::printf("\nstorage_load summary (medians of the repetitions):\n");
  for (const std::string target : {"sqlite_file", "sqlite_memory", "postgresql"}) {
    if (target == "postgresql" && pg_conninfo.empty()) {
      std::printf("  postgresql: SKIPPED (EJ_PG_CONN is not set)\n");
      continue;
    }
    if (all.count(result_key(target, "store", 100)) + all.count(result_key(target, "raw", 100)) +
            all.count(result_key(target, "store", 25)) + all.count(result_key(target, "raw", 25)) ==
        0) {
      std::printf("  %s: not run (filtered out)\n", target.c_str());
      continue;
    }
    for (const int share : {25, 100}) {
      const double store = all.median(result_key(target, "store", share));
      const double raw = all.median(result_key(target, "raw", share));
      std::printf("  %s, %d%% of the year: store %.0f rows/s, raw %.0f rows/s (%zu runs)\n",
                  target.c_str(), share, store, raw, all.count(result_key(target, "store", share)));
      const double ratio = store >= 0 && raw > 0 ? store / raw : -1;
      bench::print_target(target + " " + std::to_string(share) + "%: store / raw rows per second",
                          ratio, bench::Goal::at_least, load_ratio_target, "×");
      if (target == "postgresql") continue;  // the server's CPU time is not the client's
      const double store_cpu = all.median(result_key(target, "store", share) + "/cpu");
      const double raw_cpu = all.median(result_key(target, "raw", share) + "/cpu");
      bench::print_target(target + " " + std::to_string(share) + "%: same, per CPU second",
                          store_cpu >= 0 && raw_cpu > 0 ? store_cpu / raw_cpu : -1,
                          bench::Goal::at_least, load_ratio_target, "×");
    }
    const double quarter = all.median(result_key(target, "store", 25) + "/rss_growth");
    const double whole = all.median(result_key(target, "store", 100) + "/rss_growth");
    std::printf(
        "  %s: peak RSS growth while loading through the store: %.1f MiB (25%%), %.1f "
        "MiB (100%%)\n",
        target.c_str(), quarter, whole);
    if (target == "sqlite_memory") continue;  // the database itself lives in the process
    const double ratio =
        quarter >= 0 && whole >= 0 ? whole / std::max(quarter, rss_noise_floor_mib) : -1;
    bench::print_target(target + ": RSS growth, whole / quarter (store)", ratio,
                        bench::Goal::at_most, rss_growth_ratio_target, "×");
  }
}

// One load per repetition: it is long, and each needs a fresh database.
void one_timed_load(benchmark::internal::Benchmark* load) {
  load->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
}

void register_loads() {
  for (const int share : {25, 100}) {
    const std::string suffix = "/share:" + std::to_string(share);
    for (const bool in_memory : {false, true}) {
      const std::string target = in_memory ? "sqlite_memory" : "sqlite_file";
      one_timed_load(benchmark::RegisterBenchmark(
          ("load/" + target + "/raw_sqlite3" + suffix).c_str(), load_sqlite_raw, in_memory, share));
      one_timed_load(benchmark::RegisterBenchmark(("load/" + target + "/store" + suffix).c_str(),
                                                  load_sqlite_store, in_memory, share));
    }
    if (!pg_conninfo.empty()) {
      one_timed_load(benchmark::RegisterBenchmark(("load/postgresql/libpq_copy" + suffix).c_str(),
                                                  load_postgresql_copy, share));
      one_timed_load(benchmark::RegisterBenchmark(("load/postgresql/store" + suffix).c_str(),
                                                  load_postgresql_store, share));
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  base_shape = bench::shape_from_environment();
  pg_conninfo = bench::environment("EJ_PG_CONN");
  const bench::ScratchDirectory directory;
  scratch = &directory;
  print_targets();
  register_loads();
  try {
    benchmark::RunSpecifiedBenchmarks();
  } catch (const std::exception& error) {
    std::fprintf(stderr, "storage_load failed: %s\n", error.what());
    return EXIT_FAILURE;
  }
  benchmark::Shutdown();
  print_summary();
  return EXIT_SUCCESS;
}
