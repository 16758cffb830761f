// Comments to a student: by the course's teacher or the class teacher, with checked text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ejournal/services/journal.hpp"
#include "journal_fixture.hpp"

namespace ejournal::services::journal_testing {
namespace {

using CommentsTest = JournalTest;

CommentForm comment_to(const model::Person& student, std::optional<model::CourseId> course,
                       std::string text) {
  CommentForm form;
  form.student_id = student.id;
  form.course_id = course;
  form.text = std::move(text);
  return form;
}

TEST_P(CommentsTest, TheCoursesTeacherCommentsOnALesson) {
  const auto lesson = lesson_on(september(9));
  auto form = comment_to(school_.students[0], school_.course.id, " Забув зошит. ");
  form.lesson_id = lesson.id;
  const auto comment = write_comment(*store_, clock_, teacher_, school_id(), form);
  EXPECT_EQ(comment.text, "Забув зошит.");
  EXPECT_EQ(comment.author_id, school_.teacher.id);
  EXPECT_EQ(comment.lesson_id, lesson.id);
  const auto unit = store_->begin(storage::Access::read);
  const auto stored = unit->comments().list_for_student(school_id(), school_.students[0].id, {});
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].id, comment.id);
  EXPECT_EQ(stored[0].course_id, school_.course.id);
  const auto audit = unit->audit().list_for_entity(school_id(), "comment", comment.id.str());
  ASSERT_EQ(audit.size(), 1U);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_NE(audit[0].after.find("Забув зошит."), std::string::npos);
}

TEST_P(CommentsTest, TheClassTeacherCommentsWithoutACourse) {
  const auto comment = write_comment(*store_, clock_, class_teacher_, school_id(),
                                     comment_to(school_.students[1], {}, "Молодець!"));
  EXPECT_EQ(comment.author_id, class_teacher_person_.id);
  EXPECT_FALSE(comment.course_id);
}

TEST_P(CommentsTest, RefusesThoseWhoMayNotComment) {
  const auto before = snapshot();
  const auto in_course = comment_to(school_.students[0], school_.course.id, "Текст");
  const auto no_course = comment_to(school_.students[0], {}, "Текст");
  EXPECT_EQ(code_of([&] { write_comment(*store_, clock_, teacher_, school_id(), no_course); }),
            Errc::permission);
  for (const auto* principal : {&other_teacher_, &parent_, &admin_, &foreign_teacher_}) {
    EXPECT_EQ(code_of([&] { write_comment(*store_, clock_, *principal, school_id(), in_course); }),
              Errc::permission);
  }
  // A departed student is in no class today: their class teacher comments no more.
  EXPECT_EQ(code_of([&] {
              write_comment(*store_, clock_, class_teacher_, school_id(),
                            comment_to(school_.students[2], {}, "Текст"));
            }),
            Errc::permission);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(CommentsTest, TheStudentMustBelongToTheCourse) {
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              write_comment(*store_, clock_, teacher_, school_id(),
                            comment_to(school_.students[2], school_.course.id, "Текст"));
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              write_comment(*store_, clock_, teacher_, school_id(),
                            comment_to(school_.students[1], subgroup_course_.id, "Текст"));
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              write_comment(*store_, clock_, teacher_, school_id(),
                            comment_to(other_.students[0], school_.course.id, "Текст"));
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              write_comment(*store_, clock_, teacher_, school_id(),
                            comment_to(school_.students[0], other_.course.id, "Текст"));
            }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(CommentsTest, RefusesBadTextAndMisplacedLessons) {
  auto subgroup_form = lesson_form(september(9));
  subgroup_form.course_id = subgroup_course_.id;
  const auto other_lesson = record_lesson(*store_, clock_, teacher_, school_id(), subgroup_form);
  const auto before = snapshot();
  for (const auto& text : std::vector<std::string>{"", "  \n ", "\xC3\x28",
                                                   std::string(model::kMaxTextBytes + 1, 'a')}) {
    EXPECT_EQ(code_of([&] {
                write_comment(*store_, clock_, teacher_, school_id(),
                              comment_to(school_.students[0], school_.course.id, text));
              }),
              Errc::invalid);
  }
  auto wrong_lesson = comment_to(school_.students[0], school_.course.id, "Текст");
  wrong_lesson.lesson_id = other_lesson.id;
  EXPECT_EQ(code_of([&] { write_comment(*store_, clock_, teacher_, school_id(), wrong_lesson); }),
            Errc::invalid);
  auto lesson_without_course = comment_to(school_.students[0], {}, "Текст");
  lesson_without_course.lesson_id = other_lesson.id;
  EXPECT_EQ(code_of([&] {
              write_comment(*store_, clock_, class_teacher_, school_id(), lesson_without_course);
            }),
            Errc::invalid);
  auto unknown_lesson = comment_to(school_.students[0], school_.course.id, "Текст");
  unknown_lesson.lesson_id = model::LessonId::generate();
  EXPECT_EQ(code_of([&] { write_comment(*store_, clock_, teacher_, school_id(), unknown_lesson); }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
}

EJ_INSTANTIATE_STORE_TEST(CommentsTest);

}  // namespace
}  // namespace ejournal::services::journal_testing
