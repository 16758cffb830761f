/*
 * The demo's reading sections after the school week: the parent's diary of the week
 * (ejournal/diary.h) and the mathematics course's journal page for the term
 * (ejournal/journal_page.h), each as a text table.
 */
#ifndef EJOURNAL_DEMO_READING_STEPS_H
#define EJOURNAL_DEMO_READING_STEPS_H

#include "demo_school.h"

/* Prints the diary and the journal page of the week run_school_week_steps() recorded; exits
 * the process on any failure. */
void run_reading_steps(const demo_school* school);

#endif
