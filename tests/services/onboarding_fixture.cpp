#include "onboarding_fixture.hpp"

#include <chrono>
#include <stdexcept>
#include <string>

#include "test_support.hpp"

namespace ejournal::services::testing {

using namespace std::chrono_literals;

ConnectionRequestForm valid_form() {
  ConnectionRequestForm form;
  form.kind = " School ";
  form.hromada_katottg = "ua 71020130000086047";
  form.institution_name = "Ліцей  № 1 імені Тараса Шевченка";
  form.diso_id = "100 200";
  form.edrpou = "3285 5961";
  form.admin_surname = "Мар'яненко";
  form.admin_given_name = "Олена";
  form.admin_patronymic = "Петрівна";
  form.admin_email = " Olena.Admin@School.Example.UA ";
  form.admin_phone = "+380 (67) 123-45-67";
  return form;
}

std::vector<std::string> fields_of(const ValidationError& error) {
  std::vector<std::string> fields;
  for (const auto& problem : error.problems()) fields.push_back(problem.field);
  return fields;
}

void OnboardingTest::SetUp() {
  reopen({});
}

void OnboardingTest::reopen(const storage::StoreOptions& options) {
  store_.reset();
  store_ = storage::open_store(GetParam(), options);
  institute_ = {};
  institute_.id = model::InstitutionId::generate();
  institute_.kind = model::InstitutionKind::other;
  institute_.name = "Інститут освітньої аналітики";
  institute_.created_at = monday_morning() - 24h;
  operator_person_ = {};
  operator_person_.id = model::PersonId::generate();
  operator_person_.institution_id = institute_.id;
  operator_person_.surname = "Коваленко";
  operator_person_.given_name = "Ірина";
  const auto grant = grant_of(operator_person_, model::Role::institute_operator);
  const auto unit = store_->begin();
  unit->institutions().insert(institute_);
  unit->people().insert(operator_person_);
  unit->role_grants().insert(grant);
  unit->commit();
  operator_ = access::Principal::person(operator_person_.id, institute_.id, {grant});
}

ReviewOptions OnboardingTest::review_options() const {
  ReviewOptions options;
  options.base_url = "https://journal.example.ua/invitations/accept";
  return options;
}

model::ConnectionRequest OnboardingTest::request(model::ConnectionRequestId id) {
  const auto unit = store_->begin(storage::Access::read);
  const auto found = unit->connection_requests().find(id);
  if (!found) throw std::logic_error("request " + id.str() + " is not stored");
  return *found;
}

std::size_t OnboardingTest::institution_count() {
  const auto unit = store_->begin(storage::Access::read);
  return unit->institutions().list().size();
}

std::vector<model::AuditEntry> OnboardingTest::request_audit(model::ConnectionRequestId id) {
  const auto unit = store_->begin(storage::Access::read);
  return unit->audit().list_for_entity(institute_.id, "connection_request", id.str());
}

std::vector<model::Notification> OnboardingTest::outbox() {
  const auto unit = store_->begin(storage::Access::read);
  return unit->notifications().list_due(clock_.now() + std::chrono::hours(24 * 365), 1000);
}

}  // namespace ejournal::services::testing
