/*
 * ejournal/collation.h — person names: normalisation, Ukrainian alphabetical order and search
 * keys.
 *
 * Conventions (status codes, strings): ejournal/common.h.
 */
#ifndef EJOURNAL_COLLATION_H
#define EJOURNAL_COLLATION_H

#include <stddef.h>
#include <stdint.h>

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** What ej_name_normalize does with a Latin look-alike letter inside a Cyrillic word. */
typedef enum ej_normalize_mode {
  EJ_NORMALIZE_STRICT = 0, /**< reject the name (EJ_EINVALID naming the letter and the word) */
  EJ_NORMALIZE_LENIENT = 1 /**< replace the letter with its Cyrillic twin */
} ej_normalize_mode;

/**
 * `text` ready for storage and comparison: NFC; every apostrophe variant (U+0027, U+2019,
 * U+02BC, U+2018, U+0060, U+02BB) becomes U+02BC; dash variants (U+2010–U+2015, U+2212, …)
 * become '-'; spaces (NBSP and other Unicode spaces too) are trimmed and each run becomes one
 * U+0020; Latin look-alikes (A B C E H I K M O P T X a c e i o p x y Ï ï) in a word where more
 * than half of the letters are Cyrillic are rejected or replaced as `mode` says.
 * "Iванна  Пeтpенко" (lenient) → "Іванна Петренко" with 4 changes.
 * Pure and thread-safe.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param[out] out_changes how many repairs were made (NFC not counted); may be NULL.
 * @param text UTF-8, at most 1024 bytes.
 * @param mode an ej_normalize_mode.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, invalid UTF-8 (with the byte offset), text that
 *         is too long, an unknown mode, a control character (naming the code point and byte
 *         offset) or, in strict mode, a look-alike letter.
 * Since: 0.1
 */
EJ_API int ej_name_normalize(char** out, uint32_t* out_changes, const char* text, int32_t mode);

/**
 * A key for finding `text` whatever its case, apostrophe or spacing: the lenient
 * ej_name_normalize followed by Unicode case folding. "мар'яна", "МАР’ЯНА" and "Марʼяна" give
 * the same key. Pure and thread-safe.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text UTF-8, at most 1024 bytes.
 * @return EJ_OK; EJ_EINVALID as for ej_name_normalize.
 * Since: 0.1
 */
EJ_API int ej_search_key(char** out, const char* text);

/**
 * ej_search_key in the official Latin spelling (see ej_transliterate), so that a query in either
 * script finds the other: "Kyiv" and "Київ" both give "kyiv". Pure and thread-safe.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text UTF-8, at most 1024 bytes.
 * @return EJ_OK; EJ_EINVALID as for ej_name_normalize.
 * Since: 0.1
 */
EJ_API int ej_latin_search_key(char** out, const char* text);

/**
 * Ukrainian alphabetical order (ICU "uk" collation): Г < Ґ < Д, Е < Є, И < І < Ї < Й; case and
 * apostrophes count only when all else is equal ("Марина Марта Мар'яна").
 * Thread safety: a collator must not be used by two threads at once; make one per thread.
 */
typedef struct ej_collator ej_collator;

/**
 * A new collator.
 * @param[out] out the collator; NULL on failure. Ownership: free it with ej_collator_free().
 * @return EJ_OK; EJ_EINVALID for a NULL `out`; EJ_EUNSUPPORTED when ICU has no Ukrainian
 *         collation; EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_collator_new(ej_collator** out);

/** Frees a collator; NULL is allowed. Since: 0.1 */
EJ_API void ej_collator_free(ej_collator* collator);

/**
 * Compares two texts in Ukrainian order.
 * @param[out] out -1, 0 or 1 as `a` sorts before, with or after `b`.
 * @param a, b UTF-8, at most 1024 bytes each.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, invalid UTF-8 or text that is too long.
 * Since: 0.1
 */
EJ_API int ej_collator_compare(int32_t* out, ej_collator* collator, const char* a, const char* b);

/**
 * A sort key for `text`: bytes whose memcmp order (shorter first on a common prefix) is
 * ej_collator_compare's order.
 * @param[out] data the key; borrowed from the collator, valid until its next call or its free.
 * @param[out] len the key's length in bytes.
 * @param text UTF-8, at most 1024 bytes.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, invalid UTF-8 or text that is too long.
 * Since: 0.1
 */
EJ_API int ej_collator_sort_key(const uint8_t** data, size_t* len, ej_collator* collator,
                                const char* text);

/**
 * A sort key for a person: by surname, then given name, then patronymic, then `id`, then the
 * raw bytes of the names, so that only identical names with identical ids tie.
 * @param[out] data the key; borrowed from the collator, valid until its next call or its free.
 * @param[out] len the key's length in bytes.
 * @param surname, given_name UTF-8, at most 1024 bytes each.
 * @param patronymic likewise; NULL means "".
 * @param id the caller's stable tie-break, for example a row id.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer (other than patronymic), invalid UTF-8 or a name
 *         that is too long.
 * Since: 0.1
 */
EJ_API int ej_collator_name_sort_key(const uint8_t** data, size_t* len, ej_collator* collator,
                                     const char* surname, const char* given_name,
                                     const char* patronymic, uint64_t id);

EJ_END_DECL

#endif
