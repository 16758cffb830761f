#include <gtest/gtest.h>

#include <string>

#include "ejournal/model/validate.hpp"
#include "expect_invalid.hpp"
#include "samples.hpp"

namespace {

namespace model = ejournal::model;
using namespace model::testing;
using model::Date;

TEST(ValidatedLesson, KeepsTextsInNfcAndTrimmed) {
  model::Lesson lesson = sample_lesson();
  lesson.topic = "  Звуки\tі букви\n";
  lesson.homework = "Вправа 5,\r\nс. 12 \u0418\u0306";
  lesson.homework_due = lesson.date;
  const model::Lesson result = model::validated(lesson);
  EXPECT_EQ(result.topic, "Звуки\tі букви");
  EXPECT_EQ(result.homework, "Вправа 5,\r\nс. 12 Й");
}

TEST(ValidatedLesson, NumbersLessonsFrom0To12) {
  model::Lesson lesson = sample_lesson();
  lesson.number = 0;
  EXPECT_NO_THROW(model::validated(lesson));
  lesson.number = 12;
  EXPECT_NO_THROW(model::validated(lesson));
  lesson.number = 13;
  expect_refused(lesson, "lesson.number is 13, not 0 … 12");
  lesson.number = -1;
  expect_refused(lesson, "lesson.number is -1, not 0 … 12");
}

TEST(ValidatedLesson, RefusesBadFields) {
  model::Lesson lesson = sample_lesson();
  lesson.homework_due = Date(2024, 9, 1);
  expect_refused(lesson, "lesson.homework_due is 2024-09-01, before the lesson's date 2024-09-02");
  lesson = sample_lesson();
  lesson.topic = std::string(4001, 't');
  expect_refused(lesson, "lesson.topic 'tttt");
  expect_refused(lesson, "is 4001 bytes long, at most 4000");
  lesson.topic = std::string(4000, 't');
  EXPECT_NO_THROW(model::validated(lesson));
  lesson.topic = "Тема\x01";
  expect_refused(lesson, "lesson.topic 'Тема\\x01' holds a control character at byte 8");
  lesson.topic = "Тема \u0085";  // NEL, a C1 control
  expect_refused(lesson, "holds a control character at byte 9");
  lesson = sample_lesson();
  lesson.date = Date(boost::gregorian::not_a_date_time);
  expect_refused(lesson, "lesson.date is not a calendar day");
  lesson = sample_lesson();
  lesson.type = static_cast<model::LessonType>(8);
  expect_refused(lesson, "lesson.type is 8, not one of the values 1 … 7");
  lesson = sample_lesson();
  lesson.course_id = {};
  expect_refused(lesson, "lesson.course_id is the nil UUID");
}

TEST(ValidatedGrade, HasAValueOrAMarkButNotBoth) {
  model::GradeEntry grade = sample_grade();
  EXPECT_NO_THROW(model::validated(grade));
  grade.mark = "н/а";
  expect_refused(grade, "grade.mark 'н/а' is set together with a value; a grade has one");
  grade.value.reset();
  grade.mark = " н/а ";
  EXPECT_EQ(model::validated(grade).mark, "н/а");
  grade.mark = "";
  expect_refused(grade, "grade.value and grade.mark are both empty; a grade has one of them");
}

TEST(ValidatedGrade, LimitsMarkCodesTo16Characters) {
  model::GradeEntry grade = sample_grade();
  grade.value.reset();
  grade.mark = "абвгдежзийклмноп";  // 16 letters, 32 bytes
  EXPECT_NO_THROW(model::validated(grade));
  grade.mark += "р";
  expect_refused(grade, "grade.mark 'абвгдежзийклмнопр' is 17 characters long, at most 16");
  grade.mark = std::string(17, 'x');
  expect_refused(grade, "is 17 characters long, at most 16");
  grade.mark = "н\nа";
  expect_refused(grade, "grade.mark 'н\\x0Aа' holds a control character");
}

TEST(ValidatedGrade, TiesCurrentGradesToLessonsOnly) {
  model::GradeEntry grade = sample_grade();
  grade.lesson_id.reset();
  expect_refused(grade, "grade.lesson_id is missing; it is required for a current grade");
  grade.column = model::ColumnKind::thematic;
  grade.column_label = "Тема 2";
  EXPECT_NO_THROW(model::validated(grade));
  grade.lesson_id = model::LessonId::generate();
  expect_refused(grade, "grade.lesson_id is set; it is allowed for a current grade only");
  grade = sample_grade();
  grade.lesson_id = model::LessonId{};
  expect_refused(grade, "grade.lesson_id is the nil UUID");
}

TEST(ValidatedGrade, NeedsALabelForACustomColumn) {
  model::GradeEntry grade = sample_grade();
  grade.lesson_id.reset();
  grade.column = model::ColumnKind::custom;
  expect_refused(grade, "grade.column_label '' is empty");
  grade.column_label = "  Проєкт ";
  EXPECT_EQ(model::validated(grade).column_label, "Проєкт");
  grade.column = model::ColumnKind::semester;
  grade.column_label.clear();
  EXPECT_NO_THROW(model::validated(grade));
}

TEST(ValidatedGrade, RefusesBadFields) {
  model::GradeEntry grade = sample_grade();
  grade.column = static_cast<model::ColumnKind>(9);
  expect_refused(grade, "grade.column is 9, not one of the values 1 … 8");
  grade = sample_grade();
  grade.publication = static_cast<model::Publication>(3);
  expect_refused(grade, "grade.publication is 3, not one of the values 1 … 2");
  grade = sample_grade();
  grade.recorded_by = {};
  expect_refused(grade, "grade.recorded_by is the nil UUID");
  grade = sample_grade();
  grade.comment = std::string(4001, 'c');
  expect_refused(grade, "grade.comment");
  grade = sample_grade();
  grade.date = Date(boost::gregorian::neg_infin);
  expect_refused(grade, "grade.date is not a calendar day");
}

TEST(ValidatedAttendance, NeedsAShortCode) {
  model::AttendanceMark mark = sample_attendance();
  mark.code = " хв ";
  mark.document_ref = " Довідка № 5 ";
  const model::AttendanceMark result = model::validated(mark);
  EXPECT_EQ(result.code, "хв");
  EXPECT_EQ(result.document_ref, "Довідка № 5");
  mark.code = "";
  expect_refused(mark, "attendance.code '' is empty");
  mark.code = std::string(17, 'n');
  expect_refused(mark, "attendance.code 'nnnnnnnnnnnnnnnnn' is 17 characters long");
  mark = sample_attendance();
  mark.reason = static_cast<model::AbsenceReason>(6);
  expect_refused(mark, "attendance.reason is 6, not one of the values 1 … 5");
  mark = sample_attendance();
  mark.lesson_id = model::LessonId{};
  expect_refused(mark, "attendance.lesson_id is the nil UUID");
  mark = sample_attendance();
  mark.document_ref = std::string(201, 'd');
  expect_refused(mark, "is 201 bytes long, at most 200");
}

TEST(ValidatedComment, NeedsText) {
  model::Comment comment = sample_comment();
  comment.course_id = model::CourseId::generate();
  EXPECT_EQ(model::validated(comment).text, "Молодець!");
  comment.text = " \n ";
  expect_refused(comment, "comment.text ' \\x0A ' is empty");
  comment = sample_comment();
  comment.author_id = {};
  expect_refused(comment, "comment.author_id is the nil UUID");
  comment = sample_comment();
  comment.lesson_id = model::LessonId{};
  expect_refused(comment, "comment.lesson_id is the nil UUID");
}

}  // namespace
