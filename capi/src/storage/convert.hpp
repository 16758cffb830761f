// Conversions between the C types of ejournal/store*.h and the model, with the argument checks
// every storage entry point shares. Each check throws ejournal::Error naming the parameter (and,
// for a column, the row) so that the firewall turns it into the documented status.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ejournal.h"
#include "ejournal/error.hpp"
#include "ejournal/model/ids.hpp"
#include "ejournal/model/time.hpp"
#include "ejournal/model/validate.hpp"
#include "ejournal/storage/repositories.hpp"

namespace ejournal::capi::records {

/// The UUID a caller passed (nil included); Error(invalid) naming `parameter` when NULL.
boost::uuids::uuid read_uuid(const ej_uuid* id, std::string_view parameter);
/// `id` as ej_uuid.
ej_uuid write_uuid(const boost::uuids::uuid& id) noexcept;

/// A typed id (`IdType` is a model::Id) that must be set: Error(invalid) naming `parameter`
/// when NULL or nil.
template <class IdType>
IdType required_id(const ej_uuid* id, std::string_view parameter) {
  const IdType value{read_uuid(id, parameter)};
  if (value.is_nil()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + std::string(parameter) + "' is the nil UUID");
  }
  return value;
}

/// A typed id where nil (or a NULL pointer) means "none".
template <class IdType>
std::optional<IdType> optional_id(const ej_uuid* id) {
  if (id == nullptr) return std::nullopt;
  const IdType value{read_uuid(id, "id")};
  if (value.is_nil()) return std::nullopt;
  return value;
}

/// A new record's id: the caller's when set, else a fresh random one.
template <class IdType>
IdType new_id(const ej_uuid* id) {
  if (auto given = optional_id<IdType>(id)) return *given;
  return IdType::generate();
}

/// An optional typed id as ej_uuid; nil when empty.
template <class IdType>
ej_uuid write_optional_id(const std::optional<IdType>& id) noexcept {
  return id ? write_uuid(id->value) : ej_uuid{};
}

/// Throws Error(not_found, storage): "`kind` ID not found" and, for a record of an
/// institution, "in institution ID".
[[noreturn]] void fail_not_found(std::string_view kind, const std::string& id,
                                 const std::string& institution = {});

/// A date that may be left open: NULL or {0, 0, 0} is empty; anything else must exist.
std::optional<model::Date> read_optional_date(const ej_date* date, std::string_view parameter);
/// An optional date as ej_date; {0, 0, 0} when empty.
ej_date write_optional_date(const std::optional<model::Date>& date) noexcept;
/// A day range from two optional bounds (NULL or {0, 0, 0}: open on that side).
storage::DayRange read_days(const ej_date* first, const ej_date* last);

/// µs since the epoch as an Instant, and back.
model::Instant read_instant(std::int64_t micros) noexcept;
std::int64_t write_instant(model::Instant instant) noexcept;

/// The value of an enum constant given as int32_t, checked to lie in [first, last]; the
/// message names `parameter`, the value and `type` (the C enum's name).
int read_enum(std::int32_t value, int first, int last, std::string_view parameter,
              std::string_view type);

/// Rejects a struct version this library does not know (0, or newer than `current`).
void check_struct_version(std::uint32_t version, std::uint32_t current, std::string_view parameter);

/// A row count of a bulk call as a size; Error(invalid) when negative.
std::size_t read_count(std::int64_t count, std::string_view parameter);

/// "argument 'columns->marks[5]'": how messages name one row of a column.
std::string row_name(std::string_view column, std::size_t row);

/// A required text field of a record: valid UTF-8 (returned in NFC) and not empty.
std::string read_required_text(const char* text, std::string_view parameter);

/// Cells of bulk columns. A message names the column and the row ("columns->dates[7]"); the
/// name is only built on failure, as these run for every row of a hundred-thousand-row call.
/// A required column is checked for NULL once, with require_column().
void require_column(const void* column, std::size_t rows, std::string_view name);
model::Date read_cell_date(const ej_date* column, std::size_t row, std::string_view name);
/// "" for a NULL column or a NULL cell; else valid UTF-8, in NFC.
std::string read_cell_text(const char* const* column, std::size_t row, std::string_view name);
/// An enum constant in [first, last]; `fallback` for a NULL column.
int read_cell_enum(const std::int32_t* column, std::size_t row, int first, int last, int fallback,
                   std::string_view name, std::string_view type);

/// The id of a cell, nil for a NULL column.
template <class IdType>
IdType read_cell_id(const ej_uuid* column, std::size_t row) noexcept {
  return column != nullptr ? IdType{read_uuid(&column[row], {})} : IdType{};
}
/// An optional id: empty for a NULL column or a nil cell.
template <class IdType>
std::optional<IdType> read_cell_optional_id(const ej_uuid* column, std::size_t row) noexcept {
  const IdType id = read_cell_id<IdType>(column, row);
  return id.is_nil() ? std::nullopt : std::optional<IdType>(id);
}

/// The id of a cell of a required column; Error(invalid) naming the cell when it is nil.
template <class IdType>
IdType read_cell_required_id(const ej_uuid* column, std::size_t row, std::string_view name) {
  const IdType id = read_cell_id<IdType>(column, row);
  if (id.is_nil()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "argument '" + row_name(name, row) + "' is the nil UUID");
  }
  return id;
}

/// model::validated(record) for row `row` of a bulk call: a refusal's message is prefixed with
/// the row ("row 7: grade.mark …"), so that the caller can find it among thousands.
template <class Record>
Record validated_row(Record record, std::size_t row) {
  try {
    return model::validated(std::move(record));
  } catch (const Error& error) {
    throw Error(error.code(), error.domain(), "row " + std::to_string(row) + ": " + error.what());
  }
}

/// Writes the ids of `written` (records with an `id`) to a caller's optional out column.
template <class Record>
void hand_out_ids(ej_uuid* out_ids, const std::vector<Record>& written) noexcept {
  if (out_ids == nullptr) return;
  for (std::size_t row = 0; row < written.size(); ++row) {
    out_ids[row] = write_uuid(written[row].id.value);
  }
}

}  // namespace ejournal::capi::records
