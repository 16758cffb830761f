// The assertion every model test uses for a refused value.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "ejournal/error.hpp"

namespace ejournal::model::testing {

/// Runs `call`, expecting Error(invalid, argument) whose message contains `fragment`.
template <class Call>
void expect_invalid(Call&& call, std::string_view fragment) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one mentioning: " << fragment;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid) << e.what();
    EXPECT_EQ(e.domain(), ErrorDomain::argument) << e.what();
    EXPECT_NE(std::string_view(e.what()).find(fragment), std::string_view::npos)
        << e.what() << " lacks " << fragment;
  }
}

/// expect_invalid for validated(record).
template <class Record>
void expect_refused(const Record& record, std::string_view fragment) {
  expect_invalid([&] { static_cast<void>(validated(record)); }, fragment);
}

}  // namespace ejournal::model::testing
