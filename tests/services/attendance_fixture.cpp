#include "attendance_fixture.hpp"

#include <chrono>
#include <sstream>

namespace ejournal::services::testing {

void AttendanceTest::SetUp() {
  BackendStoreTest::SetUp();
  if (IsSkipped()) return;
  storage::testing::store_school(*store_, school_);
  storage::testing::store_school(*store_, other_);
  const auto inst = institution();
  const auto leader = storage::testing::make_person(inst, "Мельник", "Ірина", "Олегівна");
  const auto mother = storage::testing::make_person(inst, "Шевченко", "Марія", "Андріївна");
  const auto father = storage::testing::make_person(inst, "Ткаченко", "Іван", "Петрович");
  const auto director = storage::testing::make_person(inst, "Бондар", "Ганна", "Іванівна");
  const auto unit = store_->begin();
  for (const auto& person : {leader, mother, father, director}) unit->people().insert(person);
  for (std::size_t i = 0; i < school_.students.size(); ++i) {
    unit->enrolments().insert(storage::testing::make_enrolment(school_, i));
  }
  unit->enrolments().insert(storage::testing::make_enrolment(other_, 0));
  const auto link = [&](const model::Person& parent, std::size_t child) {
    model::ParentLink parent_link;
    parent_link.id = model::ParentLinkId::generate();
    parent_link.institution_id = inst;
    parent_link.parent_id = parent.id;
    parent_link.child_id = student(child);
    unit->parent_links().insert(parent_link);
  };
  link(mother, 0);
  link(father, 1);
  unit->commit();
  mother_email_ = mother.email;
  teacher_ = access::Principal::person(school_.teacher.id, inst,
                                       {grant_of(school_.teacher, model::Role::teacher)}, {},
                                       {{school_.course.id, school_.school_class.id}});
  class_teacher_ = access::Principal::person(
      leader.id, inst, {grant_of(leader, model::Role::class_teacher, school_.school_class.id)});
  parent_ = access::Principal::person(mother.id, inst, {grant_of(mother, model::Role::parent)},
                                      {student(0)});
  other_parent_ = access::Principal::person(father.id, inst,
                                            {grant_of(father, model::Role::parent)}, {student(1)});
  admin_ = access::Principal::person(director.id, inst,
                                     {grant_of(director, model::Role::institution_admin)});
}

std::vector<model::Notification> AttendanceTest::mail_to(const std::string& email) {
  const auto unit = store_->begin(storage::Access::read);
  std::vector<model::Notification> mail;
  for (auto& message :
       unit->notifications().list_due(clock_.now() + std::chrono::hours(24), 1000)) {
    if (message.recipient == email) mail.push_back(std::move(message));
  }
  return mail;
}

model::Lesson AttendanceTest::add_lesson(model::Date date, int number) {
  model::Lesson lesson;
  lesson.id = model::LessonId::generate();
  lesson.institution_id = institution();
  lesson.course_id = school_.course.id;
  lesson.date = date;
  lesson.number = number;
  lesson.topic = "Тема";
  const auto unit = store_->begin();
  unit->lessons().insert(lesson);
  unit->commit();
  return lesson;
}

std::string AttendanceTest::snapshot() {
  std::ostringstream out;
  const auto unit = store_->begin(storage::Access::read);
  for (const auto* school : {&school_, &other_}) {
    for (const auto& person : school->students) {
      for (const auto& mark : unit->attendance().list(
               school->institution.id, storage::testing::attendance_query(person.id, {}))) {
        out << mark.id.str() << ' ' << mark.date.day_number() << ' '
            << (mark.lesson_id ? mark.lesson_id->str() : "-") << ' ' << mark.code << ' '
            << static_cast<int>(mark.reason) << ' ' << mark.document_ref << ' ' << mark.version
            << '\n';
        for (const auto& entry :
             unit->audit().list_for_entity(school->institution.id, "attendance", mark.id.str())) {
          out << "  " << entry.action << ' ' << entry.before << ' ' << entry.after << '\n';
        }
      }
    }
  }
  return out.str();
}

std::optional<model::AttendanceMark> AttendanceTest::mark_of(
    std::size_t index, model::Date date, std::optional<model::LessonId> lesson) {
  const auto unit = store_->begin(storage::Access::read);
  for (auto& mark : unit->attendance().list(
           institution(), storage::testing::attendance_query(student(index), {},
                                                             storage::testing::days(date, date)))) {
    if (mark.lesson_id == lesson) return mark;
  }
  return std::nullopt;
}

std::vector<std::string> AttendanceTest::actions_of(const model::AttendanceMark& mark) {
  const auto unit = store_->begin(storage::Access::read);
  std::vector<std::string> actions;
  for (const auto& entry :
       unit->audit().list_for_entity(mark.institution_id, "attendance", mark.id.str())) {
    actions.push_back(entry.action);
  }
  return actions;
}

}  // namespace ejournal::services::testing
