#include "convert.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>

#include "calendar/school_year.hpp"
#include "ejournal/error.hpp"
#include "firewall.hpp"
#include "strings.hpp"

namespace ejournal::capi::records {

namespace {

std::string quoted(std::string_view parameter) {
  return "argument '" + std::string(parameter) + "'";
}

[[noreturn]] void fail_invalid(const std::string& message) {
  throw Error(Errc::invalid, ErrorDomain::argument, message);
}

bool is_open_date(const ej_date& date) noexcept {
  return date.year == 0 && date.month == 0 && date.day == 0;
}

}  // namespace

boost::uuids::uuid read_uuid(const ej_uuid* id, std::string_view parameter) {
  require(id, parameter);
  boost::uuids::uuid value{};
  std::copy(std::begin(id->bytes), std::end(id->bytes), value.begin());
  return value;
}

ej_uuid write_uuid(const boost::uuids::uuid& id) noexcept {
  ej_uuid value{};
  std::copy(id.begin(), id.end(), std::begin(value.bytes));
  return value;
}

void fail_not_found(std::string_view kind, const std::string& id, const std::string& institution) {
  std::string message = std::string(kind) + " " + id + " not found";
  if (!institution.empty()) message += " in institution " + institution;
  throw Error(Errc::not_found, ErrorDomain::storage, message);
}

std::optional<model::Date> read_optional_date(const ej_date* date, std::string_view parameter) {
  if (date == nullptr || is_open_date(*date)) return std::nullopt;
  return read_date(date, parameter);
}

ej_date write_optional_date(const std::optional<model::Date>& date) noexcept {
  return date ? write_date(*date) : ej_date{0, 0, 0};
}

storage::DayRange read_days(const ej_date* first, const ej_date* last) {
  return storage::DayRange{read_optional_date(first, "first"), read_optional_date(last, "last")};
}

model::Instant read_instant(std::int64_t micros) noexcept {
  return model::Instant(std::chrono::microseconds(micros));
}

std::int64_t write_instant(model::Instant instant) noexcept {
  return instant.time_since_epoch().count();
}

int read_enum(std::int32_t value, int first, int last, std::string_view parameter,
              std::string_view type) {
  if (value < first || value > last) {
    fail_invalid(quoted(parameter) + " is " + std::to_string(value) + ", not an " +
                 std::string(type) + " (" + std::to_string(first) + " … " + std::to_string(last) +
                 ")");
  }
  return value;
}

void check_struct_version(std::uint32_t version, std::uint32_t current,
                          std::string_view parameter) {
  if (version == 0 || version > current) {
    throw Error(Errc::version, ErrorDomain::argument,
                quoted(parameter) + " is " + std::to_string(version) +
                    "; this library knows versions 1 … " + std::to_string(current));
  }
}

std::size_t read_count(std::int64_t count, std::string_view parameter) {
  if (count < 0) fail_invalid(quoted(parameter) + " is negative (" + std::to_string(count) + ")");
  return static_cast<std::size_t>(count);
}

std::string row_name(std::string_view column, std::size_t row) {
  return std::string(column) + "[" + std::to_string(row) + "]";
}

std::string read_required_text(const char* text, std::string_view parameter) {
  std::string value = read_text(text, parameter);
  if (value.empty()) fail_invalid(quoted(parameter) + " is empty");
  return value;
}

void require_column(const void* column, std::size_t rows, std::string_view name) {
  if (rows > 0) require(column, name);
}

model::Date read_cell_date(const ej_date* column, std::size_t row, std::string_view name) {
  const ej_date& cell = column[row];
  // Out-of-range parts are refused before the casts below could wrap them into range.
  const bool plausible = cell.year >= 1400 && cell.year <= 9999 && cell.month >= 1 &&
                         cell.month <= 12 && cell.day >= 1 && cell.day <= 31;
  if (!plausible) return read_date(&cell, row_name(name, row));
  try {
    return model::Date(static_cast<unsigned short>(cell.year),
                       static_cast<unsigned short>(cell.month),
                       static_cast<unsigned short>(cell.day));
  } catch (const std::out_of_range&) {
    // read_date() refuses the same dates, with the message the header promises.
    read_date(&cell, row_name(name, row));
    throw;
  }
}

std::string read_cell_text(const char* const* column, std::size_t row, std::string_view name) {
  if (column == nullptr || column[row] == nullptr) return {};
  try {
    return read_text(column[row], name);
  } catch (const Error&) {
    // Read again under the cell's own name, which only a failure needs.
    return read_text(column[row], row_name(name, row));
  }
}

int read_cell_enum(const std::int32_t* column, std::size_t row, int first, int last, int fallback,
                   std::string_view name, std::string_view type) {
  if (column == nullptr) return fallback;
  const std::int32_t value = column[row];
  if (value < first || value > last) read_enum(value, first, last, row_name(name, row), type);
  return value;
}

}  // namespace ejournal::capi::records
