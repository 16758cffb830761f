/*
 * The demo's school week, Monday 2 – Friday 6 September 2024: the teachers record their lessons
 * with topics and homework, grades (the Friday test in pencil first, then published), attendance
 * and a comment (ejournal/journal.h, ejournal/attendance.h); a parent explains an absence; the
 * outbox goes to the demo's notifier, which prints the parent's notices.
 */
#ifndef EJOURNAL_DEMO_SCHOOL_WEEK_STEPS_H
#define EJOURNAL_DEMO_SCHOOL_WEEK_STEPS_H

#include "demo_school.h"

/* Records the week in the school set up by run_school_setup_steps(); exits the process on any
 * failure. */
void run_school_week_steps(demo_school* school);

#endif
