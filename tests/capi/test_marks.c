/* Special marks: ej_marks_*. */
#include <math.h>
#include <string.h>

#include "check.h"

static void check_mark(const ej_marks* marks, const char* spelling, const char* expected_code,
                       uint32_t expected_flags) {
  uint32_t flags = 0xffffffffu;
  const char* code = NULL;
  if (!CHECK_OK(ej_marks_lookup(&flags, &code, marks, spelling))) return;
  CHECK_STR(code, expected_code);
  CHECK_INT(flags, expected_flags);
}

static void test_ukrainian(void) {
  ej_marks* marks = NULL;
  int32_t count = -1;
  int32_t i;
  const char* code = NULL;
  const char* label = NULL;
  uint32_t flags = 0;
  int seen = 0;

  if (!CHECK_OK(ej_marks_ukrainian(&marks))) return;
  CHECK_OK(ej_marks_count(&count, marks));
  CHECK_INT(count, 5);
  check_mark(marks, "н", "н", EJ_MARK_ABSENCE);
  check_mark(marks, "н/а", "н/а", EJ_MARK_ATTESTATION);
  check_mark(marks, "зв.", "зв.", EJ_MARK_ATTESTATION);
  check_mark(marks, "зар.", "зар.", EJ_MARK_ATTESTATION | EJ_MARK_PASS);
  check_mark(marks, "не зар.", "не зар.", EJ_MARK_ATTESTATION | EJ_MARK_FAIL);
  /* Every official mark is listed once, none counts in averages. */
  for (i = 0; i < count; ++i) {
    if (!CHECK_OK(ej_marks_get(&code, &label, &flags, marks, i))) continue;
    CHECK(label != NULL && label[0] != '\0');
    CHECK_INT(flags & EJ_MARK_COUNTS_IN_AVERAGE, 0);
    if (strcmp(code, "н") == 0) seen |= 1;
    if (strcmp(code, "н/а") == 0) seen |= 2;
    if (strcmp(code, "зв.") == 0) seen |= 4;
    if (strcmp(code, "зар.") == 0) seen |= 8;
    if (strcmp(code, "не зар.") == 0) seen |= 16;
  }
  CHECK_INT(seen, 31);
  CHECK_ERROR(ej_marks_get(&code, &label, &flags, marks, 5), EJ_ERANGE, "index 5");
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_ARGUMENT);
  CHECK(code == NULL && label == NULL);
  CHECK_INT(flags, 0);
  CHECK_ERROR(ej_marks_get(&code, &label, &flags, marks, -1), EJ_ERANGE, "index -1");
  ej_marks_free(marks);
}

static void test_custom(void) {
  ej_marks* marks = NULL;
  int32_t count = -1;
  uint32_t flags = 7;
  const char* code = "stale";
  char long_code[1100];

  if (!CHECK_OK(ej_marks_new(&marks))) return;
  CHECK_OK(ej_marks_count(&count, marks));
  CHECK_INT(count, 0);
  CHECK_OK(ej_marks_add(marks, "хв", "хворів(ла)", EJ_MARK_ABSENCE, NAN));
  CHECK_OK(ej_marks_add(marks, "бонус", "додатковий бал",
                        EJ_MARK_COUNTS_IN_AVERAGE | EJ_MARK_HAS_AVERAGE_VALUE, 10.5));
  CHECK_OK(ej_marks_add(marks, "зар", "зараховано", EJ_MARK_PASS, 0));
  CHECK_OK(ej_marks_count(&count, marks));
  CHECK_INT(count, 3);
  check_mark(marks, "хв", "хв", EJ_MARK_ABSENCE);
  check_mark(marks, "бонус", "бонус", EJ_MARK_COUNTS_IN_AVERAGE | EJ_MARK_HAS_AVERAGE_VALUE);
  check_mark(marks, "зар", "зар", EJ_MARK_PASS);

  /* Aliases are other spellings of a mark; lookups answer with the canonical code. */
  CHECK_OK(ej_marks_add_alias(marks, "хв", "хв."));
  CHECK_OK(ej_marks_add_alias(marks, "хв", "хворів"));
  check_mark(marks, "хв.", "хв", EJ_MARK_ABSENCE);
  check_mark(marks, "хворів", "хв", EJ_MARK_ABSENCE);
  check_mark(marks, "бонус", "бонус", EJ_MARK_COUNTS_IN_AVERAGE | EJ_MARK_HAS_AVERAGE_VALUE);
  CHECK_OK(ej_marks_count(&count, marks));
  CHECK_INT(count, 3);
  CHECK_ERROR(ej_marks_add_alias(marks, "бонус", "хв."), EJ_EEXISTS, "'хв.'");
  check_mark(marks, "хв.", "хв", EJ_MARK_ABSENCE);
  CHECK_ERROR(ej_marks_add_alias(marks, "xyz", "x"), EJ_ENOTFOUND, "'xyz'");
  CHECK_ERROR(ej_marks_add_alias(NULL, "хв", "x"), EJ_EINVALID, "'marks'");
  CHECK_ERROR(ej_marks_add_alias(marks, NULL, "x"), EJ_EINVALID, "'code'");
  CHECK_ERROR(ej_marks_add_alias(marks, "хв", NULL), EJ_EINVALID, "'alias'");
  CHECK_ERROR(ej_marks_add_alias(marks, "хв", "\x80"), EJ_EINVALID, "'alias' is not valid UTF-8");

  /* Input is NFC-normalised: a decomposed й finds the composed code. */
  CHECK_OK(ej_marks_add(marks, "й", "приклад", 0, 0));
  check_mark(marks, "и\xcc\x86", "й", 0);

  CHECK_ERROR(ej_marks_add(marks, "хв", "ще раз", EJ_MARK_ABSENCE, 0), EJ_EEXISTS, "'хв'");
  CHECK_ERROR(ej_marks_add(marks, "хворів", "alias taken", 0, 0), EJ_EEXISTS, "'хворів'");
  CHECK_ERROR(ej_marks_add(marks, "x", "x", 64, 0), EJ_EINVALID, "'flags'");
  CHECK_MESSAGE("(64)");
  CHECK_ERROR(ej_marks_add(marks, "x", "x", EJ_MARK_PASS | EJ_MARK_FAIL, 0), EJ_EINVALID,
              "EJ_MARK_PASS and EJ_MARK_FAIL");
  CHECK_ERROR(ej_marks_add(marks, "x", "x", EJ_MARK_HAS_AVERAGE_VALUE, NAN), EJ_EINVALID,
              "'average_value'");
  CHECK_MESSAGE("nan");
  CHECK_ERROR(ej_marks_add(marks, "", "empty", 0, 0), EJ_EINVALID, "empty code");
  CHECK_ERROR(ej_marks_add(marks, "\xf5\x80\x80\x80", "x", 0, 0), EJ_EINVALID,
              "'code' is not valid UTF-8");
  memset(long_code, 'x', sizeof long_code - 1);
  long_code[sizeof long_code - 1] = '\0';
  CHECK_ERROR(ej_marks_add(marks, long_code, "x", 0, 0), EJ_EINVALID, "'code' is longer than");
  CHECK_ERROR(ej_marks_add(marks, "x", long_code, 0, 0), EJ_EINVALID, "'label' is longer than");
  CHECK_ERROR(ej_marks_add(marks, NULL, "x", 0, 0), EJ_EINVALID, "'code'");
  CHECK_ERROR(ej_marks_add(marks, "x", NULL, 0, 0), EJ_EINVALID, "'label'");
  CHECK_ERROR(ej_marks_add(NULL, "x", "x", 0, 0), EJ_EINVALID, "'marks'");
  /* Nothing failed halfway: still the four marks added above. */
  CHECK_OK(ej_marks_count(&count, marks));
  CHECK_INT(count, 4);

  CHECK_ERROR(ej_marks_lookup(&flags, &code, marks, "немає"), EJ_ENOTFOUND, "'немає'");
  CHECK_INT(flags, 0);
  CHECK(code == NULL);
  CHECK_OK(ej_marks_lookup(NULL, NULL, marks, "хв"));
  CHECK_ERROR(ej_marks_lookup(&flags, &code, NULL, "хв"), EJ_EINVALID, "'marks'");
  CHECK_ERROR(ej_marks_lookup(&flags, &code, marks, NULL), EJ_EINVALID, "'code_or_alias'");
  CHECK_ERROR(ej_marks_count(NULL, marks), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_marks_count(&count, NULL), EJ_EINVALID, "'marks'");
  CHECK_ERROR(ej_marks_get(NULL, &code, &flags, marks, 0), EJ_EINVALID, "'out_code'");
  CHECK_ERROR(ej_marks_get(&code, NULL, &flags, marks, 0), EJ_EINVALID, "'out_label'");
  CHECK_ERROR(ej_marks_get(&code, &code, NULL, marks, 0), EJ_EINVALID, "'out_flags'");
  CHECK_ERROR(ej_marks_get(&code, &code, &flags, NULL, 0), EJ_EINVALID, "'marks'");
  CHECK_ERROR(ej_marks_new(NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_marks_ukrainian(NULL), EJ_EINVALID, "'out'");
  ej_marks_free(marks);
  ej_marks_free(NULL);
}

int main(void) {
  test_ukrainian();
  test_custom();
  return check_finish("capi_marks");
}
