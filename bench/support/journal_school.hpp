// A generated school year (school_year.hpp) in a Store as the journal's services need it: the
// year's journal but for a few held-out school days (which the recording benchmark writes), the
// teachers' role grants, an administrator, and a parent for every student — with the principals
// the services take. Also the held-out days themselves and the two ways of recording one: through
// the services, as teachers do, and straight through the repositories.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"
#include "raw_postgres.hpp"
#include "school_year.hpp"

namespace ejournal::bench {

/// A lesson of a held-out day with its grades (at most one per student: the journal takes one
/// current grade per student and lesson) and its attendance marks, as the generator made them.
struct DayLesson {
  std::size_t course_index = 0;  ///< into SchoolStructure::courses
  model::Lesson lesson;
  std::vector<model::GradeEntry> grades;
  std::vector<model::AttendanceMark> attendance;
};

/// All lessons of all classes on one school day.
struct SchoolDay {
  calendar::Date date;
  std::vector<DayLesson> lessons;

  /// The lessons, grades and marks of the day.
  [[nodiscard]] std::size_t rows() const;
  /// The day's rows as one chunk, for writing them straight to a store.
  [[nodiscard]] JournalChunk as_rows() const;
};

/// The store of a benchmark with the generated year loaded.
struct JournalSchool {
  std::string backend;                    ///< "sqlite" or "postgresql"
  std::unique_ptr<ScratchSchema> schema;  ///< PostgreSQL only; outlives the store
  std::unique_ptr<storage::Store> store;
  model::PersonId administrator_id;  ///< holds institution_admin
  /// parents[i] is the only parent of SchoolStructure::students[i].
  std::vector<model::PersonId> parents;
  /// The teacher of SchoolStructure::courses[i] as a principal, loaded from the store.
  std::vector<access::Principal> course_teachers;
  /// The held-out days, in the order asked for, none of them in the store yet.
  std::vector<SchoolDay> held_out;
};

/// The last `count` Mondays among the structure's school days, ascending: days of one shape (every
/// class has its longest day), which the recording benchmark writes one at a time. Throws
/// std::invalid_argument when the year has fewer.
std::vector<calendar::Date> last_mondays(const SchoolStructure& structure, std::size_t count);

/// Loads the generator's year into `school.store` (opened by the caller) but for the journal of
/// `held_out` days, which it keeps in `school.held_out` instead; adds the administrator, the
/// parents and the teachers' grants, and loads the teachers' principals.
void load_journal_school(JournalSchool& school, const SchoolYearGenerator& generator,
                         const std::vector<calendar::Date>& held_out);

/// The principal of `person_id`, as a signed-in session holds it (services::load_principal).
access::Principal principal_of(storage::Store& store, const model::InstitutionId& institution,
                               const model::PersonId& person_id);

/// A clock fixed at one instant.
class FixedClock final : public model::Clock {
 public:
  explicit FixedClock(model::Instant now) : now_(now) {}
  [[nodiscard]] model::Instant now() const override { return now_; }

 private:
  model::Instant now_;
};

/// What recording a day through the services took, by kind of call (wall clock, seconds).
struct DayRecording {
  std::size_t rows = 0;  ///< the rows the services returned
  std::size_t lesson_calls = 0;
  std::size_t grade_calls = 0;
  std::size_t attendance_calls = 0;
  double lesson_seconds = 0;
  double grade_seconds = 0;
  double attendance_seconds = 0;
};

/// Records `day` as its teachers do, one service call per record: each lesson
/// (services::record_lesson), then its grades one by one (services::record_grade), then its
/// attendance (services::write_lesson_attendance), by each course's teacher on the afternoon of
/// the day. Throws what the services throw.
DayRecording record_day_through_services(const JournalSchool& school,
                                         const SchoolStructure& structure, const SchoolDay& day);

/// Writes a day's rows (SchoolDay::as_rows) straight through the repositories' insert_many in one
/// unit of work: no checks, no audit, no notifications. Returns the rows written.
std::size_t record_day_through_repositories(storage::Store& store, const JournalChunk& rows);

}  // namespace ejournal::bench
