/*
 * A minimal C example: the mean of a pupil's grades with a special mark among them, then a bad
 * grade to show how a failure is reported. Build against the C ABI only (ejournal.h).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "ejournal.h"

/* Prints the failed call with the library's status text and message. */
static void report(const char* call, int status) {
  fprintf(stderr, "%s failed: %s: %s\n", call, ej_status_str(status), ej_error_last()->message);
}

int main(void) {
  int exit_code = EXIT_FAILURE;
  int status;
  ej_gradeset* grades = NULL;
  ej_aggregate_result* result = NULL;
  ej_aggregate_options options;
  ej_decimal rounded;
  ej_rational exact;
  char* rounded_text = NULL;

  /* Options always go through _init with the version the program was built against. */
  if ((status = ej_aggregate_options_init(&options, EJ_AGGREGATE_OPTIONS_VERSION)) != EJ_OK) {
    report("ej_aggregate_options_init", status);
    goto cleanup;
  }
  options.target_min = 1.0; /* 12-point grades in, a 12-point mean out */
  options.target_max = 12.0;

  /* 10, 11, н (absent: a mark that never counts), 12, 9 on the 12-point range [1, 12]. */
  if ((status = ej_gradeset_new(&grades)) != EJ_OK ||
      (status = ej_gradeset_add(grades, "урок 1", 10, 1, 12, 1)) != EJ_OK ||
      (status = ej_gradeset_add(grades, "урок 2", 11, 1, 12, 1)) != EJ_OK ||
      (status = ej_gradeset_add_mark(grades, "урок 3", "н", 1, 12, 1)) != EJ_OK ||
      (status = ej_gradeset_add(grades, "урок 4", 12, 1, 12, 1)) != EJ_OK ||
      (status = ej_gradeset_add(grades, "урок 5", 9, 1, 12, 1)) != EJ_OK) {
    report("building the grade set", status);
    goto cleanup;
  }
  if ((status = ej_aggregate(&result, grades, NULL, &options)) != EJ_OK ||
      (status = ej_aggregate_result_value(&rounded, &exact, result)) != EJ_OK ||
      (status = ej_decimal_format(&rounded_text, &rounded)) != EJ_OK) {
    report("ej_aggregate", status);
    goto cleanup;
  }
  printf("mean: %" PRId64 "/%" PRId64 " = %s\n", exact.num, exact.den, rounded_text);

  /* 13 is outside [1, 12]: ej_aggregate refuses the set and says which grade is wrong. */
  if ((status = ej_gradeset_add(grades, "урок 6", 13, 1, 12, 1)) != EJ_OK) {
    report("ej_gradeset_add", status);
    goto cleanup;
  }
  ej_aggregate_result_free(result);
  result = NULL;
  status = ej_aggregate(&result, grades, NULL, &options);
  if (status == EJ_OK) {
    fprintf(stderr, "ej_aggregate accepted a grade of 13 on [1, 12]\n");
    goto cleanup;
  }
  printf("refused: %s (%s)\n", ej_status_str(status), ej_error_last()->message);
  exit_code = EXIT_SUCCESS;

cleanup:
  /* Every free function accepts NULL, so one cleanup path serves every exit. */
  ej_free(rounded_text);
  ej_aggregate_result_free(result);
  ej_gradeset_free(grades);
  return exit_code;
}
