// Journal pages (issue 7 point 5; ua-school.md §1.5, §5.10, §9.6, §9.9): a course's page for a
// term and a class's summary page, as a grid of students × columns, and both exported as CSV
// and as a printable HTML page that mirrors the paper journal.
//
// Read-only: every call reads in one read unit of work and changes nothing. Both pages need a
// reader who sees drafts (the administration, the course's teacher, the class teacher), so
// draft ("pencil") grades are on them, marked as drafts. Absence reasons and documents are not
// on either page: only the attendance code, as on paper.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "ejournal/access/principal.hpp"
#include "ejournal/grading/rational.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/journal.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/storage/store.hpp"
#include "ejournal/text/names.hpp"

namespace ejournal::services {

/// A column of a page: a lesson's dated column, or an undated one (thematic, semester…).
struct PageColumn {
  model::ColumnKind kind = model::ColumnKind::current;
  std::optional<model::LessonId> lesson_id;  ///< for a lesson's column
  std::optional<model::Date> date;           ///< the lesson's date
  int number = 0;                            ///< the lesson's number; 0 for an undated column
  std::string label;  ///< an undated column's label ("Тема 2", "I семестр"); a lesson's topic
  std::string homework;                        ///< a lesson's homework
  std::optional<model::SubjectId> subject_id;  ///< on the class summary page
  std::string subject;                         ///< on the class summary page
};

/// A student's row. A student who left stays, marked by the last day in the class.
struct PageRow {
  model::PersonId student_id;
  std::string surname;
  std::string given_name;
  std::string patronymic;
  std::optional<text::Gender> gender;
  std::optional<model::Date> departed;  ///< set when the student left the class by the page's end
};

/// One thing written in a cell: a grade or special mark, or an attendance code.
struct PageEntry {
  std::size_t row = 0;                     ///< index in Page::rows
  std::size_t column = 0;                  ///< index in Page::columns
  std::optional<grading::Rational> value;  ///< a grade's value
  std::string mark;                        ///< a special mark's code when `value` is empty
  model::Publication publication = model::Publication::published;
  std::string attendance;  ///< an attendance code; then value and mark are empty
};

/// A page: the heading, the columns, the rows in Ukrainian alphabetical order, and the entries
/// by row, then column, the attendance code of a cell before its grades in the order recorded.
struct Page {
  std::string title;  ///< "Українська мова, 5-А" / "5-А: зведений облік"
  std::string teacher;  ///< "Коваленко О. П." (the course page), or empty
  std::string period;   ///< the term's or the academic year's name
  model::Date first;    ///< the period's first day
  model::Date last;     ///< the period's last day
  std::vector<PageColumn> columns;
  std::vector<PageRow> rows;
  std::vector<PageEntry> entries;
};

/// The page of `course_id` of `institution` for the term `term` (an index into its academic
/// year's terms). Rows: the students of the course's class (for a subgroup's course, the
/// subgroup's members) enrolled at any time during the term, departed ones included and marked.
/// Columns: the term's lessons by date and number; then the undated columns of grades set from
/// the term's first day until the next term begins (the year's end for the last term) — thematic,
/// semester, corrected, annual, state exam, notebook, custom, each kind by label with numbers
/// compared by value ("Тема 2" before "Тема 10"); the term's semester column and the corrected
/// one beside it are always there, as on paper, even when empty. Needs
/// access::Operation::read_course_journal. Throws Error(invalid, argument) for a nil id;
/// Error(not_found) for an unknown course (a course of another institution included);
/// Error(range, argument) for a term the year does not have; Error(permission) as require does.
[[nodiscard]] Page read_course_journal(storage::Store& store, const access::Principal& principal,
                                       model::InstitutionId institution, model::CourseId course_id,
                                       std::size_t term);

/// The summary page (зведений облік) of the class `class_id` of `institution`: the students
/// enrolled at any time during its academic year × for each subject of its courses (in Ukrainian
/// order), a semester and a corrected column per term, the annual column, and the state exam's
/// when anyone has one. A final grade belongs to the term whose days (to the next term's start)
/// hold the day it was set. Needs access::Operation::read_class_summary. Throws
/// Error(invalid, argument) for a nil id; Error(not_found) for an unknown class;
/// Error(permission) as require does.
[[nodiscard]] Page read_class_summary(storage::Store& store, const access::Principal& principal,
                                      model::InstitutionId institution, model::ClassId class_id);

/// The text of a cell: the attendance code, then each grade ("10", "9,5", a mark's code), drafts
/// in parentheses, separated by spaces; empty for an empty cell.
[[nodiscard]] std::string cell_text(const Page& page, std::size_t row, std::size_t column);

/// The column's heading: a lesson's date "02.09" (with its number "02.09/3" when the day has
/// several), or the undated column's name ("Тема 2", "I семестр", "Скоригована", "Річна",
/// "ДПА", "Зошит"), prefixed by the subject on the class summary page.
[[nodiscard]] std::string column_heading(const Page& page, std::size_t column);

/// The page as CSV (RFC 4180, UTF-8 without a byte-order mark, CRLF line ends): a heading row
/// ("№", "Учень", the column headings), then one row per student (number, full name with
/// "вибув(ла) DD.MM.YYYY" for one who left, the cells). Fields holding a comma, a quote, CR or
/// LF are quoted with inner quotes doubled; a field starting with =, +, - or @ is prefixed with
/// an apostrophe so that a spreadsheet does not run it as a formula.
[[nodiscard]] std::string to_csv(const Page& page);

/// The page as one self-contained HTML document for printing: the heading, the grid (and, for a
/// course page, the lessons' dates, topics and homework, the right-hand page of the paper
/// journal), a print stylesheet (landscape A4). Every text is escaped; no scripts, no external
/// resources.
[[nodiscard]] std::string to_html(const Page& page);

}  // namespace ejournal::services
