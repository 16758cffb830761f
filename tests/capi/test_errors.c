/* The error model shared by every function: status codes, the thread-local last error, the
 * firewall's mapping of core failures, *_free(NULL), and the version functions. */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static void test_status_strings(void) {
  static const struct {
    int code;
    const char* name;
  } statuses[] = {{EJ_OK, "EJ_OK"},
                  {EJ_ERROR, "EJ_ERROR"},
                  {EJ_EINVALID, "EJ_EINVALID"},
                  {EJ_ENOTFOUND, "EJ_ENOTFOUND"},
                  {EJ_EEXISTS, "EJ_EEXISTS"},
                  {EJ_ECONFLICT, "EJ_ECONFLICT"},
                  {EJ_EPERM, "EJ_EPERM"},
                  {EJ_EEXPIRED, "EJ_EEXPIRED"},
                  {EJ_ESTORAGE, "EJ_ESTORAGE"},
                  {EJ_ENOMEM, "EJ_ENOMEM"},
                  {EJ_EBUFS, "EJ_EBUFS"},
                  {EJ_EVERSION, "EJ_EVERSION"},
                  {EJ_EUNSUPPORTED, "EJ_EUNSUPPORTED"},
                  {EJ_EEMPTY, "EJ_EEMPTY"},
                  {EJ_ERANGE, "EJ_ERANGE"},
                  {EJ_EUSER, "EJ_EUSER"}};
  size_t i;
  for (i = 0; i < sizeof statuses / sizeof statuses[0]; ++i) {
    const char* text = ej_status_str(statuses[i].code);
    const size_t length = strlen(statuses[i].name);
    /* "EJ_EINVALID: …", and not merely a prefix of a longer name such as EJ_ERANGE. */
    if (CHECK(text != NULL))
      CHECK(strncmp(text, statuses[i].name, length) == 0 && text[length] == ':');
  }
  CHECK_STR(ej_status_str(12345), "unknown status");
  CHECK_STR(ej_status_str(-15), "unknown status");
}

static void test_last_error(void) {
  const ej_error* error = ej_error_last();
  ej_gradeset* set = NULL;
  ej_aggregate_result* result = NULL;
  int32_t count = 0;

  CHECK(error != NULL);
  ej_error_clear();
  error = ej_error_last();
  CHECK_INT(error->code, EJ_OK);
  CHECK_INT(error->klass, EJ_ERRCLASS_NONE);
  CHECK_STR(error->message, "");

  /* An argument failure: EJ_ERRCLASS_ARGUMENT and the parameter's name. */
  CHECK_ERROR(ej_gradeset_count(&count, NULL), EJ_EINVALID, "'set'");
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_ARGUMENT);
  /* The next successful call clears it. */
  if (!CHECK_OK(ej_gradeset_new(&set))) return;
  CHECK_INT(ej_error_last()->code, EJ_OK);
  CHECK_STR(ej_error_last()->message, "");

  /* A failure inside the core crosses as its status with the grading class. */
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EEMPTY, "no items");
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_GRADING);
  /* Frees do not touch the last error: cleanup may run before the caller reads it. */
  ej_gradeset_free(set);
  ej_aggregate_result_free(NULL);
  CHECK_INT(ej_error_last()->code, EJ_EEMPTY);
  ej_error_clear();
  CHECK_INT(ej_error_last()->code, EJ_OK);
}

struct thread_view {
  int code_on_entry;
  int code_after_failure;
  char message[256];
};

static void* other_thread(void* argument) {
  struct thread_view* view = argument;
  ej_scale* scale = NULL;
  view->code_on_entry = ej_error_last()->code;
  view->code_after_failure = ej_scale_builtin(&scale, 99);
  snprintf(view->message, sizeof view->message, "%s", ej_error_last()->message);
  return NULL;
}

static void test_error_is_per_thread(void) {
  struct thread_view view;
  pthread_t thread;
  int32_t count = 0;
  memset(&view, 0, sizeof view);
  CHECK_ERROR(ej_gradeset_count(NULL, NULL), EJ_EINVALID, "'out'");
  if (!CHECK_INT(pthread_create(&thread, NULL, other_thread, &view), 0)) return;
  CHECK_INT(pthread_join(thread, NULL), 0);
  CHECK_INT(view.code_on_entry, EJ_OK);
  CHECK_INT(view.code_after_failure, EJ_EINVALID);
  CHECK(strstr(view.message, "(99)") != NULL);
  /* This thread still sees its own failure. */
  CHECK_INT(ej_error_last()->code, EJ_EINVALID);
  CHECK_MESSAGE("'out'");
  CHECK_ERROR(ej_gradeset_count(&count, NULL), EJ_EINVALID, "'set'");
}

static void test_free_null(void) {
  /* Every deallocator takes NULL; the test fails by crashing if one does not. */
  ej_free(NULL);
  ej_thresholds_free(NULL);
  ej_scale_free(NULL);
  ej_marks_free(NULL);
  ej_gradeset_free(NULL);
  ej_aggregate_result_free(NULL);
  ej_suggestion_free(NULL);
  ej_certificate_free(NULL);
  ej_certificate_result_free(NULL);
  ej_bulk_result_free(NULL);
  CHECK(1);
}

static void test_strings_are_freed_with_ej_free(void) {
  ej_decimal value;
  char* first = NULL;
  char* second = NULL;
  value.units = 12345;
  value.scale = 3;
  value.reserved = 0;
  /* Each call hands out a new string that the caller owns. */
  if (CHECK_OK(ej_decimal_format(&first, &value)) && CHECK_OK(ej_decimal_format(&second, &value))) {
    CHECK(first != second);
    CHECK_STR(first, "12.345");
    first[0] = '9';
    CHECK_STR(second, "12.345");
  }
  ej_free(first);
  ej_free(second);
}

static void test_version(void) {
  int32_t major = -1;
  int32_t minor = -1;
  int32_t patch = -1;
  char expected[32];
  ej_version(&major, &minor, &patch);
  CHECK_INT(major, EJ_VERSION_MAJOR);
  CHECK_INT(minor, EJ_VERSION_MINOR);
  CHECK_INT(patch, EJ_VERSION_PATCH);
  ej_version(NULL, NULL, NULL);
  CHECK_INT(ej_version_number(), EJ_VERSION_NUMBER);
  CHECK_INT(ej_version_number(), major * 1000000 + minor * 1000 + patch);
  snprintf(expected, sizeof expected, "%d.%d.%d", (int)major, (int)minor, (int)patch);
  CHECK_STR(ej_version_string(), expected);
  CHECK_STR(ej_version_string(), EJ_VERSION_STRING);
}

int main(void) {
  test_status_strings();
  test_last_error();
  test_error_is_per_thread();
  test_free_null();
  test_strings_are_freed_with_ej_free();
  test_version();
  return check_finish("capi_errors");
}
