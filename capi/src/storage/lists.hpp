// Records read back: a list handle owns the model records and the C views of them, whose
// strings point into those records. Every ej_*_list of the storage headers is one of these.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "convert.hpp"
#include "ejournal.h"
#include "firewall.hpp"
#include "session.hpp"

namespace ejournal::capi::records {

/// Records of type `Model` and their views `View`. Built once, then only read: the views'
/// pointers stay valid because the records never move (moving a vector keeps its elements).
template <class Model, class View>
struct RecordList {
  std::vector<Model> records;
  std::vector<View> views;
};

/// A new list handle `List` over `records`, each viewed through `view_of(const Model&)`.
template <class List, class Model, class ViewOf>
List* make_list(std::vector<Model> records, ViewOf view_of) {
  auto list = std::make_unique<List>();
  list->records = std::move(records);
  list->views.reserve(list->records.size());
  for (const Model& record : list->records) list->views.push_back(view_of(record));
  return list.release();
}

/// The body of every ej_*_list_count().
template <class List>
int list_count(std::int64_t* out, const List* list) {
  return guarded([&] {
    require(out, "out");
    *out = 0;
    require(list, "list");
    *out = static_cast<std::int64_t>(list->views.size());
    return EJ_OK;
  });
}

/// The body of every ej_*_list_get().
template <class List, class View>
int list_get(const View** out, const List* list, std::int64_t index) {
  return guarded([&] {
    require(out, "out");
    *out = nullptr;
    require(list, "list");
    if (index < 0 || static_cast<std::uint64_t>(index) >= list->views.size()) {
      throw Error(Errc::range, ErrorDomain::argument,
                  "index " + std::to_string(index) + " is outside the list of " +
                      std::to_string(list->views.size()) + " records");
    }
    *out = &list->views[static_cast<std::size_t>(index)];
    return EJ_OK;
  });
}

/// The body of every ej_store_*_list / _find: the records `read(unit, institution)` returns in
/// one read-only unit of work, as a new list handle `List`.
template <class List, class Read, class ViewOf>
int read_list(List** out, ej_store* store, const ej_uuid* institution, Read read, ViewOf view_of) {
  return guarded([&] {
    require(out, "out");
    *out = nullptr;
    store_of(store);
    const auto owner = required_id<model::InstitutionId>(institution, "institution");
    decltype(read(std::declval<storage::UnitOfWork&>(), owner)) found;
    in_unit(store, storage::Access::read,
            [&](storage::UnitOfWork& unit) { found = read(unit, owner); });
    *out = make_list<List>(std::move(found), view_of);
    return EJ_OK;
  });
}

/// The body of every ej_store_*_get: the record `id` of `institution` as a list of one, found by
/// `find(unit, institution, id)` (an optional); Error(not_found) naming `kind` when it is empty.
template <class List, class IdType, class Find, class ViewOf>
int get_one(List** out, ej_store* store, const ej_uuid* institution, const ej_uuid* id,
            std::string_view kind, Find find, ViewOf view_of) {
  return guarded([&] {
    require(out, "out");
    *out = nullptr;
    store_of(store);
    const auto owner = required_id<model::InstitutionId>(institution, "institution");
    const IdType wanted{read_uuid(id, "id")};
    decltype(find(std::declval<storage::UnitOfWork&>(), owner, wanted)) found;
    in_unit(store, storage::Access::read,
            [&](storage::UnitOfWork& unit) { found = find(unit, owner, wanted); });
    if (!found) fail_not_found(kind, wanted.str(), owner.str());
    std::vector<std::decay_t<decltype(*found)>> one;
    one.push_back(std::move(*found));
    *out = make_list<List>(std::move(one), view_of);
    return EJ_OK;
  });
}

}  // namespace ejournal::capi::records
