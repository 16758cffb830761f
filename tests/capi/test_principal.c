/* The acting principal (ejournal/access.h): the three kinds, and every fact
 * ej_principal_person() refuses. */
#include <string.h>

#include "check.h"

static ej_uuid new_id(void) {
  ej_uuid id;
  CHECK_OK(ej_uuid_generate(&id));
  return id;
}

static void test_kinds(void) {
  ej_principal* principal = NULL;
  int32_t kind = 0;
  ej_uuid institution = new_id(), person = new_id(), child = new_id();
  ej_role_grant grants[2] = {EJ_ROLE_GRANT_INIT, EJ_ROLE_GRANT_INIT};
  ej_taught_course course = EJ_TAUGHT_COURSE_INIT;

  CHECK_OK(ej_principal_anonymous(&principal));
  CHECK_OK(ej_principal_kind(&kind, principal));
  CHECK_INT(kind, EJ_PRINCIPAL_ANONYMOUS);
  ej_principal_free(principal);

  CHECK_OK(ej_principal_system(&principal));
  CHECK_OK(ej_principal_kind(&kind, principal));
  CHECK_INT(kind, EJ_PRINCIPAL_SYSTEM);
  ej_principal_free(principal);

  /* A teacher who is also a parent and the class teacher of one class. */
  grants[0].role = EJ_ROLE_PARENT;
  grants[1].role = EJ_ROLE_CLASS_TEACHER;
  grants[1].school_class = new_id();
  for (int i = 0; i < 2; ++i) {
    grants[i].id = new_id();
    grants[i].institution = institution;
    grants[i].person = person;
  }
  course.course = new_id();
  course.school_class = grants[1].school_class;
  CHECK_OK(
      ej_principal_person(&principal, &institution, &person, grants, 2, &child, 1, &course, 1));
  CHECK_OK(ej_principal_kind(&kind, principal));
  CHECK_INT(kind, EJ_PRINCIPAL_PERSON);
  ej_principal_free(principal);

  /* No facts at all: a person without roles. */
  CHECK_OK(ej_principal_person(&principal, &institution, &person, NULL, 0, NULL, 0, NULL, 0));
  ej_principal_free(principal);
  ej_principal_free(NULL);
}

static void test_refused_facts(void) {
  ej_principal* principal = STALE(ej_principal);
  int32_t kind = 0;
  const ej_uuid nil = {{0}};
  ej_uuid institution = new_id(), person = new_id();
  ej_role_grant grant = EJ_ROLE_GRANT_INIT;
  ej_taught_course course = EJ_TAUGHT_COURSE_INIT;

  grant.id = new_id();
  grant.institution = institution;
  grant.person = person;

  CHECK_ERROR(ej_principal_anonymous(NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_principal_system(NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_principal_kind(NULL, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_principal_kind(&kind, NULL), EJ_EINVALID, "'principal'");
  CHECK_ERROR(ej_principal_person(&principal, NULL, &person, NULL, 0, NULL, 0, NULL, 0),
              EJ_EINVALID, "'institution'");
  CHECK(principal == NULL);
  CHECK_ERROR(ej_principal_person(&principal, &institution, NULL, NULL, 0, NULL, 0, NULL, 0),
              EJ_EINVALID, "'person'");
  CHECK_ERROR(ej_principal_person(&principal, &nil, &person, NULL, 0, NULL, 0, NULL, 0),
              EJ_EINVALID, "institution id is nil");
  CHECK_ERROR(ej_principal_person(&principal, &institution, &nil, NULL, 0, NULL, 0, NULL, 0),
              EJ_EINVALID, "person id is nil");
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, -1, NULL, 0, NULL, 0),
              EJ_EINVALID, "'grant_count' is negative");
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 1, NULL, 0, NULL, 0),
              EJ_EINVALID, "'grants'");
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 0, NULL, 2, NULL, 0),
              EJ_EINVALID, "'children'");
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 0, NULL, 0, NULL, 3),
              EJ_EINVALID, "'courses'");

  grant.version = 0;
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, &grant, 1, NULL, 0, NULL, 0),
              EJ_EVERSION, "grants[0].version");
  grant.version = EJ_ROLE_GRANT_VERSION;
  grant.role = 99;
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, &grant, 1, NULL, 0, NULL, 0),
              EJ_EINVALID, "grants[0].role");
  grant.role = EJ_ROLE_TEACHER;
  grant.person = new_id();
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, &grant, 1, NULL, 0, NULL, 0),
              EJ_EINVALID, "belongs to person");
  grant.person = person;
  grant.institution = new_id();
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, &grant, 1, NULL, 0, NULL, 0),
              EJ_EINVALID, "belongs to institution");
  grant.institution = institution;
  grant.role = EJ_ROLE_CLASS_TEACHER;
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, &grant, 1, NULL, 0, NULL, 0),
              EJ_EINVALID, "names no class");
  grant.role = EJ_ROLE_TEACHER;
  grant.school_class = new_id();
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, &grant, 1, NULL, 0, NULL, 0),
              EJ_EINVALID, "names a class but is not a class teacher's");

  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 0, &nil, 1, NULL, 0),
              EJ_EINVALID, "children[0]");
  course.course = new_id();
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 0, NULL, 0, &course, 1),
              EJ_EINVALID, "courses[0].school_class");
  course.school_class = new_id();
  course.reserved = 1;
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 0, NULL, 0, &course, 1),
              EJ_EINVALID, "courses[0].reserved");
  course.reserved = 0;
  course.version = EJ_TAUGHT_COURSE_VERSION + 1;
  CHECK_ERROR(ej_principal_person(&principal, &institution, &person, NULL, 0, NULL, 0, &course, 1),
              EJ_EVERSION, "courses[0].version");
  CHECK(principal == NULL);
}

int main(void) {
  test_kinds();
  test_refused_facts();
  return check_finish("capi_principal");
}
