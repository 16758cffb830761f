/*
 * ejournal/gradebook.h — a course gradebook: a tree of categories and items with each student's
 * grades, computed under a named policy (Moodle's aggregation, Canvas's grade calculation or the
 * Ukrainian rules) into a result that says, for every node, what it is worth and why it did or
 * did not count. Letter schemes turn a percentage into a letter and back.
 *
 * The tree is built through a handle with scalar arguments and versioned option structs; grades
 * live in a separate students × items handle so that a whole class is computed in one call;
 * results come back as handles read by index. No struct but the option structs, ej_rational and
 * ej_decimal crosses the boundary. Conventions (status codes, strings, handles):
 * ejournal/common.h. Exact numbers: ejournal/grading.h.
 */
#ifndef EJOURNAL_GRADEBOOK_H
#define EJOURNAL_GRADEBOOK_H

#include "ejournal/common.h"
#include "ejournal/grading.h"

EJ_BEGIN_DECL

/* -------------------------------------------------------------- the tree */

/**
 * A course: categories, items, grading periods and the Canvas weighting switches. It only grows:
 * nothing added is ever removed or renumbered, so indices stay valid.
 * Thread safety: changed by one thread at a time; the compute functions only read it, so several
 * threads may compute from one gradebook at once while no thread changes it.
 */
typedef struct ej_gradebook ej_gradebook;

/** How a category combines its children (Canvas and the Ukrainian rules ignore it). */
typedef enum ej_gradebook_aggregation {
  EJ_AGGREGATION_MEAN = 1,                    /**< Moodle "Mean of grades" */
  EJ_AGGREGATION_WEIGHTED_MEAN = 2,           /**< child weights are coefficients */
  EJ_AGGREGATION_SIMPLE_WEIGHTED_MEAN = 3,    /**< each child weighs its range */
  EJ_AGGREGATION_MEAN_WITH_EXTRA_CREDITS = 4, /**< Moodle "Mean of grades (with extra credits)" */
  EJ_AGGREGATION_MEDIAN = 5,
  EJ_AGGREGATION_LOWEST = 6,
  EJ_AGGREGATION_HIGHEST = 7,
  EJ_AGGREGATION_MODE = 8,   /**< most frequent normalised value; a tie gives the highest */
  EJ_AGGREGATION_NATURAL = 9 /**< Moodle "Natural" (its default): a weighted sum of points */
} ej_gradebook_aggregation;

/** Options of ej_gradebook_add_category(). Grows only at the end; set `version`. */
typedef struct ej_category_options {
  uint32_t version;
  int32_t aggregation;   /**< ej_gradebook_aggregation; default EJ_AGGREGATION_NATURAL */
  int32_t exclude_empty; /**< 0/1, default 1: Moodle "Exclude empty grades" */
  int32_t drop_lowest;   /**< Moodle droplow, Canvas drop_lowest; ≥ 0, default 0 */
  int32_t keep_highest;  /**< Moodle keephigh (ignored when drop_lowest > 0); ≥ 0, default 0 */
  int32_t drop_highest;  /**< Canvas drop_highest; ≥ 0, default 0 */
  double min;            /**< the category total's range (Moodle, non-natural); default 0 */
  double max;            /**< default 100 */
  /**
   * Its weight in the parent, read only when has_weight is 1: a Moodle coefficient (weighted
   * mean), a Moodle natural weight as a fraction when weight_overridden, a Canvas group weight in
   * percent.
   */
  double weight;
  int32_t has_weight;        /**< 0/1, default 0 (no weight set) */
  int32_t weight_overridden; /**< 0/1: Moodle natural, the weight was entered, not automatic */
  int32_t extra_credit;      /**< 0/1: counts as extra credit in its parent (Moodle) */
  int32_t hidden;            /**< 0/1: Moodle, hidden from students */
} ej_category_options;

#define EJ_CATEGORY_OPTIONS_VERSION 1
#define EJ_CATEGORY_OPTIONS_INIT \
  { EJ_CATEGORY_OPTIONS_VERSION, EJ_AGGREGATION_NATURAL, 1, 0, 0, 0, 0.0, 100.0, 0.0, 0, 0, 0, 0 }

/**
 * Fills `opts` with the defaults of `version` (EJ_CATEGORY_OPTIONS_INIT).
 * @return EJ_OK; EJ_EVERSION for a version this library does not know; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_category_options_init(ej_category_options* opts, uint32_t version);

/** Options of ej_gradebook_add_item(). Grows only at the end; set `version`. */
typedef struct ej_item_options {
  uint32_t version;
  int32_t reserved;          /**< 0 */
  int64_t order;             /**< stable tie-break order (Canvas: the assignment id); default 0 */
  double min;                /**< Moodle grademin; default 0 */
  double max;                /**< Moodle grademax, Canvas points_possible; default 100 */
  double weight;             /**< as ej_category_options.weight, read only when has_weight is 1 */
  int32_t has_weight;        /**< 0/1, default 0 */
  int32_t weight_overridden; /**< 0/1 */
  int32_t extra_credit;      /**< 0/1: Moodle, extra credit in its category */
  int32_t hidden;            /**< 0/1: Moodle hidden item; Canvas, not visible to the student */
  int32_t never_drop;        /**< 0/1: Canvas, never dropped by drop rules */
  /**
   * 0/1: Canvas, left out of the grade (omit_from_final_grade, unpublished, "not_graded", or
   * anonymous and unposted).
   */
  int32_t omitted;
} ej_item_options;

#define EJ_ITEM_OPTIONS_VERSION 1
#define EJ_ITEM_OPTIONS_INIT \
  { EJ_ITEM_OPTIONS_VERSION, 0, 0, 0.0, 100.0, 0.0, 0, 0, 0, 0, 0, 0 }

/**
 * Fills `opts` with the defaults of `version` (EJ_ITEM_OPTIONS_INIT).
 * @return EJ_OK; EJ_EVERSION for a version this library does not know; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_item_options_init(ej_item_options* opts, uint32_t version);

/**
 * A new, empty gradebook (no Canvas weighting, no grading periods).
 * @param[out] out the gradebook; NULL on failure.
 * @return EJ_OK; EJ_EINVALID for NULL out.
 * Ownership: free *out with ej_gradebook_free().
 * Since: 0.1
 */
EJ_API int ej_gradebook_new(ej_gradebook** out);

/** Frees a gradebook; NULL is a no-op. Since: 0.1 */
EJ_API void ej_gradebook_free(ej_gradebook* book);

/**
 * Appends a category. The tree itself (unique ids, one root, existing parents, no cycle, ranges,
 * weights, drop counts) is checked when it is computed, and a failure names the category.
 * @param id unique among categories, not empty.
 * @param parent the parent category's id; NULL or "" makes this the course (root) category.
 * @param name a display name; NULL is "".
 * @param opts NULL means EJ_CATEGORY_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL book or id, strings that are not valid UTF-8 or longer
 *         than 1024 bytes, an unknown aggregation, a boolean field other than 0/1, a NaN or
 *         infinite min, max or weight (the message names the field); EJ_EVERSION for an unknown
 *         opts->version.
 * Ownership: the library copies the strings.
 * Since: 0.1
 */
EJ_API int ej_gradebook_add_category(ej_gradebook* book, const char* id, const char* parent,
                                     const char* name, const ej_category_options* opts);

/**
 * Appends an item to a category; its index (0, 1, … in the order added) addresses its grades.
 * @param id unique among items, not empty (checked when computed).
 * @param category the id of its category (checked when computed).
 * @param name a display name; NULL is "".
 * @param period the id of its Canvas grading period; NULL or "" for none.
 * @param opts NULL means EJ_ITEM_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID as for ej_gradebook_add_category() and for a NULL category, a
 *         non-zero opts->reserved; EJ_EVERSION for an unknown opts->version.
 * Ownership: the library copies the strings.
 * Since: 0.1
 */
EJ_API int ej_gradebook_add_item(ej_gradebook* book, const char* id, const char* category,
                                 const char* name, const char* period, const ej_item_options* opts);

/**
 * Appends a Canvas grading period with its weight in percent (read only when the periods are
 * weighted; a negative weight is refused when computed).
 * @return EJ_OK; EJ_EINVALID for a NULL book or id, an id that is not valid UTF-8, a NaN or
 *         infinite weight.
 * Since: 0.1
 */
EJ_API int ej_gradebook_add_period(ej_gradebook* book, const char* id, double weight);

/**
 * Canvas "weight final grade based on assignment groups": 1 on, 0 off (the default).
 * @return EJ_OK; EJ_EINVALID for a NULL book or a value other than 0/1.
 * Since: 0.1
 */
EJ_API int ej_gradebook_set_weighted_groups(ej_gradebook* book, int32_t weighted);

/**
 * Canvas: 1 when the grading periods' weights make the course grade, 0 (the default) when the
 * course grade ignores the periods.
 * @return EJ_OK; EJ_EINVALID for a NULL book or a value other than 0/1.
 * Since: 0.1
 */
EJ_API int ej_gradebook_set_weighted_periods(ej_gradebook* book, int32_t weighted);

/**
 * The index of the item with `id`, for the grade setters.
 * @return EJ_OK; EJ_ENOTFOUND naming the id when no item has it; EJ_EINVALID for NULL, invalid
 *         UTF-8, or an id that two items share.
 * Since: 0.1
 */
EJ_API int ej_gradebook_item_index(int32_t* out, const ej_gradebook* book, const char* id);

/* ---------------------------------------------------------------- grades */

/**
 * Grades of `students` students for the items of one gradebook: a students × items table whose
 * cells start empty, with no flags.
 * Thread safety: changed by one thread at a time; several threads may compute from it at once
 * while no thread changes it.
 */
typedef struct ej_gradebook_grades ej_gradebook_grades;

/** Flags of one grade (ej_gradebook_grades_set_flags()). */
typedef enum ej_gradebook_grade_flag {
  EJ_GRADEBOOK_GRADE_EXCLUDED = 1,       /**< Moodle: excluded from aggregation for this student */
  EJ_GRADEBOOK_GRADE_EXCUSED = 2,        /**< Canvas: excused (no score, no points possible) */
  EJ_GRADEBOOK_GRADE_PENDING_REVIEW = 4, /**< Canvas: ignored in the current grade, not final */
  EJ_GRADEBOOK_GRADE_HIDDEN = 8          /**< Canvas: the submission is hidden from the student */
} ej_gradebook_grade_flag;

/**
 * An empty grades table sized for the items `book` has now. Items added to the book later make
 * the table unusable with it (the compute functions refuse it).
 * @param students 0 or more.
 * @return EJ_OK; EJ_EINVALID for NULL or a negative count; EJ_ENOMEM when the table does not fit
 *         in memory.
 * Ownership: free *out with ej_gradebook_grades_free(); the book is not kept.
 * Since: 0.1
 */
EJ_API int ej_gradebook_grades_new(ej_gradebook_grades** out, const ej_gradebook* book,
                                   int32_t students);

/** Frees a grades table; NULL is a no-op. Since: 0.1 */
EJ_API void ej_gradebook_grades_free(ej_gradebook_grades* grades);

/**
 * Records the score of `student` for item `item` (its flags are kept). Whether the score fits
 * the item is the policy's to decide when computing.
 * @return EJ_OK; EJ_EINVALID for NULL, a NaN or infinite score; EJ_ERANGE for a student or item
 *         outside the table.
 * Since: 0.1
 */
EJ_API int ej_gradebook_grades_set_score(ej_gradebook_grades* grades, int32_t student, int32_t item,
                                         double score);

/**
 * Empties the grade of `student` for item `item`: not graded (its flags are kept).
 * @return EJ_OK; EJ_EINVALID for NULL; EJ_ERANGE for a student or item outside the table.
 * Since: 0.1
 */
EJ_API int ej_gradebook_grades_set_empty(ej_gradebook_grades* grades, int32_t student,
                                         int32_t item);

/**
 * Replaces the flags (ej_gradebook_grade_flag) of one grade; its score is kept.
 * @return EJ_OK; EJ_EINVALID for NULL or unknown bits; EJ_ERANGE for a student or item outside
 *         the table.
 * Since: 0.1
 */
EJ_API int ej_gradebook_grades_set_flags(ej_gradebook_grades* grades, int32_t student, int32_t item,
                                         uint32_t flags);

/* -------------------------------------------------------------- compute */

/** The policy a gradebook is computed under. */
typedef enum ej_gradebook_policy {
  EJ_GRADEBOOK_POLICY_MOODLE = 1, /**< Moodle's aggregation, current behaviour */
  EJ_GRADEBOOK_POLICY_CANVAS = 2, /**< Canvas's grade calculation */
  /** Each category a topic: its suggested thematic grade is the rounded mean of its 12-point
      grades; the course total is the semester suggestion from those. */
  EJ_GRADEBOOK_POLICY_UKRAINIAN = 3
} ej_gradebook_policy;

/**
 * Options of the policies. Each field is read by its policy only, but every field is checked.
 * Grows only at the end; set `version`.
 */
typedef struct ej_gradebook_policy_options {
  uint32_t version;
  /** Moodle, 0/1: 0 (default) the grader's view; 1 "show totals excluding hidden items". */
  int32_t exclude_hidden;
  /** Canvas, 0/1: 0 (default) the current grade; 1 the final grade (ungraded counts 0). */
  int32_t final_grade;
  /** Ukrainian: how a mean becomes a whole grade (ej_rounding_mode); default HALF_UP. */
  int32_t rounding_mode;
} ej_gradebook_policy_options;

#define EJ_GRADEBOOK_POLICY_OPTIONS_VERSION 1
#define EJ_GRADEBOOK_POLICY_OPTIONS_INIT \
  { EJ_GRADEBOOK_POLICY_OPTIONS_VERSION, 0, 0, EJ_ROUND_HALF_UP }

/**
 * Fills `opts` with the defaults of `version` (EJ_GRADEBOOK_POLICY_OPTIONS_INIT).
 * @return EJ_OK; EJ_EVERSION for a version this library does not know; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_gradebook_policy_options_init(ej_gradebook_policy_options* opts, uint32_t version);

/** One student's computed gradebook. Immutable; shareable between threads. */
typedef struct ej_gradebook_result ej_gradebook_result;

/** The results of a whole class, one per student. Immutable; shareable between threads. */
typedef struct ej_gradebook_class_result ej_gradebook_class_result;

/**
 * Computes the gradebook of one student (row `student` of `grades`).
 * @param policy an ej_gradebook_policy.
 * @param opts NULL means EJ_GRADEBOOK_POLICY_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, an unknown policy, bad options, grades made for
 *         another number of items, and for a tree or grade the policy refuses — a category cycle,
 *         a missing parent or category, duplicate ids, no root or two, a negative range or
 *         weight, weights that sum to zero where a weighted method needs them, a negative drop
 *         count, a score the policy does not accept (the message names the node);
 *         EJ_ERANGE for a student outside the table; EJ_EVERSION for an unknown opts->version.
 * Ownership: free *out with ej_gradebook_result_free(). Neither input is kept.
 * Since: 0.1
 */
EJ_API int ej_gradebook_compute(ej_gradebook_result** out, const ej_gradebook* book,
                                const ej_gradebook_grades* grades, int32_t student, int32_t policy,
                                const ej_gradebook_policy_options* opts);

/**
 * Computes the gradebook of every student of `grades` at once; the tree is checked once. Each
 * student's result equals ej_gradebook_compute() for that student.
 * @return as ej_gradebook_compute() (no student argument).
 * Ownership: free *out with ej_gradebook_class_result_free().
 * Since: 0.1
 */
EJ_API int ej_gradebook_compute_class(ej_gradebook_class_result** out, const ej_gradebook* book,
                                      const ej_gradebook_grades* grades, int32_t policy,
                                      const ej_gradebook_policy_options* opts);

/** Frees a class result and the results it holds; NULL is a no-op. Since: 0.1 */
EJ_API void ej_gradebook_class_result_free(ej_gradebook_class_result* results);

/**
 * The number of students of a class result.
 * @return EJ_OK; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_gradebook_class_result_count(int32_t* out, const ej_gradebook_class_result* results);

/**
 * The result of student `student`.
 * @param[out] out borrowed: valid until the class result is freed; never pass it to
 *             ej_gradebook_result_free().
 * @return EJ_OK; EJ_EINVALID for NULL; EJ_ERANGE for a student outside 0 … count−1.
 * Since: 0.1
 */
EJ_API int ej_gradebook_class_result_get(const ej_gradebook_result** out,
                                         const ej_gradebook_class_result* results, int32_t student);

/* --------------------------------------------------------------- results */

/** Why a node did or did not count for the student. */
typedef enum ej_gradebook_outcome {
  EJ_OUTCOME_COUNTED = 1,
  EJ_OUTCOME_EMPTY_EXCLUDED = 2,  /**< no grade, and empty grades are left out (or ungraded) */
  EJ_OUTCOME_EMPTY_AS_ZERO = 3,   /**< no grade, counted at its minimum (Moodle) or 0 (Canvas) */
  EJ_OUTCOME_EXCLUDED = 4,        /**< Moodle excluded grade */
  EJ_OUTCOME_EXCUSED = 5,         /**< Canvas excused */
  EJ_OUTCOME_DROPPED = 6,         /**< removed by drop lowest / keep highest / drop highest */
  EJ_OUTCOME_HIDDEN = 7,          /**< hidden, and the policy leaves hidden items out */
  EJ_OUTCOME_OMITTED = 8,         /**< Canvas omitted item */
  EJ_OUTCOME_PENDING_REVIEW = 9,  /**< Canvas pending review, in the current grade */
  EJ_OUTCOME_EXTRA_CREDIT = 10,   /**< counted as extra credit */
  EJ_OUTCOME_ZERO_WEIGHT = 11,    /**< weight 0, or an automatic weight squeezed to 0 */
  EJ_OUTCOME_OUTSIDE_PERIODS = 12 /**< Canvas weighted periods: the item lies in no period */
} ej_gradebook_outcome;

/** Frees a result; NULL is a no-op. Never pass a result borrowed from a class result. Since: 0.1 */
EJ_API void ej_gradebook_result_free(ej_gradebook_result* result);

/**
 * The course total and the range it lies in. Any out pointer may be NULL.
 * @param[out] out_total the exact total, zeroed when there is none; out_has_total 0 when the
 *             student has no course total (e.g. Canvas with nothing graded).
 * @return EJ_OK; EJ_EINVALID for a NULL result; EJ_ERANGE when a value does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_total(ej_rational* out_total, int32_t* out_has_total,
                                     ej_rational* out_min, ej_rational* out_max,
                                     const ej_gradebook_result* result);

/**
 * The course total in percent of its range (Canvas: the course percentage), exact and rounded to
 * 2 decimals half-up (93.825 → 93.83). Any out pointer may be NULL.
 * @param[out] out_has_percent 0 when there is no percentage; the others are then zero.
 * @return EJ_OK; EJ_EINVALID for a NULL result; EJ_ERANGE when a value does not fit its type.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_percent(ej_rational* out_percent, ej_decimal* out_rounded,
                                       int32_t* out_has_percent, const ej_gradebook_result* result);

/**
 * The Ukrainian policy's mark when no grade is suggested ("н/а"); "" otherwise.
 * @param[out] out borrowed: valid until the result (or its class result) is freed.
 * @return EJ_OK; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_mark(const char** out, const ej_gradebook_result* result);

/**
 * The number of nodes: every category in the order added, then every item in the order added
 * (node i is category i for i < categories, else item i − categories).
 * @return EJ_OK; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_node_count(int32_t* out, const ej_gradebook_result* result);

/**
 * What node `index` is and how it took part. Any out pointer may be NULL.
 * @param[out] out_id, out_reason borrowed: valid until the result (or its class result) is
 *             freed. out_reason is a sentence saying why when the outcome is not COUNTED, else "".
 * @param[out] out_is_category 1 for a category, 0 for an item.
 * @param[out] out_outcome an ej_gradebook_outcome.
 * @return EJ_OK; EJ_EINVALID for a NULL result; EJ_ERANGE for an index outside 0 … count−1.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_node(const char** out_id, int32_t* out_is_category,
                                    int32_t* out_outcome, const char** out_reason,
                                    const ej_gradebook_result* result, int32_t index);

/**
 * The grade of node `index` for the student — a category's total, an item's score as used — and
 * the range it lies in (Moodle natural: the per-student maximum). Any out pointer may be NULL.
 * @param[out] out_has_value 0 when the node has no grade; out_value is then zeroed.
 * @return EJ_OK; EJ_EINVALID for a NULL result; EJ_ERANGE for an index outside 0 … count−1 or a
 *         value that does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_node_value(ej_rational* out_value, int32_t* out_has_value,
                                          ej_rational* out_min, ej_rational* out_max,
                                          const ej_gradebook_result* result, int32_t index);

/**
 * Node `index`'s calculated weight — its share of its parent, 0 … 1 (Moodle) — and its
 * contribution: Moodle, value × weight chain as a fraction of the course range (−25 of 550 is
 * −1/22); Canvas, the points it adds to its group. Any out pointer may be NULL.
 * @param[out] out_has_weight, out_has_contribution 0 when not applicable (the value is then
 *             zeroed).
 * @return EJ_OK; EJ_EINVALID for a NULL result; EJ_ERANGE for an index outside 0 … count−1 or a
 *         value that does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_node_weight(ej_rational* out_weight, int32_t* out_has_weight,
                                           ej_rational* out_contribution,
                                           int32_t* out_has_contribution,
                                           const ej_gradebook_result* result, int32_t index);

/**
 * The number of grading-period results (Canvas; 0 under the other policies).
 * @return EJ_OK; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_period_count(int32_t* out, const ej_gradebook_result* result);

/**
 * Grading period `index`: its id, its grade in percent (out_has_percent 0 when it has none), and
 * the score and points possible behind it. Any out pointer may be NULL.
 * @param[out] out_id borrowed: valid until the result (or its class result) is freed.
 * @return EJ_OK; EJ_EINVALID for a NULL result; EJ_ERANGE for an index outside 0 … count−1 or a
 *         value that does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_gradebook_result_period(const char** out_id, ej_rational* out_percent,
                                      int32_t* out_has_percent, ej_rational* out_score,
                                      ej_rational* out_possible, const ej_gradebook_result* result,
                                      int32_t index);

/* --------------------------------------------------------------- letters */

/** Rows of (letter, inclusive lower bound in percent), highest first. Immutable; shareable. */
typedef struct ej_letter_scheme ej_letter_scheme;

/** Built-in letter schemes. */
typedef enum ej_letter_scheme_id {
  /** A 93, A- 90, B+ 87, B 83, B- 80, C+ 77, C 73, C- 70, D+ 67, D 60, F 0 (ASCII hyphens) */
  EJ_LETTERS_MOODLE = 1,
  /** A 94, A- 90, B+ 87, B 84, B- 80, C+ 77, C 74, C- 70, D+ 67, D 64, D- 61, F 0 */
  EJ_LETTERS_CANVAS = 2
} ej_letter_scheme_id;

/**
 * A built-in scheme.
 * @return EJ_OK; EJ_EINVALID for NULL out or an unknown `which`.
 * Ownership: free *out with ej_letter_scheme_free().
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_builtin(ej_letter_scheme** out, int32_t which);

/**
 * A custom scheme of `count` rows given as columns, highest bound first (equal bounds allowed).
 * @return EJ_OK; EJ_EINVALID when count < 1, a column is NULL, a letter is empty or not valid
 *         UTF-8, a bound is NaN or infinite, negative, or above the one before it (the message
 *         names the row).
 * Ownership: the library copies everything; free *out with ej_letter_scheme_free().
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_new(ej_letter_scheme** out, int32_t count, const char* const* letters,
                                const double* lower_bounds);

/** Frees a scheme; NULL is a no-op. Since: 0.1 */
EJ_API void ej_letter_scheme_free(ej_letter_scheme* scheme);

/**
 * The number of rows.
 * @return EJ_OK; EJ_EINVALID for NULL.
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_count(int32_t* out, const ej_letter_scheme* scheme);

/**
 * Row `index`: its letter (borrowed until the scheme is freed) and its lower bound in percent.
 * Either out pointer may be NULL.
 * @return EJ_OK; EJ_EINVALID for a NULL scheme; EJ_ERANGE for an index outside 0 … count−1.
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_get(const char** out_letter, ej_rational* out_lower_bound,
                                const ej_letter_scheme* scheme, int32_t index);

/**
 * Moodle's letter of a percentage: clamped to 0 … 100, then the first row whose bound ≤ it; "-"
 * (Moodle's sign for none) when no bound is reached, which only a scheme whose lowest bound is
 * above 0 allows.
 * @param[out] out borrowed: valid until the scheme is freed.
 * @return EJ_OK; EJ_EINVALID for NULL or a denominator ≤ 0.
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_moodle_letter(const char** out, const ej_letter_scheme* scheme,
                                          const ej_rational* percent);

/**
 * Canvas's letter of a percentage: rounded to 4 decimals, negatives clamped to 0, each bound
 * limited to 4 significant digits; the first row whose bound ≤ it, else the last row.
 * @param[out] out borrowed: valid until the scheme is freed.
 * @return EJ_OK; EJ_EINVALID for NULL or a denominator ≤ 0.
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_canvas_letter(const char** out, const ej_letter_scheme* scheme,
                                          const ej_rational* percent);

/**
 * Canvas's score of a typed letter: 100 for the top letter, else the next-higher bound minus 1
 * (the step shrinks to 0.1 or 0.01 when the bounds are closer).
 * @return EJ_OK; EJ_EINVALID for NULL or invalid UTF-8; EJ_ENOTFOUND naming an unknown letter.
 * Since: 0.1
 */
EJ_API int ej_letter_scheme_canvas_score(ej_rational* out, const ej_letter_scheme* scheme,
                                         const char* letter);

EJ_END_DECL

#endif
