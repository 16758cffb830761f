// ej_attendance_* over services/attendance.hpp: marking, reasons, explanations, counts, alerts.
#include <cstdint>
#include <string>
#include <vector>

#include "access/principal.hpp"
#include "calendar/school_year.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/attendance.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/caller.hpp"
#include "storage/attendance_list.hpp"
#include "storage/convert.hpp"
#include "storage/lists.hpp"
#include "storage/session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;
namespace calendar = ejournal::calendar;

struct ej_attendance_report {
  services::ClassAttendance attendance;
};

struct ej_absence_alert_list : records::RecordList<services::AbsenceAlert, ej_absence_alert> {};

namespace {

// The constants of attendance.h are the service's enumerators, so the casts below are exact.
static_assert(static_cast<int>(services::AttendanceKind::present) == EJ_ATTENDANCE_PRESENT);
static_assert(static_cast<int>(services::AttendanceKind::absent) == EJ_ATTENDANCE_ABSENT);

const ej_attendance_options kDefaultOptions = EJ_ATTENDANCE_OPTIONS_INIT;

/// The built-in dictionary, kept for the life of the library: its strings are handed out.
const std::vector<services::AttendanceCode>& builtin_codes() {
  static const std::vector<services::AttendanceCode> codes = services::ukrainian_attendance_codes();
  return codes;
}

services::AttendanceOptions read_options(const ej_attendance_options* given) {
  const ej_attendance_options& options = given != nullptr ? *given : kDefaultOptions;
  capi::check_options_version(options.version, EJ_ATTENDANCE_OPTIONS_VERSION, "options->version");
  services::AttendanceOptions result;
  result.alert_days = options.alert_days;
  const std::size_t count = records::read_count(options.code_count, "options->code_count");
  if (count == 0) return result;
  records::require_column(options.codes, count, "options->codes");
  records::require_column(options.titles, count, "options->titles");
  records::require_column(options.kinds, count, "options->kinds");
  result.codes.clear();
  for (std::size_t row = 0; row < count; ++row) {
    services::AttendanceCode code;
    code.code = records::read_cell_text(options.codes, row, "options->codes");
    code.title = records::read_cell_text(options.titles, row, "options->titles");
    code.kind = static_cast<services::AttendanceKind>(
        records::read_cell_enum(options.kinds, row, EJ_ATTENDANCE_PRESENT, EJ_ATTENDANCE_ABSENT,
                                EJ_ATTENDANCE_ABSENT, "options->kinds", "ej_attendance_kind"));
    code.explained =
        options.explained != nullptr &&
        capi::read_bool(options.explained[row], records::row_name("options->explained", row));
    result.codes.push_back(std::move(code));
  }
  return result;
}

std::vector<services::AttendanceEntry> read_entries(std::int64_t count, const ej_uuid* students,
                                                    const char* const* codes) {
  const std::size_t rows = records::read_count(count, "count");
  records::require_column(students, rows, "students");
  records::require_column(codes, rows, "codes");
  std::vector<services::AttendanceEntry> entries(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    entries[row].student_id =
        records::read_cell_required_id<model::PersonId>(students, row, "students");
    capi::require(codes[row], records::row_name("codes", row));
    entries[row].code = capi::raw_text(codes[row], capi::kMaxShortText);
  }
  return entries;
}

calendar::DateRange read_range(const ej_date* first, const ej_date* last) {
  return {capi::read_date(first, "first"), capi::read_date(last, "last")};
}

// What ej_attendance_set_reason and ej_attendance_explain both take, read in their order.
struct AbsenceArguments {
  ejournal::storage::Store& store;
  const ejournal::access::Principal& principal;
  model::InstitutionId institution;
  model::PersonId student;
  calendar::DateRange days;
  model::AbsenceReason reason;
};

AbsenceArguments read_absence_arguments(ej_store* store, const ej_principal* principal,
                                        const ej_uuid* institution, const ej_uuid* student,
                                        const ej_date* first, const ej_date* last, int32_t reason) {
  auto& core = records::store_of(store);
  const auto& who = capi::principal_of(principal);
  const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
  const auto id = records::required_id<model::PersonId>(student, "student");
  const auto days = read_range(first, last);
  const auto why = static_cast<model::AbsenceReason>(records::read_enum(
      reason, EJ_ABSENCE_UNKNOWN, EJ_ABSENCE_OTHER, "reason", "ej_absence_reason"));
  return {core, who, owner, id, days, why};
}

void hand_out(ej_attendance_list** out, std::vector<model::AttendanceMark> marks) {
  if (out != nullptr) *out = records::make_attendance_list(std::move(marks));
}

void write_counts(ej_attendance_counts* out, const model::PersonId& student,
                  const services::AttendanceCounts& counts) {
  out->student_id = records::write_uuid(student.value);
  out->lessons = counts.lessons;
  out->lessons_missed = counts.lessons_missed;
  out->lessons_missed_explained = counts.lessons_missed_explained;
  out->lessons_missed_unexplained = counts.lessons_missed_unexplained;
  out->lessons_late = counts.lessons_late;
  out->school_days = counts.school_days;
  out->days_missed = counts.days_missed;
  out->days_missed_explained = counts.days_missed_explained;
  out->days_missed_unexplained = counts.days_missed_unexplained;
  if (const auto percent = services::lessons_attended_percent(counts)) {
    out->lessons_percent = capi::to_c(*percent, "lessons_percent");
    out->has_lessons_percent = 1;
  }
  if (const auto percent = services::days_attended_percent(counts)) {
    out->days_percent = capi::to_c(*percent, "days_percent");
    out->has_days_percent = 1;
  }
}

ej_absence_alert view_of(const services::AbsenceAlert& alert) {
  return ej_absence_alert{EJ_ABSENCE_ALERT_VERSION,
                          0,
                          records::write_uuid(alert.student_id.value),
                          capi::write_date(alert.first_day),
                          capi::write_date(alert.last_day),
                          alert.days};
}

}  // namespace

extern "C" {

int ej_attendance_options_init(ej_attendance_options* opts, uint32_t version) {
  return capi::init_options(opts, version, kDefaultOptions);
}

int64_t ej_attendance_builtin_count(void) {
  return static_cast<int64_t>(builtin_codes().size());
}

int ej_attendance_builtin_code(const char** out_code, const char** out_title, int32_t* out_kind,
                               int32_t* out_explained, int64_t index) {
  return capi::guarded([&] {
    const auto& codes = builtin_codes();
    if (index < 0 || static_cast<std::uint64_t>(index) >= codes.size()) {
      throw ejournal::Error(ejournal::Errc::range, ejournal::ErrorDomain::argument,
                            "index " + std::to_string(index) + " is outside the " +
                                std::to_string(codes.size()) + " built-in attendance codes");
    }
    const auto& code = codes[static_cast<std::size_t>(index)];
    capi::put(out_code, code.code.c_str());
    capi::put(out_title, code.title.c_str());
    capi::put(out_kind, static_cast<int32_t>(code.kind));
    capi::put(out_explained, static_cast<int32_t>(code.explained ? 1 : 0));
    return EJ_OK;
  });
}

int ej_attendance_write_lesson(ej_attendance_list** out, ej_store* store, const int64_t* now,
                               const ej_principal* principal, const ej_uuid* institution,
                               const ej_uuid* lesson, int64_t count, const ej_uuid* students,
                               const char* const* codes, const ej_attendance_options* options) {
  return capi::guarded([&] {
    if (out != nullptr) *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::LessonId>(lesson, "lesson");
    const auto entries = read_entries(count, students, codes);
    const auto settings = read_options(options);
    const capi::CallerClock clock(now);
    hand_out(out,
             services::write_lesson_attendance(core, clock, who, owner, id, entries, settings));
    return EJ_OK;
  });
}

int ej_attendance_write_daily(ej_attendance_list** out, ej_store* store, const int64_t* now,
                              const ej_principal* principal, const ej_uuid* institution,
                              const ej_uuid* school_class, const ej_date* date, int64_t count,
                              const ej_uuid* students, const char* const* codes,
                              const ej_attendance_options* options) {
  return capi::guarded([&] {
    if (out != nullptr) *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::ClassId>(school_class, "school_class");
    const auto day = capi::read_date(date, "date");
    const auto entries = read_entries(count, students, codes);
    const auto settings = read_options(options);
    const capi::CallerClock clock(now);
    hand_out(out,
             services::write_daily_attendance(core, clock, who, owner, id, day, entries, settings));
    return EJ_OK;
  });
}

int ej_attendance_set_reason(ej_attendance_list** out, ej_store* store, const int64_t* now,
                             const ej_principal* principal, const ej_uuid* institution,
                             const ej_uuid* student, const ej_date* first, const ej_date* last,
                             int32_t reason, const char* document_ref,
                             const ej_attendance_options* options) {
  return capi::guarded([&] {
    if (out != nullptr) *out = nullptr;
    const auto call =
        read_absence_arguments(store, principal, institution, student, first, last, reason);
    const std::string document = capi::raw_text(document_ref, capi::kMaxShortText);
    const auto settings = read_options(options);
    const capi::CallerClock clock(now);
    hand_out(out, services::write_absence_reason(call.store, clock, call.principal,
                                                 call.institution, call.student, call.days,
                                                 call.reason, document, settings));
    return EJ_OK;
  });
}

int ej_attendance_explain(ej_attendance_list** out, ej_store* store, const int64_t* now,
                          const ej_principal* principal, const ej_uuid* institution,
                          const ej_uuid* student, const ej_date* first, const ej_date* last,
                          int32_t reason, const char* explanation,
                          const ej_attendance_options* options) {
  return capi::guarded([&] {
    if (out != nullptr) *out = nullptr;
    const auto call =
        read_absence_arguments(store, principal, institution, student, first, last, reason);
    capi::require(explanation, "explanation");
    const std::string note = capi::raw_text(explanation, capi::kMaxShortText);
    const auto settings = read_options(options);
    const capi::CallerClock clock(now);
    hand_out(out, services::explain_absence(call.store, clock, call.principal, call.institution,
                                            call.student, call.days, call.reason, note, settings));
    return EJ_OK;
  });
}

int ej_attendance_student(ej_attendance_counts* out, ej_store* store, const ej_principal* principal,
                          const ej_uuid* institution, const ej_uuid* student, const ej_date* first,
                          const ej_date* last, const ej_attendance_options* options) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_ATTENDANCE_COUNTS_VERSION);
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::PersonId>(student, "student");
    const auto period = read_range(first, last);
    const auto settings = read_options(options);
    const auto result = services::student_attendance(core, who, owner, id, period, settings);
    ej_attendance_counts counts{};
    counts.version = out->version;
    write_counts(&counts, result.student_id, result.counts);
    *out = counts;
    return EJ_OK;
  });
}

int ej_attendance_class(ej_attendance_report** out, ej_store* store, const ej_principal* principal,
                        const ej_uuid* institution, const ej_uuid* school_class,
                        const ej_date* first, const ej_date* last,
                        const ej_attendance_options* options) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::ClassId>(school_class, "school_class");
    const auto period = read_range(first, last);
    const auto settings = read_options(options);
    auto report = std::make_unique<ej_attendance_report>(
        ej_attendance_report{services::class_attendance(core, who, owner, id, period, settings)});
    *out = report.release();
    return EJ_OK;
  });
}

int ej_attendance_report_count(int64_t* out, const ej_attendance_report* report) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = 0;
    capi::require(report, "report");
    *out = static_cast<int64_t>(report->attendance.students.size());
    return EJ_OK;
  });
}

int ej_attendance_report_get(ej_attendance_counts* out, const ej_attendance_report* report,
                             int64_t index) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_ATTENDANCE_COUNTS_VERSION);
    capi::require(report, "report");
    const auto& rows = report->attendance.students;
    if (index < 0 || static_cast<std::uint64_t>(index) >= rows.size()) {
      throw ejournal::Error(ejournal::Errc::range, ejournal::ErrorDomain::argument,
                            "index " + std::to_string(index) + " is outside the report of " +
                                std::to_string(rows.size()) + " students");
    }
    const auto& row = rows[static_cast<std::size_t>(index)];
    ej_attendance_counts counts{};
    counts.version = out->version;
    write_counts(&counts, row.student_id, row.counts);
    *out = counts;
    return EJ_OK;
  });
}

int ej_attendance_report_total(ej_attendance_counts* out, const ej_attendance_report* report) {
  return capi::guarded([&] {
    capi::require(out, "out");
    capi::reset_versioned(out, EJ_ATTENDANCE_COUNTS_VERSION);
    capi::require(report, "report");
    ej_attendance_counts counts{};
    counts.version = out->version;
    write_counts(&counts, model::PersonId{}, report->attendance.total);
    *out = counts;
    return EJ_OK;
  });
}

void ej_attendance_report_free(ej_attendance_report* report) {
  delete report;
}

int ej_attendance_alerts(ej_absence_alert_list** out, ej_store* store,
                         const ej_principal* principal, const ej_uuid* institution,
                         const ej_uuid* school_class, const ej_date* as_of,
                         const ej_attendance_options* options) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::ClassId>(school_class, "school_class");
    const auto day = capi::read_date(as_of, "as_of");
    const auto settings = read_options(options);
    *out = records::make_list<ej_absence_alert_list>(
        services::absence_alerts(core, who, owner, id, day, settings), view_of);
    return EJ_OK;
  });
}

int ej_absence_alert_list_count(int64_t* out, const ej_absence_alert_list* list) {
  return records::list_count(out, list);
}

int ej_absence_alert_list_get(const ej_absence_alert** out, const ej_absence_alert_list* list,
                              int64_t index) {
  return records::list_get(out, list, index);
}

void ej_absence_alert_list_free(ej_absence_alert_list* list) {
  delete list;
}

}  // extern "C"
