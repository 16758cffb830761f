#include "reports_fixture.hpp"

#include <utility>

#include "../storage/units.hpp"

namespace ejournal::services::testing {

using storage::testing::day;

void ReportsTest::SetUp() {
  BackendStoreTest::SetUp();
  if (IsSkipped()) return;
  school_.institution.oblast = "UA-59";  // Сумська область
  storage::testing::store_school(*store_, school_);
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
    for (std::size_t i = 0; i < school_.students.size(); ++i) {
      unit.enrolments().insert(storage::testing::make_enrolment(school_, i));
    }
  });
  ukrainian_ = school_.course;
  maths_teacher_person_ =
      storage::testing::make_person(school_.institution.id, "Шевчук", "Ігор", "Романович");
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
    unit.people().insert(maths_teacher_person_);
    unit.role_grants().insert(grant_of(maths_teacher_person_, model::Role::teacher));
  });
  maths_ = add_course("Математика", maths_teacher_person_);
  sport_ = add_course("Фізична культура", school_.teacher);

  admin_ = person_with(model::Role::institution_admin);
  deputy_ = person_with(model::Role::deputy);
  class_teacher_ = person_with(model::Role::class_teacher);
  parent_ = person_with(model::Role::parent, {school_.students.at(0).id});
  other_parent_ = person_with(model::Role::parent, {school_.students.at(1).id});
  const model::RoleGrant teacher_grant = grant_of(school_.teacher, model::Role::teacher);
  teacher_ = access::Principal::person(
      school_.teacher.id, school_.institution.id, {teacher_grant}, {},
      {{ukrainian_.id, ukrainian_.class_id}, {sport_.id, sport_.class_id}});
  maths_teacher_ = access::Principal::person(
      maths_teacher_person_.id, school_.institution.id,
      {grant_of(maths_teacher_person_, model::Role::teacher)}, {}, {{maths_.id, maths_.class_id}});

  model::Institution institute = storage::testing::make_institution(7);
  institute.kind = model::InstitutionKind::other;
  const auto operator_person =
      storage::testing::make_person(institute.id, "Оператор", "Олег", "Іванович");
  const auto operator_grant = grant_of(operator_person, model::Role::institute_operator);
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
    unit.institutions().insert(institute);
    unit.people().insert(operator_person);
    unit.role_grants().insert(operator_grant);
  });
  operator_ = access::Principal::person(operator_person.id, institute.id, {operator_grant});
}

model::LessonId ReportsTest::lesson(const model::Course& course, model::Date date) {
  auto& made = lessons_;
  const auto key = std::make_pair(course.id, date);
  if (const auto found = made.find(key); found != made.end()) return found->second;
  model::Lesson stored;
  stored.id = model::LessonId::generate();
  stored.institution_id = course.institution_id;
  stored.course_id = course.id;
  stored.date = date;
  stored.topic = "Урок";
  storage::testing::write(*store_,
                          [&](storage::UnitOfWork& unit) { unit.lessons().insert(stored); });
  made.emplace(key, stored.id);
  return stored.id;
}

model::GradeEntry ReportsTest::undated(const model::Course& course, std::size_t student,
                                       model::ColumnKind column, const std::string& label,
                                       model::Date date, std::optional<int> value,
                                       const std::string& mark) {
  model::GradeEntry grade;
  grade.id = model::GradeId::generate();
  grade.institution_id = course.institution_id;
  grade.course_id = course.id;
  grade.student_id = school_.students.at(student).id;
  grade.column = column;
  grade.column_label = label;
  grade.date = date;
  if (value) grade.value = grading::Rational(*value);
  grade.mark = mark;
  grade.publication = model::Publication::published;
  grade.recorded_by = course.teacher_id;
  grade.recorded_at = storage::testing::school_instant();
  return grade;
}

model::GradeEntry ReportsTest::current(const model::Course& course, std::size_t student,
                                       model::Date date, std::optional<int> value,
                                       const std::string& mark) {
  model::GradeEntry grade =
      undated(course, student, model::ColumnKind::current, "", date, value, mark);
  grade.lesson_id = lesson(course, date);
  return grade;
}

void ReportsTest::store_grade(const model::GradeEntry& grade) {
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) { unit.grades().insert(grade); });
}

model::Course ReportsTest::add_course(const std::string& subject_name, const model::Person& teacher,
                                      const std::string& scale) {
  model::Subject subject;
  subject.id = model::SubjectId::generate();
  subject.institution_id = school_.institution.id;
  subject.name = subject_name;
  model::Course course = school_.course;
  course.id = model::CourseId::generate();
  course.subject_id = subject.id;
  course.teacher_id = teacher.id;
  course.scale = scale;
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
    unit.subjects().insert(subject);
    unit.courses().insert(course);
  });
  return course;
}

access::Principal ReportsTest::person_with(model::Role role,
                                           const std::vector<model::PersonId>& children,
                                           const std::vector<access::TaughtCourse>& courses) {
  const auto person =
      storage::testing::make_person(school_.institution.id, "Мельник", "Оксана", "Іванівна");
  const auto grant = grant_of(
      person, role,
      role == model::Role::class_teacher ? std::optional(school_.school_class.id) : std::nullopt);
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
    unit.people().insert(person);
    unit.role_grants().insert(grant);
  });
  return access::Principal::person(person.id, school_.institution.id, {grant}, children, courses);
}

access::Principal ReportsTest::student_principal(std::size_t student) {
  const auto& person = school_.students.at(student);
  return access::Principal::person(person.id, school_.institution.id,
                                   {grant_of(person, model::Role::student)});
}

// The scenario, all published unless said so; term 0 is I семестр (2024-09-02 … 2024-12-27),
// term 1 II семестр (2025-01-13 … 2025-05-30) of calendar::ukrainian_typical_year(2024).
//   Українська мова, student 0: current 09-02 10, 09-09 11, 09-16 «н», 09-23 8; thematic
//     «Тема 1» 09-30 10; current 10-07 7, 10-14 8, 10-21 12 (a draft); I семестр 12-26 10,
//     corrected 12-30 (holidays) 11; II семестр 2025-05-29 8; annual 05-30 10; ДПА 06-10 12.
//   Українська мова, student 1: current 09-02 3, 09-09 5; thematic «Тема 1» 12-30 (holidays) 6;
//     I семестр 4.
//   Українська мова, student 2: current 09-02 12; I семестр «н/а».
//   Математика, student 0: current 09-03 9, 09-10 10, 09-17 10; annual 9.
//   Фізична культура, student 0: annual «зв.».
void ReportsTest::write_scenario() {
  using model::ColumnKind;
  const auto& u = ukrainian_;
  store_grade(current(u, 0, day(2024, 9, 2), 10));
  store_grade(current(u, 0, day(2024, 9, 9), 11));
  store_grade(current(u, 0, day(2024, 9, 16), std::nullopt, "н"));
  store_grade(current(u, 0, day(2024, 9, 23), 8));
  store_grade(undated(u, 0, ColumnKind::thematic, "Тема 1", day(2024, 9, 30), 10));
  store_grade(current(u, 0, day(2024, 10, 7), 7));
  store_grade(current(u, 0, day(2024, 10, 14), 8));
  auto draft = current(u, 0, day(2024, 10, 21), 12);
  draft.publication = model::Publication::draft;
  store_grade(draft);
  store_grade(undated(u, 0, ColumnKind::semester, "I семестр", day(2024, 12, 26), 10));
  store_grade(undated(u, 0, ColumnKind::corrected, "Скоригована", day(2024, 12, 30), 11));
  store_grade(undated(u, 0, ColumnKind::semester, "II семестр", day(2025, 5, 29), 8));
  store_grade(undated(u, 0, ColumnKind::annual, "Річна", day(2025, 5, 30), 10));
  store_grade(undated(u, 0, ColumnKind::state_exam, "ДПА", day(2025, 6, 10), 12));

  store_grade(current(u, 1, day(2024, 9, 2), 3));
  store_grade(current(u, 1, day(2024, 9, 9), 5));
  store_grade(undated(u, 1, ColumnKind::thematic, "Тема 1", day(2024, 12, 30), 6));
  store_grade(undated(u, 1, ColumnKind::semester, "I семестр", day(2024, 12, 26), 4));
  store_grade(current(u, 2, day(2024, 9, 2), 12));
  store_grade(
      undated(u, 2, ColumnKind::semester, "I семестр", day(2024, 12, 26), std::nullopt, "н/а"));

  store_grade(current(maths_, 0, day(2024, 9, 3), 9));
  store_grade(current(maths_, 0, day(2024, 9, 10), 10));
  store_grade(current(maths_, 0, day(2024, 9, 17), 10));
  store_grade(undated(maths_, 0, ColumnKind::annual, "Річна", day(2025, 5, 30), 9));
  store_grade(
      undated(sport_, 0, ColumnKind::annual, "Річна", day(2025, 5, 30), std::nullopt, "зв."));
}

}  // namespace ejournal::services::testing
