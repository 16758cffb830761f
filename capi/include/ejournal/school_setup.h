/*
 * ejournal/school_setup.h — the institution's administrator sets up a school year: its calendar,
 * classes, subgroups, subjects, courses, enrolments, class teachers and parent links, and imports
 * class lists from CSV.
 *
 * These are the checked path: each call takes the acting principal (ejournal/access.h) and is
 * refused with EJ_EPERM when the access policy does not allow it, validates and normalises its
 * input, and audits every record it changes (before → after). The low-level creators of
 * ejournal/store_school.h stay for loading data the caller has already checked.
 *
 * Every call is one unit of work scoped by `institution`: a record of another institution is
 * EJ_ENOTFOUND, never read or written; on any error nothing is stored.
 * Time: `now` points to µs since the epoch (UTC) for the audit entries; NULL means the system
 * clock.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_SCHOOL_SETUP_H
#define EJOURNAL_SCHOOL_SETUP_H

#include "ejournal/access.h"
#include "ejournal/calendar.h"
#include "ejournal/common.h"
#include "ejournal/invitations.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/* ---------------------------------------------------------------- calendar */

/**
 * Stores a new academic year of `institution` with `calendar` (copied; names normalised).
 * Needs the manage_calendar right (the institution's administrator).
 * @param[out] out_id the new year's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL or a calendar that fails ej_school_year_validate() (the
 *         message names the field); EJ_EPERM; EJ_ENOTFOUND for an unknown institution;
 *         EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_academic_year_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                         const ej_principal* principal, const ej_uuid* institution,
                                         const ej_school_year* calendar);

/**
 * Replaces the calendar of the academic year `year`. Errors as ej_setup_academic_year_create(),
 * and EJ_ENOTFOUND for an unknown year.
 * Since: 0.1
 */
EJ_API int ej_setup_academic_year_update(ej_store* store, const int64_t* now,
                                         const ej_principal* principal, const ej_uuid* institution,
                                         const ej_uuid* year, const ej_school_year* calendar);

/* ------------------------------------------------------ classes, subgroups */

/**
 * Stores the class `name` ("5 - а" is stored as "5-А") in the academic year `year`. Needs the
 * manage_classes right.
 * @param[out] out_id the new class's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL or a name that is no class name (Latin look-alikes are
 *         named); EJ_EPERM; EJ_ENOTFOUND for an unknown year; EJ_EEXISTS when the year has a
 *         class of that name; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_class_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                 const ej_principal* principal, const ej_uuid* institution,
                                 const ej_uuid* year, const char* name);

/** Renames the class `school_class`; errors as ej_setup_class_create(). Since: 0.1 */
EJ_API int ej_setup_class_rename(ej_store* store, const int64_t* now, const ej_principal* principal,
                                 const ej_uuid* institution, const ej_uuid* school_class,
                                 const char* name);

/**
 * Stores a subgroup ("1 група") of a class. Needs the manage_classes right.
 * @param[out] out_id the new subgroup's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL or a bad name; EJ_EPERM; EJ_ENOTFOUND for an unknown class;
 *         EJ_EEXISTS when the class has a subgroup of that name; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_subgroup_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* school_class, const char* name);

/**
 * Adds a student to a subgroup: only a person holding the student role who is enrolled in the
 * subgroup's class (without a departure). Needs the manage_classes right.
 * @return EJ_OK; EJ_EINVALID for NULL, a person who is no student or not in the class; EJ_EPERM;
 *         EJ_ENOTFOUND for an unknown subgroup or person; EJ_EEXISTS when already a member;
 *         EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_subgroup_member_add(ej_store* store, const int64_t* now,
                                        const ej_principal* principal, const ej_uuid* institution,
                                        const ej_uuid* subgroup, const ej_uuid* student);

/**
 * Removes a student from a subgroup. EJ_ENOTFOUND for an unknown subgroup or a student who is not
 * a member; otherwise errors as ej_setup_subgroup_member_add().
 * Since: 0.1
 */
EJ_API int ej_setup_subgroup_member_remove(ej_store* store, const int64_t* now,
                                           const ej_principal* principal,
                                           const ej_uuid* institution, const ej_uuid* subgroup,
                                           const ej_uuid* student);

/* ---------------------------------------------------------------- subjects */

/**
 * Stores a subject ("Українська мова"; `short_name` "Укр. мова", or NULL/""). Needs the
 * manage_subjects right.
 * @param[out] out_id the new subject's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL or a bad name; EJ_EPERM; EJ_ENOTFOUND for an unknown
 *         institution; EJ_EEXISTS when the institution has a subject of that name; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_subject_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                   const ej_principal* principal, const ej_uuid* institution,
                                   const char* name, const char* short_name);

/* ----------------------------------------------------------------- courses */

/** Who teaches what to whom. Set `version` (EJ_COURSE_FORM_INIT). */
typedef struct ej_course_form {
  uint32_t version;
  int32_t reserved;    /**< 0 */
  ej_uuid subject_id;  /**< a subject of the institution */
  ej_uuid class_id;    /**< the class; the course's academic year is the class's */
  ej_uuid subgroup_id; /**< a subgroup of the class, or nil for the whole class */
  ej_uuid teacher_id;  /**< a person holding the teacher role */
  /** The grading scale: "ukrainian_12", "nush_levels", "nush_descriptors", "nush_verbal",
      "five_point", "hundred_point" or "pass_fail"; NULL: "ukrainian_12". */
  const char* scale;
} ej_course_form;

#define EJ_COURSE_FORM_VERSION 1
#define EJ_COURSE_FORM_INIT \
  { EJ_COURSE_FORM_VERSION, 0, {{0}}, {{0}}, {{0}}, {{0}}, NULL }

/**
 * Stores a course. Needs the manage_courses right (the administration).
 * @param[out] out_id the new course's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL, a subgroup of another class, a teacher without the teacher
 *         role or an unknown scale; EJ_EVERSION for an unknown form version; EJ_EPERM;
 *         EJ_ENOTFOUND for an unknown subject, class, subgroup or teacher; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_course_create(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_course_form* form);

/**
 * Gives the course `course` the teacher `teacher` and the scale `scale` (NULL: "ukrainian_12").
 * Errors as ej_setup_course_create(), and EJ_ENOTFOUND for an unknown course.
 * Since: 0.1
 */
EJ_API int ej_setup_course_reassign(ej_store* store, const int64_t* now,
                                    const ej_principal* principal, const ej_uuid* institution,
                                    const ej_uuid* course, const ej_uuid* teacher,
                                    const char* scale);

/* -------------------------------------------------------------- enrolments */

/**
 * Enrols a student (a person holding the student role) in a class from the day `arrived`. A
 * student is in one class at a time. Needs the manage_enrolments right.
 * @param[out] out_id the new enrolment's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL, a person who is no student or a date that does not exist;
 *         EJ_EPERM; EJ_ENOTFOUND for an unknown class or person; EJ_ECONFLICT when the student
 *         has an enrolment open on or after `arrived` (the message names it); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_enrol(ej_uuid* out_id, ej_store* store, const int64_t* now,
                          const ej_principal* principal, const ej_uuid* institution,
                          const ej_uuid* school_class, const ej_uuid* student,
                          const ej_date* arrived);

/**
 * Records a departure: `departed` is the student's last day in the class (not before the
 * arrival), `note` the reason or the transfer order (NULL or "", at most 4000 bytes). Marks and
 * subgroup memberships stay. Needs the manage_enrolments right.
 * @return EJ_OK; EJ_EINVALID for NULL, a day before the arrival or a bad note; EJ_EPERM;
 *         EJ_ENOTFOUND for an unknown enrolment; EJ_ECONFLICT when it already has a departure;
 *         EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_departure_record(ej_store* store, const int64_t* now,
                                     const ej_principal* principal, const ej_uuid* institution,
                                     const ej_uuid* enrolment, const ej_date* departed,
                                     const char* note);

/* ---------------------------------------------------------- class teachers */

/**
 * Makes `teacher` (a person holding the teacher role) the class teacher of `school_class`. Needs
 * the assign_role right for EJ_ROLE_CLASS_TEACHER.
 * @param[out] out_grant the new role grant's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL or a person without the teacher role; EJ_EPERM;
 *         EJ_ENOTFOUND for an unknown class or person; EJ_ECONFLICT when the class has a class
 *         teacher (withdraw that one first); EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_class_teacher_assign(ej_uuid* out_grant, ej_store* store, const int64_t* now,
                                         const ej_principal* principal, const ej_uuid* institution,
                                         const ej_uuid* school_class, const ej_uuid* teacher);

/**
 * Withdraws the class teacher of `school_class`. EJ_ENOTFOUND for an unknown class or one without
 * a class teacher; otherwise errors as ej_setup_class_teacher_assign().
 * Since: 0.1
 */
EJ_API int ej_setup_class_teacher_withdraw(ej_store* store, const int64_t* now,
                                           const ej_principal* principal,
                                           const ej_uuid* institution, const ej_uuid* school_class);

/* ------------------------------------------------------------ parent links */

/**
 * Links `parent` (a person holding the parent role: invite new parents with ej_invite()) to
 * `child` (a person holding the student role) as `relation` (ej_parent_relation). Needs the
 * manage_parent_links right.
 * @param[out] out_id the new link's id; may be NULL.
 * @return EJ_OK; EJ_EINVALID for NULL, a parent without the parent role, a child who is no
 *         student, the same person twice or an unknown relation; EJ_EPERM; EJ_ENOTFOUND for an
 *         unknown person; EJ_EEXISTS when they are linked already; EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_parent_link(ej_uuid* out_id, ej_store* store, const int64_t* now,
                                const ej_principal* principal, const ej_uuid* institution,
                                const ej_uuid* parent, const ej_uuid* child, int32_t relation);

/**
 * Removes the link of `parent` to `child`. EJ_ENOTFOUND for an unknown parent or when they are not
 * linked; otherwise errors as ej_setup_parent_link().
 * Since: 0.1
 */
EJ_API int ej_setup_parent_unlink(ej_store* store, const int64_t* now,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* parent, const ej_uuid* child);

/* --------------------------------------------------------- class-list import */

/** The largest class-list file read, in bytes; a larger one is refused unread. */
#define EJ_CLASS_LIST_MAX_BYTES (256 * 1024)
/** The most students one class-list file may list. */
#define EJ_CLASS_LIST_MAX_ROWS 200

/**
 * Imports a class list: a person per row with the student role, enrolled in `school_class` from
 * `arrived`, all in one unit of work, or nothing. Needs the manage_people and manage_enrolments
 * rights (the institution's administrator).
 *
 * The file: `size` bytes of UTF-8 at `csv` (a leading BOM is skipped; LF or CRLF). The first line
 * is the header; the delimiter is ';' when the header holds one outside quotes, else ','. Fields
 * may be quoted ("…", an inner quote doubled). Columns, in any order, each once, named in any
 * case: surname (прізвище) and given_name (ім'я), required; patronymic (по батькові); birth_date
 * (дата народження: DD.MM.YYYY or YYYY-MM-DD); email (e-mail, пошта); gender (стать: ж/ч, f/m,
 * жіноча/чоловіча). Empty optional fields are unknown (the gender is then guessed from the
 * patronymic). Rows naming the same student (names equal by search key, and equal birth dates),
 * or a student already enrolled in the class (by name), are errors.
 *
 * @param[out] out_count the number of students made; may be NULL.
 * @param[out] out_students NULL, or room for EJ_CLASS_LIST_MAX_ROWS ids: the new students' ids in
 *             the order of the rows.
 * @return EJ_OK; EJ_EINVALID for NULL, size < 0, a date that does not exist, or a file with
 *         problems — each listed by ej_error_field(): the field is "line <n>: <column>" (line 1 is
 *         the header), "line <n>" for a row with the wrong number of fields, or "file" for the
 *         file as a whole (too large, not UTF-8, no header, an unknown, repeated or missing
 *         column, no rows, too many rows); EJ_EPERM; EJ_ENOTFOUND for an unknown class;
 *         EJ_ESTORAGE.
 * Since: 0.1
 */
EJ_API int ej_setup_class_list_import(int64_t* out_count, ej_uuid* out_students, ej_store* store,
                                      const int64_t* now, const ej_principal* principal,
                                      const ej_uuid* institution, const ej_uuid* school_class,
                                      const ej_date* arrived, const char* csv, int64_t size);

EJ_END_DECL

#endif
