#include "journal_fixture.hpp"

#include <sstream>

#include "ejournal/services/principals.hpp"

namespace ejournal::services::journal_testing {

using testing::grant_of;

namespace {

std::string text_of(const model::GradeEntry& grade) {
  std::ostringstream out;
  out << "grade " << grade.id.str() << ' ' << grade.student_id.str() << ' '
      << static_cast<int>(grade.column) << ' ' << (grade.lesson_id ? grade.lesson_id->str() : "-")
      << ' ' << boost::gregorian::to_iso_extended_string(grade.date) << ' ' << grade.column_label
      << ' ' << (grade.value ? grade.value->to_string() : "-") << ' ' << grade.mark << ' '
      << static_cast<int>(grade.publication) << ' ' << grade.comment << ' '
      << grade.recorded_by.str() << ' ' << grade.version << '\n';
  return out.str();
}

}  // namespace

model::Date september(int day) {
  return model::Date(2024, 9, static_cast<unsigned short>(day));
}

void JournalTest::SetUp() {
  BackendStoreTest::SetUp();
  if (IsSkipped()) return;
  storage::testing::store_school(*store_, school_);
  storage::testing::store_school(*store_, other_);
  const auto institution = school_id();
  admin_person_ = storage::testing::make_person(institution, "Бондар", "Ганна", "Іванівна");
  class_teacher_person_ =
      storage::testing::make_person(institution, "Шевченко", "Ірина", "Миколаївна");
  parent_person_ = storage::testing::make_person(institution, "Учень0", "Марія", "Іванівна");
  other_teacher_person_ =
      storage::testing::make_person(institution, "Ткаченко", "Богдан", "Васильович");

  model::Subgroup subgroup;
  subgroup.id = model::SubgroupId::generate();
  subgroup.institution_id = institution;
  subgroup.class_id = school_.school_class.id;
  subgroup.name = "1 група";
  subgroup_course_ = school_.course;
  subgroup_course_.id = model::CourseId::generate();
  subgroup_course_.subgroup_id = subgroup.id;

  model::ParentLink link;
  link.id = model::ParentLinkId::generate();
  link.institution_id = institution;
  link.parent_id = parent_person_.id;
  link.child_id = school_.students[0].id;

  const auto unit = store_->begin();
  for (const auto* person :
       {&admin_person_, &class_teacher_person_, &parent_person_, &other_teacher_person_}) {
    unit->people().insert(*person);
  }
  unit->role_grants().insert(grant_of(admin_person_, model::Role::institution_admin));
  unit->role_grants().insert(grant_of(school_.teacher, model::Role::teacher));
  unit->role_grants().insert(grant_of(other_teacher_person_, model::Role::teacher));
  unit->role_grants().insert(
      grant_of(class_teacher_person_, model::Role::class_teacher, school_.school_class.id));
  unit->role_grants().insert(grant_of(parent_person_, model::Role::parent));
  unit->role_grants().insert(grant_of(other_.teacher, model::Role::teacher));
  unit->parent_links().insert(link);
  for (std::size_t i = 0; i < school_.students.size(); ++i) {
    unit->role_grants().insert(grant_of(school_.students[i], model::Role::student));
    auto enrolment = storage::testing::make_enrolment(school_, i);
    if (i == 2) enrolment.departed = september(6);
    unit->enrolments().insert(enrolment);
  }
  unit->enrolments().insert(storage::testing::make_enrolment(other_, 0));
  unit->subgroups().insert(subgroup);
  unit->subgroups().add_member({institution, subgroup.id, school_.students[0].id});
  unit->courses().insert(subgroup_course_);
  unit->commit();

  teacher_ = principal_of(school_.teacher);
  admin_ = principal_of(admin_person_);
  class_teacher_ = principal_of(class_teacher_person_);
  parent_ = principal_of(parent_person_);
  other_teacher_ = principal_of(other_teacher_person_);
  const auto other_unit = store_->begin(storage::Access::read);
  foreign_teacher_ = load_principal(*other_unit, other_.institution.id, other_.teacher.id);
}

access::Principal JournalTest::principal_of(const model::Person& person) {
  const auto unit = store_->begin(storage::Access::read);
  return load_principal(*unit, school_id(), person.id);
}

LessonForm JournalTest::lesson_form(model::Date date, int number) const {
  LessonForm form;
  form.course_id = school_.course.id;
  form.date = date;
  form.number = number;
  form.topic = "Іменник як частина мови";
  form.homework = "Вправа 12";
  form.homework_due = date + boost::gregorian::days(2);
  return form;
}

model::Lesson JournalTest::lesson_on(model::Date date, int number) {
  return record_lesson(*store_, clock_, teacher_, school_id(), lesson_form(date, number));
}

GradeForm JournalTest::current_grade(const model::Lesson& lesson, std::size_t student,
                                     std::string value) const {
  GradeForm form;
  form.course_id = lesson.course_id;
  form.student_id = school_.students.at(student).id;
  form.lesson_id = lesson.id;
  form.value = std::move(value);
  return form;
}

GradeForm JournalTest::undated_grade(model::ColumnKind column, std::string label,
                                     std::size_t student, std::string value) const {
  GradeForm form;
  form.course_id = school_.course.id;
  form.student_id = school_.students.at(student).id;
  form.column = column;
  form.column_label = std::move(label);
  form.value = std::move(value);
  return form;
}

GradeWrite JournalTest::grade(const GradeForm& form) {
  return record_grade(*store_, clock_, teacher_, school_id(), form);
}

std::vector<model::Lesson> JournalTest::stored_lessons() {
  const auto unit = store_->begin(storage::Access::read);
  return unit->lessons().list(school_id(), school_.course.id, {});
}

std::vector<model::GradeEntry> JournalTest::grades_of(model::PersonId student) {
  const auto unit = store_->begin(storage::Access::read);
  storage::GradeQuery query;
  query.course = school_.course.id;
  query.student = student;
  return unit->grades().list(school_id(), query);
}

model::GradeEntry JournalTest::stored(model::GradeId id) {
  const auto unit = store_->begin(storage::Access::read);
  return unit->grades().find(school_id(), id).value();
}

std::vector<model::AuditEntry> JournalTest::audit_of(std::string_view entity_type,
                                                     const std::string& id) {
  const auto unit = store_->begin(storage::Access::read);
  return unit->audit().list_for_entity(school_id(), entity_type, id);
}

std::string JournalTest::snapshot() {
  std::ostringstream out;
  const auto unit = store_->begin(storage::Access::read);
  for (const auto* school : {&school_, &other_}) {
    const auto institution = school->institution.id;
    for (const auto& course : unit->courses().list(institution, {})) {
      for (const auto& lesson : unit->lessons().list(institution, course.id, {})) {
        out << "lesson " << lesson.id.str() << ' '
            << boost::gregorian::to_iso_extended_string(lesson.date) << ' ' << lesson.number << ' '
            << lesson.topic << ' ' << lesson.homework << ' ' << static_cast<int>(lesson.type) << ' '
            << lesson.version << '\n';
      }
      storage::GradeQuery query;
      query.course = course.id;
      for (const auto& grade : unit->grades().list(institution, query)) out << text_of(grade);
    }
    for (const auto& person : unit->people().list(institution)) {
      for (const auto& comment : unit->comments().list_for_student(institution, person.id, {})) {
        out << "comment " << comment.id.str() << ' ' << comment.text << '\n';
      }
      for (const auto& entry : unit->audit().list_for_actor(institution, person.id)) {
        out << "audit " << entry.entity_type << ' ' << entry.entity_id << ' ' << entry.action << ' '
            << entry.before << ' ' << entry.after << ' ' << entry.reason << '\n';
      }
    }
  }
  return out.str();
}

}  // namespace ejournal::services::journal_testing
