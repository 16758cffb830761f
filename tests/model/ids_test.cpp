#include <gtest/gtest.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "ejournal/model/ids.hpp"
#include "expect_invalid.hpp"

namespace {

namespace model = ejournal::model;
using model::testing::expect_invalid;

constexpr const char* kText = "0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7";

void expect_malformed(std::string_view text, std::string_view fragment) {
  expect_invalid([&] { model::parse_uuid(text); }, fragment);
}

TEST(Uuid, RoundTripsThroughItsText) {
  const boost::uuids::uuid value = model::parse_uuid(kText);
  EXPECT_EQ(value.data[0], 0x01);
  EXPECT_EQ(value.data[3], 0xcd);
  EXPECT_EQ(value.data[15], 0xb7);
  EXPECT_EQ(model::uuid_text(value), kText);
  const boost::uuids::uuid random = model::random_uuid();
  EXPECT_EQ(model::parse_uuid(model::uuid_text(random)), random);
}

TEST(Uuid, ReadsEitherCaseAndWritesLowerCase) {
  EXPECT_EQ(model::uuid_text(model::parse_uuid("0123ABCD-4567-89EF-8A1B-C2D3E4F5A6B7")), kText);
  EXPECT_EQ(model::uuid_text(model::parse_uuid("0123AbCd-4567-89eF-8a1B-c2D3e4F5a6B7")), kText);
}

TEST(Uuid, NilIsAllZeros) {
  EXPECT_EQ(model::uuid_text(boost::uuids::uuid{}), "00000000-0000-0000-0000-000000000000");
  EXPECT_TRUE(model::parse_uuid("00000000-0000-0000-0000-000000000000").is_nil());
}

TEST(Uuid, RefusesEveryOtherLength) {
  expect_malformed("", "'' is not in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx: 0 bytes");
  expect_malformed("0123abcd-4567-89ef-8a1b-c2d3e4f5a6b", "35 bytes long, not 36");
  expect_malformed("0123abcd-4567-89ef-8a1b-c2d3e4f5a6b70", "37 bytes long, not 36");
  expect_malformed("0123abcd456789ef8a1bc2d3e4f5a6b7", "32 bytes long");
  expect_malformed("{0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7}", "38 bytes long");
  expect_malformed("urn:uuid:0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7", "45 bytes long");
  expect_malformed(" 0123abcd-4567-89ef-8a1b-c2d3e4f5a6b7", "37 bytes long");
}

TEST(Uuid, RefusesMisplacedHyphens) {
  expect_malformed("0123abcd4-567-89ef-8a1b-c2d3e4f5a6b7", "'4' at offset 8 where a '-' belongs");
  expect_malformed("0123abc-d4567-89ef-8a1b-c2d3e4f5a6b7", "'-' at offset 7 is not a hexadecimal");
  expect_malformed("0123abcd-4567-89ef-8a1bc-2d3e4f5a6b7", "'c' at offset 23 where a '-' belongs");
  expect_malformed("0123abcd-4567+89ef-8a1b-c2d3e4f5a6b7", "'+' at offset 13 where a '-' belongs");
}

TEST(Uuid, RefusesNonHexDigits) {
  expect_malformed("0123abcg-4567-89ef-8a1b-c2d3e4f5a6b7", "'g' at offset 7 is not a hexadecimal");
  expect_malformed("0123abcd-4567-89ef-8a1b-c2d3e4f5a6 7", "' ' at offset 34");
  expect_malformed(std::string("0123abcd-4567-89ef-8a1b-c2d3e4f5a6\0"
                               "7",
                               36),
                   "byte 0x00");
  // "а" (Cyrillic, 2 bytes) in place of two hex digits keeps the length at 36.
  expect_malformed("0123abcd-4567-89ef-8a1b-c2d3e4f5a6а", "byte 0xD0 at offset 34");
}

TEST(Uuid, QuotesOnlyAShortValidPrefixOfTheText) {
  expect_malformed(std::string(100, 'f'), std::string("'") + std::string(64, 'f') + "…'");
  // 33 two-byte letters: the cut falls inside the 33rd, so only 32 are shown.
  std::string cyrillic;
  for (int i = 0; i < 33; ++i) cyrillic += "ж";
  std::string shown;
  for (int i = 0; i < 32; ++i) shown += "ж";
  expect_malformed(cyrillic, "'" + shown + "…'");
  expect_malformed("abc\xFF\xFE", "'abc…' (not valid UTF-8 at byte 3)");
  expect_malformed("ab\ncd", "'ab\\x0Acd'");
}

TEST(Uuid, RandomIdsAreVersion4AndDistinct) {
  std::unordered_set<std::string> seen;
  for (int i = 0; i < 10'000; ++i) {
    const boost::uuids::uuid value = model::random_uuid();
    EXPECT_EQ(value.version(), boost::uuids::uuid::version_random_number_based);
    EXPECT_EQ(value.variant(), boost::uuids::uuid::variant_rfc_4122);
    ASSERT_TRUE(seen.insert(model::uuid_text(value)).second) << "repeated after " << i;
  }
}

TEST(Uuid, ThreadsGenerateDistinctIdsAtOnce) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 2'000;
  std::vector<std::vector<boost::uuids::uuid>> made(kThreads);
  std::vector<std::thread> threads;
  for (auto& ids : made) {
    threads.emplace_back([&ids] {
      for (int i = 0; i < kPerThread; ++i) ids.push_back(model::random_uuid());
    });
  }
  for (auto& thread : threads) thread.join();
  std::unordered_set<std::string> seen;
  for (const auto& ids : made) {
    for (const auto& value : ids) seen.insert(model::uuid_text(value));
  }
  EXPECT_EQ(seen.size(), std::size_t{kThreads * kPerThread});
}

TEST(Uuid, TimeOrderedIdsCarryTheirMillisecondAndSortByIt) {
  const auto now_ms = [] {
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
  };
  const auto made_at = [](const boost::uuids::uuid& value) {
    std::uint64_t milliseconds = 0;
    for (std::size_t byte = 0; byte < 6; ++byte)
      milliseconds = milliseconds << 8U | value.data[byte];
    return milliseconds;
  };
  const std::uint64_t before = now_ms();
  std::vector<boost::uuids::uuid> made;
  for (int i = 0; i < 1000; ++i) made.push_back(model::time_ordered_uuid());
  const std::uint64_t after = now_ms();
  for (const auto& value : made) {
    EXPECT_EQ(value.data[6] >> 4U, 7U) << "version 7: " << model::uuid_text(value);
    EXPECT_EQ(value.variant(), boost::uuids::uuid::variant_rfc_4122);
  }
  EXPECT_LE(before, made_at(made.front()));
  EXPECT_LE(made_at(made.back()), after);
  for (std::size_t i = 1; i < made.size(); ++i) {
    EXPECT_LE(made_at(made[i - 1]), made_at(made[i]));
  }
  EXPECT_EQ(std::set<boost::uuids::uuid>(made.begin(), made.end()).size(), made.size());
}

TEST(Id, WrapsTheUuidFunctions) {
  using model::PersonId;
  const PersonId id = PersonId::parse("0123ABCD-4567-89EF-8A1B-C2D3E4F5A6B7");
  EXPECT_EQ(id.str(), kText);
  EXPECT_FALSE(id.is_nil());
  EXPECT_TRUE(PersonId{}.is_nil());
  EXPECT_NE(PersonId::generate(), PersonId::generate());
  expect_invalid([] { PersonId::parse("person-1"); }, "'person-1'");
}

}  // namespace
