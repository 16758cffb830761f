/*
 * ejournal/uuid.h — entity ids: a 16-byte UUID and its 36-character text form.
 *
 * Every entity (institution, person, class, grade, …) is named by a UUID. It crosses the ABI as
 * the frozen struct ej_uuid, whose bytes are in RFC 4122 (network) order: the first byte is the
 * first two hex digits of the text form. The all-zero UUID (nil) means "no id".
 * Conventions (status codes, strings): ejournal/common.h.
 */
#ifndef EJOURNAL_UUID_H
#define EJOURNAL_UUID_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** The length of the text form "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", without the NUL. */
#define EJ_UUID_STRLEN 36

/**
 * A UUID as 16 bytes in RFC 4122 order. Frozen layout: it never grows and has no version field.
 * Since: 0.1
 */
typedef struct ej_uuid {
  uint8_t bytes[16];
} ej_uuid;

/**
 * Reads the canonical text form: exactly 36 characters, hyphens at offsets 8, 13, 18 and 23, hex
 * digits of either case elsewhere. No braces, "urn:uuid:" prefix, spaces or missing hyphens.
 * @param[out] out the UUID; all zero on failure.
 * @param text the text form (UTF-8, NUL-terminated).
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a text of another form (the message quotes
 *         it, shortened to 64 bytes).
 * Since: 0.1
 */
EJ_API int ej_uuid_parse(ej_uuid* out, const char* text);

/**
 * Writes the canonical lower-case text form and a terminating NUL into a caller buffer.
 * @param[out] out a buffer of `out_size` bytes; it receives EJ_UUID_STRLEN characters and a NUL.
 *             On failure it holds "" when out_size > 0.
 * @param out_size the size of `out` in bytes: at least EJ_UUID_STRLEN + 1.
 * @param id the UUID.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_EBUFS when out_size < EJ_UUID_STRLEN + 1.
 * Since: 0.1
 */
EJ_API int ej_uuid_format(char* out, size_t out_size, const ej_uuid* id);

/**
 * Makes a time-ordered UUID (version 7 of RFC 9562), as the library makes the ids of new
 * records: the Unix time in milliseconds in its first 48 bits, then 74 bits from the operating
 * system's CSPRNG. Later ids sort after earlier ones (to the millisecond), which keeps database
 * indexes compact and bulk loads fast; the id reveals when it was made, nothing else.
 * Thread safety: may be called from any thread at once.
 * @param[out] out the new UUID; all zero on failure.
 * @return EJ_OK; EJ_EINVALID for NULL; EJ_ERROR when the OS random source fails.
 * Since: 0.1
 */
EJ_API int ej_uuid_generate(ej_uuid* out);

/**
 * Whether a UUID is nil (all 16 bytes zero), the value that means "no id".
 * @param id the UUID; NULL counts as nil.
 * @return 1 when nil or NULL, else 0.
 * Since: 0.1
 */
EJ_API int ej_uuid_is_nil(const ej_uuid* id);

EJ_END_DECL

#endif
