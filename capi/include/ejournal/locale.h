/*
 * ejournal/locale.h — dates and counted nouns in Ukrainian ("uk") and English ("en"), through
 * ICU, in the Europe/Kyiv time zone whatever the machine's zone.
 *
 * Pure and thread-safe. Conventions (status codes, strings, ej_date): ejournal/common.h.
 */
#ifndef EJOURNAL_LOCALE_H
#define EJOURNAL_LOCALE_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** How ej_date_format writes a date; the examples are 2024-09-01 in "uk" / "en". Since: 0.1 */
typedef enum ej_date_style {
  EJ_DATE_LONG = 0,       /**< "1 вересня 2024 р." / "1 September 2024" */
  EJ_DATE_MONTH_YEAR = 1, /**< nominative, for headers: "вересень 2024" / "September 2024" */
  EJ_DATE_WEEKDAY = 2,    /**< "неділя" / "Sunday" */
  EJ_DATE_NUMERIC = 3     /**< "01.09.2024" / "01/09/2024" */
} ej_date_style;

/**
 * `date` written in `style` (an ej_date_style) for `locale`.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param date a date of years 1..9999 (proleptic Gregorian).
 * @param locale "uk" or "en"; NULL means "uk".
 * @return EJ_OK; EJ_EINVALID for a NULL `out` or `date`, a date that does not exist
 *         (2023-02-29, month 13; the message gives it), an unknown style or locale.
 * Since: 0.1
 */
EJ_API int ej_date_format(char** out, const ej_date* date, int32_t style, const char* locale);

/**
 * "<n> <form>" with the form chosen by the CLDR plural rules of `locale`: Ukrainian integers use
 * one/few/many ("1 пропуск", "2 пропуски", "5 пропусків", "11 пропусків", "21 пропуск"),
 * English one/other. A NULL or empty form is absent; an absent form falls back to `other`.
 * @param[out] out a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param n |n| at most 2^53.
 * @param locale "uk" or "en"; NULL means "uk".
 * @param one, few, many, other UTF-8, at most 1024 bytes each, or NULL.
 * @return EJ_OK; EJ_EINVALID for a NULL `out`, an unknown locale, invalid UTF-8, a form that is
 *         too long, or when neither the category's form nor `other` is given; EJ_ERANGE when
 *         |n| > 2^53.
 * Since: 0.1
 */
EJ_API int ej_count_format(char** out, int64_t n, const char* locale, const char* one,
                           const char* few, const char* many, const char* other);

EJ_END_DECL

#endif
