// The class-list CSV reader: records and quoted fields, the header's columns, each row's fields.
#include "class_list_csv.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/services/school_setup.hpp"
#include "ejournal/text/contacts.hpp"
#include "ejournal/text/normalize.hpp"
#include "ejournal/text/utf8.hpp"
#include "onboarding_detail.hpp"

namespace ejournal::services::detail {

namespace {

enum class Column { surname, given_name, patronymic, birth_date, email, gender };

constexpr std::array<std::string_view, 6> kColumnNames = {"surname",    "given_name", "patronymic",
                                                          "birth_date", "email",      "gender"};

std::string_view column_name(Column column) {
  return kColumnNames[static_cast<std::size_t>(column)];
}

/// A record of the file: its fields as written (quotes removed) and the line it starts on.
struct Record {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

struct Records {
  std::vector<Record> records;
  std::vector<FieldProblem> problems;
};

/// ';' when the header line holds one outside quotes, ',' otherwise.
char delimiter_of(std::string_view text) {
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) break;
    if (!quoted && c == ';') return ';';
  }
  return ',';
}

Records split_records(std::string_view text, char delimiter) {
  Records out;
  Record record{1, {std::string()}};
  std::size_t line = 1;
  std::size_t i = 0;
  bool broken = false;  // a problem in this record: skip to its end
  const auto finish = [&] {
    if (!broken) out.records.push_back(std::move(record));
    broken = false;
    record = Record{line, {std::string()}};
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (c == '\n' || c == '\r') {
      ++line;
      ++i;
      finish();
      continue;
    }
    if (c == delimiter) {
      record.fields.emplace_back();
      ++i;
      continue;
    }
    if (c == '"' && record.fields.back().empty()) {
      const std::size_t opened_line = line;
      ++i;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            record.fields.back() += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (text[i] == '\n') ++line;
        record.fields.back() += text[i++];
      }
      if (!closed) {
        out.problems.push_back({line_field(opened_line), "has a quote that is never closed"});
        broken = true;
        break;
      }
      if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
        out.problems.push_back({line_field(line), "has text after a closing quote"});
        broken = true;
        while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
      }
      continue;
    }
    record.fields.back() += c;
    ++i;
  }
  if (record.fields.size() > 1 || !record.fields.back().empty()) finish();
  return out;
}

/// `text` as a message may quote it: at most kQuotedBytes, cut between characters (the file is
/// valid UTF-8), with control characters shown as '?'.
std::string quoted(std::string_view text) {
  constexpr std::size_t kQuotedBytes = 40;
  std::size_t end = std::min(text.size(), kQuotedBytes);
  while (end < text.size() && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  std::string out = "'";
  for (const char c : text.substr(0, end)) {
    const auto byte = static_cast<unsigned char>(c);
    out += byte < 0x20 || byte == 0x7F ? '?' : c;
  }
  return out + (end < text.size() ? "…'" : "'");
}

bool blank(const Record& record) {
  for (const auto& field : record.fields) {
    if (!trim_space(field).empty()) return false;
  }
  return true;
}

std::optional<Column> column_of(std::string_view header) {
  static const auto aliases = [] {
    const std::array<std::pair<std::string_view, Column>, 16> spelled = {{
        {"surname", Column::surname},
        {"прізвище", Column::surname},
        {"given_name", Column::given_name},
        {"given name", Column::given_name},
        {"ім'я", Column::given_name},
        {"patronymic", Column::patronymic},
        {"по батькові", Column::patronymic},
        {"birth_date", Column::birth_date},
        {"date of birth", Column::birth_date},
        {"дата народження", Column::birth_date},
        {"email", Column::email},
        {"e-mail", Column::email},
        {"пошта", Column::email},
        {"електронна пошта", Column::email},
        {"gender", Column::gender},
        {"стать", Column::gender},
    }};
    std::map<std::string, Column> keyed;
    for (const auto& [name, column] : spelled) keyed.emplace(text::search_key(name), column);
    return keyed;
  }();
  try {
    const auto found = aliases.find(text::search_key(header));
    if (found != aliases.end()) return found->second;
  } catch (const Error&) {
    // A header that is no name at all (a control character) is an unknown column.
  }
  return std::nullopt;
}

std::optional<model::Date> parse_day(std::string_view text) {
  const auto digits = [&](std::size_t at, std::size_t count) -> std::optional<int> {
    int value = 0;
    for (std::size_t k = at; k < at + count; ++k) {
      if (text[k] < '0' || text[k] > '9') return std::nullopt;
      value = value * 10 + (text[k] - '0');
    }
    return value;
  };
  std::optional<int> year, month, day;
  if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
    day = digits(0, 2), month = digits(3, 2), year = digits(6, 4);
  } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
  }
  if (!year || !month || !day) return std::nullopt;
  try {
    return model::Date(static_cast<unsigned short>(*year), static_cast<unsigned short>(*month),
                       static_cast<unsigned short>(*day));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<text::Gender> parse_gender(std::string_view text, bool& known) {
  static const auto words = [] {
    std::map<std::string, text::Gender> keyed;
    for (const auto word : {"ж", "f", "жіноча", "female"}) {
      keyed.emplace(text::search_key(word), text::Gender::feminine);
    }
    for (const auto word : {"ч", "m", "чоловіча", "male"}) {
      keyed.emplace(text::search_key(word), text::Gender::masculine);
    }
    return keyed;
  }();
  known = false;
  try {
    const auto found = words.find(text::search_key(text));
    if (found == words.end()) return std::nullopt;
    known = true;
    return found->second;
  } catch (const Error&) {
    return std::nullopt;
  }
}

/// Checks one row's fields, adding each problem; the row when it has none.
class RowReader {
 public:
  RowReader(std::vector<FieldProblem>& problems, model::Date latest_birth_date)
      : problems_(problems), latest_birth_date_(latest_birth_date) {}

  std::optional<ClassListRow> read(const Record& record, const std::vector<Column>& columns) {
    const auto problems_before = problems_.size();
    ClassListRow row;
    row.line = record.line;
    std::map<Column, std::string_view> values;
    for (std::size_t k = 0; k < columns.size(); ++k) values[columns[k]] = record.fields[k];
    const auto value = [&](Column column) {
      const auto found = values.find(column);
      return found == values.end() ? std::string_view() : trim_space(found->second);
    };
    row.surname = name(record.line, Column::surname, value(Column::surname), true).value_or("");
    row.given_name =
        name(record.line, Column::given_name, value(Column::given_name), true).value_or("");
    row.patronymic = name(record.line, Column::patronymic, value(Column::patronymic), false);
    if (const auto text = value(Column::birth_date); !text.empty()) {
      row.birth_date = birth_date(record.line, text);
    }
    if (const auto text = value(Column::email); !text.empty()) {
      if (fits(record.line, Column::email, text)) {
        try {
          row.email = text::normalize_email(text);
        } catch (const Error& error) {
          add(record.line, Column::email, error.what());
        }
      }
    }
    if (const auto text = value(Column::gender); !text.empty()) {
      bool known = false;
      row.gender = parse_gender(text, known);
      if (!known) add(record.line, Column::gender, "is not one of ж, ч, f, m, жіноча, чоловіча");
    } else if (!row.surname.empty() && !row.given_name.empty()) {
      row.gender = text::guess_gender({row.surname, row.given_name, row.patronymic});
    }
    if (problems_.size() != problems_before) return std::nullopt;
    return row;
  }

 private:
  void add(std::size_t line, Column column, std::string problem) {
    problems_.push_back({line_field(line, column_name(column)), std::move(problem)});
  }

  bool fits(std::size_t line, Column column, std::string_view text) {
    if (text.size() <= kMaxFormFieldBytes) return true;
    add(line, column,
        "is too long: " + std::to_string(text.size()) + " bytes, at most " +
            std::to_string(kMaxFormFieldBytes));
    return false;
  }

  std::optional<std::string> name(std::size_t line, Column column, std::string_view text,
                                  bool required) {
    if (text.empty()) {
      if (required) add(line, column, "is required");
      return std::nullopt;
    }
    if (!fits(line, column, text)) return std::nullopt;
    try {
      auto normalized = text::normalize_name(text).text;
      if (normalized.size() > model::kMaxNameBytes) {
        add(line, column,
            "is too long: " + std::to_string(normalized.size()) + " bytes, at most " +
                std::to_string(model::kMaxNameBytes));
        return std::nullopt;
      }
      return normalized;
    } catch (const Error& error) {
      add(line, column, error.what());
      return std::nullopt;
    }
  }

  std::optional<model::Date> birth_date(std::size_t line, std::string_view text) {
    const auto day = parse_day(text);
    if (!day) {
      add(line, Column::birth_date, quoted(text) + " is not a day in DD.MM.YYYY or YYYY-MM-DD");
      return std::nullopt;
    }
    if (*day > latest_birth_date_ || day->year() < 1900) {
      add(line, Column::birth_date, quoted(text) + " is not a plausible birth date");
      return std::nullopt;
    }
    return day;
  }

  std::vector<FieldProblem>& problems_;
  model::Date latest_birth_date_;
};

/// The header's columns; file problems for unknown, repeated or missing ones.
std::vector<Column> read_header(const Record& header, std::vector<FieldProblem>& problems) {
  std::vector<Column> columns;
  std::set<Column> seen;
  for (const auto& field : header.fields) {
    const auto name = trim_space(field);
    const auto column = column_of(name);
    if (!column) {
      problems.push_back({"file", "the header names an unknown column " + quoted(name)});
      continue;
    }
    if (!seen.insert(*column).second) {
      problems.push_back(
          {"file", "the header names the column " + std::string(column_name(*column)) + " twice"});
    }
    columns.push_back(*column);
  }
  for (const auto required : {Column::surname, Column::given_name}) {
    if (!seen.contains(required)) {
      problems.push_back(
          {"file", "the header has no " + std::string(column_name(required)) + " column"});
    }
  }
  return columns;
}

}  // namespace

std::string line_field(std::size_t line, std::string_view column) {
  std::string field = "line " + std::to_string(line);
  if (!column.empty()) field += ": " + std::string(column);
  return field;
}

std::string student_name_key(std::string_view surname, std::string_view given_name,
                             const std::optional<std::string>& patronymic) {
  return text::search_key(surname) + '\x1f' + text::search_key(given_name) + '\x1f' +
         (patronymic ? text::search_key(*patronymic) : std::string());
}

ClassListParse parse_class_list(std::string_view csv, model::Date latest_birth_date) {
  ClassListParse out;
  if (csv.size() > kMaxClassListBytes) {
    out.problems.push_back({"file", "is too large: " + std::to_string(csv.size()) +
                                        " bytes, at most " + std::to_string(kMaxClassListBytes)});
    return out;
  }
  if (csv.starts_with("\xEF\xBB\xBF")) csv.remove_prefix(3);
  if (const auto bad = text::find_invalid_utf8(csv)) {
    out.problems.push_back({"file", "is not valid UTF-8 at byte " + std::to_string(*bad)});
    return out;
  }
  const auto nfc = text::to_nfc(csv);
  auto split = split_records(nfc, delimiter_of(nfc));
  out.problems = std::move(split.problems);
  auto& records = split.records;
  std::erase_if(records, blank);
  if (records.empty() || records.front().line != 1) {
    out.problems.insert(out.problems.begin(), {"file", "has no header on its first line"});
    return out;
  }
  std::vector<FieldProblem> header_problems;
  const auto columns = read_header(records.front(), header_problems);
  if (!header_problems.empty()) {
    out.problems = std::move(header_problems);
    return out;
  }
  if (records.size() == 1) out.problems.push_back({"file", "lists no students"});
  if (records.size() - 1 > kMaxClassListRows) {
    out.problems.push_back({"file", "lists " + std::to_string(records.size() - 1) +
                                        " students, at most " + std::to_string(kMaxClassListRows)});
    return out;
  }
  RowReader reader(out.problems, latest_birth_date);
  std::map<std::string, std::size_t> first_line_of;
  for (std::size_t k = 1; k < records.size(); ++k) {
    const auto& record = records[k];
    if (record.fields.size() != columns.size()) {
      out.problems.push_back({line_field(record.line),
                              "has " + std::to_string(record.fields.size()) +
                                  " fields; the header has " + std::to_string(columns.size())});
      continue;
    }
    auto row = reader.read(record, columns);
    if (!row) continue;
    const auto key = student_name_key(row->surname, row->given_name, row->patronymic) + '\x1f' +
                     (row->birth_date ? std::to_string(row->birth_date->julian_day()) : "");
    const auto [first, inserted] = first_line_of.emplace(key, row->line);
    if (!inserted) {
      out.problems.push_back({line_field(row->line, "surname"),
                              "names the same student as line " + std::to_string(first->second)});
      continue;
    }
    out.rows.push_back(std::move(*row));
  }
  return out;
}

}  // namespace ejournal::services::detail
