/*
 * ejournal/store_school.h — the structure of a school year in a store: academic years (their
 * calendar is an ej_school_year of ejournal/calendar.h), classes, subjects, courses and the
 * enrolment of students in classes (and its end).
 *
 * The rules of ejournal/store.h hold: each call is one unit of work, scoped by institution;
 * records cross as versioned structs; a nil id handed in for a new record means "generate one".
 */
#ifndef EJOURNAL_STORE_SCHOOL_H
#define EJOURNAL_STORE_SCHOOL_H

#include "ejournal/calendar.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/* ---------------------------------------------------------- academic years */

/**
 * Stores a new academic year of `institution` whose calendar is `calendar` (copied).
 * @param[out] out_id the new record's id; may be NULL.
 * @param id NULL or nil: generate one.
 * @return EJ_OK; EJ_EINVALID for NULL or a calendar that fails ej_school_year_validate() (its
 *         message); EJ_ENOTFOUND for an unknown institution; EJ_EEXISTS for a taken id;
 *         EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_academic_year_create(ej_uuid* out_id, ej_store* store,
                                         const ej_uuid* institution, const ej_uuid* id,
                                         const ej_school_year* calendar);

/**
 * The academic year `id` of `institution`.
 * @param[out] out_calendar a copy of its calendar. Ownership: free it with ej_school_year_free().
 * @param[out] out_revision the store's version of the record; may be NULL.
 * @return EJ_OK; EJ_ENOTFOUND when the institution has no such year.
 * Since: 0.1
 */
EJ_API int ej_store_academic_year_get(ej_school_year** out_calendar, int64_t* out_revision,
                                      ej_store* store, const ej_uuid* institution,
                                      const ej_uuid* id);

/* ----------------------------------------------------------------- classes */

/** A class such as "5-А" in one academic year. */
typedef struct ej_class {
  uint32_t version;
  int32_t reserved;         /**< 0 */
  ej_uuid id;               /**< nil when handed in: generate one */
  ej_uuid academic_year_id; /**< the year it belongs to */
  const char* name; /**< stored as ej_class_name_normalize() gives it ("5 - а" → "5-А") */
  int64_t revision; /**< the store's optimistic-concurrency version; ignored on input */
} ej_class;

#define EJ_CLASS_VERSION 1
#define EJ_CLASS_INIT \
  { EJ_CLASS_VERSION, 0, {{0}}, {{0}}, "", 0 }

/**
 * Stores a new class.
 * @return EJ_OK; EJ_EINVALID for NULL or a name that is no class name; EJ_ENOTFOUND for an
 *         unknown institution or academic year; EJ_EEXISTS for a taken id, or a name the year
 *         already has; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_class_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                                 const ej_class* school_class);

/** Classes read back; immutable, shareable between threads. */
typedef struct ej_class_list ej_class_list;

/** The class `id` of `institution`, as a list of one; EJ_ENOTFOUND when none. Since: 0.1 */
EJ_API int ej_store_class_get(ej_class_list** out, ej_store* store, const ej_uuid* institution,
                              const ej_uuid* id);

/** The classes of an academic year by grade, then letter ("2-А" before "10-А"). Since: 0.1 */
EJ_API int ej_store_classes_list(ej_class_list** out, ej_store* store, const ej_uuid* institution,
                                 const ej_uuid* academic_year);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_class_list_count(int64_t* out, const ej_class_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_class_list_get(const ej_class** out, const ej_class_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_class_list_free(ej_class_list* list);

/* ---------------------------------------------------------------- subjects */

/** A subject the institution teaches. */
typedef struct ej_subject {
  uint32_t version;
  int32_t reserved;       /**< 0 */
  ej_uuid id;             /**< nil when handed in: generate one */
  const char* name;       /**< "Українська мова"; unique in the institution */
  const char* short_name; /**< "Укр. мова", or "" (NULL is read as "") */
} ej_subject;

#define EJ_SUBJECT_VERSION 1
#define EJ_SUBJECT_INIT \
  { EJ_SUBJECT_VERSION, 0, {{0}}, "", "" }

/**
 * Stores a new subject.
 * @return EJ_OK; EJ_EINVALID for NULL, non-UTF-8 text or an empty name; EJ_ENOTFOUND for an
 *         unknown institution; EJ_EEXISTS for a taken id or name; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_subject_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                                   const ej_subject* subject);

/** Subjects read back; immutable, shareable between threads. */
typedef struct ej_subject_list ej_subject_list;

/** The subject `id` of `institution`, as a list of one; EJ_ENOTFOUND when none. Since: 0.1 */
EJ_API int ej_store_subject_get(ej_subject_list** out, ej_store* store, const ej_uuid* institution,
                                const ej_uuid* id);

/** The institution's subjects by name in Ukrainian order. Since: 0.1 */
EJ_API int ej_store_subjects_list(ej_subject_list** out, ej_store* store,
                                  const ej_uuid* institution);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_subject_list_count(int64_t* out, const ej_subject_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_subject_list_get(const ej_subject** out, const ej_subject_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_subject_list_free(ej_subject_list* list);

/* ----------------------------------------------------------------- courses */

/** Who teaches what to whom: a subject to a class (or one subgroup of it) by a teacher. */
typedef struct ej_course {
  uint32_t version;
  int32_t reserved; /**< 0 */
  ej_uuid id;       /**< nil when handed in: generate one */
  ej_uuid academic_year_id;
  ej_uuid subject_id;
  ej_uuid class_id;
  ej_uuid subgroup_id; /**< nil: the whole class */
  ej_uuid teacher_id;  /**< a person of the institution */
  const char* scale;   /**< name of the grading scale, "ukrainian_12" (NULL is read as that) */
  int64_t revision;    /**< the store's optimistic-concurrency version; ignored on input */
} ej_course;

#define EJ_COURSE_VERSION 1
#define EJ_COURSE_INIT \
  { EJ_COURSE_VERSION, 0, {{0}}, {{0}}, {{0}}, {{0}}, {{0}}, {{0}}, "ukrainian_12", 0 }

/**
 * Stores a new course.
 * @return EJ_OK; EJ_EINVALID for NULL, a nil year, subject, class or teacher, or non-UTF-8
 *         text; EJ_ENOTFOUND for an unknown institution or a referenced record it does not
 *         have; EJ_EEXISTS for a taken id; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_course_create(ej_uuid* out_id, ej_store* store, const ej_uuid* institution,
                                  const ej_course* course);

/** Courses read back; immutable, shareable between threads. */
typedef struct ej_course_list ej_course_list;

/** The course `id` of `institution`, as a list of one; EJ_ENOTFOUND when none. Since: 0.1 */
EJ_API int ej_store_course_get(ej_course_list** out, ej_store* store, const ej_uuid* institution,
                               const ej_uuid* id);

/**
 * The institution's courses, by id.
 * @param school_class NULL or nil: of every class.
 * Since: 0.1
 */
EJ_API int ej_store_courses_list(ej_course_list** out, ej_store* store, const ej_uuid* institution,
                                 const ej_uuid* school_class);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_course_list_count(int64_t* out, const ej_course_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_course_list_get(const ej_course** out, const ej_course_list* list, int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_course_list_free(ej_course_list* list);

/* -------------------------------------------------------------- enrolments */

/** A student's time in a class. */
typedef struct ej_enrolment {
  uint32_t version;
  int32_t reserved; /**< 0 */
  ej_uuid id;
  ej_uuid class_id;
  ej_uuid student_id;
  ej_date arrived;
  ej_date departed;           /**< the last day in the class; {0, 0, 0} while still there */
  const char* departure_note; /**< e.g. the transfer order, or "" */
  int64_t revision;           /**< the store's optimistic-concurrency version */
} ej_enrolment;

#define EJ_ENROLMENT_VERSION 1

/**
 * Enrols `count` students in a class from the day `arrived`: all or none.
 * @param[out] out_ids NULL, or room for `count` ids: the new enrolments' ids, in order.
 * @param students `count` person ids of the institution.
 * @param progress NULL, or called after each batch (see ej_progress_fn).
 * @return EJ_OK; EJ_EINVALID for NULL, count < 0, a nil student or a date that does not exist;
 *         EJ_ENOTFOUND for an unknown institution, class or student; EJ_EUSER when `progress`
 *         aborted; EJ_ESTORAGE. On failure nothing is stored.
 * Since: 0.1
 */
EJ_API int ej_store_enrol(ej_uuid* out_ids, ej_store* store, const ej_uuid* institution,
                          const ej_uuid* school_class, const ej_uuid* students, int64_t count,
                          const ej_date* arrived, ej_progress_fn progress, void* payload);

/** Enrolments read back; immutable, shareable between threads. */
typedef struct ej_enrolment_list ej_enrolment_list;

/**
 * The enrolments of a class, by arrival, then id.
 * @param on NULL: all; else only those current on that day.
 * Since: 0.1
 */
EJ_API int ej_store_enrolments_list(ej_enrolment_list** out, ej_store* store,
                                    const ej_uuid* institution, const ej_uuid* school_class,
                                    const ej_date* on);

/** The number of records in a list. Since: 0.1 */
EJ_API int ej_enrolment_list_count(int64_t* out, const ej_enrolment_list* list);

/** The record at `index`, borrowed until the list is freed; EJ_ERANGE outside it. Since: 0.1 */
EJ_API int ej_enrolment_list_get(const ej_enrolment** out, const ej_enrolment_list* list,
                                 int64_t index);

/** Frees a list; NULL is a no-op. Since: 0.1 */
EJ_API void ej_enrolment_list_free(ej_enrolment_list* list);

/**
 * Ends the enrolment `id` of `institution`, which the caller read at `revision`: the student's
 * last day in the class becomes `departed` and the departure note `departure_note` (an enrolment
 * already ended gets the new date and note). One unit of work: on any failure nothing changes.
 * @param[out] out_revision the enrolment's new revision (`revision` + 1); may be NULL.
 * @param departed the last day in the class; not before the arrival.
 * @param departure_note e.g. the transfer order; NULL is read as "".
 * @return EJ_OK; EJ_EINVALID for NULL, a nil institution or id, a revision below 1, a date that
 *         does not exist or precedes the arrival, non-UTF-8 text or a note longer than 4000
 *         bytes (the message names the value); EJ_ENOTFOUND when the institution has no such
 *         enrolment; EJ_ECONFLICT when the enrolment is no longer at `revision` (the message
 *         names the enrolment and the revision read); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_store_enrolment_end(int64_t* out_revision, ej_store* store,
                                  const ej_uuid* institution, const ej_uuid* id, int64_t revision,
                                  const ej_date* departed, const char* departure_note);

EJ_END_DECL

#endif
