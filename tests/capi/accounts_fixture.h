/*
 * A school that joined through onboarding, whose administrator accepted their invitation with a
 * password, signed in, and acts through the principal their session authenticates to: what the
 * C tests of ejournal/invitations.h and ejournal/accounts.h share.
 */
#ifndef EJ_TESTS_CAPI_ACCOUNTS_FIXTURE_H
#define EJ_TESTS_CAPI_ACCOUNTS_FIXTURE_H

#include "ejournal.h"
#include "onboarding_fixture.h"

/* A password the default policy accepts for anyone here. */
#define ACCOUNTS_GOOD_PASSWORD "сонячний ранок над Дніпром"
/* The administrator's login: the approved form's e-mail, lower-cased. */
#define ACCOUNTS_ADMIN_LOGIN "olena.admin@school.example.ua"
/* A well-formed token (43 characters of URL-safe base64) that no store has issued. */
#define ACCOUNTS_UNKNOWN_TOKEN "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
#define ACCOUNTS_DAY (INT64_C(24) * 60 * ONBOARDING_MINUTE)

typedef struct joined_school {
  platform p;
  ej_approval approval;      /* the school's institution, administrator and invitation */
  ej_principal* admin;       /* the administrator, as their session authenticates */
  char* admin_session;       /* that session's token */
  ej_password_options cheap; /* the cheapest Argon2id cost, for speed: tests only */
} joined_school;

/* Opens `uri` and makes the school; 1 on success, 0 after failed CHECKs. */
int accounts_fixture_open(joined_school* s, const char* uri);

/* Frees what accounts_fixture_open made. */
void accounts_fixture_close(joined_school* s);

/* A form inviting a new teacher of the school, with spellings that need normalising and the
 * e-mail `email`. */
ej_invitation_form accounts_fixture_teacher_form(const joined_school* s, const char* email);

/* Invitation options linking to ONBOARDING_BASE_URL. */
ej_invitation_options accounts_fixture_options(void);

/* A password credential of ACCOUNTS_GOOD_PASSWORD. */
ej_credential accounts_fixture_password(void);

/* Invites a new teacher with `email` as the administrator; returns the token (ej_free it) and
 * fills `out`, or NULL after failed CHECKs. */
char* accounts_fixture_invite_teacher(joined_school* s, const char* email,
                                      ej_issued_invitation* out);

#endif
