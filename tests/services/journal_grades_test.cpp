// Grades: values on the course's scale, special marks, columns, drafts and who may record them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/services/journal.hpp"
#include "journal_fixture.hpp"

namespace ejournal::services::journal_testing {
namespace {

using GradesTest = JournalTest;

TEST_P(GradesTest, RecordsAPublishedCurrentGradeAndAuditsIt) {
  const auto lesson = lesson_on(september(9));
  auto form = current_grade(lesson, 0, " 10 ");
  form.comment = "Гарна відповідь";
  const auto written = grade(form);
  EXPECT_TRUE(written.newly_published);
  const auto stored_grade = stored(written.grade.id);
  EXPECT_EQ(stored_grade.value, grading::Rational(10));
  EXPECT_TRUE(stored_grade.mark.empty());
  EXPECT_EQ(stored_grade.lesson_id, lesson.id);
  EXPECT_EQ(stored_grade.date, september(9));
  EXPECT_EQ(stored_grade.comment, "Гарна відповідь");
  EXPECT_EQ(stored_grade.recorded_by, school_.teacher.id);
  EXPECT_EQ(stored_grade.publication, model::Publication::published);
  EXPECT_EQ(stored_grade.version, 1);
  const auto audit = audit_of("grade", written.grade.id.str());
  ASSERT_EQ(audit.size(), 1U);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_NE(audit[0].after.find("\"value\":\"10\""), std::string::npos);
}

TEST_P(GradesTest, ADraftIsPublishedOnce) {
  const auto lesson = lesson_on(september(9));
  auto form = current_grade(lesson, 0, "8");
  form.publication = model::Publication::draft;
  const auto draft = grade(form);
  EXPECT_FALSE(draft.newly_published);
  EXPECT_EQ(stored(draft.grade.id).publication, model::Publication::draft);
  auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              publish_grade(*store_, clock_, teacher_, school_id(), draft.grade.id,
                            draft.grade.version + 1);
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              publish_grade(*store_, clock_, parent_, school_id(), draft.grade.id,
                            draft.grade.version);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              publish_grade(*store_, clock_, teacher_, school_id(), model::GradeId::generate(), 1);
            }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
  const auto published =
      publish_grade(*store_, clock_, teacher_, school_id(), draft.grade.id, draft.grade.version);
  EXPECT_TRUE(published.newly_published);
  EXPECT_EQ(published.grade.version, 2);
  EXPECT_EQ(stored(draft.grade.id).publication, model::Publication::published);
  EXPECT_EQ(audit_of("grade", draft.grade.id.str()).back().action, "publish");
  before = snapshot();
  EXPECT_EQ(code_of([&] {
              publish_grade(*store_, clock_, teacher_, school_id(), draft.grade.id,
                            published.grade.version);
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradesTest, ValuesMustBeOnTheCoursesScale) {
  const auto lesson = lesson_on(september(9));
  const auto before = snapshot();
  for (const auto& value :
       std::vector<std::string>{"13", "0", "10.5", "десять", "", "   ", "\xC3\x28",
                                std::string(model::kMaxLabelBytes + 1, '1')}) {
    EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 0, value)); }), Errc::invalid) << value;
  }
  EXPECT_NE(message_of([&] { grade(current_grade(lesson, 0, "13")); }).find("\"13\""),
            std::string::npos);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(grade(current_grade(lesson, 0, "12")).grade.value, grading::Rational(12));
  EXPECT_EQ(grade(current_grade(lesson, 1, "1")).grade.value, grading::Rational(1));
}

TEST_P(GradesTest, SpecialMarksStandInTheirColumns) {
  const auto lesson = lesson_on(september(9));
  const auto absent = grade(current_grade(lesson, 0, "н"));
  EXPECT_EQ(stored(absent.grade.id).mark, "н");
  EXPECT_FALSE(stored(absent.grade.id).value);
  const auto not_attested =
      grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 1, "н/а")).grade;
  EXPECT_EQ(stored(not_attested.id).mark, "н/а");
  const auto exempt = grade(undated_grade(model::ColumnKind::annual, "Річна", 0, "зв.")).grade;
  EXPECT_EQ(stored(exempt.id).mark, "зв.");
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 1, "н/а")); }), Errc::invalid);
  EXPECT_EQ(code_of([&] { grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "н")); }),
            Errc::invalid);
  EXPECT_EQ(
      code_of([&] { grade(undated_grade(model::ColumnKind::corrected, "I семестр", 0, "зар.")); }),
      Errc::invalid);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradesTest, UndatedColumnsAreDatedTheDayTheyAreSet) {
  const auto thematic = grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "9")).grade;
  EXPECT_EQ(stored(thematic.id).date, september(10));
  EXPECT_FALSE(stored(thematic.id).lesson_id);
  const auto notebook = grade(undated_grade(model::ColumnKind::notebook, "Вересень", 0, "7"));
  EXPECT_EQ(stored(notebook.grade.id).column, model::ColumnKind::notebook);
  const auto custom = grade(undated_grade(model::ColumnKind::custom, "Проєкт", 0, "11"));
  EXPECT_EQ(stored(custom.grade.id).column_label, "Проєкт");
  const auto exam = grade(undated_grade(model::ColumnKind::state_exam, "ДПА", 0, "10"));
  EXPECT_EQ(stored(exam.grade.id).column, model::ColumnKind::state_exam);
}

TEST_P(GradesTest, RefusesMisplacedColumnsChangingNothing) {
  const auto lesson = lesson_on(september(9));
  const auto before = snapshot();
  auto without_lesson = current_grade(lesson, 0, "10");
  without_lesson.lesson_id.reset();
  auto thematic_with_lesson = undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "10");
  thematic_with_lesson.lesson_id = lesson.id;
  auto custom_without_label = undated_grade(model::ColumnKind::custom, "", 0, "10");
  auto another_course = current_grade(lesson, 0, "10");
  another_course.course_id = subgroup_course_.id;
  auto bad_column = undated_grade(static_cast<model::ColumnKind>(42), "x", 0, "10");
  for (const auto* form : {&without_lesson, &thematic_with_lesson, &custom_without_label,
                           &another_course, &bad_column}) {
    EXPECT_EQ(code_of([&] { grade(*form); }), Errc::invalid);
  }
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradesTest, AFutureLessonIsNotGradedYet) {
  const auto lesson = lesson_on(september(12));
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 0, "10")); }), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradesTest, OneGradePerStudentAndColumn) {
  const auto lesson = lesson_on(september(9));
  grade(current_grade(lesson, 0, "10"));
  grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "9"));
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 0, "11")); }), Errc::exists);
  EXPECT_EQ(code_of([&] { grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "8")); }),
            Errc::exists);
  EXPECT_EQ(snapshot(), before);
  EXPECT_NO_THROW(grade(undated_grade(model::ColumnKind::thematic, "Тема 2", 0, "8")));
  EXPECT_NO_THROW(grade(current_grade(lesson, 1, "11")));
}

TEST_P(GradesTest, TheStudentMustBelongToTheCourseOnTheLessonsDate) {
  const auto before_departure = lesson_on(september(5), 1);
  const auto after_departure = lesson_on(september(9), 1);
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(current_grade(after_departure, 2, "10")); }), Errc::invalid);
  EXPECT_EQ(code_of([&] { grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 2, "9")); }),
            Errc::invalid);
  auto foreign_student = current_grade(after_departure, 0, "10");
  foreign_student.student_id = other_.students[0].id;
  EXPECT_EQ(code_of([&] { grade(foreign_student); }), Errc::not_found);
  auto teacher_as_student = current_grade(after_departure, 0, "10");
  teacher_as_student.student_id = school_.teacher.id;
  EXPECT_EQ(code_of([&] { grade(teacher_as_student); }), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  // The lesson before the departure is the departed student's still.
  EXPECT_NO_THROW(grade(current_grade(before_departure, 2, "7")));
}

TEST_P(GradesTest, ASubgroupsCourseGradesOnlyItsMembers) {
  auto form = lesson_form(september(9));
  form.course_id = subgroup_course_.id;
  const auto lesson = record_lesson(*store_, clock_, teacher_, school_id(), form);
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 1, "10")); }), Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  EXPECT_NO_THROW(grade(current_grade(lesson, 0, "10")));
}

TEST_P(GradesTest, OnlyTheCoursesTeacherRecordsGrades) {
  const auto lesson = lesson_on(september(9));
  const auto before = snapshot();
  const auto form = current_grade(lesson, 0, "10");
  for (const auto* principal : {&other_teacher_, &class_teacher_, &parent_, &foreign_teacher_}) {
    EXPECT_EQ(code_of([&] { record_grade(*store_, clock_, *principal, school_id(), form); }),
              Errc::permission);
  }
  // The administrator corrects, with a reason, but keeps no journal.
  EXPECT_EQ(code_of([&] { record_grade(*store_, clock_, admin_, school_id(), form); }),
            Errc::invalid);
  auto unknown_course = form;
  unknown_course.course_id = other_.course.id;
  EXPECT_EQ(code_of([&] { grade(unknown_course); }), Errc::not_found);
  auto unknown_lesson = form;
  unknown_lesson.lesson_id = model::LessonId::generate();
  EXPECT_EQ(code_of([&] { grade(unknown_lesson); }), Errc::not_found);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(GradesTest, OtherScalesAndAVerbalScale) {
  {
    const auto unit = store_->begin();
    auto course = unit->courses().find(school_id(), school_.course.id).value();
    course.scale = "nush_levels";
    unit->courses().update(course);
    unit->commit();
  }
  const auto lesson = lesson_on(september(9));
  EXPECT_EQ(grade(current_grade(lesson, 0, "Д")).grade.value, grading::Rational(3));
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 1, "10")); }), Errc::invalid);
  {
    const auto unit = store_->begin();
    auto course = unit->courses().find(school_id(), school_.course.id).value();
    course.scale = "nush_verbal";
    unit->courses().update(course);
    unit->commit();
  }
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { grade(current_grade(lesson, 1, "Молодець")); }), Errc::unsupported);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(stored(grade(current_grade(lesson, 1, "н")).grade.id).mark, "н");
}

TEST(JournalColumns, NamesEveryColumn) {
  EXPECT_EQ(column_name(model::ColumnKind::current), "current");
  EXPECT_EQ(column_name(model::ColumnKind::corrected), "corrected");
  EXPECT_EQ(column_name(model::ColumnKind::state_exam), "state_exam");
  EXPECT_EQ(column_name(model::ColumnKind::custom), "custom");
  EXPECT_EQ(code_of([] { (void)column_name(static_cast<model::ColumnKind>(0)); }), Errc::invalid);
}

EJ_INSTANTIATE_STORE_TEST(GradesTest);

}  // namespace
}  // namespace ejournal::services::journal_testing
