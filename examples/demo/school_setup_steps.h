/*
 * The demo's first section after the onboarding: the administrator sets up a small school —
 * the academic year, class 5-А, its subjects, teachers and courses, the class list from CSV and
 * a parent — through the checked calls of ejournal/school_setup.h and ejournal/invitations.h.
 */
#ifndef EJOURNAL_DEMO_SCHOOL_SETUP_STEPS_H
#define EJOURNAL_DEMO_SCHOOL_SETUP_STEPS_H

#include "demo_school.h"

/* Sets up the school on Monday 2 September 2024 and fills in `school`'s ids; exits the process
 * on any failure. */
void run_school_setup_steps(demo_school* school);

#endif
