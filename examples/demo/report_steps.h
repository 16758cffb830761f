/*
 * The demo's last section about 5-А: a student's term report with the suggested thematic and
 * semester grades and their basis, and the class's grades by level (ejournal/reports.h) — counts
 * only, never a ranking of named students.
 */
#ifndef EJOURNAL_DEMO_REPORT_STEPS_H
#define EJOURNAL_DEMO_REPORT_STEPS_H

#include "demo_school.h"

/* Prints the reports of the week run_school_week_steps() recorded; exits the process on any
 * failure. */
void run_report_steps(const demo_school* school);

#endif
