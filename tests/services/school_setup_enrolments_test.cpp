// Enrolments (one class at a time, departures) and parent links.
#include <gtest/gtest.h>

#include "ejournal/services/school_setup.hpp"
#include "setup_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using Enrolments = SetupTest;
using storage::testing::day;

TEST_P(Enrolments, AStudentIsInOneClassAtATime) {
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

TEST_P(Enrolments, ParentsAreLinkedToStudentsOfTheirInstitution) {
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

EJ_INSTANTIATE_STORE_TEST(Enrolments);

}  // namespace
}  // namespace ejournal::services::testing
