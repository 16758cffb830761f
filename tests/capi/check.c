#include "check.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

char check_stale;

static int checks_run;
static int checks_failed;

/* Prints the failure with the library's last error, which usually says why. */
static int fail(const char* file, int line, const char* what, const char* detail) {
  const ej_error* error = ej_error_last();
  ++checks_failed;
  fprintf(stderr, "%s:%d: CHECK failed: %s\n  %s\n  last error: %s [class %d] %s\n", file, line,
          what, detail, ej_status_str(error->code), (int)error->klass, error->message);
  return 0;
}

int check_true(int passed, const char* file, int line, const char* what) {
  ++checks_run;
  return passed ? 1 : fail(file, line, what, "is false");
}

int check_ok(int status, const char* file, int line, const char* call) {
  char detail[128];
  ++checks_run;
  if (status == EJ_OK) return 1;
  snprintf(detail, sizeof detail, "returned %s, expected EJ_OK", ej_status_str(status));
  return fail(file, line, call, detail);
}

int check_error(int status, int expected, const char* fragment, const char* file, int line,
                const char* call) {
  const ej_error* error = ej_error_last();
  char detail[512];
  ++checks_run;
  if (status == expected && error->code == expected && strstr(error->message, fragment) != NULL) {
    return 1;
  }
  snprintf(detail, sizeof detail,
           "returned %s (last error code %d), expected %s with a message containing \"%s\"",
           ej_status_str(status), (int)error->code, ej_status_str(expected), fragment);
  return fail(file, line, call, detail);
}

int check_message(const char* fragment, const char* file, int line) {
  char detail[512];
  ++checks_run;
  if (strstr(ej_error_last()->message, fragment) != NULL) return 1;
  snprintf(detail, sizeof detail, "the last error message does not contain \"%s\"", fragment);
  return fail(file, line, "CHECK_MESSAGE", detail);
}

int check_int(int64_t actual, int64_t expected, const char* file, int line, const char* what) {
  char detail[128];
  ++checks_run;
  if (actual == expected) return 1;
  snprintf(detail, sizeof detail, "is %" PRId64 ", expected %" PRId64, actual, expected);
  return fail(file, line, what, detail);
}

int check_str(const char* actual, const char* expected, const char* file, int line,
              const char* what) {
  char detail[512];
  ++checks_run;
  if (actual != NULL && strcmp(actual, expected) == 0) return 1;
  snprintf(detail, sizeof detail, "is \"%s\", expected \"%s\"", actual ? actual : "(NULL)",
           expected);
  return fail(file, line, what, detail);
}

int check_rational(ej_rational actual, int64_t num, int64_t den, const char* file, int line,
                   const char* what) {
  char detail[160];
  ++checks_run;
  if (actual.num == num && actual.den == den) return 1;
  snprintf(detail, sizeof detail, "is %" PRId64 "/%" PRId64 ", expected %" PRId64 "/%" PRId64,
           actual.num, actual.den, num, den);
  return fail(file, line, what, detail);
}

int check_decimal(ej_decimal actual, int64_t units, int32_t scale, const char* file, int line,
                  const char* what) {
  char detail[160];
  ++checks_run;
  if (actual.units == units && actual.scale == scale && actual.reserved == 0) return 1;
  snprintf(detail, sizeof detail,
           "is {%" PRId64 ", %d, reserved %d}, expected {%" PRId64 ", %d, reserved 0}",
           actual.units, (int)actual.scale, (int)actual.reserved, units, (int)scale);
  return fail(file, line, what, detail);
}

int check_finish(const char* program) {
  printf("%s: %d checks, %d failed\n", program, checks_run, checks_failed);
  return checks_failed == 0 && checks_run > 0 ? 0 : 1;
}
