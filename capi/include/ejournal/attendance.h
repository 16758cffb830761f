/*
 * ejournal/attendance.h — attendance as the school keeps it: a course's teacher marks each
 * lesson, the class teacher the daily page (also a kindergarten group's daily sheet) and the
 * reasons of absences, a parent explains their child's absence; counts and percentages per
 * student and per class over a period, and the alert of 10 consecutive school days of
 * unexplained absence.
 *
 * Codes come from a dictionary (ej_attendance_options): the built-in Ukrainian one (NULL options)
 * or the institution's own, as columns. An absence is explained when its code says so ("хв") or
 * its reason is known. Marks come back as ej_attendance_list (ejournal/store_journal.h).
 * Time: `now` is a pointer to µs since the epoch (UTC); NULL means the system clock.
 * Every function is one unit of work: on any error nothing is stored.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_ATTENDANCE_H
#define EJOURNAL_ATTENDANCE_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/grading.h"
#include "ejournal/store.h"
#include "ejournal/store_journal.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** What a dictionary code records. Append-only. */
typedef enum ej_attendance_kind {
  EJ_ATTENDANCE_PRESENT = 1,
  EJ_ATTENDANCE_LATE = 2, /**< present, late */
  EJ_ATTENDANCE_ABSENT = 3
} ej_attendance_kind;

/**
 * The dictionary and the alert's length. With code_count 0 the built-in Ukrainian dictionary
 * applies (see ej_attendance_builtin_code()); otherwise the four columns hold code_count codes.
 * Set `version` (EJ_ATTENDANCE_OPTIONS_INIT).
 */
typedef struct ej_attendance_options {
  uint32_t version;
  int32_t alert_days;        /**< consecutive school days of unexplained absence: 1 … 366 (10) */
  int64_t code_count;        /**< 0: the built-in dictionary */
  const char* const* codes;  /**< "н", "хв": 1 … 16 characters, NFC, each once */
  const char* const* titles; /**< "відсутність": 1 … 100 bytes */
  const int32_t* kinds;      /**< ej_attendance_kind */
  const int32_t* explained;  /**< 1: an absence the code itself explains; NULL: all 0 */
} ej_attendance_options;

#define EJ_ATTENDANCE_OPTIONS_VERSION 1
#define EJ_ATTENDANCE_OPTIONS_INIT \
  { EJ_ATTENDANCE_OPTIONS_VERSION, 10, 0, NULL, NULL, NULL, NULL }

/**
 * Fills `opts` with the defaults of `version`: the built-in dictionary, an alert after 10 days.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_attendance_options_init(ej_attendance_options* opts, uint32_t version);

/**
 * The built-in Ukrainian dictionary's code at `index`: "п" present, "зп" late, "н" absent, "хв"
 * ill (explained), "пп" a valid reason (explained), "від" leave (explained), "кар" quarantine
 * (explained). Any output may be NULL.
 * @param[out] out_code, out_title static UTF-8 strings (never freed).
 * @param[out] out_kind ej_attendance_kind. @param[out] out_explained 1 or 0.
 * @return EJ_OK; EJ_ERANGE when `index` is outside 0 … ej_attendance_builtin_count() − 1.
 * Since: 0.1
 */
EJ_API int ej_attendance_builtin_code(const char** out_code, const char** out_title,
                                      int32_t* out_kind, int32_t* out_explained, int64_t index);

/** How many codes the built-in dictionary has. Since: 0.1 */
EJ_API int64_t ej_attendance_builtin_count(void);

/**
 * Marks attendance at `lesson`: `count` students (each enrolled in the course's class — and
 * subgroup — on the lesson's day, each once) with their codes. An existing mark takes the new
 * code (its reason stays). The course's teacher only.
 * @param[out] out NULL, or the students' marks as stored, in the order given (ej_attendance_list).
 * @param students, codes `count` entries each; a code is compared after NFC and trimming.
 * @param options NULL: EJ_ATTENDANCE_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, no entries, a student listed twice, a code the
 *         dictionary lacks (the message quotes it and lists the dictionary) or bad options;
 *         EJ_EVERSION; EJ_ENOTFOUND for an unknown lesson or a student not enrolled there that
 *         day; EJ_EPERM; EJ_ESTORAGE.
 * Ownership: free *out with ej_attendance_list_free().
 * Since: 0.1
 */
EJ_API int ej_attendance_write_lesson(ej_attendance_list** out, ej_store* store, const int64_t* now,
                                      const ej_principal* principal, const ej_uuid* institution,
                                      const ej_uuid* lesson, int64_t count, const ej_uuid* students,
                                      const char* const* codes,
                                      const ej_attendance_options* options);

/**
 * Marks whole-day attendance of `school_class` on `date` (the daily page; a kindergarten group's
 * daily sheet), which must be a school day of the class's year. The class teacher only.
 * Otherwise as ej_attendance_write_lesson(); EJ_EINVALID also for a day that is not a school
 * day, EJ_ENOTFOUND for an unknown class.
 * Since: 0.1
 */
EJ_API int ej_attendance_write_daily(ej_attendance_list** out, ej_store* store, const int64_t* now,
                                     const ej_principal* principal, const ej_uuid* institution,
                                     const ej_uuid* school_class, const ej_date* date,
                                     int64_t count, const ej_uuid* students,
                                     const char* const* codes,
                                     const ej_attendance_options* options);

/**
 * Sets `reason` (ej_absence_reason) and `document_ref` (a certificate's or note's number; NULL or
 * "" clears it) on every absence of `student` marked from `first` to `last` (inclusive). The
 * class teacher of the student's class.
 * @param[out] out NULL, or the marks changed, by date.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a range ending before it starts, an unknown
 *         reason, a document reference that is not one line of at most 200 bytes, bad options;
 *         EJ_EVERSION; EJ_ENOTFOUND when the student has no absence then; EJ_EPERM; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_attendance_set_reason(ej_attendance_list** out, ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* student, const ej_date* first,
                                    const ej_date* last, int32_t reason, const char* document_ref,
                                    const ej_attendance_options* options);

/**
 * A parent's explanation of their child's absence from `first` to `last`: `reason`
 * (EJ_ABSENCE_ILLNESS, _FAMILY or _OTHER) and the note (one line of 1 … 200 bytes, stored as the
 * marks' document reference) on every absence not yet explained. The child's parents only.
 * @param[out] out NULL, or the marks changed, by date.
 * @return as ej_attendance_set_reason(); EJ_EINVALID also for another reason or an empty note;
 *         EJ_ECONFLICT when every absence then is explained already.
 * Since: 0.1
 */
EJ_API int ej_attendance_explain(ej_attendance_list** out, ej_store* store, const int64_t* now,
                                 const ej_principal* principal, const ej_uuid* institution,
                                 const ej_uuid* student, const ej_date* first, const ej_date* last,
                                 int32_t reason, const char* explanation,
                                 const ej_attendance_options* options);

/**
 * Counts of a period. A lesson counts when the student was enrolled in its class (and subgroup)
 * on its day; it is missed when its own mark is an absence, or when it has none and the day's
 * mark is one. A school day counts while the student was enrolled; it is missed when the daily
 * mark is an absence, or when there is none and every lesson of the day (at least one) was
 * missed. The percentages are exact: 100 × (lessons − lessons_missed) / lessons and
 * 100 × (school_days − days_missed) / school_days, present only when their denominator is not 0.
 */
typedef struct ej_attendance_counts {
  uint32_t version;
  int32_t reserved;   /**< 0 */
  ej_uuid student_id; /**< nil in a class's total */
  int64_t lessons;    /**< the denominator of the lessons' percentage */
  int64_t lessons_missed;
  int64_t lessons_missed_explained;
  int64_t lessons_missed_unexplained;
  int64_t lessons_late; /**< attended late (not missed) */
  int64_t school_days;  /**< the denominator of the days' percentage */
  int64_t days_missed;
  int64_t days_missed_explained;
  int64_t days_missed_unexplained;
  int32_t has_lessons_percent; /**< 1 when lessons_percent is set */
  int32_t has_days_percent;    /**< 1 when days_percent is set */
  ej_rational lessons_percent; /**< of lessons attended */
  ej_rational days_percent;    /**< of school days attended */
} ej_attendance_counts;

#define EJ_ATTENDANCE_COUNTS_VERSION 1

/**
 * The counts of `student` from `first` to `last` in every class they were enrolled in. The
 * student, their parents, their class teacher and the administration.
 * @param[out] out the caller sets out->version; zeroed (but its version) on failure.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a bad period, bad options or a stored code the
 *         dictionary lacks; EJ_EVERSION; EJ_ENOTFOUND for a person enrolled in no class;
 *         EJ_EPERM; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_attendance_student(ej_attendance_counts* out, ej_store* store,
                                 const ej_principal* principal, const ej_uuid* institution,
                                 const ej_uuid* student, const ej_date* first, const ej_date* last,
                                 const ej_attendance_options* options);

/** A class's counts: a row per student and the total; immutable, shareable between threads. */
typedef struct ej_attendance_report ej_attendance_report;

/**
 * The counts of `school_class` from `first` to `last`: a row per student enrolled in it on any
 * day of the period (only the class's lessons and the days in the class), in Ukrainian
 * alphabetical order, and their sum. The class teacher and the administration.
 * @return as ej_attendance_student(); EJ_ENOTFOUND for an unknown class.
 * Ownership: free *out with ej_attendance_report_free().
 * Since: 0.1
 */
EJ_API int ej_attendance_class(ej_attendance_report** out, ej_store* store,
                               const ej_principal* principal, const ej_uuid* institution,
                               const ej_uuid* school_class, const ej_date* first,
                               const ej_date* last, const ej_attendance_options* options);

/** The number of students in a report. Since: 0.1 */
EJ_API int ej_attendance_report_count(int64_t* out, const ej_attendance_report* report);

/**
 * The row at `index`, copied into *out (the caller sets out->version); EJ_ERANGE outside the
 * report, EJ_ERANGE also when a percentage does not fit ej_rational (it always does).
 * Since: 0.1
 */
EJ_API int ej_attendance_report_get(ej_attendance_counts* out, const ej_attendance_report* report,
                                    int64_t index);

/** The class's total, copied into *out (the caller sets out->version). Since: 0.1 */
EJ_API int ej_attendance_report_total(ej_attendance_counts* out,
                                      const ej_attendance_report* report);

/** Frees a report; NULL is a no-op. Since: 0.1 */
EJ_API void ej_attendance_report_free(ej_attendance_report* report);

/** A student whose run of unexplained absence reached the alert's length. */
typedef struct ej_absence_alert {
  uint32_t version;
  int32_t reserved; /**< 0 */
  ej_uuid student_id;
  ej_date first_day; /**< the run's first school day */
  ej_date last_day;  /**< its last: the latest school day on or before the day asked */
  int64_t days;      /**< school days in the run */
} ej_absence_alert;

#define EJ_ABSENCE_ALERT_VERSION 1

/** Alerts read back; immutable, shareable between threads. */
typedef struct ej_absence_alert_list ej_absence_alert_list;

/**
 * The students of `school_class` (enrolled on `as_of`) whose unexplained absence has run for at
 * least options->alert_days consecutive school days up to `as_of`: weekends and holidays neither
 * count nor break a run; an explained or attended school day, or the arrival in the class, ends
 * it. In Ukrainian alphabetical order. The class teacher and the administration.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, bad options, a day outside the class's year or
 *         a stored code the dictionary lacks; EJ_EVERSION; EJ_ENOTFOUND for an unknown class;
 *         EJ_EPERM; EJ_ESTORAGE.
 * Ownership: free *out with ej_absence_alert_list_free().
 * Since: 0.1
 */
EJ_API int ej_attendance_alerts(ej_absence_alert_list** out, ej_store* store,
                                const ej_principal* principal, const ej_uuid* institution,
                                const ej_uuid* school_class, const ej_date* as_of,
                                const ej_attendance_options* options);

/** The number of alerts in a list. Since: 0.1 */
EJ_API int ej_absence_alert_list_count(int64_t* out, const ej_absence_alert_list* list);

/** The alert at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_absence_alert_list_get(const ej_absence_alert** out,
                                     const ej_absence_alert_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_absence_alert_list_free(ej_absence_alert_list* list);

EJ_END_DECL

#endif /* EJOURNAL_ATTENDANCE_H */
