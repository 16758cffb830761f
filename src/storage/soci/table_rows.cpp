#include "table_rows.hpp"

#include <string>

namespace ejournal::storage::soci_backend {

namespace {

// The key columns every journal table ends with (Table's rule).
constexpr std::size_t kKeyColumns = 2;

std::string joined(std::span<const std::string_view> names, std::string_view prefix) {
  std::string out;
  for (const auto name : names) {
    if (!out.empty()) out += ", ";
    out += prefix;
    out += name;
  }
  return out;
}

}  // namespace

std::string select_sql(const Table& table) {
  return "SELECT " + joined(table.columns, "") + " FROM " + std::string(table.name);
}

std::string select_columns(const Table& table, std::string_view alias) {
  return "SELECT " + joined(table.columns, std::string(alias) + ".");
}

std::string insert_sql(const Table& table) {
  return "INSERT INTO " + std::string(table.name) + " (" + joined(table.columns, "") +
         ") VALUES (" + joined(table.columns, ":") + ")";
}

std::string update_sql(const Table& table) {
  std::string assignments;
  for (const auto name : table.columns.first(table.columns.size() - kKeyColumns)) {
    if (!assignments.empty()) assignments += ", ";
    assignments += std::string(name) + " = :" + std::string(name);
  }
  return "UPDATE " + std::string(table.name) + " SET " + assignments +
         " WHERE institution_id = :institution_id AND id = :id AND version = :expected_version";
}

std::string byte_order_by(Dialect dialect, std::span<const std::string_view> columns) {
  const std::string_view collation = dialect == Dialect::postgresql ? " COLLATE \"C\"" : "";
  std::string order = " ORDER BY ";
  for (const auto column : columns) {
    if (order.size() > std::string_view(" ORDER BY ").size()) order += ", ";
    order += column;
    order += collation;
  }
  return order;
}

std::string first_day_bound(const DayRange& days) {
  return days.first ? date_text(*days.first) : std::string();
}

std::string last_day_bound(const DayRange& days) {
  return days.last ? date_text(*days.last) : std::string("9999-12-31");
}

}  // namespace ejournal::storage::soci_backend
