// Courses, class teachers, enrolments and parent links.
#include <gtest/gtest.h>

#include "ejournal/services/school_setup.hpp"
#include "setup_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using Courses = SetupTest;
using storage::testing::day;

TEST_P(Courses, ACourseIsTaughtToAClassOrOneOfItsSubgroups) {
  const auto klass = school_.school_class.id;
  const auto group = create_subgroup(*store_, clock_, admin_, school(), klass, "2 група");
  CourseForm form;
  form.subject_id = school_.subject.id;
  form.class_id = klass;
  form.subgroup_id = group;
  form.teacher_id = school_.teacher.id;
  form.scale = "nush_levels";
  const auto id = create_course(*store_, clock_, admin_, school(), form);
  {
    const auto unit = store_->begin(storage::Access::read);
    const auto course = unit->courses().find(school(), id);
    ASSERT_TRUE(course);
    EXPECT_EQ(course->academic_year_id, school_.year.id);
    EXPECT_EQ(course->subgroup_id, group);
    EXPECT_EQ(course->scale, "nush_levels");
  }
  const auto substitute = add_person("Гнатюк", "Ірина", model::Role::teacher);
  reassign_course(*store_, clock_, admin_, school(), id, substitute.id, "ukrainian_12");
  const auto entries = trail("course", id.str());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_NE(entries[1].find("\"scale\":\"nush_levels\"}|{"), std::string::npos);
  EXPECT_NE(entries[1].find("\"teacher_id\":\"" + substitute.id.str()), std::string::npos);
  EXPECT_EQ(course_scale_names().size(), 7u);
}

TEST_P(Courses, CourseRefusalsChangeNothing) {
  const auto other_class = create_class(*store_, clock_, admin_, school(), school_.year.id, "5-Б");
  const auto foreign_group =
      create_subgroup(*store_, clock_, admin_, school(), other_class, "1 група");
  const auto clerk = add_person("Шевчук", "Олена", model::Role::parent);
  CourseForm good;
  good.subject_id = school_.subject.id;
  good.class_id = school_.school_class.id;
  good.teacher_id = school_.teacher.id;
  const auto before = structure();
  const auto refused = [&](CourseForm form) {
    return code_of([&] { (void)create_course(*store_, clock_, admin_, school(), form); });
  };
  auto form = good;
  form.subgroup_id = foreign_group;
  EXPECT_EQ(refused(form), Errc::invalid);
  form = good;
  form.teacher_id = clerk.id;
  EXPECT_EQ(refused(form), Errc::invalid);
  form = good;
  form.scale = "12-point";
  EXPECT_NE(message_of([&] {
              (void)create_course(*store_, clock_, admin_, school(), form);
            }).find("'12-point' is not a known scale"),
            std::string::npos);
  form = good;
  form.subject_id = other_.subject.id;
  EXPECT_EQ(refused(form), Errc::not_found);
  form = good;
  form.class_id = other_.school_class.id;
  EXPECT_EQ(refused(form), Errc::not_found);
  form = good;
  form.teacher_id = other_.teacher.id;
  EXPECT_EQ(refused(form), Errc::not_found);
  EXPECT_EQ(code_of([&] { (void)create_course(*store_, clock_, teacher(), school(), good); }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              reassign_course(*store_, clock_, admin_, school(), other_.course.id,
                              school_.teacher.id, "ukrainian_12");
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              reassign_course(*store_, clock_, admin_, school(), school_.course.id,
                              school_.teacher.id, "");
            }),
            Errc::invalid);
  EXPECT_EQ(structure(), before);
}

TEST_P(Courses, AClassHasOneClassTeacherAtATime) {
  const auto klass = school_.school_class.id;
  const auto grant =
      assign_class_teacher(*store_, clock_, admin_, school(), klass, school_.teacher.id);
  EXPECT_EQ(trail("role_grant", grant.str()).size(), 1u);
  const auto second = add_person("Гнатюк", "Ірина", model::Role::teacher);
  const auto before = structure();
  EXPECT_EQ(code_of([&] {
              (void)assign_class_teacher(*store_, clock_, admin_, school(), klass, second.id);
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              (void)assign_class_teacher(*store_, clock_, admin_, school(), klass,
                                         school_.students[0].id);
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)assign_class_teacher(*store_, clock_, admin_, school(), other_.school_class.id,
                                         second.id);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] { withdraw_class_teacher(*store_, clock_, teacher(), school(), klass); }),
            Errc::permission);
  EXPECT_EQ(structure(), before);
  withdraw_class_teacher(*store_, clock_, admin_, school(), klass);
  EXPECT_EQ(trail("role_grant", grant.str()).back().substr(0, 9), "withdraw|");
  EXPECT_EQ(code_of([&] { withdraw_class_teacher(*store_, clock_, admin_, school(), klass); }),
            Errc::not_found);
  (void)assign_class_teacher(*store_, clock_, admin_, school(), klass, second.id);
  const auto unit = store_->begin(storage::Access::read);
  const auto grants = unit->role_grants().list_with_role(school(), model::Role::class_teacher);
  ASSERT_EQ(grants.size(), 1u);
  EXPECT_EQ(grants[0].person_id, second.id);
}

TEST_P(Courses, AStudentIsInOneClassAtATime) {
  const auto student = school_.students[0].id;
  const auto klass = school_.school_class.id;
  const auto other_class = create_class(*store_, clock_, admin_, school(), school_.year.id, "5-Б");
  const auto first =
      enrol_student(*store_, clock_, admin_, school(), klass, student, day(2024, 9, 2));
  const auto before = structure();
  EXPECT_EQ(code_of([&] {
              (void)enrol_student(*store_, clock_, admin_, school(), other_class, student,
                                  day(2025, 1, 13));
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              (void)enrol_student(*store_, clock_, admin_, school(), klass, school_.teacher.id,
                                  day(2024, 9, 2));
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)enrol_student(*store_, clock_, admin_, school(), other_.school_class.id,
                                  school_.students[1].id, day(2024, 9, 2));
            }),
            Errc::not_found);
  EXPECT_EQ(
      code_of([&] { record_departure(*store_, clock_, admin_, school(), first, day(2024, 9, 1)); }),
      Errc::invalid);
  EXPECT_EQ(code_of([&] {
              record_departure(*store_, clock_, admin_, school(), first, day(2024, 12, 27),
                               std::string("x\0y", 3));
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)enrol_student(*store_, clock_, teacher(), school(), klass,
                                  school_.students[1].id, day(2024, 9, 2));
            }),
            Errc::permission);
  EXPECT_EQ(structure(), before);

  record_departure(*store_, clock_, admin_, school(), first, day(2024, 12, 27),
                   " Наказ № 12 від 27.12.2024 ");
  EXPECT_EQ(code_of([&] {
              record_departure(*store_, clock_, admin_, school(), first, day(2024, 12, 28));
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              (void)enrol_student(*store_, clock_, admin_, school(), other_class, student,
                                  day(2024, 12, 27));
            }),
            Errc::conflict);
  const auto second =
      enrol_student(*store_, clock_, admin_, school(), other_class, student, day(2025, 1, 13));
  const auto unit = store_->begin(storage::Access::read);
  const auto ended = unit->enrolments().find(school(), first);
  EXPECT_EQ(ended->departed, day(2024, 12, 27));
  EXPECT_EQ(ended->departure_note, "Наказ № 12 від 27.12.2024");
  EXPECT_TRUE(unit->enrolments().find(school(), second));
  const auto entries = unit->audit().list_for_entity(school(), "enrolment", first.str());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].action, "depart");
  EXPECT_NE(entries[1].before.find("\"departed\":null"), std::string::npos);
  EXPECT_NE(entries[1].after.find("\"departed\":\"2024-12-27\""), std::string::npos);
}

TEST_P(Courses, ParentsAreLinkedToStudentsOfTheirInstitution) {
  const auto parent = add_person("Ткаченко", "Оксана", model::Role::parent);
  const auto child = school_.students[0].id;
  const auto link = link_parent(*store_, clock_, admin_, school(), parent.id, child,
                                model::ParentRelation::mother);
  EXPECT_NE(trail("parent_link", link.str()).front().find("\"relation\":\"mother\""),
            std::string::npos);
  const auto before = structure();
  const auto refused = [&](model::PersonId p, model::PersonId c, model::ParentRelation r) {
    return code_of([&] { (void)link_parent(*store_, clock_, admin_, school(), p, c, r); });
  };
  EXPECT_EQ(refused(parent.id, child, model::ParentRelation::father), Errc::exists);
  EXPECT_EQ(refused(parent.id, other_.students[0].id, model::ParentRelation::mother),
            Errc::not_found);
  EXPECT_EQ(refused(school_.teacher.id, child, model::ParentRelation::mother), Errc::invalid);
  EXPECT_EQ(refused(parent.id, school_.teacher.id, model::ParentRelation::mother), Errc::invalid);
  EXPECT_EQ(refused(parent.id, parent.id, model::ParentRelation::mother), Errc::invalid);
  EXPECT_EQ(refused(parent.id, school_.students[1].id, static_cast<model::ParentRelation>(9)),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)link_parent(*store_, clock_, teacher(), school(), parent.id,
                                school_.students[1].id, model::ParentRelation::mother);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              unlink_parent(*store_, clock_, admin_, school(), parent.id, school_.students[1].id);
            }),
            Errc::not_found);
  EXPECT_EQ(structure(), before);
  unlink_parent(*store_, clock_, admin_, school(), parent.id, child);
  const auto unit = store_->begin(storage::Access::read);
  EXPECT_TRUE(unit->parent_links().children_of(school(), parent.id).empty());
  EXPECT_EQ(unit->audit().list_for_entity(school(), "parent_link", link.str()).back().action,
            "unlink");
}

EJ_INSTANTIATE_ACCOUNTS_TEST(Courses);

}  // namespace
}  // namespace ejournal::services::testing
