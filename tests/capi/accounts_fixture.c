#include "accounts_fixture.h"

#include <string.h>

#include "check.h"
#include "store_fixture.h"

int accounts_fixture_open(joined_school* s, const char* uri) {
  char edrpou[9];
  ej_connection_request_form form;
  ej_review_options review = EJ_REVIEW_OPTIONS_INIT;
  ej_uuid request;
  ej_credential password = accounts_fixture_password();
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  char* invitation_token = NULL;
  const int64_t now = ONBOARDING_NOW;
  int made = 0;

  memset(s, 0, sizeof *s);
  s->approval.version = EJ_APPROVAL_VERSION;
  s->cheap.version = EJ_PASSWORD_OPTIONS_VERSION;
  s->cheap.min_length = 12;
  s->cheap.ops_limit = 1;
  s->cheap.mem_limit_kib = 8;
  if (!onboarding_fixture_open(&s->p, uri)) return 0;
  store_fixture_random_edrpou(edrpou);
  form = onboarding_fixture_form(edrpou);
  review.base_url = ONBOARDING_BASE_URL;
  made = CHECK_OK(ej_onboarding_submit(&request, s->p.store, &now, &form)) &&
         CHECK_OK(ej_onboarding_approve(&s->approval, &invitation_token, s->p.store, &now,
                                        s->p.operator_principal, &request, 1, &review)) &&
         CHECK_OK(ej_invitation_accept(NULL, s->p.store, &now, invitation_token, &password,
                                       &s->cheap)) &&
         CHECK_OK(ej_sign_in(&signed_in, &s->admin_session, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                             ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap)) &&
         CHECK_OK(ej_authenticate(&s->admin, s->p.store, &now, s->admin_session, NULL));
  ej_free(invitation_token);
  return made;
}

void accounts_fixture_close(joined_school* s) {
  ej_principal_free(s->admin);
  ej_free(s->admin_session);
  onboarding_fixture_close(&s->p);
  memset(s, 0, sizeof *s);
}

ej_invitation_form accounts_fixture_teacher_form(const joined_school* s, const char* email) {
  ej_invitation_form form = EJ_INVITATION_FORM_INIT;
  form.institution_id = s->approval.institution;
  form.role = EJ_ROLE_TEACHER;
  form.surname = " Мельник ";
  form.given_name = "Андрій";
  form.patronymic = "Олегович";
  form.email = email;
  form.phone = "067 765 43 21";
  return form;
}

ej_invitation_options accounts_fixture_options(void) {
  ej_invitation_options options = EJ_INVITATION_OPTIONS_INIT;
  options.base_url = ONBOARDING_BASE_URL;
  return options;
}

ej_credential accounts_fixture_password(void) {
  ej_credential credential = EJ_CREDENTIAL_INIT;
  credential.kind = EJ_CREDENTIAL_PASSWORD;
  credential.password = ACCOUNTS_GOOD_PASSWORD;
  return credential;
}

char* accounts_fixture_invite_teacher(joined_school* s, const char* email,
                                      ej_issued_invitation* out) {
  const ej_invitation_form form = accounts_fixture_teacher_form(s, email);
  const ej_invitation_options options = accounts_fixture_options();
  const int64_t now = ONBOARDING_NOW;
  char* token = NULL;
  out->version = EJ_ISSUED_INVITATION_VERSION;
  if (!CHECK_OK(ej_invite(out, &token, s->p.store, &now, s->admin, &form, &options))) return NULL;
  return token;
}
