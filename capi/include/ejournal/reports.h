/*
 * ejournal/reports.h — reports through the grading engine (ua-school.md §1.2, §1.6, §1.9, §4, §7):
 * a student's averages and suggested grades per course and term with their basis, the
 * certificate average, and level distributions of a class, an institution and an oblast.
 *
 * Every call reads the store in one read unit of work and computes exactly. Only courses on the
 * 12-point scale ("ukrainian_12") are reported. Statistics are aggregates only (counts, level
 * distributions, means): they never name or rank a student (§7), and count published grades only.
 * Terms are counted from 0 in the academic year's order.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_REPORTS_H
#define EJOURNAL_REPORTS_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/grading.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** The four levels of achievement of the 12-point scale (§1.2). */
typedef enum ej_achievement_level {
  EJ_LEVEL_INITIAL = 1,    /**< початковий: 1–3 */
  EJ_LEVEL_AVERAGE = 2,    /**< середній: 4–6 */
  EJ_LEVEL_SUFFICIENT = 3, /**< достатній: 7–9 */
  EJ_LEVEL_HIGH = 4        /**< високий: 10–12 */
} ej_achievement_level;

/** Which column a distribution counts. */
typedef enum ej_report_column {
  EJ_REPORT_CURRENT = 1,  /**< every current and notebook grade dated in the term */
  EJ_REPORT_THEMATIC = 2, /**< the thematic grades of the term (set in it or the holidays after) */
  EJ_REPORT_SEMESTER =
      3, /**< each student's semester grade of the term, a corrected one replacing it */
  EJ_REPORT_ANNUAL = 4 /**< each student's annual grade (the term is only checked) */
} ej_report_column;

/**
 * The level (ej_achievement_level) of a 12-point grade.
 * @return EJ_OK; EJ_EINVALID for a NULL out or a grade outside 1 … 12.
 * Since: 0.1
 */
EJ_API int ej_report_level_of(int32_t* out, int32_t grade);

/* ------------------------------------------------------------ a student's term */

/** A student's results in one course and term. Immutable; shareable between threads. */
typedef struct ej_term_report ej_term_report;

/** What a term report says besides its three suggestions. Strings are borrowed from the report. */
typedef struct ej_term_report_info {
  uint32_t version;
  int32_t term; /**< index in the academic year's terms */
  ej_uuid course;
  ej_uuid subject;
  const char* subject_name;
  const char* term_name;   /**< "I семестр" */
  int32_t drafts_included; /**< 0 when the reader sees published grades only */
  int32_t has_current_average;
  int64_t current_counted;     /**< current and notebook grades of the term that count */
  ej_rational current_average; /**< their exact mean, when has_current_average */
} ej_term_report_info;

#define EJ_TERM_REPORT_INFO_VERSION 1

/**
 * The results of `student` in `course` for the `term`-th term of the course's year: the exact
 * average of the term's current grades and the suggested thematic (the open topic: current grades
 * after the student's last thematic grade of the term), semester and annual grades with their
 * basis. The course's journal readers (its teacher, the class teacher, the administration) see
 * drafts; the student and their parents see published grades only.
 * @param opts rounding and fallback of the suggestions; NULL for the defaults (half-up).
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a stored grade the rules refuse;
 *         EJ_ENOTFOUND for a course or student of another institution or a student who does not
 *         take the course; EJ_ERANGE for a term the year lacks; EJ_EUNSUPPORTED for a course not
 *         on the 12-point scale; EJ_EPERM; EJ_EVERSION for an unknown opts->version; EJ_ESTORAGE.
 * Ownership: free *out with ej_term_report_free().
 * Since: 0.1
 */
EJ_API int ej_report_student_term(ej_term_report** out, ej_store* store,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* student, const ej_uuid* course, int32_t term,
                                  const ej_ua_options* opts);

/**
 * Fills `out` (set out->version first) with the report's facts.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_EVERSION for an unknown out->version;
 *         EJ_ERANGE when the average does not fit ej_rational.
 * Since: 0.1
 */
EJ_API int ej_term_report_info_get(ej_term_report_info* out, const ej_term_report* report);

/** Which suggestion of a term report. */
typedef enum ej_term_suggestion {
  EJ_SUGGEST_THEMATIC = 1,
  EJ_SUGGEST_SEMESTER = 2,
  EJ_SUGGEST_ANNUAL = 3
} ej_term_suggestion;

/**
 * One suggestion of the report (read it with ej_suggestion_grade, _detail and _basis), borrowed
 * until the report is freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or an unknown `which`.
 * Since: 0.1
 */
EJ_API int ej_term_report_suggestion(const ej_suggestion** out, const ej_term_report* report,
                                     int32_t which);

/** Frees a term report; NULL is a no-op. Since: 0.1 */
EJ_API void ej_term_report_free(ej_term_report* report);

/* ------------------------------------------------------- the certificate average */

/** A student's certificate average and the course of each basis entry. Immutable. */
typedef struct ej_certificate_report ej_certificate_report;

/**
 * The certificate average of `student` over the annual and ДПА grades of every 12-point course
 * of their classes in `year` (§4): зв. and зар. left out, tenths half-up, then the 100–200 score.
 * Readers: the student, their parents, the class teacher, the administration.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ENOTFOUND for a student or year of another
 *         institution or no enrolment in the year; EJ_EEMPTY when no grade counts; EJ_EPERM;
 *         EJ_ESTORAGE.
 * Ownership: free *out with ej_certificate_report_free().
 * Since: 0.1
 */
EJ_API int ej_report_certificate(ej_certificate_report** out, ej_store* store,
                                 const ej_principal* principal, const ej_uuid* institution,
                                 const ej_uuid* student, const ej_uuid* year,
                                 const ej_ua_options* opts);

/**
 * The average (read it with ej_certificate_result_average and _basis; basis labels are the
 * subjects' names), borrowed until the report is freed.
 * Since: 0.1
 */
EJ_API int ej_certificate_report_result(const ej_certificate_result** out,
                                        const ej_certificate_report* report);

/**
 * The course the basis entry `index` came from.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the basis.
 * Since: 0.1
 */
EJ_API int ej_certificate_report_course(ej_uuid* out, const ej_certificate_report* report,
                                        int32_t index);

/** Frees a certificate report; NULL is a no-op. Since: 0.1 */
EJ_API void ej_certificate_report_free(ej_certificate_report* report);

/* ------------------------------------------------------------------ statistics */

/** How a set of 12-point grades spreads over the four levels. */
typedef struct ej_distribution {
  uint32_t version;
  int32_t has_mean;
  int64_t counts[4];       /**< by level: initial, average, sufficient, high */
  ej_rational percents[4]; /**< 100 · count / graded, exact; 0 when nothing is graded */
  int64_t graded;          /**< grades 1 … 12 counted */
  int64_t marked;          /**< special marks (н/а, зв., …), in no level */
  ej_rational mean;        /**< exact mean of the graded ones, when has_mean */
} ej_distribution;

#define EJ_DISTRIBUTION_VERSION 1

/** A subject's distribution. Strings are borrowed from the statistics. */
typedef struct ej_subject_distribution {
  uint32_t version;
  int32_t reserved;
  ej_uuid subject; /**< nil in oblast statistics, where subjects are matched by name */
  const char* name;
  ej_distribution distribution;
} ej_subject_distribution;

#define EJ_SUBJECT_DISTRIBUTION_VERSION 1

/** Level statistics of a class, an institution or an oblast. Immutable; shareable. */
typedef struct ej_level_statistics ej_level_statistics;

/** The totals of level statistics; fields that do not apply are 0 or "". Borrowed strings. */
typedef struct ej_level_statistics_info {
  uint32_t version;
  int32_t reserved;
  const char* term_name;
  const char* oblast_katottg; /**< oblast statistics: the two-digit code */
  const char* oblast_name;    /**< oblast statistics: "Сумська область" */
  int64_t institutions;       /**< oblast statistics: its active institutions */
  int64_t reporting;          /**< oblast statistics: of them, those with the year and term */
  int64_t classes;            /**< institution statistics */
  int64_t students;           /**< enrolled at any time during the term */
  ej_distribution overall;
} ej_level_statistics_info;

#define EJ_LEVEL_STATISTICS_INFO_VERSION 1

/**
 * The class's published grades of `column` (ej_report_column) in the `term`-th term, by level.
 * Readers: the administration and the class teacher.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or an unknown column; EJ_ENOTFOUND for a class
 *         of another institution; EJ_ERANGE for a term the year lacks; EJ_EPERM; EJ_ESTORAGE.
 * Ownership: free *out with ej_level_statistics_free().
 * Since: 0.1
 */
EJ_API int ej_report_class_statistics(ej_level_statistics** out, ej_store* store,
                                      const ej_principal* principal, const ej_uuid* institution,
                                      const ej_uuid* school_class, int32_t term, int32_t column);

/**
 * The institution's published grades of `column` in the `term`-th term of `year`, by level and
 * subject. Readers: the administration.
 * @return as ej_report_class_statistics (EJ_ENOTFOUND for a year of another institution).
 * Since: 0.1
 */
EJ_API int ej_report_institution_statistics(ej_level_statistics** out, ej_store* store,
                                            const ej_principal* principal,
                                            const ej_uuid* institution, const ej_uuid* year,
                                            int32_t term, int32_t column);

/**
 * The published grades of `column` in the `term`-th term of the academic year named `year_name`
 * ("2024/2025") in every active institution of the oblast `oblast_katottg` ("59"); subjects are
 * matched by name. Readers: institute operators.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, an unknown column or oblast code, or a year
 *         name that is empty, over 64 bytes or not UTF-8; EJ_EPERM; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_report_oblast_statistics(ej_level_statistics** out, ej_store* store,
                                       const ej_principal* principal, const char* oblast_katottg,
                                       const char* year_name, int32_t term, int32_t column);

/**
 * Fills `out` (set out->version first) with the totals.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_EVERSION for an unknown out->version.
 * Since: 0.1
 */
EJ_API int ej_level_statistics_info_get(ej_level_statistics_info* out,
                                        const ej_level_statistics* statistics);

/** The number of subjects. @return EJ_OK; EJ_EINVALID for a NULL argument. Since: 0.1 */
EJ_API int ej_level_statistics_subject_count(int64_t* out, const ej_level_statistics* statistics);

/**
 * The subject at `index` (0 … count−1) in Ukrainian order of the name; borrowed, strings
 * included, until the statistics are freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the list.
 * Since: 0.1
 */
EJ_API int ej_level_statistics_subject_get(const ej_subject_distribution** out,
                                           const ej_level_statistics* statistics, int64_t index);

/** Frees level statistics; NULL is a no-op. Since: 0.1 */
EJ_API void ej_level_statistics_free(ej_level_statistics* statistics);

EJ_END_DECL

#endif
