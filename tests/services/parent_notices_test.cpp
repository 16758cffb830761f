// Parents' notification choices and the notices enqueued for them (issue 7 point 7).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "accounts_fixture.hpp"
#include "ejournal/services/audit_trail.hpp"
#include "ejournal/services/parent_notices.hpp"

namespace ejournal::services::testing {
namespace {

using storage::testing::day;
using storage::testing::make_person;

class ParentNotices : public AccountsTest {
 protected:
  void SetUp() override {
    AccountsTest::SetUp();
    if (IsSkipped()) return;
    const auto institution = school_.institution.id;
    mother_ = make_person(institution, "Коваль", "Оксана", "Петрівна");
    father_ = make_person(institution, "Коваль", "Андрій", "Іванович");
    grandmother_ = make_person(institution, "Коваль", "Ганна", "Степанівна");
    grandmother_.email.clear();
    const auto unit = store_->begin(storage::Access::write);
    for (const auto* parent : {&mother_, &father_, &grandmother_}) {
      unit->people().insert(*parent);
      model::ParentLink link;
      link.id = model::ParentLinkId::generate();
      link.institution_id = institution;
      link.parent_id = parent->id;
      link.child_id = child().id;
      unit->parent_links().insert(link);
    }
    unit->commit();
  }

  [[nodiscard]] const model::Person& child() const { return school_.students[0]; }

  [[nodiscard]] access::Principal as(const model::Person& person) const {
    return access::Principal::person(person.id, person.institution_id,
                                     {grant_of(person, model::Role::parent)}, {child().id});
  }

  [[nodiscard]] model::NotificationPreferences choices_of(const model::Person& person) {
    return notification_preferences(*store_, as(person), person.institution_id, person.id);
  }

  [[nodiscard]] ParentNotice grade_notice() const {
    ParentNotice notice;
    notice.kind = ParentNoticeKind::published_grade;
    notice.institution_id = school_.institution.id;
    notice.student_id = child().id;
    notice.entity_id = "0b7e2c1a-0000-4000-8000-000000000001";
    notice.revision = 1;
    notice.subject = "Українська мова";
    notice.date = day(2024, 9, 2);
    notice.detail = "10";
    return notice;
  }

  // Runs notify_parents in its own unit and commits it; returns how many it enqueued.
  std::size_t notify(const ParentNotice& notice) {
    const auto unit = store_->begin(storage::Access::write);
    const auto enqueued = notify_parents(*unit, notice, clock_.now());
    unit->commit();
    return enqueued;
  }

  [[nodiscard]] std::vector<model::Notification> outbox() {
    const auto unit = store_->begin(storage::Access::read);
    return unit->notifications().list_due(clock_.now() + std::chrono::hours(24), 1000);
  }

  model::Person mother_;
  model::Person father_;
  model::Person grandmother_;
};

TEST_P(ParentNotices, EveryKindIsOnUntilThePersonChooses) {
  const auto choices = choices_of(mother_);
  EXPECT_EQ(choices.person_id, mother_.id);
  EXPECT_EQ(choices.institution_id, mother_.institution_id);
  EXPECT_TRUE(choices.published_grades);
  EXPECT_TRUE(choices.absences);
  EXPECT_TRUE(choices.comments);
  EXPECT_EQ(choices.version, 0);
}

TEST_P(ParentNotices, OnlyThePersonReadsAndSetsTheirChoices) {
  EXPECT_EQ(code_of([&] {
              (void)notification_preferences(*store_, as(father_), mother_.institution_id,
                                             mother_.id);
            }),
            Errc::permission);
  EXPECT_EQ(code_of([&] {
              (void)notification_preferences(*store_, admin_, mother_.institution_id, mother_.id);
            }),
            Errc::permission);
  auto choices = choices_of(mother_);
  choices.comments = false;
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { set_notification_preferences(*store_, as(father_), choices, clock_); }),
            Errc::permission);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(ParentNotices, APersonTheInstitutionDoesNotHaveIsNotFound) {
  auto stranger = make_person(school_.institution.id, "Сидоренко", "Марія", "Іванівна");
  EXPECT_EQ(code_of([&] { (void)choices_of(stranger); }), Errc::not_found);
  model::NotificationPreferences choices;
  choices.institution_id = stranger.institution_id;
  choices.person_id = stranger.id;
  EXPECT_EQ(code_of([&] { set_notification_preferences(*store_, as(stranger), choices, clock_); }),
            Errc::not_found);
}

TEST_P(ParentNotices, ChoicesAreStoredVersionedAndAudited) {
  auto choices = choices_of(mother_);
  choices.published_grades = false;
  EXPECT_EQ(set_notification_preferences(*store_, as(mother_), choices, clock_), 1);
  auto stored = choices_of(mother_);
  EXPECT_FALSE(stored.published_grades);
  EXPECT_TRUE(stored.absences);
  EXPECT_TRUE(stored.comments);
  EXPECT_EQ(stored.version, 1);

  // A second device that read the defaults before the first one saved must read again.
  const auto before = snapshot();
  EXPECT_EQ(code_of([&] { set_notification_preferences(*store_, as(mother_), choices, clock_); }),
            Errc::conflict);
  EXPECT_EQ(snapshot(), before);

  stored.absences = false;
  EXPECT_EQ(set_notification_preferences(*store_, as(mother_), stored, clock_), 2);
  EXPECT_EQ(code_of([&] { set_notification_preferences(*store_, as(mother_), stored, clock_); }),
            Errc::conflict);
  EXPECT_FALSE(choices_of(mother_).absences);

  const auto trail = audit_for_entity(*store_, admin_, mother_.institution_id,
                                      "notification_preferences", mother_.id.str());
  ASSERT_EQ(trail.size(), 2u);
  EXPECT_EQ(trail[0].actor_id, mother_.id);
  EXPECT_EQ(trail[0].before, R"({"published_grades":"on","absences":"on","comments":"on"})");
  EXPECT_EQ(trail[0].after, R"({"published_grades":"off","absences":"on","comments":"on"})");
  EXPECT_EQ(trail[1].after, R"({"published_grades":"off","absences":"off","comments":"on"})");
}

TEST_P(ParentNotices, EachParentWithAnAddressWhoWantsTheKindGetsOneEmail) {
  auto father_choices = choices_of(father_);
  father_choices.published_grades = false;
  set_notification_preferences(*store_, as(father_), father_choices, clock_);

  EXPECT_EQ(notify(grade_notice()), 1u);
  auto messages = outbox();
  ASSERT_EQ(messages.size(), 1u);
  const auto& message = messages[0];
  EXPECT_EQ(message.recipient, mother_.email);
  EXPECT_EQ(message.channel, "email");
  EXPECT_EQ(message.idempotency_key,
            "grade:0b7e2c1a-0000-4000-8000-000000000001:1:" + mother_.id.str());
  EXPECT_EQ(message.subject, "Нова оцінка: " + child().surname + " " + child().given_name);
  const std::string expected_body = school_.institution.name + "\nУчениця: " + child().surname +
                                    " " + child().given_name + " " + *child().patronymic +
                                    "\nПредмет: Українська мова\nДата: 2 вересня 2024 р.\n"
                                    "Оцінка: 10\n\nПро що вам повідомляти, можна обрати в "
                                    "налаштуваннях облікового запису.";
  EXPECT_EQ(message.body, expected_body);
  EXPECT_EQ(message.next_attempt_at, clock_.now());

  auto absence = grade_notice();
  absence.kind = ParentNoticeKind::absence;
  absence.subject.clear();
  absence.detail = "н";
  EXPECT_EQ(notify(absence), 2u);
  messages = outbox();
  ASSERT_EQ(messages.size(), 3u);
  std::vector<std::string> absence_recipients;
  for (const auto& each : messages) {
    if (each.idempotency_key.rfind("absence:", 0) == 0) {
      absence_recipients.push_back(each.recipient);
      EXPECT_EQ(each.subject, "Пропуск: " + child().surname + " " + child().given_name);
      EXPECT_EQ(each.body.find("Предмет"), std::string::npos);
      EXPECT_NE(each.body.find("\nВідмітка: н\n"), std::string::npos);
    }
  }
  std::sort(absence_recipients.begin(), absence_recipients.end());
  std::vector<std::string> expected{mother_.email, father_.email};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(absence_recipients, expected);
}

TEST_P(ParentNotices, TheSameRevisionIsToldOnceAndACorrectionAgain) {
  EXPECT_EQ(notify(grade_notice()), 2u);
  EXPECT_EQ(code_of([&] { (void)notify(grade_notice()); }), Errc::exists);
  EXPECT_EQ(outbox().size(), 2u);
  auto corrected = grade_notice();
  corrected.revision = 2;
  corrected.detail = "11";
  EXPECT_EQ(notify(corrected), 2u);
  EXPECT_EQ(outbox().size(), 4u);
}

TEST_P(ParentNotices, BadNoticesEnqueueNothing) {
  auto stranger = grade_notice();
  stranger.student_id = model::PersonId::generate();
  EXPECT_EQ(code_of([&] { (void)notify(stranger); }), Errc::not_found);
  auto other_school = grade_notice();
  other_school.institution_id = model::InstitutionId::generate();
  EXPECT_EQ(code_of([&] { (void)notify(other_school); }), Errc::not_found);
  auto empty = grade_notice();
  empty.detail.clear();
  EXPECT_EQ(code_of([&] { (void)notify(empty); }), Errc::invalid);
  auto no_id = grade_notice();
  no_id.entity_id.clear();
  EXPECT_EQ(code_of([&] { (void)notify(no_id); }), Errc::invalid);
  auto unknown_kind = grade_notice();
  unknown_kind.kind = static_cast<ParentNoticeKind>(9);
  EXPECT_EQ(code_of([&] { (void)notify(unknown_kind); }), Errc::invalid);
  auto control = grade_notice();
  control.subject = "Мова\x1b[2J";
  EXPECT_EQ(code_of([&] { (void)notify(control); }), Errc::invalid);
  EXPECT_TRUE(outbox().empty());
}

EJ_INSTANTIATE_STORE_TEST(ParentNotices);

}  // namespace
}  // namespace ejournal::services::testing
