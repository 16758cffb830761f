/*
 * ejournal/transliteration.h — the official Ukrainian → Latin transliteration (Cabinet of
 * Ministers resolution No. 55 of 27.01.2010) and login names derived from it.
 *
 * Pure and thread-safe. Conventions (status codes, strings): ejournal/common.h.
 */
#ifndef EJOURNAL_TRANSLITERATION_H
#define EJOURNAL_TRANSLITERATION_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** The longest login ej_login_from_name gives, in bytes (an RFC 5321 local part). */
#define EJ_LOGIN_MAX_BYTES 64

/**
 * `text` in the official Latin spelling, after NFC normalisation: є ї й ю я are ye yi y yu ya at
 * the start of a word and ie i i iu ia elsewhere (an apostrophe never starts a word); зг is zgh;
 * ь and apostrophes inside a word (U+0027, U+2019, U+02BC, U+2018, U+0060, U+02BB) are dropped;
 * a capital gives "Shch", or "SHCH" inside an all-caps word; other characters pass through.
 * "Мар'яна Щербак" → "Mariana Shcherbak", "ЄВГЕН" → "YEVHEN".
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text UTF-8, at most 65 536 bytes.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, text that is not valid UTF-8 (the message
 *         gives the byte offset) or text that is too long.
 * Since: 0.1
 */
EJ_API int ej_transliterate(char** out, const char* text);

/**
 * A login local part: given name, separator and surname, transliterated officially and reduced
 * to [a-z0-9.-]. Latin capitals become lower case; everything else outside that set (spaces,
 * apostrophes, other scripts) is dropped; hyphens of double surnames stay; runs of '.' and '-'
 * collapse to their first character and none is left at either end; the result is cut to
 * EJ_LOGIN_MAX_BYTES. When one name gives nothing, the other one alone remains.
 * ("Лук'янчук", "Мар'яна", NULL) → "mariana.lukianchuk". The caller makes it unique.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param surname, given_name UTF-8, at most 1024 bytes each.
 * @param separator only a-z, 0-9, '.' and '-' (may be ""); NULL means ".".
 * @return EJ_OK; EJ_EINVALID for a NULL pointer (other than separator), invalid UTF-8 (with the
 *         byte offset), a name that is too long, a bad separator, or when no letter or digit
 *         remains.
 * Since: 0.1
 */
EJ_API int ej_login_from_name(char** out, const char* surname, const char* given_name,
                              const char* separator);

EJ_END_DECL

#endif
