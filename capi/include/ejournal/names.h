/*
 * ejournal/names.h — personal names (ПІБ: surname, given name, optional patronymic) and the
 * gendered words of generated journal texts.
 *
 * Pure and thread-safe. Conventions (status codes, strings): ejournal/common.h.
 */
#ifndef EJOURNAL_NAMES_H
#define EJOURNAL_NAMES_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** How ej_name_format writes a name. Since: 0.1 */
typedef enum ej_name_style {
  EJ_NAME_FULL = 0,             /**< "Шевченко Тарас Григорович" */
  EJ_NAME_SURNAME_INITIALS = 1, /**< "Шевченко Т. Г." */
  EJ_NAME_INITIALS_SURNAME = 2  /**< "Т. Г. Шевченко" */
} ej_name_style;

/** Grammatical gender of generated words. Since: 0.1 */
typedef enum ej_gender { EJ_GENDER_FEMININE = 0, EJ_GENDER_MASCULINE = 1 } ej_gender;

/** The generated words ej_gender_word gives. Since: 0.1 */
typedef enum ej_gender_word_kind {
  EJ_WORD_NOT_ATTESTED = 0, /**< "не атестований" / "не атестована" */
  EJ_WORD_PUPIL = 1,        /**< "учень" / "учениця" */
  EJ_WORD_EXEMPT = 2        /**< "звільнений" / "звільнена" */
} ej_gender_word_kind;

/**
 * Splits "Прізвище Ім'я По-батькові" into its parts. The text is put in NFC, every apostrophe
 * (U+0027, U+2019, U+2018, U+0060, U+02BB) becomes U+02BC, runs of white space collapse;
 * hyphenated double surnames stay one word. The patronymic is optional.
 * @param[out] out_surname, out_given new strings; NULL on failure.
 * @param[out] out_patronymic a new string, or NULL when the name has none (and on failure).
 *             Ownership: the caller frees all three with ej_free().
 * @param text UTF-8, at most 1024 bytes.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, invalid UTF-8 (with the byte offset), text
 *         that is too long, or text without exactly 2 or 3 words (the message quotes it).
 * Since: 0.1
 */
EJ_API int ej_name_parse(char** out_surname, char** out_given, char** out_patronymic,
                         const char* text);

/**
 * A name written in `style` (an ej_name_style). The parts are normalised as by ej_name_parse
 * and must be one word each.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param surname, given UTF-8, at most 1024 bytes each.
 * @param patronymic UTF-8, at most 1024 bytes; NULL or "" when there is none.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer (other than patronymic), invalid UTF-8, a part
 *         that is too long, empty or more than one word, or an unknown style.
 * Since: 0.1
 */
EJ_API int ej_name_format(char** out, const char* surname, const char* given,
                          const char* patronymic, int32_t style);

/**
 * A generated word (an ej_gender_word_kind) in a grammatical gender (an ej_gender).
 * @param[out] out a static UTF-8 string; NULL on failure. Ownership: static, never freed.
 * @return EJ_OK; EJ_EINVALID for a NULL `out`, an unknown word or an unknown gender.
 * Since: 0.1
 */
EJ_API int ej_gender_word(const char** out, int32_t word, int32_t gender);

/**
 * The grammatical gender a patronymic shows: "-ович" is masculine, "-івна" and "-ївна" are
 * feminine, in any letter case. Other patronymics ("огли", foreign names) show none; prefer the
 * gender the person chose whenever there is one.
 * @param[out] out_gender an ej_gender; -1 when there is none.
 * @param patronymic UTF-8, at most 1024 bytes; NULL or "" when the person has none.
 * @return EJ_OK; EJ_ENOTFOUND when the patronymic shows no gender (the message quotes it);
 *         EJ_EINVALID for a NULL `out_gender`, invalid UTF-8 or a patronymic that is too long.
 * Since: 0.1
 */
EJ_API int ej_gender_guess(int32_t* out_gender, const char* patronymic);

EJ_END_DECL

#endif
