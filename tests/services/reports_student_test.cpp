// A student's term report and certificate average over the scenario of reports_fixture.cpp.
// Expected values are computed by hand from the domain rules: means are exact (§1.9), a whole
// grade is suggested half-up (§1.9: "(2*sum + n) / (2*n)"), marks never count (§1.7), the semester
// rests on thematic grades, else current ones (§1.6 rule 2), the annual on semester grades with a
// corrected one replacing its semester grade (§1.6 rules 3–4), and the certificate average
// leaves зв. out and rounds to tenths half-up before the 100–200 score (§4).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../storage/units.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/reports.hpp"
#include "reports_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using grading::BasisUse;
using grading::Rational;
using storage::testing::day;
using storage::testing::expect_error;

class StudentReport : public ReportsTest {
 protected:
  void SetUp() override {
    ReportsTest::SetUp();
    if (IsSkipped()) return;
    write_scenario();
  }

  StudentTermReport report(const access::Principal& reader, std::size_t student,
                           const model::Course& course, std::size_t term,
                           const grading::UaRules& rules = {}) {
    return student_term_report(*store_, reader, school_.institution.id,
                               school_.students.at(student).id, course.id, term, rules);
  }
};

std::vector<std::string> labels_of(const grading::Suggestion& suggestion) {
  std::vector<std::string> labels;
  for (const auto& entry : suggestion.basis)
    labels.push_back(entry.source + ":" + entry.grade.label);
  return labels;
}

TEST_P(StudentReport, TeacherSeesDraftsAndEverySuggestionWithItsBasis) {
  const auto result = report(teacher_, 0, ukrainian_, 0);
  EXPECT_EQ(result.course_id, ukrainian_.id);
  EXPECT_EQ(result.subject_name, "Українська мова");
  EXPECT_EQ(result.term_name, "I семестр");
  EXPECT_TRUE(result.drafts_included);
  // Current grades of the term: 10, 11, н, 8, 7, 8 and the draft 12 → six count, 56/6.
  EXPECT_EQ(result.current_counted, 6);
  EXPECT_EQ(result.current_average, Rational::fraction(28, 3));
  // The open topic: after «Тема 1» (09-30) come 7, 8, 12 → 27/3 = 9.
  EXPECT_EQ(result.thematic.grade, 9);
  EXPECT_EQ(result.thematic.mean, Rational(9));
  EXPECT_EQ(result.thematic.rule, "ua.thematic.mean_of_current");
  EXPECT_EQ(
      labels_of(result.thematic),
      (std::vector<std::string>{"current:2024-10-07", "current:2024-10-14", "current:2024-10-21"}));
  // The semester rests on the thematic grade 10.
  EXPECT_EQ(result.semester.grade, 10);
  EXPECT_EQ(result.semester.rule, "ua.semester.mean_of_thematic");
  EXPECT_EQ(labels_of(result.semester), (std::vector<std::string>{"thematic:Тема 1"}));
  // Annual: I семестр 10 replaced by its correction 11 (set in the holidays), II семестр 8:
  // 19/2 = 9.5 → 10 half-up.
  EXPECT_EQ(result.annual.grade, 10);
  EXPECT_EQ(result.annual.mean, Rational::fraction(19, 2));
  EXPECT_EQ(result.annual.rule, "ua.annual.mean_of_semesters");
  ASSERT_EQ(result.annual.basis.size(), 3U);
  EXPECT_EQ(result.annual.basis[0].use, BasisUse::replaced_by_corrected);
  EXPECT_EQ(result.annual.basis[1].source, "corrected");
  EXPECT_EQ(result.annual.basis[1].counted_value, Rational(11));
  EXPECT_EQ(result.annual.basis[2].grade.label, "II семестр");
  EXPECT_EQ(result.annual.basis[2].counted_value, Rational(8));
}

TEST_P(StudentReport, ParentSeesPublishedGradesOnly) {
  const auto result = report(parent_, 0, ukrainian_, 0);
  EXPECT_FALSE(result.drafts_included);
  // Without the draft 12: 10, 11, 8, 7, 8 → 44/5; the mark «н» is left out.
  EXPECT_EQ(result.current_counted, 5);
  EXPECT_EQ(result.current_average, Rational::fraction(44, 5));
  // The open topic 7, 8 → 15/2 = 7.5 → 8 half-up.
  EXPECT_EQ(result.thematic.grade, 8);
  EXPECT_EQ(result.thematic.mean, Rational::fraction(15, 2));
  EXPECT_EQ(result.semester.grade, 10);
  EXPECT_EQ(result.annual.grade, 10);
}

TEST_P(StudentReport, TheRoundingPolicyDecidesTies) {
  grading::UaRules floor;
  floor.rounding = grading::RoundingMode::floor;
  const auto result = report(student_principal(0), 0, ukrainian_, 0, floor);
  EXPECT_FALSE(result.drafts_included);
  EXPECT_EQ(result.thematic.grade, 7);  // 7.5 down
  EXPECT_EQ(result.annual.grade, 9);    // 9.5 down
}

TEST_P(StudentReport, WithoutThematicGradesTheSemesterRestsOnCurrentOnes) {
  const auto result = report(maths_teacher_, 0, maths_, 0);
  // 9, 10, 10 → 29/3 = 9.67 → 10.
  EXPECT_EQ(result.semester.grade, 10);
  EXPECT_EQ(result.semester.mean, Rational::fraction(29, 3));
  EXPECT_EQ(result.semester.rule, "ua.semester.mean_of_current");
  EXPECT_EQ(result.current_average, Rational::fraction(29, 3));
}

TEST_P(StudentReport, AThematicGradeSetInTheHolidaysBelongsToTheTermBefore) {
  const auto result = report(admin_, 1, ukrainian_, 0);
  EXPECT_EQ(result.current_average, Rational(4));  // 3 and 5
  EXPECT_EQ(result.semester.grade, 6);
  EXPECT_EQ(result.semester.rule, "ua.semester.mean_of_thematic");
  // Every current grade precedes that thematic grade: the open topic is empty.
  EXPECT_EQ(result.thematic.mark, "н/а");
  EXPECT_TRUE(result.thematic.basis.empty());
}

TEST_P(StudentReport, NotebookGradesCountAsCurrentOnesAndCustomColumnsDoNot) {
  // §1.5: the notebook grade counts like a current one; a custom column is no derivation input.
  store_grade(undated(sport_, 2, model::ColumnKind::notebook, "Зошит", day(2024, 10, 1), 4));
  store_grade(undated(sport_, 2, model::ColumnKind::custom, "Нормативи", day(2024, 10, 2), 12));
  const auto result = report(admin_, 2, sport_, 0);
  EXPECT_EQ(result.current_counted, 1);
  EXPECT_EQ(result.current_average, Rational(4));
  EXPECT_EQ(result.semester.grade, 4);
  EXPECT_EQ(result.semester.rule, "ua.semester.mean_of_current");
  const auto statistics = class_statistics(*store_, admin_, school_.institution.id,
                                           school_.school_class.id, 0, ReportColumn::current);
  ASSERT_EQ(statistics.subjects.size(), 3U);
  EXPECT_EQ(statistics.subjects[2].subject_name, "Фізична культура");
  EXPECT_EQ(statistics.subjects[2].distribution.graded, 1);
  EXPECT_EQ(statistics.subjects[2].distribution.levels[1].count, 1);
}

TEST_P(StudentReport, AnEmptyTermSuggestsNotAttested) {
  const auto result = report(class_teacher_, 0, ukrainian_, 1);
  EXPECT_TRUE(result.drafts_included);
  EXPECT_EQ(result.term_name, "II семестр");
  EXPECT_EQ(result.current_counted, 0);
  EXPECT_FALSE(result.current_average);
  EXPECT_FALSE(result.thematic.grade);
  EXPECT_EQ(result.thematic.mark, "н/а");
  EXPECT_EQ(result.thematic.rule, "ua.no_basis");
  EXPECT_EQ(result.semester.mark, "н/а");
  EXPECT_EQ(result.annual.grade, 10);  // the year's semesters still count
}

TEST_P(StudentReport, ASharedFinalMarkCarriesOver) {
  const auto result = report(admin_, 2, ukrainian_, 0);
  EXPECT_EQ(result.current_average, Rational(12));
  EXPECT_EQ(result.semester.grade, 12);
  // I семестр «н/а», II семестр empty: nothing counts, the mark is shared.
  EXPECT_FALSE(result.annual.grade);
  EXPECT_EQ(result.annual.mark, "н/а");
  EXPECT_EQ(result.annual.rule, "ua.shared_mark");
  ASSERT_EQ(result.annual.basis.size(), 2U);
  EXPECT_EQ(result.annual.basis[0].use, BasisUse::mark_excluded);
  EXPECT_EQ(result.annual.basis[1].use, BasisUse::empty);
}

TEST_P(StudentReport, OnlyTheStudentsReadersMayAsk) {
  expect_error(Errc::permission, [&] { report(other_parent_, 0, ukrainian_, 0); });
  expect_error(Errc::permission, [&] { report(maths_teacher_, 0, ukrainian_, 0); });
  expect_error(Errc::permission, [&] { report(student_principal(1), 0, ukrainian_, 0); });
  expect_error(Errc::permission, [&] { report(operator_, 0, ukrainian_, 0); });
  expect_error(Errc::permission, [&] { report(access::Principal::anonymous(), 0, ukrainian_, 0); });
}

TEST_P(StudentReport, RecordsOfAnotherInstitutionAreNotFound) {
  const auto other = storage::testing::make_school(1, 1, 0);
  storage::testing::store_school(*store_, other);
  const auto& student = school_.students.at(0).id;
  expect_error(Errc::not_found, [&] {
    student_term_report(*store_, admin_, school_.institution.id, student, other.course.id, 0);
  });
  expect_error(Errc::not_found, [&] {
    student_term_report(*store_, admin_, other.institution.id, student, other.course.id, 0);
  });
  expect_error(Errc::not_found, [&] {
    student_term_report(*store_, admin_, school_.institution.id, other.students.at(0).id,
                        ukrainian_.id, 0);
  });
  expect_error(Errc::not_found, [&] {
    student_term_report(*store_, admin_, school_.institution.id, student,
                        model::CourseId::generate(), 0);
  });
}

TEST_P(StudentReport, OnlyTheCoursesStudentsHaveReports) {
  const auto stranger = storage::testing::make_person(school_.institution.id, "Гнатюк", "Лев", "");
  storage::testing::write(*store_,
                          [&](storage::UnitOfWork& unit) { unit.people().insert(stranger); });
  expect_error(Errc::not_found, [&] {
    student_term_report(*store_, admin_, school_.institution.id, stranger.id, ukrainian_.id, 0);
  });

  model::Subgroup group;
  group.id = model::SubgroupId::generate();
  group.institution_id = school_.institution.id;
  group.class_id = school_.school_class.id;
  group.name = "1 група";
  model::Course english = add_course("Англійська мова", school_.teacher);
  english.subgroup_id = group.id;
  storage::testing::write(*store_, [&](storage::UnitOfWork& unit) {
    unit.subgroups().insert(group);
    unit.subgroups().add_member({school_.institution.id, group.id, school_.students.at(1).id});
    auto stored = *unit.courses().find(school_.institution.id, english.id);
    stored.subgroup_id = group.id;
    unit.courses().update(stored);
  });
  expect_error(Errc::not_found, [&] { report(admin_, 0, english, 0); });
  const auto member = report(admin_, 1, english, 0);
  EXPECT_EQ(member.subject_name, "Англійська мова");
  EXPECT_EQ(member.current_counted, 0);
}

TEST_P(StudentReport, RefusesATermTheYearLacksAndAnotherScale) {
  expect_error(Errc::range, [&] { report(admin_, 0, ukrainian_, 2); });
  const auto primary = add_course("Я досліджую світ", school_.teacher, "nush_levels");
  expect_error(Errc::unsupported, [&] { report(admin_, 0, primary, 0); });
}

TEST_P(StudentReport, CertificateAverageLeavesExemptionsOut) {
  const auto result = certificate_report(*store_, parent_, school_.institution.id,
                                         school_.students.at(0).id, school_.year.id);
  // Математика 9, Українська мова 10 and its ДПА 12 count; Фізична культура «зв.» does not:
  // 31/3 = 10.33 → 10.3 → 100 + (103 − 20) = 183.
  EXPECT_EQ(result.average.mean, Rational::fraction(31, 3));
  EXPECT_EQ(result.average.average.to_string(), "10.3");
  EXPECT_EQ(result.average.score, 183);
  ASSERT_EQ(result.average.basis.size(), 4U);
  std::vector<std::string> rows;
  for (const auto& entry : result.average.basis) {
    rows.push_back(entry.source + ":" + entry.grade.label + ":" +
                   std::to_string(static_cast<int>(entry.use)));
  }
  EXPECT_EQ(rows, (std::vector<std::string>{"subject:Математика:1", "subject:Українська мова:1",
                                            "state_exam:Українська мова:1",
                                            "subject:Фізична культура:2"}));
  EXPECT_EQ(result.courses,
            (std::vector<model::CourseId>{maths_.id, ukrainian_.id, ukrainian_.id, sport_.id}));
}

TEST_P(StudentReport, CertificateRefusals) {
  const auto institution = school_.institution.id;
  const auto& student = school_.students.at(0).id;
  expect_error(Errc::permission, [&] {
    certificate_report(*store_, other_parent_, institution, student, school_.year.id);
  });
  expect_error(Errc::permission, [&] {
    certificate_report(*store_, teacher_, institution, student, school_.year.id);
  });
  expect_error(Errc::empty, [&] {
    certificate_report(*store_, admin_, institution, school_.students.at(2).id, school_.year.id);
  });
  model::AcademicYear next = school_.year;
  next.id = model::AcademicYearId::generate();
  next.calendar = calendar::ukrainian_typical_year(2025);
  storage::testing::write(*store_,
                          [&](storage::UnitOfWork& unit) { unit.academic_years().insert(next); });
  expect_error(Errc::not_found,
               [&] { certificate_report(*store_, admin_, institution, student, next.id); });
  expect_error(Errc::not_found, [&] {
    certificate_report(*store_, admin_, institution, student, model::AcademicYearId::generate());
  });
  expect_error(Errc::not_found, [&] {
    certificate_report(*store_, admin_, institution, model::PersonId::generate(), school_.year.id);
  });
}

TEST(AchievementLevels, FollowTheTwelvePointBands) {
  // §1.2: початковий 1–3, середній 4–6, достатній 7–9, високий 10–12.
  EXPECT_EQ(level_of(1), AchievementLevel::initial);
  EXPECT_EQ(level_of(3), AchievementLevel::initial);
  EXPECT_EQ(level_of(4), AchievementLevel::average);
  EXPECT_EQ(level_of(6), AchievementLevel::average);
  EXPECT_EQ(level_of(7), AchievementLevel::sufficient);
  EXPECT_EQ(level_of(9), AchievementLevel::sufficient);
  EXPECT_EQ(level_of(10), AchievementLevel::high);
  EXPECT_EQ(level_of(12), AchievementLevel::high);
  expect_error(Errc::invalid, [] { (void)level_of(0); });
  expect_error(Errc::invalid, [] { (void)level_of(13); });
}

EJ_INSTANTIATE_STORE_TEST(StudentReport);

}  // namespace
}  // namespace ejournal::services::testing
