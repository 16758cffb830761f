/*
 * ejournal/calendar.h — academic years: terms, holidays, the working week, make-up days, days
 * off and the bell schedule; which dates are school days and on which dates a weekly
 * timetable's lessons fall (ua-school.md §6).
 *
 * A date is a school day when it lies inside the year and, if the year has terms, inside a
 * term, and either it is a make-up day or it is a working weekday (Monday–Friday, or
 * Monday–Saturday in a 6-day week) that is neither in a holiday nor a day off.
 *
 * Conventions (status codes, strings, ej_date): ejournal/common.h. Dates are proleptic
 * Gregorian of years 1400..9999; a date that does not exist (2023-02-29, month 13) is refused
 * with EJ_EINVALID naming the argument and the value.
 */
#ifndef EJOURNAL_CALENDAR_H
#define EJOURNAL_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

#include "ejournal/common.h"

EJ_BEGIN_DECL

/** The working week (ej_school_year_new's `week`). Since: 0.1 */
typedef enum ej_work_week {
  EJ_WEEK_FIVE_DAY = 5, /**< Monday–Friday */
  EJ_WEEK_SIX_DAY = 6   /**< Monday–Saturday */
} ej_work_week;

/** Days of the week, numbered as ISO 8601 does. Since: 0.1 */
typedef enum ej_weekday {
  EJ_MONDAY = 1,
  EJ_TUESDAY = 2,
  EJ_WEDNESDAY = 3,
  EJ_THURSDAY = 4,
  EJ_FRIDAY = 5,
  EJ_SATURDAY = 6,
  EJ_SUNDAY = 7
} ej_weekday;

/**
 * One lesson of the bell schedule: minutes after local midnight on the Europe/Kyiv wall clock
 * (08:30 is 510). Lessons are numbered from 1, or from 0 where a school has a "0th lesson".
 * Frozen layout. Since: 0.1
 */
typedef struct ej_bell {
  int32_t number;       /**< at least 0 */
  int32_t start_minute; /**< 0..1439 */
  int32_t end_minute;   /**< after start_minute, at most 1440 */
} ej_bell;

/** A lesson of the weekly timetable: lesson `lesson_number` of every `weekday`. Since: 0.1 */
typedef struct ej_timetable_slot {
  int32_t weekday;       /**< an ej_weekday: 1 = Monday … 7 = Sunday */
  int32_t lesson_number; /**< at least 0 */
} ej_timetable_slot;

/** A lesson on a date. Since: 0.1 */
typedef struct ej_lesson_slot {
  ej_date date;
  int32_t lesson_number;
} ej_lesson_slot;

/**
 * One school's academic year, built with ej_school_year_new() and the adders, or taken from
 * ej_school_year_typical(). The queries check the year first (as ej_school_year_validate()
 * does) and fail with its message while it is invalid.
 * Thread safety: the functions taking a `const ej_school_year*` only read it and may run on
 * several threads at once; the adders and ej_school_year_free() need the year to themselves.
 */
typedef struct ej_school_year ej_school_year;

/**
 * A new year with no terms, holidays, make-up days, days off or bells.
 * @param[out] out the year; NULL on failure. Ownership: free it with ej_school_year_free().
 * @param name UTF-8, non-empty, at most 1024 bytes ("2024/2025").
 * @param first, last the year's first and last days, first ≤ last, at most 400 days.
 * @param week an ej_work_week.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, a bad name, a date that does not exist, a
 *         reversed or too long year, or an unknown week; EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_new(ej_school_year** out, const char* name, const ej_date* first,
                              const ej_date* last, int32_t week);

/**
 * A typical Ukrainian school year starting in `start_year` ("2024/2025"). Schools set their own
 * dates; this is only a starting point. The year runs from the first weekday on or after
 * 1 September to 30 June; "I семестр" ends on the last weekday on or before 27 December;
 * "II семестр" runs from the first Monday on or after 7 January to the last weekday of May;
 * autumn holidays are the Monday–Sunday week holding 1 November, winter holidays lie between
 * the semesters, spring holidays are the week holding 28 March; a 5-day week; 7 lessons of
 * 45 minutes from 08:30 with 10-minute breaks and a 20-minute break after the 3rd lesson.
 * @param[out] out the year; NULL on failure. Ownership: free it with ej_school_year_free().
 * @param start_year 1400..9998.
 * @return EJ_OK; EJ_EINVALID for a NULL `out`; EJ_ERANGE for a start year outside 1400..9998;
 *         EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_typical(ej_school_year** out, int32_t start_year);

/** Frees a year; NULL is allowed. Since: 0.1 */
EJ_API void ej_school_year_free(ej_school_year* year);

/**
 * Appends a term (semester or quarter). Terms must be added in date order and may not overlap;
 * ej_school_year_validate() checks that and that the term lies inside the year.
 * @param name UTF-8, non-empty, at most 1024 bytes ("I семестр").
 * @param first, last the term's first and last days (inclusive).
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, invalid UTF-8, a name that is too long or a
 *         date that does not exist; EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_add_term(ej_school_year* year, const char* name, const ej_date* first,
                                   const ej_date* last);

/**
 * Appends a holiday period (канікули) or a public holiday: no school days from `first` to
 * `last` (inclusive) unless a make-up day says so.
 * @param name UTF-8, non-empty, at most 1024 bytes ("Осінні канікули").
 * @return EJ_OK; EJ_EINVALID as for ej_school_year_add_term(); EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_add_holiday(ej_school_year* year, const char* name, const ej_date* first,
                                      const ej_date* last);

/**
 * Appends a make-up day: `date`, outside the working week (a Sunday, or a Saturday of a 5-day
 * week), becomes a school day with the timetable of the working weekday `follows`.
 * @param follows an ej_weekday of the working week.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, a date that does not exist or a weekday
 *         outside 1..7; EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_add_make_up_day(ej_school_year* year, const ej_date* date,
                                          int32_t follows);

/**
 * Appends a day off: a single working weekday with no lessons.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer or a date that does not exist; EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_add_day_off(ej_school_year* year, const ej_date* date);

/**
 * Replaces the bell schedule. Lesson numbers must be at least 0 and increase strictly; each
 * lesson must lie within the day (0 ≤ start < end ≤ 1440) and start no earlier than the
 * previous one ends.
 * @param bells `count` bells in lesson order; may be NULL when `count` is 0 (no bells).
 * @return EJ_OK (the year is unchanged on failure); EJ_EINVALID for a NULL pointer or a bell
 *         that breaks the rules, naming it ("bell 2 (08:40–09:25) starts before bell 1
 *         (08:00–08:45) ends"); EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_set_bells(ej_school_year* year, const ej_bell* bells, size_t count);

/**
 * Checks the whole year: names non-empty; every term and holiday inside the year with
 * first ≤ last; terms in date order, not overlapping; make-up days inside the year, outside the
 * working week, following a working weekday, not listed twice; days off inside the year, on a
 * working weekday, not listed twice.
 * @return EJ_OK; EJ_EINVALID for a NULL `year` or at the first problem, with a message naming
 *         the field and value ("term 'II семестр' ends 2025-07-01, after the year's last day
 *         2025-06-30").
 * Since: 0.1
 */
EJ_API int ej_school_year_validate(const ej_school_year* year);

/**
 * Whether `date` is a school day.
 * @param[out] out 1 or 0.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, a date that does not exist or an invalid year.
 * Since: 0.1
 */
EJ_API int ej_school_year_is_school_day(int32_t* out, const ej_school_year* year,
                                        const ej_date* date);

/**
 * How many school days lie in first..last (inclusive).
 * @param[out] out the count.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, a date that does not exist, last < first or an
 *         invalid year.
 * Since: 0.1
 */
EJ_API int ej_school_year_count_school_days(size_t* out, const ej_school_year* year,
                                            const ej_date* first, const ej_date* last);

/**
 * The school days in first..last (inclusive), ascending.
 * @param[out] out room for `capacity` dates; may be NULL when `capacity` is 0.
 * @param[out] count how many school days there are, also when the buffer is too small.
 * @return EJ_OK; EJ_EBUFS when `capacity` < *count (nothing is written to `out`; call again
 *         with *count); EJ_EINVALID as for ej_school_year_count_school_days().
 * Since: 0.1
 */
EJ_API int ej_school_year_school_days(ej_date* out, size_t capacity, size_t* count,
                                      const ej_school_year* year, const ej_date* first,
                                      const ej_date* last);

/**
 * Which term holds `date`.
 * @param[out] out the term's index (0 = the first added), or -1 when `date` lies before the
 *             first term, between terms or after the last one.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer, a date that does not exist or an invalid year.
 * Since: 0.1
 */
EJ_API int ej_school_year_term_index(int32_t* out, const ej_school_year* year, const ej_date* date);

/**
 * Every lesson of a weekly timetable in first..last (inclusive): for each school day,
 * ascending, the slots of its weekday — for a make-up day, the weekday it follows — in
 * lesson-number order.
 * @param[out] out room for `capacity` lessons; may be NULL when `capacity` is 0.
 * @param[out] count how many lessons there are, also when the buffer is too small.
 * @param slots `slot_count` timetable slots in any order, each on a working weekday, with a
 *        lesson number ≥ 0 that the bell schedule has (when it has bells), none twice; may be
 *        NULL when `slot_count` is 0.
 * @return EJ_OK; EJ_EBUFS when `capacity` < *count (nothing is written to `out`); EJ_EINVALID
 *         for a NULL pointer, a bad date or range, an invalid year or a bad slot (the message
 *         names its index: "timetable slot 1 is on Saturday, not a working day of the 5-day
 *         week").
 * Since: 0.1
 */
EJ_API int ej_school_year_lesson_dates(ej_lesson_slot* out, size_t capacity, size_t* count,
                                       const ej_school_year* year, const ej_timetable_slot* slots,
                                       size_t slot_count, const ej_date* first,
                                       const ej_date* last);

/**
 * The year's own fields. Any output pointer may be NULL.
 * @param[out] name a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @param[out] first, last the year's first and last days.
 * @param[out] week an ej_work_week.
 * @return EJ_OK; EJ_EINVALID for a NULL `year`; EJ_ENOMEM.
 * Since: 0.1
 */
EJ_API int ej_school_year_info(char** name, ej_date* first, ej_date* last, int32_t* week,
                               const ej_school_year* year);

/**
 * How many terms the year has.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer.
 * Since: 0.1
 */
EJ_API int ej_school_year_term_count(int32_t* out, const ej_school_year* year);

/**
 * The term at `index` (in the order added). Any output pointer may be NULL.
 * @param[out] name a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @return EJ_OK; EJ_EINVALID for a NULL `year`; EJ_ERANGE for an index outside 0..count-1;
 * EJ_ENOMEM. Since: 0.1
 */
EJ_API int ej_school_year_term(char** name, ej_date* first, ej_date* last,
                               const ej_school_year* year, int32_t index);

/**
 * How many holidays the year has.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer.
 * Since: 0.1
 */
EJ_API int ej_school_year_holiday_count(int32_t* out, const ej_school_year* year);

/**
 * The holiday at `index` (in the order added). Any output pointer may be NULL.
 * @param[out] name a new string; NULL on failure. Ownership: the caller frees it with ej_free().
 * @return EJ_OK; EJ_EINVALID for a NULL `year`; EJ_ERANGE for an index outside 0..count-1;
 * EJ_ENOMEM. Since: 0.1
 */
EJ_API int ej_school_year_holiday(char** name, ej_date* first, ej_date* last,
                                  const ej_school_year* year, int32_t index);

/**
 * How many make-up days the year has.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer.
 * Since: 0.1
 */
EJ_API int ej_school_year_make_up_day_count(int32_t* out, const ej_school_year* year);

/**
 * The make-up day at `index` (in the order added). Any output pointer may be NULL.
 * @param[out] follows the ej_weekday whose timetable it follows.
 * @return EJ_OK; EJ_EINVALID for a NULL `year`; EJ_ERANGE for an index outside 0..count-1.
 * Since: 0.1
 */
EJ_API int ej_school_year_make_up_day(ej_date* date, int32_t* follows, const ej_school_year* year,
                                      int32_t index);

/**
 * How many days off the year has.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer.
 * Since: 0.1
 */
EJ_API int ej_school_year_day_off_count(int32_t* out, const ej_school_year* year);

/**
 * The day off at `index` (in the order added).
 * @return EJ_OK; EJ_EINVALID for a NULL pointer; EJ_ERANGE for an index outside 0..count-1.
 * Since: 0.1
 */
EJ_API int ej_school_year_day_off(ej_date* out, const ej_school_year* year, int32_t index);

/**
 * How many bells the year's schedule has.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer.
 * Since: 0.1
 */
EJ_API int ej_school_year_bell_count(int32_t* out, const ej_school_year* year);

/**
 * The bell at `index`, in lesson order.
 * @return EJ_OK; EJ_EINVALID for a NULL pointer; EJ_ERANGE for an index outside 0..count-1.
 * Since: 0.1
 */
EJ_API int ej_school_year_bell(ej_bell* out, const ej_school_year* year, int32_t index);

EJ_END_DECL

#endif
