/*
 * ejournal/audit.h — reading the audit trail. Every change the library makes (a request
 * reviewed, an invitation issued, resent, revoked or accepted, an account created …) is appended
 * to its institution's trail in the change's own transaction: who, when, which entity, the
 * entity before → after as JSON objects, and the reason given.
 *
 * The trail is append-only: no function of this library alters or deletes an entry; a later
 * change is a new entry after the earlier ones. No entry holds a token or a password.
 *
 * Reading needs the right to read the institution's trail: its administrator (not a deputy, not
 * the institute's operators) or the system principal. The connection requests' entries are in the
 * institute's own trail (the institution of EJ_INSTITUTION_OTHER).
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_AUDIT_H
#define EJOURNAL_AUDIT_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** One entry of the trail, as appended. */
typedef struct ej_audit_entry {
  uint32_t version;
  int32_t reserved;
  ej_uuid id;
  ej_uuid institution;     /**< whose trail it is in */
  ej_uuid actor;           /**< the person who made the change; nil for the system (or no one signed
                                in, as for a submitted connection request) */
  int64_t at;              /**< µs since the epoch (UTC) */
  const char* entity_type; /**< "connection_request", "institution", "person", "role_grant",
                                "invitation", "account", "session" … */
  const char* entity_id;   /**< the entity's id as text */
  const char* action;      /**< "submit", "approve", "reject", "create", "issue", "resend",
                                "revoke", "accept" … */
  const char* before;      /**< the changed fields before, a JSON object; "" for a creation */
  const char* after;       /**< the changed fields after, a JSON object; "" when none */
  const char* reason;      /**< the reason given; "" when none */
} ej_audit_entry;

#define EJ_AUDIT_ENTRY_VERSION 1

/** Entries read back; immutable, shareable between threads. */
typedef struct ej_audit_entry_list ej_audit_entry_list;

/**
 * The entries about one entity of `institution` (entity type and id as the entries name them),
 * in the order they were appended. Entries of other institutions are never returned; an entity
 * with no entries gives an empty list.
 * @param entity_type not empty, at most 100 bytes of valid UTF-8.
 * @param entity_id not empty, at most 200 bytes of valid UTF-8 (a uuid as ej_uuid_format() writes
 * it).
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil institution, or an entity type or id that
 *         is empty, too long or not valid UTF-8; EJ_EPERM when the principal may not read the
 *         institution's trail; EJ_ESTORAGE.
 * Ownership: free *out with ej_audit_entry_list_free().
 * Since: 0.1
 */
EJ_API int ej_audit_for_entity(ej_audit_entry_list** out, ej_store* store,
                               const ej_principal* principal, const ej_uuid* institution,
                               const char* entity_type, const char* entity_id);

/**
 * The entries whose actor is `person` in `institution` — every change that person made there —
 * in the order they were appended. The system's entries (nil actor) and entries of other
 * institutions are never returned.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a nil institution or person; EJ_EPERM as
 *         ej_audit_for_entity(); EJ_ESTORAGE.
 * Ownership: free *out with ej_audit_entry_list_free().
 * Since: 0.1
 */
EJ_API int ej_audit_by_person(ej_audit_entry_list** out, ej_store* store,
                              const ej_principal* principal, const ej_uuid* institution,
                              const ej_uuid* person);

/** The number of entries in a list. Since: 0.1 */
EJ_API int ej_audit_entry_list_count(int64_t* out, const ej_audit_entry_list* list);

/**
 * The entry at `index` (0 … count−1); borrowed, strings included, until the list is freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_audit_entry_list_get(const ej_audit_entry** out, const ej_audit_entry_list* list,
                                   int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_audit_entry_list_free(ej_audit_entry_list* list);

EJ_END_DECL

#endif
