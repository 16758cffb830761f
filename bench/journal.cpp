// The journal's services on a generated school year (bench/support/school_year.hpp), each beside
// a baseline of the store's own reads or writes of the same rows, measured in the same run:
// - record_day: all lessons of all classes on one school day, their grades and lesson
//   attendance, one service call per record by each course's teacher (services::record_lesson,
//   record_grade, write_lesson_attendance) — beside the same rows through the repositories'
//   insert_many in one unit of work (no checks, no audit, no notifications);
// - parent_diary_week: a parent's week of their child (services::read_children_diaries) —
//   beside the store's reads of that student's week (lessons, grades, attendance);
// - course_term_page: a course's journal page for a term (services::read_course_journal, read by
//   its teacher) — beside the store's lessons and grades of the course and term;
// - school_term_report: services::class_statistics for every class and
//   services::institution_statistics (the administrator) — beside the store's reads of the same
//   grades.
// Reports p50 and p99 per call as counters, and a summary of medians over repetitions last.
//
// Size: as storage_load (EJ_BENCH_STUDENTS, EJ_BENCH_CLASSES, EJ_BENCH_SUBJECTS,
// EJ_BENCH_YEAR_SHARE); EJ_BENCH_QUERIES (default 300) diary weeks and EJ_BENCH_PAGES (default 50)
// course pages per run, over random parents, weeks, courses and terms from a fixed-seed PRNG;
// EJ_BENCH_DAYS (default 3) days each way of recording can write, one per run (the year's last
// Mondays, held out of the load); EJ_BENCH_REPORTS (default 1) school reports per run. Before
// timing, every sampled read is checked to count the same rows through the services as through the
// store. PostgreSQL runs when EJ_PG_CONN is set (a scratch schema, dropped after).
//
// A full run: bench/journal --benchmark_repetitions=3
#include <benchmark/benchmark.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "ejournal/storage/open.hpp"
#include "support/bench_env.hpp"
#include "support/journal_reads.hpp"
#include "support/journal_school.hpp"
#include "support/prng.hpp"
#include "support/sql_text.hpp"

namespace {

namespace bench = ejournal::bench;
namespace calendar = ejournal::calendar;
namespace storage = ejournal::storage;
using ejournal::access::Principal;

constexpr std::size_t samples = 256;

// Who and when the sampled reads ask for.
struct Sample {
  std::size_t student = 0;  // and their parent
  calendar::Date monday;
  std::size_t course = 0;
  std::size_t term = 0;
};

// A loaded store, the principals of its readers and how many held-out days each way of
// recording has used.
struct Backend {
  bench::JournalSchool school;
  Principal administrator = Principal::anonymous();
  std::vector<Principal> sample_parents;      // the parent of each sample's student
  std::vector<bench::JournalChunk> day_rows;  // the held-out days' rows, for the baseline
  std::size_t days_by_services = 0;
  std::size_t days_by_repositories = 0;
};

const bench::SchoolYearGenerator* generator = nullptr;
std::vector<Sample> sampled;
std::size_t queries_per_run = 300;
std::size_t pages_per_run = 50;
std::size_t days_per_way = 3;
std::size_t reports_per_run = 1;
constexpr std::size_t report_term = 0;
bool failed = false;

std::size_t count_setting(const char* name, std::size_t fallback) {
  const std::string value = bench::environment(name);
  if (value.empty()) return fallback;
  char* end = nullptr;
  const long long count = std::strtoll(value.c_str(), &end, 10);
  if (*end != '\0' || count <= 0) {
    std::fprintf(stderr, "%s must be a positive integer, not '%s'\n", name, value.c_str());
    std::exit(EXIT_FAILURE);
  }
  return static_cast<std::size_t>(count);
}

// Random students with the Monday of a random loaded school day's week, and random courses with
// the term of another.
void draw_samples() {
  const bench::SchoolStructure& year = generator->structure();
  bench::Prng rng{11};
  for (std::size_t i = 0; i < samples; ++i) {
    Sample sample;
    sample.student = rng.below(year.students.size());
    const calendar::Date day = year.school_days[rng.below(year.school_days.size())];
    const int from_monday = (static_cast<int>(calendar::weekday_of(day)) + 6) % 7;
    sample.monday = day - boost::gregorian::days(from_monday);
    sample.course = rng.below(year.courses.size());
    const calendar::Date term_day = year.school_days[rng.below(year.school_days.size())];
    sample.term = calendar::term_index(year.year.calendar, term_day).value_or(0);
    sampled.push_back(sample);
  }
}

std::unique_ptr<Backend> open_backend(const std::string& name, const std::string& conninfo,
                                      const bench::ScratchDirectory& scratch) {
  const auto start = std::chrono::steady_clock::now();
  auto backend = std::make_unique<Backend>();
  bench::JournalSchool& school = backend->school;
  school.backend = name;
  if (conninfo.empty()) {
    school.store = storage::open_store("sqlite:" + scratch.fresh_file("journal.db"));
  } else {
    school.schema = std::make_unique<bench::ScratchSchema>(conninfo, "journal");
    const std::string store_conninfo = school.schema->conninfo();
    school.store = storage::open_store(
        store_conninfo.starts_with("postgres") ? store_conninfo : "postgresql:" + store_conninfo);
  }
  const bench::SchoolStructure& year = generator->structure();
  bench::load_journal_school(school, *generator, bench::last_mondays(year, 2 * days_per_way));
  if (school.schema) {
    // What autovacuum would do soon after a load this size, done now so that plans are stable.
    bench::PgConnection(school.schema->conninfo()).execute("ANALYZE");
  }
  backend->administrator =
      bench::principal_of(*school.store, year.institution.id, school.administrator_id);
  for (const Sample& sample : sampled) {
    backend->sample_parents.push_back(
        bench::principal_of(*school.store, year.institution.id, school.parents[sample.student]));
  }
  for (const bench::SchoolDay& day : school.held_out) backend->day_rows.push_back(day.as_rows());
  std::fprintf(stderr, "%s: year loaded in %.1f s\n", name.c_str(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return backend;
}

// What one timed call does: the call's rows (or a count of what it read), given the iteration.
using Call = std::function<std::size_t(Backend&, std::size_t)>;

bench::JournalRead diary_by_services(Backend& backend, std::size_t index) {
  const Sample& sample = sampled[index % sampled.size()];
  return bench::diary_week_through_services(
      *backend.school.store, backend.sample_parents[index % sampled.size()],
      generator->structure().institution.id, backend.school.parents[sample.student], sample.monday);
}

bench::JournalRead diary_by_store(Backend& backend, std::size_t index) {
  const Sample& sample = sampled[index % sampled.size()];
  const bench::SchoolStructure& year = generator->structure();
  return bench::diary_week_through_store(*backend.school.store, year.institution.id,
                                         year.students[sample.student].id, sample.monday);
}

bench::JournalRead page_by_services(Backend& backend, std::size_t index) {
  const Sample& sample = sampled[index % sampled.size()];
  const bench::SchoolStructure& year = generator->structure();
  return bench::course_page_through_services(
      *backend.school.store, backend.school.course_teachers[sample.course], year.institution.id,
      year.courses[sample.course].id, sample.term);
}

bench::JournalRead page_by_store(Backend& backend, std::size_t index) {
  const Sample& sample = sampled[index % sampled.size()];
  const bench::SchoolStructure& year = generator->structure();
  return bench::course_page_through_store(*backend.school.store, year.institution.id,
                                          year.courses[sample.course].id,
                                          year.year.calendar.terms.at(sample.term));
}

std::size_t rows_of(const bench::JournalRead& read) {
  return read.lessons + read.grades + read.attendance;
}

// A recorded day must come back whole: the services return every row they stored.
std::size_t checked_day(const Backend& backend, const bench::SchoolDay& day, std::size_t rows) {
  if (rows != day.rows()) {
    std::fprintf(stderr, "%s: recorded %zu rows of the %zu of %s\n", backend.school.backend.c_str(),
                 rows, day.rows(), std::string(bench::view(bench::date_text(day.date))).c_str());
    failed = true;
  }
  return rows;
}

// Held-out days alternate between the two ways of recording, so that both write Mondays.
std::size_t record_by_services(Backend& backend, std::size_t) {
  const bench::SchoolDay& day = backend.school.held_out[2 * backend.days_by_services++];
  const bench::DayRecording recording =
      bench::record_day_through_services(backend.school, generator->structure(), day);
  // Where the time goes: the mean call of each kind.
  const std::string key = backend.school.backend + "/record_day/services/";
  const auto mean_ms = [](double seconds, std::size_t calls) {
    return calls == 0 ? 0.0 : 1000 * seconds / static_cast<double>(calls);
  };
  bench::results().add(key + "lesson_ms",
                       mean_ms(recording.lesson_seconds, recording.lesson_calls));
  bench::results().add(key + "grade_ms", mean_ms(recording.grade_seconds, recording.grade_calls));
  bench::results().add(key + "attendance_ms",
                       mean_ms(recording.attendance_seconds, recording.attendance_calls));
  bench::results().add(key + "calls",
                       static_cast<double>(recording.lesson_calls + recording.grade_calls +
                                           recording.attendance_calls));
  return checked_day(backend, day, recording.rows);
}

std::size_t record_by_repositories(Backend& backend, std::size_t) {
  const std::size_t index = 2 * backend.days_by_repositories++ + 1;
  return checked_day(
      backend, backend.school.held_out[index],
      bench::record_day_through_repositories(*backend.school.store, backend.day_rows[index]));
}

// Times `call` once per iteration and reports its percentiles, kept under `key` for the summary.
void timed_calls(benchmark::State& state, Backend* backend, Call call, std::string key,
                 std::size_t* days_used) {
  std::vector<double> micros;
  std::vector<double> cpu_micros;
  std::size_t rows = 0;
  std::size_t index = 0;
  for (auto _ : state) {
    if (days_used != nullptr && *days_used >= days_per_way) {
      state.SkipWithError("every held-out day is recorded: raise EJ_BENCH_DAYS");
      break;
    }
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = bench::thread_cpu_seconds();
    rows += call(*backend, index++);
    cpu_micros.push_back((bench::thread_cpu_seconds() - cpu_start) * 1e6);
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
  }
  if (micros.empty()) return;
  const bench::Percentiles measured = bench::percentiles(micros);
  state.counters["p50_ms"] = measured.p50_us / 1000;
  state.counters["p99_ms"] = measured.p99_us / 1000;
  state.counters["rows_per_call"] = static_cast<double>(rows) / static_cast<double>(micros.size());
  bench::results().add(key + "/p50", measured.p50_us / 1000);
  bench::results().add(key + "/p99", measured.p99_us / 1000);
  // On a busy machine the wall clock counts waiting for a core; the thread's CPU time does not
  // (nor a database server's work).
  const bench::Percentiles cpu = bench::percentiles(cpu_micros);
  state.counters["cpu_p50_ms"] = cpu.p50_us / 1000;
  bench::results().add(key + "/cpu_p50", cpu.p50_us / 1000);
}

// The sampled reads and the held-out days must come out the same both ways.
bool same_reads(Backend& backend) {
  const std::string& name = backend.school.backend;
  for (std::size_t i = 0; i < sampled.size(); ++i) {
    const bench::JournalRead diary = diary_by_services(backend, i);
    if (diary != diary_by_store(backend, i) || diary.lessons == 0) {
      std::fprintf(stderr, "%s: the diary week of sample %zu differs from the store's reads\n",
                   name.c_str(), i);
      return false;
    }
    const bench::JournalRead page = page_by_services(backend, i);
    const bench::JournalRead raw_page = page_by_store(backend, i);
    if (page.lessons != raw_page.lessons || page.grades != raw_page.grades) {
      std::fprintf(stderr,
                   "%s: the course page of sample %zu: %zu lessons %zu grades, store %zu %zu\n",
                   name.c_str(), i, page.lessons, page.grades, raw_page.lessons, raw_page.grades);
      return false;
    }
  }
  const bench::SchoolStructure& year = generator->structure();
  const bench::JournalRead report = bench::term_report_through_services(
      *backend.school.store, backend.administrator, year, report_term);
  const bench::JournalRead raw_report =
      bench::term_report_through_store(*backend.school.store, year, report_term);
  if (report != raw_report || report.grades == 0) {
    std::fprintf(stderr, "%s: the term report counts %zu grades, the store %zu\n", name.c_str(),
                 report.grades, raw_report.grades);
    return false;
  }
  return true;
}

void register_backend(Backend& backend) {
  const std::string prefix = "journal/" + backend.school.backend + "/";
  const auto add = [&](const std::string& task, const std::string& way, Call call,
                       std::size_t iterations, std::size_t* days_used) {
    benchmark::RegisterBenchmark((prefix + task + "/" + way).c_str(), timed_calls, &backend,
                                 std::move(call), backend.school.backend + "/" + task + "/" + way,
                                 days_used)
        ->Iterations(static_cast<benchmark::IterationCount>(iterations))
        ->Unit(benchmark::kMillisecond);
  };
  add("record_day", "services", record_by_services, 1, &backend.days_by_services);
  add("record_day", "repositories", record_by_repositories, 1, &backend.days_by_repositories);
  const auto rows = [](bench::JournalRead (*read)(Backend&, std::size_t)) {
    return [read](Backend& target, std::size_t index) { return rows_of(read(target, index)); };
  };
  add("parent_diary_week", "services", rows(diary_by_services), queries_per_run, nullptr);
  add("parent_diary_week", "store_reads", rows(diary_by_store), queries_per_run, nullptr);
  add("course_term_page", "services", rows(page_by_services), pages_per_run, nullptr);
  add("course_term_page", "store_reads", rows(page_by_store), pages_per_run, nullptr);
  const bench::SchoolStructure& year = generator->structure();
  add(
      "school_term_report", "services",
      [&year](Backend& b, std::size_t) {
        return rows_of(bench::term_report_through_services(*b.school.store, b.administrator, year,
                                                           report_term));
      },
      reports_per_run, nullptr);
  add(
      "school_term_report", "store_reads",
      [&year](Backend& b, std::size_t) {
        return rows_of(bench::term_report_through_store(*b.school.store, year, report_term));
      },
      reports_per_run, nullptr);
}

// "p50 … p99 … cpu …" of the calls kept under `key`.
std::string figures(const std::string& key) {
  const bench::Results& all = bench::results();
  std::array<char, 96> text{};
  std::snprintf(text.data(), text.size(), "p50 %9.2f p99 %9.2f cpu %9.2f", all.median(key + "/p50"),
                all.median(key + "/p99"), all.median(key + "/cpu_p50"));
  return text.data();
}

void print_summary(const std::vector<std::unique_ptr<Backend>>& backends, bool with_postgresql) {
  const bench::Results& all = bench::results();
  std::printf(
      "\njournal summary: medians over the repetitions of each run's p50, p99 and CPU p50, in "
      "ms; services | same-run baseline | services / baseline (p50, CPU p50)\n");
  for (const auto& backend : backends) {
    for (const auto& [task, baseline] :
         {std::pair{"record_day", "repositories"}, std::pair{"parent_diary_week", "store_reads"},
          std::pair{"course_term_page", "store_reads"},
          std::pair{"school_term_report", "store_reads"}}) {
      const std::string key = backend->school.backend + "/" + task + "/";
      const auto ratio = [&](const char* figure) {
        const double base = all.median(key + baseline + figure);
        return base > 0 ? all.median(key + "services" + figure) / base : 0.0;
      };
      std::printf("  %-29s services %s | %s %s | ×%.1f ×%.1f (%zu runs)\n",
                  (key.substr(0, key.size() - 1)).c_str(), figures(key + "services").c_str(),
                  baseline, figures(key + baseline).c_str(), ratio("/p50"), ratio("/cpu_p50"),
                  all.count(key + "services/p50"));
    }
  }
  for (const auto& backend : backends) {
    const std::string key = backend->school.backend + "/record_day/services/";
    std::printf(
        "  %s/record_day: %.0f service calls; mean call, ms: record_lesson %.2f, record_grade "
        "%.2f, write_lesson_attendance (a lesson's marks) %.2f\n",
        backend->school.backend.c_str(), all.median(key + "calls"), all.median(key + "lesson_ms"),
        all.median(key + "grade_ms"), all.median(key + "attendance_ms"));
  }
  if (!with_postgresql) std::printf("  postgresql: SKIPPED (EJ_PG_CONN is not set)\n");
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
  queries_per_run = count_setting("EJ_BENCH_QUERIES", queries_per_run);
  pages_per_run = count_setting("EJ_BENCH_PAGES", pages_per_run);
  days_per_way = count_setting("EJ_BENCH_DAYS", days_per_way);
  reports_per_run = count_setting("EJ_BENCH_REPORTS", reports_per_run);
  const std::string pg_conninfo = bench::environment("EJ_PG_CONN");
  const bench::ScratchDirectory scratch;
  std::vector<std::unique_ptr<Backend>> backends;
  try {
    static const bench::SchoolYearGenerator year(bench::shape_from_environment());
    generator = &year;
    std::printf(
        "journal: %zu students, %zu classes, %zu subjects, %zu school days; per run %zu diary "
        "weeks, %zu course pages, %zu reports and up to %zu recorded days\n",
        year.structure().students.size(), year.structure().classes.size(),
        year.structure().subjects.size(), year.structure().school_days.size(), queries_per_run,
        pages_per_run, reports_per_run, days_per_way);
    if (pg_conninfo.empty()) std::printf("PostgreSQL: EJ_PG_CONN is not set, so it is SKIPPED\n");
    std::fflush(stdout);
    draw_samples();
    backends.push_back(open_backend("sqlite", {}, scratch));
    if (!pg_conninfo.empty()) backends.push_back(open_backend("postgresql", pg_conninfo, scratch));
    for (const auto& backend : backends) {
      if (!same_reads(*backend)) return EXIT_FAILURE;
      register_backend(*backend);
    }
    std::fprintf(stderr, "every sampled read counts the same rows through services and store\n");
    benchmark::RunSpecifiedBenchmarks();
  } catch (const std::exception& error) {
    std::fprintf(stderr, "journal failed: %s\n", error.what());
    return EXIT_FAILURE;
  }
  benchmark::Shutdown();
  print_summary(backends, !pg_conninfo.empty());
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
