// The course page for a term and the class summary page read from the store.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../storage/units.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/journal_page.hpp"
#include "journal_reading_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using st::expect_error;

class JournalPageTest : public JournalReadingTest {
 protected:
  Page course_page(const model::PersonId& reader, const model::CourseId& course,
                   std::size_t term = 0) {
    return read_course_journal(store(), principal_of(reader), school_.institution.id, course, term);
  }
  Page summary(const model::PersonId& reader) {
    return read_class_summary(store(), principal_of(reader), school_.institution.id,
                              school_.school_class.id);
  }
};

std::vector<std::string> surnames(const Page& page) {
  std::vector<std::string> result;
  for (const PageRow& row : page.rows) result.push_back(row.surname);
  return result;
}

std::vector<std::string> headings(const Page& page, std::size_t from) {
  std::vector<std::string> result;
  for (std::size_t c = from; c < page.columns.size(); ++c) {
    result.push_back(column_heading(page, c));
  }
  return result;
}

TEST_P(JournalPageTest, CoursePageHasStudentsInUkrainianOrderLessonsThenUndatedColumns) {
  add_grade(undated(0, model::ColumnKind::semester, "I семестр", st::day(2024, 12, 27),
                    grading::Rational::fraction(19, 2)));
  const Page page = course_page(school_.teacher.id, school_.course.id);
  EXPECT_EQ(page.title, "Українська мова, 5-А");
  EXPECT_EQ(page.teacher, "Коваленко О. П.");
  EXPECT_EQ(page.period, "I семестр");
  EXPECT_EQ(page.first, st::day(2024, 9, 2));
  EXPECT_EQ(surnames(page),
            (std::vector<std::string>{"Андрієнко", "Ґава", "Іваненко", "Яковенко"}));
  EXPECT_FALSE(page.rows[0].departed.has_value());
  EXPECT_EQ(page.rows[1].departed, st::day(2024, 10, 1));

  ASSERT_EQ(page.columns.size(), 18U);
  EXPECT_EQ(page.columns[0].lesson_id, school_.lessons[0].id);
  EXPECT_EQ(page.columns[0].label, "Тема 1");
  EXPECT_EQ(column_heading(page, 0), "02.09/1");
  EXPECT_EQ(column_heading(page, 13), "03.09/7");
  EXPECT_EQ(headings(page, 14), (std::vector<std::string>{"Тема 2", "Тема 10", "I семестр",
                                                          "Скоригована (I семестр)"}));

  EXPECT_EQ(cell_text(page, 3, 0), "10");
  EXPECT_EQ(cell_text(page, 3, 1), "(9)");  // the draft, in pencil
  EXPECT_EQ(cell_text(page, 3, 3), "н");
  EXPECT_EQ(cell_text(page, 3, 14), "11");
  EXPECT_EQ(cell_text(page, 3, 15), "8");
  EXPECT_EQ(cell_text(page, 3, 16), "9,5");
  EXPECT_EQ(cell_text(page, 3, 17), "");
  EXPECT_EQ(cell_text(page, 2, 0), "зв.");
  EXPECT_EQ(cell_text(page, 2, 7), "");  // the whole-day mark is not a lesson's
  EXPECT_EQ(page.entries.size(), 7U);
  expect_error(Errc::range, [&] { (void)cell_text(page, 4, 0); });
  expect_error(Errc::range, [&] { (void)cell_text(page, 0, 18); });
  expect_error(Errc::range, [&] { (void)column_heading(page, 18); });
}

TEST_P(JournalPageTest, ACellHoldsTheAbsenceThenEveryGradeInTheOrderRecorded) {
  model::GradeEntry second = st::make_grade(school_, 0, 3, 7);
  second.recorded_at = st::school_instant(9000);
  model::GradeEntry first = st::make_grade(school_, 0, 3, 6);
  first.recorded_at = st::school_instant(8000);
  add_grade(second);
  add_grade(first);
  const Page page = course_page(admin_.id, school_.course.id);
  EXPECT_EQ(cell_text(page, 3, 3), "н 6 7");
}

TEST_P(JournalPageTest, TheLastTermHoldsTheAnnualGradeSetAfterItsEnd) {
  add_grade(undated(0, model::ColumnKind::annual, "", st::day(2025, 6, 10), 11));
  const Page second = course_page(class_teacher_.id, school_.course.id, 1);
  EXPECT_EQ(second.period, "II семестр");
  EXPECT_EQ(surnames(second), (std::vector<std::string>{"Андрієнко", "Іваненко", "Яковенко"}));
  EXPECT_EQ(headings(second, 0),
            (std::vector<std::string>{"II семестр", "Скоригована (II семестр)", "Річна"}));
  EXPECT_EQ(cell_text(second, 2, 2), "11");
}

TEST_P(JournalPageTest, ASubgroupsPageListsItsMembersOnly) {
  const Page page = course_page(other_teacher_.id, subgroup_course_.id);
  EXPECT_EQ(page.title, "Англійська мова, 5-А (1 група)");
  EXPECT_EQ(page.teacher, "Бондар І. І.");
  EXPECT_EQ(surnames(page), (std::vector<std::string>{"Андрієнко"}));
  ASSERT_EQ(page.columns.size(), 3U);
  EXPECT_EQ(page.columns[0].homework, "Впр. 3");
  EXPECT_EQ(column_heading(page, 0), "04.09");
}

TEST_P(JournalPageTest, CoursePageIsForItsTeacherTheClassTeacherAndTheAdministration) {
  for (const model::PersonId& reader : {admin_.id, class_teacher_.id, school_.teacher.id}) {
    EXPECT_EQ(course_page(reader, school_.course.id).rows.size(), 4U);
  }
  for (const model::PersonId& reader : {other_teacher_.id, parent_.id, school_.students[0].id}) {
    expect_error(Errc::permission, [&] { (void)course_page(reader, school_.course.id); });
  }
}

TEST_P(JournalPageTest, CoursePageRefusesUnknownCoursesTermsAndNilIds) {
  expect_error(Errc::not_found, [&] { (void)course_page(admin_.id, elsewhere_.course.id); });
  expect_error(Errc::range, [&] { (void)course_page(admin_.id, school_.course.id, 2); });
  expect_error(Errc::invalid, [&] { (void)course_page(admin_.id, model::CourseId{}); });
  expect_error(Errc::invalid, [&] {
    (void)read_course_journal(store(), principal_of(admin_.id), model::InstitutionId{},
                              school_.course.id, 0);
  });
}

TEST_P(JournalPageTest, ClassSummaryHasSubjectsWithSemesterCorrectedAndAnnualGrades) {
  add_grade(undated(0, model::ColumnKind::semester, "I семестр", st::day(2024, 12, 27), 10));
  add_grade(undated(0, model::ColumnKind::corrected, "I семестр", st::day(2025, 1, 3), 11));
  model::GradeEntry draft =
      undated(0, model::ColumnKind::semester, "II семестр", st::day(2025, 5, 27), 10);
  draft.publication = model::Publication::draft;
  add_grade(draft);
  add_grade(undated(0, model::ColumnKind::annual, "", st::day(2025, 5, 30), 11));
  add_grade(undated(1, model::ColumnKind::state_exam, "", st::day(2025, 6, 5), 9));
  const Page page = summary(class_teacher_.id);
  EXPECT_EQ(page.title, "5-А: зведений облік навчальних досягнень");
  EXPECT_EQ(page.period, "2024/2025");
  EXPECT_EQ(surnames(page),
            (std::vector<std::string>{"Андрієнко", "Ґава", "Іваненко", "Яковенко"}));
  EXPECT_EQ(headings(page, 0),
            (std::vector<std::string>{
                "Англійська мова: I семестр", "Англійська мова: Скоригована (I семестр)",
                "Англійська мова: II семестр", "Англійська мова: Скоригована (II семестр)",
                "Англійська мова: Річна", "Українська мова: I семестр",
                "Українська мова: Скоригована (I семестр)", "Українська мова: II семестр",
                "Українська мова: Скоригована (II семестр)", "Українська мова: Річна",
                "Українська мова: ДПА"}));
  EXPECT_EQ(cell_text(page, 3, 5), "10");
  EXPECT_EQ(cell_text(page, 3, 6), "11");
  EXPECT_EQ(cell_text(page, 3, 7), "(10)");
  EXPECT_EQ(cell_text(page, 3, 9), "11");
  EXPECT_EQ(cell_text(page, 2, 10), "9");
  EXPECT_EQ(page.entries.size(), 5U);  // current and thematic grades are not on it
}

TEST_P(JournalPageTest, ClassSummaryIsForTheClassTeacherAndTheAdministration) {
  EXPECT_EQ(summary(admin_.id).rows.size(), 4U);
  for (const model::PersonId& reader : {school_.teacher.id, parent_.id, school_.students[0].id}) {
    expect_error(Errc::permission, [&] { (void)summary(reader); });
  }
  const auto admin = principal_of(admin_.id);
  expect_error(Errc::not_found, [&] {
    (void)read_class_summary(store(), admin, school_.institution.id, elsewhere_.school_class.id);
  });
  expect_error(Errc::invalid, [&] {
    (void)read_class_summary(store(), admin, school_.institution.id, model::ClassId{});
  });
}

TEST_P(JournalPageTest, ExportsOfAStoredPageStartWithTheirHeadings) {
  const Page page = course_page(admin_.id, school_.course.id);
  const std::string csv = to_csv(page);
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "№,Учень,02.09/1,02.09/2,02.09/3,02.09/4,02.09/5,02.09/6,02.09/7,03.09/1,03.09/2,"
            "03.09/3,03.09/4,03.09/5,03.09/6,03.09/7,Тема 2,Тема 10,I семестр,"
            "Скоригована (I семестр)");
  EXPECT_NE(csv.find("\r\n2,Ґава Олег Григорович (вибув 01.10.2024),"), std::string::npos);
  EXPECT_NE(csv.find("\r\n4,Яковенко Ярина Григорович,10,(9),,н,"), std::string::npos);
  const std::string html = to_html(page);
  EXPECT_NE(html.find("<h1>Українська мова, 5-А</h1>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"draft\">(9)</span>"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"text\">Тема 14</td>"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, JournalPageTest, ::testing::ValuesIn(st::all_backends()),
                         st::backend_name);

}  // namespace
}  // namespace ejournal::services::testing
