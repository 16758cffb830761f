// Level distributions of a class, an institution and an oblast over the scenario of
// reports_fixture.cpp. Levels are the bands of §1.2 (1–3, 4–6, 7–9, 10–12); percentages are
// exact shares of the graded ones; marks (н, н/а, зв.) are counted apart and in no level (§1.7);
// drafts never count; the oblast's figures name no institution or student (§7).
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../storage/units.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/reports.hpp"
#include "reports_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using grading::Rational;
using storage::testing::expect_error;

// `distribution` as "counts | percents | graded marked | mean", e.g.
// "1 1 3 3 | 25/2 25/2 75/2 75/2 | 8 1 | 8".
std::string text_of(const Distribution& distribution) {
  std::string counts;
  std::string percents;
  for (const auto& share : distribution.levels) {
    counts += std::to_string(share.count) + " ";
    percents += share.percent.to_string() + " ";
  }
  return counts + "| " + percents + "| " + std::to_string(distribution.graded) + " " +
         std::to_string(distribution.marked) + " | " +
         (distribution.mean ? distribution.mean->to_string() : "-");
}

std::vector<std::string> subject_texts(const std::vector<SubjectDistribution>& subjects) {
  std::vector<std::string> rows;
  for (const auto& row : subjects)
    rows.push_back(row.subject_name + ": " + text_of(row.distribution));
  return rows;
}

class ClassReport : public ReportsTest {
 protected:
  void SetUp() override {
    ReportsTest::SetUp();
    if (IsSkipped()) return;
    write_scenario();
  }

  ClassStatistics of_class(const access::Principal& reader, ReportColumn column,
                           std::size_t term = 0) {
    return class_statistics(*store_, reader, school_.institution.id, school_.school_class.id, term,
                            column);
  }
};

// Current grades of I семестр, published: Українська мова 10 11 8 7 8 3 5 12 and «н» (the draft
// 12 left out): levels 1 1 3 3 of 8, mean 64/8 = 8; Математика 9 10 10: 0 0 1 2, mean 29/3;
// Фізична культура none. In all 1 1 4 5 of 11, mean 93/11.
TEST_P(ClassReport, CurrentGradesByLevel) {
  const auto result = of_class(class_teacher_, ReportColumn::current);
  EXPECT_EQ(result.class_id, school_.school_class.id);
  EXPECT_EQ(result.term_name, "I семестр");
  EXPECT_EQ(result.students, 3);
  EXPECT_EQ(subject_texts(result.subjects),
            (std::vector<std::string>{
                "Математика: 0 0 1 2 | 0 0 100/3 200/3 | 3 0 | 29/3",
                "Українська мова: 1 1 3 3 | 25/2 25/2 75/2 75/2 | 8 1 | 8",
                "Фізична культура: 0 0 0 0 | 0 0 0 0 | 0 0 | -",
            }));
  EXPECT_EQ(text_of(result.overall), "1 1 4 5 | 100/11 100/11 400/11 500/11 | 11 1 | 93/11");
  EXPECT_EQ(result.subjects[1].subject_id, ukrainian_.subject_id);
}

// I семестр: student 0's correction 11 replaces 10, student 1 has 4, student 2 «н/а».
TEST_P(ClassReport, SemesterGradesCountCorrections) {
  const auto result = of_class(admin_, ReportColumn::semester);
  EXPECT_EQ(subject_texts(result.subjects)[1], "Українська мова: 0 1 0 1 | 0 50 0 50 | 2 1 | 15/2");
  EXPECT_EQ(text_of(result.overall), "0 1 0 1 | 0 50 0 50 | 2 1 | 15/2");
}

TEST_P(ClassReport, ThematicAndAnnualColumns) {
  // Thematic: student 0's 10, and student 1's 6 set in the winter holidays (term 0's).
  EXPECT_EQ(text_of(of_class(deputy_, ReportColumn::thematic).overall),
            "0 1 0 1 | 0 50 0 50 | 2 0 | 8");
  EXPECT_EQ(text_of(of_class(deputy_, ReportColumn::thematic, 1).overall),
            "0 0 0 0 | 0 0 0 0 | 0 0 | -");
  // Annual: Українська мова 10, Математика 9, Фізична культура «зв.».
  const auto annual = of_class(admin_, ReportColumn::annual, 1);
  EXPECT_EQ(subject_texts(annual.subjects), (std::vector<std::string>{
                                                "Математика: 0 0 1 0 | 0 0 100 0 | 1 0 | 9",
                                                "Українська мова: 0 0 0 1 | 0 0 0 100 | 1 0 | 10",
                                                "Фізична культура: 0 0 0 0 | 0 0 0 0 | 0 1 | -",
                                            }));
  EXPECT_EQ(text_of(annual.overall), "0 0 1 1 | 0 0 50 50 | 2 1 | 19/2");
}

TEST_P(ClassReport, Refusals) {
  expect_error(Errc::permission, [&] { of_class(teacher_, ReportColumn::current); });
  expect_error(Errc::permission, [&] { of_class(parent_, ReportColumn::current); });
  expect_error(Errc::permission, [&] { of_class(operator_, ReportColumn::current); });
  expect_error(Errc::range, [&] { of_class(admin_, ReportColumn::current, 2); });
  expect_error(Errc::invalid, [&] { of_class(admin_, static_cast<ReportColumn>(9)); });
  expect_error(Errc::not_found, [&] {
    class_statistics(*store_, admin_, school_.institution.id, model::ClassId::generate(), 0,
                     ReportColumn::current);
  });
}

TEST_P(ClassReport, AnotherInstitutionsRecordsAreNeitherFoundNorOpen) {
  auto other = storage::testing::make_school(1, 1, 0);
  storage::testing::store_school(*store_, other);
  expect_error(Errc::not_found, [&] {
    class_statistics(*store_, admin_, school_.institution.id, other.school_class.id, 0,
                     ReportColumn::current);
  });
  expect_error(Errc::not_found, [&] {
    institution_statistics(*store_, admin_, school_.institution.id, other.year.id, 0,
                           ReportColumn::current);
  });
  // The administrator of this school may not read the other's, whatever the ids.
  expect_error(Errc::permission, [&] {
    institution_statistics(*store_, admin_, other.institution.id, other.year.id, 0,
                           ReportColumn::current);
  });
  expect_error(Errc::permission, [&] {
    class_statistics(*store_, admin_, other.institution.id, other.school_class.id, 0,
                     ReportColumn::current);
  });
}

TEST_P(ClassReport, InstitutionStatisticsAggregateItsClasses) {
  const auto result = institution_statistics(*store_, deputy_, school_.institution.id,
                                             school_.year.id, 0, ReportColumn::current);
  EXPECT_EQ(result.academic_year_id, school_.year.id);
  EXPECT_EQ(result.term_name, "I семестр");
  EXPECT_EQ(result.classes, 1);
  EXPECT_EQ(result.students, 3);
  EXPECT_EQ(result.subjects.size(), 3U);
  EXPECT_EQ(text_of(result.overall), "1 1 4 5 | 100/11 100/11 400/11 500/11 | 11 1 | 93/11");
}

TEST_P(ClassReport, InstitutionStatisticsRefusals) {
  const auto institution = school_.institution.id;
  expect_error(Errc::permission, [&] {
    institution_statistics(*store_, class_teacher_, institution, school_.year.id, 0,
                           ReportColumn::current);
  });
  expect_error(Errc::permission, [&] {
    institution_statistics(*store_, operator_, institution, school_.year.id, 0,
                           ReportColumn::current);
  });
  expect_error(Errc::not_found, [&] {
    institution_statistics(*store_, admin_, institution, model::AcademicYearId::generate(), 0,
                           ReportColumn::current);
  });
  expect_error(Errc::range, [&] {
    institution_statistics(*store_, admin_, institution, school_.year.id, 3, ReportColumn::current);
  });
}

class OblastReport : public ClassReport {
 protected:
  // Another school of Sumy oblast with one student graded 6 (and a draft 1), one of Sumy oblast
  // working in another year, one of Kyiv oblast and a suspended one of Sumy oblast.
  void SetUp() override {
    ClassReport::SetUp();
    if (IsSkipped()) return;
    add_school(1, "UA-59", 2024, model::InstitutionStatus::active);
    add_school(2, "UA-59", 2025, model::InstitutionStatus::active);
    add_school(3, "UA-32", 2024, model::InstitutionStatus::active);
    add_school(4, "UA-59", 2024, model::InstitutionStatus::suspended);
  }

  void add_school(int index, const std::string& oblast, int year, model::InstitutionStatus status) {
    auto other = storage::testing::make_school(index, 1, 2);
    other.institution.oblast = oblast;
    other.institution.status = status;
    other.year.calendar = calendar::ukrainian_typical_year(year);
    storage::testing::store_school(*store_, other);
    auto draft = storage::testing::make_grade(other, 0, 1, 1);
    draft.publication = model::Publication::draft;
    storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
      unit.enrolments().insert(storage::testing::make_enrolment(other, 0));
      unit.grades().insert(storage::testing::make_grade(other, 0, 0, 6));
      unit.grades().insert(draft);
    });
  }
};

// Sumy oblast: this school and school 1 report 2024/2025; school 2 works in 2025/2026, so it is
// counted but does not report; Kyiv oblast and the suspended school are left out. Українська
// мова: 1 1 3 3 and the 6 → 1 2 3 3 of 9, mean 70/9; in all 1 2 4 5 of 12, mean 99/12 = 33/4.
TEST_P(OblastReport, AggregatesTheOblastsInstitutions) {
  const auto result =
      oblast_statistics(*store_, operator_, "59", "2024/2025", 0, ReportColumn::current);
  EXPECT_EQ(result.katottg, "59");
  EXPECT_EQ(result.name_uk, "Сумська область");
  EXPECT_EQ(result.institutions, 2 + 1);
  EXPECT_EQ(result.reporting, 2);
  EXPECT_EQ(result.students, 4);
  std::vector<std::string> rows;
  for (const auto& row : result.subjects)
    rows.push_back(row.subject_name + ": " + text_of(row.distribution));
  EXPECT_EQ(rows, (std::vector<std::string>{
                      "Математика: 0 0 1 2 | 0 0 100/3 200/3 | 3 0 | 29/3",
                      "Українська мова: 1 2 3 3 | 100/9 200/9 100/3 100/3 | 9 1 | 70/9",
                      "Фізична культура: 0 0 0 0 | 0 0 0 0 | 0 0 | -",
                  }));
  EXPECT_EQ(text_of(result.overall), "1 2 4 5 | 25/3 50/3 100/3 125/3 | 12 1 | 33/4");
}

TEST_P(OblastReport, Refusals) {
  expect_error(Errc::permission, [&] {
    oblast_statistics(*store_, admin_, "59", "2024/2025", 0, ReportColumn::current);
  });
  expect_error(Errc::invalid, [&] {
    oblast_statistics(*store_, operator_, "99", "2024/2025", 0, ReportColumn::current);
  });
  expect_error(Errc::invalid, [&] {
    oblast_statistics(*store_, operator_, "UA-59", "2024/2025", 0, ReportColumn::current);
  });
  expect_error(Errc::invalid,
               [&] { oblast_statistics(*store_, operator_, "59", "", 0, ReportColumn::current); });
  expect_error(Errc::invalid, [&] {
    oblast_statistics(*store_, operator_, "59", "2024\xff", 0, ReportColumn::current);
  });
  expect_error(Errc::invalid, [&] {
    oblast_statistics(*store_, operator_, "59", std::string(65, '9'), 0, ReportColumn::current);
  });
  expect_error(Errc::invalid, [&] {
    oblast_statistics(*store_, operator_, "59", "2024/2025", 0, static_cast<ReportColumn>(0));
  });
  // A term no institution's year has: nobody reports.
  const auto none =
      oblast_statistics(*store_, operator_, "59", "2024/2025", 5, ReportColumn::current);
  EXPECT_EQ(none.reporting, 0);
  EXPECT_EQ(none.overall.graded, 0);
}

EJ_INSTANTIATE_STORE_TEST(ClassReport);
EJ_INSTANTIATE_STORE_TEST(OblastReport);

}  // namespace
}  // namespace ejournal::services::testing
