/*
 * A tiny assertion harness for the C API tests (C99). Each CHECK prints file:line, what was
 * checked and the ej_error_last() details when it fails, and counts the failure; check_finish()
 * turns the count into the program's exit status.
 */
#ifndef EJ_TESTS_CAPI_CHECK_H
#define EJ_TESTS_CAPI_CHECK_H

#include <stdint.h>

#include "ejournal.h"

/* Records one check; returns `passed` so that a test can skip what depends on it. */
int check_true(int passed, const char* file, int line, const char* what);
int check_ok(int status, const char* file, int line, const char* call);
/* The status, ej_error_last()->code and a fragment of ej_error_last()->message. */
int check_error(int status, int expected, const char* fragment, const char* file, int line,
                const char* call);
int check_message(const char* fragment, const char* file, int line);
int check_int(int64_t actual, int64_t expected, const char* file, int line, const char* what);
int check_str(const char* actual, const char* expected, const char* file, int line,
              const char* what);
int check_rational(ej_rational actual, int64_t num, int64_t den, const char* file, int line,
                   const char* what);
int check_decimal(ej_decimal actual, int64_t units, int32_t scale, const char* file, int line,
                  const char* what);
/* A non-NULL pointer that is never dereferenced: an out handle is set to STALE(type) before a
 * call that must fail, and the test then checks that the call reset it to NULL. */
extern char check_stale;
#define STALE(type) ((type*)(void*)&check_stale)

/* Prints the summary; returns the exit status (0 only when every check passed). */
int check_finish(const char* program);

#define CHECK(cond) check_true((cond) != 0, __FILE__, __LINE__, #cond)
#define CHECK_OK(call) check_ok((call), __FILE__, __LINE__, #call)
#define CHECK_ERROR(call, expected, fragment) \
  check_error((call), (expected), (fragment), __FILE__, __LINE__, #call)
#define CHECK_MESSAGE(fragment) check_message((fragment), __FILE__, __LINE__)
#define CHECK_INT(actual, expected) \
  check_int((int64_t)(actual), (int64_t)(expected), __FILE__, __LINE__, #actual)
#define CHECK_STR(actual, expected) check_str((actual), (expected), __FILE__, __LINE__, #actual)
#define CHECK_RATIONAL(actual, num, den) \
  check_rational((actual), (num), (den), __FILE__, __LINE__, #actual)
#define CHECK_DECIMAL(actual, units, scale) \
  check_decimal((actual), (units), (scale), __FILE__, __LINE__, #actual)

#endif
