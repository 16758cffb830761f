// The calendar, classes, subgroups and subjects of a school.
#include <gtest/gtest.h>

#include "ejournal/services/school_setup.hpp"
#include "setup_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using Structure = SetupTest;
using storage::testing::day;

TEST_P(Structure, AYearIsCreatedAndItsCalendarReplacedWithAudit) {
  auto calendar = calendar::ukrainian_typical_year(2025);
  calendar.name = " 2025/2026 ";
  const auto year = create_academic_year(*store_, clock_, admin_, school(), calendar);
  {
    const auto unit = store_->begin(storage::Access::read);
    const auto stored = unit->academic_years().find(school(), year);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->calendar.name, "2025/2026");
    EXPECT_EQ(stored->calendar.terms.size(), 2u);
  }
  calendar.week = calendar::WorkWeek::six_day;
  calendar.name = "2025/2026 (6 днів)";
  update_academic_year(*store_, clock_, admin_, school(), year, calendar);
  const auto entries = trail("academic_year", year.str());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_TRUE(entries[0].starts_with("create||{\"name\":\"2025/2026\""));
  EXPECT_NE(entries[1].find("update|{\"name\":\"2025/2026\""), std::string::npos);
  EXPECT_NE(entries[1].find("\"week\":\"six_day\""), std::string::npos);
}

TEST_P(Structure, CalendarRefusalsChangeNothing) {
  const auto before = structure();
  auto bad = calendar::ukrainian_typical_year(2025);
  bad.last = bad.first - boost::gregorian::days(1);
  EXPECT_EQ(code_of([&] { (void)create_academic_year(*store_, clock_, admin_, school(), bad); }),
            Errc::invalid);
  const auto good = calendar::ukrainian_typical_year(2025);
  EXPECT_EQ(
      code_of([&] { (void)create_academic_year(*store_, clock_, teacher(), school(), good); }),
      Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)create_academic_year(*store_, clock_, access::Principal::system(),
                                         model::InstitutionId::generate(), good);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              update_academic_year(*store_, clock_, admin_, school(), other_.year.id, good);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              update_academic_year(*store_, clock_, admin_, school(), school_.year.id, bad);
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              update_academic_year(*store_, clock_, admin_, other_.institution.id, other_.year.id,
                                   good);
            }),
            Errc::permission);
  EXPECT_EQ(structure(), before);
}

TEST_P(Structure, AClassNameIsNormalisedAndUniqueInItsYear) {
  const auto id = create_class(*store_, clock_, admin_, school(), school_.year.id, " 6 - б ");
  {
    const auto unit = store_->begin(storage::Access::read);
    EXPECT_EQ(unit->classes().find(school(), id)->name, "6-Б");
  }
  rename_class(*store_, clock_, admin_, school(), id, "6в");
  const auto entries = trail("class", id.str());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_NE(entries[1].find("\"name\":\"6-Б\"}|{"), std::string::npos);
  EXPECT_NE(entries[1].find("\"name\":\"6-В\"}"), std::string::npos);

  const auto before = structure();
  EXPECT_EQ(code_of([&] {
              (void)create_class(*store_, clock_, admin_, school(), school_.year.id, "5-а");
            }),
            Errc::exists);
  EXPECT_EQ(code_of([&] { rename_class(*store_, clock_, admin_, school(), id, "5-А"); }),
            Errc::exists);
  EXPECT_NE(message_of([&] {
              (void)create_class(*store_, clock_, admin_, school(), school_.year.id, "7-A");
            }).find("7-A"),
            std::string::npos);
  EXPECT_EQ(code_of([&] {
              (void)create_class(*store_, clock_, admin_, school(), school_.year.id, "13-А");
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)create_class(*store_, clock_, admin_, school(), other_.year.id, "8-А");
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              rename_class(*store_, clock_, admin_, school(), other_.school_class.id, "8-А");
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              (void)create_class(*store_, clock_, teacher(), school(), school_.year.id, "8-А");
            }),
            Errc::permission);
  EXPECT_EQ(structure(), before);
}

TEST_P(Structure, SubjectsAreNamedOnce) {
  const auto id = create_subject(*store_, clock_, admin_, school(), " Математика ", "Мат.");
  EXPECT_EQ(trail("subject", id.str()),
            std::vector<std::string>{"create||{\"name\":\"Математика\",\"short_name\":\"Мат.\"}"});
  const auto before = structure();
  EXPECT_EQ(code_of([&] { (void)create_subject(*store_, clock_, admin_, school(), "Математика"); }),
            Errc::exists);
  EXPECT_EQ(code_of([&] { (void)create_subject(*store_, clock_, admin_, school(), "  "); }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)create_subject(*store_, clock_, admin_, school(), std::string("Фіз\0ика", 13));
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] { (void)create_subject(*store_, clock_, admin_, school(), "\xff\xfe"); }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] { (void)create_subject(*store_, clock_, teacher(), school(), "Фізика"); }),
            Errc::permission);
  EXPECT_EQ(structure(), before);
}

TEST_P(Structure, SubgroupsTakeOnlyStudentsOfTheirClass) {
  const auto& student = school_.students[0];
  const auto& outsider = school_.students[1];
  (void)enrol_student(*store_, clock_, admin_, school(), school_.school_class.id, student.id,
                      day(2024, 9, 2));
  const auto other_class = create_class(*store_, clock_, admin_, school(), school_.year.id, "5-Б");
  (void)enrol_student(*store_, clock_, admin_, school(), other_class, outsider.id, day(2024, 9, 2));
  const auto group =
      create_subgroup(*store_, clock_, admin_, school(), school_.school_class.id, "1 група");
  add_subgroup_member(*store_, clock_, admin_, school(), group, student.id);
  {
    const auto unit = store_->begin(storage::Access::read);
    EXPECT_EQ(unit->subgroups().members(school(), group), std::vector<model::PersonId>{student.id});
  }
  EXPECT_EQ(trail("subgroup_member", group.str() + "/" + student.id.str()).size(), 1u);

  const auto before = structure();
  const auto klass = school_.school_class.id;
  EXPECT_EQ(
      code_of([&] { (void)create_subgroup(*store_, clock_, admin_, school(), klass, "1 група"); }),
      Errc::exists);
  EXPECT_EQ(code_of([&] {
              (void)create_subgroup(*store_, clock_, admin_, school(), other_.school_class.id,
                                    "2 група");
            }),
            Errc::not_found);
  EXPECT_EQ(
      code_of([&] { add_subgroup_member(*store_, clock_, admin_, school(), group, student.id); }),
      Errc::exists);
  EXPECT_EQ(
      code_of([&] { add_subgroup_member(*store_, clock_, admin_, school(), group, outsider.id); }),
      Errc::invalid);
  EXPECT_EQ(code_of([&] {
              add_subgroup_member(*store_, clock_, admin_, school(), group, school_.teacher.id);
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              add_subgroup_member(*store_, clock_, admin_, school(), group, other_.students[0].id);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              remove_subgroup_member(*store_, clock_, admin_, school(), group, outsider.id);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              remove_subgroup_member(*store_, clock_, teacher(), school(), group, student.id);
            }),
            Errc::permission);
  EXPECT_EQ(structure(), before);

  remove_subgroup_member(*store_, clock_, admin_, school(), group, student.id);
  const auto unit = store_->begin(storage::Access::read);
  EXPECT_TRUE(unit->subgroups().members(school(), group).empty());
  EXPECT_EQ(unit->audit()
                .list_for_entity(school(), "subgroup_member", group.str() + "/" + student.id.str())
                .back()
                .action,
            "remove");
}

EJ_INSTANTIATE_STORE_TEST(Structure);

}  // namespace
}  // namespace ejournal::services::testing
