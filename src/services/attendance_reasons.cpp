// Why a student was absent: the class teacher's reason and document, a parent's explanation.
#include <set>
#include <string>

#include "attendance_detail.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/attendance.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services {

namespace {

using detail::AttendanceDictionary;

std::string range_text(const calendar::DateRange& days) {
  return detail::day_text(days.first) + " … " + detail::day_text(days.last);
}

/// The student's absences marked in `days`, by date; Error(not_found) when there is none. Each
/// day's class is checked against `operation` first.
std::vector<model::AttendanceMark> absences_in(
    storage::UnitOfWork& unit, const access::Principal& principal, access::Operation operation,
    const model::InstitutionId& institution, const model::PersonId& student,
    const calendar::DateRange& days, const AttendanceDictionary& dictionary) {
  storage::AttendanceQuery query;
  query.student = student;
  query.days = {days.first, days.last};
  std::vector<model::AttendanceMark> absences;
  for (auto& mark : unit.attendance().list(institution, query)) {
    if (dictionary.is_absence(mark)) absences.push_back(std::move(mark));
  }
  const auto stays = detail::stays_of(unit, institution, student);
  std::set<std::optional<model::ClassId>> classes;
  for (const auto& mark : absences) classes.insert(detail::class_on(stays, mark.date));
  if (classes.empty()) classes.insert(detail::class_on(stays, days.last));
  for (const auto& school_class : classes) {
    access::require(principal, operation,
                    access::Target::student(institution, student, school_class));
  }
  if (absences.empty()) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "the student " + student.str() + " has no absence marked " + range_text(days));
  }
  return absences;
}

/// Stores `mark` with the new reason and document, audited as `action`.
model::AttendanceMark set_reason(storage::UnitOfWork& unit, const access::Principal& principal,
                                 model::Instant now, model::AttendanceMark mark,
                                 model::AbsenceReason reason, std::string_view document_ref,
                                 const std::string& action) {
  const auto before = detail::attendance_json(mark);
  mark.reason = reason;
  mark.document_ref = std::string(document_ref);
  mark = model::validated(std::move(mark));
  mark.version = unit.attendance().update(mark);
  detail::audit_mark(unit, principal, now, action, before, mark);
  return mark;
}

}  // namespace

std::vector<model::AttendanceMark> write_absence_reason(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::PersonId student_id, calendar::DateRange days,
    model::AbsenceReason reason, std::string_view document_ref, const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  detail::check_range(days, "the days of the absence");
  (void)absence_reason_name(reason);
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto absences = absences_in(*unit, principal, access::Operation::write_absence_reason,
                                    institution_id, student_id, days, dictionary);
  std::vector<model::AttendanceMark> changed;
  for (const auto& mark : absences) {
    auto updated = mark;
    updated.reason = reason;
    updated.document_ref = std::string(document_ref);
    updated = model::validated(std::move(updated));
    if (updated.reason == mark.reason && updated.document_ref == mark.document_ref) continue;
    changed.push_back(
        set_reason(*unit, principal, now, mark, reason, updated.document_ref, "reason"));
  }
  unit->commit();
  return changed;
}

std::vector<model::AttendanceMark> explain_absence(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::PersonId student_id, calendar::DateRange days,
    model::AbsenceReason reason, std::string_view explanation, const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  detail::check_range(days, "the days of the absence");
  if (reason != model::AbsenceReason::illness && reason != model::AbsenceReason::family &&
      reason != model::AbsenceReason::other) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "a parent explains an absence by illness, family or other reasons, not by " +
                    std::to_string(static_cast<int>(reason)));
  }
  if (detail::trim_space(explanation).empty()) {
    throw Error(Errc::invalid, ErrorDomain::argument, "the explanation of the absence is empty");
  }
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto absences = absences_in(*unit, principal, access::Operation::explain_absence,
                                    institution_id, student_id, days, dictionary);
  std::vector<model::AttendanceMark> changed;
  for (const auto& mark : absences) {
    if (dictionary.is_explained(mark)) continue;
    changed.push_back(set_reason(*unit, principal, now, mark, reason, explanation, "explain"));
  }
  if (changed.empty()) {
    throw Error(Errc::conflict, ErrorDomain::argument,
                "every absence of the student " + student_id.str() + " marked " + range_text(days) +
                    " is explained already");
  }
  unit->commit();
  return changed;
}

}  // namespace ejournal::services
