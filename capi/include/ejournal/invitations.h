/*
 * ejournal/invitations.h — how the people of an institution come to it: an administrator invites
 * a person (new, or already stored) to take a role; the invitation e-mail goes to the outbox
 * (ejournal/outbox.h); the person accepts with the token of its link, which makes their account
 * (ejournal/accounts.h) bound to a password or an external identity.
 *
 * Secrets: an invitation token is 256 bits from the operating system's CSPRNG, handed out as a
 * char* and in the e-mail only (the store keeps its hash).
 * Time: each function takes `now` as a pointer to µs since the epoch (UTC); NULL means the
 * system clock.
 * Form errors: a form (or a reason) with problems fails with EJ_EINVALID, and the problems are
 * then listed field by field by ej_error_field_count() and ej_error_field() (ejournal/common.h).
 * Every function is one unit of work: on any error nothing is stored.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_INVITATIONS_H
#define EJOURNAL_INVITATIONS_H

#include "ejournal/access.h"
#include "ejournal/accounts.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** How a parent is related to the child named in their invitation. Append-only. */
typedef enum ej_parent_relation {
  EJ_PARENT_MOTHER = 1,
  EJ_PARENT_FATHER = 2,
  EJ_PARENT_GUARDIAN = 3,
  EJ_PARENT_OTHER = 4
} ej_parent_relation;

/**
 * Whom to invite to which role: either `person_id` names a person of the institution (the text
 * fields stay NULL or empty) or the text fields describe a new person. A NULL text is read as
 * "". The field names of the form errors are the member names.
 */
typedef struct ej_invitation_form {
  uint32_t version;
  int32_t role;           /**< ej_role (ejournal/access.h) */
  ej_uuid institution_id; /**< not nil */
  ej_uuid person_id;      /**< an existing person; nil: a new one from the fields below */
  const char* surname;    /**< required for a new person */
  const char* given_name; /**< required for a new person */
  const char* patronymic; /**< optional */
  const char* email;      /**< required for a new person; the login of their account */
  const char* phone;      /**< optional, a Ukrainian number in any usual spelling */
  ej_uuid class_id;       /**< the class of EJ_ROLE_CLASS_TEACHER; nil for other roles */
  ej_uuid child_id;       /**< the child (a student) of EJ_ROLE_PARENT; nil for other roles */
  int32_t relation;       /**< ej_parent_relation, read for a parent only */
  int32_t reserved;       /**< 0 */
} ej_invitation_form;

#define EJ_INVITATION_FORM_VERSION 1
#define EJ_INVITATION_FORM_INIT                                                              \
  {                                                                                          \
    EJ_INVITATION_FORM_VERSION, EJ_ROLE_TEACHER, {{0}}, {{0}}, NULL, NULL, NULL, NULL, NULL, \
        {{0}}, {{0}}, EJ_PARENT_OTHER, 0                                                     \
  }

/** How the invitation e-mail is written and how long the invitation lasts. Set `version`. */
typedef struct ej_invitation_options {
  uint32_t version;
  int32_t days; /**< how long the invitation may wait to be accepted, 1 … 365 */
  /** The acceptance page of the invitation link: "https://host/…" (or http://localhost …). */
  const char* base_url;
  const char* locale; /**< of the invitation e-mail: "uk" or "en"; NULL: "uk" */
} ej_invitation_options;

#define EJ_INVITATION_OPTIONS_VERSION 1
#define EJ_INVITATION_OPTIONS_INIT \
  { EJ_INVITATION_OPTIONS_VERSION, 7, NULL, "uk" }

/**
 * Fills `opts` with the defaults of `version`: 7 days, in Ukrainian, no base URL (needed).
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_invitation_options_init(ej_invitation_options* opts, uint32_t version);

/** An issued invitation. The caller sets `version` (EJ_ISSUED_INVITATION_INIT). */
typedef struct ej_issued_invitation {
  uint32_t version;
  int32_t reserved;
  ej_uuid invitation;
  ej_uuid person; /**< the invited person: the new one, or form->person_id */
} ej_issued_invitation;

#define EJ_ISSUED_INVITATION_VERSION 1
#define EJ_ISSUED_INVITATION_INIT             \
  {                                           \
    EJ_ISSUED_INVITATION_VERSION, 0, {{0}}, { \
      { 0 }                                   \
    }                                         \
  }

/**
 * Invites a person to take form->role in form->institution_id. In one unit of work: the person
 * (new, from the form's fields normalised; or the existing one), the role grant (unless they
 * hold it), a parent's link to the child (unless it exists), the invitation, its e-mail in the
 * outbox, and the audit entries.
 * @param[out] out what was made; the caller sets out->version. Zeroed (but its version) on
 *             failure.
 * @param[out] out_token NULL, or receives the invitation token, the only copy besides the
 *             e-mail in the outbox: overwrite it before freeing it. NULL on failure.
 * @param now NULL: the system clock.
 * @param options NULL: EJ_INVITATION_OPTIONS_INIT, which has no base URL and so fails.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil institution, an unknown role or
 *         relation, bad options (the message names the option), a child who is not a student,
 *         or a form with problems (each listed by ej_error_field(): "person_id", "surname",
 *         "given_name", "patronymic", "email", "phone", "class_id", "child_id"); EJ_EVERSION
 *         for an unknown struct version; EJ_EPERM when the principal may not invite to the role;
 *         EJ_ENOTFOUND for an unknown institution, person, class or child; EJ_ECONFLICT when the
 *         person already has a pending invitation to the role (resend it instead); EJ_EEXISTS
 *         when the e-mail is the login of another person's account; EJ_ESTORAGE.
 * Ownership: free *out_token with ej_free().
 * Since: 0.1
 */
EJ_API int ej_invite(ej_issued_invitation* out, char** out_token, ej_store* store,
                     const int64_t* now, const ej_principal* principal,
                     const ej_invitation_form* form, const ej_invitation_options* options);

/** What accepting an invitation binds to the account it creates. */
typedef enum ej_credential_kind {
  EJ_CREDENTIAL_NONE = 1,     /**< nothing: the person already has an account */
  EJ_CREDENTIAL_PASSWORD = 2, /**< `password` */
  EJ_CREDENTIAL_EXTERNAL = 3  /**< the identity (`issuer`, `subject`) of the embedder's sign-in */
} ej_credential_kind;

/** A credential; only the members of its kind are read. Set `version`. */
typedef struct ej_credential {
  uint32_t version;
  int32_t kind;         /**< ej_credential_kind */
  const char* password; /**< UTF-8; the rules of ej_change_password() apply */
  const char* issuer;   /**< 1 … 255 bytes of printable UTF-8, e.g. "https://id.vendor.example" */
  const char* subject;  /**< 1 … 255 bytes of printable UTF-8: the person's id at the issuer */
} ej_credential;

#define EJ_CREDENTIAL_VERSION 1
#define EJ_CREDENTIAL_INIT \
  { EJ_CREDENTIAL_VERSION, EJ_CREDENTIAL_NONE, NULL, NULL, NULL }

/** What an acceptance did. The caller sets `version` (EJ_ACCEPTED_INVITATION_INIT). */
typedef struct ej_accepted_invitation {
  uint32_t version;
  int32_t account_created; /**< 0/1: 0 when the person already had an account */
  ej_uuid invitation;
  ej_uuid institution;
  ej_uuid person;
  ej_uuid account;
} ej_accepted_invitation;

#define EJ_ACCEPTED_INVITATION_VERSION 1
#define EJ_ACCEPTED_INVITATION_INIT                           \
  {                                                           \
    EJ_ACCEPTED_INVITATION_VERSION, 0, {{0}}, {{0}}, {{0}}, { \
      { 0 }                                                   \
    }                                                         \
  }

/**
 * Accepts the invitation whose token is `token`. A person without an account gets one (login:
 * their e-mail in lower case) bound to `credential`: a password (not the e-mail, not the
 * person's names, not common; hashed per `password_options`) or an external identity. A person
 * who already has an account passes no credential. Marks the invitation accepted, audited.
 * Open to everyone (the token is the proof).
 * @param[out] out what was done; the caller sets out->version; may be NULL.
 * @param now NULL: the system clock.
 * @param credential NULL: EJ_CREDENTIAL_NONE.
 * @param password_options NULL: EJ_PASSWORD_OPTIONS_INIT (ejournal/accounts.h).
 * @return EJ_OK; EJ_EINVALID for a NULL store or token, a malformed token (never quoted), an
 *         unknown credential kind, bad options, a credential missing for a new account or given
 *         for an existing one, a refused password (the message says why, never quoting it) or
 *         identity; EJ_EVERSION for an unknown struct version; EJ_ENOTFOUND when no invitation
 *         has the token; EJ_EPERM when it was revoked; EJ_ECONFLICT when it was accepted
 *         already; EJ_EEXPIRED when it is past its expiry; EJ_EEXISTS when the login or the
 *         identity is another account's; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_invitation_accept(ej_accepted_invitation* out, ej_store* store, const int64_t* now,
                                const char* token, const ej_credential* credential,
                                const ej_password_options* password_options);

/**
 * Revokes the pending invitation `invitation` of `institution`, so that its token stops
 * working (the person and their role grant stay), audited with the optional `reason` (NULL or
 * "": none).
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id, or a bad reason (listed by
 *         ej_error_field() as field "reason"); EJ_EPERM when the principal may not;
 *         EJ_ENOTFOUND for an unknown invitation; EJ_ECONFLICT when it is not pending (naming
 *         its state); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_invitation_revoke(ej_store* store, const int64_t* now, const ej_principal* principal,
                                const ej_uuid* institution, const ej_uuid* invitation,
                                const char* reason);

/**
 * Sends the pending invitation `invitation` of `institution` again, with a new token (the old
 * one stops working), a new expiry counted from `now`, and a new e-mail in the outbox.
 * @param[out] out, out_token as ej_invite().
 * @param options NULL: EJ_INVITATION_OPTIONS_INIT, which has no base URL and so fails.
 * @return as ej_invitation_revoke(); EJ_EINVALID for bad options; EJ_EVERSION.
 * Ownership: free *out_token with ej_free().
 * Since: 0.1
 */
EJ_API int ej_invitation_resend(ej_issued_invitation* out, char** out_token, ej_store* store,
                                const int64_t* now, const ej_principal* principal,
                                const ej_uuid* institution, const ej_uuid* invitation,
                                const ej_invitation_options* options);

/** The state of an invitation. */
typedef enum ej_invitation_status {
  EJ_INVITATION_PENDING = 1,
  EJ_INVITATION_ACCEPTED = 2,
  EJ_INVITATION_REVOKED = 3
} ej_invitation_status;

/** An invitation as stored (never its token). */
typedef struct ej_invitation {
  uint32_t version;
  int32_t role; /**< ej_role */
  ej_uuid id;
  ej_uuid institution;
  ej_uuid person;
  ej_uuid school_class; /**< a class teacher's class; nil otherwise */
  ej_uuid child;        /**< a parent's child; nil otherwise */
  const char* email;    /**< where the e-mail went */
  int32_t status;       /**< ej_invitation_status */
  int32_t reserved;
  int64_t created_at;  /**< µs since the epoch */
  int64_t expires_at;  /**< µs since the epoch; moved by a resend */
  int64_t accepted_at; /**< µs since the epoch; 0 unless accepted */
  int64_t revision;    /**< counts the changes */
} ej_invitation;

#define EJ_INVITATION_VERSION 1

/** Invitations read back; immutable, shareable between threads. */
typedef struct ej_invitation_list ej_invitation_list;

/**
 * The invitations of `person` of `institution`, oldest first.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a nil id; EJ_EPERM when the principal may
 *         not read the institution's people; EJ_ESTORAGE.
 * Ownership: free *out with ej_invitation_list_free().
 * Since: 0.1
 */
EJ_API int ej_invitations_list(ej_invitation_list** out, ej_store* store,
                               const ej_principal* principal, const ej_uuid* institution,
                               const ej_uuid* person);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_invitation_list_count(int64_t* out, const ej_invitation_list* list);

/**
 * The record at `index` (0 … count−1); borrowed, strings included, until the list is freed.
 * @return EJ_OK; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_invitation_list_get(const ej_invitation** out, const ej_invitation_list* list,
                                  int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_invitation_list_free(ej_invitation_list* list);

EJ_END_DECL

#endif
