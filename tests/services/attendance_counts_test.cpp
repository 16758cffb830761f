// Counts and percentages per student and per class, and the alert of a long unexplained absence.
#include <gtest/gtest.h>

#include <vector>

#include "attendance_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using grading::Rational;
using storage::testing::day;

class Counts : public AttendanceTest {
 protected:
  void SetUp() override {
    AttendanceTest::SetUp();
    if (IsSkipped()) return;
    const auto mon1 = add_lesson(day(2024, 9, 2), 1);
    const auto mon2 = add_lesson(day(2024, 9, 2), 2);
    (void)add_lesson(day(2024, 9, 3), 1);
    (void)add_lesson(day(2024, 9, 3), 2);
    const std::vector<AttendanceEntry> first{{student(0), "н"}, {student(1), "зп"}};
    (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), mon1.id, first);
    const std::vector<AttendanceEntry> second{{student(0), "н"}};
    (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), mon2.id, second);
    const std::vector<AttendanceEntry> tuesday{{student(0), "хв"}};
    (void)write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                                 school_.school_class.id, day(2024, 9, 3), tuesday);
  }

  const calendar::DateRange week_{day(2024, 9, 2), day(2024, 9, 8)};
};

AttendanceCounts counts(std::int64_t lessons, std::int64_t missed, std::int64_t explained,
                        std::int64_t late, std::int64_t days, std::int64_t days_missed,
                        std::int64_t days_explained) {
  AttendanceCounts result;
  result.lessons = lessons;
  result.lessons_missed = missed;
  result.lessons_missed_explained = explained;
  result.lessons_missed_unexplained = missed - explained;
  result.lessons_late = late;
  result.school_days = days;
  result.days_missed = days_missed;
  result.days_missed_explained = days_explained;
  result.days_missed_unexplained = days_missed - days_explained;
  return result;
}

TEST_P(Counts, AStudentsLessonsAndDays) {
  // Monday: both lessons marked н, no daily mark — a missed day, unexplained. Tuesday: the daily
  // хв covers both unmarked lessons — explained. Five school days in the week.
  const auto mine = student_attendance(*store_, parent_, institution(), student(0), week_);
  EXPECT_EQ(mine.counts, counts(4, 4, 2, 0, 5, 2, 1));
  EXPECT_EQ(lessons_attended_percent(mine.counts), Rational(0));
  EXPECT_EQ(days_attended_percent(mine.counts), Rational(60));
  const auto late = student_attendance(*store_, admin_, institution(), student(1), week_);
  EXPECT_EQ(late.counts, counts(4, 0, 0, 1, 5, 0, 0));
  EXPECT_EQ(lessons_attended_percent(late.counts), Rational(100));
}

TEST_P(Counts, AReasonExplainsTheLessonsAndTheDay) {
  (void)write_absence_reason(*store_, clock_, class_teacher_, institution(), student(0),
                             {day(2024, 9, 2), day(2024, 9, 2)}, model::AbsenceReason::illness,
                             "довідка 7");
  const auto mine = student_attendance(*store_, class_teacher_, institution(), student(0), week_);
  EXPECT_EQ(mine.counts, counts(4, 4, 4, 0, 5, 2, 2));
}

TEST_P(Counts, AClassSumsItsStudentsInAlphabeticalOrder) {
  const auto result =
      class_attendance(*store_, class_teacher_, institution(), school_.school_class.id, week_);
  ASSERT_EQ(result.students.size(), 3u);
  EXPECT_EQ(result.students[0].student_id, student(0));  // Учень0, Учень1, Учень2
  EXPECT_EQ(result.students[2].student_id, student(2));
  EXPECT_EQ(result.total, counts(12, 4, 2, 1, 15, 2, 1));
  EXPECT_EQ(lessons_attended_percent(result.total), Rational::fraction(200, 3));
  EXPECT_EQ(days_attended_percent(result.total), Rational::fraction(260, 3));
}

TEST_P(Counts, AnEmptyPeriodHasNoPercentage) {
  const auto holidays = student_attendance(*store_, parent_, institution(), student(0),
                                           {day(2024, 10, 28), day(2024, 11, 3)});
  EXPECT_EQ(holidays.counts, AttendanceCounts{});
  EXPECT_FALSE(lessons_attended_percent(holidays.counts));
  EXPECT_FALSE(days_attended_percent(holidays.counts));
}

TEST_P(Counts, ReadingRefusals) {
  EXPECT_EQ(code_of([&] {
              (void)student_attendance(*store_, other_parent_, institution(), student(0), week_);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)student_attendance(*store_, teacher_, institution(), student(0), week_);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)student_attendance(*store_, admin_, institution(), school_.teacher.id, week_);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              (void)student_attendance(*store_, admin_, institution(), other_.students[0].id,
                                       week_);
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              (void)student_attendance(*store_, admin_, institution(), student(0),
                                       {week_.last, week_.first});
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)class_attendance(*store_, parent_, institution(), school_.school_class.id,
                                     week_);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)class_attendance(*store_, admin_, institution(), other_.school_class.id, week_);
            }),
            Errc::not_found);
  AttendanceOptions without_late;
  without_late.codes = {{"н", "відсутній", AttendanceKind::absent, false},
                        {"хв", "хворів", AttendanceKind::absent, true}};
  const auto message = message_of([&] {
    (void)student_attendance(*store_, admin_, institution(), student(1), week_, without_late);
  });
  EXPECT_NE(message.find("'зп'"), std::string::npos) << message;
}

EJ_INSTANTIATE_STORE_TEST(Counts);

class Alerts : public AttendanceTest {
 protected:
  /// Marks student 0 "н" on the daily page of every school day from `first` to `last`.
  void absent(model::Date first, model::Date last) {
    const auto year = calendar::ukrainian_typical_year(2024);
    for (const auto date : calendar::school_days(year, {first, last})) {
      const std::vector<AttendanceEntry> entries{{student(0), "н"}};
      (void)write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                                   school_.school_class.id, date, entries);
    }
  }
  std::vector<AbsenceAlert> alerts(model::Date as_of, const AttendanceOptions& options = {}) {
    return absence_alerts(*store_, class_teacher_, institution(), school_.school_class.id, as_of,
                          options);
  }
};

TEST_P(Alerts, TenSchoolDaysAcrossTheAutumnHolidaysRaiseIt) {
  // 21–25 October, the holidays of 28 October – 3 November, then 4–8 November: ten school days.
  absent(day(2024, 10, 21), day(2024, 11, 8));
  EXPECT_TRUE(alerts(day(2024, 11, 7)).empty());
  const auto raised = alerts(day(2024, 11, 10));
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].student_id, student(0));
  EXPECT_EQ(raised[0].first_day, day(2024, 10, 21));
  EXPECT_EQ(raised[0].last_day, day(2024, 11, 8));
  EXPECT_EQ(raised[0].days, 10);
  AttendanceOptions longer;
  longer.alert_days = 11;
  EXPECT_TRUE(alerts(day(2024, 11, 10), longer).empty());
}

TEST_P(Alerts, AnExplainedDayBreaksTheRun) {
  absent(day(2024, 10, 21), day(2024, 11, 8));
  (void)write_absence_reason(*store_, clock_, class_teacher_, institution(), student(0),
                             {day(2024, 11, 4), day(2024, 11, 4)}, model::AbsenceReason::family,
                             "");
  EXPECT_TRUE(alerts(day(2024, 11, 8)).empty());
  absent(day(2024, 11, 11), day(2024, 11, 15));
  const auto raised = alerts(day(2024, 11, 15));
  EXPECT_TRUE(raised.empty());
  absent(day(2024, 11, 18), day(2024, 11, 18));
  const auto later = alerts(day(2024, 11, 18));
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].first_day, day(2024, 11, 5));
  EXPECT_EQ(later[0].days, 10);
}

TEST_P(Alerts, MissedLessonsWithoutADailyMarkCount) {
  AttendanceOptions two_days;
  two_days.alert_days = 2;
  for (const auto date : {day(2024, 9, 5), day(2024, 9, 6)}) {
    const auto lesson = add_lesson(date, 1);
    const std::vector<AttendanceEntry> entries{{student(0), "н"}, {student(1), "хв"}};
    (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), lesson.id, entries);
  }
  const auto raised = alerts(day(2024, 9, 6), two_days);
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_EQ(raised[0].first_day, day(2024, 9, 5));
}

TEST_P(Alerts, Refusals) {
  EXPECT_EQ(code_of([&] { (void)alerts(day(2025, 8, 1)); }), Errc::invalid);
  EXPECT_EQ(code_of([&] {
              (void)absence_alerts(*store_, teacher_, institution(), school_.school_class.id,
                                   day(2024, 11, 8));
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)absence_alerts(*store_, admin_, institution(), other_.school_class.id,
                                   day(2024, 11, 8));
            }),
            Errc::not_found);
  AttendanceOptions zero;
  zero.alert_days = 0;
  EXPECT_EQ(code_of([&] { (void)alerts(day(2024, 11, 8), zero); }), Errc::invalid);
}

EJ_INSTANTIATE_STORE_TEST(Alerts);

}  // namespace
}  // namespace ejournal::services::testing
