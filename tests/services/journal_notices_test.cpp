// What the journal tells parents through the outbox: a grade once they can see it (published at
// once, or a draft published), a correction of it, a teacher's comment — and nothing for drafts.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "ejournal/services/parent_notices.hpp"
#include "journal_fixture.hpp"

namespace ejournal::services::journal_testing {
namespace {

class JournalNotices : public JournalTest {
 protected:
  // The outbox's messages to the first student's parent.
  [[nodiscard]] std::vector<model::Notification> parent_mail() {
    const auto unit = store_->begin(storage::Access::read);
    std::vector<model::Notification> mail;
    for (auto& message :
         unit->notifications().list_due(clock_.now() + std::chrono::hours(24 * 400), 1000)) {
      if (message.recipient == parent_person_.email) mail.push_back(std::move(message));
    }
    return mail;
  }

  [[nodiscard]] static bool has(const model::Notification& message, const std::string& text) {
    return message.body.find(text) != std::string::npos;
  }
};

TEST_P(JournalNotices, APublishedGradeIsToldAtOnceADraftWhenPublished) {
  const auto lesson = lesson_on(september(9));
  const auto written = grade(current_grade(lesson, 0, "10"));
  auto mail = parent_mail();
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].subject.rfind("Нова оцінка: ", 0), 0u);
  EXPECT_TRUE(has(mail[0], "\nОцінка: 10\n"));
  EXPECT_TRUE(has(mail[0], "\nПредмет: " + school_.subject.name + "\n"));
  EXPECT_TRUE(has(mail[0], "\nДата: 9 вересня 2024 р.\n"));
  EXPECT_EQ(mail[0].idempotency_key,
            "grade:" + written.grade.id.str() + ":1:" + parent_person_.id.str());

  auto draft = current_grade(lesson_on(september(10)), 0, "9");
  draft.publication = model::Publication::draft;
  const auto pencil = grade(draft);
  EXPECT_EQ(parent_mail().size(), 1u);
  (void)publish_grade(*store_, clock_, teacher_, school_id(), pencil.grade.id,
                      pencil.grade.version);
  mail = parent_mail();
  ASSERT_EQ(mail.size(), 2u);
  EXPECT_EQ(std::count_if(mail.begin(), mail.end(),
                          [](const auto& message) { return has(message, "\nОцінка: 9\n"); }),
            1);
}

TEST_P(JournalNotices, OtherStudentsGradesAreNotToldToThisParent) {
  const auto lesson = lesson_on(september(9));
  (void)grade(current_grade(lesson, 1, "7"));
  EXPECT_TRUE(parent_mail().empty());
}

TEST_P(JournalNotices, ACorrectionIsToldAgainWithItsRevision) {
  const auto lesson = lesson_on(september(9));
  const auto written = grade(current_grade(lesson, 0, "7"));
  GradeEdit edit;
  edit.grade_id = written.grade.id;
  edit.version = written.grade.version;
  edit.value = "8";
  edit.reason = "помилка під час введення";
  const auto corrected = edit_grade(*store_, clock_, teacher_, school_id(), edit);
  const auto mail = parent_mail();
  ASSERT_EQ(mail.size(), 2u);
  const std::string key = "grade:" + written.grade.id.str() + ":" +
                          std::to_string(corrected.grade.version) + ":" + parent_person_.id.str();
  EXPECT_EQ(std::count_if(mail.begin(), mail.end(),
                          [&](const auto& message) {
                            return message.idempotency_key == key && has(message, "\nОцінка: 8\n");
                          }),
            1);
}

TEST_P(JournalNotices, AnUndatedGradeNamesItsColumn) {
  (void)grade(undated_grade(model::ColumnKind::thematic, "Тема 1", 0, "11"));
  const auto mail = parent_mail();
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_TRUE(has(mail[0], "\nОцінка: Тема 1: 11\n"));
}

TEST_P(JournalNotices, ACommentIsTold) {
  CommentForm form;
  form.student_id = school_.students[0].id;
  form.course_id = school_.course.id;
  form.text = "Молодець, гарна робота на уроці!";
  const auto comment = write_comment(*store_, clock_, teacher_, school_id(), form);
  const auto mail = parent_mail();
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].subject.rfind("Новий коментар: ", 0), 0u);
  EXPECT_TRUE(has(mail[0], "\nКоментар: Молодець, гарна робота на уроці!\n"));
  EXPECT_EQ(mail[0].idempotency_key,
            "comment:" + comment.id.str() + ":1:" + parent_person_.id.str());
}

TEST_P(JournalNotices, AParentWhoTurnedGradesOffGetsNone) {
  model::NotificationPreferences choices;
  choices.institution_id = school_id();
  choices.person_id = parent_person_.id;
  choices.published_grades = false;
  (void)set_notification_preferences(*store_, parent_, choices, clock_);
  const auto lesson = lesson_on(september(9));
  (void)grade(current_grade(lesson, 0, "10"));
  EXPECT_TRUE(parent_mail().empty());
}

EJ_INSTANTIATE_STORE_TEST(JournalNotices);

}  // namespace
}  // namespace ejournal::services::journal_testing
