/*
 * A small school in a store, for the C tests of ejournal/store*.h: one institution with a
 * teacher, STORE_FIXTURE_STUDENTS students enrolled in class 5-А of the 2024/2025 year, one
 * subject and its course, and STORE_FIXTURE_LESSONS lessons of that course.
 */
#ifndef EJ_TESTS_CAPI_STORE_FIXTURE_H
#define EJ_TESTS_CAPI_STORE_FIXTURE_H

#include "ejournal.h"

#define STORE_FIXTURE_STUDENTS 6
/* The КАТОТТГ code of Kyiv (in UA-30), the hromada of every fixture school. */
#define STORE_FIXTURE_HROMADA "UA80000000000093317"
#define STORE_FIXTURE_LESSONS 10

typedef struct school {
  ej_store* store;
  ej_uuid institution;
  char edrpou[9]; /* random and valid, also its ДІСО id: runs sharing a database never collide */
  ej_uuid teacher;
  ej_uuid students[STORE_FIXTURE_STUDENTS];
  ej_uuid year;
  ej_uuid school_class;
  ej_uuid subject;
  ej_uuid course;
  ej_uuid lessons[STORE_FIXTURE_LESSONS];
  ej_date lesson_dates[STORE_FIXTURE_LESSONS];
} school;

/* The surnames of the students, in the order they are created (not alphabetical). */
extern const char* const store_fixture_surnames[STORE_FIXTURE_STUDENTS];

/* Writes a random valid ЄДРПОУ (8 digits and a NUL) to `out`. */
void store_fixture_random_edrpou(char out[9]);

/* The store URIs to test: "memory:", "sqlite::memory:" and, when the environment has
 * EJ_PG_CONN, that PostgreSQL database (else it says that it skips it). NULL-terminated. */
const char* const* store_fixture_uris(void);

/* Opens `uri` and fills `s` with a school named `name`; returns 1 on success, 0 (after failed
 * CHECKs) otherwise. */
int store_fixture_open(school* s, const char* uri, const char* name);

/* Adds another school named `name` to `store`. */
int store_fixture_add(school* s, ej_store* store, const char* name);

/* Two ids are the same. */
int store_fixture_same_id(const ej_uuid* a, const ej_uuid* b);

#endif
