/*
 * ejournal/accounts.h — how a person signs in: with the login and password of the account that
 * accepting an invitation made (ejournal/invitations.h), or with an external identity the
 * embedding system vouches for; then each request authenticates the session token into the
 * principal that the service calls take (ejournal/access.h).
 *
 * Secrets: a session token is 256 bits from the operating system's CSPRNG, handed out once as
 * a char* (the store keeps only its hash); a password is hashed with Argon2id. Neither ever
 * appears in a message, the audit trail or the store.
 * Time: each function takes `now` as a pointer to µs since the epoch (UTC); NULL means the
 * system clock. Every function is one unit of work: on any error nothing is stored, except that
 * a wrong password is counted against its account (sign-in locks after repeated failures).
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_ACCOUNTS_H
#define EJOURNAL_ACCOUNTS_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/**
 * How passwords are hashed (Argon2id) and which new passwords are accepted. Grows only at the
 * end; set `version`. The default cost is libsodium's "interactive" level (2 passes over
 * 64 MiB, about 0.1–0.2 s a hash): production must keep it. A cheaper cost is for tests and
 * demonstrations only; a password hashed with another cost is rehashed at its next sign-in.
 */
typedef struct ej_password_options {
  uint32_t version;
  int32_t min_length;     /**< fewest characters of a new password, 8 … 64 */
  uint64_t ops_limit;     /**< Argon2id passes over memory, ≥ 1 */
  uint64_t mem_limit_kib; /**< Argon2id memory in KiB, ≥ 8 */
} ej_password_options;

#define EJ_PASSWORD_OPTIONS_VERSION 1
#define EJ_PASSWORD_OPTIONS_INIT \
  { EJ_PASSWORD_OPTIONS_VERSION, 12, 2, 65536 }

/**
 * Fills `opts` with the defaults of `version`: 12 characters at least, 2 passes over 64 MiB.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_password_options_init(ej_password_options* opts, uint32_t version);

/** How long sessions live and when sign-in locks. Grows only at the end; set `version`. */
typedef struct ej_session_options {
  uint32_t version;
  int32_t lock_after;          /**< the consecutive wrong password that first locks, ≥ 1 */
  int64_t idle_timeout_s;      /**< a session unused this many seconds ends, ≥ 1 */
  int64_t absolute_lifetime_s; /**< a session ends this long after sign-in, ≥ idle_timeout_s */
  int64_t first_lock_s;        /**< the first lock, in seconds, ≥ 1; doubles with each failure */
  int64_t max_lock_s;          /**< the longest lock, ≥ first_lock_s */
} ej_session_options;

#define EJ_SESSION_OPTIONS_VERSION 1
#define EJ_SESSION_OPTIONS_INIT \
  { EJ_SESSION_OPTIONS_VERSION, 5, 1800, 43200, 60, 3600 }

/**
 * Fills `opts` with the defaults of `version`: sessions end after 30 minutes unused or 12 hours
 * after sign-in; the 5th wrong password in a row locks sign-in for 1 minute, each further one
 * twice as long, up to 1 hour.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_session_options_init(ej_session_options* opts, uint32_t version);

/** A new session. The caller sets `version` (EJ_SIGNED_IN_INIT); the library fills in. */
typedef struct ej_signed_in {
  uint32_t version;
  int32_t reserved;
  ej_uuid session;
  ej_uuid account;
  ej_uuid person;
  ej_uuid institution;
  int64_t expires_at; /**< µs since the epoch: the absolute end; idleness may end it sooner */
} ej_signed_in;

#define EJ_SIGNED_IN_VERSION 1
#define EJ_SIGNED_IN_INIT \
  { EJ_SIGNED_IN_VERSION, 0, {{0}}, {{0}}, {{0}}, {{0}}, 0 }

/**
 * Signs in with a login (the account's e-mail, in any case and spelling) and a password, and
 * starts a session. A wrong login and a wrong password fail alike, with the same message and
 * about the same time, so that no one learns which logins exist; a wrong password counts
 * against the account and, per `session`, locks it for a while. A password hashed with another
 * cost than `password_options` asks is rehashed.
 * @param[out] out the session; the caller sets out->version. Zeroed (but its version) on failure.
 * @param[out] out_token receives the session token, the only copy: hand it to the client,
 *             overwrite it before freeing it. NULL on failure.
 * @param now NULL: the system clock.
 * @param session NULL: EJ_SESSION_OPTIONS_INIT.
 * @param password_options NULL: EJ_PASSWORD_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or bad options (the message names the field);
 *         EJ_EVERSION for an unknown struct version; EJ_EPERM for a wrong login or password,
 *         a locked account (the message says until when) or a disabled one; EJ_ESTORAGE.
 * Ownership: free *out_token with ej_free().
 * Since: 0.1
 */
EJ_API int ej_sign_in(ej_signed_in* out, char** out_token, ej_store* store, const int64_t* now,
                      const char* login, const char* password, const ej_session_options* session,
                      const ej_password_options* password_options);

/**
 * Signs in the account bound to the external identity (`issuer`, `subject`) that the embedding
 * system has authenticated, and starts a session. Only the session part of `session` is read.
 * @param[out] out, out_token as ej_sign_in().
 * @return EJ_OK; EJ_EINVALID for a NULL argument or bad options; EJ_EVERSION; EJ_EPERM when no
 *         account is bound to the identity or the account is disabled; EJ_ESTORAGE.
 * Ownership: free *out_token with ej_free().
 * Since: 0.1
 */
EJ_API int ej_sign_in_external(ej_signed_in* out, char** out_token, ej_store* store,
                               const int64_t* now, const char* issuer, const char* subject,
                               const ej_session_options* session);

/**
 * The principal of the session whose token is `token`, with the person's role grants, children
 * and courses loaded fresh from the store, and the session's last use set to `now`. Only the
 * session part of `session` is read: pass the options the session was started with.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, bad options or a malformed token (never
 *         quoted); EJ_EVERSION; EJ_EPERM for an unknown or revoked session or a disabled
 *         account; EJ_EEXPIRED when the session passed its absolute end or was idle too long;
 *         EJ_ESTORAGE.
 * Ownership: free *out with ej_principal_free().
 * Since: 0.1
 */
EJ_API int ej_authenticate(ej_principal** out, ej_store* store, const int64_t* now,
                           const char* token, const ej_session_options* session);

/**
 * Ends the session whose token is `token`. Signing out an ended session again changes nothing.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a malformed token; EJ_ENOTFOUND for an
 *         unknown one; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_sign_out(ej_store* store, const int64_t* now, const char* token);

/**
 * Changes the signed-in principal's own password: checks `old_password`, refuses a
 * `new_password` that is too short, too long, common, or made of the person's names or e-mail
 * (the message lists why, never the password), stores its hash and ends every session of the
 * account.
 * @param[out] out_revoked how many sessions ended; may be NULL.
 * @param password_options NULL: EJ_PASSWORD_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, bad options, a refused new password, or an
 *         account without a password (external sign-in only); EJ_EVERSION; EJ_EPERM for a
 *         principal who is not a signed-in person or a wrong old password; EJ_ENOTFOUND when
 *         the person has no account; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_change_password(int64_t* out_revoked, ej_store* store, const int64_t* now,
                              const ej_principal* principal, const char* old_password,
                              const char* new_password,
                              const ej_password_options* password_options);

/**
 * Ends every session of the account of `person` of `institution`, audited with the optional
 * `reason` (NULL or "": none): the institution's administrator may for anyone, a person for
 * themself.
 * @param[out] out_revoked how many sessions ended; may be NULL.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id, or a bad reason (listed by
 *         ej_error_field() as field "reason"); EJ_EPERM when the principal may not;
 *         EJ_ENOTFOUND when the person has no account; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_revoke_sessions(int64_t* out_revoked, ej_store* store, const int64_t* now,
                              const ej_principal* principal, const ej_uuid* institution,
                              const ej_uuid* person, const char* reason);

EJ_END_DECL

#endif
