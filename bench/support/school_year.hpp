// A generated school year for the storage benchmarks: one institution with its people, classes,
// subjects and courses, and a year of lessons from a weekly timetable with their grades and
// attendance marks. The journal is produced in chunks of a few school days, so that a load of the
// whole year holds only one chunk in memory. Everything, ids included, comes from a fixed-seed
// PRNG: the same shape gives the same rows on every run and platform.
//
// With the default shape (1000 students in 30 classes, 15 subjects, a 2025/2026 year) the year
// has about 34 000 lessons, 1.5 million grades and 1 million attendance marks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/institution.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/people.hpp"
#include "ejournal/model/school.hpp"

namespace ejournal::bench {

/// The size of the generated year.
struct SchoolYearShape {
  std::size_t students = 1000;
  std::size_t classes = 30;
  std::size_t subjects = 15;  ///< at most the number of subject names the generator knows (15)
  /// The share of the year's school days that get lessons (0 < share ≤ 1), from the first day.
  double year_share = 1.0;
  std::size_t days_per_chunk = 5;  ///< school days per journal chunk
  /// Seeds the PRNG; another seed gives other ids (and other grades) for the same shape.
  std::uint64_t seed = 20250901;
};

/// Everything but the journal: small enough to hold whole.
struct SchoolStructure {
  model::Institution institution;
  model::AcademicYear year;
  std::vector<model::Person> teachers;
  std::vector<model::Person> students;  ///< class by class, in class order
  std::vector<model::SchoolClass> classes;
  std::vector<model::Subject> subjects;
  std::vector<model::Course> courses;  ///< class by class, one per subject
  std::vector<model::Enrolment> enrolments;
  /// students[class_first_student[c] .. class_first_student[c + 1]) are in classes[c].
  std::vector<std::size_t> class_first_student;
  /// The school days that get lessons, ascending.
  std::vector<calendar::Date> school_days;
};

/// The lessons of a few school days of every class, with their grades and attendance marks.
struct JournalChunk {
  std::vector<model::Lesson> lessons;
  std::vector<model::GradeEntry> grades;
  std::vector<model::AttendanceMark> attendance;

  [[nodiscard]] std::size_t rows() const {
    return lessons.size() + grades.size() + attendance.size();
  }
};

/// Builds the structure of `shape` and hands out its journal chunk by chunk.
class SchoolYearGenerator {
 public:
  /// Throws std::invalid_argument for an empty shape, a share outside (0, 1] or more subjects
  /// than the generator has names for.
  explicit SchoolYearGenerator(const SchoolYearShape& shape);

  /// The institution, people, classes, subjects, courses and enrolments.
  [[nodiscard]] const SchoolStructure& structure() const noexcept { return structure_; }

  /// How many chunks the journal has.
  [[nodiscard]] std::size_t chunk_count() const noexcept;

  /// Fills `chunk` (replacing its contents, reusing its capacity) with chunk `index` <
  /// chunk_count(). Each chunk is generated from its own PRNG stream, so chunks come out the same
  /// in any order.
  void fill_chunk(std::size_t index, JournalChunk& chunk) const;

  /// The course of `subject` for `class_index`.
  [[nodiscard]] const model::Course& course(std::size_t class_index, std::size_t subject) const;

 private:
  // The subject taught in each lesson of the weekly timetable of a class.
  struct TimetableEntry {
    calendar::TimetableSlot slot;
    std::size_t subject;
  };

  void build_people();
  void build_school();
  void build_timetables();
  void fill_class(std::size_t chunk_index, std::size_t class_index, calendar::DateRange days,
                  JournalChunk& chunk) const;

  SchoolYearShape shape_;
  SchoolStructure structure_;
  std::vector<std::vector<TimetableEntry>> timetables_;  // per class
};

}  // namespace ejournal::bench
