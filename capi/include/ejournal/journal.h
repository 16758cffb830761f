/*
 * ejournal/journal.h — the class journal as a teacher keeps it: lessons of the courses they
 * teach (date, number, topic, homework), grades per lesson and in the undated columns
 * (thematic, semester, corrected, annual, ДПА, notebook, custom), special marks, drafts
 * ("pencil") and publishing, corrections with reasons, and comments to a student.
 *
 * The editing window: an entry is dated by its lesson (lessons, current grades) or by the day it
 * was set (undated columns). Within ej_journal_options.editing_window_days of today (in
 * Europe/Kyiv) the course's teacher writes it; older entries, and every change the
 * administrator makes, need the right to correct journal entries and a reason, which the audit
 * trail keeps (ejournal/audit.h: entity types "lesson", "grade", "comment").
 * Time: each function takes `now` as a pointer to µs since the epoch (UTC); NULL means the
 * system clock.
 * Every function is one unit of work: on any error nothing is stored. Ids of another
 * institution than `institution` are not found. Records are read back with the store's
 * functions (ejournal/store_journal.h).
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_JOURNAL_H
#define EJOURNAL_JOURNAL_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/store_journal.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** How the journal guards old entries. Set `version`. */
typedef struct ej_journal_options {
  uint32_t version;
  /** Days after an entry's date during which its teacher may change it, 0 … 366. */
  int32_t editing_window_days;
} ej_journal_options;

#define EJ_JOURNAL_OPTIONS_VERSION 1
#define EJ_JOURNAL_OPTIONS_INIT \
  { EJ_JOURNAL_OPTIONS_VERSION, 7 }

/**
 * Fills `opts` with the defaults of `version`: an editing window of 7 days.
 * @return EJ_OK; EJ_EVERSION for a version this library does not know (opts->version is then 0).
 * Since: 0.1
 */
EJ_API int ej_journal_options_init(ej_journal_options* opts, uint32_t version);

/** A lesson as the teacher writes it. A NULL text is read as "". */
typedef struct ej_lesson_form {
  uint32_t version;
  int32_t number;       /**< in the year's bell schedule (0 … 12 when it has none) */
  ej_uuid course_id;    /**< a course of the institution */
  ej_date date;         /**< a school day of the course's academic year */
  int32_t type;         /**< ej_lesson_type (ejournal/store_journal.h) */
  ej_date homework_due; /**< after the lesson's date; {0, 0, 0}: none */
  int32_t reserved;     /**< 0 */
  const char* topic;    /**< at most 4000 bytes of UTF-8 */
  const char* homework; /**< at most 4000 bytes of UTF-8 */
  const char* reason;   /**< required for the administrator's corrections and past the window */
} ej_lesson_form;

#define EJ_LESSON_FORM_VERSION 1
#define EJ_LESSON_FORM_INIT \
  { EJ_LESSON_FORM_VERSION, 1, {{0}}, {0, 0, 0}, EJ_LESSON_REGULAR, {0, 0, 0}, 0, NULL, NULL, NULL }

/**
 * Records a lesson of form->course_id, audited. The course's teacher, within the window; past it
 * the administrator, with a reason.
 * @param[out] out_id NULL, or receives the new lesson's id.
 * @param[out] out_revision NULL, or receives its revision (1).
 * @param options NULL: EJ_JOURNAL_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id, a date that is no school day of the
 *         course's year, a number outside the bell schedule, a due date not after the lesson,
 *         an unknown type, bad text, a missing reason or bad options (the message names the
 *         field and its value); EJ_EVERSION for an unknown struct version; EJ_EPERM when the
 *         principal may not; EJ_ENOTFOUND for an unknown course; EJ_EEXISTS for a second lesson
 *         of the course at the same date and number; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_journal_lesson_record(ej_uuid* out_id, int64_t* out_revision, ej_store* store,
                                    const int64_t* now, const ej_principal* principal,
                                    const ej_uuid* institution, const ej_lesson_form* form,
                                    const ej_journal_options* options);

/**
 * Replaces the fields of lesson `lesson` with `form`'s (form->course_id must be its course),
 * audited with before, after and the reason. A lesson with grades or attendance marks keeps its
 * date. The window applies to the old and the new date.
 * @param revision the lesson's revision as the caller read it.
 * @param[out] out_revision NULL, or receives the new revision.
 * @return as ej_journal_lesson_record(); EJ_ENOTFOUND also for an unknown lesson; EJ_ECONFLICT
 *         when `revision` is stale or a lesson with entries would move to another date.
 * Since: 0.1
 */
EJ_API int ej_journal_lesson_edit(int64_t* out_revision, ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* lesson, int64_t revision,
                                  const ej_lesson_form* form, const ej_journal_options* options);

/** A grade as the teacher writes it. A NULL text is read as "". */
typedef struct ej_grade_form {
  uint32_t version;
  int32_t column;      /**< ej_column_kind (ejournal/store_journal.h) */
  ej_uuid course_id;   /**< a course of the institution */
  ej_uuid student_id;  /**< enrolled in the course's class (and subgroup) on the grade's day */
  ej_uuid lesson_id;   /**< the lesson of a current grade; nil for the undated columns */
  int32_t publication; /**< ej_publication: EJ_PUBLICATION_DRAFT is the teacher's pencil */
  int32_t reserved;    /**< 0 */
  /** The column's title: "Тема 2", "I семестр" (a corrected grade names its semester column's
   * label); required for EJ_COLUMN_CUSTOM. */
  const char* label;
  /** A value of the course's scale ("10", "В") or a special mark ("н", "н/а", "зв.", "зар.",
   * "не зар."). */
  const char* value;
  const char* comment;
  const char* reason; /**< required for the administrator's corrections and past the window */
} ej_grade_form;

#define EJ_GRADE_FORM_VERSION 1
#define EJ_GRADE_FORM_INIT                                                                      \
  {                                                                                             \
    EJ_GRADE_FORM_VERSION, EJ_COLUMN_CURRENT, {{0}}, {{0}}, {{0}}, EJ_PUBLICATION_PUBLISHED, 0, \
        NULL, NULL, NULL, NULL                                                                  \
  }

/** What a grade call stored. The caller sets `version` (EJ_GRADE_WRITTEN_INIT). */
typedef struct ej_grade_written {
  uint32_t version;
  /** 0/1: 1 when this call made the grade visible to the student and parents (a new published
   * grade, or a draft published) — what a notification to parents announces. */
  int32_t newly_published;
  ej_uuid id;
  int64_t revision;
} ej_grade_written;

#define EJ_GRADE_WRITTEN_VERSION 1
#define EJ_GRADE_WRITTEN_INIT \
  { EJ_GRADE_WRITTEN_VERSION, 0, {{0}}, 0 }

/**
 * Records a grade, audited. The course's teacher, within the window; past it the administrator,
 * with a reason. The absence mark stands only in a lesson's column, the attestation marks only
 * in the undated ones; a corrected grade is a value above the student's semester grade of the
 * same label; one grade per student and lesson (per column and label when undated); a lesson
 * is graded once it has taken place; nothing new for a student who is not (or no longer)
 * enrolled on the grade's day.
 * @param[out] out what was stored; the caller sets out->version. Zeroed (but its version) on
 *             failure.
 * @param options NULL: EJ_JOURNAL_OPTIONS_INIT.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id, a value that is neither on the
 *         course's scale nor a special mark of the column, a broken rule (the message names it),
 *         a missing reason or bad options; EJ_EVERSION; EJ_EPERM when the principal may not;
 *         EJ_ENOTFOUND for an unknown course, lesson or student; EJ_EEXISTS when the student
 *         has that grade already; EJ_EUNSUPPORTED for a value on a verbal scale; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_journal_grade_record(ej_grade_written* out, ej_store* store, const int64_t* now,
                                   const ej_principal* principal, const ej_uuid* institution,
                                   const ej_grade_form* form, const ej_journal_options* options);

/** A change of a grade's value and comment. A NULL text is read as "". */
typedef struct ej_grade_edit {
  uint32_t version;
  int32_t reserved; /**< 0 */
  ej_uuid grade_id;
  int64_t revision;    /**< the grade's revision as the caller read it */
  const char* value;   /**< as ej_grade_form.value */
  const char* comment; /**< replaces the grade's comment */
  const char* reason;  /**< required to correct a published grade */
} ej_grade_edit;

#define EJ_GRADE_EDIT_VERSION 1
#define EJ_GRADE_EDIT_INIT \
  { EJ_GRADE_EDIT_VERSION, 0, {{0}}, 0, NULL, NULL, NULL }

/**
 * Changes a grade, audited with before, after and the reason ("update" for a draft, "correct"
 * for a published grade). A draft changes freely; a published grade only with a reason, and a
 * published thematic grade never.
 * @param[out] out as ej_journal_grade_record() (newly_published is 0).
 * @return as ej_journal_grade_record(); EJ_ENOTFOUND also for an unknown grade; EJ_ECONFLICT
 *         for a stale revision or a published thematic grade.
 * Since: 0.1
 */
EJ_API int ej_journal_grade_edit(ej_grade_written* out, ej_store* store, const int64_t* now,
                                 const ej_principal* principal, const ej_uuid* institution,
                                 const ej_grade_edit* edit, const ej_journal_options* options);

/**
 * Publishes the draft grade `grade` read at `revision`, audited; the window and access rules of
 * ej_journal_grade_edit() apply (`reason`, NULL or "", for the administrator).
 * @param[out] out as ej_journal_grade_record() (newly_published is 1); `grade` may point at
 *             out->id.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil id, a bad or missing reason or bad
 *         options; EJ_EVERSION; EJ_EPERM; EJ_ENOTFOUND for an unknown grade; EJ_ECONFLICT when
 *         it is published already or `revision` is stale; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_journal_grade_publish(ej_grade_written* out, ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* grade, int64_t revision, const char* reason,
                                    const ej_journal_options* options);

/** A comment to a student, shown in the diary. A NULL text is read as "". */
typedef struct ej_comment_form {
  uint32_t version;
  int32_t reserved; /**< 0 */
  ej_uuid student_id;
  /** The course the comment is about; nil for none. A subject teacher names their course, and
   * the student must belong to it (enrolled in its class today, and in its subgroup). */
  ej_uuid course_id;
  ej_uuid lesson_id; /**< a lesson of the course; nil for none */
  const char* text;  /**< required, at most 4000 bytes of UTF-8 */
} ej_comment_form;

#define EJ_COMMENT_FORM_VERSION 1
#define EJ_COMMENT_FORM_INIT \
  { EJ_COMMENT_FORM_VERSION, 0, {{0}}, {{0}}, {{0}}, NULL }

/**
 * Writes a comment to a student, audited: by the teacher of form->course_id, or by the class
 * teacher of the student's current class.
 * @param[out] out_id NULL, or receives the new comment's id.
 * @return EJ_OK; EJ_EINVALID for a NULL argument, a nil student, bad text, a lesson without its
 *         course or of another course, or a student who does not belong to the course;
 *         EJ_EVERSION; EJ_EPERM when the principal may not; EJ_ENOTFOUND for an unknown
 *         student, course or lesson; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_journal_comment_write(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_comment_form* form);

EJ_END_DECL

#endif
