#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "ejournal/security/secret.hpp"

namespace {

template <class T>
concept Streamable = requires(std::ostream& out, const T& value) {
  out << value;
};

using ejournal::security::SecretString;

// A secret must not reach a log by accident: no stream output, no copies.
static_assert(!Streamable<SecretString>);
static_assert(!std::is_copy_constructible_v<SecretString>);
static_assert(!std::is_copy_assignable_v<SecretString>);
static_assert(std::is_nothrow_move_constructible_v<SecretString>);

TEST(SecretString, HoldsACopyOfTheText) {
  std::string original = "correct horse";
  const SecretString secret(original);
  original[0] = 'X';
  EXPECT_EQ(secret.reveal(), "correct horse");
  EXPECT_EQ(secret.size(), 13U);
  EXPECT_FALSE(secret.empty());
}

TEST(SecretString, IsEmptyByDefaultAndFromEmptyText) {
  const SecretString none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.reveal(), "");
  const SecretString blank{std::string_view()};
  EXPECT_TRUE(blank.empty());
  EXPECT_EQ(blank.size(), 0U);
}

TEST(SecretString, MovingHandsTheBufferOverAndEmptiesTheSource) {
  SecretString source("s3cret");
  const char* buffer = source.reveal().data();
  SecretString moved(std::move(source));
  EXPECT_EQ(moved.reveal(), "s3cret");
  EXPECT_EQ(moved.reveal().data(), buffer);  // the same memory: no second copy left behind
  EXPECT_TRUE(source.empty());               // NOLINT(bugprone-use-after-move): defined state

  SecretString target("old");
  target = std::move(moved);
  EXPECT_EQ(target.reveal(), "s3cret");
  EXPECT_TRUE(moved.empty());  // NOLINT(bugprone-use-after-move)

  auto& self = target;
  target = std::move(self);
  EXPECT_EQ(target.reveal(), "s3cret");
}

}  // namespace
