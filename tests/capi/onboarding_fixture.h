/*
 * The platform's institute in a store, one of its operators as a principal, and a valid
 * connection request form: what the C tests of ejournal/onboarding.h and ejournal/outbox.h share.
 */
#ifndef EJ_TESTS_CAPI_ONBOARDING_FIXTURE_H
#define EJ_TESTS_CAPI_ONBOARDING_FIXTURE_H

#include "ejournal.h"

/* Monday 2 September 2024, 07:00 UTC, in µs since the epoch: the tests' "now". */
#define ONBOARDING_NOW INT64_C(1725260400000000)
#define ONBOARDING_MINUTE INT64_C(60000000)
#define ONBOARDING_BASE_URL "https://journal.example.ua/invitations/accept"

typedef struct platform {
  ej_store* store;
  ej_uuid institute;
  ej_uuid operator_id;
  ej_principal* operator_principal; /* an institute operator */
  ej_principal* anonymous;
} platform;

/* Opens `uri` and stores the institute and its operator; 1 on success, 0 after failed CHECKs. */
int onboarding_fixture_open(platform* p, const char* uri);

/* Frees what onboarding_fixture_open made. */
void onboarding_fixture_close(platform* p);

/* A form that passes every check (with spellings that need normalising), with `edrpou` (also its
 * ДІСО id) so that several requests of one store never collide. */
ej_connection_request_form onboarding_fixture_form(const char* edrpou);

/* Submits a valid form with a fresh ЄДРПОУ and approves it; returns 1 on success. The
 * invitation e-mail is then in the outbox. */
int onboarding_fixture_approved(platform* p, ej_approval* out);

#endif
