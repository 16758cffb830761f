#include "store_load.hpp"

#include <chrono>

#include "bench_env.hpp"

namespace ejournal::bench {

void load_structure(storage::Store& store, const SchoolStructure& structure) {
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::write);
  const storage::Progress ignore_progress;
  unit->institutions().insert(structure.institution);
  unit->academic_years().insert(structure.year);
  unit->people().insert_many(structure.teachers, ignore_progress);
  unit->people().insert_many(structure.students, ignore_progress);
  for (const model::SchoolClass& school_class : structure.classes) {
    unit->classes().insert(school_class);
  }
  for (const model::Subject& subject : structure.subjects) unit->subjects().insert(subject);
  for (const model::Course& course : structure.courses) unit->courses().insert(course);
  unit->enrolments().insert_many(structure.enrolments, ignore_progress);
  unit->commit();
}

LoadResult timed_load(const SchoolYearGenerator& generator,
                      const std::function<void(const JournalChunk&)>& write,
                      const std::function<void()>& commit) {
  using Clock = std::chrono::steady_clock;
  LoadResult result;
  JournalChunk chunk;
  reset_peak_resident_set();
  result.resident_before_mib = resident_set().current_mib;
  Clock::duration spent{};
  double cpu_spent = 0;
  for (std::size_t index = 0; index < generator.chunk_count(); ++index) {
    generator.fill_chunk(index, chunk);
    result.rows += chunk.rows();
    const Clock::time_point start = Clock::now();
    const double cpu_start = thread_cpu_seconds();
    write(chunk);
    cpu_spent += thread_cpu_seconds() - cpu_start;
    spent += Clock::now() - start;
  }
  const Clock::time_point start = Clock::now();
  const double cpu_start = thread_cpu_seconds();
  commit();
  cpu_spent += thread_cpu_seconds() - cpu_start;
  spent += Clock::now() - start;
  result.cpu_seconds = cpu_spent;
  result.seconds = std::chrono::duration<double>(spent).count();
  result.resident_peak_mib = resident_set().peak_mib;
  return result;
}

std::function<void(const JournalChunk&)> store_writer(storage::UnitOfWork& unit,
                                                      std::size_t& progress_calls) {
  return [&unit, &progress_calls](const JournalChunk& chunk) {
    const storage::Progress count_progress = [&progress_calls](std::size_t, std::size_t) {
      ++progress_calls;
    };
    unit.lessons().insert_many(chunk.lessons, count_progress);
    unit.grades().insert_many(chunk.grades, count_progress);
    unit.attendance().insert_many(chunk.attendance, count_progress);
  };
}

}  // namespace ejournal::bench
