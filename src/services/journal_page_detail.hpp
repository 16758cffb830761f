// The pieces both journal pages are built from: rows from enrolments, columns in paper order,
// entries placed in the grid.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "ejournal/services/journal_page.hpp"
#include "ejournal/text/collation.hpp"

namespace ejournal::services::detail {

/// The students of `school_class` enrolled at any time in first…last, in Ukrainian alphabetical
/// order; only those in `members` when given. A student enrolled more than once is one row,
/// departed when their latest enrolment ended by `last`.
[[nodiscard]] std::vector<PageRow> enrolled_rows(
    storage::UnitOfWork& unit, const model::InstitutionId& institution,
    const model::ClassId& school_class, model::Date first, model::Date last,
    const std::optional<std::set<model::PersonId>>& members);

/// Where an undated column stands: by kind in the paper journal's order, then by label with
/// numbers compared by value ("Тема 2" before "Тема 10"), then by the label's bytes.
class UndatedOrder {
 public:
  /// The sort key of an undated column of `kind` labelled `label`.
  [[nodiscard]] std::tuple<int, std::string, std::string> key(model::ColumnKind kind,
                                                              const std::string& label) const;

 private:
  text::UkrainianCollator collator_;
};

/// Places entries in a page's grid: rows by student, then the cells' contents in order.
class Grid {
 public:
  explicit Grid(Page& page);

  /// The row of `student`, or nullopt when the page has none.
  [[nodiscard]] std::optional<std::size_t> row_of(const model::PersonId& student) const;
  /// Adds a grade or mark of `student` in `column`; ignored for a student without a row.
  void add_grade(const model::PersonId& student, std::size_t column,
                 const model::GradeEntry& grade);
  /// Adds an attendance code of `student` in `column`; ignored for a student without a row.
  void add_attendance(const model::PersonId& student, std::size_t column, const std::string& code);
  /// Orders the page's entries: by row, then column, the attendance code of a cell first, then
  /// the grades in the order added.
  void finish();

 private:
  Page& page_;
  std::map<model::PersonId, std::size_t> rows_;
};

}  // namespace ejournal::services::detail
