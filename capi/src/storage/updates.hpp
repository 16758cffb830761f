// The body every ej_store_*_update and ej_store_enrolment_end share: optimistic concurrency on a
// record's revision, in one unit of work that changes the record or nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "convert.hpp"
#include "ejournal.h"
#include "ejournal/model/validate.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "session.hpp"
#include "strings.hpp"

namespace ejournal::capi::records {

/// The revision a caller read a record at; Error(invalid) below 1, where no record ever is.
std::int64_t read_revision(std::int64_t revision);

/// Throws Error(conflict, storage): "`kind` ID was read at revision R, but the store has revision
/// S: someone else changed it since".
[[noreturn]] void fail_stale(std::string_view kind, const std::string& id, std::int64_t read,
                             std::int64_t stored);

/// An optional text field of a change struct: NULL leaves the field as it is (nullopt); else
/// valid UTF-8 of at most `max_bytes`, in NFC.
std::optional<std::string> read_text_change(const char* text, std::string_view parameter,
                                            std::size_t max_bytes = kMaxShortText);

/// An optional enum field of a change struct: 0 leaves it as it is; else a constant in
/// [first, last] (Error(invalid) naming `parameter`, the value and `type` otherwise).
template <class Enum>
std::optional<Enum> read_enum_change(std::int32_t value, int first, int last,
                                     std::string_view parameter, std::string_view type) {
  if (value == 0) return std::nullopt;
  return static_cast<Enum>(read_enum(value, first, last, parameter, type));
}

/// Changes the record `id` of `institution`, which the caller read at `revision`. The change is
/// read by `read_change()` before the store is touched, so that a bad argument fails first; then,
/// in one unit of work, the record is found in `repository(unit)` (Error(not_found) naming `kind`
/// when the institution has none), checked to be still at `revision` (Error(conflict) otherwise),
/// changed by `apply(record, change)`, checked by model::validated() and stored. The new revision
/// goes to `out_revision` (may be NULL; 0 on failure).
template <class IdType, class Repository, class ReadChange, class Apply>
int update_record(std::int64_t* out_revision, ej_store* store, const ej_uuid* institution,
                  const ej_uuid* id, std::int64_t revision, std::string_view kind,
                  Repository repository, ReadChange read_change, Apply apply) {
  return guarded([&] {
    reset(out_revision);
    store_of(store);
    const auto owner = required_id<model::InstitutionId>(institution, "institution");
    const auto wanted = required_id<IdType>(id, "id");
    const std::int64_t read_at = read_revision(revision);
    const auto change = read_change();
    std::int64_t stored = 0;
    in_unit(store, storage::Access::write, [&](storage::UnitOfWork& unit) {
      auto& records = repository(unit);
      auto found = records.find(owner, wanted);
      if (!found) fail_not_found(kind, wanted.str(), owner.str());
      if (found->version != read_at) fail_stale(kind, wanted.str(), read_at, found->version);
      apply(*found, change);
      stored = records.update(model::validated(std::move(*found)));
    });
    put(out_revision, stored);
    return EJ_OK;
  });
}

}  // namespace ejournal::capi::records
