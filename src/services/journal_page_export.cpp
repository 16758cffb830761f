// The journal pages written out: cell texts, column headings, CSV and printable HTML.
#include <algorithm>
#include <string>
#include <string_view>

#include "ejournal/error.hpp"
#include "ejournal/services/journal_page.hpp"
#include "grade_text.hpp"

namespace ejournal::services {

namespace {

std::string two_digits(int value) {
  std::string text = std::to_string(value);
  return text.size() < 2 ? "0" + text : text;
}

// "02.09".
std::string day_month(const model::Date& date) {
  return two_digits(date.day()) + "." + two_digits(date.month());
}

// "02.09.2024".
std::string full_date(const model::Date& date) {
  return day_month(date) + "." + std::to_string(static_cast<int>(date.year()));
}

std::string entry_text(const PageEntry& entry) {
  if (!entry.attendance.empty()) return entry.attendance;
  std::string text = entry.value ? detail::grade_text(*entry.value) : entry.mark;
  return entry.publication == model::Publication::draft ? "(" + text + ")" : text;
}

std::string full_name(const PageRow& row) {
  std::string name = row.surname + " " + row.given_name;
  if (!row.patronymic.empty()) name += " " + row.patronymic;
  return name;
}

// The row's name, and the mark of a student who left (ua-school.md §1.7 «вибув(ла)»).
std::string row_label(const PageRow& row) {
  if (!row.departed) return full_name(row);
  std::string_view left = "вибув(ла)";
  if (row.gender == text::Gender::masculine) left = "вибув";
  if (row.gender == text::Gender::feminine) left = "вибула";
  return full_name(row) + " (" + std::string(left) + " " + full_date(*row.departed) + ")";
}

std::string undated_name(const PageColumn& column) {
  switch (column.kind) {
    case model::ColumnKind::corrected:
      return column.label.empty() ? "Скоригована" : "Скоригована (" + column.label + ")";
    case model::ColumnKind::annual: return "Річна";
    case model::ColumnKind::state_exam: return "ДПА";
    case model::ColumnKind::notebook:
      return column.label.empty() ? "Зошит" : "Зошит (" + column.label + ")";
    case model::ColumnKind::semester: return column.label.empty() ? "Семестрова" : column.label;
    case model::ColumnKind::thematic: return column.label.empty() ? "Тематична" : column.label;
    case model::ColumnKind::current:
    case model::ColumnKind::custom: break;
  }
  return column.label;
}

void check_cell(const Page& page, std::size_t row, std::size_t column) {
  if (row >= page.rows.size() || column >= page.columns.size()) {
    throw Error(Errc::range, ErrorDomain::argument,
                "cell (" + std::to_string(row) + ", " + std::to_string(column) +
                    ") is outside the page of " + std::to_string(page.rows.size()) + " rows and " +
                    std::to_string(page.columns.size()) + " columns");
  }
}

// RFC 4180 quoting, and a leading apostrophe for what a spreadsheet would run as a formula.
std::string csv_field(std::string_view text) {
  std::string field;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    field.push_back('\'');
  }
  field.append(text);
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (const char c : field) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

void append_csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += csv_field(fields[i]);
  }
  out += "\r\n";
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// The cells of one row, indexed by column, from the row's run of the sorted entries.
std::vector<std::string> row_cells(const Page& page, std::size_t row) {
  std::vector<std::string> cells(page.columns.size());
  const auto first = std::ranges::lower_bound(page.entries, row, {}, &PageEntry::row);
  for (auto entry = first; entry != page.entries.end() && entry->row == row; ++entry) {
    std::string& cell = cells[entry->column];
    if (!cell.empty()) cell.push_back(' ');
    cell += entry_text(*entry);
  }
  return cells;
}

constexpr std::string_view kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:1em}"
    "h1{font-size:14pt;margin:0 0 .3em}h2{font-size:12pt;margin:1em 0 .3em}"
    "p{margin:0 0 .6em}table{border-collapse:collapse}"
    "th,td{border:1px solid #000;padding:1px 3px;text-align:center;vertical-align:middle}"
    "td.name,td.text{text-align:left}tr.departed td.name{color:#555}"
    "th.undated{background:#eee}.draft{font-style:italic;color:#555}"
    "@page{size:A4 landscape;margin:1cm}"
    "@media print{body{margin:0}h2{break-before:page}tr{break-inside:avoid}"
    "thead{display:table-header-group}}";

}  // namespace

std::string cell_text(const Page& page, std::size_t row, std::size_t column) {
  check_cell(page, row, column);
  return row_cells(page, row)[column];
}

std::string column_heading(const Page& page, std::size_t column) {
  if (column >= page.columns.size()) {
    throw Error(Errc::range, ErrorDomain::argument,
                "column " + std::to_string(column) + " is outside the page of " +
                    std::to_string(page.columns.size()) + " columns");
  }
  const PageColumn& shown = page.columns[column];
  if (shown.date) {
    const bool shared_day = std::ranges::count_if(page.columns, [&](const PageColumn& other) {
                              return other.date == shown.date;
                            }) > 1;
    const std::string date = day_month(*shown.date);
    return shared_day ? date + "/" + std::to_string(shown.number) : date;
  }
  const std::string name = undated_name(shown);
  return shown.subject.empty() ? name : shown.subject + ": " + name;
}

std::string to_csv(const Page& page) {
  std::string out;
  std::vector<std::string> heading = {"№", "Учень"};
  for (std::size_t c = 0; c < page.columns.size(); ++c) heading.push_back(column_heading(page, c));
  append_csv_row(out, heading);
  for (std::size_t r = 0; r < page.rows.size(); ++r) {
    std::vector<std::string> fields = {std::to_string(r + 1), row_label(page.rows[r])};
    for (std::string& cell : row_cells(page, r)) fields.push_back(std::move(cell));
    append_csv_row(out, fields);
  }
  return out;
}

std::string to_html(const Page& page) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"uk\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n<title>" +
      escape_html(page.title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n";
  out += "<body>\n<h1>" + escape_html(page.title) + "</h1>\n<p>";
  if (!page.teacher.empty()) out += "Учитель: " + escape_html(page.teacher) + ". ";
  out += escape_html(page.period) + ": " + full_date(page.first) + "–" + full_date(page.last) +
         "</p>\n<table class=\"grid\">\n<thead><tr><th>№</th><th>Прізвище, ім'я</th>";
  for (std::size_t c = 0; c < page.columns.size(); ++c) {
    out += page.columns[c].date ? "<th>" : "<th class=\"undated\">";
    out += escape_html(column_heading(page, c)) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < page.rows.size(); ++r) {
    const PageRow& row = page.rows[r];
    out += row.departed ? "<tr class=\"departed\">" : "<tr>";
    out += "<td>" + std::to_string(r + 1) + "</td><td class=\"name\">" +
           escape_html(row_label(row)) + "</td>";
    std::vector<std::string> cells(page.columns.size());
    const auto first = std::ranges::lower_bound(page.entries, r, {}, &PageEntry::row);
    for (auto entry = first; entry != page.entries.end() && entry->row == r; ++entry) {
      std::string& cell = cells[entry->column];
      if (!cell.empty()) cell.push_back(' ');
      const std::string text = escape_html(entry_text(*entry));
      cell += entry->attendance.empty() && entry->publication == model::Publication::draft
                  ? "<span class=\"draft\">" + text + "</span>"
                  : text;
    }
    for (const std::string& cell : cells) out += "<td>" + cell + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  const bool has_lessons = std::ranges::any_of(
      page.columns, [](const PageColumn& column) { return column.date.has_value(); });
  if (has_lessons) {
    out +=
        "<h2>Зміст уроків</h2>\n<table class=\"lessons\">\n<thead><tr><th>Дата</th><th>№</th>"
        "<th>Тема уроку</th><th>Домашнє завдання</th></tr></thead>\n<tbody>\n";
    for (const PageColumn& column : page.columns) {
      if (!column.date) continue;
      out += "<tr><td>" + full_date(*column.date) + "</td><td>" + std::to_string(column.number) +
             "</td><td class=\"text\">" + escape_html(column.label) + "</td><td class=\"text\">" +
             escape_html(column.homework) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace ejournal::services
