// Helpers the memory repositories build their lists with.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "ejournal/storage/repositories.hpp"
#include "ejournal/text/collation.hpp"

namespace ejournal::storage::memory {

/// A copy of the row with `key`, or nullopt.
template <class Table>
auto found(const Table& table, const typename Table::Key& key) {
  using Row = std::decay_t<decltype(table.at(key))>;
  const Row* row = table.find(key);
  return row == nullptr ? std::nullopt : std::optional<Row>(*row);
}

/// The rows whose keys `row_key(entry)` gives for each of `entries`, in the entries' order.
template <class Table, class Entries, class RowKey>
auto rows_of(const Table& table, const Entries& entries, RowKey row_key) {
  std::vector<std::decay_t<decltype(table.at(row_key(*entries.begin())))>> rows;
  rows.reserve(entries.size());
  for (const auto& entry : entries) rows.push_back(table.at(row_key(entry)));
  return rows;
}

/// `rows` ordered by `sort_key(row)`, computed once per row (collation keys are not cheap);
/// rows with equal keys keep their order.
template <class Row, class SortKey>
std::vector<Row> sorted_by(std::vector<Row> rows, SortKey sort_key) {
  using Key = decltype(sort_key(rows.front()));
  std::vector<std::pair<Key, std::size_t>> order;
  order.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) order.emplace_back(sort_key(rows[i]), i);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Row> sorted;
  sorted.reserve(rows.size());
  for (const auto& [key, index] : order) sorted.push_back(std::move(rows[index]));
  return sorted;
}

/// Bytes whose order is the Ukrainian order of `parts`, compared one after the other (as an SQL
/// ORDER BY over several collated columns). ICU sort keys hold no zero byte, so a zero between
/// parts ends each one before the next is compared.
template <class... Parts>
std::string collation_key(const text::UkrainianCollator& collator, const Parts&... parts) {
  std::string key;
  ((key += collator.sort_key(parts), key += '\0'), ...);
  return key;
}

/// The lowest value of a part of an index entry, so that an entry made of a date and these
/// values sorts before every entry of that date.
template <class Part>
Part lowest() {
  if constexpr (std::is_integral_v<Part>) {
    return std::numeric_limits<Part>::min();
  } else {
    return Part{};  // the nil id, which sorts first
  }
}

template <class Entry>
struct EarliestEntry;

/// The first possible entry on a day of an index ordered by date first.
template <class... Rest>
struct EarliestEntry<std::tuple<model::Date, Rest...>> {
  static std::tuple<model::Date, Rest...> on(model::Date day) { return {day, lowest<Rest>()...}; }
};

/// Calls `visit(entry)` for each entry of `entries`, an index group ordered by date first,
/// whose date lies in `days`, in order.
template <class Entry, class Visit>
void for_each_in_days(const std::set<Entry>& entries, const DayRange& days, Visit visit) {
  auto entry =
      days.first ? entries.lower_bound(EarliestEntry<Entry>::on(*days.first)) : entries.begin();
  for (; entry != entries.end(); ++entry) {
    if (days.last && *days.last < std::get<0>(*entry)) break;
    visit(*entry);
  }
}

/// The UTC calendar day of `instant`.
inline model::Date utc_day(model::Instant instant) {
  const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(instant)};
  return model::Date(static_cast<unsigned short>(static_cast<int>(day.year())),
                     static_cast<unsigned short>(static_cast<unsigned>(day.month())),
                     static_cast<unsigned short>(static_cast<unsigned>(day.day())));
}

/// Whether `day` lies in `days`.
inline bool within(const DayRange& days, model::Date day) {
  return (!days.first || *days.first <= day) && (!days.last || day <= *days.last);
}

}  // namespace ejournal::storage::memory
