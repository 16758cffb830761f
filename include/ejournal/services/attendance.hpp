// Attendance (issue 7 point 3; ua-school.md §1.8, §3, §7): marks per lesson by the course's
// teacher and per day by the class teacher (also the kindergarten's daily sheet), absence reasons
// and documents from the class teacher, a parent's explanation, counts and percentages, and the
// alert of 10 consecutive school days of unexplained absence.
//
// Codes come from a dictionary (AttendanceOptions): the built-in Ukrainian one or the
// institution's own. An absence is explained when its code says so (хв: ill) or when its reason
// is known (set by the class teacher or explained by a parent: CMU 684 para 13 makes a parent's
// note equal to a doctor's).
//
// Every write is one unit of work, audited per mark (entity "attendance", actions "mark",
// "change", "reason", "explain"); a refused call changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/calendar/calendar.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::services {

/// What a code of the dictionary records.
enum class AttendanceKind { present = 1, late, absent };

/// One code of an attendance dictionary.
struct AttendanceCode {
  std::string code;  ///< as written in the journal: "н", "хв"
  /// What it means, as a noun so that it reads for a boy and a girl alike (it goes into the
  /// parents' notices): "відсутність", "хвороба".
  std::string title;
  AttendanceKind kind = AttendanceKind::absent;
  /// For an absence: the code itself gives a valid reason (illness, quarantine, leave).
  bool explained = false;
};

/// The built-in Ukrainian dictionary (ua-school.md §1.8, §3):
/// "п" присутність (present); "зп" запізнення (late, present); "н" відсутність (absence, reason
/// not yet known); "хв" хвороба (absence, explained: illness); "пп" відсутність з поважної
/// причини (absence, explained); "від" відпустка (absence, explained: the parents' leave — the
/// kindergarten sheet); "кар" карантин (absence, explained).
[[nodiscard]] std::vector<AttendanceCode> ukrainian_attendance_codes();

/// The dictionary and the alert's length.
struct AttendanceOptions {
  /// Codes of 1 … model::kMaxCodeCharacters characters, each once, in NFC; titles required.
  std::vector<AttendanceCode> codes = ukrainian_attendance_codes();
  /// Consecutive school days of unexplained absence that raise the alert (1 … 366).
  int alert_days = 10;
};

/// Checks `options`: Error(invalid, argument) naming the code (or the value) at the first problem
/// — an empty or over-long code or title, invalid UTF-8, a code listed twice, an unknown kind, an
/// alert length out of range.
void validate(const AttendanceOptions& options);

/// A student's mark in a write: a code of the dictionary (compared after NFC and trimming).
struct AttendanceEntry {
  model::PersonId student_id;
  std::string code;
};

/// Marks attendance at lesson `lesson_id`: one entry per student, each enrolled on the lesson's
/// date in the course's class (and, for a subgroup's course, a member of the subgroup). A
/// student's existing mark for the lesson takes the new code (its reason and document stay); an
/// unchanged code is left as it is. Needs access::Operation::write_lesson_attendance on the
/// lesson's course. A mark that newly says absent (new, or changed from a presence or lateness)
/// is told to the student's parents through the outbox in the same unit (parent_notices.hpp).
/// Returns the student's marks in the order of `entries`, as stored.
/// Throws Error(invalid) for bad options, no entries, a student listed twice or a code the
/// dictionary lacks (quoting it); Error(not_found) for an unknown lesson or a student not enrolled
/// there that day; Error(permission) as access::require does. On any error nothing is stored.
std::vector<model::AttendanceMark> write_lesson_attendance(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::LessonId lesson_id,
    std::span<const AttendanceEntry> entries, const AttendanceOptions& options = {});

/// Marks whole-day attendance of class `class_id` (the daily page; a kindergarten group's daily
/// sheet) on `date`, which must be a school day of the class's academic year; students as for
/// write_lesson_attendance, enrolled in the class on `date`. Needs
/// access::Operation::write_daily_attendance on the class. Errors as write_lesson_attendance,
/// and Error(invalid) for a day that is not a school day (naming it); Error(not_found) for an
/// unknown class.
std::vector<model::AttendanceMark> write_daily_attendance(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::ClassId class_id, model::Date date,
    std::span<const AttendanceEntry> entries, const AttendanceOptions& options = {});

/// Sets `reason` and `document_ref` (a certificate's or note's number; "" clears it) on every
/// absence of `student_id` marked in `days` (lesson and daily marks). Needs
/// access::Operation::write_absence_reason on the student in their class of each mark's day.
/// Returns the changed marks, by date. Throws Error(invalid) for bad options, a range ending
/// before it starts, an unknown reason or a bad document reference (UTF-8, one line, at most
/// model::kMaxReferenceBytes); Error(not_found) when the student has no absence in `days`;
/// Error(permission). On any error nothing is stored.
std::vector<model::AttendanceMark> write_absence_reason(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::PersonId student_id, calendar::DateRange days,
    model::AbsenceReason reason, std::string_view document_ref,
    const AttendanceOptions& options = {});

/// A parent's explanation of their child's absence in `days`: `reason` (illness, family or
/// other) and the note's text (`explanation`, stored as the marks' document reference: one line
/// of at most model::kMaxReferenceBytes) on every unexplained absence there; absences already
/// explained stay as they are. Needs access::Operation::explain_absence on the student. Returns
/// the changed marks, by date. Throws Error(invalid) for bad options, a bad range, another reason
/// or an empty or bad explanation; Error(not_found) when the student has no absence in `days`;
/// Error(conflict) when every one is explained already; Error(permission). On any error nothing
/// is stored.
std::vector<model::AttendanceMark> explain_absence(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::PersonId student_id, calendar::DateRange days,
    model::AbsenceReason reason, std::string_view explanation,
    const AttendanceOptions& options = {});

/// Counts of a period. A lesson counts when the student was enrolled in its course's class on
/// its date (and in its subgroup); it is missed when its own mark is an absence, or when it has
/// none and the student's daily mark of that date is an absence — explained or not as that mark
/// is. A day counts when it is a school day of the year of the class the student was enrolled in;
/// it is missed when the daily mark is an absence, or when there is no daily mark and the student
/// missed every lesson of the day (at least one): explained when any of them is.
struct AttendanceCounts {
  std::int64_t lessons = 0;  ///< lessons counted: the denominator of the lessons' percentage
  std::int64_t lessons_missed = 0;
  std::int64_t lessons_missed_explained = 0;
  std::int64_t lessons_missed_unexplained = 0;
  std::int64_t lessons_late = 0;  ///< attended late (not missed)
  std::int64_t school_days = 0;   ///< days counted: the denominator of the days' percentage
  std::int64_t days_missed = 0;
  std::int64_t days_missed_explained = 0;
  std::int64_t days_missed_unexplained = 0;

  friend bool operator==(const AttendanceCounts&, const AttendanceCounts&) = default;
};

/// 100 × (lessons − lessons_missed) / lessons, exact; nullopt without lessons.
[[nodiscard]] std::optional<grading::Rational> lessons_attended_percent(
    const AttendanceCounts& counts);
/// 100 × (school_days − days_missed) / school_days, exact; nullopt without school days.
[[nodiscard]] std::optional<grading::Rational> days_attended_percent(
    const AttendanceCounts& counts);

/// One student's counts.
struct StudentAttendance {
  model::PersonId student_id;
  AttendanceCounts counts;
};

/// The counts of `student_id` over `period` in every class they were enrolled in. Needs
/// access::Operation::read_student_record (the student's class: the one of the period's last day
/// they were enrolled on, if any). Throws Error(invalid) for bad options, a bad period or a stored
/// code the dictionary lacks; Error(not_found) for a person who is not a student of the
/// institution's classes; Error(permission).
StudentAttendance student_attendance(storage::Store& store, const access::Principal& principal,
                                     model::InstitutionId institution_id,
                                     model::PersonId student_id, calendar::DateRange period,
                                     const AttendanceOptions& options = {});

/// A class's counts over a period: per student (every student enrolled in it on any day of the
/// period, counting only lessons of the class's courses and days in the class), in Ukrainian
/// alphabetical order, and their sum.
struct ClassAttendance {
  model::ClassId class_id;
  std::vector<StudentAttendance> students;
  AttendanceCounts total;
};

/// The class's counts over `period`. Needs access::Operation::read_class_summary. Errors as
/// student_attendance; Error(not_found) for an unknown class.
ClassAttendance class_attendance(storage::Store& store, const access::Principal& principal,
                                 model::InstitutionId institution_id, model::ClassId class_id,
                                 calendar::DateRange period, const AttendanceOptions& options = {});

/// A student whose run of unexplained absence reached the alert's length.
struct AbsenceAlert {
  model::PersonId student_id;
  model::Date first_day;  ///< the run's first school day
  model::Date last_day;   ///< its last: the latest school day on or before the date asked
  std::int64_t days = 0;  ///< school days in the run
};

/// The students of class `class_id` (enrolled on `as_of`) whose unexplained absence has run for
/// at least options.alert_days consecutive school days up to `as_of`: walking back from the
/// latest school day on or before `as_of`, each school day the student missed unexplained (as
/// AttendanceCounts defines a missed day) extends the run; days that are not school days
/// (weekends, holidays) neither count nor break it; any other school day, or the student's
/// arrival in the class, ends it. In Ukrainian alphabetical order. Needs
/// access::Operation::read_class_summary. Errors as class_attendance, and Error(invalid) for a
/// date outside the class's academic year.
std::vector<AbsenceAlert> absence_alerts(storage::Store& store, const access::Principal& principal,
                                         model::InstitutionId institution_id,
                                         model::ClassId class_id, model::Date as_of,
                                         const AttendanceOptions& options = {});

/// The reason's word, as the audit trail writes it: "unknown", "illness", "family",
/// "valid_document", "other". Throws Error(invalid) for a value that names none.
[[nodiscard]] std::string_view absence_reason_name(model::AbsenceReason reason);

}  // namespace ejournal::services
