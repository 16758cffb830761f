#include "onboarding_fixture.h"

#include <string.h>

#include "check.h"
#include "store_fixture.h"

int onboarding_fixture_open(platform* p, const char* uri) {
  ej_institution institute = EJ_INSTITUTION_INIT;
  ej_person person = EJ_PERSON_INIT;
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  memset(p, 0, sizeof *p);
  if (!CHECK_OK(ej_store_open(&p->store, uri, NULL))) return 0;
  institute.kind = EJ_INSTITUTION_OTHER;
  institute.name = "Інститут освітньої аналітики";
  if (!CHECK_OK(ej_store_institution_create(&p->institute, p->store, &institute))) return 0;
  person.surname = "Коваленко";
  person.given_name = "Ірина";
  if (!CHECK_OK(ej_store_person_create(&p->operator_id, p->store, &p->institute, &person))) {
    return 0;
  }
  grant.role = EJ_ROLE_INSTITUTE_OPERATOR;
  CHECK_OK(ej_uuid_generate(&grant.id));
  grant.institution = p->institute;
  grant.person = p->operator_id;
  return CHECK_OK(ej_principal_person(&p->operator_principal, &p->institute, &p->operator_id,
                                      &grant, 1, NULL, 0, NULL, 0)) &&
         CHECK_OK(ej_principal_anonymous(&p->anonymous));
}

void onboarding_fixture_close(platform* p) {
  ej_principal_free(p->operator_principal);
  ej_principal_free(p->anonymous);
  ej_store_free(p->store);
  memset(p, 0, sizeof *p);
}

ej_connection_request_form onboarding_fixture_form(const char* edrpou) {
  ej_connection_request_form form = EJ_CONNECTION_REQUEST_FORM_INIT;
  form.kind = " School ";
  form.hromada_katottg = "ua 71020130000086047";
  form.institution_name = "Ліцей  № 1 імені Тараса Шевченка";
  form.diso_id = edrpou;
  form.edrpou = edrpou;
  form.admin_surname = "Мар'яненко";
  form.admin_given_name = "Олена";
  form.admin_patronymic = "Петрівна";
  form.admin_email = " Olena.Admin@School.Example.UA ";
  form.admin_phone = "+380 (67) 123-45-67";
  return form;
}

int onboarding_fixture_approved(platform* p, ej_approval* out) {
  char edrpou[9];
  ej_connection_request_form form;
  ej_review_options options = EJ_REVIEW_OPTIONS_INIT;
  ej_uuid request;
  const int64_t now = ONBOARDING_NOW;
  store_fixture_random_edrpou(edrpou);
  form = onboarding_fixture_form(edrpou);
  options.base_url = ONBOARDING_BASE_URL;
  return CHECK_OK(ej_onboarding_submit(&request, p->store, &now, &form)) &&
         CHECK_OK(ej_onboarding_approve(out, NULL, p->store, &now, p->operator_principal, &request,
                                        1, &options));
}
