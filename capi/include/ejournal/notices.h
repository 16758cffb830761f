/*
 * ejournal/notices.h — what a person is told by e-mail about the students they are a parent
 * of: a newly published grade, an absence, a new comment. The journal's services put these
 * messages in the outbox (ejournal/outbox.h) in the same transaction as the change; each person
 * chooses here which kinds they receive. Until they choose, every kind is on.
 * Time: `now` is a pointer to µs since the epoch (UTC); NULL means the system clock.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_NOTICES_H
#define EJOURNAL_NOTICES_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** A person's choices. Grows only at the end; set `version`. Each flag is 1 (on) or 0 (off). */
typedef struct ej_notification_preferences {
  uint32_t version;
  int32_t published_grades; /**< a grade of a child is published */
  int32_t absences;         /**< a child is marked absent */
  int32_t comments;         /**< a teacher writes to a child */
  int64_t revision;         /**< the stored version; 0 while the person never chose */
} ej_notification_preferences;

#define EJ_NOTIFICATION_PREFERENCES_VERSION 1

/**
 * The choices of `person` of `institution`, read by that person (the principal).
 * @param[out] out set `out->version` first; filled on success.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or nil id; EJ_EVERSION for an unknown
 *         out->version; EJ_EPERM when the principal is not that person; EJ_ENOTFOUND when the
 *         institution has no such person; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_notification_preferences_get(ej_notification_preferences* out, ej_store* store,
                                           const ej_principal* principal,
                                           const ej_uuid* institution, const ej_uuid* person);

/**
 * Stores the choices of `person`, made by that person, and audits them. `choices->revision` is
 * the revision read (0 when none was stored): a stale one is refused, so two devices never
 * overwrite each other unseen.
 * @param[out] out_revision the stored revision; may be NULL.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, nil id or a flag other than 0 or 1;
 *         EJ_EVERSION for an unknown choices->version; EJ_EPERM; EJ_ENOTFOUND; EJ_ECONFLICT when
 *         the choices changed since `choices->revision`; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_notification_preferences_set(int64_t* out_revision, ej_store* store,
                                           const int64_t* now, const ej_principal* principal,
                                           const ej_uuid* institution, const ej_uuid* person,
                                           const ej_notification_preferences* choices);

EJ_END_DECL

#endif /* EJOURNAL_NOTICES_H */
