#include "journal_reading_fixture.hpp"

#include <utility>

#include "../storage/units.hpp"
#include "ejournal/services/principals.hpp"
#include "test_support.hpp"

namespace ejournal::services::testing {

void JournalReadingTest::SetUp() {
  StoreTest::SetUp();
  if (IsSkipped()) return;
  school_ = st::make_school(0, 4, 14);
  const std::pair<const char*, const char*> names[] = {
      {"Яковенко", "Ярина"}, {"Іваненко", "Ігор"}, {"Ґава", "Олег"}, {"Андрієнко", "Єва"}};
  for (std::size_t i = 0; i < 4; ++i) {
    school_.students[i].surname = names[i].first;
    school_.students[i].given_name = names[i].second;
  }
  school_.students[1].gender = text::Gender::masculine;
  school_.students[2].gender = text::Gender::masculine;
  st::store_school(store(), school_);
  const auto institution = school_.institution.id;

  admin_ = add_person("Мельник", "Ольга", model::Role::institution_admin);
  class_teacher_ = add_person("Шевчук", "Марія", model::Role::class_teacher);
  other_teacher_ = add_person("Бондар", "Ірина", model::Role::teacher);
  parent_ = add_person("Яковенко", "Петро", model::Role::parent);
  other_parent_ = add_person("Андрієнко", "Анна", model::Role::parent);
  link(parent_.id, school_.students[0].id);
  link(parent_.id, school_.students[1].id);
  link(other_parent_.id, school_.students[3].id);

  second_subject_.id = model::SubjectId::generate();
  second_subject_.institution_id = institution;
  second_subject_.name = "Англійська мова";
  subgroup_.id = model::SubgroupId::generate();
  subgroup_.institution_id = institution;
  subgroup_.class_id = school_.school_class.id;
  subgroup_.name = "1 група";
  subgroup_course_ = school_.course;
  subgroup_course_.id = model::CourseId::generate();
  subgroup_course_.subject_id = second_subject_.id;
  subgroup_course_.subgroup_id = subgroup_.id;
  subgroup_course_.teacher_id = other_teacher_.id;
  subgroup_course_.version = 0;
  subgroup_lesson_ = school_.lessons[0];
  subgroup_lesson_.id = model::LessonId::generate();
  subgroup_lesson_.course_id = subgroup_course_.id;
  subgroup_lesson_.date = st::day(2024, 9, 4);
  subgroup_lesson_.number = 2;
  subgroup_lesson_.topic = "Present Simple";
  subgroup_lesson_.homework = "Впр. 3";
  subgroup_lesson_.homework_due = st::day(2024, 9, 6);
  subgroup_lesson_.version = 0;

  st::write(store(), [&](storage::UnitOfWork& unit) {
    unit.role_grants().insert(grant_of(school_.teacher, model::Role::teacher));
    for (std::size_t i = 0; i < school_.students.size(); ++i) {
      unit.role_grants().insert(grant_of(school_.students[i], model::Role::student));
      model::Enrolment enrolment = st::make_enrolment(school_, i);
      if (i == 2) enrolment.departed = st::day(2024, 10, 1);
      unit.enrolments().insert(enrolment);
    }
    unit.subjects().insert(second_subject_);
    unit.subgroups().insert(subgroup_);
    unit.subgroups().add_member({institution, subgroup_.id, school_.students[3].id});
    unit.courses().insert(subgroup_course_);
    unit.lessons().insert(subgroup_lesson_);

    // Student 0: a published and a draft grade, two thematic grades, an absence with its
    // document, a whole-day absence; student 1: a special mark.
    unit.grades().insert(st::make_grade(school_, 0, 0, 10));
    model::GradeEntry draft = st::make_grade(school_, 0, 1, 9);
    draft.publication = model::Publication::draft;
    unit.grades().insert(draft);
    model::GradeEntry exempt = st::make_grade(school_, 1, 0, 0);
    exempt.value.reset();
    exempt.mark = "зв.";
    unit.grades().insert(exempt);
    unit.grades().insert(
        undated(0, model::ColumnKind::thematic, "Тема 10", st::day(2024, 9, 3), 8));
    unit.grades().insert(
        undated(0, model::ColumnKind::thematic, "Тема 2", st::day(2024, 9, 3), 11));
    model::AttendanceMark absent = st::make_mark(school_, 0, 3);
    absent.document_ref = "Довідка № 5";
    unit.attendance().insert(absent);
    model::AttendanceMark whole_day = st::make_mark(school_, 1, 7);
    whole_day.lesson_id.reset();
    whole_day.reason = model::AbsenceReason::family;
    whole_day.document_ref = "Записка батьків";
    unit.attendance().insert(whole_day);

    model::Comment comment;
    comment.id = model::CommentId::generate();
    comment.institution_id = institution;
    comment.student_id = school_.students[0].id;
    comment.author_id = school_.teacher.id;
    comment.course_id = school_.course.id;
    comment.lesson_id = school_.lessons[0].id;
    comment.text = "Молодець!";
    comment.created_at = st::school_instant(3600);
    unit.comments().insert(comment);
    model::Comment later = comment;
    later.id = model::CommentId::generate();
    later.text = "Наступного тижня";
    later.created_at = st::school_instant(7 * 86400);
    unit.comments().insert(later);
  });

  elsewhere_ = st::make_school(1, 1, 1);
  st::store_school(store(), elsewhere_);
  st::write(store(), [&](storage::UnitOfWork& unit) {
    unit.role_grants().insert(grant_of(elsewhere_.students[0], model::Role::student));
    unit.enrolments().insert(st::make_enrolment(elsewhere_, 0));
  });
}

access::Principal JournalReadingTest::principal_of(const model::PersonId& person) {
  return st::read(store(), [&](storage::UnitOfWork& unit) {
    return load_principal(unit, school_.institution.id, person);
  });
}

model::Person JournalReadingTest::add_person(const std::string& surname,
                                             const std::string& given_name, model::Role role) {
  model::Person person = st::make_person(school_.institution.id, surname, given_name, "Іванівна");
  st::write(store(), [&](storage::UnitOfWork& unit) {
    unit.people().insert(person);
    unit.role_grants().insert(grant_of(person, role,
                                       role == model::Role::class_teacher
                                           ? std::optional(school_.school_class.id)
                                           : std::nullopt));
  });
  return person;
}

void JournalReadingTest::link(const model::PersonId& parent, const model::PersonId& child) {
  model::ParentLink link;
  link.id = model::ParentLinkId::generate();
  link.institution_id = school_.institution.id;
  link.parent_id = parent;
  link.child_id = child;
  st::write(store(), [&](storage::UnitOfWork& unit) { unit.parent_links().insert(link); });
}

void JournalReadingTest::add_grade(const model::GradeEntry& grade) {
  st::write(store(), [&](storage::UnitOfWork& unit) { unit.grades().insert(grade); });
}

model::GradeEntry JournalReadingTest::undated(std::size_t student, model::ColumnKind column,
                                              const std::string& label, model::Date day,
                                              grading::Rational value) {
  model::GradeEntry grade = st::make_grade(school_, student, 0, value);
  grade.column = column;
  grade.lesson_id.reset();
  grade.date = day;
  grade.column_label = label;
  return grade;
}

}  // namespace ejournal::services::testing
