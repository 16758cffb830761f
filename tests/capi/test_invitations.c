/* Invitations through the C ABI (ejournal/invitations.h) on the memory backend and an in-memory
 * SQLite database: a teacher, a student and a parent invited and listed; acceptance with a
 * password and with an external identity; revoke and resend; a form's problems field by field;
 * and every error of every entry. */
#include <string.h>

#include "accounts_fixture.h"
#include "check.h"
#include "store_fixture.h"

static const int64_t now = ONBOARDING_NOW;

/* The invitations of `person`; the caller frees the list. */
static ej_invitation_list* invitations_of(joined_school* s, const ej_uuid* person, int64_t* count) {
  ej_invitation_list* list = NULL;
  *count = -1;
  if (CHECK_OK(
          ej_invitations_list(&list, s->p.store, s->admin, &s->approval.institution, person))) {
    CHECK_OK(ej_invitation_list_count(count, list));
  }
  return list;
}

/* The status of the only invitation of `person`, or 0. */
static int32_t status_of(joined_school* s, const ej_uuid* person) {
  int64_t count = 0;
  const ej_invitation* invitation = NULL;
  ej_invitation_list* list = invitations_of(s, person, &count);
  int32_t status = 0;
  if (CHECK_INT(count, 1) && CHECK_OK(ej_invitation_list_get(&invitation, list, 0))) {
    status = invitation->status;
  }
  ej_invitation_list_free(list);
  return status;
}

static void test_invite_list_and_accept(joined_school* s) {
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_accepted_invitation accepted = EJ_ACCEPTED_INVITATION_INIT;
  ej_credential password = accounts_fixture_password();
  const ej_invitation* invitation = NULL;
  int64_t count = 0;
  ej_invitation_list* list = NULL;
  const ej_uuid nil = {{0}};
  char* token = accounts_fixture_invite_teacher(s, " Andriy.Melnyk@School.Example.UA ", &issued);
  if (!CHECK(token != NULL)) return;
  CHECK_INT(strlen(token), 43);
  CHECK(!store_fixture_same_id(&issued.invitation, &nil));

  list = invitations_of(s, &issued.person, &count);
  CHECK_INT(count, 1);
  if (CHECK_OK(ej_invitation_list_get(&invitation, list, 0))) {
    CHECK_INT(invitation->version, EJ_INVITATION_VERSION);
    CHECK(store_fixture_same_id(&invitation->id, &issued.invitation));
    CHECK(store_fixture_same_id(&invitation->institution, &s->approval.institution));
    CHECK(store_fixture_same_id(&invitation->person, &issued.person));
    CHECK(store_fixture_same_id(&invitation->school_class, &nil));
    CHECK(store_fixture_same_id(&invitation->child, &nil));
    CHECK_INT(invitation->role, EJ_ROLE_TEACHER);
    CHECK_STR(invitation->email, "Andriy.Melnyk@school.example.ua");
    CHECK_INT(invitation->status, EJ_INVITATION_PENDING);
    CHECK_INT(invitation->created_at, now);
    CHECK_INT(invitation->expires_at, now + 7 * ACCOUNTS_DAY);
    CHECK_INT(invitation->accepted_at, 0);
  }
  CHECK_ERROR(ej_invitation_list_get(&invitation, list, 1), EJ_ERANGE, "index 1");
  CHECK(invitation == NULL);
  ej_invitation_list_free(list);
  ej_invitation_list_free(NULL);

  /* The person's e-mail names the account's login; the invitation is accepted once. */
  if (CHECK_OK(ej_invitation_accept(&accepted, s->p.store, &now, token, &password, &s->cheap))) {
    CHECK_INT(accepted.account_created, 1);
    CHECK(store_fixture_same_id(&accepted.invitation, &issued.invitation));
    CHECK(store_fixture_same_id(&accepted.institution, &s->approval.institution));
    CHECK(store_fixture_same_id(&accepted.person, &issued.person));
    CHECK(!store_fixture_same_id(&accepted.account, &nil));
  }
  list = invitations_of(s, &issued.person, &count);
  if (CHECK_OK(ej_invitation_list_get(&invitation, list, 0))) {
    CHECK_INT(invitation->status, EJ_INVITATION_ACCEPTED);
    CHECK_INT(invitation->accepted_at, now);
    CHECK(invitation->revision >= 2);
  }
  ej_invitation_list_free(list);
  CHECK_ERROR(ej_invitation_accept(NULL, s->p.store, &now, token, &password, &s->cheap),
              EJ_ECONFLICT, "");
  {
    ej_signed_in signed_in = EJ_SIGNED_IN_INIT;
    char* session = NULL;
    CHECK_OK(ej_sign_in(&signed_in, &session, s->p.store, &now, "andriy.melnyk@school.example.ua",
                        ACCOUNTS_GOOD_PASSWORD, NULL, &s->cheap));
    CHECK(store_fixture_same_id(&signed_in.account, &accepted.account));
    ej_free(session);
  }
  ej_free(token);

  /* The same person invited again to the same role conflicts while it is pending; with an
   * account already, a second role needs no credential. */
  {
    ej_invitation_form form = EJ_INVITATION_FORM_INIT;
    ej_invitation_options options = accounts_fixture_options();
    ej_issued_invitation again = EJ_ISSUED_INVITATION_INIT;
    form.institution_id = s->approval.institution;
    form.person_id = issued.person;
    form.role = EJ_ROLE_DEPUTY;
    if (CHECK_OK(ej_invite(&again, &token, s->p.store, &now, s->admin, &form, &options))) {
      CHECK(store_fixture_same_id(&again.person, &issued.person));
      CHECK_ERROR(ej_invite(&again, NULL, s->p.store, &now, s->admin, &form, &options),
                  EJ_ECONFLICT, "");
      CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &password, &s->cheap),
                  EJ_EINVALID, "");
      CHECK_OK(ej_invitation_accept(&accepted, s->p.store, &now, token, NULL, &s->cheap));
      CHECK_INT(accepted.account_created, 0);
      ej_free(token);
    }
  }
}

/* A student, then a parent of that student, and a class teacher of no class. */
static void test_roles(joined_school* s) {
  ej_invitation_form form = accounts_fixture_teacher_form(s, "student@school.example.ua");
  ej_invitation_options options = accounts_fixture_options();
  ej_issued_invitation student = EJ_ISSUED_INVITATION_INIT, parent = EJ_ISSUED_INVITATION_INIT;
  const ej_invitation* invitation = NULL;
  int64_t count = 0;
  ej_invitation_list* list = NULL;
  const char* field = NULL;

  form.role = EJ_ROLE_STUDENT;
  form.surname = "Мельник";
  form.given_name = "Софія";
  form.patronymic = NULL;
  form.phone = NULL;
  if (!CHECK_OK(ej_invite(&student, NULL, s->p.store, &now, s->admin, &form, &options))) return;

  form = accounts_fixture_teacher_form(s, "parent@school.example.ua");
  form.role = EJ_ROLE_PARENT;
  form.child_id = student.person;
  form.relation = EJ_PARENT_FATHER;
  options.locale = "en";
  options.days = 14;
  if (CHECK_OK(ej_invite(&parent, NULL, s->p.store, &now, s->admin, &form, &options))) {
    list = invitations_of(s, &parent.person, &count);
    if (CHECK_OK(ej_invitation_list_get(&invitation, list, 0))) {
      CHECK_INT(invitation->role, EJ_ROLE_PARENT);
      CHECK(store_fixture_same_id(&invitation->child, &student.person));
      CHECK_INT(invitation->expires_at, now + 14 * ACCOUNTS_DAY);
    }
    ej_invitation_list_free(list);
  }

  /* A relation outside ej_parent_relation; a child who is not a student. */
  form.email = "parent2@school.example.ua";
  form.relation = 9;
  CHECK_ERROR(ej_invite(&parent, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "ej_parent_relation");
  form.relation = EJ_PARENT_MOTHER;
  form.child_id = parent.person;
  CHECK_ERROR(ej_invite(&parent, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "");

  form = accounts_fixture_teacher_form(s, "class.teacher@school.example.ua");
  form.role = EJ_ROLE_CLASS_TEACHER;
  CHECK_ERROR(ej_invite(&parent, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "class_id");
  CHECK_INT(ej_error_field_count(), 1);
  CHECK_OK(ej_error_field(&field, NULL, 0));
  CHECK_STR(field, "class_id");
}

/* Every problem of a form, field by field. */
static void test_field_problems(joined_school* s) {
  ej_invitation_form form = accounts_fixture_teacher_form(s, "not an e-mail");
  ej_invitation_options options = accounts_fixture_options();
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  char* token = STALE(char);
  const char* field = NULL;
  const char* problem = NULL;
  int found_surname = 0, found_email = 0, found_phone = 0, found_child = 0;

  form.surname = NULL;
  form.phone = "12";
  CHECK_OK(ej_uuid_generate(&form.child_id));
  CHECK_ERROR(ej_invite(&issued, &token, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "");
  CHECK(token == NULL);
  CHECK_INT(ej_error_field_count(), 4);
  for (int32_t i = 0; i < ej_error_field_count(); ++i) {
    CHECK_OK(ej_error_field(&field, &problem, i));
    if (strcmp(field, "surname") == 0) found_surname = strcmp(problem, "is required") == 0;
    if (strcmp(field, "email") == 0) found_email = 1;
    if (strcmp(field, "phone") == 0) found_phone = 1;
    if (strcmp(field, "child_id") == 0) found_child = 1;
  }
  CHECK(found_surname && found_email && found_phone && found_child);

  /* An existing person with fields that describe a new one. */
  form = accounts_fixture_teacher_form(s, "someone@school.example.ua");
  form.person_id = s->approval.admin;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "");
  CHECK(ej_error_field_count() >= 4);
}

static void test_revoke_and_resend(joined_school* s) {
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT, resent = EJ_ISSUED_INVITATION_INIT;
  ej_invitation_options options = accounts_fixture_options();
  ej_credential password = accounts_fixture_password();
  char* first = accounts_fixture_invite_teacher(s, "revoked@school.example.ua", &issued);
  char* second = NULL;
  const int64_t later = now + ONBOARDING_MINUTE;
  static char huge[70000];
  const char* field = NULL;

  if (!CHECK(first != NULL)) return;
  if (CHECK_OK(ej_invitation_resend(&resent, &second, s->p.store, &later, s->admin,
                                    &s->approval.institution, &issued.invitation, &options))) {
    CHECK(store_fixture_same_id(&resent.invitation, &issued.invitation));
    CHECK(store_fixture_same_id(&resent.person, &issued.person));
    CHECK(strcmp(first, second) != 0);
    /* The old token stopped working. */
    CHECK_ERROR(ej_invitation_accept(NULL, s->p.store, &later, first, &password, &s->cheap),
                EJ_ENOTFOUND, "");
  }

  memset(huge, 'x', sizeof huge - 1);
  CHECK_ERROR(ej_invitation_revoke(s->p.store, &later, s->admin, &s->approval.institution,
                                   &issued.invitation, huge),
              EJ_EINVALID, "reason");
  CHECK_INT(ej_error_field_count(), 1);
  CHECK_OK(ej_error_field(&field, NULL, 0));
  CHECK_STR(field, "reason");
  CHECK_ERROR(ej_invitation_revoke(s->p.store, &later, s->p.anonymous, &s->approval.institution,
                                   &issued.invitation, NULL),
              EJ_EPERM, "");
  CHECK_OK(ej_invitation_revoke(s->p.store, &later, s->admin, &s->approval.institution,
                                &issued.invitation, "Помилка в адресі"));
  CHECK_INT(status_of(s, &issued.person), EJ_INVITATION_REVOKED);
  if (second != NULL) {
    CHECK_ERROR(ej_invitation_accept(NULL, s->p.store, &later, second, &password, &s->cheap),
                EJ_EPERM, "");
  }
  CHECK_ERROR(ej_invitation_revoke(s->p.store, &later, s->admin, &s->approval.institution,
                                   &issued.invitation, NULL),
              EJ_ECONFLICT, "revoked");
  CHECK_ERROR(ej_invitation_resend(&resent, NULL, s->p.store, &later, s->admin,
                                   &s->approval.institution, &issued.invitation, &options),
              EJ_ECONFLICT, "revoked");
  ej_free(first);
  ej_free(second);
}

static void test_accept_errors(joined_school* s) {
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_accepted_invitation accepted = EJ_ACCEPTED_INVITATION_INIT;
  ej_credential credential = accounts_fixture_password();
  ej_password_options weak_cost = s->cheap;
  char* token = accounts_fixture_invite_teacher(s, "acceptor@school.example.ua", &issued);
  const int64_t expired = now + 8 * ACCOUNTS_DAY;

  if (!CHECK(token != NULL)) return;
  CHECK_ERROR(
      ej_invitation_accept(&accepted, s->p.store, &now, "not a token", &credential, &s->cheap),
      EJ_EINVALID, "");
  CHECK(strstr(ej_error_last()->message, "not a token") == NULL);
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, ACCOUNTS_UNKNOWN_TOKEN, &credential,
                                   &s->cheap),
              EJ_ENOTFOUND, "");
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &expired, token, &credential, &s->cheap),
              EJ_EEXPIRED, "");
  /* A new account needs a credential; a refused password is never quoted. */
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, NULL, &s->cheap),
              EJ_EINVALID, "");
  credential.password = "qwerty123456";
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EINVALID, "password refused");
  CHECK(strstr(ej_error_last()->message, "qwerty") == NULL);
  credential.password = NULL;
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EINVALID, "'credential->password'");
  credential.kind = 7;
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EINVALID, "ej_credential_kind");
  credential.kind = EJ_CREDENTIAL_EXTERNAL;
  credential.issuer = "https://id.vendor.example";
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EINVALID, "'credential->subject'");
  credential.subject = "";
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EINVALID, "");
  credential.version = 0;
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EVERSION, "credential->version");
  weak_cost.ops_limit = 0;
  credential = accounts_fixture_password();
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &weak_cost),
              EJ_EINVALID, "password_options->ops_limit");
  accepted.version = 9;
  CHECK_ERROR(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap),
              EJ_EVERSION, "out->version");
  CHECK_ERROR(ej_invitation_accept(NULL, NULL, &now, token, &credential, &s->cheap), EJ_EINVALID,
              "'store'");
  CHECK_ERROR(ej_invitation_accept(NULL, s->p.store, &now, NULL, &credential, &s->cheap),
              EJ_EINVALID, "'token'");
  CHECK_INT(status_of(s, &issued.person), EJ_INVITATION_PENDING);

  /* After all that it is still pending; an external identity binds. */
  credential.kind = EJ_CREDENTIAL_EXTERNAL;
  credential.issuer = "https://id.vendor.example";
  credential.subject = "teacher-42";
  accepted.version = EJ_ACCEPTED_INVITATION_VERSION;
  if (CHECK_OK(ej_invitation_accept(&accepted, s->p.store, &now, token, &credential, &s->cheap))) {
    CHECK_INT(accepted.account_created, 1);
  }
  ej_free(token);

  /* The identity is that account's now: another person cannot bind it. */
  token = accounts_fixture_invite_teacher(s, "second.acceptor@school.example.ua", &issued);
  if (CHECK(token != NULL)) {
    CHECK_ERROR(ej_invitation_accept(NULL, s->p.store, &now, token, &credential, &s->cheap),
                EJ_EEXISTS, "");
    CHECK_INT(status_of(s, &issued.person), EJ_INVITATION_PENDING);
  }
  ej_free(token);
}

static void test_argument_errors(joined_school* s) {
  ej_invitation_form form = accounts_fixture_teacher_form(s, "args@school.example.ua");
  ej_invitation_options options = accounts_fixture_options();
  ej_issued_invitation issued = EJ_ISSUED_INVITATION_INIT;
  ej_invitation_list* list = STALE(ej_invitation_list);
  const ej_uuid nil = {{0}};
  ej_uuid unknown;
  int64_t count = 0;

  CHECK_OK(ej_uuid_generate(&unknown));
  CHECK_ERROR(ej_invite(NULL, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "'out'");
  issued.version = 0;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EVERSION,
              "out->version");
  issued.version = EJ_ISSUED_INVITATION_VERSION;
  CHECK_ERROR(ej_invite(&issued, NULL, NULL, &now, s->admin, &form, &options), EJ_EINVALID,
              "'store'");
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, NULL, &form, &options), EJ_EINVALID,
              "'principal'");
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, NULL, &options), EJ_EINVALID,
              "'form'");
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->p.anonymous, &form, &options), EJ_EPERM,
              "");
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, NULL), EJ_EINVALID, "");
  form.version = 2;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EVERSION,
              "form->version");
  form.version = EJ_INVITATION_FORM_VERSION;
  form.reserved = 1;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "form->reserved");
  form.reserved = 0;
  form.role = 0;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "ej_role");
  form.role = EJ_ROLE_TEACHER;
  form.institution_id = nil;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "form->institution_id");
  form.institution_id = s->approval.institution;
  form.person_id = unknown;
  form.surname = form.given_name = form.patronymic = form.email = form.phone = NULL;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_ENOTFOUND,
              "");
  form = accounts_fixture_teacher_form(s, ACCOUNTS_ADMIN_LOGIN);
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EEXISTS,
              "");
  form = accounts_fixture_teacher_form(s, "args@school.example.ua");
  options.days = 0;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "options->days");
  options.days = 366;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "options->days");
  options.days = 7;
  options.locale = "fr";
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EINVALID,
              "fr");
  options.locale = NULL;
  options.version = 2;
  CHECK_ERROR(ej_invite(&issued, NULL, s->p.store, &now, s->admin, &form, &options), EJ_EVERSION,
              "options->version");
  CHECK_OK(ej_invitation_options_init(&options, EJ_INVITATION_OPTIONS_VERSION));
  CHECK_INT(options.days, 7);
  CHECK_STR(options.locale, "uk");
  CHECK(options.base_url == NULL);
  CHECK_ERROR(ej_invitation_options_init(&options, 0), EJ_EVERSION, "version");
  CHECK_ERROR(ej_invitation_options_init(NULL, 1), EJ_EINVALID, "'opts'");
  options = accounts_fixture_options();

  CHECK_ERROR(
      ej_invitation_revoke(s->p.store, &now, s->admin, &s->approval.institution, &unknown, NULL),
      EJ_ENOTFOUND, "");
  CHECK_ERROR(
      ej_invitation_revoke(s->p.store, &now, s->admin, &s->approval.institution, &nil, NULL),
      EJ_EINVALID, "'invitation' is the nil UUID");
  CHECK_ERROR(ej_invitation_revoke(s->p.store, &now, s->admin, NULL, &unknown, NULL), EJ_EINVALID,
              "'institution'");
  CHECK_ERROR(ej_invitation_resend(&issued, NULL, s->p.store, &now, s->admin,
                                   &s->approval.institution, &unknown, &options),
              EJ_ENOTFOUND, "");
  CHECK_ERROR(ej_invitation_resend(NULL, NULL, s->p.store, &now, s->admin, &s->approval.institution,
                                   &unknown, &options),
              EJ_EINVALID, "'out'");

  CHECK_ERROR(ej_invitations_list(NULL, s->p.store, s->admin, &s->approval.institution, &unknown),
              EJ_EINVALID, "'out'");
  CHECK_ERROR(
      ej_invitations_list(&list, s->p.store, s->p.anonymous, &s->approval.institution, &unknown),
      EJ_EPERM, "");
  CHECK(list == NULL);
  CHECK_ERROR(ej_invitations_list(&list, s->p.store, s->admin, &s->approval.institution, &nil),
              EJ_EINVALID, "'person'");
  CHECK_ERROR(ej_invitation_list_count(&count, NULL), EJ_EINVALID, "'list'");
  ej_invitation_list_free(invitations_of(s, &unknown, &count));
  CHECK_INT(count, 0);
}

int main(void) {
  const char* const uris[] = {"memory:", "sqlite::memory:", NULL};
  for (const char* const* uri = uris; *uri != NULL; ++uri) {
    joined_school s;
    if (accounts_fixture_open(&s, *uri)) {
      test_invite_list_and_accept(&s);
      test_roles(&s);
      test_field_problems(&s);
      test_revoke_and_resend(&s);
      test_accept_errors(&s);
      test_argument_errors(&s);
    }
    accounts_fixture_close(&s);
  }
  return check_finish("capi_invitations");
}
