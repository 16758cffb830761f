#include "journal_repositories.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "checks.hpp"
#include "lists.hpp"

namespace ejournal::storage::memory {

// Lessons --------------------------------------------------------------------------------------

namespace {

constexpr std::string_view kLessonSlot = "lesson of (institution, course, date, number)";

void check_lesson_references(const Database& db, const model::Lesson& lesson) {
  require_present(db.courses, {lesson.institution_id, lesson.course_id}, "course");
}

void check_new_lesson(const Database& db, const model::Lesson& lesson) {
  require_free(db.lessons, scoped_key(lesson), "lesson");
  check_lesson_references(db, lesson);
  require_unique(db.lessons.indexes().by_slot, lesson_slot(lesson), kLessonSlot);
}

}  // namespace

void MemoryLessons::insert(const model::Lesson& lesson) {
  tx_.write([&](Database& db) {
    tx_.statement("insert lesson");
    check_new_lesson(db, lesson);
    tx_.insert_row(db.lessons, first_version(lesson));
  });
}

void MemoryLessons::insert_many(std::span<const model::Lesson> lessons, const Progress& progress) {
  tx_.write([&](Database& db) {
    BatchClaims<decltype(Database::lessons)::Key> ids;
    BatchClaims<decltype(lesson_slot(model::Lesson{}))> slots;
    for (const model::Lesson& lesson : lessons) {
      check_new_lesson(db, lesson);
      ids.claim(scoped_key(lesson), "lesson");
      slots.claim(lesson_slot(lesson), kLessonSlot);
    }
    tx_.insert_rows(db.lessons, lessons, "insert lesson", progress,
                    [](const model::Lesson& lesson) { return first_version(lesson); });
  });
}

std::optional<model::Lesson> MemoryLessons::find(model::InstitutionId institution,
                                                 model::LessonId id) {
  return found(tx_.read().lessons, {institution, id});
}

std::int64_t MemoryLessons::update(const model::Lesson& lesson) {
  return tx_.write([&](Database& db) {
    tx_.statement("update lesson");
    require_current(db.lessons, lesson, "lesson");
    check_lesson_references(db, lesson);
    require_unique_except(db.lessons.indexes().by_slot, lesson_slot(lesson), lesson.id,
                          kLessonSlot);
    tx_.replace_row(db.lessons, next_version(lesson));
    return lesson.version + 1;
  });
}

void MemoryLessons::remove(model::InstitutionId institution, model::LessonId id) {
  tx_.write([&](Database& db) {
    tx_.statement("delete lesson");
    require_present(db.lessons, {institution, id}, "lesson");
    // What the SQL backends' foreign keys refuse: a lesson still referred to.
    bool referenced = !db.attendance.indexes().by_lesson.find({institution, id}).empty();
    const auto refers = [&](const auto& row) {
      if (row.institution_id == institution && row.lesson_id == id) referenced = true;
    };
    db.grades.for_each(refers);
    db.comments.for_each(refers);
    if (referenced) {
      throw Error(Errc::conflict, ErrorDomain::storage,
                  "lesson " + id.str() + " has grades, attendance marks or comments");
    }
    tx_.erase_row(db.lessons, {institution, id});
  });
}

std::vector<model::Lesson> MemoryLessons::list(model::InstitutionId institution,
                                               model::CourseId course, const DayRange& days) {
  const auto& lessons = tx_.read().lessons;
  std::vector<model::Lesson> rows;
  for_each_in_days(lessons.indexes().by_course.find({institution, course}), days,
                   [&](const auto& entry) {
                     rows.push_back(lessons.at({institution, std::get<model::LessonId>(entry)}));
                   });
  return rows;
}

std::vector<model::Lesson> MemoryLessons::list_for_courses(model::InstitutionId institution,
                                                           std::span<const model::CourseId> courses,
                                                           const DayRange& days) {
  const std::set<model::CourseId> distinct(courses.begin(), courses.end());
  std::vector<model::Lesson> rows;
  for (const model::CourseId course : distinct) {
    auto of_course = list(institution, course, days);
    rows.insert(rows.end(), of_course.begin(), of_course.end());
  }
  return sorted_by(std::move(rows), [](const model::Lesson& row) {
    return std::tuple{row.date, row.number, row.id};
  });
}

std::vector<model::Lesson> MemoryLessons::list_for_student(model::InstitutionId institution,
                                                           model::PersonId student,
                                                           const DayRange& days) {
  const Database& db = tx_.read();
  std::vector<model::Lesson> rows;
  for (const auto& entry : db.enrolments.indexes().by_student.find({institution, student})) {
    const model::Enrolment& enrolment =
        db.enrolments.at({institution, std::get<model::EnrolmentId>(entry)});
    // The days of `days` the student spent in the class.
    DayRange stay = days;
    if (!stay.first || *stay.first < enrolment.arrived) stay.first = enrolment.arrived;
    if (enrolment.departed && (!stay.last || *enrolment.departed < *stay.last)) {
      stay.last = enrolment.departed;
    }
    if (stay.last && *stay.last < *stay.first) continue;
    for (const model::CourseId id : db.courses.indexes().by_institution.find({institution})) {
      const model::Course& course = db.courses.at({institution, id});
      if (course.class_id != enrolment.class_id) continue;
      if (course.subgroup_id &&
          !db.subgroup_members.contains({institution, *course.subgroup_id, student})) {
        continue;
      }
      auto of_course = list(institution, id, stay);
      rows.insert(rows.end(), of_course.begin(), of_course.end());
    }
  }
  rows = sorted_by(std::move(rows), [](const model::Lesson& row) {
    return std::tuple{row.date, row.number, row.id};
  });
  // Two enrolments in one class that overlap would repeat a lesson.
  rows.erase(
      std::unique(rows.begin(), rows.end(),
                  [](const model::Lesson& a, const model::Lesson& b) { return a.id == b.id; }),
      rows.end());
  return rows;
}

// Grades ---------------------------------------------------------------------------------------

namespace {

void check_grade_references(const Database& db, const model::GradeEntry& grade) {
  const model::InstitutionId institution = grade.institution_id;
  require_present(db.courses, {institution, grade.course_id}, "course");
  require_present(db.people, {institution, grade.student_id}, "student");
  if (grade.lesson_id) require_present(db.lessons, {institution, *grade.lesson_id}, "lesson");
  require_present(db.people, {institution, grade.recorded_by}, "recording person");
}

void check_new_grade(const Database& db, const model::GradeEntry& grade) {
  require_free(db.grades, scoped_key(grade), "grade");
  check_grade_references(db, grade);
}

bool matches(const model::GradeEntry& row, const GradeQuery& query) {
  return (!query.course || row.course_id == *query.course) &&
         (!query.column || row.column == *query.column) &&
         (!query.published_only || row.publication == model::Publication::published);
}

}  // namespace

void MemoryGrades::insert(const model::GradeEntry& grade) {
  tx_.write([&](Database& db) {
    tx_.statement("insert grade");
    check_new_grade(db, grade);
    tx_.insert_row(db.grades, first_version(grade));
  });
}

void MemoryGrades::insert_many(std::span<const model::GradeEntry> grades,
                               const Progress& progress) {
  tx_.write([&](Database& db) {
    BatchClaims<decltype(Database::grades)::Key> ids;
    for (const model::GradeEntry& grade : grades) {
      check_new_grade(db, grade);
      ids.claim(scoped_key(grade), "grade");
    }
    tx_.insert_rows(db.grades, grades, "insert grade", progress,
                    [](const model::GradeEntry& grade) { return first_version(grade); });
  });
}

std::optional<model::GradeEntry> MemoryGrades::find(model::InstitutionId institution,
                                                    model::GradeId id) {
  return found(tx_.read().grades, {institution, id});
}

std::int64_t MemoryGrades::update(const model::GradeEntry& grade) {
  return tx_.write([&](Database& db) {
    tx_.statement("update grade");
    require_current(db.grades, grade, "grade");
    check_grade_references(db, grade);
    tx_.replace_row(db.grades, next_version(grade));
    return grade.version + 1;
  });
}

std::vector<model::GradeEntry> MemoryGrades::list(model::InstitutionId institution,
                                                  const GradeQuery& query) {
  if (!query.course && !query.student) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "a grade query names neither a course nor a student");
  }
  const auto& grades = tx_.read().grades;
  const auto& indexes = grades.indexes();
  // A student's grades are fewer than a course's, so their index is the one to walk when both
  // are named; each is in the list's order already.
  const auto& candidates = query.student ? indexes.by_student.find({institution, *query.student})
                                         : indexes.by_course.find({institution, *query.course});
  std::vector<model::GradeEntry> rows;
  for_each_in_days(candidates, query.days, [&](const auto& entry) {
    const model::GradeEntry& row = grades.at({institution, std::get<model::GradeId>(entry)});
    if (matches(row, query)) rows.push_back(row);
  });
  return rows;
}

// Attendance -----------------------------------------------------------------------------------

namespace {

constexpr std::string_view kOccasion = "attendance mark of (institution, student, lesson, day)";

void check_mark_references(const Database& db, const model::AttendanceMark& mark) {
  const model::InstitutionId institution = mark.institution_id;
  require_present(db.people, {institution, mark.student_id}, "student");
  if (mark.lesson_id) require_present(db.lessons, {institution, *mark.lesson_id}, "lesson");
  require_present(db.people, {institution, mark.recorded_by}, "recording person");
}

void check_new_mark(const Database& db, const model::AttendanceMark& mark) {
  require_free(db.attendance, scoped_key(mark), "attendance mark");
  check_mark_references(db, mark);
  require_unique(db.attendance.indexes().by_occasion, attendance_occasion(mark), kOccasion);
}

}  // namespace

void MemoryAttendance::insert(const model::AttendanceMark& mark) {
  tx_.write([&](Database& db) {
    tx_.statement("insert attendance mark");
    check_new_mark(db, mark);
    tx_.insert_row(db.attendance, first_version(mark));
  });
}

void MemoryAttendance::insert_many(std::span<const model::AttendanceMark> marks,
                                   const Progress& progress) {
  tx_.write([&](Database& db) {
    BatchClaims<decltype(Database::attendance)::Key> ids;
    BatchClaims<decltype(attendance_occasion(model::AttendanceMark{}))> occasions;
    for (const model::AttendanceMark& mark : marks) {
      check_new_mark(db, mark);
      ids.claim(scoped_key(mark), "attendance mark");
      occasions.claim(attendance_occasion(mark), kOccasion);
    }
    tx_.insert_rows(db.attendance, marks, "insert attendance mark", progress,
                    [](const model::AttendanceMark& mark) { return first_version(mark); });
  });
}

std::optional<model::AttendanceMark> MemoryAttendance::find(model::InstitutionId institution,
                                                            model::AttendanceId id) {
  return found(tx_.read().attendance, {institution, id});
}

std::int64_t MemoryAttendance::update(const model::AttendanceMark& mark) {
  return tx_.write([&](Database& db) {
    tx_.statement("update attendance mark");
    require_current(db.attendance, mark, "attendance mark");
    check_mark_references(db, mark);
    require_unique_except(db.attendance.indexes().by_occasion, attendance_occasion(mark), mark.id,
                          kOccasion);
    tx_.replace_row(db.attendance, next_version(mark));
    return mark.version + 1;
  });
}

std::vector<model::AttendanceMark> MemoryAttendance::list(model::InstitutionId institution,
                                                          const AttendanceQuery& query) {
  if (!query.student && !query.lesson) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "an attendance query names neither a student nor a lesson");
  }
  const auto& marks = tx_.read().attendance;
  const auto& indexes = marks.indexes();
  // A lesson's marks are the fewest; each index is in the list's order already.
  const auto& candidates = query.lesson ? indexes.by_lesson.find({institution, *query.lesson})
                                        : indexes.by_student.find({institution, *query.student});
  std::vector<model::AttendanceMark> rows;
  for_each_in_days(candidates, query.days, [&](const auto& entry) {
    const model::AttendanceMark& row =
        marks.at({institution, std::get<model::AttendanceId>(entry)});
    if (!query.student || row.student_id == *query.student) rows.push_back(row);
  });
  return rows;
}

// Comments -------------------------------------------------------------------------------------

void MemoryComments::insert(const model::Comment& comment) {
  tx_.write([&](Database& db) {
    tx_.statement("insert comment");
    const model::InstitutionId institution = comment.institution_id;
    require_free(db.comments, scoped_key(comment), "comment");
    require_present(db.people, {institution, comment.student_id}, "student");
    require_present(db.people, {institution, comment.author_id}, "author");
    if (comment.course_id) require_present(db.courses, {institution, *comment.course_id}, "course");
    if (comment.lesson_id) require_present(db.lessons, {institution, *comment.lesson_id}, "lesson");
    tx_.insert_row(db.comments, comment);
  });
}

std::vector<model::Comment> MemoryComments::list_for_student(model::InstitutionId institution,
                                                             model::PersonId student,
                                                             const DayRange& days) {
  const auto& comments = tx_.read().comments;
  std::vector<model::Comment> rows;
  for (const auto& [created_at, id] : comments.indexes().by_student.find({institution, student})) {
    if (within(days, utc_day(created_at))) rows.push_back(comments.at({institution, id}));
  }
  return rows;
}

}  // namespace ejournal::storage::memory
