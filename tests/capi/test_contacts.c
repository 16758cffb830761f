/* E-mail addresses and Ukrainian phone numbers: ej_email_normalize, ej_phone_normalize. */
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* A 1 MB string of `fill`, which the library must refuse as over-long without reading it all. */
static char* huge_text(char fill) {
  const size_t size = 1024 * 1024;
  char* text = (char*)malloc(size + 1);
  if (text == NULL) return NULL;
  memset(text, fill, size);
  text[size] = '\0';
  return text;
}

static void check_email(const char* text, const char* expected) {
  char* out = NULL;
  if (!CHECK_OK(ej_email_normalize(&out, text))) return;
  CHECK_STR(out, expected);
  ej_free(out);
}

/* A failure leaves *out NULL, with the text error class. */
static void check_email_refused(const char* text, const char* fragment) {
  char* out = STALE(char);
  CHECK_ERROR(ej_email_normalize(&out, text), EJ_EINVALID, fragment);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_TEXT);
  CHECK(out == NULL);
}

static void check_phone(const char* text, const char* expected, int32_t expected_kind) {
  char* out = NULL;
  int32_t kind = -1;
  if (!CHECK_OK(ej_phone_normalize(&out, &kind, text))) return;
  CHECK_STR(out, expected);
  CHECK_INT(kind, expected_kind);
  ej_free(out);
}

static void check_phone_refused(const char* text, const char* fragment) {
  char* out = STALE(char);
  int32_t kind = -1;
  CHECK_ERROR(ej_phone_normalize(&out, &kind, text), EJ_EINVALID, fragment);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_TEXT);
  CHECK(out == NULL);
  CHECK_INT(kind, EJ_PHONE_UNKNOWN);
}

static void test_email(void) {
  char* out = STALE(char);
  char* huge = huge_text('a');
  check_email(" Ivan.Petrenko@School.Example.UA ", "Ivan.Petrenko@school.example.ua");
  check_email("director@школа.укр", "director@xn--80atdl2c.xn--j1amh");
  check_email_refused("", "is empty");
  check_email_refused("ivan.example.com", "'ivan.example.com' has no '@'");
  check_email_refused("iv..an@example.com", "two dots in a row");
  check_email_refused("ivan@localhost", "one-label domain");
  check_email_refused("ivan@10.0.0.1", "all-numeric top-level domain");
  check_email_refused("x'; DROP TABLE users;--@example.com", "the character ';'");
  check_email_refused("ivan@exa\x01mple.com", "\\x01");

  CHECK_ERROR(ej_email_normalize(&out, NULL), EJ_EINVALID, "'text'");
  CHECK(out == NULL);
  CHECK_ERROR(ej_email_normalize(NULL, "a@b.ua"), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_email_normalize(&out, "ivan@exa\xff.com"), EJ_EINVALID, "UTF-8");
  if (CHECK(huge != NULL)) {
    CHECK_ERROR(ej_email_normalize(&out, huge), EJ_EINVALID, "'text'");
    CHECK(out == NULL);
  }
  free(huge);
}

static void test_phone(void) {
  char* out = STALE(char);
  char* huge = huge_text('1');
  check_phone("+380 67 123 45 67", "+380671234567", EJ_PHONE_MOBILE);
  check_phone("(067) 123-45-67", "+380671234567", EJ_PHONE_MOBILE);
  check_phone("8 067 123 45 67", "+380671234567", EJ_PHONE_MOBILE);
  check_phone("+38 (044) 123 45 67", "+380441234567", EJ_PHONE_FIXED);
  check_phone("0800123456", "+380800123456", EJ_PHONE_UNKNOWN);
  check_phone_refused("+48 123 456 789", "'+48 123 456 789' is not Ukrainian");
  check_phone_refused("067123456", "has 8 digits");
  check_phone_refused("067 ABC 45 67", "the character 'A'");
  check_phone_refused("0671234567; DROP TABLE", "the character ';'");
  check_phone_refused("", "has no digits");

  /* The kind is optional. */
  if (CHECK_OK(ej_phone_normalize(&out, NULL, "0501234567"))) {
    CHECK_STR(out, "+380501234567");
    ej_free(out);
  }
  CHECK_ERROR(ej_phone_normalize(NULL, NULL, "0501234567"), EJ_EINVALID, "'out_e164'");
  out = STALE(char);
  CHECK_ERROR(ej_phone_normalize(&out, NULL, NULL), EJ_EINVALID, "'text'");
  CHECK(out == NULL);
  CHECK_ERROR(ej_phone_normalize(&out, NULL, "067\xc0"), EJ_EINVALID, "UTF-8");
  if (CHECK(huge != NULL)) {
    CHECK_ERROR(ej_phone_normalize(&out, NULL, huge), EJ_EINVALID, "'text'");
    CHECK(out == NULL);
  }
  free(huge);
}

int main(void) {
  test_email();
  test_phone();
  return check_finish("capi_contacts");
}
