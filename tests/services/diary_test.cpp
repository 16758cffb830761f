// The diary: a student's week as each reader may see it, and a parent's view of each child.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../storage/units.hpp"
#include "ejournal/error.hpp"
#include "ejournal/services/diary.hpp"
#include "journal_reading_fixture.hpp"

namespace ejournal::services::testing {
namespace {

using st::expect_error;

class DiaryTest : public JournalReadingTest {
 protected:
  DiaryWeek week_of(const model::PersonId& reader, std::size_t student,
                    model::Date day = st::day(2024, 9, 4)) {
    return read_diary_week(store(), principal_of(reader), school_.institution.id,
                           school_.students[student].id, day);
  }
};

std::vector<std::string> grade_texts(const DiaryWeek& week) {
  std::vector<std::string> texts;
  for (const DiaryGrade& grade : week.grades) {
    std::string text = grade.value ? grade.value->to_string() : grade.mark;
    if (!grade.column_label.empty()) text += "@" + grade.column_label;
    if (grade.publication == model::Publication::draft) text += " draft";
    texts.push_back(text);
  }
  return texts;
}

TEST_P(DiaryTest, StudentSeesTheWeekWithPublishedGradesAndNoAbsenceDetails) {
  const DiaryWeek week = week_of(school_.students[0].id, 0);
  EXPECT_EQ(week.student_id, school_.students[0].id);
  EXPECT_EQ(week.surname, "Яковенко");
  EXPECT_EQ(week.monday, st::day(2024, 9, 2));
  EXPECT_EQ(week.sunday, st::day(2024, 9, 8));
  const std::vector<model::Date> school_days = {st::day(2024, 9, 2), st::day(2024, 9, 3),
                                                st::day(2024, 9, 4), st::day(2024, 9, 5),
                                                st::day(2024, 9, 6)};
  EXPECT_EQ(week.school_days, school_days);
  ASSERT_EQ(week.lessons.size(), 14U);  // not in the subgroup: no English lesson
  EXPECT_EQ(week.lessons[0].subject, "Українська мова");
  EXPECT_EQ(week.lessons[0].topic, "Тема 1");
  EXPECT_EQ(week.lessons[13].date, st::day(2024, 9, 3));
  EXPECT_EQ(week.lessons[13].number, 7);
  // The lesson's grade first, the undated ones of Tuesday after; the draft is not shown.
  EXPECT_EQ(grade_texts(week), (std::vector<std::string>{"10", "11@Тема 2", "8@Тема 10"}));
  ASSERT_EQ(week.attendance.size(), 1U);
  EXPECT_EQ(week.attendance[0].code, "н");
  EXPECT_EQ(week.attendance[0].lesson_id, school_.lessons[3].id);
  EXPECT_FALSE(week.attendance[0].reason.has_value());
  EXPECT_FALSE(week.attendance[0].document_ref.has_value());
  ASSERT_EQ(week.comments.size(), 1U);
  EXPECT_EQ(week.comments[0].text, "Молодець!");
  EXPECT_EQ(week.comments[0].author, "Коваленко О. П.");
  EXPECT_EQ(week.comments[0].subject, "Українська мова");
  EXPECT_EQ(week.comments[0].date, st::day(2024, 9, 2));
}

TEST_P(DiaryTest, ParentSeesPublishedGradesAndTheAbsenceDocument) {
  const DiaryWeek week = week_of(parent_.id, 0, st::day(2024, 9, 8));
  EXPECT_EQ(week.monday, st::day(2024, 9, 2));
  EXPECT_EQ(grade_texts(week), (std::vector<std::string>{"10", "11@Тема 2", "8@Тема 10"}));
  ASSERT_EQ(week.attendance.size(), 1U);
  EXPECT_EQ(week.attendance[0].reason, model::AbsenceReason::illness);
  EXPECT_EQ(week.attendance[0].document_ref, "Довідка № 5");
}

TEST_P(DiaryTest, ClassTeacherAndAdministrationSeeDraftsAndDetails) {
  for (const model::PersonId& reader : {class_teacher_.id, admin_.id}) {
    const DiaryWeek week = week_of(reader, 0);
    EXPECT_EQ(grade_texts(week),
              (std::vector<std::string>{"10", "9 draft", "11@Тема 2", "8@Тема 10"}));
    ASSERT_EQ(week.attendance.size(), 1U);
    EXPECT_EQ(week.attendance[0].document_ref, "Довідка № 5");
  }
}

TEST_P(DiaryTest, WholeDayMarksAndSpecialMarksAndSubgroupLessons) {
  const DiaryWeek week = week_of(parent_.id, 1);
  EXPECT_EQ(grade_texts(week), (std::vector<std::string>{"зв."}));
  ASSERT_EQ(week.attendance.size(), 1U);
  EXPECT_FALSE(week.attendance[0].lesson_id.has_value());
  EXPECT_EQ(week.attendance[0].date, st::day(2024, 9, 3));
  EXPECT_EQ(week.attendance[0].reason, model::AbsenceReason::family);
  EXPECT_TRUE(week.comments.empty());

  const DiaryWeek member = week_of(other_parent_.id, 3);
  ASSERT_EQ(member.lessons.size(), 15U);
  const auto english =
      std::ranges::find(member.lessons, subgroup_lesson_.id, &DiaryLesson::lesson_id);
  ASSERT_NE(english, member.lessons.end());
  EXPECT_EQ(english->subject, "Англійська мова");
  EXPECT_EQ(english->homework, "Впр. 3");
  EXPECT_EQ(english->homework_due, st::day(2024, 9, 6));
}

TEST_P(DiaryTest, AnotherWeekHoldsOnlyItsOwnRecords) {
  const DiaryWeek week = week_of(school_.students[0].id, 0, st::day(2024, 9, 9));
  EXPECT_EQ(week.monday, st::day(2024, 9, 9));
  EXPECT_TRUE(week.lessons.empty());
  EXPECT_TRUE(week.grades.empty());
  EXPECT_TRUE(week.attendance.empty());
  ASSERT_EQ(week.comments.size(), 1U);
  EXPECT_EQ(week.comments[0].text, "Наступного тижня");
}

TEST_P(DiaryTest, ADepartedStudentsWeekAfterLeavingHasNoSchoolDays) {
  const DiaryWeek week = week_of(admin_.id, 2, st::day(2024, 10, 2));
  EXPECT_EQ(week.school_days,
            (std::vector<model::Date>{st::day(2024, 9, 30), st::day(2024, 10, 1)}));
}

TEST_P(DiaryTest, OnlyTheStudentTheirParentsClassTeacherAndAdministrationMayRead) {
  expect_error(Errc::permission, [&] { (void)week_of(other_parent_.id, 0); });
  expect_error(Errc::permission, [&] { (void)week_of(school_.students[1].id, 0); });
  expect_error(Errc::permission, [&] { (void)week_of(school_.teacher.id, 0); });
  expect_error(Errc::permission, [&] { (void)week_of(other_teacher_.id, 3); });
}

TEST_P(DiaryTest, UnknownPeopleAndBadArgumentsAreRefused) {
  const auto admin = principal_of(admin_.id);
  const auto institution = school_.institution.id;
  const auto monday = st::day(2024, 9, 2);
  expect_error(Errc::not_found, [&] {
    (void)read_diary_week(store(), admin, institution, elsewhere_.students[0].id, monday);
  });
  expect_error(Errc::not_found, [&] {
    (void)read_diary_week(store(), admin, institution, school_.teacher.id, monday);
  });
  expect_error(Errc::invalid, [&] {
    (void)read_diary_week(store(), admin, institution, model::PersonId{}, monday);
  });
  expect_error(Errc::invalid, [&] {
    (void)read_diary_week(store(), admin, model::InstitutionId{}, school_.students[0].id, monday);
  });
  expect_error(Errc::invalid, [&] {
    (void)read_diary_week(store(), admin, institution, school_.students[0].id,
                          model::Date(boost::date_time::not_a_date_time));
  });
  expect_error(Errc::range, [&] {
    (void)read_diary_week(store(), admin, institution, school_.students[0].id,
                          st::day(9999, 12, 30));
  });
  expect_error(Errc::range, [&] {
    (void)read_children_diaries(store(), admin, institution, parent_.id, st::day(1400, 1, 2));
  });
  // Another institution's administrator finds nothing of this school's.
  const auto stranger_id = model::PersonId::generate();
  const auto stranger = access::Principal::person(stranger_id, elsewhere_.institution.id,
                                                  {{model::RoleGrantId::generate(),
                                                    elsewhere_.institution.id,
                                                    stranger_id,
                                                    model::Role::institution_admin,
                                                    {}}});
  expect_error(Errc::permission, [&] {
    (void)read_diary_week(store(), stranger, institution, school_.students[0].id, monday);
  });
}

TEST_P(DiaryTest, AParentReadsEachChildsWeekInAlphabeticalOrder) {
  const auto weeks = read_children_diaries(store(), principal_of(parent_.id),
                                           school_.institution.id, parent_.id, st::day(2024, 9, 5));
  ASSERT_EQ(weeks.size(), 2U);
  EXPECT_EQ(weeks[0].surname, "Іваненко");  // І before Я in Ukrainian order
  EXPECT_EQ(weeks[1].surname, "Яковенко");
  EXPECT_EQ(weeks[1].grades.size(), 3U);
  EXPECT_EQ(weeks[0].monday, st::day(2024, 9, 2));
}

TEST_P(DiaryTest, ChildrensDiariesAreRefusedToOthersAndEmptyWithoutChildren) {
  const auto institution = school_.institution.id;
  const auto day = st::day(2024, 9, 5);
  expect_error(Errc::permission, [&] {
    (void)read_children_diaries(store(), principal_of(other_parent_.id), institution, parent_.id,
                                day);
  });
  // The class teacher reads each child's week, but a parent's view is the parent's own.
  expect_error(Errc::permission, [&] {
    (void)read_children_diaries(store(), principal_of(class_teacher_.id), institution, parent_.id,
                                day);
  });
  expect_error(Errc::not_found, [&] {
    (void)read_children_diaries(store(), principal_of(admin_.id), institution,
                                elsewhere_.students[0].id, day);
  });
  expect_error(Errc::invalid, [&] {
    (void)read_children_diaries(store(), principal_of(admin_.id), institution, model::PersonId{},
                                day);
  });
  EXPECT_TRUE(
      read_children_diaries(store(), principal_of(admin_.id), institution, admin_.id, day).empty());
  EXPECT_EQ(
      read_children_diaries(store(), principal_of(admin_.id), institution, parent_.id, day).size(),
      2U);
}

INSTANTIATE_TEST_SUITE_P(Backends, DiaryTest, ::testing::ValuesIn(st::all_backends()),
                         st::backend_name);

}  // namespace
}  // namespace ejournal::services::testing
