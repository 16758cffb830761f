#include "bench_env.hpp"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace ejournal::bench {

namespace {

[[noreturn]] void bad_variable(const char* name, const std::string& value, const char* expected) {
  std::fprintf(stderr, "%s must be %s, not '%s'\n", name, expected, value.c_str());
  std::exit(EXIT_FAILURE);
}

std::size_t count_from_environment(const char* name, std::size_t fallback) {
  const std::string value = environment(name);
  if (value.empty()) return fallback;
  char* end = nullptr;
  const long long count = std::strtoll(value.c_str(), &end, 10);
  if (*end != '\0' || count <= 0) bad_variable(name, value, "a positive integer");
  return static_cast<std::size_t>(count);
}

// The number after `key` on its line of /proc/self/status, in kB; 0 when absent.
double status_kib(const std::string& status, std::string_view key) {
  const auto at = status.find(key);
  if (at == std::string::npos) return 0;
  return std::strtod(status.c_str() + at + key.size(), nullptr);
}

}  // namespace

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

SchoolYearShape shape_from_environment() {
  SchoolYearShape shape;
  shape.students = count_from_environment("EJ_BENCH_STUDENTS", shape.students);
  shape.classes = count_from_environment("EJ_BENCH_CLASSES", shape.classes);
  shape.subjects = count_from_environment("EJ_BENCH_SUBJECTS", shape.subjects);
  if (const std::string share = environment("EJ_BENCH_YEAR_SHARE"); !share.empty()) {
    char* end = nullptr;
    shape.year_share = std::strtod(share.c_str(), &end);
    if (*end != '\0' || !(shape.year_share > 0.0 && shape.year_share <= 1.0)) {
      bad_variable("EJ_BENCH_YEAR_SHARE", share, "a number in (0, 1]");
    }
  }
  return shape;
}

ScratchDirectory::ScratchDirectory() {
  std::string parent = environment("EJ_BENCH_DIR");
  if (parent.empty()) parent = environment("TMPDIR");
  if (parent.empty()) parent = "/tmp";
  std::string pattern = parent + "/ej-bench.XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    std::perror(("cannot create a scratch directory under " + parent).c_str());
    std::exit(EXIT_FAILURE);
  }
  path_ = pattern;
}

ScratchDirectory::~ScratchDirectory() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string ScratchDirectory::fresh_file(std::string_view name) const {
  const std::string file = path_ + "/" + std::string(name);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    std::error_code ignored;
    std::filesystem::remove(file + suffix, ignored);
  }
  return file;
}

ResidentSet resident_set() {
  std::string status;
  if (std::FILE* file = std::fopen("/proc/self/status", "r")) {
    std::array<char, 4096> buffer{};
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
      status.append(buffer.data(), read);
    }
    std::fclose(file);
  }
  return {status_kib(status, "VmRSS:") / 1024.0, status_kib(status, "VmHWM:") / 1024.0};
}

void reset_peak_resident_set() {
  std::ofstream clear_refs("/proc/self/clear_refs");
  clear_refs << "5";
}

double Results::median(const std::string& name) const {
  const auto found = values_.find(name);
  if (found == values_.end() || found->second.empty()) return -1;
  std::vector<double> sorted = found->second;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t middle = sorted.size() / 2;
  return sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

std::size_t Results::count(const std::string& name) const {
  const auto found = values_.find(name);
  return found == values_.end() ? 0 : found->second.size();
}

double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

Percentiles percentiles(std::vector<double> micros) {
  if (micros.empty()) return {};
  std::sort(micros.begin(), micros.end());
  const auto rank = [&](double share) {
    const auto index =
        static_cast<std::size_t>(std::ceil(share * static_cast<double>(micros.size())));
    return micros[std::min(micros.size(), std::max<std::size_t>(index, 1)) - 1];
  };
  return {rank(0.50), rank(0.99)};
}

Results& results() {
  static Results all;
  return all;
}

void print_target(std::string_view what, double measured, Goal goal, double limit,
                  std::string_view unit) {
  const char* relation = goal == Goal::at_least ? "≥" : "≤";
  if (measured < 0) {
    std::printf("  %-58.*s not measured (target %s %g%.*s)\n", static_cast<int>(what.size()),
                what.data(), relation, limit, static_cast<int>(unit.size()), unit.data());
    return;
  }
  const bool met = goal == Goal::at_least ? measured >= limit : measured <= limit;
  std::printf("  %-58.*s %.3g%.*s (target %s %g%.*s): %s\n", static_cast<int>(what.size()),
              what.data(), measured, static_cast<int>(unit.size()), unit.data(), relation, limit,
              static_cast<int>(unit.size()), unit.data(), met ? "MET" : "NOT MET");
}

}  // namespace ejournal::bench
