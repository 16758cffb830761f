/*
 * The demo's appendix: the grading engine on its own (ejournal/grading.h), with no store — the
 * suggested thematic and semester grades of a built-in class and its certificate averages.
 */
#ifndef EJOURNAL_DEMO_GRADING_STEPS_H
#define EJOURNAL_DEMO_GRADING_STEPS_H

/* Prints the appendix; exits the process on any failure. */
void run_grading_steps(void);

#endif
