// What the storage benchmarks share besides the generated year: sizes from the environment,
// scratch files, the process's memory use, and the summary of medians and targets printed at the
// end of a run.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "school_year.hpp"

namespace ejournal::bench {

/// The year's shape from EJ_BENCH_STUDENTS, EJ_BENCH_CLASSES, EJ_BENCH_SUBJECTS and
/// EJ_BENCH_YEAR_SHARE (each defaulting to SchoolYearShape's value); exits with a message naming
/// the variable when one is malformed.
SchoolYearShape shape_from_environment();

/// The value of the environment variable `name`, or empty when it is unset.
std::string environment(const char* name);

/// A new empty directory for scratch databases under EJ_BENCH_DIR (default $TMPDIR or /tmp),
/// removed with everything in it when the object goes.
class ScratchDirectory {
 public:
  ScratchDirectory();
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  /// A path inside the directory; the file is removed first (with its -wal and -shm companions).
  [[nodiscard]] std::string fresh_file(std::string_view name) const;

 private:
  std::string path_;
};

/// The process's resident set: now and at its peak, in MiB (from /proc/self/status).
struct ResidentSet {
  double current_mib = 0;
  double peak_mib = 0;
};
ResidentSet resident_set();
/// Restarts the peak (VmHWM) at the current resident set, so that the next peak belongs to what
/// runs after (Linux ≥ 4.0; ignored where /proc/self/clear_refs cannot be written).
void reset_peak_resident_set();

/// Measurements kept by name across repetitions, summarised by their median.
class Results {
 public:
  void add(const std::string& name, double value) { values_[name].push_back(value); }
  /// The median of the values recorded under `name`, or a negative number when there are none.
  [[nodiscard]] double median(const std::string& name) const;
  /// How many values were recorded under `name`.
  [[nodiscard]] std::size_t count(const std::string& name) const;

 private:
  std::map<std::string, std::vector<double>> values_;
};

/// The process-wide results of the running benchmark program.
Results& results();

/// The CPU time of the calling thread, in seconds: on a busy machine a steadier measure than
/// the wall clock for work done in-process (it leaves out a database server's work).
double thread_cpu_seconds();

/// The 50th and 99th percentiles of some durations, in microseconds.
struct Percentiles {
  double p50_us = 0;
  double p99_us = 0;
};
/// The percentiles of `micros` (nearest rank); zeros when it is empty.
Percentiles percentiles(std::vector<double> micros);

/// Whether a measurement should reach its limit from above or stay under it.
enum class Goal { at_least, at_most };

/// Prints one line of the targets summary: "  <what>: <measured> <unit> (target ≥ <limit>): MET"
/// (or NOT MET); "not measured" when `measured` is negative.
void print_target(std::string_view what, double measured, Goal goal, double limit,
                  std::string_view unit);

}  // namespace ejournal::bench
