/*
 * The four steps by which an institution joins (ua-school.md §0), through the C ABI on embedded
 * SQLite: the request, its review, the invitation e-mail, acceptance and sign-in.
 */
#ifndef EJOURNAL_DEMO_ONBOARDING_STEPS_H
#define EJOURNAL_DEMO_ONBOARDING_STEPS_H

/* Runs the four steps and prints what each did; exits the process on any failure. */
void run_onboarding_steps(void);

#endif
