#include "audit_fixture.hpp"

#include <chrono>

#include "ejournal/services/audit_trail.hpp"

namespace ejournal::services::testing {

std::string text_of(const model::AuditEntry& entry) {
  return entry.id.str() + '|' + entry.institution_id.str() + '|' +
         (entry.actor_id ? entry.actor_id->str() : "-") + '|' +
         std::to_string(entry.at.time_since_epoch().count()) + '|' + entry.entity_type + '|' +
         entry.entity_id + '|' + entry.action + '|' + entry.before + '|' + entry.after + '|' +
         entry.reason;
}

std::vector<std::string> texts_of(const std::vector<model::AuditEntry>& entries) {
  std::vector<std::string> texts;
  for (const auto& entry : entries) texts.push_back(text_of(entry));
  return texts;
}

void AuditTest::SetUp() {
  AccountsTest::SetUp();
  if (IsSkipped()) return;
  institute_.id = model::InstitutionId::generate();
  institute_.kind = model::InstitutionKind::other;
  institute_.name = "Інститут освітньої аналітики";
  institute_.created_at = monday_morning() - std::chrono::hours(24);
  operator_person_ = storage::testing::make_person(institute_.id, "Коваленко", "Ірина", "Петрівна");
  const auto institute_admin =
      storage::testing::make_person(institute_.id, "Шевчук", "Марія", "Іванівна");
  const auto operator_grant = grant_of(operator_person_, model::Role::institute_operator);
  const auto institute_admin_grant = grant_of(institute_admin, model::Role::institution_admin);
  const auto teacher_grant = grant_of(school_.teacher, model::Role::teacher);
  const auto unit = store_->begin();
  unit->institutions().insert(institute_);
  unit->people().insert(operator_person_);
  unit->people().insert(institute_admin);
  unit->role_grants().insert(operator_grant);
  unit->role_grants().insert(institute_admin_grant);
  unit->commit();
  operator_ = access::Principal::person(operator_person_.id, institute_.id, {operator_grant});
  institute_admin_ =
      access::Principal::person(institute_admin.id, institute_.id, {institute_admin_grant});
  teacher_ = access::Principal::person(school_.teacher.id, school_.institution.id, {teacher_grant});
}

model::ConnectionRequestId AuditTest::submit(const std::string& edrpou) {
  ConnectionRequestForm form;
  form.kind = "school";
  form.hromada_katottg = "UA71020130000086047";
  form.institution_name = "Ліцей № 7 імені Івана Франка";
  form.diso_id = "9" + edrpou;
  form.edrpou = edrpou;
  form.admin_surname = "Мар'яненко";
  form.admin_given_name = "Олена";
  form.admin_patronymic = "Петрівна";
  form.admin_email = "olena." + edrpou + "@school.example.ua";
  form.admin_phone = "+380671234567";
  return submit_connection_request(*store_, clock_, form);
}

Approval AuditTest::approve(model::ConnectionRequestId request) {
  ReviewOptions review;
  review.base_url = "https://journal.example.ua/invitations/accept";
  return approve_connection_request(*store_, clock_, random_, operator_, request, 1, review);
}

std::vector<model::AuditEntry> AuditTest::trail(model::InstitutionId institution,
                                                const std::string& entity_type,
                                                const std::string& entity_id) {
  return audit_for_entity(*store_, access::Principal::system(), institution, entity_type,
                          entity_id);
}

}  // namespace ejournal::services::testing
