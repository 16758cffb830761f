#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

#include "ejournal/access/operation.hpp"
#include "ejournal/error.hpp"

namespace {

using ejournal::access::all_operations;
using ejournal::access::name;
using ejournal::access::Operation;

TEST(Operations, AreListedOnceInDeclarationOrder) {
  const auto all = all_operations();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.front(), Operation::submit_connection_request);
  EXPECT_EQ(all.back(), Operation::write_comment);
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(all[i]), i + 1);
  }
  // The value after the last one is no operation: none was appended without being listed.
  EXPECT_THROW(static_cast<void>(name(static_cast<Operation>(all.size() + 1))), ejournal::Error);
}

TEST(Operations, HaveDistinctSnakeCaseNames) {
  std::set<std::string_view> names;
  for (const Operation operation : all_operations()) {
    const std::string_view text = name(operation);
    EXPECT_TRUE(names.insert(text).second) << text;
    EXPECT_EQ(text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_"), std::string_view::npos)
        << text;
  }
  EXPECT_EQ(name(Operation::write_grades), "write_grades");
  EXPECT_EQ(name(Operation::submit_connection_request), "submit_connection_request");
}

TEST(Operations, UnknownValueHasNoName) {
  try {
    static_cast<void>(name(static_cast<Operation>(0)));
    ADD_FAILURE() << "no error for operation 0";
  } catch (const ejournal::Error& e) {
    EXPECT_EQ(e.code(), ejournal::Errc::invalid);
    EXPECT_EQ(std::string(e.what()), "operation 0 is not a known operation");
  }
}

}  // namespace
