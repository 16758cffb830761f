#include <gtest/gtest.h>

#include <vector>

#include "ejournal/calendar/calendar.hpp"
#include "ejournal/error.hpp"

namespace {

using namespace ejournal::calendar;

Date day(int year, int month, int d) {
  return Date(year, month, d);
}

TEST(TypicalYear, Of2024) {
  const SchoolYear year = ukrainian_typical_year(2024);
  EXPECT_NO_THROW(validate(year));
  EXPECT_EQ(year.name, "2024/2025");
  EXPECT_EQ(year.first, day(2024, 9, 2));  // 1 September 2024 is a Sunday
  EXPECT_EQ(year.last, day(2025, 6, 30));
  EXPECT_EQ(year.week, WorkWeek::five_day);
  ASSERT_EQ(year.terms.size(), 2U);
  EXPECT_EQ(year.terms[0].name, "I семестр");
  EXPECT_EQ(year.terms[0].first, day(2024, 9, 2));
  EXPECT_EQ(year.terms[0].last, day(2024, 12, 27));
  EXPECT_EQ(year.terms[1].name, "II семестр");
  EXPECT_EQ(year.terms[1].first, day(2025, 1, 13));
  EXPECT_EQ(year.terms[1].last, day(2025, 5, 30));
  ASSERT_EQ(year.holidays.size(), 3U);
  EXPECT_EQ(year.holidays[0].name, "Осінні канікули");
  EXPECT_EQ(year.holidays[0].first, day(2024, 10, 28));
  EXPECT_EQ(year.holidays[0].last, day(2024, 11, 3));
  EXPECT_EQ(year.holidays[1].name, "Зимові канікули");
  EXPECT_EQ(year.holidays[1].first, day(2024, 12, 28));
  EXPECT_EQ(year.holidays[1].last, day(2025, 1, 12));
  EXPECT_EQ(year.holidays[2].name, "Весняні канікули");
  EXPECT_EQ(year.holidays[2].first, day(2025, 3, 24));
  EXPECT_EQ(year.holidays[2].last, day(2025, 3, 30));
  EXPECT_TRUE(year.make_up_days.empty());
  EXPECT_TRUE(year.days_off.empty());
  EXPECT_EQ(count_school_days(year, {year.first, year.last}), 175U);
}

TEST(TypicalYear, BellSchedule) {
  const std::vector<Bell> expected = {{1, 510, 555}, {2, 565, 610}, {3, 620, 665}, {4, 685, 730},
                                      {5, 740, 785}, {6, 795, 840}, {7, 850, 895}};
  EXPECT_EQ(ukrainian_typical_year(2025).bells.bells(), expected);
}

TEST(TypicalYear, StartsOnTheFirstWeekdayOfSeptember) {
  EXPECT_EQ(ukrainian_typical_year(2025).first, day(2025, 9, 1));  // Monday
  EXPECT_EQ(ukrainian_typical_year(2018).first, day(2018, 9, 3));  // 1st is a Saturday
  const SchoolYear year = ukrainian_typical_year(2018);
  EXPECT_EQ(year.terms[0].last, day(2018, 12, 27));  // Thursday
  EXPECT_EQ(year.terms[1].first, day(2019, 1, 7));   // a Monday itself
  EXPECT_EQ(year.holidays[0].first, day(2018, 10, 29));
  EXPECT_EQ(year.holidays[2].first, day(2019, 3, 25));
}

TEST(TypicalYear, HasAtLeastTheLegalMinimumOfSchoolDays) {
  for (int start = 1990; start <= 2100; ++start) {
    const SchoolYear year = ukrainian_typical_year(start);
    validate(year);
    const std::size_t count = count_school_days(year, {year.first, year.last});
    EXPECT_GE(count, 175U) << start;
    EXPECT_LE(count, 179U) << start;
  }
}

TEST(TypicalYear, RefusesYearsBoostCannotHold) {
  EXPECT_NO_THROW(static_cast<void>(ukrainian_typical_year(1400)));
  EXPECT_NO_THROW(static_cast<void>(ukrainian_typical_year(9998)));
  for (const int start : {1399, 9999, -1}) {
    try {
      static_cast<void>(ukrainian_typical_year(start));
      ADD_FAILURE() << start;
    } catch (const ejournal::Error& e) {
      EXPECT_EQ(e.code(), ejournal::Errc::range);
      EXPECT_EQ(e.domain(), ejournal::ErrorDomain::argument);
      EXPECT_EQ(std::string(e.what()),
                "start year " + std::to_string(start) + " is outside 1400..9998");
    }
  }
}

}  // namespace
