/*
 * ejournal/access.h — who acts: the principal that every service call (ejournal/onboarding.h …)
 * takes, so that the library's one access policy decides what it may do.
 *
 * The caller authenticates the user and loads their facts (role grants, children, courses);
 * the principal carries those facts into each call, and the policy reads no storage.
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_ACCESS_H
#define EJOURNAL_ACCESS_H

#include "ejournal/common.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** The roles a person may hold in their institution. Append-only. */
typedef enum ej_role {
  EJ_ROLE_INSTITUTE_OPERATOR = 1, /**< reviews connection requests (a person of the institute) */
  EJ_ROLE_INSTITUTION_ADMIN = 2,
  EJ_ROLE_DEPUTY = 3,
  EJ_ROLE_TEACHER = 4,
  EJ_ROLE_CLASS_TEACHER = 5, /**< of the class named in the grant */
  EJ_ROLE_STUDENT = 6,
  EJ_ROLE_PARENT = 7 /**< of the children handed to ej_principal_person() */
} ej_role;

/** A role a person holds in their institution, as the store keeps it. */
typedef struct ej_role_grant {
  uint32_t version;
  int32_t role;         /**< ej_role */
  ej_uuid id;           /**< the grant's own id (used in messages) */
  ej_uuid institution;  /**< must be the principal's institution */
  ej_uuid person;       /**< must be the principal's person */
  ej_uuid school_class; /**< the class of a class teacher; nil for every other role */
} ej_role_grant;

#define EJ_ROLE_GRANT_VERSION 1
#define EJ_ROLE_GRANT_INIT                                         \
  {                                                                \
    EJ_ROLE_GRANT_VERSION, EJ_ROLE_TEACHER, {{0}}, {{0}}, {{0}}, { \
      { 0 }                                                        \
    }                                                              \
  }

/** A course the principal teaches and the class it is taught to (a subgroup's own class). */
typedef struct ej_taught_course {
  uint32_t version;
  int32_t reserved;     /**< 0 */
  ej_uuid course;       /**< not nil */
  ej_uuid school_class; /**< not nil */
} ej_taught_course;

#define EJ_TAUGHT_COURSE_VERSION 1
#define EJ_TAUGHT_COURSE_INIT             \
  {                                       \
    EJ_TAUGHT_COURSE_VERSION, 0, {{0}}, { \
      { 0 }                               \
    }                                     \
  }

/** What kind of principal a handle holds (ej_principal_kind()). */
typedef enum ej_principal_type {
  EJ_PRINCIPAL_ANONYMOUS = 1, /**< not signed in */
  EJ_PRINCIPAL_PERSON = 2,    /**< a signed-in person of an institution */
  EJ_PRINCIPAL_SYSTEM = 3     /**< the library's own jobs */
} ej_principal_type;

/**
 * The acting principal. Immutable once made: it may be shared between threads.
 */
typedef struct ej_principal ej_principal;

/**
 * Someone who has not signed in: may only submit a connection request or accept an invitation.
 * @return EJ_OK; EJ_EINVALID for a NULL `out`.
 * Ownership: free *out with ej_principal_free().
 * Since: 0.1
 */
EJ_API int ej_principal_anonymous(ej_principal** out);

/**
 * The library itself, for jobs no person performs (delivering the outbox, expiry sweeps,
 * installing the first institute operator). It may do everything and its audit entries carry no
 * actor: never hand it to code acting for a user.
 * @return EJ_OK; EJ_EINVALID for a NULL `out`.
 * Ownership: free *out with ej_principal_free().
 * Since: 0.1
 */
EJ_API int ej_principal_system(ej_principal** out);

/**
 * A signed-in person of `institution` with their role grants, the ids of their children (from
 * their parent links; they count only with EJ_ROLE_PARENT) and the courses they teach (they
 * count only with EJ_ROLE_TEACHER). An array may be NULL when its count is 0. The facts are
 * copied: the arrays may be freed once the call returns.
 * @return EJ_OK; EJ_EINVALID for a NULL `out`, institution or person, a nil id, a negative
 *         count, a NULL array with a count above 0, an unknown role, a grant of another person
 *         or institution, a class teacher's grant without a class or another
 *         role's grant with one, a nil child, or a taught course with a nil id (the message
 *         names the grant or the array element); EJ_EVERSION for an unknown struct version.
 * Ownership: free *out with ej_principal_free().
 * Since: 0.1
 */
EJ_API int ej_principal_person(ej_principal** out, const ej_uuid* institution,
                               const ej_uuid* person, const ej_role_grant* grants,
                               int64_t grant_count, const ej_uuid* children, int64_t child_count,
                               const ej_taught_course* courses, int64_t course_count);

/**
 * The kind of principal (ej_principal_type).
 * @return EJ_OK; EJ_EINVALID for a NULL argument.
 * Since: 0.1
 */
EJ_API int ej_principal_kind(int32_t* out, const ej_principal* principal);

/** Frees a principal; NULL is a no-op. Since: 0.1 */
EJ_API void ej_principal_free(ej_principal* principal);

EJ_END_DECL

#endif
