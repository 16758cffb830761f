/*
 * ejournal/diary.h — the diary: a student's week (Monday–Sunday) of lessons with topics and
 * homework, grades, attendance and comments, and a parent's view of each child's week.
 *
 * Read-only, and only what the reader may see: the student, their parents, the class teacher
 * and the administration read a student's week; draft ("pencil") grades only of courses whose
 * journal the reader may read (never to students and parents); the reason and the document of
 * an absence (sensitive health data) only to the administration, the class teacher and the
 * student's parents.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_DIARY_H
#define EJOURNAL_DIARY_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** A lesson of the student's timetable in the week. Since: 0.1 */
typedef struct ej_diary_lesson {
  uint32_t version;
  int32_t number; /**< in the bell schedule */
  ej_uuid lesson;
  ej_uuid course;
  ej_date date;
  int32_t type;         /**< ej_lesson_type */
  ej_date homework_due; /**< {0, 0, 0}: none */
  int32_t reserved;
  const char* subject; /**< the subject's name */
  const char* topic;
  const char* homework; /**< or "" */
} ej_diary_lesson;

#define EJ_DIARY_LESSON_VERSION 1

/** A grade or special mark dated in the week: a lesson's, or an undated column's set that day.
 * Since: 0.1 */
typedef struct ej_diary_grade {
  uint32_t version;
  int32_t column; /**< ej_column_kind */
  ej_uuid grade;
  ej_uuid course;
  ej_uuid lesson; /**< nil for an undated column */
  ej_date date;
  int32_t publication; /**< ej_publication; drafts only for readers of the course's journal */
  int32_t has_value;   /**< 1: value_num / value_den; 0: `mark` */
  int32_t reserved;
  int64_t value_num;
  int64_t value_den; /**< 1 when there is no value */
  const char* subject;
  const char* label;   /**< the column's label ("Тема 2"), or "" */
  const char* mark;    /**< special-mark code, or "" */
  const char* comment; /**< or "" */
} ej_diary_grade;

#define EJ_DIARY_GRADE_VERSION 1

/** An attendance mark: at a lesson, or for the whole day (nil lesson). Since: 0.1 */
typedef struct ej_diary_attendance {
  uint32_t version;
  int32_t reason; /**< ej_absence_reason; 0 when the reader may not see it */
  ej_uuid attendance;
  ej_uuid lesson; /**< nil: the whole day */
  ej_date date;
  int32_t reserved;
  const char* code;         /**< "н", "хв", "зп" … */
  const char* document_ref; /**< NULL when the reader may not see it; "" for none */
} ej_diary_attendance;

#define EJ_DIARY_ATTENDANCE_VERSION 1

/** A teacher's comment made in the week (the Europe/Kyiv day of `created_at`). Since: 0.1 */
typedef struct ej_diary_comment {
  uint32_t version;
  int32_t reserved;
  ej_uuid comment;
  ej_uuid author;
  ej_uuid course; /**< nil: none */
  ej_uuid lesson; /**< nil: none */
  ej_date date;
  int32_t reserved2;
  int64_t created_at;      /**< µs since 1970-01-01T00:00:00Z */
  const char* author_name; /**< "Коваленко О. П." */
  const char* subject;     /**< or "" */
  const char* text;
} ej_diary_comment;

#define EJ_DIARY_COMMENT_VERSION 1

/**
 * A student's week. Every array is ordered by date, then lesson number (a day's undated grades
 * and whole-day marks after its lessons, the undated grades in the journal page's column
 * order), then id; comments by date, then creation. The arrays and strings are borrowed from
 * the diary, valid until it is freed.
 * Since: 0.1
 */
typedef struct ej_diary_week {
  uint32_t version;
  int32_t reserved;
  ej_uuid student;
  ej_date monday;
  ej_date sunday;
  const char* surname;
  const char* given_name;
  const char* patronymic;     /**< or "" */
  const ej_date* school_days; /**< by the calendars of the student's classes, ascending */
  int64_t school_day_count;
  const ej_diary_lesson* lessons;
  int64_t lesson_count;
  const ej_diary_grade* grades;
  int64_t grade_count;
  const ej_diary_attendance* attendance;
  int64_t attendance_count;
  const ej_diary_comment* comments;
  int64_t comment_count;
} ej_diary_week;

#define EJ_DIARY_WEEK_VERSION 1

/** One or more students' weeks; immutable, shareable between threads. Since: 0.1 */
typedef struct ej_diary ej_diary;

/**
 * The week that contains `day` of the student `student` of `institution`, as `principal` may see
 * it: a diary of one week.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id or a date that does not exist;
 *         EJ_ERANGE for a day in the years 1400 or 9999, whose week may leave the calendar;
 *         EJ_ENOTFOUND when the institution has no such person or the person was never enrolled
 *         in one of its classes;
 *         EJ_EPERM when the principal may not read the student's record; EJ_ESTORAGE.
 * Ownership: free *out with ej_diary_free().
 * Since: 0.1
 */
EJ_API int ej_diary_week_read(ej_diary** out, ej_store* store, const ej_principal* principal,
                              const ej_uuid* institution, const ej_uuid* student,
                              const ej_date* day);

/**
 * The weeks that contain `day` of each child of the parent `parent` (their parent links), in
 * Ukrainian alphabetical order of the children's names, each as ej_diary_week_read() gives it.
 * A parent without children gives an empty diary.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id or a date that does not exist;
 *         EJ_ERANGE for a day in the years 1400 or 9999, whose week may leave the calendar;
 *         EJ_ENOTFOUND when the institution has no such person; EJ_EPERM unless the principal
 *         is that parent or the administration, and when it may not read one of the children's
 *         records; EJ_ESTORAGE.
 * Ownership: free *out with ej_diary_free().
 * Since: 0.1
 */
EJ_API int ej_diary_children_read(ej_diary** out, ej_store* store, const ej_principal* principal,
                                  const ej_uuid* institution, const ej_uuid* parent,
                                  const ej_date* day);

/** The number of weeks in a diary. Since: 0.1 */
EJ_API int ej_diary_count(int64_t* out, const ej_diary* diary);

/**
 * The week at `index` (0 … count−1); borrowed, arrays and strings included, until the diary is
 * freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the diary.
 * Since: 0.1
 */
EJ_API int ej_diary_get(const ej_diary_week** out, const ej_diary* diary, int64_t index);

/** Frees a diary; NULL is a no-op. Since: 0.1 */
EJ_API void ej_diary_free(ej_diary* diary);

EJ_END_DECL

#endif
