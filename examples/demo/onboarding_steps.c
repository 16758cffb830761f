/*
 * The onboarding part of the demo. Time stands still at Monday 2024-09-02 09:00 in Kyiv
 * (06:00 UTC), so that the printed expiry dates are always the same.
 */
#include "onboarding_steps.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo_check.h"
#include "demo_school.h"
#include "ejournal.h"

static const int64_t demo_now = INT64_C(1725256800000000);

/* Accepts the invitation with a new password, signs in and returns the signed-in principal. */
static ej_principal* accept_and_sign_in(ej_store* store, const char* token, const char* login,
                                        const char* password) {
  ej_principal* principal;
  demo_accept(store, demo_now, token, login, password);
  principal = demo_sign_in(store, demo_now, login, password);
  printf("  %s: вхід виконано\n", login);
  return principal;
}

/* The platform as deployed: the institute, and its first operator invited by the system. */
static ej_principal* install_institute(ej_store* store) {
  ej_institution institute = EJ_INSTITUTION_INIT;
  ej_invitation_form form = EJ_INVITATION_FORM_INIT;
  ej_invitation_options options = EJ_INVITATION_OPTIONS_INIT;
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_principal* system;
  ej_principal* operator_principal;
  char* token;

  printf("\nКрок 0. Платформа: інститут освітньої аналітики і його перший оператор\n");
  institute.kind = EJ_INSTITUTION_OTHER;
  institute.name = "Інститут освітньої аналітики";
  institute.created_at = demo_now;
  demo_check(ej_store_institution_create(&form.institution_id, store, &institute),
             "ej_store_institution_create");
  form.role = EJ_ROLE_INSTITUTE_OPERATOR;
  form.surname = "Коваленко";
  form.given_name = "Ірина";
  form.patronymic = "Олегівна";
  form.email = "operator@iea.example.ua";
  options.base_url = DEMO_ACCEPT_URL;
  demo_check(ej_principal_system(&system), "ej_principal_system");
  demo_check(ej_invite(&issued, &token, store, &demo_now, system, &form, &options), "ej_invite");
  ej_principal_free(system);
  demo_deliver_outbox(store, demo_now, demo_print_envelope);
  operator_principal =
      accept_and_sign_in(store, token, "operator@iea.example.ua", "ранкова кава з медом");
  ej_free(token);
  return operator_principal;
}

/* Step 1: a form with mistakes is refused field by field; the corrected one is taken. */
static ej_uuid submit_request(ej_store* store) {
  ej_connection_request_form form = EJ_CONNECTION_REQUEST_FORM_INIT;
  ej_uuid request;
  int status;

  printf("\nКрок 1. Заклад подає заявку на підключення\n");
  form.kind = "school";
  form.hromada_katottg = "UA71020130000086047";
  form.institution_name = "Ліцей № 1 імені Тараса Шевченка";
  form.diso_id = "100200";
  form.edrpou = "3285 5962"; /* a wrong check digit */
  form.admin_surname = "Мар'яненко";
  form.admin_given_name = "Oлена"; /* a Latin O */
  form.admin_patronymic = "Петрівна";
  form.admin_email = "olena.admin@school.example.ua";
  form.admin_phone = "+380 (67) 123-45"; /* too short */
  status = ej_onboarding_submit(&request, store, &demo_now, &form);
  if (status != EJ_EINVALID) demo_check(status == EJ_OK ? EJ_ERROR : status, "the faulty form");
  printf("  Заявку з помилками не прийнято (%s), усі поля одразу:\n", ej_status_str(status));
  demo_print_field_problems();

  form.edrpou = "3285 5961";
  form.admin_given_name = "Олена";
  form.admin_phone = "+380 (67) 123-45-67";
  demo_check(ej_onboarding_submit(&request, store, &demo_now, &form), "ej_onboarding_submit");
  printf("  Виправлену заявку прийнято: чекає на розгляд\n");
  return request;
}

/* Step 2: the institute's operator reviews the pending request and approves it. */
static char* approve_request(ej_approval* approval, ej_store* store,
                             const ej_principal* operator_principal) {
  ej_connection_request_list* pending;
  const ej_connection_request* request;
  ej_review_options options = EJ_REVIEW_OPTIONS_INIT;
  int64_t count;
  char* token;

  printf("\nКрок 2. Оператор інституту розглядає заявку і створює адміністратора закладу\n");
  demo_check(ej_onboarding_list(&pending, store, operator_principal, EJ_REQUEST_PENDING),
             "ej_onboarding_list");
  demo_check(ej_connection_request_list_count(&count, pending), "ej_connection_request_list_count");
  demo_check(ej_connection_request_list_get(&request, pending, 0),
             "ej_connection_request_list_get");
  printf("  На розгляді: %" PRId64 " — «%s», ЄДРПОУ %s, ДІСО %s, громада %s\n", count,
         request->institution_name, request->edrpou, request->diso_id, request->hromada_katottg);
  printf("  Адміністратор: %s %s %s, %s, %s\n", request->admin_surname, request->admin_given_name,
         request->admin_patronymic, request->admin_email, request->admin_phone);
  options.base_url = DEMO_ACCEPT_URL;
  demo_check(ej_onboarding_approve(approval, &token, store, &demo_now, operator_principal,
                                   &request->id, request->revision, &options),
             "ej_onboarding_approve");
  ej_connection_request_list_free(pending);
  printf(
      "  Схвалено: заклад, його адміністратор з правами адміністратора закладу і запрошення "
      "(діє 7 днів) — однією транзакцією\n");
  return token;
}

/* What the institute sees of the platform: institutions per oblast, never a school's data. */
static void print_statistics(ej_store* store, const ej_principal* operator_principal) {
  ej_statistics* statistics;
  int64_t total;
  int64_t oblasts;
  int64_t index;
  demo_check(ej_institute_statistics(&statistics, store, operator_principal),
             "ej_institute_statistics");
  demo_check(ej_statistics_institutions(&total, statistics), "ej_statistics_institutions");
  demo_check(ej_statistics_by_oblast_count(&oblasts, statistics), "ej_statistics_by_oblast_count");
  printf("\nСтатистика інституту: закладів на платформі — %" PRId64 "\n", total);
  for (index = 0; index < oblasts; ++index) {
    const ej_oblast_count* oblast;
    demo_check(ej_statistics_by_oblast_get(&oblast, statistics, index),
               "ej_statistics_by_oblast_get");
    printf("  %s (код %s): %" PRId64 ", з них діють %" PRId64 "\n", oblast->name_uk,
           oblast->katottg, oblast->institutions, oblast->active);
  }
  ej_statistics_free(statistics);
}

void run_onboarding_steps(demo_school* school) {
  ej_store* store;
  ej_principal* operator_principal;
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_invitation_form form = EJ_INVITATION_FORM_INIT;
  ej_invitation_options options = EJ_INVITATION_OPTIONS_INIT;
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_accepted_invitation again = EJ_ACCEPTED_INVITATION_INIT;
  ej_credential credential = EJ_CREDENTIAL_INIT;
  char* token;
  int status;

  printf("Приєднання закладу в чотири кроки — вбудована SQLite (sqlite::memory:)\n");
  demo_check(ej_store_open(&store, "sqlite::memory:", NULL), "ej_store_open");
  school->store = store;
  operator_principal = install_institute(store);
  (void)submit_request(store);
  token = approve_request(&approval, store, operator_principal);
  school->institution = approval.institution;

  printf("\nКрок 3. Система надсилає адміністраторові запрошення (демонстраційний поштар)\n");
  demo_deliver_outbox(store, demo_now, demo_print_email);

  printf("\nКрок 4. Адміністратор приймає запрошення, входить і береться до роботи\n");
  school->admin = accept_and_sign_in(store, token, DEMO_ADMIN_LOGIN, DEMO_ADMIN_PASSWORD);
  credential.kind = EJ_CREDENTIAL_PASSWORD;
  credential.password = DEMO_ADMIN_PASSWORD;
  status = ej_invitation_accept(&again, store, &demo_now, token, &credential, NULL);
  printf("  Те саме запрошення вдруге: %s — %s\n", ej_status_str(status), ej_error_last()->message);
  ej_free(token);

  form.institution_id = approval.institution;
  form.role = EJ_ROLE_TEACHER;
  form.surname = "Ґудзь";
  form.given_name = "Тарас";
  form.patronymic = "Іванович";
  form.email = demo_teacher_logins[0];
  options.base_url = DEMO_ACCEPT_URL;
  demo_check(
      ej_invite(&issued, &school->teacher_token, store, &demo_now, school->admin, &form, &options),
      "ej_invite");
  school->teachers[0] = issued.person;
  printf("  Адміністратор запрошує вчителя так само:\n");
  demo_deliver_outbox(store, demo_now, demo_print_envelope);
  print_statistics(store, operator_principal);
  ej_principal_free(operator_principal);
}
