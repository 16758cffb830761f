/*
 * ejournal/contacts.h — validators for contact details: e-mail addresses and Ukrainian phone
 * numbers.
 *
 * Every validator reads UTF-8 text (at most 1024 bytes) and hands out the normalised form, or
 * fails with EJ_EINVALID and a message naming the value and the rule it breaks (error class
 * EJ_ERRCLASS_TEXT; EJ_ERRCLASS_ARGUMENT for a NULL, over-long or unreadable argument).
 * Conventions (status codes, strings): ejournal/common.h.
 */
#ifndef EJOURNAL_CONTACTS_H
#define EJOURNAL_CONTACTS_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** What a Ukrainian phone number is, by its first national digits (informational only). */
typedef enum ej_phone_kind {
  EJ_PHONE_UNKNOWN = 0, /**< valid, but neither mobile nor fixed: toll-free, premium, VoIP, … */
  EJ_PHONE_MOBILE = 1,  /**< a mobile operator range (67, 50, 63, 790, …) */
  EJ_PHONE_FIXED = 2    /**< a fixed-line area zone (44 Kyiv, 32 Lviv region, …) */
} ej_phone_kind;

/**
 * Checks an e-mail address in the practical syntax mail systems accept and normalises it.
 * Surrounding spaces, tabs and line breaks are trimmed. Exactly one '@'. The local part is an
 * ASCII dot-atom of RFC 5322 (letters, digits, !#$%&'*+-/=?^_`{|}~ and single inner dots), at most
 * 64 bytes, and keeps its case; quoted and non-ASCII local parts are refused. The domain is mapped
 * to ASCII by UTS #46 ("школа.укр" → "xn--80atdl2c.xn--j1amh") and lower-cased; it needs at least
 * two labels of 1–63 bytes, at most 253 bytes and a top-level domain that is not all digits.
 * The whole address is at most 254 bytes.
 * @param[out] out the address; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param text the address.
 * @return EJ_OK; EJ_EINVALID for NULL, invalid UTF-8, text over 1024 bytes or an address that
 *         breaks one of the rules above.
 * Since: 0.1
 */
EJ_API int ej_email_normalize(char** out, const char* text);

/**
 * Checks a Ukrainian phone number and gives it in E.164 form ("(067) 123-45-67" →
 * "+380671234567"). Spaces, dashes, dots and parentheses are removed; the digits may then start
 * with "+380", "00380", "380", the national trunk "0" or the legacy "80" ("8 067 …"), followed by
 * the 9-digit national number, which cannot start with 0. Other country codes are refused. The
 * operator or area code is the two digits after "+380" in the result; numbers are portable
 * between operators, so it names a range, not a company.
 * @param[out] out_e164 "+380" and 9 digits; NULL on failure. Ownership: the caller frees it with
 *             ej_free().
 * @param[out] out_kind optional (may be NULL): an ej_phone_kind; EJ_PHONE_UNKNOWN on failure.
 * @param text the number.
 * @return EJ_OK; EJ_EINVALID for a NULL out_e164 or text, invalid UTF-8, text over 1024 bytes,
 *         a letter or other character, another country code, a missing prefix or a national
 *         number that is not 9 digits or starts with 0.
 * Since: 0.1
 */
EJ_API int ej_phone_normalize(char** out_e164, int32_t* out_kind, const char* text);

EJ_END_DECL

#endif
