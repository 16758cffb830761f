#include "same.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace ejournal::storage::testing {

namespace {

// Instants compare as microsecond counts, which GoogleTest prints readably.
std::int64_t micros(model::Instant at) {
  return at.time_since_epoch().count();
}

std::optional<std::int64_t> micros(const std::optional<model::Instant>& at) {
  if (!at) return std::nullopt;
  return micros(*at);
}

void expect_same_calendar(const calendar::SchoolYear& actual,
                          const calendar::SchoolYear& expected) {
  EXPECT_EQ(actual.name, expected.name);
  EXPECT_EQ(actual.first, expected.first);
  EXPECT_EQ(actual.last, expected.last);
  ASSERT_EQ(actual.terms.size(), expected.terms.size());
  for (std::size_t i = 0; i < actual.terms.size(); ++i) {
    EXPECT_EQ(actual.terms[i].name, expected.terms[i].name);
    EXPECT_EQ(actual.terms[i].first, expected.terms[i].first);
    EXPECT_EQ(actual.terms[i].last, expected.terms[i].last);
  }
  ASSERT_EQ(actual.holidays.size(), expected.holidays.size());
  for (std::size_t i = 0; i < actual.holidays.size(); ++i) {
    EXPECT_EQ(actual.holidays[i].name, expected.holidays[i].name);
    EXPECT_EQ(actual.holidays[i].first, expected.holidays[i].first);
    EXPECT_EQ(actual.holidays[i].last, expected.holidays[i].last);
  }
  EXPECT_EQ(actual.week, expected.week);
  ASSERT_EQ(actual.make_up_days.size(), expected.make_up_days.size());
  for (std::size_t i = 0; i < actual.make_up_days.size(); ++i) {
    EXPECT_EQ(actual.make_up_days[i].date, expected.make_up_days[i].date);
    EXPECT_EQ(actual.make_up_days[i].follows, expected.make_up_days[i].follows);
  }
  EXPECT_EQ(actual.days_off, expected.days_off);
  EXPECT_EQ(actual.bells, expected.bells);
}

}  // namespace

void expect_same(const model::Institution& actual, const model::Institution& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.kind, expected.kind);
  EXPECT_EQ(actual.name, expected.name);
  EXPECT_EQ(actual.diso_id, expected.diso_id);
  EXPECT_EQ(actual.edrpou, expected.edrpou);
  EXPECT_EQ(actual.oblast, expected.oblast);
  EXPECT_EQ(actual.hromada_katottg, expected.hromada_katottg);
  EXPECT_EQ(actual.status, expected.status);
  EXPECT_EQ(micros(actual.created_at), micros(expected.created_at));
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::ConnectionRequest& actual, const model::ConnectionRequest& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.kind, expected.kind);
  EXPECT_EQ(actual.hromada_katottg, expected.hromada_katottg);
  EXPECT_EQ(actual.institution_name, expected.institution_name);
  EXPECT_EQ(actual.diso_id, expected.diso_id);
  EXPECT_EQ(actual.edrpou, expected.edrpou);
  EXPECT_EQ(actual.admin_surname, expected.admin_surname);
  EXPECT_EQ(actual.admin_given_name, expected.admin_given_name);
  EXPECT_EQ(actual.admin_patronymic, expected.admin_patronymic);
  EXPECT_EQ(actual.admin_email, expected.admin_email);
  EXPECT_EQ(actual.admin_phone, expected.admin_phone);
  EXPECT_EQ(actual.status, expected.status);
  EXPECT_EQ(actual.decision_reason, expected.decision_reason);
  EXPECT_EQ(micros(actual.submitted_at), micros(expected.submitted_at));
  EXPECT_EQ(micros(actual.decided_at), micros(expected.decided_at));
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::Person& actual, const model::Person& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.surname, expected.surname);
  EXPECT_EQ(actual.given_name, expected.given_name);
  EXPECT_EQ(actual.patronymic, expected.patronymic);
  EXPECT_EQ(actual.gender, expected.gender);
  EXPECT_EQ(actual.email, expected.email);
  EXPECT_EQ(actual.phone, expected.phone);
  EXPECT_EQ(actual.external_ids, expected.external_ids);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::RoleGrant& actual, const model::RoleGrant& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.person_id, expected.person_id);
  EXPECT_EQ(actual.role, expected.role);
  EXPECT_EQ(actual.class_id, expected.class_id);
}

void expect_same(const model::ParentLink& actual, const model::ParentLink& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.parent_id, expected.parent_id);
  EXPECT_EQ(actual.child_id, expected.child_id);
  EXPECT_EQ(actual.relation, expected.relation);
}

void expect_same(const model::AcademicYear& actual, const model::AcademicYear& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  expect_same_calendar(actual.calendar, expected.calendar);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::SchoolClass& actual, const model::SchoolClass& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.academic_year_id, expected.academic_year_id);
  EXPECT_EQ(actual.name, expected.name);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::Subject& actual, const model::Subject& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.name, expected.name);
  EXPECT_EQ(actual.short_name, expected.short_name);
}

void expect_same(const model::Subgroup& actual, const model::Subgroup& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.class_id, expected.class_id);
  EXPECT_EQ(actual.name, expected.name);
}

void expect_same(const model::Course& actual, const model::Course& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.academic_year_id, expected.academic_year_id);
  EXPECT_EQ(actual.subject_id, expected.subject_id);
  EXPECT_EQ(actual.class_id, expected.class_id);
  EXPECT_EQ(actual.subgroup_id, expected.subgroup_id);
  EXPECT_EQ(actual.teacher_id, expected.teacher_id);
  EXPECT_EQ(actual.scale, expected.scale);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::Enrolment& actual, const model::Enrolment& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.class_id, expected.class_id);
  EXPECT_EQ(actual.student_id, expected.student_id);
  EXPECT_EQ(actual.arrived, expected.arrived);
  EXPECT_EQ(actual.departed, expected.departed);
  EXPECT_EQ(actual.departure_note, expected.departure_note);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::Lesson& actual, const model::Lesson& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.course_id, expected.course_id);
  EXPECT_EQ(actual.date, expected.date);
  EXPECT_EQ(actual.number, expected.number);
  EXPECT_EQ(actual.topic, expected.topic);
  EXPECT_EQ(actual.homework, expected.homework);
  EXPECT_EQ(actual.homework_due, expected.homework_due);
  EXPECT_EQ(actual.type, expected.type);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::GradeEntry& actual, const model::GradeEntry& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.course_id, expected.course_id);
  EXPECT_EQ(actual.student_id, expected.student_id);
  EXPECT_EQ(actual.column, expected.column);
  EXPECT_EQ(actual.lesson_id, expected.lesson_id);
  EXPECT_EQ(actual.date, expected.date);
  EXPECT_EQ(actual.column_label, expected.column_label);
  EXPECT_EQ(actual.value, expected.value);
  EXPECT_EQ(actual.mark, expected.mark);
  EXPECT_EQ(actual.publication, expected.publication);
  EXPECT_EQ(actual.comment, expected.comment);
  EXPECT_EQ(actual.recorded_by, expected.recorded_by);
  EXPECT_EQ(micros(actual.recorded_at), micros(expected.recorded_at));
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::AttendanceMark& actual, const model::AttendanceMark& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.student_id, expected.student_id);
  EXPECT_EQ(actual.date, expected.date);
  EXPECT_EQ(actual.lesson_id, expected.lesson_id);
  EXPECT_EQ(actual.code, expected.code);
  EXPECT_EQ(actual.reason, expected.reason);
  EXPECT_EQ(actual.document_ref, expected.document_ref);
  EXPECT_EQ(actual.recorded_by, expected.recorded_by);
  EXPECT_EQ(micros(actual.recorded_at), micros(expected.recorded_at));
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::Comment& actual, const model::Comment& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.student_id, expected.student_id);
  EXPECT_EQ(actual.author_id, expected.author_id);
  EXPECT_EQ(actual.course_id, expected.course_id);
  EXPECT_EQ(actual.lesson_id, expected.lesson_id);
  EXPECT_EQ(actual.text, expected.text);
  EXPECT_EQ(micros(actual.created_at), micros(expected.created_at));
}

void expect_same(const model::Invitation& actual, const model::Invitation& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.person_id, expected.person_id);
  EXPECT_EQ(actual.role, expected.role);
  EXPECT_EQ(actual.class_id, expected.class_id);
  EXPECT_EQ(actual.child_id, expected.child_id);
  EXPECT_EQ(actual.email, expected.email);
  EXPECT_EQ(actual.token_hash, expected.token_hash);
  EXPECT_EQ(micros(actual.created_at), micros(expected.created_at));
  EXPECT_EQ(micros(actual.expires_at), micros(expected.expires_at));
  EXPECT_EQ(actual.status, expected.status);
  EXPECT_EQ(micros(actual.accepted_at), micros(expected.accepted_at));
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::AuditEntry& actual, const model::AuditEntry& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.actor_id, expected.actor_id);
  EXPECT_EQ(micros(actual.at), micros(expected.at));
  EXPECT_EQ(actual.entity_type, expected.entity_type);
  EXPECT_EQ(actual.entity_id, expected.entity_id);
  EXPECT_EQ(actual.action, expected.action);
  EXPECT_EQ(actual.before, expected.before);
  EXPECT_EQ(actual.after, expected.after);
  EXPECT_EQ(actual.reason, expected.reason);
}

void expect_same(const model::Notification& actual, const model::Notification& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.channel, expected.channel);
  EXPECT_EQ(actual.recipient, expected.recipient);
  EXPECT_EQ(actual.subject, expected.subject);
  EXPECT_EQ(actual.body, expected.body);
  EXPECT_EQ(actual.idempotency_key, expected.idempotency_key);
  EXPECT_EQ(actual.status, expected.status);
  EXPECT_EQ(actual.attempts, expected.attempts);
  EXPECT_EQ(micros(actual.created_at), micros(expected.created_at));
  EXPECT_EQ(micros(actual.next_attempt_at), micros(expected.next_attempt_at));
  EXPECT_EQ(micros(actual.delivered_at), micros(expected.delivered_at));
  EXPECT_EQ(actual.last_error, expected.last_error);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::NotificationPreferences& actual,
                 const model::NotificationPreferences& expected) {
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.person_id, expected.person_id);
  EXPECT_EQ(actual.published_grades, expected.published_grades);
  EXPECT_EQ(actual.absences, expected.absences);
  EXPECT_EQ(actual.comments, expected.comments);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::Account& actual, const model::Account& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.person_id, expected.person_id);
  EXPECT_EQ(actual.login, expected.login);
  EXPECT_EQ(actual.password_hash, expected.password_hash);
  EXPECT_EQ(actual.external_identity.has_value(), expected.external_identity.has_value());
  if (actual.external_identity && expected.external_identity) {
    EXPECT_EQ(actual.external_identity->issuer, expected.external_identity->issuer);
    EXPECT_EQ(actual.external_identity->subject, expected.external_identity->subject);
  }
  EXPECT_EQ(actual.failed_sign_ins, expected.failed_sign_ins);
  EXPECT_EQ(micros(actual.locked_until), micros(expected.locked_until));
  EXPECT_EQ(micros(actual.last_failed_at), micros(expected.last_failed_at));
  EXPECT_EQ(micros(actual.created_at), micros(expected.created_at));
  EXPECT_EQ(micros(actual.password_changed_at), micros(expected.password_changed_at));
  EXPECT_EQ(actual.status, expected.status);
  EXPECT_EQ(actual.version, expected.version);
}

void expect_same(const model::SignInSession& actual, const model::SignInSession& expected) {
  EXPECT_EQ(actual.id, expected.id);
  EXPECT_EQ(actual.institution_id, expected.institution_id);
  EXPECT_EQ(actual.account_id, expected.account_id);
  EXPECT_EQ(actual.token_hash, expected.token_hash);
  EXPECT_EQ(micros(actual.created_at), micros(expected.created_at));
  EXPECT_EQ(micros(actual.last_seen_at), micros(expected.last_seen_at));
  EXPECT_EQ(micros(actual.expires_at), micros(expected.expires_at));
  EXPECT_EQ(micros(actual.revoked_at), micros(expected.revoked_at));
  EXPECT_EQ(actual.version, expected.version);
}

}  // namespace ejournal::storage::testing
