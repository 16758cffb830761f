// The assertion every text test uses for refused input.
#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "ejournal/error.hpp"

namespace ejournal::text::testing {

/// Runs `call`, expecting Error(invalid, text) whose message contains `fragment`.
template <class Call>
void expect_invalid(Call&& call, std::string_view fragment) {
  try {
    call();
    ADD_FAILURE() << "no error; expected one mentioning: " << fragment;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), Errc::invalid);
    EXPECT_EQ(e.domain(), ErrorDomain::text);
    EXPECT_NE(std::string_view(e.what()).find(fragment), std::string_view::npos)
        << e.what() << " lacks " << fragment;
  }
}

}  // namespace ejournal::text::testing
