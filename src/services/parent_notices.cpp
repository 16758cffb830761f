// Parents' notification choices, and the notices enqueued for them in the unit of the event.
#include "ejournal/services/parent_notices.hpp"

#include <string>

#include "ejournal/access/policy.hpp"
#include "ejournal/error.hpp"
#include "ejournal/model/validate.hpp"
#include "onboarding_detail.hpp"
#include "parent_notice_email.hpp"

namespace ejournal::services {

namespace {

void require_own(const access::Principal& principal, model::InstitutionId institution,
                 model::PersonId person) {
  access::require(principal, access::Operation::manage_own_account,
                  access::Target::account(institution, person));
}

model::Person require_person(storage::UnitOfWork& unit, model::InstitutionId institution,
                             model::PersonId person, const char* role) {
  auto found = unit.people().find(institution, person);
  if (!found) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                std::string("the institution has no ") + role + " " + person.str());
  }
  return *found;
}

model::NotificationPreferences stored_or_default(storage::UnitOfWork& unit,
                                                 model::InstitutionId institution,
                                                 model::PersonId person) {
  if (auto stored = unit.notification_preferences().find(institution, person)) return *stored;
  model::NotificationPreferences defaults;
  defaults.institution_id = institution;
  defaults.person_id = person;
  return defaults;
}

bool wants(const model::NotificationPreferences& preferences, ParentNoticeKind kind) {
  switch (kind) {
    case ParentNoticeKind::published_grade: return preferences.published_grades;
    case ParentNoticeKind::absence: return preferences.absences;
    case ParentNoticeKind::comment: return preferences.comments;
  }
  return false;
}

std::string choices_json(const model::NotificationPreferences& preferences) {
  const auto flag = [](bool on) { return on ? "on" : "off"; };
  return detail::JsonObject()
      .add("published_grades", flag(preferences.published_grades))
      .add("absences", flag(preferences.absences))
      .add("comments", flag(preferences.comments))
      .str();
}

}  // namespace

model::NotificationPreferences notification_preferences(storage::Store& store,
                                                        const access::Principal& principal,
                                                        model::InstitutionId institution,
                                                        model::PersonId person) {
  require_own(principal, institution, person);
  const auto unit = store.begin(storage::Access::read);
  require_person(*unit, institution, person, "person");
  return stored_or_default(*unit, institution, person);
}

std::int64_t set_notification_preferences(storage::Store& store, const access::Principal& principal,
                                          const model::NotificationPreferences& choices,
                                          const model::Clock& clock) {
  const auto checked = model::validated(choices);
  require_own(principal, checked.institution_id, checked.person_id);
  const auto now = clock.now();
  const auto unit = store.begin(storage::Access::write);
  require_person(*unit, checked.institution_id, checked.person_id, "person");
  const auto before = stored_or_default(*unit, checked.institution_id, checked.person_id);
  std::int64_t version = 1;
  if (checked.version == 0) {
    if (before.version != 0) {
      throw Error(Errc::conflict, ErrorDomain::argument,
                  "the notification choices of " + checked.person_id.str() +
                      " were stored meanwhile (version " + std::to_string(before.version) +
                      "); read them again");
    }
    unit->notification_preferences().insert(checked);
  } else {
    version = unit->notification_preferences().update(checked);
  }
  unit->audit().append(detail::audit_entry(checked.institution_id, checked.person_id, now,
                                           "notification_preferences", checked.person_id.str(),
                                           "update", choices_json(before), choices_json(checked)));
  unit->commit();
  return version;
}

std::size_t notify_parents(storage::UnitOfWork& unit, const ParentNotice& notice,
                           model::Instant now) {
  const std::string kind = detail::parent_notice_kind_name(notice.kind);
  if (notice.entity_id.empty() || notice.detail.empty()) {
    throw Error(Errc::invalid, ErrorDomain::argument,
                "a " + kind + " notice needs the record's id and what to tell");
  }
  const auto student = require_person(unit, notice.institution_id, notice.student_id, "student");
  const auto institution = unit.institutions().find(notice.institution_id);
  if (!institution) {
    throw Error(Errc::not_found, ErrorDomain::argument,
                "no institution " + notice.institution_id.str());
  }
  const auto email = detail::render_parent_notice(notice, institution->name, student);
  std::size_t enqueued = 0;
  for (const auto& link : unit.parent_links().parents_of(notice.institution_id, student.id)) {
    const auto parent = unit.people().find(notice.institution_id, link.parent_id);
    if (!parent || parent->email.empty()) continue;
    if (!wants(stored_or_default(unit, notice.institution_id, parent->id), notice.kind)) continue;
    model::Notification message;
    message.id = model::NotificationId::generate();
    message.institution_id = notice.institution_id;
    message.channel = "email";
    message.recipient = parent->email;
    message.subject = email.subject;
    message.body = email.body;
    message.idempotency_key = kind + ":" + notice.entity_id + ":" +
                              std::to_string(notice.revision) + ":" + parent->id.str();
    message.created_at = now;
    message.next_attempt_at = now;
    unit.notifications().enqueue(model::validated(message));
    ++enqueued;
  }
  return enqueued;
}

}  // namespace ejournal::services
