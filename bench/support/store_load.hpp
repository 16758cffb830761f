// Loading a generated year: the structure through a Store's repositories, and the journal chunk
// by chunk through any writer (a Store's insert_many, or a raw baseline), timing only the writes.
#pragma once

#include <cstddef>
#include <functional>

#include "ejournal/storage/store.hpp"
#include "school_year.hpp"

namespace ejournal::bench {

/// Inserts the institution, academic year, people, classes, subjects, courses and enrolments in
/// one unit of work.
void load_structure(storage::Store& store, const SchoolStructure& structure);

/// What a journal load took.
struct LoadResult {
  double seconds = 0;  ///< writes and commit only; generating the chunks is not counted
  /// The CPU time of the loading thread in those writes: on a busy machine a steadier measure
  /// than `seconds` for an in-process database (it leaves out a database server's work).
  double cpu_seconds = 0;
  std::size_t rows = 0;
  double resident_before_mib = 0;  ///< before the first chunk
  double resident_peak_mib = 0;    ///< the peak while loading
};

/// Writes every chunk of `generator` with `write`, then calls `commit`. The caller begins the
/// transaction. The peak resident set is restarted before the first chunk.
LoadResult timed_load(const SchoolYearGenerator& generator,
                      const std::function<void(const JournalChunk&)>& write,
                      const std::function<void()>& commit);

/// A writer for timed_load: the chunk's lessons, grades and attendance marks through the unit's
/// insert_many, counting progress callbacks into `progress_calls`.
std::function<void(const JournalChunk&)> store_writer(storage::UnitOfWork& unit,
                                                      std::size_t& progress_calls);

}  // namespace ejournal::bench
