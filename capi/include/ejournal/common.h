/*
 * ejournal/common.h — conventions shared by every ejournal C function.
 *
 * Status: every fallible function returns int: EJ_OK (0) or a negative ej_status code. The
 * details of the last failure on the calling thread are in ej_error_last().
 * Strings: UTF-8, NUL-terminated. Strings handed to the caller are freed with ej_free().
 * Handles: opaque; made through an `ej_x **out` parameter and released with ej_x_free()
 * (NULL is a no-op). Unless a function says otherwise, a handle may be used by one thread at a
 * time; different handles may be used on different threads at once.
 * Numbers: fixed-width integers only; booleans are int32_t 0/1; enum constants are passed as
 * int32_t. A double argument is read as the shortest decimal that round-trips to it (93.825 is
 * exactly 93.825); NaN and infinities are rejected with EJ_EINVALID.
 */
#ifndef EJOURNAL_COMMON_H
#define EJOURNAL_COMMON_H

#include <stddef.h>
#include <stdint.h>

/* EJ_API marks the exported functions; a binding generator may predefine it as empty. */
#ifndef EJ_API
#if defined(_WIN32)
#if defined(EJ_BUILDING_LIBRARY)
#define EJ_API __declspec(dllexport)
#elif defined(EJ_STATIC)
#define EJ_API
#else
#define EJ_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define EJ_API __attribute__((visibility("default")))
#else
#define EJ_API
#endif
#endif

#ifdef __cplusplus
#define EJ_BEGIN_DECL extern "C" {
#define EJ_END_DECL }
#else
#define EJ_BEGIN_DECL
#define EJ_END_DECL
#endif

EJ_BEGIN_DECL

/** Status codes. Append-only: a code never changes its number. */
typedef enum ej_status {
  EJ_OK = 0,
  EJ_ERROR = -1,         /**< unexpected failure; see the message */
  EJ_EINVALID = -2,      /**< bad argument or input (the message names the value) */
  EJ_ENOTFOUND = -3,     /**< a referenced thing does not exist */
  EJ_EEXISTS = -4,       /**< it already exists */
  EJ_ECONFLICT = -5,     /**< concurrent modification or state-machine violation */
  EJ_EPERM = -6,         /**< the acting principal may not do this */
  EJ_EEXPIRED = -7,      /**< a token or invitation has expired */
  EJ_ESTORAGE = -8,      /**< storage backend or I/O failure */
  EJ_ENOMEM = -9,        /**< out of memory */
  EJ_EBUFS = -10,        /**< a caller buffer is too small */
  EJ_EVERSION = -11,     /**< unknown options version or ABI mismatch */
  EJ_EUNSUPPORTED = -12, /**< valid request the library does not do */
  EJ_EEMPTY = -13,       /**< nothing to compute: no value counts */
  EJ_ERANGE = -14,       /**< a value outside its domain, or a result that overflows its type */
  EJ_EUSER = -100        /**< returned by a caller's callback to abort; passed back unchanged */
} ej_status;

/** The subsystem that reported an error (ej_error.klass). */
typedef enum ej_error_class {
  EJ_ERRCLASS_NONE = 0,
  EJ_ERRCLASS_ARGUMENT = 1, /**< the arguments of the call itself (NULL, version, …) */
  EJ_ERRCLASS_GRADING = 2,
  EJ_ERRCLASS_TEXT = 3,
  EJ_ERRCLASS_STORAGE = 4,
  EJ_ERRCLASS_ACCESS = 5,
  EJ_ERRCLASS_INTERNAL = 6
} ej_error_class;

/** Details of the last failure on this thread. */
typedef struct ej_error {
  int32_t code;        /**< an ej_status value; EJ_OK when there was no failure */
  int32_t klass;       /**< an ej_error_class value */
  const char* message; /**< English, UTF-8, never NULL; not a stable interface */
} ej_error;

/**
 * The last failure of an ejournal call on the calling thread.
 * @return never NULL; {EJ_OK, EJ_ERRCLASS_NONE, ""} when no call has failed since ej_error_clear().
 * Ownership: library-owned; valid until the next ejournal call on this thread.
 * Thread safety: per thread.
 * Since: 0.1
 */
EJ_API const ej_error* ej_error_last(void);

/**
 * Forgets the last failure of the calling thread.
 * Since: 0.1
 */
EJ_API void ej_error_clear(void);

/**
 * The number of field problems of the last failure on the calling thread: a form refused field by
 * field (ejournal/onboarding.h) fails with EJ_EINVALID and lists here every problem it found at
 * once; 0 for every other failure, and after a success.
 * Does not change the last failure (ej_error_last() and the problems stay as they were).
 * Thread safety: per thread.
 * Since: 0.1
 */
EJ_API int32_t ej_error_field_count(void);

/**
 * The field problem `index` (0 … ej_error_field_count()−1) of the last failure on the calling
 * thread: the field's stable name ("edrpou", "admin_phone" …) and what is wrong with it, in
 * English ("is required"). Either out pointer may be NULL.
 * Does not change the last failure, even when it fails.
 * @return EJ_OK; EJ_ERANGE for an index outside the list (the out pointers then receive NULL).
 * Ownership: library-owned, like ej_error_last()'s message: valid until the next ejournal call
 *            on this thread other than ej_error_last(), ej_error_field_count() and
 *            ej_error_field().
 * Since: 0.1
 */
EJ_API int ej_error_field(const char** field, const char** problem, int32_t index);

/**
 * Static English text naming a status code ("EJ_EINVALID: invalid argument").
 * @return never NULL; an unknown code gives "unknown status".
 * Ownership: static; never freed.
 * Since: 0.1
 */
EJ_API const char* ej_status_str(int status);

/**
 * Frees memory the library handed out (strings from `char **out` parameters). NULL is a no-op.
 * Never use libc free() on such memory, nor ej_free() on anything else.
 * Since: 0.1
 */
EJ_API void ej_free(void* ptr);

/**
 * The library's version at run time (compare with EJ_VERSION_* of the headers you built with).
 * Any pointer may be NULL.
 * Since: 0.1
 */
EJ_API void ej_version(int32_t* major, int32_t* minor, int32_t* patch);

/** The version as "M.m.p". Ownership: static. Since: 0.1 */
EJ_API const char* ej_version_string(void);

/** The version as M × 1 000 000 + m × 1 000 + p (EJ_VERSION_NUMBER of the library). Since: 0.1 */
EJ_API int32_t ej_version_number(void);

/**
 * A calendar date (proleptic Gregorian); month and day count from 1. Frozen layout.
 * Since: 0.1
 */
typedef struct ej_date {
  int32_t year;
  int32_t month; /**< 1..12 */
  int32_t day;   /**< 1..31 */
} ej_date;

EJ_END_DECL

#endif
