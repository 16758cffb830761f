/*
 * What the C tests of the diary and the journal pages share: a store fixture school with a
 * published and a draft grade, a thematic grade and an absence of its first student
 * (Яковенко), and principals made from facts in memory (the services take them as given).
 */
#ifndef EJ_TESTS_CAPI_JOURNAL_READING_FIXTURE_H
#define EJ_TESTS_CAPI_JOURNAL_READING_FIXTURE_H

#include "ejournal.h"
#include "store_fixture.h"

/* Writes the grades and the absence into `s`; returns 1 on success. */
int journal_reading_fixture_write(school* s);

/* A principal of `person` in `s` holding `role` (class teachers of the school's class; teachers
 * teaching its course; parents of `child` when not NULL); NULL after a failed CHECK. */
ej_principal* journal_reading_fixture_principal(const school* s, const ej_uuid* person,
                                                int32_t role, const ej_uuid* child);

#endif
