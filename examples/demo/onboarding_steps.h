/*
 * The four steps by which an institution joins (ua-school.md §0), through the C ABI on embedded
 * SQLite: the request, its review, the invitation e-mail, acceptance and sign-in.
 */
#ifndef EJOURNAL_DEMO_ONBOARDING_STEPS_H
#define EJOURNAL_DEMO_ONBOARDING_STEPS_H

#include "demo_school.h"

/* Runs the four steps and prints what each did; exits the process on any failure. Opens the
 * school's store and leaves in `school` the institution, its signed-in administrator and the
 * invitation of its first teacher. */
void run_onboarding_steps(demo_school* school);

#endif
