// Reading a class list from CSV (the format is described at services::import_class_list): rows
// checked and normalised by the text module, every problem collected with its line and column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ejournal/model/time.hpp"
#include "ejournal/services/onboarding.hpp"
#include "ejournal/text/names.hpp"

namespace ejournal::services::detail {

/// One student of the list, normalised.
struct ClassListRow {
  std::size_t line = 0;  ///< where the row starts, counting the header as line 1
  std::string surname;
  std::string given_name;
  std::optional<std::string> patronymic;
  std::optional<model::Date> birth_date;
  std::string email;  ///< normalised, or empty
  std::optional<text::Gender> gender;
};

/// The rows read, and every problem found.
struct ClassListParse {
  std::vector<ClassListRow> rows;
  std::vector<FieldProblem> problems;
};

/// Reads `csv`. Birth dates must not be after `latest_birth_date`. Problems of the file as a
/// whole (field "file") stop the reading; problems of rows are all collected, and the rows
/// with problems are left out of `rows`. Rows that name the same student are reported at the
/// later one. Pure.
ClassListParse parse_class_list(std::string_view csv, model::Date latest_birth_date);

/// The key under which two rows, or a row and a stored person, name the same student: the
/// text::search_key of each name part.
std::string student_name_key(std::string_view surname, std::string_view given_name,
                             const std::optional<std::string>& patronymic);

/// The field name of a problem at `line` in `column` ("line 3: surname"), or of the whole row.
std::string line_field(std::size_t line, std::string_view column = {});

}  // namespace ejournal::services::detail
