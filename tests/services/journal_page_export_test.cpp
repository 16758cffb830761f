// The journal pages written out: CSV by RFC 4180 and printable HTML, from hostile text.
#include <gtest/gtest.h>

#include <string>

#include "../storage/factories.hpp"
#include "ejournal/services/journal_page.hpp"

namespace ejournal::services {
namespace {

namespace st = ejournal::storage::testing;

// A page whose every text tries to break out of its field or element.
Page hostile_page() {
  Page page;
  page.title = "Фізика <script>alert('x')</script>";
  page.teacher = "O'Брайен & Ко";
  page.period = "I семестр";
  page.first = st::day(2024, 9, 2);
  page.last = st::day(2024, 12, 27);
  PageColumn lesson;
  lesson.lesson_id = model::LessonId::generate();
  lesson.date = st::day(2024, 9, 2);
  lesson.number = 1;
  lesson.label = "<img src=x onerror=alert(1)>";
  lesson.homework = "\"лапки\", кома\r\nрядок";
  page.columns.push_back(lesson);
  PageColumn thematic;
  thematic.kind = model::ColumnKind::thematic;
  thematic.label = "=cmd|' /C calc'!A0";
  page.columns.push_back(thematic);
  PageRow row;
  row.student_id = model::PersonId::generate();
  row.surname = "=HYPERLINK(\"http://evil\")";
  row.given_name = "Ім\u02BCя, \"друге\"";
  row.departed = st::day(2024, 10, 1);
  page.rows.push_back(row);
  PageRow plain;
  plain.student_id = model::PersonId::generate();
  plain.surname = "Шевченко";
  plain.given_name = "Тарас";
  plain.patronymic = "Григорович";
  page.rows.push_back(plain);
  PageEntry absence;
  absence.row = 0;
  absence.column = 0;
  absence.attendance = "н";
  PageEntry draft;
  draft.row = 0;
  draft.column = 0;
  draft.value = grading::Rational(10);
  draft.publication = model::Publication::draft;
  PageEntry mark;
  mark.row = 1;
  mark.column = 1;
  mark.mark = "н/а";
  PageEntry third;
  third.row = 1;
  third.column = 1;
  third.value = grading::Rational::fraction(29, 3);
  page.entries = {absence, draft, mark, third};
  return page;
}

TEST(JournalPageExport, CsvQuotesFieldsAndDefusesFormulas) {
  const std::string csv = to_csv(hostile_page());
  EXPECT_EQ(csv,
            "№,Учень,02.09,'=cmd|' /C calc'!A0\r\n"
            "1,\"'=HYPERLINK(\"\"http://evil\"\") Ім\u02BCя, \"\"друге\"\" (вибув(ла) "
            "01.10.2024)\",н (10),\r\n"
            "2,Шевченко Тарас Григорович,,н/а 29/3\r\n");
}

TEST(JournalPageExport, CsvOfAnEmptyPageIsItsHeading) {
  Page page;
  page.first = st::day(2024, 9, 2);
  page.last = st::day(2024, 9, 2);
  EXPECT_EQ(to_csv(page), "№,Учень\r\n");
}

TEST(JournalPageExport, HtmlEscapesEveryTextAndLoadsNothing) {
  const std::string html = to_html(hostile_page());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("href"), std::string::npos);
  EXPECT_EQ(html.find("http://evil\""), std::string::npos);
  EXPECT_NE(html.find("Фізика &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(html.find("Учитель: O&#39;Брайен &amp; Ко."), std::string::npos);
  EXPECT_NE(html.find("&quot;лапки&quot;, кома"), std::string::npos);
  EXPECT_NE(html.find("=HYPERLINK(&quot;http://evil&quot;)"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"departed\">"), std::string::npos);
  EXPECT_NE(html.find("<td>н <span class=\"draft\">(10)</span></td>"), std::string::npos);
  EXPECT_NE(html.find("<td>н/а 29/3</td>"), std::string::npos);
  EXPECT_NE(html.find("@page{size:A4 landscape"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(html.find("I семестр: 02.09.2024–27.12.2024"), std::string::npos);
  EXPECT_EQ(html.rfind("</html>\n"), html.size() - 8);
}

TEST(JournalPageExport, HeadingsNameEveryUndatedKind) {
  Page page;
  const auto add = [&](model::ColumnKind kind, const std::string& label) {
    PageColumn column;
    column.kind = kind;
    column.label = label;
    page.columns.push_back(column);
  };
  add(model::ColumnKind::thematic, "");
  add(model::ColumnKind::notebook, "");
  add(model::ColumnKind::notebook, "вересень");
  add(model::ColumnKind::semester, "");
  add(model::ColumnKind::corrected, "");
  add(model::ColumnKind::annual, "");
  add(model::ColumnKind::state_exam, "");
  add(model::ColumnKind::custom, "Проєкт");
  const std::vector<std::string> expected = {"Тематична",  "Зошит",       "Зошит (вересень)",
                                             "Семестрова", "Скоригована", "Річна",
                                             "ДПА",        "Проєкт"};
  for (std::size_t c = 0; c < expected.size(); ++c) {
    EXPECT_EQ(column_heading(page, c), expected[c]);
  }
}

}  // namespace
}  // namespace ejournal::services
