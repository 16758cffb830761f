/*
 * ejournal/onboarding.h — how an institution joins: it submits a connection request, the
 * institute's operators review it, and an approval creates the institution, its administrator,
 * the administrator's role and invitation, and the invitation e-mail in the outbox
 * (ejournal/outbox.h) — atomically.
 *
 * The store must hold the institute (the one institution of EJ_INSTITUTION_OTHER) before a
 * request is submitted: the audit trail of every request lives there.
 *
 * Time: each function takes `now` as a pointer to µs since the epoch (UTC); NULL means the
 * system clock. Randomness (the invitation token) comes from the operating system's CSPRNG.
 *
 * Form errors: a form (or a decision reason) with problems fails with EJ_EINVALID, and the
 * problems are then listed field by field by ej_error_field_count() and ej_error_field()
 * (ejournal/common.h), e.g. ("edrpou", "has a wrong check digit").
 * Every function is one unit of work: on any error nothing is stored.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_ONBOARDING_H
#define EJOURNAL_ONBOARDING_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/**
 * The connection request as the caller received it: raw UTF-8 text, checked by the library.
 * A NULL field is read as "". The field names of the form errors are the member names.
 */
typedef struct ej_connection_request_form {
  uint32_t version;
  int32_t reserved;             /**< 0 */
  const char* kind;             /**< "kindergarten", "school", "college" or "vocational" */
  const char* hromada_katottg;  /**< КАТОТТГ code of the city or hromada, "UA" + 17 digits */
  const char* institution_name; /**< as registered */
  const char* diso_id;          /**< the institution's id in ДІСО (digits) */
  const char* edrpou;           /**< ЄДРПОУ, 8 digits with its check digit */
  const char* admin_surname;
  const char* admin_given_name;
  const char* admin_patronymic; /**< may be empty */
  const char* admin_email;
  const char* admin_phone; /**< a Ukrainian number in any usual spelling */
} ej_connection_request_form;

#define EJ_CONNECTION_REQUEST_FORM_VERSION 1
#define EJ_CONNECTION_REQUEST_FORM_INIT                                                          \
  {                                                                                              \
    EJ_CONNECTION_REQUEST_FORM_VERSION, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
        NULL                                                                                     \
  }

/**
 * Checks every field of `form`, stores it as a pending request submitted at `now`, and audits
 * it in the institute, in one unit of work. Open to everyone (no principal).
 * @param[out] out_id the new request's id; may be NULL.
 * @param now NULL: the system clock.
 * @return EJ_OK; EJ_EINVALID for a NULL store or form, or a form with problems (every one listed
 *         by ej_error_field(): required and empty, too long, not valid UTF-8, a control
 *         character, a name not in Ukrainian Cyrillic, a bad ЄДРПОУ check digit, a malformed ДІСО
 *         id or КАТОТТГ code, an e-mail address or a phone number that is not one);
 *         EJ_EVERSION for an unknown form->version; EJ_ECONFLICT naming the ЄДРПОУ or the ДІСО
 *         id when a pending or approved request or an institution already has it; EJ_ENOTFOUND
 *         when the store has no institute; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_onboarding_submit(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                const ej_connection_request_form* form);

/** How an approval invites the new administrator. Grows only at the end; set `version`. */
typedef struct ej_review_options {
  uint32_t version;
  int32_t invitation_days; /**< how long the invitation may wait to be accepted, ≥ 1 */
  /** The acceptance page of the invitation link: "https://host/…" (or http://localhost …). */
  const char* base_url;
  const char* locale; /**< of the invitation e-mail: "uk" or "en"; NULL: "uk" */
  const char* reason; /**< the operator's note, kept with the decision; NULL: none */
} ej_review_options;

#define EJ_REVIEW_OPTIONS_VERSION 1
#define EJ_REVIEW_OPTIONS_INIT \
  { EJ_REVIEW_OPTIONS_VERSION, 7, NULL, "uk", NULL }

/**
 * Fills `opts` with the defaults of `version` (no base URL: approval needs one).
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_review_options_init(ej_review_options* opts, uint32_t version);

/** What an approval made. The caller sets `version` (EJ_APPROVAL_INIT); the library fills in. */
typedef struct ej_approval {
  uint32_t version;
  int32_t reserved;
  ej_uuid institution; /**< the new institution */
  ej_uuid admin;       /**< its administrator, a person of it */
  ej_uuid grant;       /**< the administrator's EJ_ROLE_INSTITUTION_ADMIN grant */
  ej_uuid invitation;  /**< the administrator's invitation */
} ej_approval;

#define EJ_APPROVAL_VERSION 1
#define EJ_APPROVAL_INIT                           \
  {                                                \
    EJ_APPROVAL_VERSION, 0, {{0}}, {{0}}, {{0}}, { \
      { 0 }                                        \
    }                                              \
  }

/**
 * Approves the pending request `request` at revision `expected_revision`. In one unit of work:
 * the institution (active; the oblast from its КАТОТТГ code), its administrator, their
 * EJ_ROLE_INSTITUTION_ADMIN grant, an invitation with a fresh token (stored only as its hash,
 * expiring after options->invitation_days), the invitation e-mail in the outbox, the audit
 * entries, and the request approved.
 * @param[out] out what was made; the caller sets out->version. Zeroed (but its version) on
 *             failure.
 * @param[out] out_token NULL, or receives the invitation token. It is the only copy besides the
 *             e-mail in the outbox (the store keeps its hash): overwrite it before freeing it.
 * @param now NULL: the system clock.
 * @param options NULL: EJ_REVIEW_OPTIONS_INIT, which has no base URL and so fails.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil request id, bad options (the message
 *         names the option; a bad reason is listed by ej_error_field() as "reason");
 *         EJ_EVERSION for an unknown out->version or options->version; EJ_EPERM when the
 *         principal may not review requests (only institute operators and the system may);
 *         EJ_ENOTFOUND for an unknown request; EJ_ECONFLICT when the revision is not the
 *         request's, when it is not pending (naming its state), or when an institution already
 *         has its ЄДРПОУ or ДІСО id; EJ_ESTORAGE.
 * Ownership: free *out_token with ej_free().
 * Since: 0.1
 */
EJ_API int ej_onboarding_approve(ej_approval* out, char** out_token, ej_store* store,
                                 const int64_t* now, const ej_principal* principal,
                                 const ej_uuid* request, int64_t expected_revision,
                                 const ej_review_options* options);

/**
 * Rejects the pending request `request` at revision `expected_revision`, with `reason` (required:
 * not empty once trimmed, at most 1000 bytes of valid UTF-8), audited.
 * @param now NULL: the system clock.
 * @return as ej_onboarding_approve(); EJ_EINVALID for a bad reason, listed by ej_error_field()
 *         as field "reason".
 * Since: 0.1
 */
EJ_API int ej_onboarding_reject(ej_store* store, const int64_t* now, const ej_principal* principal,
                                const ej_uuid* request, int64_t expected_revision,
                                const char* reason);

/**
 * Records that the institution withdrew its pending request (it wrote to the institute, whose
 * operators record it), audited with the optional `reason` (NULL or "": none).
 * @return as ej_onboarding_reject().
 * Since: 0.1
 */
EJ_API int ej_onboarding_withdraw(ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* request,
                                  int64_t expected_revision, const char* reason);

/** The state of a connection request. */
typedef enum ej_request_status {
  EJ_REQUEST_PENDING = 1,
  EJ_REQUEST_APPROVED = 2,
  EJ_REQUEST_REJECTED = 3,
  EJ_REQUEST_WITHDRAWN = 4
} ej_request_status;

/** A connection request as stored: the form's fields normalised, and the decision. */
typedef struct ej_connection_request {
  uint32_t version;
  int32_t kind; /**< ej_institution_kind (ejournal/store.h) */
  ej_uuid id;
  const char* hromada_katottg;
  const char* institution_name;
  const char* diso_id;
  const char* edrpou;
  const char* admin_surname;
  const char* admin_given_name;
  const char* admin_patronymic; /**< NULL when the administrator has none */
  const char* admin_email;      /**< normalised (domain lower-case, IDN as ASCII) */
  const char* admin_phone;      /**< E.164 */
  int32_t status;               /**< ej_request_status */
  int32_t reserved;
  const char* decision_reason; /**< "" when none */
  int64_t submitted_at;        /**< µs since the epoch */
  int64_t decided_at;          /**< µs since the epoch; 0 while pending */
  ej_uuid institution;         /**< the institution an approval made; nil otherwise */
  int64_t revision;            /**< pass it as `expected_revision` to decide */
} ej_connection_request;

#define EJ_CONNECTION_REQUEST_VERSION 1

/** Requests read back; immutable, shareable between threads. */
typedef struct ej_connection_request_list ej_connection_request_list;

/**
 * The connection requests, oldest first; with `status` 0 all of them, otherwise only those of
 * that ej_request_status.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or an unknown status; EJ_EPERM when the
 *         principal may not list requests (only institute operators and the system may);
 *         EJ_ESTORAGE.
 * Ownership: free *out with ej_connection_request_list_free().
 * Since: 0.1
 */
EJ_API int ej_onboarding_list(ej_connection_request_list** out, ej_store* store,
                              const ej_principal* principal, int32_t status);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_connection_request_list_count(int64_t* out, const ej_connection_request_list* list);

/**
 * The record at `index` (0 … count−1); borrowed, strings included, until the list is freed.
 * @return EJ_OK; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_connection_request_list_get(const ej_connection_request** out,
                                          const ej_connection_request_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_connection_request_list_free(ej_connection_request_list* list);

EJ_END_DECL

#endif
