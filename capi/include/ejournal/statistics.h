/*
 * ejournal/statistics.h — the platform at a glance, for the institute: how many institutions
 * have joined, by status, by oblast and by hromada, and where the connection requests
 * (ejournal/onboarding.h) stand. The store counts them (grouped counts); no institution is read.
 *
 * The institute itself (the institution of EJ_INSTITUTION_OTHER) is not counted. Every list is
 * ordered by count, largest first, then by code: a status by its number, a place by its КАТОТТГ
 * code.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_STATISTICS_H
#define EJOURNAL_STATISTICS_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"

EJ_BEGIN_DECL

/** The institutions with one status. */
typedef struct ej_institution_status_count {
  uint32_t version;
  int32_t status; /**< ej_institution_status (ejournal/store.h) */
  int64_t count;
} ej_institution_status_count;

#define EJ_INSTITUTION_STATUS_COUNT_VERSION 1

/** The institutions of one first-level unit: an oblast, the ARC or a city with special status. */
typedef struct ej_oblast_count {
  uint32_t version;
  int32_t reserved;
  const char* katottg;  /**< its two-digit КАТОТТГ code, e.g. "59" */
  const char* name_uk;  /**< its Ukrainian name, e.g. "Сумська область" */
  int64_t institutions; /**< of every status */
  int64_t active;       /**< of them, those of EJ_INSTITUTION_ACTIVE */
} ej_oblast_count;

#define EJ_OBLAST_COUNT_VERSION 1

/** The institutions of one hromada (or city), by the КАТОТТГ code they registered. */
typedef struct ej_hromada_count {
  uint32_t version;
  int32_t reserved;
  const char* katottg;        /**< "UA" + 17 digits */
  const char* oblast_katottg; /**< the two-digit code of its first-level unit, e.g. "59" */
  int64_t institutions;       /**< of every status */
  int64_t active;             /**< of them, those of EJ_INSTITUTION_ACTIVE */
} ej_hromada_count;

#define EJ_HROMADA_COUNT_VERSION 1

/** The connection requests with one status. */
typedef struct ej_request_status_count {
  uint32_t version;
  int32_t status; /**< ej_request_status (ejournal/onboarding.h) */
  int64_t count;
} ej_request_status_count;

#define EJ_REQUEST_STATUS_COUNT_VERSION 1

/** The statistics as read once; immutable, shareable between threads. */
typedef struct ej_statistics ej_statistics;

/**
 * Counts the institutions and the connection requests as the store holds them now, in one read
 * unit of work.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, or (class EJ_ERRCLASS_STORAGE) when a stored
 *         institution names an oblast that is no first-level unit (the message names it);
 *         EJ_EPERM when the principal may not read the statistics (only institute operators and
 *         the system may); EJ_ESTORAGE.
 * Ownership: free *out with ej_statistics_free().
 * Since: 0.1
 */
EJ_API int ej_institute_statistics(ej_statistics** out, ej_store* store,
                                   const ej_principal* principal);

/**
 * The number of institutions, of every status (the institute not included).
 * @return EJ_OK; EJ_EINVALID for a NULL argument.
 * Since: 0.1
 */
EJ_API int ej_statistics_institutions(int64_t* out, const ej_statistics* statistics);

/**
 * The number of institution statuses counted: every ej_institution_status, those with no
 * institution included (count 0).
 * @return EJ_OK; EJ_EINVALID for a NULL argument.
 * Since: 0.1
 */
EJ_API int ej_statistics_by_status_count(int64_t* out, const ej_statistics* statistics);

/**
 * The institution status count at `index` (0 … count−1); borrowed until the statistics are
 * freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_statistics_by_status_get(const ej_institution_status_count** out,
                                       const ej_statistics* statistics, int64_t index);

/**
 * The number of first-level units with at least one institution.
 * @return EJ_OK; EJ_EINVALID for a NULL argument.
 * Since: 0.1
 */
EJ_API int ej_statistics_by_oblast_count(int64_t* out, const ej_statistics* statistics);

/**
 * The first-level unit at `index` (0 … count−1), ordered by `institutions`; borrowed, strings
 * included, until the statistics are freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_statistics_by_oblast_get(const ej_oblast_count** out, const ej_statistics* statistics,
                                       int64_t index);

/**
 * The number of hromadas with at least one institution.
 * @return EJ_OK; EJ_EINVALID for a NULL argument.
 * Since: 0.1
 */
EJ_API int ej_statistics_by_hromada_count(int64_t* out, const ej_statistics* statistics);

/**
 * The hromada at `index` (0 … count−1), ordered by `institutions`; borrowed, strings included,
 * until the statistics are freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_statistics_by_hromada_get(const ej_hromada_count** out,
                                        const ej_statistics* statistics, int64_t index);

/**
 * The number of request statuses counted: every ej_request_status, those with no request
 * included (count 0).
 * @return EJ_OK; EJ_EINVALID for a NULL argument.
 * Since: 0.1
 */
EJ_API int ej_statistics_requests_by_status_count(int64_t* out, const ej_statistics* statistics);

/**
 * The request status count at `index` (0 … count−1); borrowed until the statistics are freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_statistics_requests_by_status_get(const ej_request_status_count** out,
                                                const ej_statistics* statistics, int64_t index);

/** Frees statistics; NULL is a no-op. Since: 0.1 */
EJ_API void ej_statistics_free(ej_statistics* statistics);

EJ_END_DECL

#endif
