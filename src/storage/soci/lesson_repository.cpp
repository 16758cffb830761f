// Lessons: a course's dated journal columns, one per course, date and lesson number.
#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>

#include "bulk_insert.hpp"
#include "ejournal/error.hpp"
#include "journal_repositories.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

namespace {

constexpr std::string_view kLessonColumns[] = {
    "course_id",    "day",         "lesson_number", "topic",          "homework",
    "homework_due", "lesson_type", "version",       "institution_id", "id"};
constexpr Table kLessons{"lessons", kLessonColumns};

struct LessonRow {
  std::string course_id;
  std::string day;
  int lesson_number = 0;
  std::string topic;
  std::string homework;
  Nullable<std::string> homework_due;
  int lesson_type = 0;
  long long version = 0;
  std::string institution_id;
  std::string id;
};

auto columns(LessonRow& row) {
  return std::tie(row.course_id, row.day, row.lesson_number, row.topic, row.homework,
                  row.homework_due, row.lesson_type, row.version, row.institution_id, row.id);
}

LessonRow to_row(const model::Lesson& lesson, std::int64_t version) {
  LessonRow row;
  row.course_id = id_text(lesson.course_id);
  row.day = date_text(lesson.date);
  row.lesson_number = lesson.number;
  row.topic = lesson.topic;
  row.homework = lesson.homework;
  row.homework_due = nullable_date(lesson.homework_due);
  row.lesson_type = enum_code(lesson.type);
  row.version = version;
  row.institution_id = id_text(lesson.institution_id);
  row.id = id_text(lesson.id);
  return row;
}

model::Lesson from_row(const LessonRow& row) {
  model::Lesson lesson;
  lesson.id = parse_id<model::LessonId>(row.id);
  lesson.institution_id = parse_id<model::InstitutionId>(row.institution_id);
  lesson.course_id = parse_id<model::CourseId>(row.course_id);
  lesson.date = date_from_text(row.day);
  lesson.number = row.lesson_number;
  lesson.topic = row.topic;
  lesson.homework = row.homework;
  lesson.homework_due = optional_date(row.homework_due);
  lesson.type = enum_from_code(row.lesson_type, model::LessonType::regular,
                               model::LessonType::other, "lesson type");
  lesson.version = row.version;
  return lesson;
}

}  // namespace

void SociLessonRepository::insert(const model::Lesson& lesson) {
  static const std::string sql = insert_sql(kLessons);
  LessonRow row = to_row(lesson, 1);
  insert_row(connection_, sql, row);
}

void SociLessonRepository::insert_many(std::span<const model::Lesson> lessons,
                                       const Progress& progress) {
  insert_rows(
      connection_, kLessons, lessons, [](const model::Lesson& lesson) { return to_row(lesson, 1); },
      progress);
}

std::optional<model::Lesson> SociLessonRepository::find(model::InstitutionId institution,
                                                        model::LessonId id) {
  static const std::string sql =
      select_sql(kLessons) + " WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string lesson_id = id_text(id);
  std::optional<model::Lesson> found;
  query_rows<LessonRow>(
      connection_, sql, [&](const LessonRow& row) { found = from_row(row); },
      soci::use(institution_id), soci::use(lesson_id));
  return found;
}

std::int64_t SociLessonRepository::update(const model::Lesson& lesson) {
  static const std::string sql = update_sql(kLessons);
  LessonRow row = to_row(lesson, lesson.version + 1);
  const long long changed = update_row(connection_, sql, row, lesson.version);
  return finish_versioned_update(connection_, changed, lesson.version, kLessons.name,
                                 row.institution_id, row.id, "lesson " + row.id);
}

void SociLessonRepository::remove(model::InstitutionId institution, model::LessonId id) {
  // Checked before the DELETE: a foreign-key violation would fail the whole unit of work.
  static const std::string referenced_sql =
      "SELECT (SELECT COUNT(*) FROM grades WHERE institution_id = :i1 AND lesson_id = :l1)"
      " + (SELECT COUNT(*) FROM attendance WHERE institution_id = :i2 AND lesson_id = :l2)"
      " + (SELECT COUNT(*) FROM comments WHERE institution_id = :i3 AND lesson_id = :l3)";
  static const std::string delete_sql =
      "DELETE FROM lessons WHERE institution_id = :institution_id AND id = :id";
  const std::string institution_id = id_text(institution);
  const std::string lesson_id = id_text(id);
  long long references = 0;
  connection_.execute(referenced_sql, soci::into(references), soci::use(institution_id),
                      soci::use(lesson_id), soci::use(institution_id), soci::use(lesson_id),
                      soci::use(institution_id), soci::use(lesson_id));
  if (references > 0) {
    throw Error(Errc::conflict, ErrorDomain::storage,
                "lesson " + lesson_id + " has grades, attendance marks or comments");
  }
  if (connection_.execute_counted(delete_sql, soci::use(institution_id), soci::use(lesson_id)) ==
      0) {
    throw Error(Errc::not_found, ErrorDomain::storage, "lesson " + lesson_id + " does not exist");
  }
}

std::vector<model::Lesson> SociLessonRepository::list(model::InstitutionId institution,
                                                      model::CourseId course,
                                                      const DayRange& days) {
  static const std::string sql = select_sql(kLessons) +
                                 " WHERE institution_id = :institution_id"
                                 " AND course_id = :course_id"
                                 " AND day >= :first_day AND day <= :last_day"
                                 " ORDER BY day, lesson_number, id";
  const std::string institution_id = id_text(institution);
  const std::string course_id = id_text(course);
  const std::string first_day = first_day_bound(days);
  const std::string last_day = last_day_bound(days);
  std::vector<model::Lesson> lessons;
  query_rows<LessonRow>(
      connection_, sql, [&](const LessonRow& row) { lessons.push_back(from_row(row)); },
      soci::use(institution_id), soci::use(course_id), soci::use(first_day), soci::use(last_day));
  return lessons;
}

std::vector<model::Lesson> SociLessonRepository::list_for_courses(
    model::InstitutionId institution, std::span<const model::CourseId> courses,
    const DayRange& days) {
  // One indexed query per course (a class has a dozen or so) rather than an IN list whose
  // placeholders would change with every call.
  std::vector<model::CourseId> distinct(courses.begin(), courses.end());
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  std::vector<model::Lesson> lessons;
  for (const model::CourseId course : distinct) {
    std::vector<model::Lesson> of_course = list(institution, course, days);
    lessons.insert(lessons.end(), of_course.begin(), of_course.end());
  }
  std::sort(lessons.begin(), lessons.end(), [](const model::Lesson& a, const model::Lesson& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.number != b.number) return a.number < b.number;
    return a.id < b.id;
  });
  return lessons;
}

std::vector<model::Lesson> SociLessonRepository::list_for_student(model::InstitutionId institution,
                                                                  model::PersonId student,
                                                                  const DayRange& days) {
  // From the student's enrolments to their classes' courses to those courses' lessons: CROSS
  // JOIN keeps SQLite to that order (without statistics it would start from every lesson of the
  // institution); PostgreSQL plans it as an inner join. Each placeholder appears once: SOCI
  // numbers PostgreSQL's by occurrence, SQLite by name.
  static const std::string sql =
      select_columns(kLessons, "l") +
      " FROM enrolments e CROSS JOIN courses c CROSS JOIN lessons l"
      " WHERE e.institution_id = :institution_id AND e.student_id = :student_id"
      " AND c.institution_id = e.institution_id AND c.class_id = e.class_id"
      " AND l.institution_id = c.institution_id AND l.course_id = c.id"
      " AND l.day >= :first_day AND l.day <= :last_day"
      " AND l.day >= e.arrived AND (e.departed IS NULL OR l.day <= e.departed)"
      " AND (c.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_members m"
      " WHERE m.institution_id = e.institution_id AND m.subgroup_id = c.subgroup_id"
      " AND m.student_id = e.student_id))"
      " ORDER BY l.day, l.lesson_number, l.id";
  const std::string institution_id = id_text(institution);
  const std::string student_id = id_text(student);
  const std::string first_day = first_day_bound(days);
  const std::string last_day = last_day_bound(days);
  std::vector<model::Lesson> lessons;
  std::string previous_id;
  query_rows<LessonRow>(
      connection_, sql,
      [&](const LessonRow& row) {
        // Two enrolments in one class that overlap would repeat a lesson; rows come sorted.
        if (row.id == previous_id) return;
        previous_id = row.id;
        lessons.push_back(from_row(row));
      },
      soci::use(institution_id), soci::use(student_id), soci::use(first_day), soci::use(last_day));
  return lessons;
}

}  // namespace ejournal::storage::soci_backend
