/* Onboarding through the C ABI (ejournal/onboarding.h) on the memory backend and an in-memory
 * SQLite database: a request submitted, listed, approved, rejected and withdrawn; a form's
 * problems listed field by field; and every error of every entry. */
#include <string.h>

#include "check.h"
#include "onboarding_fixture.h"
#include "store_fixture.h"

static const int64_t now = ONBOARDING_NOW;

static ej_uuid submit(platform* p, char edrpou[9]) {
  ej_uuid id;
  ej_connection_request_form form;
  memset(&id, 0, sizeof id);
  store_fixture_random_edrpou(edrpou);
  form = onboarding_fixture_form(edrpou);
  CHECK_OK(ej_onboarding_submit(&id, p->store, &now, &form));
  return id;
}

/* The requests of status `status` (0: all); the caller frees the list. */
static ej_connection_request_list* requests(platform* p, int32_t status, int64_t* count) {
  ej_connection_request_list* list = NULL;
  *count = -1;
  if (CHECK_OK(ej_onboarding_list(&list, p->store, p->operator_principal, status))) {
    CHECK_OK(ej_connection_request_list_count(count, list));
  }
  return list;
}

static void test_submit_and_list(platform* p) {
  char edrpou[9];
  const ej_uuid id = submit(p, edrpou);
  int64_t count = 0;
  const ej_connection_request* request = NULL;
  ej_connection_request_list* list = requests(p, EJ_REQUEST_PENDING, &count);

  CHECK_INT(count, 1);
  if (CHECK_OK(ej_connection_request_list_get(&request, list, 0))) {
    CHECK(store_fixture_same_id(&request->id, &id));
    CHECK_INT(request->version, EJ_CONNECTION_REQUEST_VERSION);
    CHECK_INT(request->kind, EJ_INSTITUTION_SCHOOL);
    CHECK_STR(request->hromada_katottg, "UA71020130000086047");
    CHECK_STR(request->institution_name, "Ліцей № 1 імені Тараса Шевченка");
    CHECK_STR(request->edrpou, edrpou);
    CHECK_STR(request->diso_id, edrpou);
    CHECK_STR(request->admin_surname, "Мар\xCA\xBCяненко");
    CHECK_STR(request->admin_given_name, "Олена");
    CHECK_STR(request->admin_patronymic, "Петрівна");
    CHECK_STR(request->admin_email, "Olena.Admin@school.example.ua");
    CHECK_STR(request->admin_phone, "+380671234567");
    CHECK_INT(request->status, EJ_REQUEST_PENDING);
    CHECK_STR(request->decision_reason, "");
    CHECK_INT(request->submitted_at, now);
    CHECK_INT(request->decided_at, 0);
    CHECK_INT(request->revision, 1);
  }
  CHECK_ERROR(ej_connection_request_list_get(&request, list, 1), EJ_ERANGE, "index 1");
  CHECK(request == NULL);
  ej_connection_request_list_free(list);
  ej_connection_request_list_free(NULL);

  /* A second request with the same ЄДРПОУ conflicts while the first is pending. */
  {
    ej_connection_request_form form = onboarding_fixture_form(edrpou);
    ej_uuid again;
    CHECK_ERROR(ej_onboarding_submit(&again, p->store, NULL, &form), EJ_ECONFLICT, edrpou);
    CHECK_INT(ej_error_field_count(), 0);
  }
}

static void test_approve(platform* p) {
  char edrpou[9];
  const ej_uuid id = submit(p, edrpou);
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_review_options options;
  char* token = NULL;
  int64_t count = 0;
  const ej_connection_request* request = NULL;
  ej_connection_request_list* list = NULL;
  ej_institution_list* institutions = NULL;
  const ej_institution* institution = NULL;
  const ej_uuid nil = {{0}};

  CHECK_OK(ej_review_options_init(&options, EJ_REVIEW_OPTIONS_VERSION));
  CHECK_INT(options.invitation_days, 7);
  CHECK_STR(options.locale, "uk");
  options.base_url = ONBOARDING_BASE_URL;
  options.reason = "Документи перевірено";

  /* An anonymous caller may not review; a stale revision conflicts; nothing changes. */
  CHECK_ERROR(
      ej_onboarding_approve(&approval, &token, p->store, &now, p->anonymous, &id, 1, &options),
      EJ_EPERM, "");
  CHECK(token == NULL);
  CHECK_ERROR(ej_onboarding_approve(&approval, &token, p->store, &now, p->operator_principal, &id,
                                    2, &options),
              EJ_ECONFLICT, "");

  if (!CHECK_OK(ej_onboarding_approve(&approval, &token, p->store, &now, p->operator_principal, &id,
                                      1, &options))) {
    return;
  }
  CHECK(!store_fixture_same_id(&approval.institution, &nil));
  CHECK(!store_fixture_same_id(&approval.admin, &nil));
  CHECK(!store_fixture_same_id(&approval.grant, &nil));
  CHECK(!store_fixture_same_id(&approval.invitation, &nil));
  CHECK(token != NULL && strlen(token) >= 32);
  ej_free(token);

  if (CHECK_OK(ej_store_institution_get(&institutions, p->store, &approval.institution)) &&
      CHECK_OK(ej_institution_list_get(&institution, institutions, 0))) {
    CHECK_STR(institution->edrpou, edrpou);
    CHECK_STR(institution->oblast, "UA-71");
  }
  ej_institution_list_free(institutions);

  list = requests(p, EJ_REQUEST_APPROVED, &count);
  CHECK_INT(count, 1);
  if (CHECK_OK(ej_connection_request_list_get(&request, list, 0))) {
    CHECK(store_fixture_same_id(&request->id, &id));
    CHECK(store_fixture_same_id(&request->institution, &approval.institution));
    CHECK_STR(request->decision_reason, "Документи перевірено");
    CHECK_INT(request->decided_at, now);
    CHECK_INT(request->revision, 2);
  }
  ej_connection_request_list_free(list);

  /* Decided once: a second decision names the state. */
  CHECK_ERROR(ej_onboarding_reject(p->store, &now, p->operator_principal, &id, 2, "Пізно"),
              EJ_ECONFLICT, "approved");
}

static void test_reject_and_withdraw(platform* p) {
  char first_edrpou[9], second_edrpou[9];
  const ej_uuid first = submit(p, first_edrpou), second = submit(p, second_edrpou);
  const ej_connection_request* request = NULL;
  int64_t count = 0;
  ej_connection_request_list* list = NULL;
  ej_principal* system = NULL;

  CHECK_OK(ej_onboarding_reject(p->store, &now, p->operator_principal, &first, 1,
                                "  ЄДРПОУ не збігається з реєстром  "));
  CHECK_OK(ej_principal_system(&system));
  CHECK_OK(ej_onboarding_withdraw(p->store, NULL, system, &second, 1, NULL));
  ej_principal_free(system);

  list = requests(p, EJ_REQUEST_REJECTED, &count);
  CHECK_INT(count, 1);
  if (CHECK_OK(ej_connection_request_list_get(&request, list, 0))) {
    CHECK(store_fixture_same_id(&request->id, &first));
    CHECK_STR(request->decision_reason, "ЄДРПОУ не збігається з реєстром");
    CHECK_INT(request->decided_at, now);
  }
  ej_connection_request_list_free(list);
  list = requests(p, EJ_REQUEST_WITHDRAWN, &count);
  CHECK_INT(count, 1);
  if (CHECK_OK(ej_connection_request_list_get(&request, list, 0))) {
    CHECK(store_fixture_same_id(&request->id, &second));
    CHECK(request->decided_at > now);
  }
  ej_connection_request_list_free(list);
  ej_connection_request_list_free(requests(p, 0, &count));
  CHECK(count >= 2);
}

/* Every problem of a form, field by field, through ej_error_field(). */
static void test_field_problems(platform* p) {
  ej_connection_request_form form = onboarding_fixture_form("32855962"); /* bad check digit */
  const char* field = "stale";
  const char* problem = "stale";
  ej_uuid id;
  int found_edrpou = 0, found_phone = 0, found_surname = 0;

  form.admin_phone = "12";
  form.admin_surname = NULL;
  form.institution_name = "Ліцей\xff";
  CHECK_ERROR(ej_onboarding_submit(&id, p->store, &now, &form), EJ_EINVALID,
              "the connection request is refused");
  CHECK(ej_error_field_count() >= 4);
  for (int32_t i = 0; i < ej_error_field_count(); ++i) {
    CHECK_OK(ej_error_field(&field, &problem, i));
    CHECK(field != NULL && problem != NULL && problem[0] != '\0');
    if (strcmp(field, "edrpou") == 0) found_edrpou = 1;
    if (strcmp(field, "admin_phone") == 0) found_phone = 1;
    if (strcmp(field, "admin_surname") == 0) found_surname = strcmp(problem, "is required") == 0;
  }
  CHECK(found_edrpou && found_phone && found_surname);
  /* Reading the problems changes nothing; an index outside them is EJ_ERANGE, recorded nowhere. */
  CHECK_INT(ej_error_last()->code, EJ_EINVALID);
  CHECK_INT(ej_error_field(&field, &problem, ej_error_field_count()), EJ_ERANGE);
  CHECK(field == NULL && problem == NULL);
  CHECK_INT(ej_error_field(NULL, NULL, -1), EJ_ERANGE);
  CHECK_OK(ej_error_field(NULL, NULL, 0));
  CHECK_INT(ej_error_last()->code, EJ_EINVALID);

  /* The next call forgets them, failing or not. */
  CHECK_ERROR(ej_onboarding_submit(&id, NULL, &now, &form), EJ_EINVALID, "'store'");
  CHECK_INT(ej_error_field_count(), 0);

  /* A rejection's reason is a field too. */
  {
    char edrpou[9];
    const ej_uuid request = submit(p, edrpou);
    CHECK_ERROR(ej_onboarding_reject(p->store, &now, p->operator_principal, &request, 1, "   "),
                EJ_EINVALID, "reason");
    CHECK_INT(ej_error_field_count(), 1);
    CHECK_OK(ej_error_field(&field, NULL, 0));
    CHECK_STR(field, "reason");
    CHECK_ERROR(ej_onboarding_reject(p->store, &now, p->operator_principal, &request, 1, NULL),
                EJ_EINVALID, "reason");
    CHECK_INT(ej_error_field_count(), 1);
    ej_error_clear();
    CHECK_INT(ej_error_field_count(), 0);

    /* Far beyond any limit: a reason is refused as a field, unread past 64 KiB. */
    static char huge[70000];
    memset(huge, 'x', sizeof huge - 1);
    CHECK_ERROR(ej_onboarding_reject(p->store, &now, p->operator_principal, &request, 1, huge),
                EJ_EINVALID, "reason");
    CHECK_INT(ej_error_field_count(), 1);
    CHECK_OK(ej_error_field(&field, &problem, 0));
    CHECK_STR(field, "reason");
    CHECK(strstr(problem, "longer than 1000 bytes") != NULL);
    CHECK_ERROR(ej_onboarding_withdraw(p->store, &now, p->operator_principal, &request, 1, huge),
                EJ_EINVALID, "reason");

    /* A form field past its limit is a problem of that field alone. */
    form = onboarding_fixture_form(edrpou);
    form.institution_name = huge;
    CHECK_ERROR(ej_onboarding_submit(&id, p->store, &now, &form), EJ_EINVALID, "institution_name");
    CHECK_INT(ej_error_field_count(), 1);
    CHECK_OK(ej_error_field(&field, NULL, 0));
    CHECK_STR(field, "institution_name");
  }
}

static void test_argument_errors(platform* p) {
  char edrpou[9];
  const ej_uuid id = submit(p, edrpou);
  const ej_uuid nil = {{0}};
  ej_uuid unknown;
  ej_connection_request_form form = onboarding_fixture_form(edrpou);
  ej_approval approval = EJ_APPROVAL_INIT;
  ej_review_options options = EJ_REVIEW_OPTIONS_INIT;
  ej_connection_request_list* list = STALE(ej_connection_request_list);
  char* token = STALE(char);
  int64_t count = 0;

  CHECK_OK(ej_uuid_generate(&unknown));
  options.base_url = ONBOARDING_BASE_URL;

  CHECK_ERROR(ej_onboarding_submit(NULL, p->store, &now, NULL), EJ_EINVALID, "'form'");
  form.version = EJ_CONNECTION_REQUEST_FORM_VERSION + 1;
  CHECK_ERROR(ej_onboarding_submit(NULL, p->store, &now, &form), EJ_EVERSION, "form->version");
  form.version = EJ_CONNECTION_REQUEST_FORM_VERSION;
  form.reserved = 3;
  CHECK_ERROR(ej_onboarding_submit(NULL, p->store, &now, &form), EJ_EINVALID, "form->reserved");

  CHECK_ERROR(
      ej_onboarding_approve(NULL, &token, p->store, &now, p->operator_principal, &id, 1, &options),
      EJ_EINVALID, "'out'");
  CHECK(token == NULL);
  approval.version = 0;
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                    &options),
              EJ_EVERSION, "out->version");
  approval.version = EJ_APPROVAL_VERSION;
  CHECK_ERROR(
      ej_onboarding_approve(&approval, NULL, NULL, &now, p->operator_principal, &id, 1, &options),
      EJ_EINVALID, "'store'");
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, NULL, &id, 1, &options),
              EJ_EINVALID, "'principal'");
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &nil, 1,
                                    &options),
              EJ_EINVALID, "'request' is the nil UUID");
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal,
                                    &unknown, 1, &options),
              EJ_ENOTFOUND, "");
  CHECK_ERROR(
      ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1, NULL),
      EJ_EINVALID, "");
  options.invitation_days = 0;
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                    &options),
              EJ_EINVALID, "options->invitation_days");
  options.invitation_days = 366;
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                    &options),
              EJ_EINVALID, "options->invitation_days");
  options.invitation_days = 7;
  options.locale = "fr";
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                    &options),
              EJ_EINVALID, "fr");
  options.locale = NULL;
  options.base_url = "http://journal.example.ua/accept";
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                    &options),
              EJ_EINVALID, "http://journal.example.ua/accept");
  options.base_url = ONBOARDING_BASE_URL;
  options.version = EJ_REVIEW_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_onboarding_approve(&approval, NULL, p->store, &now, p->operator_principal, &id, 1,
                                    &options),
              EJ_EVERSION, "options->version");
  CHECK_ERROR(ej_review_options_init(&options, 0), EJ_EVERSION, "version");
  CHECK_INT(options.version, 0);
  CHECK_ERROR(ej_review_options_init(NULL, 1), EJ_EINVALID, "'opts'");

  CHECK_ERROR(ej_onboarding_withdraw(p->store, &now, p->anonymous, &id, 1, NULL), EJ_EPERM, "");
  CHECK_ERROR(ej_onboarding_withdraw(p->store, &now, p->operator_principal, &id, 7, NULL),
              EJ_ECONFLICT, "");
  CHECK_ERROR(ej_onboarding_reject(p->store, &now, p->operator_principal, NULL, 1, "Ні"),
              EJ_EINVALID, "'request'");

  CHECK_ERROR(ej_onboarding_list(NULL, p->store, p->operator_principal, 0), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_onboarding_list(&list, p->store, p->operator_principal, 9), EJ_EINVALID,
              "ej_request_status");
  CHECK(list == NULL);
  CHECK_ERROR(ej_onboarding_list(&list, p->store, p->anonymous, 0), EJ_EPERM, "");
  CHECK_ERROR(ej_connection_request_list_count(&count, NULL), EJ_EINVALID, "'list'");

  /* The request is still pending at revision 1 after all that. */
  CHECK_OK(ej_onboarding_withdraw(p->store, &now, p->operator_principal, &id, 1, ""));
}

static void test_without_institute(const char* uri) {
  ej_store* store = NULL;
  ej_connection_request_form form = onboarding_fixture_form("32855961");
  ej_uuid id;
  if (!CHECK_OK(ej_store_open(&store, uri, NULL))) return;
  CHECK_ERROR(ej_onboarding_submit(&id, store, &now, &form), EJ_ENOTFOUND, "");
  ej_store_free(store);
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    platform p;
    if (onboarding_fixture_open(&p, *uri)) {
      test_submit_and_list(&p);
      test_approve(&p);
      test_reject_and_withdraw(&p);
      test_field_problems(&p);
      test_argument_errors(&p);
    }
    onboarding_fixture_close(&p);
    test_without_institute(*uri);
  }
  return check_finish("capi_onboarding");
}
