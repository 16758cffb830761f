// The assertion every security test uses for a refused value.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "ejournal/error.hpp"

namespace ejournal::security::testing {

/// Runs `call`, expecting Error(invalid, domain) whose message contains `fragment`.
template <class Call>
void expect_invalid(Call&& call, std::string_view fragment,
                    ErrorDomain domain = ErrorDomain::argument) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one mentioning: " << fragment;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid) << e.what();
    EXPECT_EQ(e.domain(), domain) << e.what();
    EXPECT_NE(std::string_view(e.what()).find(fragment), std::string_view::npos)
        << e.what() << " lacks " << fragment;
  }
}

/// The message of the Error(invalid) that `call` throws, or "" when it throws none.
template <class Call>
std::string invalid_message(Call&& call) {
  try {
    call();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid) << e.what();
    return e.what();
  }
  ADD_FAILURE() << "no error";
  return {};
}

}  // namespace ejournal::security::testing
