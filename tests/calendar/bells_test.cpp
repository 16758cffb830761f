#include <gtest/gtest.h>

#include <vector>

#include "ejournal/calendar/bells.hpp"
#include "expect_invalid.hpp"

namespace {

using ejournal::calendar::Bell;
using ejournal::calendar::BellSchedule;
using ejournal::calendar::testing::expect_invalid;

void expect_refused(std::vector<Bell> bells, const std::string& message) {
  expect_invalid([&] { static_cast<void>(BellSchedule(bells)); }, message);
}

TEST(BellSchedule, LooksUpLessonsByNumber) {
  const BellSchedule schedule({{0, 7 * 60 + 40, 8 * 60 + 20}, {1, 510, 555}, {2, 565, 610}});
  ASSERT_EQ(schedule.bells().size(), 3U);
  EXPECT_FALSE(schedule.empty());
  EXPECT_EQ(schedule.lesson(0), (Bell{0, 460, 500}));
  EXPECT_EQ(schedule.lesson(1), (Bell{1, 510, 555}));
  EXPECT_EQ(schedule.lesson(2), (Bell{2, 565, 610}));
  EXPECT_EQ(schedule.lesson(3), std::nullopt);
  EXPECT_EQ(schedule.lesson(-1), std::nullopt);
}

TEST(BellSchedule, NumbersMayHaveGapsAndLessonsMayTouch) {
  const BellSchedule schedule({{1, 0, 45}, {3, 45, 90}, {4, 1395, 1440}});
  EXPECT_EQ(schedule.lesson(2), std::nullopt);
  EXPECT_EQ(schedule.lesson(3), (Bell{3, 45, 90}));
  EXPECT_EQ(schedule.lesson(4), (Bell{4, 1395, 1440}));
}

TEST(BellSchedule, DefaultIsEmpty) {
  const BellSchedule schedule;
  EXPECT_TRUE(schedule.empty());
  EXPECT_EQ(schedule.lesson(1), std::nullopt);
  EXPECT_EQ(BellSchedule(std::vector<Bell>{}), schedule);
}

TEST(BellSchedule, RefusesNegativeNumbers) {
  expect_refused({{-1, 500, 545}}, "bell -1 has a negative lesson number");
}

TEST(BellSchedule, RefusesTimesOutsideTheDay) {
  expect_refused({{1, -5, 40}}, "bell 1 starts at minute -5, outside the day 0..1439");
  expect_refused({{1, 1440, 1485}}, "bell 1 starts at minute 1440, outside the day 0..1439");
  expect_refused({{1, 1420, 1465}},
                 "bell 1 ends at minute 1465; it must end after its start at minute 1420 and by "
                 "minute 1440");
}

TEST(BellSchedule, RefusesLessonsThatEndBeforeTheyStart) {
  expect_refused({{1, 510, 510}},
                 "bell 1 ends at minute 510; it must end after its start at minute 510 and by "
                 "minute 1440");
  expect_refused({{1, 510, 555}, {2, 600, 560}},
                 "bell 2 ends at minute 560; it must end after its start at minute 600 and by "
                 "minute 1440");
}

TEST(BellSchedule, RefusesNumbersOutOfOrder) {
  expect_refused({{2, 510, 555}, {1, 565, 610}},
                 "bell 1 follows bell 2; lesson numbers must increase");
  expect_refused({{1, 510, 555}, {1, 565, 610}},
                 "bell 1 follows bell 1; lesson numbers must increase");
}

TEST(BellSchedule, RefusesOverlaps) {
  expect_refused({{1, 480, 525}, {2, 520, 565}},
                 "bell 2 (08:40–09:25) starts before bell 1 (08:00–08:45) ends");
}

}  // namespace
