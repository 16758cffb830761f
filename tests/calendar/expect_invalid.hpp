// The assertion every calendar test uses for refused input.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "ejournal/error.hpp"

namespace ejournal::calendar::testing {

/// Runs `call`, expecting Error(invalid, argument) whose message is exactly `message`.
template <class Call>
void expect_invalid(Call&& call, const std::string& message) {
  try {
    call();
    ADD_FAILURE() << "no error; expected: " << message;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid);
    EXPECT_EQ(e.domain(), ErrorDomain::argument);
    EXPECT_EQ(std::string(e.what()), message);
  }
}

}  // namespace ejournal::calendar::testing
