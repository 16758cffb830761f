// Running work in units of work, and expecting a storage Error from it.
#pragma once

#include <gtest/gtest.h>

#include <string_view>
#include <utility>

#include "ejournal/error.hpp"
#include "ejournal/storage/store.hpp"

namespace ejournal::storage::testing {

/// Runs `work(unit)` in a new write unit and commits it.
template <class Work>
void write(Store& store, Work&& work) {
  const auto unit = store.begin(Access::write);
  std::forward<Work>(work)(*unit);
  unit->commit();
}

/// Runs `work(unit)` in a new read unit and returns what it returns.
template <class Work>
auto read(Store& store, Work&& work) {
  const auto unit = store.begin(Access::read);
  return std::forward<Work>(work)(*unit);
}

/// Runs `call()`, expecting an Error with `code`.
template <class Call>
void expect_error(Errc code, Call&& call) {
  try {
    std::forward<Call>(call)();
    ADD_FAILURE() << "no error; expected Error code " << static_cast<int>(code);
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
  }
}

/// Runs `work(unit)` in a write unit, expecting an Error with `code`; the failed unit is then
/// only rolled back, as UnitOfWork requires.
template <class Work>
void expect_write_error(Store& store, Errc code, Work&& work) {
  const auto unit = store.begin(Access::write);
  expect_error(code, [&] { std::forward<Work>(work)(*unit); });
}

}  // namespace ejournal::storage::testing
