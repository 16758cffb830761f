// Courses and class teachers, and the refusals of every setup call.
#include <gtest/gtest.h>

#include <functional>

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

// The refusals the tests above do not reach: unknown or foreign ids, bad values and the rights of
// each call; none of them changes anything.
TEST_P(Courses, EveryOtherRefusalChangesNothing) {
  const auto klass = school_.school_class.id;
  const auto student = school_.students[0].id;
  const auto enrolment =
      enrol_student(*store_, clock_, admin_, school(), klass, student, day(2024, 9, 2));
  const auto group = create_subgroup(*store_, clock_, admin_, school(), klass, "1 група");
  const auto parent = add_person("Ткаченко", "Оксана", model::Role::parent);
  const auto before = structure();
  const auto refusal = [&](const std::function<void()>& action) { return code_of(action); };
  const auto unknown_subgroup = model::SubgroupId::generate();

  EXPECT_EQ(refusal([&] { rename_class(*store_, clock_, admin_, school(), klass, "5-A"); }),
            Errc::invalid);
  EXPECT_EQ(refusal([&] { rename_class(*store_, clock_, teacher(), school(), klass, "5-Б"); }),
            Errc::permission);
  EXPECT_EQ(refusal([&] { (void)create_subgroup(*store_, clock_, admin_, school(), klass, " "); }),
            Errc::invalid);
  EXPECT_EQ(refusal([&] {
              (void)create_subgroup(*store_, clock_, teacher(), school(), klass, "2 група");
            }),
            Errc::permission);
  EXPECT_EQ(refusal([&] {
              add_subgroup_member(*store_, clock_, admin_, school(), unknown_subgroup, student);
            }),
            Errc::not_found);
  EXPECT_EQ(
      refusal([&] { add_subgroup_member(*store_, clock_, teacher(), school(), group, student); }),
      Errc::permission);
  EXPECT_EQ(refusal([&] {
              remove_subgroup_member(*store_, clock_, admin_, school(), unknown_subgroup, student);
            }),
            Errc::not_found);
  EXPECT_EQ(refusal([&] {
              (void)create_subject(*store_, clock_, access::Principal::system(),
                                   model::InstitutionId::generate(), "Фізика");
            }),
            Errc::not_found);
  EXPECT_EQ(refusal([&] {
              reassign_course(*store_, clock_, admin_, school(), school_.course.id, parent.id,
                              "ukrainian_12");
            }),
            Errc::invalid);
  EXPECT_EQ(refusal([&] {
              reassign_course(*store_, clock_, admin_, school(), school_.course.id,
                              school_.teacher.id, "twelve");
            }),
            Errc::invalid);
  EXPECT_EQ(refusal([&] {
              reassign_course(*store_, clock_, teacher(), school(), school_.course.id,
                              school_.teacher.id, "ukrainian_12");
            }),
            Errc::permission);
  EXPECT_EQ(refusal([&] {
              (void)enrol_student(*store_, clock_, admin_, school(), klass, other_.students[0].id,
                                  day(2024, 9, 2));
            }),
            Errc::not_found);
  EXPECT_EQ(refusal([&] {
              (void)enrol_student(*store_, clock_, admin_, school(), klass, school_.students[1].id,
                                  model::Date(boost::gregorian::not_a_date_time));
            }),
            Errc::invalid);
  EXPECT_EQ(refusal([&] {
              record_departure(*store_, clock_, admin_, school(), model::EnrolmentId::generate(),
                               day(2024, 12, 27));
            }),
            Errc::not_found);
  EXPECT_EQ(refusal([&] {
              record_departure(*store_, clock_, teacher(), school(), enrolment, day(2024, 12, 27));
            }),
            Errc::permission);
  EXPECT_EQ(refusal([&] {
              (void)assign_class_teacher(*store_, clock_, teacher(), school(), klass,
                                         school_.teacher.id);
            }),
            Errc::permission);
  EXPECT_EQ(refusal([&] {
              (void)assign_class_teacher(*store_, clock_, admin_, school(), klass,
                                         other_.teacher.id);
            }),
            Errc::not_found);
  EXPECT_EQ(
      refusal([&] { unlink_parent(*store_, clock_, teacher(), school(), parent.id, student); }),
      Errc::permission);
  EXPECT_EQ(refusal([&] {
              unlink_parent(*store_, clock_, admin_, school(), other_.teacher.id, student);
            }),
            Errc::not_found);
  EXPECT_EQ(structure(), before);
}

EJ_INSTANTIATE_STORE_TEST(Courses);

}  // namespace
}  // namespace ejournal::services::testing
