// Marking attendance: at a lesson (the course's teacher) and for a whole day (the class teacher,
// the kindergarten's daily sheet).
#include <map>
#include <set>
#include <string>

#include "attendance_detail.hpp"
#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/attendance.hpp"
#include "ejournal/services/parent_notices.hpp"

namespace ejournal::services {

namespace {

using detail::AttendanceDictionary;

/// Where a write lands: the day, the lesson (none for the daily page) and who may be marked.
struct Sheet {
  model::InstitutionId institution_id;
  model::Date date;
  std::optional<model::LessonId> lesson_id;
  std::set<model::PersonId> students;  ///< enrolled (and in the subgroup) that day
  std::string place;                   ///< "class 5-А on 2024-09-02", for messages
  std::string subject;                 ///< the lesson's subject; empty for the daily page
};

// Tells the student's parents when a mark newly says "absent": a new absence, or a mark changed
// from a presence or lateness. A change between two absence codes (н → хв) tells them nothing
// new.
void tell_parents_of_absence(storage::UnitOfWork& unit, const AttendanceDictionary& dictionary,
                             const Sheet& sheet, const AttendanceCode& code,
                             const std::optional<std::string>& previous_code,
                             const model::AttendanceMark& mark, model::Instant now) {
  if (code.kind != AttendanceKind::absent) return;
  if (previous_code) {
    const AttendanceCode* previous = dictionary.find(*previous_code);
    if (previous != nullptr && previous->kind == AttendanceKind::absent) return;
  }
  ParentNotice notice;
  notice.kind = ParentNoticeKind::absence;
  notice.institution_id = mark.institution_id;
  notice.student_id = mark.student_id;
  notice.entity_id = mark.id.str();
  notice.revision = mark.version;
  notice.subject = sheet.subject;
  notice.date = mark.date;
  notice.detail = code.code + " (" + code.title + ")";
  notify_parents(unit, notice, now);
}

/// The students of `school_class` enrolled on `date`; of `subgroup` only when given.
std::set<model::PersonId> students_on(storage::UnitOfWork& unit,
                                      const model::InstitutionId& institution,
                                      const model::ClassId& school_class, model::Date date,
                                      const std::optional<model::SubgroupId>& subgroup) {
  storage::EnrolmentQuery query;
  query.school_class = school_class;
  query.on = date;
  std::set<model::PersonId> enrolled;
  for (const auto& enrolment : unit.enrolments().list(institution, query)) {
    enrolled.insert(enrolment.student_id);
  }
  if (!subgroup) return enrolled;
  std::set<model::PersonId> members;
  for (const auto& member : unit.subgroups().members(institution, *subgroup)) {
    if (enrolled.contains(member)) members.insert(member);
  }
  return members;
}

/// The sheet's existing marks of the listed students: a lesson's in one query, a day's per
/// student (the store lists a day's marks by student).
std::map<model::PersonId, model::AttendanceMark> existing_marks(
    storage::UnitOfWork& unit, const Sheet& sheet, std::span<const AttendanceEntry> entries) {
  std::map<model::PersonId, model::AttendanceMark> existing;
  const auto keep = [&](std::vector<model::AttendanceMark> marks) {
    for (auto& mark : marks) {
      if (mark.lesson_id == sheet.lesson_id) existing.emplace(mark.student_id, std::move(mark));
    }
  };
  storage::AttendanceQuery query;
  query.days = {sheet.date, sheet.date};
  if (sheet.lesson_id) {
    query.lesson = sheet.lesson_id;
    keep(unit.attendance().list(sheet.institution_id, query));
    return existing;
  }
  for (const auto& entry : entries) {
    query.student = entry.student_id;
    keep(unit.attendance().list(sheet.institution_id, query));
  }
  return existing;
}

std::vector<model::AttendanceMark> write_sheet(storage::UnitOfWork& unit,
                                               const access::Principal& principal,
                                               model::Instant now,
                                               const AttendanceDictionary& dictionary,
                                               const Sheet& sheet,
                                               std::span<const AttendanceEntry> entries) {
  if (entries.empty()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "no attendance entries to write for " + sheet.place);
  }
  std::set<model::PersonId> listed;
  std::vector<const AttendanceCode*> codes;
  for (const auto& entry : entries) {
    if (!listed.insert(entry.student_id).second) {
      throw Error(Errc::invalid, ErrorDomain::argument,
                  "the student " + entry.student_id.str() + " is listed twice");
    }
    codes.push_back(&dictionary.lookup(entry.code));
    if (!sheet.students.contains(entry.student_id)) {
      throw Error(Errc::not_found, ErrorDomain::argument,
                  "the student " + entry.student_id.str() + " is not enrolled in " + sheet.place);
    }
  }
  auto existing = existing_marks(unit, sheet, entries);
  std::vector<model::AttendanceMark> written;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    std::optional<model::AttendanceMark> mark;
    if (const auto found = existing.find(entries[i].student_id); found != existing.end()) {
      mark = std::move(found->second);
    }
    if (mark) {
      if (mark->code != codes[i]->code) {
        const auto before = detail::attendance_json(*mark);
        const std::string previous_code = mark->code;
        mark->code = codes[i]->code;
        mark->version = unit.attendance().update(model::validated(*mark));
        detail::audit_mark(unit, principal, now, "change", before, *mark);
        tell_parents_of_absence(unit, dictionary, sheet, *codes[i], previous_code, *mark, now);
      }
    } else {
      model::AttendanceMark fresh;
      fresh.id = model::AttendanceId::generate();
      fresh.institution_id = sheet.institution_id;
      fresh.student_id = entries[i].student_id;
      fresh.date = sheet.date;
      fresh.lesson_id = sheet.lesson_id;
      fresh.code = codes[i]->code;
      fresh.recorded_by = principal.person_id();
      fresh.recorded_at = now;
      fresh = model::validated(std::move(fresh));
      unit.attendance().insert(fresh);
      fresh.version = 1;
      detail::audit_mark(unit, principal, now, "mark", "", fresh);
      tell_parents_of_absence(unit, dictionary, sheet, *codes[i], std::nullopt, fresh, now);
      mark = std::move(fresh);
    }
    written.push_back(std::move(*mark));
  }
  return written;
}

}  // namespace

std::vector<model::AttendanceMark> write_lesson_attendance(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::LessonId lesson_id,
    std::span<const AttendanceEntry> entries, const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto lesson = unit->lessons().find(institution_id, lesson_id);
  const auto course =
      lesson ? unit->courses().find(institution_id, lesson->course_id) : std::nullopt;
  if (!lesson || !course) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution_id.str() + " has no lesson " + lesson_id.str());
  }
  access::require(principal, access::Operation::write_lesson_attendance,
                  access::Target::course(institution_id, course->id, course->class_id));
  const auto subject = unit->subjects().find(institution_id, course->subject_id);
  Sheet sheet{
      institution_id,
      lesson->date,
      lesson->id,
      students_on(*unit, institution_id, course->class_id, lesson->date, course->subgroup_id),
      "the lesson " + lesson->id.str() + " on " + detail::day_text(lesson->date),
      subject ? subject->name : std::string()};
  auto written = write_sheet(*unit, principal, now, dictionary, sheet, entries);
  unit->commit();
  return written;
}

std::vector<model::AttendanceMark> write_daily_attendance(
    storage::Store& store, const model::Clock& clock, const access::Principal& principal,
    model::InstitutionId institution_id, model::ClassId class_id, model::Date date,
    std::span<const AttendanceEntry> entries, const AttendanceOptions& options) {
  const AttendanceDictionary dictionary(options);
  if (date.is_special()) {
    throw Error(Errc::invalid, ErrorDomain::argument, "the day of the attendance is not a date");
  }
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  const auto school_class = unit->classes().find(institution_id, class_id);
  const auto year =
      school_class ? unit->academic_years().find(institution_id, school_class->academic_year_id)
                   : std::nullopt;
  if (!school_class || !year) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "institution " + institution_id.str() + " has no class " + class_id.str());
  }
  access::require(principal, access::Operation::write_daily_attendance,
                  access::Target::school_class(institution_id, class_id));
  if (!calendar::is_school_day(year->calendar, date)) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                detail::day_text(date) + " is not a school day of " + year->calendar.name);
  }
  Sheet sheet{institution_id,
              date,
              std::nullopt,
              students_on(*unit, institution_id, class_id, date, std::nullopt),
              "class " + school_class->name + " on " + detail::day_text(date),
              std::string()};
  auto written = write_sheet(*unit, principal, now, dictionary, sheet, entries);
  unit->commit();
  return written;
}

}  // namespace ejournal::services
