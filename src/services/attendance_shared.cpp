// What the attendance services share: stays in classes, how lessons and days count, the audit.
#include <algorithm>
#include <cstdio>
#include <string>

#include "attendance_detail.hpp"
#include "ejournal/error.hpp"
#include "onboarding_detail.hpp"
#include "onboarding_state.hpp"

namespace ejournal::services::detail {

std::vector<Stay> stays_of(storage::UnitOfWork& unit, const model::InstitutionId& institution,
                           const model::PersonId& student,
                           const std::optional<model::ClassId>& only_class) {
  storage::EnrolmentQuery query;
  query.student = student;
  query.school_class = only_class;
  std::vector<Stay> stays;
  std::map<model::ClassId, calendar::SchoolYear> years;
  for (auto& enrolment : unit.enrolments().list(institution, query)) {
    auto year = years.find(enrolment.class_id);
    if (year == years.end()) {
      const auto school_class = unit.classes().find(institution, enrolment.class_id);
      const auto academic_year =
          school_class ? unit.academic_years().find(institution, school_class->academic_year_id)
                       : std::nullopt;
      if (!academic_year) {
        throw Error(Errc::not_found, ErrorDomain::argument,
                    "the enrolment " + enrolment.id.str() + " names no stored class or year");
      }
      year = years.emplace(enrolment.class_id, academic_year->calendar).first;
    }
    stays.push_back(Stay{std::move(enrolment), year->second});
  }
  return stays;
}

std::string day_text(model::Date date) {
  if (date.is_special()) return "(not a date)";
  const auto ymd = date.year_month_day();
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(ymd.year),
                static_cast<int>(ymd.month), static_cast<int>(ymd.day));
  return text;
}

bool covers(const Stay& stay, model::Date date) {
  return stay.enrolment.arrived <= date &&
         (!stay.enrolment.departed || date <= *stay.enrolment.departed);
}

std::optional<model::ClassId> class_on(std::span<const Stay> stays, model::Date date) {
  for (const auto& stay : stays) {
    if (covers(stay, date)) return stay.enrolment.class_id;
  }
  return std::nullopt;
}

void check_range(const calendar::DateRange& range, std::string_view what) {
  if (range.first.is_special() || range.last.is_special()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                std::string(what) + " holds a date that is not a real day");
  }
  if (range.last < range.first) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                std::string(what) + " ends " + day_text(range.last) + ", before it starts " +
                    day_text(range.first));
  }
}

StudentMarks::StudentMarks(const AttendanceDictionary& dictionary,
                           const std::vector<model::AttendanceMark>& marks)
    : dictionary_(dictionary) {
  for (const auto& mark : marks) {
    if (mark.lesson_id) {
      by_lesson_.emplace(*mark.lesson_id, mark);
    } else {
      by_day_.emplace(mark.date, mark);
    }
  }
}

Outcome StudentMarks::outcome_of(const model::AttendanceMark& mark) const {
  const auto& entry = dictionary_.of(mark);
  if (entry.kind == AttendanceKind::present) return Outcome::attended;
  if (entry.kind == AttendanceKind::late) return Outcome::late;
  return dictionary_.is_explained(mark) ? Outcome::missed_explained : Outcome::missed_unexplained;
}

Outcome StudentMarks::lesson(const model::Lesson& lesson) const {
  if (const auto own = by_lesson_.find(lesson.id); own != by_lesson_.end()) {
    return outcome_of(own->second);
  }
  if (const auto daily = by_day_.find(lesson.date); daily != by_day_.end()) {
    const Outcome outcome = outcome_of(daily->second);
    // A day's "late" is about the first lesson only: the others count as attended.
    return outcome == Outcome::late ? Outcome::attended : outcome;
  }
  return Outcome::attended;
}

Outcome StudentMarks::day(model::Date date, std::span<const model::Lesson> lessons_of_day) const {
  if (const auto daily = by_day_.find(date); daily != by_day_.end()) {
    return outcome_of(daily->second);
  }
  if (lessons_of_day.empty()) return Outcome::attended;
  bool any_explained = false;
  for (const auto& one : lessons_of_day) {
    const Outcome outcome = lesson(one);
    if (outcome == Outcome::attended || outcome == Outcome::late) return Outcome::attended;
    any_explained = any_explained || outcome == Outcome::missed_explained;
  }
  return any_explained ? Outcome::missed_explained : Outcome::missed_unexplained;
}

LessonsByDay group_by_day(const std::vector<model::Lesson>& lessons) {
  LessonsByDay grouped;
  for (const auto& lesson : lessons) grouped[lesson.date].push_back(lesson);
  return grouped;
}

void add_counts(AttendanceCounts& counts, const StudentMarks& marks,
                const LessonsByDay& lessons_by_day, std::span<const model::Date> days) {
  for (const auto& [date, lessons] : lessons_by_day) {
    for (const auto& lesson : lessons) {
      ++counts.lessons;
      switch (marks.lesson(lesson)) {
        case Outcome::attended: break;
        case Outcome::late: ++counts.lessons_late; break;
        case Outcome::missed_explained:
          ++counts.lessons_missed;
          ++counts.lessons_missed_explained;
          break;
        case Outcome::missed_unexplained:
          ++counts.lessons_missed;
          ++counts.lessons_missed_unexplained;
          break;
      }
    }
  }
  static const std::vector<model::Lesson> kNoLessons;
  for (const auto date : days) {
    ++counts.school_days;
    const auto lessons = lessons_by_day.find(date);
    switch (marks.day(date, lessons == lessons_by_day.end() ? kNoLessons : lessons->second)) {
      case Outcome::attended:
      case Outcome::late: break;
      case Outcome::missed_explained:
        ++counts.days_missed;
        ++counts.days_missed_explained;
        break;
      case Outcome::missed_unexplained:
        ++counts.days_missed;
        ++counts.days_missed_unexplained;
        break;
    }
  }
}

std::string attendance_json(const model::AttendanceMark& mark) {
  JsonObject json;
  json.add("student_id", mark.student_id.str())
      .add("date", day_text(mark.date))
      .add("lesson_id", mark.lesson_id ? mark.lesson_id->str() : "")
      .add("code", mark.code)
      .add("reason", absence_reason_name(mark.reason))
      .add("document_ref", mark.document_ref);
  return json.str();
}

void audit_mark(storage::UnitOfWork& unit, const access::Principal& principal, model::Instant now,
                const std::string& action, const std::string& before,
                const model::AttendanceMark& after) {
  unit.audit().append(audit_entry(after.institution_id, actor_of(principal), now, "attendance",
                                  after.id.str(), action, before, attendance_json(after)));
}

}  // namespace ejournal::services::detail
