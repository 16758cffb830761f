// Lessons: recording and editing a course's dated columns, and who may.
#include <gtest/gtest.h>

#include "ejournal/services/journal.hpp"
#include "journal_fixture.hpp"

namespace ejournal::services::journal_testing {
namespace {

using LessonsTest = JournalTest;

TEST_P(LessonsTest, RecordsALessonOnASchoolDayAndAuditsIt) {
  const auto lesson = lesson_on(september(9), 2);
  EXPECT_EQ(lesson.version, 1);
  EXPECT_EQ(lesson.course_id, school_.course.id);
  const auto stored = stored_lessons();
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].id, lesson.id);
  EXPECT_EQ(stored[0].date, september(9));
  EXPECT_EQ(stored[0].number, 2);
  EXPECT_EQ(stored[0].topic, "Іменник як частина мови");
  EXPECT_EQ(stored[0].homework, "Вправа 12");
  EXPECT_EQ(stored[0].homework_due, september(11));
  const auto audit = audit_of("lesson", lesson.id.str());
  ASSERT_EQ(audit.size(), 1U);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_EQ(audit[0].actor_id, school_.teacher.id);
  EXPECT_NE(audit[0].after.find("\"topic\":\"Іменник як частина мови\""), std::string::npos);
}

TEST_P(LessonsTest, PlansALessonAhead) {
  const auto lesson = lesson_on(september(16));
  EXPECT_EQ(stored_lessons().at(0).id, lesson.id);
}

TEST_P(LessonsTest, RefusesBadFieldsChangingNothing) {
  const auto before = snapshot();
  auto saturday = lesson_form(september(7));
  auto next_year = lesson_form(model::Date(2025, 9, 2));
  auto no_bell = lesson_form(september(9), 8);
  auto due_same_day = lesson_form(september(9));
  due_same_day.homework_due = september(9);
  auto bad_topic = lesson_form(september(9));
  bad_topic.topic = "\xC3\x28";
  auto long_homework = lesson_form(september(9));
  long_homework.homework = std::string(model::kMaxTextBytes + 1, 'a');
  auto bad_type = lesson_form(september(9));
  bad_type.type = static_cast<model::LessonType>(99);
  for (const auto* form :
       {&saturday, &next_year, &no_bell, &due_same_day, &bad_topic, &long_homework, &bad_type}) {
    EXPECT_EQ(code_of([&] { record_lesson(*store_, clock_, teacher_, school_id(), *form); }),
              Errc::invalid)
        << boost::gregorian::to_iso_extended_string(form->date) << ' ' << form->number;
  }
  EXPECT_NE(message_of([&] {
              record_lesson(*store_, clock_, teacher_, school_id(), saturday);
            }).find("2024-09-07 is not a school day"),
            std::string::npos);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, RefusesASecondLessonAtTheSameNumber) {
  lesson_on(september(9), 3);
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { lesson_on(september(9), 3); }), Errc::exists);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, OnlyTheCoursesTeacherRecordsLessons) {
  const auto before = snapshot();
  const auto form = lesson_form(september(9));
  for (const auto* principal : {&other_teacher_, &class_teacher_, &parent_}) {
    EXPECT_EQ(code_of([&] { record_lesson(*store_, clock_, *principal, school_id(), form); }),
              Errc::permission);
  }
  EXPECT_EQ(code_of([&] { record_lesson(*store_, clock_, foreign_teacher_, school_id(), form); }),
            Errc::permission);
  // The administrator keeps no journal: without a reason it is no correction either.
  EXPECT_EQ(code_of([&] { record_lesson(*store_, clock_, admin_, school_id(), form); }),
            Errc::invalid);
  // The other school's course is not found from this school.
  auto foreign = form;
  foreign.course_id = other_.course.id;
  EXPECT_EQ(code_of([&] { record_lesson(*store_, clock_, teacher_, school_id(), foreign); }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, EditsALessonAndAuditsBeforeAndAfter) {
  const auto lesson = lesson_on(september(9));
  auto form = lesson_form(september(10), 4);
  form.topic = "Рід іменників";
  form.type = model::LessonType::test;
  const auto edited =
      edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version, form);
  EXPECT_EQ(edited.version, 2);
  EXPECT_EQ(edited.date, september(10));
  EXPECT_EQ(edited.number, 4);
  EXPECT_EQ(edited.type, model::LessonType::test);
  const auto stored = stored_lessons();
  ASSERT_EQ(stored.size(), 1U);
  EXPECT_EQ(stored[0].topic, "Рід іменників");
  const auto audit = audit_of("lesson", lesson.id.str());
  ASSERT_EQ(audit.size(), 2U);
  EXPECT_EQ(audit[1].action, "update");
  EXPECT_NE(audit[1].before.find("Іменник як частина мови"), std::string::npos);
  EXPECT_NE(audit[1].after.find("Рід іменників"), std::string::npos);
}

TEST_P(LessonsTest, AStaleEditIsAConflict) {
  const auto lesson = lesson_on(september(9));
  auto form = lesson_form(september(9));
  form.topic = "Перша зміна";
  edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version, form);
  const auto before = snapshot();
  form.topic = "Друга зміна з застарілої версії";
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version, form);
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, ALessonWithGradesKeepsItsDate) {
  const auto lesson = lesson_on(september(9));
  grade(current_grade(lesson, 0, "10"));
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version,
                          lesson_form(september(10)));
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
  auto same_day = lesson_form(september(9));
  same_day.topic = "Нова тема";
  EXPECT_EQ(edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version, same_day)
                .topic,
            "Нова тема");
}

TEST_P(LessonsTest, EditRefusesAnotherCourseAndAnUnknownLesson) {
  const auto lesson = lesson_on(september(9));
  const auto before = snapshot();
  auto moved = lesson_form(september(9));
  moved.course_id = subgroup_course_.id;
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version, moved);
            }),
            Errc::invalid);
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, teacher_, school_id(), model::LessonId::generate(), 1,
                          lesson_form(september(9)));
            }),
            Errc::not_found);
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, foreign_teacher_, other_.institution.id, lesson.id,
                          lesson.version, lesson_form(september(9)));
            }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, PastTheWindowOnlyTheAdministratorCorrectsWithAReason) {
  clock_.set_today(september(3));
  const auto lesson = lesson_on(september(2));
  clock_.set_today(september(11));
  auto form = lesson_form(september(2));
  form.topic = "Виправлена тема";
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version, form);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              edit_lesson(*store_, clock_, admin_, school_id(), lesson.id, lesson.version, form);
            }),
            Errc::invalid);
  EXPECT_EQ(snapshot(), before);
  form.reason = "  Помилка в темі, службова записка №5 ";
  const auto edited =
      edit_lesson(*store_, clock_, admin_, school_id(), lesson.id, lesson.version, form);
  EXPECT_EQ(edited.topic, "Виправлена тема");
  const auto audit = audit_of("lesson", lesson.id.str());
  ASSERT_EQ(audit.size(), 2U);
  EXPECT_EQ(audit[1].action, "correct");
  EXPECT_EQ(audit[1].actor_id, admin_person_.id);
  EXPECT_EQ(audit[1].reason, "Помилка в темі, службова записка №5");
}

TEST_P(LessonsTest, TheWindowIsConfigurable) {
  JournalOptions strict;
  strict.editing_window_days = 0;
  EXPECT_EQ(code_of([&] {
              record_lesson(*store_, clock_, teacher_, school_id(), lesson_form(september(9)),
                            strict);
            }),
            Errc::permission);
  EXPECT_NO_THROW(
      record_lesson(*store_, clock_, teacher_, school_id(), lesson_form(september(10)), strict));
  // Exactly `editing_window_days` old is still inside the default window of 7.
  EXPECT_NO_THROW(lesson_on(september(3)));
  EXPECT_EQ(code_of([&] { lesson_on(september(2)); }), Errc::permission);
  const auto before = snapshot();
  for (const int days : {-1, kMaxEditingWindowDays + 1}) {
    JournalOptions bad;
    bad.editing_window_days = days;
    EXPECT_EQ(code_of([&] {
                record_lesson(*store_, clock_, teacher_, school_id(), lesson_form(september(9)),
                              bad);
              }),
              Errc::invalid);
  }
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, RemovesALessonWithoutEntries) {
  const auto lesson = lesson_on(september(9));
  const auto kept = lesson_on(september(9), 2);
  grade(current_grade(kept, 0, "10"));
  auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, teacher_, school_id(), kept.id, kept.version);
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version + 1);
            }),
            Errc::conflict);
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, other_teacher_, school_id(), lesson.id,
                            lesson.version);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, foreign_teacher_, other_.institution.id, lesson.id,
                            lesson.version);
            }),
            Errc::not_found);
  EXPECT_EQ(snapshot(), before);
  remove_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version);
  const auto left = stored_lessons();
  ASSERT_EQ(left.size(), 1U);
  EXPECT_EQ(left[0].id, kept.id);
  const auto audit = audit_of("lesson", lesson.id.str());
  ASSERT_EQ(audit.size(), 2U);
  EXPECT_EQ(audit[1].action, "remove");
  EXPECT_NE(audit[1].before.find("Іменник як частина мови"), std::string::npos);
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version);
            }),
            Errc::not_found);
}

TEST_P(LessonsTest, ALessonWithACommentStays) {
  const auto lesson = lesson_on(september(9));
  CommentForm form;
  form.student_id = school_.students[0].id;
  form.course_id = school_.course.id;
  form.lesson_id = lesson.id;
  form.text = "Забув зошит";
  write_comment(*store_, clock_, teacher_, school_id(), form);
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version);
            }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(LessonsTest, PastTheWindowOnlyTheAdministratorRemovesWithAReason) {
  clock_.set_today(september(3));
  const auto lesson = lesson_on(september(2));
  clock_.set_today(september(11));
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, teacher_, school_id(), lesson.id, lesson.version);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              remove_lesson(*store_, clock_, admin_, school_id(), lesson.id, lesson.version);
            }),
            Errc::invalid);
  remove_lesson(*store_, clock_, admin_, school_id(), lesson.id, lesson.version,
                "Урок записано помилково");
  EXPECT_TRUE(stored_lessons().empty());
  EXPECT_EQ(audit_of("lesson", lesson.id.str()).back().reason, "Урок записано помилково");
}

EJ_INSTANTIATE_STORE_TEST(LessonsTest);

}  // namespace
}  // namespace ejournal::services::journal_testing
