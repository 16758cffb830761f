/*
 * ejournal/grading.h — the grade-calculation engine: exact numbers, scales, special marks,
 * aggregation, the Ukrainian derivation rules and bulk aggregation over columns.
 *
 * Pure: no storage, no global state. Every result is exact and rounded once, at the end, by the
 * policy the caller names. Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_GRADING_H
#define EJOURNAL_GRADING_H

#include "ejournal/common.h"

EJ_BEGIN_DECL

/* ---------------------------------------------------------------- numbers */

/** A rounded value: units × 10^-scale ({970, 2} is 9.70). Frozen layout. */
typedef struct ej_decimal {
  int64_t units;
  int32_t scale;
  int32_t reserved; /**< always 0 */
} ej_decimal;

/** An exact value num/den, reduced, den > 0. Frozen layout. */
typedef struct ej_rational {
  int64_t num;
  int64_t den;
} ej_rational;

/** Rounding modes (ties are exact halves of the last kept digit). */
typedef enum ej_rounding_mode {
  EJ_ROUND_HALF_UP = 1,   /**< ties away from zero: 9.65 → 9.7, 10.5 → 11 (the default) */
  EJ_ROUND_HALF_EVEN = 2, /**< ties to the even digit: 10.5 → 10 */
  EJ_ROUND_FLOOR = 3,     /**< toward −∞ */
  EJ_ROUND_CEILING = 4    /**< toward +∞ */
} ej_rounding_mode;

/**
 * Rounds an exact value to `decimals` (0 … 18) decimals.
 * @param[out] out the rounded value; zeroed on failure.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, den ≤ 0, an unknown mode or decimals outside
 *         0 … 18; EJ_ERANGE when the result does not fit int64 units.
 * Since: 0.1
 */
EJ_API int ej_round(ej_decimal* out, const ej_rational* value, int32_t mode, int32_t decimals);

/**
 * Reads a decimal literal ("-12.375", "7"; no exponent, no spaces) exactly.
 * @return EJ_OK; EJ_EINVALID naming the text; EJ_ERANGE when it does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_rational_parse(ej_rational* out, const char* text);

/**
 * The shortest decimal that round-trips to `value`, exactly (0.1 → 1/10).
 * @return EJ_OK; EJ_EINVALID for NaN or ±infinity; EJ_ERANGE when it does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_rational_from_double(ej_rational* out, double value);

/**
 * Formats a decimal with exactly its scale of decimals ({970, 2} → "9.70").
 * @param[out] out a new string. Ownership: the caller frees it with ej_free().
 * @return EJ_OK; EJ_EINVALID for NULL or a scale outside 0 … 18.
 * Since: 0.1
 */
EJ_API int ej_decimal_format(char** out, const ej_decimal* value);

/* ----------------------------------------------------- threshold tables */

/** A table mapping values to rows by inclusive lower bounds, highest first. Immutable. */
typedef struct ej_thresholds ej_thresholds;

/** Built-in tables (ua-school.md §1.2, §2). */
typedef enum ej_thresholds_id {
  EJ_THRESHOLDS_UKRAINIAN_12_LEVELS = 1, /**< 1–3 I Початковий … 10–12 IV Високий */
  EJ_THRESHOLDS_HUNDRED_TO_ECTS = 2,      /**< A 90, B 82, C 74, D 64, E 60, FX 35, F 0 */
  EJ_THRESHOLDS_UKRAINIAN_12_TO_FIVE = 3, /**< 10–12 → 5, 7–9 → 4, 4–6 → 3, 1–3 → 2 */
  EJ_THRESHOLDS_HUNDRED_TO_FIVE = 4,      /**< 90 → 5, 74 → 4, 60 → 3, 0 → 2 */
  EJ_THRESHOLDS_FIVE_TO_UKRAINIAN_12 = 5 /**< old documents: 3 → 6, 4 → 9, 5 → 12 */
} ej_thresholds_id;

/**
 * A built-in table.
 * @return EJ_OK; EJ_EINVALID for an unknown `which`.
 * Ownership: free *out with ej_thresholds_free(). Thread safety: immutable, shareable.
 * Since: 0.1
 */
EJ_API int ej_thresholds_builtin(ej_thresholds** out, int32_t which);

/**
 * A custom table over the domain [min, max] with `count` rows given as columns.
 * @param values target value of each row, or NULL when the rows have none.
 * @return EJ_OK; EJ_EINVALID when count < 1, a column is NULL, min > max, a bound lies outside
 *         the domain, two bounds are equal, or a code is empty or not valid UTF-8.
 * Ownership: the library copies everything; free *out with ej_thresholds_free().
 * Since: 0.1
 */
EJ_API int ej_thresholds_new(ej_thresholds** out, const char* name, double min, double max,
                             int32_t count, const double* lower_bounds, const char* const* codes,
                             const char* const* names, const double* values);

/** Frees a table; NULL is a no-op. Since: 0.1 */
EJ_API void ej_thresholds_free(ej_thresholds* table);

/**
 * The row for `value`. Any out pointer may be NULL.
 * @param[out] out_code, out_name borrowed; valid until the table is freed.
 * @param[out] out_value the row's target value; out_has_value says whether it has one (0/1).
 * @return EJ_OK; EJ_ERANGE when the value lies outside the domain or below every bound.
 * Since: 0.1
 */
EJ_API int ej_thresholds_lookup(const char** out_code, const char** out_name,
                                ej_rational* out_value, int32_t* out_has_value,
                                const ej_thresholds* table, const ej_rational* value);

/* ---------------------------------------------------------------- scales */

/** A grading scale. Immutable; shareable between threads. */
typedef struct ej_scale ej_scale;

typedef enum ej_scale_id {
  EJ_SCALE_UKRAINIAN_12 = 1,     /**< 1 … 12 with four levels */
  EJ_SCALE_NUSH_LEVELS = 2,      /**< П, С, Д, В */
  EJ_SCALE_NUSH_DESCRIPTORS = 3, /**< the four descriptors of the achievement certificate */
  EJ_SCALE_NUSH_VERBAL = 4,      /**< verbal (text only) */
  EJ_SCALE_FIVE_POINT = 5,       /**< 2 … 5 */
  EJ_SCALE_HUNDRED_POINT = 6,    /**< 0 … 100 with the default ECTS letters as levels */
  EJ_SCALE_PASS_FAIL = 7         /**< не зараховано / зараховано */
} ej_scale_id;

typedef enum ej_scale_kind {
  EJ_SCALE_KIND_NUMERIC = 1,
  EJ_SCALE_KIND_SYMBOLIC = 2,
  EJ_SCALE_KIND_VERBAL = 3
} ej_scale_kind;

/**
 * A built-in scale.
 * @return EJ_OK; EJ_EINVALID for an unknown `which`. Ownership: free with ej_scale_free().
 * Since: 0.1
 */
EJ_API int ej_scale_builtin(ej_scale** out, int32_t which);

/**
 * A numeric scale: min + k·step up to max. `levels` (may be NULL) names bands; it is copied.
 * @return EJ_OK; EJ_EINVALID when min ≥ max, step ≤ 0, or the levels' domain is not [min, max].
 * Since: 0.1
 */
EJ_API int ej_scale_numeric(ej_scale** out, const char* name, double min, double max, double step,
                            const ej_thresholds* levels);

/**
 * A symbolic scale of `count` symbols, lowest first, given as columns.
 * @return EJ_OK; EJ_EINVALID when count < 1, a column is NULL, codes repeat or are empty, or the
 *         values do not increase strictly.
 * Since: 0.1
 */
EJ_API int ej_scale_symbolic(ej_scale** out, const char* name, int32_t count,
                             const char* const* codes, const char* const* labels,
                             const double* values);

/** A verbal (text-only) scale. Since: 0.1 */
EJ_API int ej_scale_verbal(ej_scale** out, const char* name);

/** Frees a scale; NULL is a no-op. Since: 0.1 */
EJ_API void ej_scale_free(ej_scale* scale);

/**
 * Kind, name and range of a scale. Any out pointer may be NULL; the range is {0, 1} for a verbal
 * scale. out_name is borrowed until the scale is freed.
 * Since: 0.1
 */
EJ_API int ej_scale_info(int32_t* out_kind, const char** out_name, ej_rational* out_min,
                         ej_rational* out_max, int32_t* out_symbol_count, const ej_scale* scale);

/**
 * The symbol at `index` of a symbolic scale (borrowed strings, valid until the scale is freed).
 * @return EJ_OK; EJ_ERANGE for an index outside 0 … count−1.
 * Since: 0.1
 */
EJ_API int ej_scale_symbol(const char** out_code, const char** out_label, ej_rational* out_value,
                           const ej_scale* scale, int32_t index);

/**
 * Reads a grade of the scale: a number on a numeric scale; a symbol's code or label otherwise.
 * @return EJ_OK; EJ_EINVALID naming the text when it is not a grade of this scale;
 *         EJ_EUNSUPPORTED on a verbal scale.
 * Since: 0.1
 */
EJ_API int ej_scale_parse(ej_rational* out, const ej_scale* scale, const char* text);

/** Sets *out to 1 when `value` is a grade of the scale, else 0. Since: 0.1 */
EJ_API int ej_scale_contains(int32_t* out, const ej_scale* scale, const ej_rational* value);

/**
 * The level (band) of a value: "IV" / "Високий" for 11 on the 12-point scale.
 * @return EJ_OK; EJ_EUNSUPPORTED when the scale has no levels; EJ_ERANGE outside the scale.
 * Since: 0.1
 */
EJ_API int ej_scale_level(const char** out_code, const char** out_name, const ej_scale* scale,
                          const ej_rational* value);

/* --------------------------------------------------------- special marks */

/** A dictionary of special marks (н, н/а, зв., …). Not thread-safe while being changed. */
typedef struct ej_marks ej_marks;

/** Flags of a special mark. */
typedef enum ej_mark_flag {
  EJ_MARK_COUNTS_IN_AVERAGE = 1, /**< enters averages (at its average value, else the minimum) */
  EJ_MARK_ABSENCE = 2,
  EJ_MARK_ATTESTATION = 4, /**< may stand in a final column */
  EJ_MARK_PASS = 8,
  EJ_MARK_FAIL = 16,
  EJ_MARK_HAS_AVERAGE_VALUE = 32 /**< `average_value` of ej_marks_add() is meaningful */
} ej_mark_flag;

/** The official Ukrainian marks: н, н/а, зв., зар., не зар. Since: 0.1 */
EJ_API int ej_marks_ukrainian(ej_marks** out);

/** An empty dictionary. Since: 0.1 */
EJ_API int ej_marks_new(ej_marks** out);

/** Frees a dictionary; NULL is a no-op. Since: 0.1 */
EJ_API void ej_marks_free(ej_marks* marks);

/**
 * Adds a mark.
 * @param average_value read only with EJ_MARK_HAS_AVERAGE_VALUE in `flags`.
 * @return EJ_OK; EJ_EINVALID for an empty or invalid UTF-8 code, unknown flags, both PASS and
 *         FAIL; EJ_EEXISTS when the code is taken.
 * Since: 0.1
 */
EJ_API int ej_marks_add(ej_marks* marks, const char* code, const char* label, uint32_t flags,
                        double average_value);

/**
 * Adds another accepted spelling of an existing mark.
 * @return EJ_OK; EJ_ENOTFOUND for an unknown code; EJ_EEXISTS when the alias is taken.
 * Since: 0.1
 */
EJ_API int ej_marks_add_alias(ej_marks* marks, const char* code, const char* alias);

/**
 * Finds a mark by code or alias. Any out pointer may be NULL.
 * @param[out] out_code the canonical code, borrowed until the dictionary changes or is freed.
 * @return EJ_OK; EJ_ENOTFOUND naming the text.
 * Since: 0.1
 */
EJ_API int ej_marks_lookup(uint32_t* out_flags, const char** out_code, const ej_marks* marks,
                           const char* code_or_alias);

/** Number of marks. Since: 0.1 */
EJ_API int ej_marks_count(int32_t* out, const ej_marks* marks);

/** The mark at `index` (borrowed strings). EJ_ERANGE outside 0 … count−1. Since: 0.1 */
EJ_API int ej_marks_get(const char** out_code, const char** out_label, uint32_t* out_flags,
                        const ej_marks* marks, int32_t index);

/* ------------------------------------------------------------- grade sets */

/** An ordered set of grades, each with its range and weight. */
typedef struct ej_gradeset ej_gradeset;

/** A new, empty set. Ownership: free with ej_gradeset_free(). Since: 0.1 */
EJ_API int ej_gradeset_new(ej_gradeset** out);

/** Frees a set; NULL is a no-op. Since: 0.1 */
EJ_API void ej_gradeset_free(ej_gradeset* set);

/**
 * Appends a numeric grade on the range [min, max] with a weight. `label` may be NULL.
 * @return EJ_OK; EJ_EINVALID for NaN/infinity, invalid UTF-8 in the label, or a label over
 *         1024 bytes. Range and weight are checked when the set is used.
 * Since: 0.1
 */
EJ_API int ej_gradeset_add(ej_gradeset* set, const char* label, double value, double min,
                           double max, double weight);

/** Appends a special mark (its code or alias; checked when the set is used). Since: 0.1 */
EJ_API int ej_gradeset_add_mark(ej_gradeset* set, const char* label, const char* mark, double min,
                                double max, double weight);

/** Appends an empty grade (nothing recorded yet). Since: 0.1 */
EJ_API int ej_gradeset_add_empty(ej_gradeset* set, const char* label, double min, double max,
                                 double weight);

/** Number of grades in the set. Since: 0.1 */
EJ_API int ej_gradeset_count(int32_t* out, const ej_gradeset* set);

/** Removes every grade (keeps the allocation for reuse). Since: 0.1 */
EJ_API int ej_gradeset_clear(ej_gradeset* set);

/* ------------------------------------------------------------ aggregation */

typedef enum ej_method {
  EJ_METHOD_MEAN = 1,
  EJ_METHOD_WEIGHTED_MEAN = 2,
  EJ_METHOD_MEDIAN = 3,
  EJ_METHOD_MODE = 4, /**< on a tie, the highest of the tied values */
  EJ_METHOD_LOWEST = 5,
  EJ_METHOD_HIGHEST = 6,
  EJ_METHOD_SUM = 7 /**< Σ w·g of raw grades, in the range [Σ w·min, Σ w·max] */
} ej_method;

typedef enum ej_empty_policy {
  EJ_EMPTY_EXCLUDE = 1,   /**< empty grades are left out */
  EJ_EMPTY_AS_MINIMUM = 2 /**< empty grades count at their minimum */
} ej_empty_policy;

/** Options of ej_aggregate(). Grows only at the end; set `version`. */
typedef struct ej_aggregate_options {
  uint32_t version;
  int32_t method;        /**< ej_method */
  int32_t empty_policy;  /**< ej_empty_policy */
  int32_t rounding_mode; /**< ej_rounding_mode of the rounded value */
  int32_t decimals;      /**< decimals of the rounded value, 0 … 18 */
  int32_t reserved;      /**< 0 */
  double target_min;     /**< the result is mapped to [target_min, target_max] and clamped */
  double target_max;
} ej_aggregate_options;

#define EJ_AGGREGATE_OPTIONS_VERSION 1
#define EJ_AGGREGATE_OPTIONS_INIT                                                                \
  {                                                                                              \
    EJ_AGGREGATE_OPTIONS_VERSION, EJ_METHOD_MEAN, EJ_EMPTY_EXCLUDE, EJ_ROUND_HALF_UP, 2, 0, 0.0, \
        100.0                                                                                    \
  }

/**
 * Fills `opts` with the defaults of `version`.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know.
 * Since: 0.1
 */
EJ_API int ej_aggregate_options_init(ej_aggregate_options* opts, uint32_t version);

/** The result of ej_aggregate(). Immutable; shareable between threads. */
typedef struct ej_aggregate_result ej_aggregate_result;

/** How one grade took part. */
typedef enum ej_item_use {
  EJ_USE_COUNTED = 1,
  EJ_USE_EMPTY_EXCLUDED = 2,
  EJ_USE_EMPTY_AS_MINIMUM = 3,
  EJ_USE_MARK_EXCLUDED = 4,
  EJ_USE_MARK_COUNTED = 5,
  EJ_USE_ZERO_WEIGHT = 6
} ej_item_use;

/**
 * Aggregates a grade set: each grade normalised to its range, aggregated by `method`, mapped to
 * [target_min, target_max] and clamped.
 * @param marks the special marks to recognise; NULL means ej_marks_ukrainian().
 * @param opts NULL means EJ_AGGREGATE_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a range with max ≤ min, a value outside its range, a negative
 *         weight, weights that sum to 0, an unknown mark, bad options (the message names the grade
 *         and the value); EJ_EEMPTY when no grade counts; EJ_EVERSION for an unknown
 *         opts->version.
 * Ownership: free *out with ej_aggregate_result_free().
 * Since: 0.1
 */
EJ_API int ej_aggregate(ej_aggregate_result** out, const ej_gradeset* set, const ej_marks* marks,
                        const ej_aggregate_options* opts);

/** Frees a result; NULL is a no-op. Since: 0.1 */
EJ_API void ej_aggregate_result_free(ej_aggregate_result* result);

/**
 * The aggregate, rounded by the options and exact. Either out pointer may be NULL.
 * @return EJ_OK; EJ_ERANGE when the exact value does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_aggregate_result_value(ej_decimal* out_rounded, ej_rational* out_exact,
                                     const ej_aggregate_result* result);

/** The range the value lies in (the target range; for SUM, [Σ w·min, Σ w·max]). Since: 0.1 */
EJ_API int ej_aggregate_result_range(ej_rational* out_min, ej_rational* out_max,
                                     const ej_aggregate_result* result);

/** Number of items (= grades in the set). Since: 0.1 */
EJ_API int ej_aggregate_result_item_count(int32_t* out, const ej_aggregate_result* result);

/**
 * How grade `index` took part (ej_item_use) and its share of the result (0 when it did not
 * count). Either out pointer may be NULL.
 * @return EJ_OK; EJ_ERANGE for an index outside 0 … count−1.
 * Since: 0.1
 */
EJ_API int ej_aggregate_result_item(int32_t* out_use, ej_rational* out_share,
                                    const ej_aggregate_result* result, int32_t index);

/**
 * The exact mean of `count` scaled values (values[i] × 10^-value_scale), rounded — the
 * allocation-free path for one student's grades.
 * @return EJ_OK; EJ_EINVALID for NULL values with count > 0, value_scale outside 0 … 9, bad
 *         rounding; EJ_EEMPTY when count is 0.
 * Since: 0.1
 */
EJ_API int ej_mean(ej_decimal* out, const int64_t* values, int64_t count, int32_t value_scale,
                   int32_t rounding_mode, int32_t decimals);

/* ------------------------------------------------------ Ukrainian rules */

/** Options of the Ukrainian derivation rules. Grows only at the end; set `version`. */
typedef struct ej_ua_options {
  uint32_t version;
  int32_t rounding_mode; /**< how the mean becomes a whole grade; default EJ_ROUND_HALF_UP */
  int32_t semester_falls_back_to_current; /**< 0/1, default 1 (NUSh 5–9) */
} ej_ua_options;

#define EJ_UA_OPTIONS_VERSION 1
#define EJ_UA_OPTIONS_INIT \
  { EJ_UA_OPTIONS_VERSION, EJ_ROUND_HALF_UP, 1 }

/** Fills `opts` with the defaults of `version`; EJ_EVERSION for an unknown one. Since: 0.1 */
EJ_API int ej_ua_options_init(ej_ua_options* opts, uint32_t version);

/** A suggested grade with its basis. Immutable; shareable between threads. */
typedef struct ej_suggestion ej_suggestion;

/** The grades a suggestion or certificate average rests on; borrowed from its owner. */
typedef struct ej_basis ej_basis;

typedef enum ej_basis_use {
  EJ_BASIS_COUNTED = 1,
  EJ_BASIS_MARK_EXCLUDED = 2,
  EJ_BASIS_EMPTY = 3,
  EJ_BASIS_REPLACED_BY_CORRECTED = 4,
  EJ_BASIS_EXCLUDED_BY_KIND = 5 /**< an optional course (факультатив) of a certificate */
} ej_basis_use;

/**
 * Suggested thematic grade from the current grades of a topic (12-point grades or marks; ranges
 * and weights of the set are not read).
 * @return EJ_OK (a suggestion of "н/а" when no grade counts); EJ_EINVALID for a value that is not
 *         an integer 1 … 12 or an unknown mark; EJ_EVERSION for an unknown opts->version.
 * Ownership: free *out with ej_suggestion_free().
 * Since: 0.1
 */
EJ_API int ej_ua_suggest_thematic(ej_suggestion** out, const ej_gradeset* current,
                                  const ej_marks* marks, const ej_ua_options* opts);

/**
 * Suggested semester grade from thematic grades; with none (and the fallback on) from `current`,
 * which may be NULL.
 * Since: 0.1
 */
EJ_API int ej_ua_suggest_semester(ej_suggestion** out, const ej_gradeset* thematic,
                                  const ej_gradeset* current, const ej_marks* marks,
                                  const ej_ua_options* opts);

/**
 * Suggested annual grade from semester grades, each replaced by its corrected grade when one is
 * recorded. `corrected` may be NULL, else parallel to `semesters` (empty entries = none).
 * @return EJ_OK; EJ_EINVALID when a corrected grade is below its semester grade or the sets
 *         differ in length.
 * Since: 0.1
 */
EJ_API int ej_ua_suggest_annual(ej_suggestion** out, const ej_gradeset* semesters,
                                const ej_gradeset* corrected, const ej_marks* marks,
                                const ej_ua_options* opts);

/** Frees a suggestion; NULL is a no-op. Since: 0.1 */
EJ_API void ej_suggestion_free(ej_suggestion* suggestion);

/**
 * The suggested grade (1 … 12; 0 when the suggestion is a mark) and the mark ("" with a grade).
 * out_mark is borrowed until the suggestion is freed. Either out pointer may be NULL.
 * Since: 0.1
 */
EJ_API int ej_suggestion_grade(int32_t* out_grade, const char** out_mark,
                               const ej_suggestion* suggestion);

/**
 * The rule applied ("ua.semester.mean_of_thematic", …; borrowed) and the exact mean of the
 * counted grades (out_has_mean = 0 when none counted). Any out pointer may be NULL.
 * Since: 0.1
 */
EJ_API int ej_suggestion_detail(const char** out_rule, ej_rational* out_mean, int32_t* out_has_mean,
                                const ej_suggestion* suggestion);

/** The basis of a suggestion, borrowed until the suggestion is freed. Since: 0.1 */
EJ_API int ej_suggestion_basis(const ej_basis** out, const ej_suggestion* suggestion);

/** Number of entries in a basis. Since: 0.1 */
EJ_API int ej_basis_count(int32_t* out, const ej_basis* basis);

/**
 * Entry `index` of a basis. Strings are borrowed from the basis' owner. Any out may be NULL.
 * @param[out] out_input_index position of the grade in the input it came from
 * @param[out] out_source "current", "thematic", "semester", "corrected", "subject",
 *             "state_exam" or "optional_course"
 * @param[out] out_mark the special mark ("" for none)
 * @param[out] out_value the 12-point value that counted; out_has_value 0 when none did
 * @param[out] out_use ej_basis_use
 * @return EJ_OK; EJ_ERANGE for an index outside 0 … count−1.
 * Since: 0.1
 */
EJ_API int ej_basis_get(int32_t* out_input_index, const char** out_source, const char** out_label,
                        const char** out_mark, ej_rational* out_value, int32_t* out_has_value,
                        int32_t* out_use, const ej_basis* basis, int32_t index);

/** The entries of a certificate supplement. */
typedef struct ej_certificate ej_certificate;

typedef enum ej_certificate_kind {
  EJ_CERT_SUBJECT = 1,        /**< invariant or variative subject */
  EJ_CERT_STATE_EXAM = 2,     /**< ДПА */
  EJ_CERT_OPTIONAL_COURSE = 3 /**< факультатив: never counts */
} ej_certificate_kind;

/** Flags of a certificate entry. */
typedef enum ej_certificate_flag {
  EJ_CERT_FIVE_POINT = 1 /**< an old 5-point grade: 3 → 6, 4 → 9, 5 → 12 */
} ej_certificate_flag;

/** A new, empty certificate. Since: 0.1 */
EJ_API int ej_certificate_new(ej_certificate** out);

/** Frees a certificate; NULL is a no-op. Since: 0.1 */
EJ_API void ej_certificate_free(ej_certificate* cert);

/**
 * Appends a graded entry of `kind` (ej_certificate_kind) with `flags` (ej_certificate_flag).
 * @return EJ_OK; EJ_EINVALID for NaN/infinity, an unknown kind or flag, a bad label.
 * Since: 0.1
 */
EJ_API int ej_certificate_add(ej_certificate* cert, const char* label, double value, int32_t kind,
                              uint32_t flags);

/** Appends an entry holding a special mark (зв., зар., …). Since: 0.1 */
EJ_API int ej_certificate_add_mark(ej_certificate* cert, const char* label, const char* mark,
                                   int32_t kind);

/** The certificate average with its basis. Immutable; shareable between threads. */
typedef struct ej_certificate_result ej_certificate_result;

/**
 * The certificate average (ua-school.md §4): mean of subject and ДПА grades, with зв., зар. and
 * optional courses excluded, rounded to tenths half-up, and its 100–200 score.
 * @return EJ_OK; EJ_EINVALID for a grade that is not 1 … 12 (or 3 … 5 for a 5-point entry) or an
 *         unknown mark; EJ_EEMPTY when no grade counts.
 * Since: 0.1
 */
EJ_API int ej_ua_certificate_average(ej_certificate_result** out, const ej_certificate* cert,
                                     const ej_marks* marks);

/** Frees a certificate result; NULL is a no-op. Since: 0.1 */
EJ_API void ej_certificate_result_free(ej_certificate_result* result);

/**
 * The average to tenths ({97, 1} is 9.7), the exact mean and the 100–200 score. Any out may be
 * NULL.
 * Since: 0.1
 */
EJ_API int ej_certificate_result_average(ej_decimal* out_average, ej_rational* out_exact,
                                         int32_t* out_score, const ej_certificate_result* result);

/** The basis of a certificate average, borrowed until the result is freed. Since: 0.1 */
EJ_API int ej_certificate_result_basis(const ej_basis** out, const ej_certificate_result* result);

/**
 * The 100–200 score of an average given in tenths (10 … 120): 100 up to 2.0, then one point per
 * tenth (9.7 → 177).
 * @return EJ_OK; EJ_ERANGE outside 10 … 120.
 * Since: 0.1
 */
EJ_API int ej_ua_certificate_score(int32_t* out, int32_t average_tenths);

/* ------------------------------------------------------------------ bulk */

/** Options of ej_bulk_aggregate() (and _i32). Grows only at the end; set `version`. */
typedef struct ej_bulk_options {
  uint32_t version;
  int32_t method;        /**< EJ_METHOD_MEAN, _WEIGHTED_MEAN, _SUM, _LOWEST or _HIGHEST */
  int32_t value_scale;   /**< value = values[i] × 10^-value_scale, 0 … 9 */
  int32_t weight_scale;  /**< weight = weights[i] × 10^-weight_scale, 0 … 9 */
  int32_t rounding_mode; /**< of the ROUNDED column */
  int32_t decimals;      /**< of the ROUNDED column, 0 … 18 */
  int32_t check_range;   /**< 0/1: every counted value must lie in [value_min, value_max] */
  int32_t reserved;      /**< 0 */
  int64_t value_min;     /**< in value units */
  int64_t value_max;
} ej_bulk_options;

#define EJ_BULK_OPTIONS_VERSION 1
#define EJ_BULK_OPTIONS_INIT \
  { EJ_BULK_OPTIONS_VERSION, EJ_METHOD_MEAN, 0, 0, EJ_ROUND_HALF_UP, 2, 0, 0, 0, 0 }

/** Fills `opts` with the defaults of `version`; EJ_EVERSION for an unknown one. Since: 0.1 */
EJ_API int ej_bulk_options_init(ej_bulk_options* opts, uint32_t version);

/** Per-group results as columns. Immutable; shareable between threads. */
typedef struct ej_bulk_result ej_bulk_result;

/** Columns of a bulk result. */
typedef enum ej_bulk_column {
  EJ_BULK_GROUP = 1,      /**< group id, in order of first appearance */
  EJ_BULK_COUNT = 2,      /**< rows that counted */
  EJ_BULK_SUM = 3,        /**< Σ w·v in units of 10^-(value_scale + weight_scale) */
  EJ_BULK_WEIGHT_SUM = 4, /**< Σ w in units of 10^-weight_scale */
  EJ_BULK_ROUNDED = 5,    /**< the result in units of 10^-decimals (0 where HAS_VALUE is 0) */
  EJ_BULK_HAS_VALUE = 6   /**< 1 when at least one row of the group counted, else 0 */
} ej_bulk_column;

/**
 * Aggregates `count` rows given as parallel columns, per group. Rows of a group need not be
 * adjacent; grouped (e.g. sorted) rows take the fast path. No column is copied or kept.
 * @param weights NULL: every weight is 1.
 * @param skip NULL: every row counts; a non-zero byte excludes its row (a special mark).
 * @return EJ_OK; EJ_EINVALID for NULL columns, a negative weight, a value outside the checked
 *         range (naming the row and value), scales outside 0 … 9; EJ_EEMPTY when count is 0;
 *         EJ_ERANGE when a sum overflows int64; EJ_EUNSUPPORTED for median or mode;
 *         EJ_EVERSION for an unknown opts->version.
 * Ownership: free *out with ej_bulk_result_free().
 * Since: 0.1
 */
EJ_API int ej_bulk_aggregate(ej_bulk_result** out, const int64_t* groups, const int64_t* values,
                             const int64_t* weights, const uint8_t* skip, int64_t count,
                             const ej_bulk_options* opts);

/**
 * ej_bulk_aggregate() over int32 columns (groups, values and weights alike): the same rules,
 * errors and results, the result columns int64 as ever, but half the memory read per row. Grades
 * and most group ids fit int32. No column is copied or kept.
 * @param weights NULL: every weight is 1.
 * @param skip NULL: every row counts; a non-zero byte excludes its row (a special mark).
 * @return EJ_OK; EJ_EINVALID for NULL columns, a negative weight, a value outside the checked
 *         range (naming the row and value), scales outside 0 … 9; EJ_EEMPTY when count is 0;
 *         EJ_ERANGE when a sum overflows int64; EJ_EUNSUPPORTED for median or mode;
 *         EJ_EVERSION for an unknown opts->version.
 * Ownership: free *out with ej_bulk_result_free().
 * Since: 0.1
 */
EJ_API int ej_bulk_aggregate_i32(ej_bulk_result** out, const int32_t* groups, const int32_t* values,
                                 const int32_t* weights, const uint8_t* skip, int64_t count,
                                 const ej_bulk_options* opts);

/**
 * The Ukrainian semester suggestion for many students at once: per group, the mean of 12-point
 * grades (integers 1 … 12) rounded to a whole grade by `rounding_mode` (ROUNDED column, scale 0).
 * @return as ej_bulk_aggregate(); EJ_EINVALID for a value outside 1 … 12.
 * Since: 0.1
 */
EJ_API int ej_ua_bulk_suggest_semester(ej_bulk_result** out, const int64_t* groups,
                                       const int64_t* values, const uint8_t* skip, int64_t count,
                                       int32_t rounding_mode);

/**
 * ej_ua_bulk_suggest_semester() over int32 groups and values, with the same results.
 * @param skip NULL: every row counts; a non-zero byte excludes its row (a special mark).
 * @return EJ_OK; EJ_EINVALID for NULL columns, a value outside 1 … 12 (naming the row and value)
 *         or an unknown rounding_mode; EJ_EEMPTY when count is 0.
 * Ownership: free *out with ej_bulk_result_free().
 * Since: 0.1
 */
EJ_API int ej_ua_bulk_suggest_semester_i32(ej_bulk_result** out, const int32_t* groups,
                                           const int32_t* values, const uint8_t* skip,
                                           int64_t count, int32_t rounding_mode);

/** Frees a bulk result; NULL is a no-op. Since: 0.1 */
EJ_API void ej_bulk_result_free(ej_bulk_result* result);

/** Number of groups and the decimals of the ROUNDED column. Either out may be NULL. Since: 0.1 */
EJ_API int ej_bulk_result_info(int64_t* out_groups, int32_t* out_decimals,
                               const ej_bulk_result* result);

/**
 * A column of the result (ej_bulk_column), borrowed until the result is freed; its length is the
 * number of groups. HAS_VALUE is returned as int64 0/1 like the others.
 * @return EJ_OK; EJ_EINVALID for an unknown column.
 * Since: 0.1
 */
EJ_API int ej_bulk_result_column(const int64_t** out, const ej_bulk_result* result, int32_t column);

EJ_END_DECL

#endif
