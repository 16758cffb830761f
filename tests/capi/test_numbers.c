/* Exact numbers: ej_round, ej_rational_parse, ej_rational_from_double, ej_decimal_format. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "check.h"

static ej_decimal round_rational(int64_t num, int64_t den, int32_t mode, int32_t decimals) {
  ej_decimal out;
  ej_rational value;
  value.num = num;
  value.den = den;
  CHECK_OK(ej_round(&out, &value, mode, decimals));
  return out;
}

static void test_round_worked_examples(void) {
  ej_rational typed;
  ej_decimal rounded;
  /* 93.825 is exactly 93825/1000 as typed, so half-up gives 93.83 (a double would give 93.82). */
  CHECK_OK(ej_rational_from_double(&typed, 93.825));
  CHECK_RATIONAL(typed, 3753, 40);
  CHECK_OK(ej_round(&rounded, &typed, EJ_ROUND_HALF_UP, 2));
  CHECK_DECIMAL(rounded, 9383, 2);
  /* The certificate average 193/20 = 9.65 → 9.7. */
  CHECK_DECIMAL(round_rational(193, 20, EJ_ROUND_HALF_UP, 1), 97, 1);
  /* ua-school.md §1.9: 127/15 → 8.5, 191/20 → 9.6, 201/22 → 9.1. */
  CHECK_DECIMAL(round_rational(127, 15, EJ_ROUND_HALF_UP, 1), 85, 1);
  CHECK_DECIMAL(round_rational(191, 20, EJ_ROUND_HALF_UP, 1), 96, 1);
  CHECK_DECIMAL(round_rational(201, 22, EJ_ROUND_HALF_UP, 1), 91, 1);
  /* 10.5 → 11 half-up, 10 half-even; 11.5 → 12 half-even. */
  CHECK_DECIMAL(round_rational(21, 2, EJ_ROUND_HALF_UP, 0), 11, 0);
  CHECK_DECIMAL(round_rational(21, 2, EJ_ROUND_HALF_EVEN, 0), 10, 0);
  CHECK_DECIMAL(round_rational(23, 2, EJ_ROUND_HALF_EVEN, 0), 12, 0);
  /* Ties away from zero; floor and ceiling toward −∞ and +∞. */
  CHECK_DECIMAL(round_rational(-5, 2, EJ_ROUND_HALF_UP, 0), -3, 0);
  CHECK_DECIMAL(round_rational(-5, 2, EJ_ROUND_FLOOR, 0), -3, 0);
  CHECK_DECIMAL(round_rational(-5, 2, EJ_ROUND_CEILING, 0), -2, 0);
  CHECK_DECIMAL(round_rational(29, 3, EJ_ROUND_FLOOR, 2), 966, 2);
  CHECK_DECIMAL(round_rational(29, 3, EJ_ROUND_CEILING, 2), 967, 2);
  /* An unreduced input is accepted. */
  CHECK_DECIMAL(round_rational(386, 40, EJ_ROUND_HALF_UP, 1), 97, 1);
}

static void test_round_bad_input(void) {
  ej_decimal out;
  ej_rational value;
  value.num = 1;
  value.den = 3;
  CHECK_ERROR(ej_round(NULL, &value, EJ_ROUND_HALF_UP, 2), EJ_EINVALID, "'out'");
  out.units = 99;
  out.scale = 99;
  CHECK_ERROR(ej_round(&out, NULL, EJ_ROUND_HALF_UP, 2), EJ_EINVALID, "'value'");
  CHECK_DECIMAL(out, 0, 0);
  CHECK_ERROR(ej_round(&out, &value, 0, 2), EJ_EINVALID, "'mode'");
  CHECK_MESSAGE("(0)");
  CHECK_ERROR(ej_round(&out, &value, 5, 2), EJ_EINVALID, "(5)");
  CHECK_ERROR(ej_round(&out, &value, EJ_ROUND_HALF_UP, -1), EJ_EINVALID, "'decimals'");
  CHECK_MESSAGE("(-1)");
  CHECK_ERROR(ej_round(&out, &value, EJ_ROUND_HALF_UP, 19), EJ_EINVALID, "(19)");
  value.den = 0;
  CHECK_ERROR(ej_round(&out, &value, EJ_ROUND_HALF_UP, 2), EJ_EINVALID, "1/0");
  value.den = -3;
  CHECK_ERROR(ej_round(&out, &value, EJ_ROUND_HALF_UP, 2), EJ_EINVALID, "1/-3");
  /* 10^18 with 18 decimals needs 10^36 units. */
  value.num = 1000000000000000000;
  value.den = 1;
  CHECK_ERROR(ej_round(&out, &value, EJ_ROUND_HALF_UP, 18), EJ_ERANGE, "18 decimals");
  CHECK_DECIMAL(out, 0, 0);
}

static void test_parse(void) {
  ej_rational out;
  char too_long[2048];
  CHECK_OK(ej_rational_parse(&out, "-12.375"));
  CHECK_RATIONAL(out, -99, 8);
  CHECK_OK(ej_rational_parse(&out, "7"));
  CHECK_RATIONAL(out, 7, 1);
  CHECK_OK(ej_rational_parse(&out, "0.5"));
  CHECK_RATIONAL(out, 1, 2);
  CHECK_OK(ej_rational_parse(&out, "9223372036854775807"));
  CHECK_RATIONAL(out, INT64_MAX, 1);

  CHECK_ERROR(ej_rational_parse(NULL, "7"), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_rational_parse(&out, NULL), EJ_EINVALID, "'text'");
  CHECK_ERROR(ej_rational_parse(&out, "1e5"), EJ_EINVALID, "1e5");
  CHECK_RATIONAL(out, 0, 0);
  CHECK_ERROR(ej_rational_parse(&out, " 7"), EJ_EINVALID, " 7");
  CHECK_ERROR(ej_rational_parse(&out, "12,5"), EJ_EINVALID, "12,5");
  CHECK_ERROR(ej_rational_parse(&out, ""), EJ_EINVALID, "''");
  CHECK_ERROR(ej_rational_parse(&out, "7\xff"), EJ_EINVALID, "not valid UTF-8");
  CHECK_MESSAGE("'text'");
  memset(too_long, '1', sizeof too_long - 1);
  too_long[sizeof too_long - 1] = '\0';
  CHECK_ERROR(ej_rational_parse(&out, too_long), EJ_EINVALID, "'text'");
  CHECK_ERROR(ej_rational_parse(&out, "9223372036854775808"), EJ_ERANGE,
              "the number 9223372036854775808 does not fit");
  /* The result, not the argument, is out of range. */
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_GRADING);
  CHECK_RATIONAL(out, 0, 0);
}

static void test_from_double(void) {
  ej_rational out;
  CHECK_OK(ej_rational_from_double(&out, 0.1));
  CHECK_RATIONAL(out, 1, 10);
  CHECK_OK(ej_rational_from_double(&out, -2.5));
  CHECK_RATIONAL(out, -5, 2);
  CHECK_OK(ej_rational_from_double(&out, 0.0));
  CHECK_RATIONAL(out, 0, 1);

  CHECK_ERROR(ej_rational_from_double(NULL, 1.0), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_rational_from_double(&out, NAN), EJ_EINVALID, "'value'");
  CHECK_MESSAGE("nan");
  CHECK_RATIONAL(out, 0, 0);
  CHECK_ERROR(ej_rational_from_double(&out, INFINITY), EJ_EINVALID, "(inf)");
  CHECK_ERROR(ej_rational_from_double(&out, -INFINITY), EJ_EINVALID, "(-inf)");
  /* 1e300 is exact but far beyond int64. */
  CHECK_ERROR(ej_rational_from_double(&out, 1e300), EJ_ERANGE, "1e+300");
  CHECK_RATIONAL(out, 0, 0);
}

static void test_decimal_format(void) {
  ej_decimal value;
  char* text = NULL;
  value.reserved = 0;
  value.units = 970;
  value.scale = 2;
  if (CHECK_OK(ej_decimal_format(&text, &value))) CHECK_STR(text, "9.70");
  ej_free(text);
  value.units = -5;
  value.scale = 1;
  if (CHECK_OK(ej_decimal_format(&text, &value))) CHECK_STR(text, "-0.5");
  ej_free(text);
  value.units = 7;
  value.scale = 0;
  if (CHECK_OK(ej_decimal_format(&text, &value))) CHECK_STR(text, "7");
  ej_free(text);

  CHECK_ERROR(ej_decimal_format(NULL, &value), EJ_EINVALID, "'out'");
  text = STALE(char);
  CHECK_ERROR(ej_decimal_format(&text, NULL), EJ_EINVALID, "'value'");
  CHECK(text == NULL);
  value.scale = 19;
  CHECK_ERROR(ej_decimal_format(&text, &value), EJ_EINVALID, "'value->scale'");
  CHECK_MESSAGE("(19)");
  value.scale = -1;
  CHECK_ERROR(ej_decimal_format(&text, &value), EJ_EINVALID, "(-1)");
  CHECK(text == NULL);
}

int main(void) {
  test_round_worked_examples();
  test_round_bad_input();
  test_parse();
  test_from_double();
  test_decimal_format();
  return check_finish("capi_numbers");
}
