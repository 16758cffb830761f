/*
 * ejournal/store_journal.h — the journal in a store: lessons, grades and attendance, written in
 * bulk as columns (a hundred thousand rows in one call), read back as lists and changed one
 * record at a time against the revision the caller read (see ejournal/store.h).
 *
 * The rules of ejournal/store.h hold: each call is one unit of work, scoped by institution — a
 * bulk write lands whole or leaves the store unchanged. The columns are read in place, never
 * kept. Column structs begin with `uint32_t version` and only grow at the end; a column that
 * may be NULL says what NULL means.
 */
#ifndef EJOURNAL_STORE_JOURNAL_H
#define EJOURNAL_STORE_JOURNAL_H

#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/* ----------------------------------------------------------------- lessons */

typedef enum ej_lesson_type {
  EJ_LESSON_REGULAR = 1,
  EJ_LESSON_TEST = 2,
  EJ_LESSON_LABORATORY = 3,
  EJ_LESSON_PRACTICAL = 4,
  EJ_LESSON_THEMATIC = 5,
  EJ_LESSON_EXCURSION = 6,
  EJ_LESSON_OTHER = 7
} ej_lesson_type;

/** `count` lessons as parallel columns. */
typedef struct ej_lesson_columns {
  uint32_t version;
  int32_t reserved; /**< 0 */
  int64_t count;
  const ej_uuid* ids;          /**< NULL, or a nil entry: generate the id */
  const ej_uuid* courses;      /**< the course of each lesson */
  const ej_date* dates;        /**< the day of each lesson */
  const int32_t* numbers;      /**< the lesson's number in the bell schedule, ≥ 0 */
  const int32_t* types;        /**< ej_lesson_type; NULL: all EJ_LESSON_REGULAR */
  const char* const* topics;   /**< NULL, or a NULL entry: "" */
  const char* const* homework; /**< NULL, or a NULL entry: "" */
} ej_lesson_columns;

#define EJ_LESSON_COLUMNS_VERSION 1
#define EJ_LESSON_COLUMNS_INIT \
  { EJ_LESSON_COLUMNS_VERSION, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Stores `columns->count` new lessons of `institution`: all or none.
 * @param[out] out_ids NULL, or room for count ids: the new lessons' ids, in order.
 * @param progress NULL, or called after each batch (see ej_progress_fn).
 * @return EJ_OK; EJ_EINVALID for a NULL required column, a negative count or number, a date
 *         that does not exist, an unknown type or non-UTF-8 text (the message names the column
 *         and the row), or a row the model refuses, such as a number above 12 (the message
 *         begins "row N: "); EJ_EVERSION; EJ_ENOTFOUND for an unknown institution or course;
 *         EJ_EEXISTS for a taken id, or a second lesson of a course with the same date and
 *         number; EJ_EUSER when `progress` aborted; EJ_ESTORAGE. On failure nothing is stored.
 * Since: 0.1
 */
EJ_API int ej_store_lessons_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                                   const ej_lesson_columns* columns, ej_progress_fn progress,
                                   void* payload);

/** A lesson read back. */
typedef struct ej_lesson {
  uint32_t version;
  int32_t number; /**< in the bell schedule */
  ej_uuid id;
  ej_uuid course_id;
  ej_date date;
  int32_t type;         /**< ej_lesson_type */
  const char* topic;    /**< or "" */
  const char* homework; /**< or "" */
  int64_t revision;     /**< the store's optimistic-concurrency version */
  ej_date homework_due; /**< the day the homework is due, or {0, 0, 0}; since version 2 */
} ej_lesson;

#define EJ_LESSON_VERSION 2

/** Lessons read back; immutable, shareable between threads. */
typedef struct ej_lesson_list ej_lesson_list;

/**
 * The lessons of a course from `first` to `last` (inclusive), by date, then number.
 * @param first, last NULL: open on that side.
 * Since: 0.1
 */
EJ_API int ej_store_lessons_list(ej_lesson_list** out, ej_store* store, const ej_uuid* institution,
                                 const ej_uuid* course, const ej_date* first, const ej_date* last);

/**
 * A student's lessons from `first` to `last` (inclusive; the rows of their diary): every lesson
 * of a course of a class the student is enrolled in on the lesson's date, taught to the whole
 * class or to a subgroup the student belongs to; by date, then number, then id.
 * @param student a person of the institution; one it does not have has no lessons.
 * @param first, last NULL or {0, 0, 0}: open on that side.
 * @return EJ_OK; EJ_EINVALID for NULL, a nil institution or student, or a date that does not
 *         exist; EJ_ESTORAGE.
 * Ownership: free *out with ej_lesson_list_free().
 * Since: 0.1
 */
EJ_API int ej_store_lessons_for_student(ej_lesson_list** out, ej_store* store,
                                        const ej_uuid* institution, const ej_uuid* student,
                                        const ej_date* first, const ej_date* last);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_lesson_list_count(int64_t* out, const ej_lesson_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_lesson_list_get(const ej_lesson** out, const ej_lesson_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_lesson_list_free(ej_lesson_list* list);

/** What ej_store_lesson_update() changes; the fields left as EJ_LESSON_CHANGE_INIT sets them
 * stay as they are. */
typedef struct ej_lesson_change {
  uint32_t version;
  int32_t type;                /**< an ej_lesson_type, or 0: unchanged */
  const char* topic;           /**< NULL: unchanged; "" clears it */
  const char* homework;        /**< NULL: unchanged; "" clears it */
  const ej_date* homework_due; /**< NULL: unchanged; {0, 0, 0}: none; else not before the lesson */
} ej_lesson_change;

#define EJ_LESSON_CHANGE_VERSION 1
#define EJ_LESSON_CHANGE_INIT \
  { EJ_LESSON_CHANGE_VERSION, 0, NULL, NULL, NULL }

/**
 * Changes the topic, homework, homework due date or type of the lesson `id` of `institution`,
 * which the caller read at `revision`. One unit of work: on any failure nothing changes.
 * @param[out] out_revision the lesson's new revision (`revision` + 1); may be NULL.
 * @param change the fields to change; one that sets none still checks `revision` and stores the
 *        lesson again.
 * @return EJ_OK; EJ_EINVALID for NULL, a nil institution or id, a revision below 1, an unknown
 *         type, non-UTF-8 text, a topic or homework longer than 4000 bytes, a due date that does
 *         not exist or precedes the lesson (the message names the field and its value);
 *         EJ_EVERSION for an unknown change->version; EJ_ENOTFOUND when the institution has no
 *         such lesson; EJ_ECONFLICT when the lesson is no longer at `revision` (the message names
 *         the lesson and the revision read); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_lesson_update(int64_t* out_revision, ej_store* store,
                                  const ej_uuid* institution, const ej_uuid* id, int64_t revision,
                                  const ej_lesson_change* change);

/* ------------------------------------------------------------------ grades */

/** The journal column a grade stands in. */
typedef enum ej_column_kind {
  EJ_COLUMN_CURRENT = 1, /**< a lesson's dated column */
  EJ_COLUMN_THEMATIC = 2,
  EJ_COLUMN_SEMESTER = 3,
  EJ_COLUMN_CORRECTED = 4, /**< «Скоригована», next to the semester column */
  EJ_COLUMN_ANNUAL = 5,
  EJ_COLUMN_STATE_EXAM = 6, /**< ДПА */
  EJ_COLUMN_NOTEBOOK = 7,   /**< «Зошит» */
  EJ_COLUMN_CUSTOM = 8
} ej_column_kind;

/** Whether students and parents see a grade. */
typedef enum ej_publication {
  EJ_PUBLICATION_DRAFT = 1,
  EJ_PUBLICATION_PUBLISHED = 2
} ej_publication;

/**
 * `count` grades as parallel columns. A row holds a value (numerator / denominator on the
 * course's scale) or a special-mark code ("н/а", "зв."), never both: has_value says which.
 */
typedef struct ej_grade_columns {
  uint32_t version;
  int32_t reserved; /**< 0 */
  int64_t count;
  const ej_uuid* ids;          /**< NULL, or a nil entry: generate the id */
  const ej_uuid* courses;      /**< the course of each grade */
  const ej_uuid* students;     /**< the student (a person of the institution) */
  const ej_uuid* lessons;      /**< NULL, or a nil entry: no lesson (an undated column) */
  const ej_date* dates;        /**< the lesson's date, or the day the grade was set */
  const int32_t* columns;      /**< ej_column_kind; NULL: all EJ_COLUMN_CURRENT */
  const uint8_t* has_value;    /**< 1: a value, 0: a mark; NULL: every row has a value */
  const int64_t* numerators;   /**< read where the row has a value; NULL only when none has */
  const int64_t* denominators; /**< > 0; NULL: all 1 */
  const char* const* marks;    /**< the mark where the row has none; NULL only when all have */
  const int32_t* publications; /**< ej_publication; NULL: all EJ_PUBLICATION_PUBLISHED */
  const char* const* labels;   /**< column titles ("Тема 2"); NULL, or a NULL entry: "" */
  const ej_uuid* recorded_by;  /**< who set it: a person of the institution */
  const int64_t* recorded_at;  /**< µs since 1970-01-01T00:00:00Z; NULL: all 0 */
} ej_grade_columns;

#define EJ_GRADE_COLUMNS_VERSION 1
#define EJ_GRADE_COLUMNS_INIT                                                                   \
  {                                                                                             \
    EJ_GRADE_COLUMNS_VERSION, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
        NULL, NULL, NULL, NULL                                                                  \
  }

/**
 * Stores `columns->count` new grades of `institution`: all or none. Prepared statements and
 * batched binds on SQL backends; a hundred thousand rows in one call is the intended use.
 * @param[out] out_ids NULL, or room for count ids: the new grades' ids, in order.
 * @param progress NULL, or called after each batch (see ej_progress_fn).
 * @return EJ_OK; EJ_EINVALID for a NULL required column, a negative count, a date that does
 *         not exist, a denominator ≤ 0, a row with both or neither of value and mark, an
 *         unknown column kind or publication, or non-UTF-8 text (the message names the column
 *         and the row), or a row the model refuses — a current grade without a lesson, a grade
 *         of another column with one, a custom column without a label (the message begins
 *         "row N: "); EJ_EVERSION; EJ_ENOTFOUND for an unknown institution or a referenced
 *         record of another; EJ_EEXISTS for a taken id; EJ_EUSER when `progress` aborted;
 *         EJ_ESTORAGE. On failure nothing is stored.
 * Since: 0.1
 */
EJ_API int ej_store_grades_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                                  const ej_grade_columns* columns, ej_progress_fn progress,
                                  void* payload);

/** Which grades ej_store_grades_find() reads. At least one of course and student is set. */
typedef struct ej_grade_query {
  uint32_t version;
  int32_t column;         /**< an ej_column_kind, or 0 for all */
  ej_uuid course;         /**< nil: of every course */
  ej_uuid student;        /**< nil: of every student */
  ej_date first;          /**< {0, 0, 0}: no lower bound */
  ej_date last;           /**< {0, 0, 0}: no upper bound */
  int32_t published_only; /**< 0/1: only what students and parents may see */
  int32_t reserved;       /**< 0 */
} ej_grade_query;

#define EJ_GRADE_QUERY_VERSION 1
#define EJ_GRADE_QUERY_INIT \
  { EJ_GRADE_QUERY_VERSION, 0, {{0}}, {{0}}, {0, 0, 0}, {0, 0, 0}, 0, 0 }

/** A grade read back. */
typedef struct ej_grade {
  uint32_t version;
  int32_t column; /**< ej_column_kind */
  ej_uuid id;
  ej_uuid course_id;
  ej_uuid student_id;
  ej_uuid lesson_id; /**< nil: none */
  ej_date date;
  int32_t has_value;   /**< 1: value_num / value_den; 0: `mark` */
  int32_t publication; /**< ej_publication */
  int64_t value_num;
  int64_t value_den;   /**< 1 when there is no value */
  const char* mark;    /**< or "" */
  const char* label;   /**< or "" */
  const char* comment; /**< or "" */
  ej_uuid recorded_by; /**< who set it */
  int64_t recorded_at; /**< µs since 1970-01-01T00:00:00Z */
  int64_t revision;    /**< the store's optimistic-concurrency version */
} ej_grade;

#define EJ_GRADE_VERSION 1

/** Grades read back; immutable, shareable between threads. */
typedef struct ej_grade_list ej_grade_list;

/**
 * The grades `query` selects, by date, then student, then id.
 * @return EJ_OK; EJ_EINVALID for NULL, a query with neither course nor student, a date that
 *         does not exist or an unknown column kind; EJ_EVERSION; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_grades_find(ej_grade_list** out, ej_store* store, const ej_uuid* institution,
                                const ej_grade_query* query);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_grade_list_count(int64_t* out, const ej_grade_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_grade_list_get(const ej_grade** out, const ej_grade_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_grade_list_free(ej_grade_list* list);

/** What ej_store_grade_update() changes; the fields left as EJ_GRADE_CHANGE_INIT sets them stay
 * as they are. A grade holds a value or a mark: setting one clears the other. */
typedef struct ej_grade_change {
  uint32_t version;
  int32_t publication; /**< an ej_publication, or 0: unchanged */
  int64_t value_num;   /**< the new value's numerator, read when value_den is set */
  int64_t value_den; /**< 0: the value is unchanged; > 0: the value becomes value_num / value_den */
  const char* mark;  /**< NULL: unchanged; else the new special mark ("н/а"), not "" */
  const char* comment; /**< NULL: unchanged; "" clears it */
} ej_grade_change;

#define EJ_GRADE_CHANGE_VERSION 1
#define EJ_GRADE_CHANGE_INIT \
  { EJ_GRADE_CHANGE_VERSION, 0, 0, 0, NULL, NULL }

/**
 * Changes the value or special mark, the publication or the comment of the grade `id` of
 * `institution`, which the caller read at `revision`. One unit of work: on any failure nothing
 * changes. Who recorded the grade, and when, stay as they are.
 * @param[out] out_revision the grade's new revision (`revision` + 1); may be NULL.
 * @param change the fields to change; one that sets none still checks `revision` and stores the
 *        grade again.
 * @return EJ_OK; EJ_EINVALID for NULL, a nil institution or id, a revision below 1, a negative
 *         value_den, both a value and a mark, an empty mark or one longer than 16 characters,
 *         an unknown publication, non-UTF-8 text or a comment longer than 4000 bytes (the
 *         message names the field and its value); EJ_EVERSION for an unknown change->version;
 *         EJ_ENOTFOUND when the institution has no such grade; EJ_ECONFLICT when the grade is no
 *         longer at `revision` (the message names the grade and the revision read); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_grade_update(int64_t* out_revision, ej_store* store, const ej_uuid* institution,
                                 const ej_uuid* id, int64_t revision,
                                 const ej_grade_change* change);

/* -------------------------------------------------------------- attendance */

typedef enum ej_absence_reason {
  EJ_ABSENCE_UNKNOWN = 1,
  EJ_ABSENCE_ILLNESS = 2,
  EJ_ABSENCE_FAMILY = 3,
  EJ_ABSENCE_VALID_DOCUMENT = 4,
  EJ_ABSENCE_OTHER = 5
} ej_absence_reason;

/** `count` attendance marks as parallel columns: a student at a lesson, or for a whole day. */
typedef struct ej_attendance_columns {
  uint32_t version;
  int32_t reserved; /**< 0 */
  int64_t count;
  const ej_uuid* ids;         /**< NULL, or a nil entry: generate the id */
  const ej_uuid* students;    /**< the student (a person of the institution) */
  const ej_date* dates;       /**< the day */
  const ej_uuid* lessons;     /**< NULL, or a nil entry: the whole day */
  const char* const* codes;   /**< from the institution's dictionary: "н", "хв", "зп" … */
  const int32_t* reasons;     /**< ej_absence_reason; NULL: all EJ_ABSENCE_UNKNOWN */
  const ej_uuid* recorded_by; /**< who marked it: a person of the institution */
  const int64_t* recorded_at; /**< µs since 1970-01-01T00:00:00Z; NULL: all 0 */
} ej_attendance_columns;

#define EJ_ATTENDANCE_COLUMNS_VERSION 1
#define EJ_ATTENDANCE_COLUMNS_INIT \
  { EJ_ATTENDANCE_COLUMNS_VERSION, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Stores `columns->count` new attendance marks of `institution`: all or none.
 * @param[out] out_ids NULL, or room for count ids: the new marks' ids, in order.
 * @param progress NULL, or called after each batch (see ej_progress_fn).
 * @return EJ_OK; EJ_EINVALID for a NULL required column, a negative count, a date that does
 *         not exist, an empty code, an unknown reason or non-UTF-8 text (the message names the
 *         column and the row); EJ_EVERSION; EJ_ENOTFOUND for an unknown institution or a
 *         referenced record of another; EJ_EEXISTS for a taken id, or a second mark of a student
 *         for one lesson (or one day); EJ_EUSER when `progress` aborted; EJ_ESTORAGE. On
 *         failure nothing is stored.
 * Since: 0.1
 */
EJ_API int ej_store_attendance_create(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                                      const ej_attendance_columns* columns, ej_progress_fn progress,
                                      void* payload);

/** Which marks ej_store_attendance_find() reads. At least one of student and lesson is set. */
typedef struct ej_attendance_query {
  uint32_t version;
  int32_t reserved; /**< 0 */
  ej_uuid student;  /**< nil: of every student */
  ej_uuid lesson;   /**< nil: of every lesson */
  ej_date first;    /**< {0, 0, 0}: no lower bound */
  ej_date last;     /**< {0, 0, 0}: no upper bound */
} ej_attendance_query;

#define EJ_ATTENDANCE_QUERY_VERSION 1
#define EJ_ATTENDANCE_QUERY_INIT                               \
  {                                                            \
    EJ_ATTENDANCE_QUERY_VERSION, 0, {{0}}, {{0}}, {0, 0, 0}, { \
      0, 0, 0                                                  \
    }                                                          \
  }

/** An attendance mark read back. */
typedef struct ej_attendance {
  uint32_t version;
  int32_t reason; /**< ej_absence_reason */
  ej_uuid id;
  ej_uuid student_id;
  ej_uuid lesson_id; /**< nil: the whole day */
  ej_date date;
  int32_t reserved;         /**< 0 */
  const char* code;         /**< "н", "хв" … */
  const char* document_ref; /**< certificate or note number, or "" */
  ej_uuid recorded_by;      /**< who marked it */
  int64_t recorded_at;      /**< µs since 1970-01-01T00:00:00Z */
  int64_t revision;         /**< the store's optimistic-concurrency version */
} ej_attendance;

#define EJ_ATTENDANCE_VERSION 1

/** Attendance marks read back; immutable, shareable between threads. */
typedef struct ej_attendance_list ej_attendance_list;

/**
 * The marks `query` selects, by date, then student, then id.
 * @return EJ_OK; EJ_EINVALID for NULL, a query with neither student nor lesson or a date that
 *         does not exist; EJ_EVERSION; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_attendance_find(ej_attendance_list** out, ej_store* store,
                                    const ej_uuid* institution, const ej_attendance_query* query);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_attendance_list_count(int64_t* out, const ej_attendance_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_attendance_list_get(const ej_attendance** out, const ej_attendance_list* list,
                                  int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_attendance_list_free(ej_attendance_list* list);

/** What ej_store_attendance_update() changes; the fields left as EJ_ATTENDANCE_CHANGE_INIT sets
 * them stay as they are. */
typedef struct ej_attendance_change {
  uint32_t version;
  int32_t reason;           /**< an ej_absence_reason, or 0: unchanged */
  const char* code;         /**< NULL: unchanged; else the new code ("н", "хв" …), not "" */
  const char* document_ref; /**< NULL: unchanged; "" clears it */
} ej_attendance_change;

#define EJ_ATTENDANCE_CHANGE_VERSION 1
#define EJ_ATTENDANCE_CHANGE_INIT \
  { EJ_ATTENDANCE_CHANGE_VERSION, 0, NULL, NULL }

/**
 * Changes the code, the reason or the document reference of the attendance mark `id` of
 * `institution`, which the caller read at `revision`. One unit of work: on any failure nothing
 * changes. Who marked it, and when, stay as they are.
 * @param[out] out_revision the mark's new revision (`revision` + 1); may be NULL.
 * @param change the fields to change; one that sets none still checks `revision` and stores the
 *        mark again.
 * @return EJ_OK; EJ_EINVALID for NULL, a nil institution or id, a revision below 1, an empty
 *         code or one longer than 16 characters, an unknown reason, non-UTF-8 text or a
 *         document reference longer than 200 bytes (the message names the field and its value);
 *         EJ_EVERSION for an unknown change->version; EJ_ENOTFOUND when the institution has no
 *         such mark; EJ_ECONFLICT when the mark is no longer at `revision` (the message names
 *         the mark and the revision read); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_attendance_update(int64_t* out_revision, ej_store* store,
                                      const ej_uuid* institution, const ej_uuid* id,
                                      int64_t revision, const ej_attendance_change* change);

EJ_END_DECL

#endif
