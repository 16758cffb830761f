/* Accounts and sessions through the C ABI (ejournal/accounts.h) on the memory backend and an
 * in-memory SQLite database: sign-in with a password and with an external identity, the
 * principal a session authenticates to, sign-out, lockout, expiry, a changed password and
 * revoked sessions; and every error of every entry. */
#include <string.h>

#include "accounts_fixture.h"
#include "check.h"
#include "store_fixture.h"

static const int64_t now = ONBOARDING_NOW;

/* Signs in as the administrator at `at` with `password`; the token, or NULL. */
static char* sign_in_admin(joined_school* s, const int64_t* at, const char* password,
                           const ej_session_options* session) {
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  char* token = NULL;
  if (ej_sign_in(&signed_in, &token, s->p.store, at, ACCOUNTS_ADMIN_LOGIN, password, session,
                 &s->cheap) != EJ_OK) {
    return NULL;
  }
  return token;
}

static void test_sign_in_and_authenticate(joined_school* s) {
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  char* token = NULL;
  ej_principal* principal = NULL;
  int32_t kind = 0;

  /* The login in any case and spelling. */
  if (!CHECK_OK(ej_sign_in(&signed_in, &token, s->p.store, &now, " Olena.Admin@SCHOOL.example.ua",
                           ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap))) {
    return;
  }
  CHECK_INT(strlen(token), 43);
  CHECK(strcmp(token, s->admin_session) != 0);
  CHECK(store_fixture_same_id(&signed_in.person, &s->approval.admin));
  CHECK(store_fixture_same_id(&signed_in.institution, &s->approval.institution));
  CHECK_INT(signed_in.expires_at, now + 12 * 60 * ONBOARDING_MINUTE);
  if (CHECK_OK(ej_authenticate(&principal, s->p.store, &now, token, NULL))) {
    CHECK_OK(ej_principal_kind(&kind, principal));
    CHECK_INT(kind, EJ_PRINCIPAL_PERSON);
    /* Its grants came from the store: the administrator may list people's invitations. */
    {
      ej_invitation_list* list = NULL;
      CHECK_OK(ej_invitations_list(&list, s->p.store, principal, &s->approval.institution,
                                   &s->approval.admin));
      ej_invitation_list_free(list);
    }
  }
  ej_principal_free(principal);

  /* Idle for longer than 30 minutes, then past 12 hours even when busy. */
  {
    const int64_t idle = now + 31 * ONBOARDING_MINUTE;
    CHECK_ERROR(ej_authenticate(&principal, s->p.store, &idle, token, NULL), EJ_EEXPIRED, "");
    CHECK(principal == NULL);
  }
  {
    ej_session_options lenient;
    int64_t at = now;
    char* busy = NULL;
    CHECK_OK(ej_session_options_init(&lenient, EJ_SESSION_OPTIONS_VERSION));
    lenient.idle_timeout_s = 6 * 60 * 60;
    busy = sign_in_admin(s, &at, ACCOUNTS_GOOD_PASSWORD, &lenient);
    if (CHECK(busy != NULL)) {
      at += 5 * 60 * ONBOARDING_MINUTE;
      CHECK_OK(ej_authenticate(&principal, s->p.store, &at, busy, &lenient));
      ej_principal_free(principal);
      at += 5 * 60 * ONBOARDING_MINUTE;
      CHECK_OK(ej_authenticate(&principal, s->p.store, &at, busy, &lenient));
      ej_principal_free(principal);
      at += 5 * 60 * ONBOARDING_MINUTE;
      CHECK_ERROR(ej_authenticate(&principal, s->p.store, &at, busy, &lenient), EJ_EEXPIRED, "");
    }
    ej_free(busy);
  }

  /* Signed out, the token stops working; signing out again changes nothing. */
  CHECK_OK(ej_sign_out(s->p.store, &now, token));
  CHECK_ERROR(ej_authenticate(&principal, s->p.store, &now, token, NULL), EJ_EPERM, "");
  CHECK_OK(ej_sign_out(s->p.store, &now, token));
  CHECK_ERROR(ej_sign_out(s->p.store, &now, ACCOUNTS_UNKNOWN_TOKEN), EJ_ENOTFOUND, "");
  CHECK_ERROR(ej_sign_out(s->p.store, &now, "short"), EJ_EINVALID, "");
  CHECK(strstr(ej_error_last()->message, "short") == NULL);
  CHECK_ERROR(ej_sign_out(s->p.store, &now, NULL), EJ_EINVALID, "'token'");
  CHECK_ERROR(ej_authenticate(&principal, s->p.store, &now, ACCOUNTS_UNKNOWN_TOKEN, NULL), EJ_EPERM,
              "");
  CHECK_ERROR(ej_authenticate(&principal, s->p.store, &now, "short", NULL), EJ_EINVALID, "");
  CHECK_ERROR(ej_authenticate(NULL, s->p.store, &now, token, NULL), EJ_EINVALID, "'out'");
  ej_free(token);
}

static void test_wrong_passwords_and_lockout(joined_school* s) {
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  ej_session_options strict;
  char* token = STALE(char);
  const int64_t later = now + 5 * ONBOARDING_MINUTE;

  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, "nobody@school.example.ua",
                         ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap),
              EJ_EPERM, "wrong login or password");
  CHECK(token == NULL);

  /* Two wrong passwords lock sign-in for 60 s; even the right one is then refused. */
  CHECK_OK(ej_session_options_init(&strict, EJ_SESSION_OPTIONS_VERSION));
  strict.lock_after = 2;
  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                         "зовсім не той пароль", &strict, &s->cheap),
              EJ_EPERM, "wrong login or password");
  CHECK(strstr(ej_error_last()->message, "зовсім") == NULL);
  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                         "зовсім не той пароль", &strict, &s->cheap),
              EJ_EPERM, "");
  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                         ACCOUNTS_GOOD_PASSWORD, &strict, &s->cheap),
              EJ_EPERM, "locked");
  token = sign_in_admin(s, &later, ACCOUNTS_GOOD_PASSWORD, &strict);
  CHECK(token != NULL);
  ej_free(token);
}

static void test_external_sign_in(joined_school* s) {
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_credential identity = EJ_CREDENTIAL_INIT;
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  char* invitation = accounts_fixture_invite_teacher(s, "external@school.example.ua", &issued);
  char* token = NULL;
  int64_t revoked = -1;

  if (!CHECK(invitation != NULL)) return;
  identity.kind = EJ_CREDENTIAL_EXTERNAL;
  identity.issuer = "https://id.vendor.example";
  identity.subject = "teacher-7";
  CHECK_OK(ej_invitation_accept(NULL, s->p.store, &now, invitation, &identity, NULL));
  ej_free(invitation);
  if (CHECK_OK(ej_sign_in_external(&signed_in, &token, s->p.store, &now,
                                   "https://id.vendor.example", "teacher-7", NULL))) {
    CHECK(store_fixture_same_id(&signed_in.person, &issued.person));
    ej_free(token);
  }
  CHECK_ERROR(ej_sign_in_external(&signed_in, &token, s->p.store, &now, "https://id.vendor.example",
                                  "teacher-8", NULL),
              EJ_EPERM, "");
  CHECK(token == NULL);
  CHECK(store_fixture_same_id(&signed_in.person, &(ej_uuid){{0}}));
  CHECK_ERROR(ej_sign_in_external(&signed_in, &token, s->p.store, &now, NULL, "teacher-7", NULL),
              EJ_EINVALID, "'issuer'");
  CHECK_ERROR(ej_sign_in_external(&signed_in, &token, s->p.store, &now, "x", NULL, NULL),
              EJ_EINVALID, "'subject'");
  /* Signing in with no password: sign-in by password fails alike, changing it is refused. */
  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, "external@school.example.ua",
                         ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap),
              EJ_EPERM, "wrong login or password");

  /* The administrator ends the teacher's sessions. */
  CHECK_OK(ej_sign_in_external(&signed_in, &token, s->p.store, &now, "https://id.vendor.example",
                               "teacher-7", NULL));
  ej_free(token);
  CHECK_OK(ej_revoke_sessions(&revoked, s->p.store, &now, s->admin, &s->approval.institution,
                              &issued.person, "Втрачено телефон"));
  CHECK_INT(revoked, 2);
}

static void test_change_password(joined_school* s) {
  const char* new_password = "вечірній туман над Десною";
  char* other = sign_in_admin(s, &now, ACCOUNTS_GOOD_PASSWORD, NULL);
  ej_principal* principal = NULL;
  ej_principal* fresh = NULL;
  int64_t revoked = -1;
  char* token = NULL;

  CHECK(other != NULL);
  CHECK_ERROR(ej_change_password(&revoked, s->p.store, &now, s->admin, "не той старий пароль",
                                 new_password, &s->cheap),
              EJ_EPERM, "");
  CHECK_INT(revoked, 0);
  CHECK_ERROR(ej_change_password(&revoked, s->p.store, &now, s->admin, ACCOUNTS_GOOD_PASSWORD,
                                 "Olena12345678", &s->cheap),
              EJ_EINVALID, "password refused");
  CHECK(strstr(ej_error_last()->message, "Olena1") == NULL);
  CHECK_ERROR(ej_change_password(&revoked, s->p.store, &now, s->p.anonymous, ACCOUNTS_GOOD_PASSWORD,
                                 new_password, &s->cheap),
              EJ_EPERM, "");
  CHECK_ERROR(
      ej_change_password(&revoked, s->p.store, &now, s->admin, NULL, new_password, &s->cheap),
      EJ_EINVALID, "'old_password'");
  CHECK_ERROR(ej_change_password(&revoked, s->p.store, &now, s->admin, ACCOUNTS_GOOD_PASSWORD, NULL,
                                 &s->cheap),
              EJ_EINVALID, "'new_password'");

  if (CHECK_OK(ej_change_password(&revoked, s->p.store, &now, s->admin, ACCOUNTS_GOOD_PASSWORD,
                                  new_password, &s->cheap))) {
    CHECK(revoked >= 2); /* the fixture's session and `other` at least */
  }
  CHECK_ERROR(ej_authenticate(&principal, s->p.store, &now, s->admin_session, NULL), EJ_EPERM, "");
  CHECK_ERROR(ej_authenticate(&principal, s->p.store, &now, other, NULL), EJ_EPERM, "");
  CHECK(sign_in_admin(s, &now, ACCOUNTS_GOOD_PASSWORD, NULL) == NULL);
  token = sign_in_admin(s, &now, new_password, NULL);
  if (CHECK(token != NULL) && CHECK_OK(ej_authenticate(&fresh, s->p.store, &now, token, NULL))) {
    /* A person may end their own sessions. */
    CHECK_OK(ej_revoke_sessions(&revoked, s->p.store, &now, fresh, &s->approval.institution,
                                &s->approval.admin, NULL));
    CHECK_INT(revoked, 1);
    CHECK_OK(ej_revoke_sessions(NULL, s->p.store, &now, fresh, &s->approval.institution,
                                &s->approval.admin, ""));
  }
  ej_principal_free(fresh);
  ej_free(token);
  ej_free(other);
}

static void test_revoke_errors(joined_school* s) {
  ej_uuid unknown;
  const ej_uuid nil = {{0}};
  int64_t revoked = -1;
  static char huge[70000];
  const char* field = NULL;

  CHECK_OK(ej_uuid_generate(&unknown));
  CHECK_ERROR(ej_revoke_sessions(&revoked, s->p.store, &now, s->admin, &s->approval.institution,
                                 &unknown, NULL),
              EJ_ENOTFOUND, "");
  CHECK_INT(revoked, 0);
  CHECK_ERROR(ej_revoke_sessions(&revoked, s->p.store, &now, s->p.anonymous,
                                 &s->approval.institution, &s->approval.admin, NULL),
              EJ_EPERM, "");
  CHECK_ERROR(ej_revoke_sessions(&revoked, s->p.store, &now, s->admin, &s->approval.institution,
                                 &nil, NULL),
              EJ_EINVALID, "'person' is the nil UUID");
  CHECK_ERROR(ej_revoke_sessions(&revoked, s->p.store, &now, NULL, &s->approval.institution,
                                 &s->approval.admin, NULL),
              EJ_EINVALID, "'principal'");
  memset(huge, 'x', sizeof huge - 1);
  CHECK_ERROR(ej_revoke_sessions(&revoked, s->p.store, &now, s->admin, &s->approval.institution,
                                 &s->approval.admin, huge),
              EJ_EINVALID, "reason");
  CHECK_INT(ej_error_field_count(), 1);
  CHECK_OK(ej_error_field(&field, NULL, 0));
  CHECK_STR(field, "reason");
}

static void test_options(joined_school* s) {
  ej_password_options password;
  ej_session_options session;
  ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
  char* token = NULL;

  CHECK_OK(ej_password_options_init(&password, EJ_PASSWORD_OPTIONS_VERSION));
  CHECK_INT(password.min_length, 12);
  CHECK_INT(password.ops_limit, 2);
  CHECK_INT(password.mem_limit_kib, 65536);
  CHECK_ERROR(ej_password_options_init(&password, 0), EJ_EVERSION, "version");
  CHECK_INT(password.version, 0);
  CHECK_ERROR(ej_password_options_init(NULL, 1), EJ_EINVALID, "'opts'");
  CHECK_OK(ej_session_options_init(&session, EJ_SESSION_OPTIONS_VERSION));
  CHECK_INT(session.lock_after, 5);
  CHECK_INT(session.idle_timeout_s, 1800);
  CHECK_INT(session.absolute_lifetime_s, 43200);
  CHECK_INT(session.first_lock_s, 60);
  CHECK_INT(session.max_lock_s, 3600);
  CHECK_ERROR(ej_session_options_init(&session, 2), EJ_EVERSION, "version");
  CHECK_ERROR(ej_session_options_init(NULL, 1), EJ_EINVALID, "'opts'");

#define SIGN_IN(session_options, password_options)                                             \
  ej_sign_in(&signed_in, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN, "x", session_options, \
             password_options)
  password = s->cheap;
  password.min_length = 7;
  CHECK_ERROR(SIGN_IN(NULL, &password), EJ_EINVALID, "password_options->min_length");
  password.min_length = 65;
  CHECK_ERROR(SIGN_IN(NULL, &password), EJ_EINVALID, "password_options->min_length");
  password = s->cheap;
  password.mem_limit_kib = 7;
  CHECK_ERROR(SIGN_IN(NULL, &password), EJ_EINVALID, "password_options->mem_limit_kib");
  password = s->cheap;
  password.version = 2;
  CHECK_ERROR(SIGN_IN(NULL, &password), EJ_EVERSION, "password_options->version");

  CHECK_OK(ej_session_options_init(&session, EJ_SESSION_OPTIONS_VERSION));
  session.idle_timeout_s = 0;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EINVALID, "session->idle_timeout_s");
  session.idle_timeout_s = 1800;
  session.absolute_lifetime_s = 1799;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EINVALID, "session->absolute_lifetime_s");
  session.absolute_lifetime_s = INT64_MAX;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EINVALID, "session->absolute_lifetime_s");
  session.absolute_lifetime_s = 43200;
  session.lock_after = 0;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EINVALID, "session->lock_after");
  session.lock_after = 5;
  session.first_lock_s = 0;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EINVALID, "session->first_lock_s");
  session.first_lock_s = 60;
  session.max_lock_s = 59;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EINVALID, "session->max_lock_s");
  session.max_lock_s = 3600;
  session.version = 0;
  CHECK_ERROR(SIGN_IN(&session, &s->cheap), EJ_EVERSION, "session->version");
#undef SIGN_IN

  CHECK_ERROR(ej_sign_in(&signed_in, NULL, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                         ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap),
              EJ_EINVALID, "'out_token'");
  CHECK_ERROR(ej_sign_in(NULL, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                         ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap),
              EJ_EINVALID, "'out'");
  CHECK(token == NULL);
  signed_in.version = 0;
  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN,
                         ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap),
              EJ_EVERSION, "out->version");
  signed_in.version = EJ_SIGNED_IN_VERSION;
  CHECK_ERROR(ej_sign_in(&signed_in, &token, NULL, &now, ACCOUNTS_ADMIN_LOGIN,
                         ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap),
              EJ_EINVALID, "'store'");
  CHECK_ERROR(ej_sign_in(&signed_in, &token, s->p.store, &now, NULL, ACCOUNTS_GOOD_PASSWORD, NULL,
                         &s->cheap),
              EJ_EINVALID, "'login'");
  CHECK_ERROR(
      ej_sign_in(&signed_in, &token, s->p.store, &now, ACCOUNTS_ADMIN_LOGIN, NULL, NULL, &s->cheap),
      EJ_EINVALID, "'password'");
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    joined_school s;
    if (accounts_fixture_open(&s, *uri)) {
      test_sign_in_and_authenticate(&s);
      test_wrong_passwords_and_lockout(&s);
      test_external_sign_in(&s);
      test_revoke_errors(&s);
      test_options(&s);
      test_change_password(&s);
    }
    accounts_fixture_close(&s);
  }
  return check_finish("capi_accounts");
}
