// Invitations, the audit trail and the notification outbox.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "backend.hpp"
#include "factories.hpp"
#include "same.hpp"
#include "units.hpp"

namespace ejournal::storage::testing {
namespace {

using Invitations = StoreTest;
using Audit = StoreTest;
using Notifications = StoreTest;

model::Invitation make_invitation(const School& school, std::int64_t second) {
  model::Invitation invitation;
  invitation.id = model::InvitationId::generate();
  invitation.institution_id = school.institution.id;
  invitation.person_id = school.teacher.id;
  invitation.role = model::Role::teacher;
  invitation.email = "вчитель@школа.укр";
  invitation.token_hash = invitation.id.str() + "0123456789abcdef";
  invitation.created_at = school_instant(second);
  invitation.expires_at = school_instant(second + 7 * 24 * 3600);
  return invitation;
}

TEST_P(Invitations, RoundTripTokenHashUpdateAndScope) {
  const auto school = make_school(0, 1, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  const auto bare = make_invitation(school, 0);
  auto full = make_invitation(school, 10);
  full.role = model::Role::parent;
  full.child_id = school.students[0].id;
  full.class_id = school.school_class.id;
  full.status = model::InvitationStatus::accepted;
  full.accepted_at = school_instant(20);
  write(store(), [&](UnitOfWork& unit) {
    unit.invitations().insert(bare);
    unit.invitations().insert(full);
  });
  for (auto expected : {bare, full}) {
    expected.version = 1;
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.invitations().find(school.institution.id, expected.id);
                      }),
                 expected);
    expect_found(read(store(),
                      [&](UnitOfWork& unit) {
                        return unit.invitations().find_by_token_hash(expected.token_hash);
                      }),
                 expected);
  }
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.invitations().find(other.institution.id, bare.id);
               }).has_value());
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.invitations().find_by_token_hash("no-such-hash");
               }).has_value());

  // The hash is unique across the store, not only within the institution.
  auto same_hash = make_invitation(other, 0);
  same_hash.token_hash = bare.token_hash;
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.invitations().insert(same_hash); });
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.invitations().insert(bare); });

  auto stored = bare;
  stored.version = 1;
  auto revoked = stored;
  revoked.status = model::InvitationStatus::revoked;
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.invitations().update(revoked), 2); });
  revoked.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.invitations().update(stored); });
  auto foreign = revoked;
  foreign.institution_id = other.institution.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.invitations().update(foreign); });
  expect_found(read(store(),
                    [&](UnitOfWork& unit) {
                      return unit.invitations().find(school.institution.id, bare.id);
                    }),
               revoked);
}

TEST_P(Invitations, ListForPersonOldestFirst) {
  const auto school = make_school(0, 1, 0);
  store_school(store(), school);
  const auto newest = make_invitation(school, 300);
  const auto oldest = make_invitation(school, 100);
  const auto middle = make_invitation(school, 200);
  auto someone_else = make_invitation(school, 150);
  someone_else.person_id = school.students[0].id;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& invitation : {newest, oldest, middle, someone_else}) {
      unit.invitations().insert(invitation);
    }
  });
  EXPECT_EQ(ids_of(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.invitations().list_for_person(school.institution.id,
                                                                    school.teacher.id);
                        })),
            (std::vector{oldest.id, middle.id, newest.id}));
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.invitations().list_for_person(make_institution(1).id,
                                                          school.teacher.id);
              }).empty());
}

model::AuditEntry make_entry(const School& school, std::string entity_id, std::string action) {
  model::AuditEntry entry;
  entry.id = model::AuditId::generate();
  entry.institution_id = school.institution.id;
  entry.actor_id = school.teacher.id;
  entry.at = school_instant(0);  // one instant for all: only the append order tells them apart
  entry.entity_type = "grade";
  entry.entity_id = std::move(entity_id);
  entry.action = std::move(action);
  entry.before = R"({"value":"9"})";
  entry.after = R"({"value":"21/2","коментар":"виправлено"})";
  entry.reason = "Помилка введення";
  return entry;
}

TEST_P(Audit, ListsInTheOrderAppended) {
  const auto school = make_school(0, 1, 0);
  store_school(store(), school);
  const auto other = make_school(1, 0, 0);
  store_school(store(), other);
  std::vector<model::AuditEntry> entries;
  for (int i = 0; i < 12; ++i) {
    entries.push_back(
        make_entry(school, i % 2 == 0 ? "grade-a" : "grade-b", "update " + std::to_string(i)));
  }
  entries[3].actor_id.reset();
  entries[3].before.clear();
  entries[5].actor_id = school.students[0].id;
  const auto foreign = make_entry(other, "grade-a", "create");
  write(store(), [&](UnitOfWork& unit) {
    for (std::size_t i = 0; i < 6; ++i) unit.audit().append(entries[i]);
    unit.audit().append(foreign);
  });
  write(store(), [&](UnitOfWork& unit) {
    for (std::size_t i = 6; i < entries.size(); ++i) unit.audit().append(entries[i]);
  });
  const auto pick = [&](auto keep) {
    std::vector<model::AuditEntry> kept;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(kept), keep);
    return kept;
  };
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.audit().list_for_entity(school.institution.id, "grade",
                                                              "grade-b");
                        }),
                   pick([](const auto& entry) { return entry.entity_id == "grade-b"; }));
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.audit().list_for_actor(school.institution.id,
                                                             school.teacher.id);
                        }),
                   pick([&](const auto& entry) { return entry.actor_id == school.teacher.id; }));
  EXPECT_TRUE(read(store(), [&](UnitOfWork& unit) {
                return unit.audit().list_for_entity(school.institution.id, "lesson", "grade-a");
              }).empty());
  expect_same_list(read(store(),
                        [&](UnitOfWork& unit) {
                          return unit.audit().list_for_entity(other.institution.id, "grade",
                                                              "grade-a");
                        }),
                   {foreign});
}

model::Notification make_notification(const model::Institution& institution, std::string key,
                                      std::int64_t due_second) {
  model::Notification notification;
  notification.id = model::NotificationId::generate();
  notification.institution_id = institution.id;
  notification.channel = "email";
  notification.recipient = "батько@example.com";
  notification.subject = "Нова оцінка";
  notification.body = "Ваша дитина отримала 21/2 з української мови.";
  notification.idempotency_key = std::move(key);
  notification.created_at = school_instant(0);
  notification.next_attempt_at = school_instant(due_second);
  return notification;
}

TEST_P(Notifications, RoundTripKeysUpdateAndScope) {
  const auto first = make_institution(0);
  const auto second = make_institution(1);
  write(store(), [&](UnitOfWork& unit) {
    unit.institutions().insert(first);
    unit.institutions().insert(second);
  });
  const auto pending = make_notification(first, "grade:1", 0);
  auto delivered = make_notification(first, "grade:2", 0);
  delivered.status = model::NotificationStatus::delivered;
  delivered.attempts = 2;
  delivered.delivered_at = school_instant(90);
  delivered.last_error = "421 спробуйте пізніше";
  const auto same_key_elsewhere = make_notification(second, "grade:1", 0);
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : {pending, delivered, same_key_elsewhere}) {
      unit.notifications().enqueue(made);
    }
  });
  for (auto expected : {pending, delivered}) {
    expected.version = 1;
    expect_found(
        read(store(),
             [&](UnitOfWork& unit) { return unit.notifications().find(first.id, expected.id); }),
        expected);
  }
  EXPECT_FALSE(read(store(), [&](UnitOfWork& unit) {
                 return unit.notifications().find(second.id, pending.id);
               }).has_value());
  expect_write_error(store(), Errc::exists, [&](UnitOfWork& unit) {
    unit.notifications().enqueue(make_notification(first, "grade:1", 0));
  });
  expect_write_error(store(), Errc::exists,
                     [&](UnitOfWork& unit) { unit.notifications().enqueue(pending); });

  auto stored = pending;
  stored.version = 1;
  auto failed = stored;
  failed.status = model::NotificationStatus::failed;
  failed.attempts = 5;
  failed.last_error = "mailbox unavailable";
  write(store(), [&](UnitOfWork& unit) { EXPECT_EQ(unit.notifications().update(failed), 2); });
  failed.version = 2;
  expect_write_error(store(), Errc::conflict,
                     [&](UnitOfWork& unit) { unit.notifications().update(stored); });
  auto foreign = failed;
  foreign.institution_id = second.id;
  expect_write_error(store(), Errc::not_found,
                     [&](UnitOfWork& unit) { unit.notifications().update(foreign); });
  expect_found(
      read(store(),
           [&](UnitOfWork& unit) { return unit.notifications().find(first.id, pending.id); }),
      failed);
}

TEST_P(Notifications, ListDueAcrossInstitutionsByTimeThenIdWithLimit) {
  const auto first = make_institution(0);
  const auto second = make_institution(1);
  write(store(), [&](UnitOfWork& unit) {
    unit.institutions().insert(first);
    unit.institutions().insert(second);
  });
  auto tie_a = make_notification(second, "tie-a", 60);
  auto tie_b = make_notification(first, "tie-b", 60);
  if (tie_b.id < tie_a.id) std::swap(tie_a, tie_b);
  const auto earliest = make_notification(second, "earliest", -60);
  const auto exactly_now = make_notification(first, "now", 120);
  const auto future = make_notification(first, "future", 121);
  auto delivered = make_notification(first, "delivered", 0);
  delivered.status = model::NotificationStatus::delivered;
  auto failed = make_notification(second, "failed", 0);
  failed.status = model::NotificationStatus::failed;
  write(store(), [&](UnitOfWork& unit) {
    for (const auto& made : {future, tie_b, exactly_now, delivered, tie_a, failed, earliest}) {
      unit.notifications().enqueue(made);
    }
  });
  const auto due = [&](std::size_t limit) {
    return ids_of(read(store(), [&](UnitOfWork& unit) {
      return unit.notifications().list_due(school_instant(120), limit);
    }));
  };
  EXPECT_EQ(due(10), (std::vector{earliest.id, tie_a.id, tie_b.id, exactly_now.id}));
  EXPECT_EQ(due(2), (std::vector{earliest.id, tie_a.id}));
  EXPECT_TRUE(due(0).empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, Invitations, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Audit, ::testing::ValuesIn(all_backends()), backend_name);
INSTANTIATE_TEST_SUITE_P(Backends, Notifications, ::testing::ValuesIn(all_backends()),
                         backend_name);

}  // namespace
}  // namespace ejournal::storage::testing
