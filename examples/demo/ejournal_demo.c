/*
 * ejournal-demo — a school's first week, through the stable C ABI only, on embedded SQLite
 * (sqlite::memory:): the four steps by which a school joins (onboarding_steps.c), its setup by
 * the administrator (school_setup_steps.c), a school week of lessons, grades, attendance and
 * notices to a parent (school_week_steps.c), the parent's diary and the course's journal page
 * (reading_steps.c), a term report and the class's levels (report_steps.c); then, as an
 * appendix, the grading engine on its own (grading_steps.c).
 *
 * Every call's status is checked; on a failure the demo prints the library's message and exits
 * with a non-zero status. Every call gets a fixed time, so every run prints the same.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo_school.h"
#include "ejournal.h"
#include "grading_steps.h"
#include "onboarding_steps.h"
#include "reading_steps.h"
#include "report_steps.h"
#include "school_setup_steps.h"
#include "school_week_steps.h"

int main(void) {
  demo_school school;
  memset(&school, 0, sizeof school);
  printf("ejournal %s (заголовки %s) — демонстрація через C ABI\n\n", ej_version_string(),
         EJ_VERSION_STRING);
  run_onboarding_steps(&school);
  run_school_setup_steps(&school);
  run_school_week_steps(&school);
  run_reading_steps(&school);
  run_report_steps(&school);
  demo_school_free(&school);
  run_grading_steps();
  return EXIT_SUCCESS;
}
