// Bulk writes of the journal: many rows of one table in one call, fast on both dialects.
//
// SQLite: one INSERT prepared on the native handle and stepped per row with its values bound in
// place (what SOCI's vector binds do too, without copying every batch into vectors first).
// PostgreSQL: one COPY … FROM STDIN per batch through the native PGconn, in text format, inside
// the unit's transaction — several times faster than row-by-row INSERTs, which each cost a
// round trip to the server.
//
// Either way a batch is one statement for StoreOptions::before_statement (so fault injection
// can fail the k-th batch) and `progress` is called after each batch. A failure leaves the
// batches before it written; the unit of work, which every failure spends, rolls them back.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <tuple>

#include "connection.hpp"
#include "table_rows.hpp"

namespace ejournal::storage::soci_backend {

/// Rows in one batch of a bulk write.
inline constexpr std::size_t kBulkBatchRows = 5000;

/// One bulk write in progress: put() each column of a row in the table's column order, then
/// end_row(); finish() after the last row. Destroying it unfinished abandons the open batch
/// (a PostgreSQL COPY is ended with an error, so the connection can roll back).
class BulkInsert {
 public:
  /// Starts writing `total` rows into `table` through `connection`.
  BulkInsert(Connection& connection, const Table& table, std::size_t total,
             const Progress& progress);
  ~BulkInsert();
  BulkInsert(const BulkInsert&) = delete;
  BulkInsert& operator=(const BulkInsert&) = delete;

  /// The next column of the current row.
  void put(const std::string& text);
  void put(long long number);
  void put(int number) { put(static_cast<long long>(number)); }
  template <class T>
  void put(const Nullable<T>& column) {
    if (column.indicator == soci::i_ok) {
      put(column.value);
    } else {
      put_null();
    }
  }
  void put_null();

  /// Ends the current row; ends the batch when it is full.
  void end_row();
  /// Ends the last batch.
  void finish();

  /// How one dialect writes a batch.
  class Writer;

 private:
  // Calls before_statement and starts a batch unless one is open.
  void open_batch();
  void end_batch();
  // Runs one step of the writer; a failure abandons the batch and becomes an Error.
  template <class Step>
  void guarded(Step&& step);

  Connection& connection_;
  std::unique_ptr<Writer> writer_;
  std::size_t total_;
  const Progress& progress_;
  std::size_t done_ = 0;
  std::size_t in_batch_ = 0;
  bool batch_open_ = false;
};

/// Writes every record of `records` into `table` as the row `encode(record)` gives.
template <class Record, class Encode>
void insert_rows(Connection& connection, const Table& table, std::span<const Record> records,
                 Encode encode, const Progress& progress) {
  BulkInsert bulk(connection, table, records.size(), progress);
  for (const Record& record : records) {
    auto row = encode(record);
    std::apply([&](const auto&... column) { (bulk.put(column), ...); }, columns(row));
    bulk.end_row();
  }
  bulk.finish();
}

}  // namespace ejournal::storage::soci_backend
