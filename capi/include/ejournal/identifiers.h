/*
 * ejournal/identifiers.h — validators for Ukrainian identifiers (ЄДРПОУ, РНОКПП, ДІСО ids,
 * class names, КАТОТТГ codes) and the 27 first-level administrative units.
 *
 * Every validator reads UTF-8 text (at most 1024 bytes), removes spaces and hands out the
 * normalised form, or fails with EJ_EINVALID and a message naming the value and the rule it
 * breaks (error class EJ_ERRCLASS_TEXT; EJ_ERRCLASS_ARGUMENT for a NULL or unreadable argument).
 * Conventions (status codes, strings): ejournal/common.h.
 */
#ifndef EJOURNAL_IDENTIFIERS_H
#define EJOURNAL_IDENTIFIERS_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/**
 * Checks a ЄДРПОУ code: 8 ASCII digits, the last a check digit ("0003 2129" → "00032129").
 * @param[out] out the 8 digits; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text the code.
 * @return EJ_OK; EJ_EINVALID for NULL, invalid UTF-8, a non-digit, a length other than 8 or a
 *         wrong check digit.
 * Since: 0.1
 */
EJ_API int ej_edrpou_normalize(char** out, const char* text);

/**
 * Checks a РНОКПП (individual taxpayer number): 10 ASCII digits, the last a check digit.
 * @param[out] out the 10 digits; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text the number.
 * @return EJ_OK; EJ_EINVALID for NULL, invalid UTF-8, a non-digit, a length other than 10 or a
 *         wrong check digit.
 * Since: 0.1
 */
EJ_API int ej_rnokpp_normalize(char** out, const char* text);

/**
 * Checks a class name: grade 1 … 12 and one Ukrainian capital letter ("5 - а", "5а" → "5-А").
 * Latin look-alikes ("5-A") are refused with a message saying so.
 * @param[out] out the name as "5-А"; NULL on failure. Ownership: the caller frees it with
 *             ej_free().
 * @param text the class name.
 * @return EJ_OK; EJ_EINVALID for NULL, invalid UTF-8, a grade outside 1 … 12, a missing, Latin
 *         or non-Ukrainian letter, or anything after the letter.
 * Since: 0.1
 */
EJ_API int ej_class_name_normalize(char** out, const char* text);

/**
 * Checks a ДІСО institution id, whose format is not published: 1 … 20 ASCII digits, no checksum.
 * @param[out] out the digits; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text the id.
 * @return EJ_OK; EJ_EINVALID for NULL, invalid UTF-8, a non-digit, none or more than 20 digits.
 * Since: 0.1
 */
EJ_API int ej_diso_id_normalize(char** out, const char* text);

/**
 * Checks a КАТОТТГ code: "UA" (either case) and 17 digits, the first two a first-level unit.
 * Levels: digits 1–2 oblast, 3–4 raion, 5–7 hromada, 8–10 settlement, 11–12 city district,
 * 13–17 an opaque tail.
 * @param[out] out_code "UA" + 17 digits; NULL on failure. Ownership: the caller frees it with
 *             ej_free().
 * @param[out] out_region_index optional (may be NULL): the first-level unit, an index for
 *             ej_region_get(); -1 on failure.
 * @param text the code.
 * @return EJ_OK; EJ_EINVALID for a NULL out_code or text, invalid UTF-8, a missing prefix, a
 *         non-digit, a length other than 17 digits or an unknown first-level code.
 * Since: 0.1
 */
EJ_API int ej_katottg_parse(char** out_code, int32_t* out_region_index, const char* text);

/**
 * The number of first-level units: 27 (24 oblasts, Crimea, Kyiv, Sevastopol).
 * @param[out] out the count.
 * @return EJ_OK; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_region_count(int32_t* out);

/**
 * A first-level unit, in КАТОТТГ code order. Every out pointer is optional (may be NULL).
 * Ownership: the strings are static; do not free them. They are NULL on failure.
 * @param[out] out_katottg two-digit КАТОТТГ first-level code ("80").
 * @param[out] out_iso ISO 3166-2 code ("UA-30"); it differs from the КАТОТТГ code for 5 units.
 * @param[out] out_name_uk Ukrainian name ("місто Київ").
 * @param[out] out_name_latin national transliteration ("Kyiv").
 * @param index 0 … ej_region_count() − 1.
 * @return EJ_OK; EJ_ERANGE for an index outside 0 … count − 1.
 * Since: 0.1
 */
EJ_API int ej_region_get(const char** out_katottg, const char** out_iso, const char** out_name_uk,
                         const char** out_name_latin, int32_t index);

EJ_END_DECL

#endif
