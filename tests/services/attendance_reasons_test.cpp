// Reasons of absences: the class teacher's reason and document, a parent's explanation.
#include <gtest/gtest.h>

#include <vector>

#include "attendance_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using storage::testing::day;

class Reasons : public AttendanceTest {
 protected:
  void SetUp() override {
    AttendanceTest::SetUp();
    if (IsSkipped()) return;
    monday_ = add_lesson(day(2024, 9, 2), 1);
    const std::vector<AttendanceEntry> absent{{student(0), "н"}, {student(1), "зп"}};
    (void)write_lesson_attendance(*store_, clock_, teacher_, institution(), monday_.id, absent);
    const std::vector<AttendanceEntry> daily{{student(0), "н"}, {student(1), "хв"}};
    (void)write_daily_attendance(*store_, clock_, class_teacher_, institution(),
                                 school_.school_class.id, day(2024, 9, 3), daily);
  }

  model::Lesson monday_;
  const calendar::DateRange week_{day(2024, 9, 2), day(2024, 9, 6)};
};

TEST_P(Reasons, TheClassTeacherSetsTheReasonOfEveryAbsenceInTheDays) {
  const auto changed =
      write_absence_reason(*store_, clock_, class_teacher_, institution(), student(0), week_,
                           model::AbsenceReason::illness, " довідка № 12 ");
  ASSERT_EQ(changed.size(), 2u);
  EXPECT_EQ(changed[0].date, day(2024, 9, 2));
  EXPECT_EQ(changed[1].date, day(2024, 9, 3));
  const auto lesson_mark = mark_of(0, monday_.date, monday_.id);
  EXPECT_EQ(lesson_mark->reason, model::AbsenceReason::illness);
  EXPECT_EQ(lesson_mark->document_ref, "довідка № 12");
  EXPECT_EQ(actions_of(*lesson_mark), (std::vector<std::string>{"mark", "reason"}));
  // The same reason again changes nothing more.
  EXPECT_TRUE(write_absence_reason(*store_, clock_, class_teacher_, institution(), student(0),
                                   week_, model::AbsenceReason::illness, "довідка № 12")
                  .empty());
}

TEST_P(Reasons, ReasonRefusalsChangeNothing) {
  const auto before = snapshot();
  const auto attempt = [&](const access::Principal& who, model::PersonId whom,
                           calendar::DateRange days, model::AbsenceReason reason,
                           std::string document) {
    return code_of([&] {
      (void)write_absence_reason(*store_, clock_, who, institution(), whom, days, reason, document);
    });
  };
  const auto illness = model::AbsenceReason::illness;
  EXPECT_EQ(attempt(parent_, student(0), week_, illness, ""), Errc::permission);
  EXPECT_EQ(attempt(teacher_, student(0), week_, illness, ""), Errc::permission);
  EXPECT_EQ(attempt(admin_, student(0), week_, illness, ""), Errc::permission);
  EXPECT_EQ(attempt(class_teacher_, student(2), week_, illness, ""), Errc::not_found);
  EXPECT_EQ(attempt(class_teacher_, student(0), {day(2024, 9, 9), day(2024, 9, 13)}, illness, ""),
            Errc::not_found);
  EXPECT_EQ(attempt(class_teacher_, student(0), {day(2024, 9, 6), day(2024, 9, 2)}, illness, ""),
            Errc::invalid);
  EXPECT_EQ(attempt(class_teacher_, student(0), week_, static_cast<model::AbsenceReason>(9), ""),
            Errc::invalid);
  EXPECT_EQ(attempt(class_teacher_, student(0), week_, illness, "рядок\nдругий"), Errc::invalid);
  EXPECT_EQ(attempt(class_teacher_, student(0), week_, illness, std::string(201, 'x')),
            Errc::invalid);
  EXPECT_EQ(attempt(class_teacher_, other_.students[0].id, week_, illness, ""), Errc::permission);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Reasons, AParentExplainsTheUnexplainedAbsencesOfTheirChild) {
  const auto changed = explain_absence(*store_, clock_, parent_, institution(), student(0), week_,
                                       model::AbsenceReason::family, "сімейні обставини");
  ASSERT_EQ(changed.size(), 2u);
  const auto daily = mark_of(0, day(2024, 9, 3));
  EXPECT_EQ(daily->reason, model::AbsenceReason::family);
  EXPECT_EQ(daily->document_ref, "сімейні обставини");
  EXPECT_EQ(actions_of(*daily), (std::vector<std::string>{"mark", "explain"}));
  // Everything is explained now: a second explanation has nothing to change.
  EXPECT_EQ(code_of([&] {
              (void)explain_absence(*store_, clock_, parent_, institution(), student(0), week_,
                                    model::AbsenceReason::illness, "хворіла");
            }),
            Errc::conflict);
}

TEST_P(Reasons, AnAbsenceExplainedByItsCodeIsLeftAsItIs) {
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              (void)explain_absence(*store_, clock_, other_parent_, institution(), student(1),
                                    week_, model::AbsenceReason::illness, "хворів");
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(Reasons, ExplanationRefusalsChangeNothing) {
  const auto before = snapshot();
  const auto attempt = [&](const access::Principal& who, model::PersonId whom,
                           model::AbsenceReason reason, std::string text) {
    return code_of([&] {
      (void)explain_absence(*store_, clock_, who, institution(), whom, week_, reason, text);
    });
  };
  const auto family = model::AbsenceReason::family;
  EXPECT_EQ(attempt(other_parent_, student(0), family, "так"), Errc::permission);
  EXPECT_EQ(attempt(class_teacher_, student(0), family, "так"), Errc::permission);
  EXPECT_EQ(attempt(parent_, student(0), model::AbsenceReason::valid_document, "так"),
            Errc::invalid);
  EXPECT_EQ(attempt(parent_, student(0), model::AbsenceReason::unknown, "так"), Errc::invalid);
  EXPECT_EQ(attempt(parent_, student(0), family, "  "), Errc::invalid);
  EXPECT_EQ(attempt(parent_, student(0), family, std::string("\xc3\x28", 2)), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
}

EJ_INSTANTIATE_STORE_TEST(Reasons);

}  // namespace
}  // namespace ejournal::services::testing
