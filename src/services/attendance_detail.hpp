// What the attendance services share: the checked dictionary, a student's stays in classes, how
// a lesson and a day count, and the audit of a mark.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/school.hpp"
#include "ejournal/services/attendance.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services::detail {

/// The dictionary of one call, checked once (validate(AttendanceOptions)).
class AttendanceDictionary {
 public:
  explicit AttendanceDictionary(const AttendanceOptions& options);

  /// The entry of a code a caller typed (NFC, trimmed); Error(invalid) quoting it when the
  /// dictionary lacks it.
  [[nodiscard]] const AttendanceCode& lookup(std::string_view typed) const;
  /// The entry of a stored mark's code; Error(invalid) naming the mark when the dictionary
  /// lacks it.
  [[nodiscard]] const AttendanceCode& of(const model::AttendanceMark& mark) const;
  /// The entry of a stored code; nullptr when the dictionary lacks it.
  [[nodiscard]] const AttendanceCode* find(std::string_view code) const noexcept;
  [[nodiscard]] bool is_absence(const model::AttendanceMark& mark) const;
  /// An absence whose code or known reason explains it.
  [[nodiscard]] bool is_explained(const model::AttendanceMark& mark) const;
  [[nodiscard]] int alert_days() const noexcept { return alert_days_; }

 private:
  std::vector<AttendanceCode> codes_;
  int alert_days_;
};

/// A student's enrolment in a class, with the class's school year.
struct Stay {
  model::Enrolment enrolment;
  calendar::SchoolYear year;
};

/// The student's enrolments (only those in `only_class` when given), by arrival, each with its
/// class's calendar.
std::vector<Stay> stays_of(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                           const model::PersonId& student,
                           const std::optional<model::ClassId>& only_class = std::nullopt);

/// `date` as YYYY-MM-DD, for messages and the audit trail.
std::string day_text(model::Date date);

/// Whether `stay` covers `date` (arrived on or before it, not departed before it).
bool covers(const Stay& stay, model::Date date);

/// The class of the stay covering `date`, if any.
std::optional<model::ClassId> class_on(std::span<const Stay> stays, model::Date date);

/// Error(invalid) naming the range when it ends before it starts or holds a special date.
void check_range(const calendar::DateRange& range, std::string_view what);

/// How a student attended one lesson or one day.
enum class Outcome { attended, late, missed_explained, missed_unexplained };

/// A student's marks, read by lesson and by day.
class StudentMarks {
 public:
  StudentMarks(const AttendanceDictionary& dictionary,
               const std::vector<model::AttendanceMark>& marks);

  /// The lesson's own mark, else the day's mark (AttendanceCounts' rule).
  [[nodiscard]] Outcome lesson(const model::Lesson& lesson) const;
  /// The day's mark, else whether every one of `lessons_of_day` (that day's counted lessons)
  /// was missed.
  [[nodiscard]] Outcome day(model::Date date, std::span<const model::Lesson> lessons_of_day) const;

 private:
  [[nodiscard]] Outcome outcome_of(const model::AttendanceMark& mark) const;

  const AttendanceDictionary& dictionary_;
  std::map<model::LessonId, model::AttendanceMark> by_lesson_;
  std::map<model::Date, model::AttendanceMark> by_day_;
};

/// A student's lessons (as LessonRepository::list_for_student) grouped by date.
using LessonsByDay = std::map<model::Date, std::vector<model::Lesson>>;
LessonsByDay group_by_day(const std::vector<model::Lesson>& lessons);

/// Adds to `counts` the lessons of `lessons_by_day` and the school `days` as `marks` read them.
void add_counts(AttendanceCounts& counts, const StudentMarks& marks,
                const LessonsByDay& lessons_by_day, std::span<const model::Date> days);

/// The mark's audited fields as a JSON object.
std::string attendance_json(const model::AttendanceMark& mark);

/// Appends the audit entry of a mark written by `principal`.
void audit_mark(storage::UnitOfWork& unit, const access::Principal& principal, model::Instant now,
                const std::string& action, const std::string& before,
                const model::AttendanceMark& after);

}  // namespace ejournal::services::detail
