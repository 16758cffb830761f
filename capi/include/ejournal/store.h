/*
 * ejournal/store.h — where a school's record lives: open a store by URI, then create and read
 * institutions and people. The structure of a school year is in ejournal/store_school.h, the
 * journal (lessons, grades, attendance) in ejournal/store_journal.h.
 *
 * Every function that takes an ej_store is one unit of work: it lands whole or not at all (a
 * failure, or a progress callback that aborts, leaves the store unchanged). Every record but an
 * institution belongs to one institution, and every call names it: a record of another
 * institution is EJ_ENOTFOUND, never read or changed.
 *
 * Records cross as structs that begin with `uint32_t version` like option structs: set it to
 * EJ_X_VERSION (EJ_X_INIT does) when handing one in; records handed out carry the library's
 * version. Such structs only ever grow at the end. Ids are ej_uuid (ejournal/uuid.h); a nil id
 * handed in means "none" or, for a new record's own id, "generate one".
 *
 * A record read back carries its `revision`: 1 when created, one more with each change. A change
 * (ej_store_grade_update() …) names the revision the caller read and fails with EJ_ECONFLICT,
 * changing nothing, when the record has changed since: of two editors who read the same record,
 * the first to save wins and the other reads it again. A change hands back the new revision.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_STORE_H
#define EJOURNAL_STORE_H

#include "ejournal/common.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/* ------------------------------------------------------------------ the store */

/**
 * An open store. Thread-safe, unlike most handles: different threads may call functions on one
 * store at once (each call is its own transaction). Free it once no call is running.
 */
typedef struct ej_store ej_store;

/** Options of ej_store_open(). Grows only at the end; set `version`. */
typedef struct ej_store_options {
  uint32_t version;
  int32_t pool_size;       /**< connections kept open, 1 … 1024 (one for an in-memory SQLite) */
  int32_t busy_timeout_ms; /**< how long a SQLite writer waits for the lock, ≥ 0 */
  int32_t migrate;         /**< 0/1: apply forward schema migrations on open */
} ej_store_options;

#define EJ_STORE_OPTIONS_VERSION 1
#define EJ_STORE_OPTIONS_INIT \
  { EJ_STORE_OPTIONS_VERSION, 4, 5000, 1 }

/**
 * Fills `opts` with the defaults of `version`.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_store_options_init(ej_store_options* opts, uint32_t version);

/**
 * Opens (creating and migrating as needed) the store `uri` names:
 * "memory:" (a new empty in-process store), "sqlite:PATH" (a SQLite file), "sqlite::memory:" (a
 * private in-memory SQLite database), "postgresql://…" or "postgresql:KEY=VALUE …" (a server;
 * the rest goes to libpq).
 * @param options NULL: EJ_STORE_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL or non-UTF-8 URI, an unknown scheme or bad options;
 *         EJ_EVERSION for an unknown options->version, or a database whose schema is newer than
 *         this library's (or older with migrate 0); EJ_ESTORAGE when the database cannot be
 *         opened (the message says why, without the password).
 * Ownership: free *out with ej_store_free().
 * Since: 0.1
 */
EJ_API int ej_store_open(ej_store** out, const char* uri, const ej_store_options* options);

/** Closes a store; NULL is a no-op. No other call may be running on it. Since: 0.1 */
EJ_API void ej_store_free(ej_store* store);

/**
 * The backend's name: "memory", "sqlite" or "postgresql".
 * @param[out] out borrowed; valid until the store is freed.
 * Since: 0.1
 */
EJ_API int ej_store_backend(const char** out, const ej_store* store);

/** The schema version of the database (0 for the memory backend). Since: 0.1 */
EJ_API int ej_store_schema_version(int32_t* out, const ej_store* store);

/**
 * Progress of a bulk write: called with (rows written, rows in the call) after each batch.
 * Return 0 to go on; anything else aborts the call, which then stores nothing and returns
 * EJ_EUSER. Called on the thread that made the call.
 */
typedef int (*ej_progress_fn)(uint64_t done, uint64_t total, void* payload);

/* ------------------------------------------------------------ institutions */

typedef enum ej_institution_kind {
  EJ_INSTITUTION_KINDERGARTEN = 1,
  EJ_INSTITUTION_SCHOOL = 2,
  EJ_INSTITUTION_COLLEGE = 3,
  EJ_INSTITUTION_VOCATIONAL = 4,
  EJ_INSTITUTION_OTHER = 5 /**< the analytics institute that runs the platform */
} ej_institution_kind;

typedef enum ej_institution_status {
  EJ_INSTITUTION_ACTIVE = 1,    /**< working in the system */
  EJ_INSTITUTION_SUSPENDED = 2, /**< temporarily closed to sign-ins; data kept */
  EJ_INSTITUTION_CLOSED = 3     /**< left the system; data kept for the retention period */
} ej_institution_status;

/** An educational institution. */
typedef struct ej_institution {
  uint32_t version;
  int32_t kind;                /**< ej_institution_kind */
  ej_uuid id;                  /**< nil when handed in: generate one */
  const char* name;            /**< as registered */
  const char* diso_id;         /**< id in the state education registry (digits) */
  const char* edrpou;          /**< ЄДРПОУ, 8 digits; unique in the store */
  const char* oblast;          /**< ISO 3166-2 code of the first-level unit, e.g. "UA-59" */
  const char* hromada_katottg; /**< КАТОТТГ code of the hromada, "UA" + 17 digits */
  int32_t status;              /**< ej_institution_status */
  int32_t reserved;            /**< 0 */
  int64_t created_at;          /**< µs since 1970-01-01T00:00:00Z */
  int64_t revision;            /**< the store's optimistic-concurrency version; ignored on input */
} ej_institution;

#define EJ_INSTITUTION_VERSION 1
#define EJ_INSTITUTION_INIT                                                   \
  {                                                                           \
    EJ_INSTITUTION_VERSION, EJ_INSTITUTION_SCHOOL, {{0}}, "", "", "", "", "", \
        EJ_INSTITUTION_ACTIVE, 0, 0, 0                                        \
  }

/**
 * Stores a new institution.
 * @param[out] out_id the new record's id (generated when institution->id is nil); may be NULL.
 * The fields are checked and normalised as the model does (ejournal::model::validated): the
 * ЄДРПОУ, ДІСО id and hromada КАТОТТГ code are required except for EJ_INSTITUTION_OTHER, and an
 * empty oblast is taken from the hromada's code.
 * @return EJ_OK; EJ_EINVALID for NULL, non-UTF-8 text, an unknown kind or status, or a field the
 *         model refuses (the message names it and its value: "institution.edrpou '32855968' is
 *         refused: …"); EJ_EVERSION for an unknown institution->version; EJ_EEXISTS when the
 *         id, the ЄДРПОУ or the ДІСО id is taken; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_institution_create(ej_uuid* out_id, ej_store* store,
                                       const ej_institution* institution);

/** Institutions read back; immutable, shareable between threads. */
typedef struct ej_institution_list ej_institution_list;

/**
 * The institution with id `id`, as a list of one.
 * @return EJ_OK; EJ_ENOTFOUND when there is none.
 * Ownership: free *out with ej_institution_list_free().
 * Since: 0.1
 */
EJ_API int ej_store_institution_get(ej_institution_list** out, ej_store* store, const ej_uuid* id);

/** Every institution, by name in Ukrainian order, then id. Since: 0.1 */
EJ_API int ej_store_institutions_list(ej_institution_list** out, ej_store* store);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_institution_list_count(int64_t* out, const ej_institution_list* list);

/**
 * The record at `index` (0 … count−1).
 * @param[out] out borrowed, strings included; valid until the list is freed.
 * @return EJ_OK; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_institution_list_get(const ej_institution** out, const ej_institution_list* list,
                                   int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_institution_list_free(ej_institution_list* list);

/* ------------------------------------------------------------------ people */

/** A person as one institution knows them. */
typedef struct ej_person {
  uint32_t version;
  int32_t gender;         /**< ej_gender (ejournal/names.h), or -1 when not known */
  ej_uuid id;             /**< nil when handed in: generate one */
  const char* surname;    /**< normalised: NFC, apostrophes U+02BC */
  const char* given_name; /**< normalised like surname */
  const char* patronymic; /**< NULL when the person has none */
  const char* email;      /**< normalised, or "" (NULL is read as "") */
  const char* phone;      /**< E.164, or "" (NULL is read as "") */
  int64_t revision;       /**< the store's optimistic-concurrency version; ignored on input */
} ej_person;

#define EJ_PERSON_VERSION 1
#define EJ_PERSON_INIT \
  { EJ_PERSON_VERSION, -1, {{0}}, "", "", NULL, "", "", 0 }

/**
 * Stores a new person of `institution`. Names are stored normalised (NFC, apostrophes U+02BC,
 * spaces collapsed), the e-mail and phone in their canonical forms.
 * @param[out] out_id the new record's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL, non-UTF-8 text, an empty surname or given name, an
 *         unknown gender, or a field the model refuses (a Latin look-alike in a Cyrillic name, an
 *         e-mail or phone that is none; the message names it); EJ_EVERSION; EJ_ENOTFOUND for an
 *         unknown institution; EJ_EEXISTS for a taken id; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_person_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                                  const ej_person* person);

/**
 * Stores `count` new people of `institution` at once: all or none.
 * @param[out] out_ids NULL, or room for `count` ids: the new records' ids, in order.
 * @param progress NULL, or called after each batch (see ej_progress_fn).
 * @return as ej_store_person_create() (the message names the row); EJ_EUSER when `progress`
 *         aborted. On failure nothing is stored.
 * Since: 0.1
 */
EJ_API int ej_store_people_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                                  const ej_person* people, int64_t count, ej_progress_fn progress,
                                  void* payload);

/** People read back; immutable, shareable between threads. */
typedef struct ej_person_list ej_person_list;

/**
 * The person `id` of `institution`, as a list of one.
 * @return EJ_OK; EJ_ENOTFOUND when the institution has no such person.
 * Ownership: free *out with ej_person_list_free().
 * Since: 0.1
 */
EJ_API int ej_store_person_get(ej_person_list** out, ej_store* store, const ej_uuid* institution,
                               const ej_uuid* id);

/**
 * Every person of `institution` in Ukrainian alphabetical order (surname, given name,
 * patronymic), then id.
 * Since: 0.1
 */
EJ_API int ej_store_people_list(ej_person_list** out, ej_store* store, const ej_uuid* institution);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_person_list_count(int64_t* out, const ej_person_list* list);

/**
 * The record at `index` (0 … count−1); borrowed until the list is freed.
 * @return EJ_OK; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_person_list_get(const ej_person** out, const ej_person_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_person_list_free(ej_person_list* list);

EJ_END_DECL

#endif
