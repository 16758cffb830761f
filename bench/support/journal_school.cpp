#include "journal_school.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <utility>

#include "ejournal/services/attendance.hpp"
#include "ejournal/services/journal.hpp"
#include "ejournal/services/principals.hpp"
#include "prng.hpp"
#include "store_load.hpp"

namespace ejournal::bench {

namespace {

const storage::Progress ignore_progress;

model::RoleGrant grant_of(const model::InstitutionId& institution, const model::PersonId& person,
                          model::Role role, Prng& rng) {
  model::RoleGrant grant;
  grant.id.value = rng.uuid();
  grant.institution_id = institution;
  grant.person_id = person;
  grant.role = role;
  return grant;
}

// The administrator, a parent per student (named after the child) and the teachers' grants.
void add_people(JournalSchool& school, const SchoolStructure& structure) {
  Prng rng{0x9A4E7};
  const model::InstitutionId& institution = structure.institution.id;
  model::Person administrator = structure.teachers.front();
  administrator.id.value = rng.uuid();
  administrator.surname = "Директорка";
  school.administrator_id = administrator.id;

  std::vector<model::Person> parents;
  std::vector<model::RoleGrant> grants{
      grant_of(institution, administrator.id, model::Role::institution_admin, rng)};
  std::vector<model::ParentLink> links;
  for (const model::Person& child : structure.students) {
    model::Person parent = child;
    parent.id.value = rng.uuid();
    parent.given_name = "Батько";
    parents.push_back(parent);
    school.parents.push_back(parent.id);
    grants.push_back(grant_of(institution, parent.id, model::Role::parent, rng));
    model::ParentLink link;
    link.id.value = rng.uuid();
    link.institution_id = institution;
    link.parent_id = parent.id;
    link.child_id = child.id;
    link.relation = model::ParentRelation::father;
    links.push_back(link);
  }
  for (const model::Person& teacher : structure.teachers) {
    grants.push_back(grant_of(institution, teacher.id, model::Role::teacher, rng));
  }

  const std::unique_ptr<storage::UnitOfWork> unit = school.store->begin(storage::Access::write);
  unit->people().insert(administrator);
  unit->people().insert_many(parents, ignore_progress);
  for (const model::RoleGrant& grant : grants) unit->role_grants().insert(grant);
  for (const model::ParentLink& link : links) unit->parent_links().insert(link);
  unit->commit();
}

std::size_t course_index_of(const SchoolStructure& structure, const model::CourseId& course) {
  const auto found =
      std::find_if(structure.courses.begin(), structure.courses.end(),
                   [&](const model::Course& candidate) { return candidate.id == course; });
  return static_cast<std::size_t>(found - structure.courses.begin());
}

// Moves the rows of the held-out days out of `chunk` into `days`.
void hold_out(JournalChunk& chunk, const SchoolStructure& structure, std::vector<SchoolDay>& days) {
  const auto day_of = [&](calendar::Date date) -> SchoolDay* {
    const auto found = std::find_if(days.begin(), days.end(),
                                    [&](const SchoolDay& day) { return day.date == date; });
    return found == days.end() ? nullptr : &*found;
  };
  const auto lesson_of = [](SchoolDay& day, const model::LessonId& id) -> DayLesson& {
    return *std::find_if(day.lessons.begin(), day.lessons.end(),
                         [&](const DayLesson& lesson) { return lesson.lesson.id == id; });
  };
  std::erase_if(chunk.lessons, [&](const model::Lesson& lesson) {
    SchoolDay* day = day_of(lesson.date);
    if (day == nullptr) return false;
    day->lessons.push_back({course_index_of(structure, lesson.course_id), lesson, {}, {}});
    return true;
  });
  std::erase_if(chunk.grades, [&](const model::GradeEntry& grade) {
    SchoolDay* day = day_of(grade.date);
    if (day == nullptr) return false;
    DayLesson& lesson = lesson_of(*day, *grade.lesson_id);
    const bool second = std::any_of(
        lesson.grades.begin(), lesson.grades.end(),
        [&](const model::GradeEntry& first) { return first.student_id == grade.student_id; });
    if (!second) lesson.grades.push_back(grade);
    return true;
  });
  std::erase_if(chunk.attendance, [&](const model::AttendanceMark& mark) {
    SchoolDay* day = day_of(mark.date);
    if (day == nullptr) return false;
    lesson_of(*day, *mark.lesson_id).attendance.push_back(mark);
    return true;
  });
}

}  // namespace

std::size_t SchoolDay::rows() const {
  std::size_t count = lessons.size();
  for (const DayLesson& lesson : lessons) count += lesson.grades.size() + lesson.attendance.size();
  return count;
}

std::vector<calendar::Date> last_mondays(const SchoolStructure& structure, std::size_t count) {
  std::vector<calendar::Date> mondays;
  for (auto day = structure.school_days.rbegin();
       day != structure.school_days.rend() && mondays.size() < count; ++day) {
    if (calendar::weekday_of(*day) == boost::date_time::Monday) mondays.push_back(*day);
  }
  if (mondays.size() < count) {
    throw std::invalid_argument("the generated year has " + std::to_string(mondays.size()) +
                                " Mondays, fewer than the " + std::to_string(count) +
                                " days to record");
  }
  std::reverse(mondays.begin(), mondays.end());
  return mondays;
}

void load_journal_school(JournalSchool& school, const SchoolYearGenerator& generator,
                         const std::vector<calendar::Date>& held_out) {
  const SchoolStructure& structure = generator.structure();
  load_structure(*school.store, structure);
  add_people(school, structure);
  for (const calendar::Date date : held_out) school.held_out.push_back({date, {}});
  {
    const std::unique_ptr<storage::UnitOfWork> unit = school.store->begin(storage::Access::write);
    std::size_t progress_calls = 0;
    const auto write = store_writer(*unit, progress_calls);
    JournalChunk kept;
    timed_load(
        generator,
        [&](const JournalChunk& chunk) {
          kept = chunk;
          hold_out(kept, structure, school.held_out);
          write(kept);
        },
        [&] { unit->commit(); });
  }
  for (const model::Course& course : structure.courses) {
    school.course_teachers.push_back(
        principal_of(*school.store, structure.institution.id, course.teacher_id));
  }
}

access::Principal principal_of(storage::Store& store, const model::InstitutionId& institution,
                               const model::PersonId& person_id) {
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::read);
  return services::load_principal(*unit, institution, person_id);
}

DayRecording record_day_through_services(const JournalSchool& school,
                                         const SchoolStructure& structure, const SchoolDay& day) {
  // 14:00 in Kyiv (UTC+2 or +3) on the day: its lessons are over, all within the editing window.
  const auto epoch_days = (day.date - calendar::Date(1970, 1, 1)).days();
  const FixedClock clock{model::Instant{std::chrono::days{epoch_days} + std::chrono::hours{11}}};
  const model::InstitutionId& institution = structure.institution.id;
  using Clock = std::chrono::steady_clock;
  const auto seconds_since = [](Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  };
  DayRecording recording;
  for (const DayLesson& planned : day.lessons) {
    const access::Principal& teacher = school.course_teachers[planned.course_index];
    services::LessonForm lesson;
    lesson.course_id = planned.lesson.course_id;
    lesson.date = planned.lesson.date;
    lesson.number = planned.lesson.number;
    lesson.topic = planned.lesson.topic;
    Clock::time_point start = Clock::now();
    const model::Lesson recorded =
        services::record_lesson(*school.store, clock, teacher, institution, lesson);
    recording.lesson_seconds += seconds_since(start);
    ++recording.lesson_calls;
    ++recording.rows;
    for (const model::GradeEntry& grade : planned.grades) {
      services::GradeForm form;
      form.course_id = recorded.course_id;
      form.student_id = grade.student_id;
      form.lesson_id = recorded.id;
      form.value = grade.value->to_string();
      start = Clock::now();
      services::record_grade(*school.store, clock, teacher, institution, form);
      recording.grade_seconds += seconds_since(start);
      ++recording.grade_calls;
      ++recording.rows;
    }
    if (planned.attendance.empty()) continue;
    std::vector<services::AttendanceEntry> entries;
    for (const model::AttendanceMark& mark : planned.attendance) {
      entries.push_back({mark.student_id, mark.code});
    }
    start = Clock::now();
    recording.rows += services::write_lesson_attendance(*school.store, clock, teacher, institution,
                                                        recorded.id, entries)
                          .size();
    recording.attendance_seconds += seconds_since(start);
    ++recording.attendance_calls;
  }
  return recording;
}

JournalChunk SchoolDay::as_rows() const {
  JournalChunk rows;
  for (const DayLesson& lesson : lessons) {
    rows.lessons.push_back(lesson.lesson);
    rows.grades.insert(rows.grades.end(), lesson.grades.begin(), lesson.grades.end());
    rows.attendance.insert(rows.attendance.end(), lesson.attendance.begin(),
                           lesson.attendance.end());
  }
  return rows;
}

std::size_t record_day_through_repositories(storage::Store& store, const JournalChunk& rows) {
  const std::unique_ptr<storage::UnitOfWork> unit = store.begin(storage::Access::write);
  unit->lessons().insert_many(rows.lessons, ignore_progress);
  unit->grades().insert_many(rows.grades, ignore_progress);
  unit->attendance().insert_many(rows.attendance, ignore_progress);
  unit->commit();
  return rows.rows();
}

}  // namespace ejournal::bench
