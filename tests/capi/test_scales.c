/* Threshold tables and grading scales: ej_thresholds_* and ej_scale_*. */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "check.h"

static ej_rational whole(int64_t value) {
  ej_rational r;
  r.num = value;
  r.den = 1;
  return r;
}

static ej_rational fraction(int64_t num, int64_t den) {
  ej_rational r;
  r.num = num;
  r.den = den;
  return r;
}

/* Looks `value` up and checks the row's code, and its target value: `expected_value` > 0 is the
 * value, 0 means the row has none, < 0 leaves it unchecked. */
static void check_row(const ej_thresholds* table, ej_rational value, const char* expected_code,
                      int64_t expected_value) {
  const char* code = NULL;
  const char* name = NULL;
  ej_rational target;
  int32_t has_value = -1;
  if (!CHECK_OK(ej_thresholds_lookup(&code, &name, &target, &has_value, table, &value))) return;
  CHECK_STR(code, expected_code);
  CHECK(name != NULL);
  if (expected_value > 0) {
    CHECK_INT(has_value, 1);
    CHECK_RATIONAL(target, expected_value, 1);
  } else if (expected_value == 0) {
    CHECK_INT(has_value, 0);
    CHECK_RATIONAL(target, 0, 0);
  }
}

static void test_builtin_thresholds(void) {
  ej_thresholds* table = NULL;
  const char* code = NULL;
  const char* name = NULL;
  ej_rational value = whole(11);

  if (CHECK_OK(ej_thresholds_builtin(&table, EJ_THRESHOLDS_UKRAINIAN_12_LEVELS))) {
    /* Any out pointer may be NULL. */
    CHECK_OK(ej_thresholds_lookup(&code, &name, NULL, NULL, table, &value));
    CHECK_STR(code, "IV");
    CHECK_STR(name, "Високий");
    value = whole(3);
    CHECK_OK(ej_thresholds_lookup(&code, NULL, NULL, NULL, table, &value));
    CHECK_STR(code, "I");
    value = whole(13);
    CHECK_ERROR(ej_thresholds_lookup(&code, &name, NULL, NULL, table, &value), EJ_ERANGE,
                "value 13");
    CHECK(code == NULL && name == NULL);
    value = whole(0);
    CHECK_ERROR(ej_thresholds_lookup(&code, NULL, NULL, NULL, table, &value), EJ_ERANGE, "value 0");
    ej_thresholds_free(table);
  }
  if (CHECK_OK(ej_thresholds_builtin(&table, EJ_THRESHOLDS_HUNDRED_TO_ECTS))) {
    check_row(table, whole(93), "A", -1);
    check_row(table, whole(89), "B", -1);
    check_row(table, fraction(149, 2), "C", -1);
    check_row(table, whole(64), "D", -1);
    check_row(table, whole(60), "E", -1);
    check_row(table, whole(35), "FX", -1);
    check_row(table, whole(34), "F", -1);
    ej_thresholds_free(table);
  }
  if (CHECK_OK(ej_thresholds_builtin(&table, EJ_THRESHOLDS_UKRAINIAN_12_TO_FIVE))) {
    check_row(table, whole(12), "5", 5);
    check_row(table, whole(8), "4", 4);
    check_row(table, whole(4), "3", 3);
    check_row(table, whole(1), "2", 2);
    ej_thresholds_free(table);
  }
  if (CHECK_OK(ej_thresholds_builtin(&table, EJ_THRESHOLDS_HUNDRED_TO_FIVE))) {
    check_row(table, whole(90), "5", 5);
    check_row(table, whole(89), "4", 4);
    check_row(table, whole(60), "3", 3);
    check_row(table, whole(59), "2", 2);
    ej_thresholds_free(table);
  }
  if (CHECK_OK(ej_thresholds_builtin(&table, EJ_THRESHOLDS_FIVE_TO_UKRAINIAN_12))) {
    check_row(table, whole(3), "6", 6);
    check_row(table, whole(4), "9", 9);
    check_row(table, whole(5), "12", 12);
    value = whole(2);
    CHECK_ERROR(ej_thresholds_lookup(NULL, NULL, NULL, NULL, table, &value), EJ_ERANGE, "value 2");
    ej_thresholds_free(table);
  }

  table = STALE(ej_thresholds);
  CHECK_ERROR(ej_thresholds_builtin(&table, 0), EJ_EINVALID, "'which'");
  CHECK(table == NULL);
  CHECK_ERROR(ej_thresholds_builtin(&table, 6), EJ_EINVALID, "(6)");
  CHECK_ERROR(ej_thresholds_builtin(NULL, EJ_THRESHOLDS_HUNDRED_TO_ECTS), EJ_EINVALID, "'out'");
  value = whole(5);
  CHECK_ERROR(ej_thresholds_lookup(&code, NULL, NULL, NULL, NULL, &value), EJ_EINVALID, "'table'");
  ej_thresholds_free(NULL);
}

static void test_custom_thresholds(void) {
  ej_thresholds* table = NULL;
  const double bounds[] = {8, 5, 0};
  const char* codes[] = {"відмінно", "добре", "слабко"};
  const char* names[] = {"вище 8", "5–8", "нижче 5"};
  const double values[] = {3, 2, 1};
  double bad_bounds[] = {8, 5, 0};
  const char* bad_codes[] = {"відмінно", "добре", "слабко"};
  const char* bad_names[] = {"вище 8", "5–8", "нижче 5"};
  char long_name[1100];
  ej_rational value = fraction(15, 2);

  if (CHECK_OK(ej_thresholds_new(&table, "Проєкт", 0, 10, 3, bounds, codes, names, NULL))) {
    check_row(table, value, "добре", 0);
    check_row(table, whole(10), "відмінно", 0);
    check_row(table, whole(0), "слабко", 0);
    ej_thresholds_free(table);
  }
  if (CHECK_OK(ej_thresholds_new(&table, "Проєкт", 0, 10, 3, bounds, codes, names, values))) {
    check_row(table, value, "добре", 2);
    ej_thresholds_free(table);
  }

  CHECK_ERROR(ej_thresholds_new(NULL, "t", 0, 10, 3, bounds, codes, names, NULL), EJ_EINVALID,
              "'out'");
  table = STALE(ej_thresholds);
  CHECK_ERROR(ej_thresholds_new(&table, NULL, 0, 10, 3, bounds, codes, names, NULL), EJ_EINVALID,
              "'name'");
  CHECK(table == NULL);
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 0, bounds, codes, names, NULL), EJ_EINVALID,
              "'count'");
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, -1, bounds, codes, names, NULL), EJ_EINVALID,
              "(-1)");
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, NULL, codes, names, NULL), EJ_EINVALID,
              "'lower_bounds'");
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, NULL, names, NULL), EJ_EINVALID,
              "'codes'");
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, codes, NULL, NULL), EJ_EINVALID,
              "'names'");
  CHECK_ERROR(ej_thresholds_new(&table, "t", NAN, 10, 3, bounds, codes, names, NULL), EJ_EINVALID,
              "'min'");
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, INFINITY, 3, bounds, codes, names, NULL),
              EJ_EINVALID, "'max'");
  CHECK_MESSAGE("inf");
  CHECK_ERROR(ej_thresholds_new(&table, "t", 10, 0, 3, bounds, codes, names, NULL), EJ_EINVALID,
              "minimum 10");
  bad_bounds[1] = NAN;
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bad_bounds, codes, names, NULL), EJ_EINVALID,
              "'lower_bounds[1]'");
  bad_bounds[1] = 11;
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bad_bounds, codes, names, NULL), EJ_EINVALID,
              "bound 11");
  bad_bounds[1] = 8;
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bad_bounds, codes, names, NULL), EJ_EINVALID,
              "bound 8");
  bad_codes[2] = "";
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, bad_codes, names, NULL), EJ_EINVALID,
              "row 2");
  CHECK_MESSAGE("empty code");
  bad_codes[2] = NULL;
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, bad_codes, names, NULL), EJ_EINVALID,
              "'codes[2]'");
  bad_codes[1] = "\xc0\xaf"; /* an overlong '/' */
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, bad_codes, names, NULL), EJ_EINVALID,
              "'codes[1]' is not valid UTF-8");
  memset(long_name, 'x', sizeof long_name - 1);
  long_name[sizeof long_name - 1] = '\0';
  bad_names[0] = long_name;
  CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, codes, bad_names, NULL), EJ_EINVALID,
              "'names[0]' is longer than 1024 bytes");
  {
    const double bad_values[] = {3, INFINITY, 1};
    CHECK_ERROR(ej_thresholds_new(&table, "t", 0, 10, 3, bounds, codes, names, bad_values),
                EJ_EINVALID, "'values[1]'");
  }
  CHECK(table == NULL);
}

static void check_info(const ej_scale* scale, int32_t kind, ej_rational min, ej_rational max,
                       int32_t symbols) {
  int32_t actual_kind = 0;
  int32_t actual_symbols = -1;
  const char* name = NULL;
  ej_rational actual_min;
  ej_rational actual_max;
  if (!CHECK_OK(
          ej_scale_info(&actual_kind, &name, &actual_min, &actual_max, &actual_symbols, scale))) {
    return;
  }
  CHECK_INT(actual_kind, kind);
  CHECK(name != NULL && name[0] != '\0');
  CHECK_RATIONAL(actual_min, min.num, min.den);
  CHECK_RATIONAL(actual_max, max.num, max.den);
  CHECK_INT(actual_symbols, symbols);
}

static void test_builtin_scales(void) {
  ej_scale* scale = NULL;
  const char* code = NULL;
  const char* label = NULL;
  ej_rational value;
  int32_t contained = -1;

  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_UKRAINIAN_12))) {
    check_info(scale, EJ_SCALE_KIND_NUMERIC, whole(1), whole(12), 0);
    CHECK_OK(ej_scale_parse(&value, scale, "10"));
    CHECK_RATIONAL(value, 10, 1);
    CHECK_ERROR(ej_scale_parse(&value, scale, "13"), EJ_EINVALID, "'13'");
    CHECK_RATIONAL(value, 0, 0);
    CHECK_ERROR(ej_scale_parse(&value, scale, "10.5"), EJ_EINVALID, "'10.5'");
    CHECK_ERROR(ej_scale_parse(&value, scale, "\xe2\x82"), EJ_EINVALID, "'text'");
    value = whole(12);
    CHECK_OK(ej_scale_contains(&contained, scale, &value));
    CHECK_INT(contained, 1);
    value = whole(13);
    CHECK_OK(ej_scale_contains(&contained, scale, &value));
    CHECK_INT(contained, 0);
    value = fraction(21, 2);
    CHECK_OK(ej_scale_contains(&contained, scale, &value));
    CHECK_INT(contained, 0);
    value = whole(11);
    CHECK_OK(ej_scale_level(&code, &label, scale, &value));
    CHECK_STR(code, "IV");
    CHECK_STR(label, "Високий");
    value = whole(7);
    CHECK_OK(ej_scale_level(&code, &label, scale, &value));
    CHECK_STR(code, "III");
    CHECK_STR(label, "Достатній");
    value = whole(13);
    CHECK_ERROR(ej_scale_level(&code, &label, scale, &value), EJ_ERANGE, "value 13");
    CHECK(code == NULL && label == NULL);
    CHECK_ERROR(ej_scale_symbol(&code, &label, &value, scale, 0), EJ_ERANGE, "index 0");
    ej_scale_free(scale);
  }
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_NUSH_LEVELS))) {
    check_info(scale, EJ_SCALE_KIND_SYMBOLIC, whole(1), whole(4), 4);
    CHECK_OK(ej_scale_symbol(&code, &label, &value, scale, 0));
    CHECK_STR(code, "П");
    CHECK_RATIONAL(value, 1, 1);
    CHECK_OK(ej_scale_symbol(&code, &label, &value, scale, 3));
    CHECK_STR(code, "В");
    CHECK_RATIONAL(value, 4, 1);
    CHECK_ERROR(ej_scale_symbol(&code, &label, &value, scale, 4), EJ_ERANGE, "index 4");
    CHECK(code == NULL && label == NULL);
    CHECK_RATIONAL(value, 0, 0);
    CHECK_ERROR(ej_scale_symbol(&code, &label, &value, scale, -1), EJ_ERANGE, "index -1");
    CHECK_OK(ej_scale_parse(&value, scale, "Д"));
    CHECK_RATIONAL(value, 3, 1);
    ej_scale_free(scale);
  }
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_NUSH_DESCRIPTORS))) {
    check_info(scale, EJ_SCALE_KIND_SYMBOLIC, whole(1), whole(4), 4);
    ej_scale_free(scale);
  }
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_NUSH_VERBAL))) {
    check_info(scale, EJ_SCALE_KIND_VERBAL, whole(0), whole(1), 0);
    CHECK_ERROR(ej_scale_parse(&value, scale, "молодець"), EJ_EUNSUPPORTED, "'молодець'");
    value = whole(1);
    CHECK_ERROR(ej_scale_level(&code, &label, scale, &value), EJ_EUNSUPPORTED, "has no levels");
    ej_scale_free(scale);
  }
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_FIVE_POINT))) {
    check_info(scale, EJ_SCALE_KIND_NUMERIC, whole(2), whole(5), 0);
    value = whole(4);
    CHECK_OK(ej_scale_level(&code, &label, scale, &value));
    CHECK_STR(code, "4");
    CHECK_STR(label, "добре");
    ej_scale_free(scale);
  }
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_HUNDRED_POINT))) {
    check_info(scale, EJ_SCALE_KIND_NUMERIC, whole(0), whole(100), 0);
    value = whole(93);
    CHECK_OK(ej_scale_level(&code, &label, scale, &value));
    CHECK_STR(code, "A");
    ej_scale_free(scale);
  }
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_PASS_FAIL))) {
    check_info(scale, EJ_SCALE_KIND_SYMBOLIC, whole(0), whole(1), 2);
    CHECK_OK(ej_scale_parse(&value, scale, "зараховано"));
    CHECK_RATIONAL(value, 1, 1);
    CHECK_OK(ej_scale_parse(&value, scale, "не зараховано"));
    CHECK_RATIONAL(value, 0, 1);
    ej_scale_free(scale);
  }

  scale = STALE(ej_scale);
  CHECK_ERROR(ej_scale_builtin(&scale, 8), EJ_EINVALID, "'which'");
  CHECK_MESSAGE("(8)");
  CHECK(scale == NULL);
  CHECK_ERROR(ej_scale_builtin(NULL, EJ_SCALE_UKRAINIAN_12), EJ_EINVALID, "'out'");
  ej_scale_free(NULL);
}

static void test_custom_scales(void) {
  ej_thresholds* levels = NULL;
  ej_thresholds* twelve_levels = NULL;
  ej_scale* scale = NULL;
  const double bounds[] = {9, 6, 0};
  const char* level_codes[] = {"A", "B", "C"};
  const char* level_names[] = {"відмінно", "добре", "задовільно"};
  const char* codes[] = {"C", "B", "A"};
  const char* labels[] = {"задовільно", "добре", "відмінно"};
  const double values[] = {1, 2, 3};
  const char* repeated[] = {"C", "B", "B"};
  const double flat[] = {1, 2, 2};
  const char* empty_code[] = {"C", "", "A"};
  const double with_nan[] = {1, NAN, 3};
  const char* code = NULL;
  const char* label = NULL;
  const char* name = NULL;
  ej_rational value;
  int32_t contained = -1;
  int32_t kind = 0;

  CHECK_OK(ej_thresholds_new(&levels, "рівні", 0, 10, 3, bounds, level_codes, level_names, NULL));
  CHECK_OK(ej_thresholds_builtin(&twelve_levels, EJ_THRESHOLDS_UKRAINIAN_12_LEVELS));
  if (CHECK_OK(ej_scale_numeric(&scale, "Тест", 0, 10, 0.5, levels))) {
    check_info(scale, EJ_SCALE_KIND_NUMERIC, whole(0), whole(10), 0);
    value = fraction(15, 2);
    CHECK_OK(ej_scale_contains(&contained, scale, &value));
    CHECK_INT(contained, 1);
    value = fraction(29, 4);
    CHECK_OK(ej_scale_contains(&contained, scale, &value));
    CHECK_INT(contained, 0);
    CHECK_OK(ej_scale_parse(&value, scale, "7.5"));
    CHECK_RATIONAL(value, 15, 2);
    value = whole(9);
    CHECK_OK(ej_scale_level(&code, &label, scale, &value));
    CHECK_STR(code, "A");
    CHECK_STR(label, "відмінно");
    ej_scale_free(scale);
  }
  /* The levels were copied: the scale outlives nothing and the table stays usable. */
  value = whole(7);
  CHECK_OK(ej_thresholds_lookup(&code, NULL, NULL, NULL, levels, &value));
  CHECK_STR(code, "B");

  /* Without levels there is no band to name. */
  if (CHECK_OK(ej_scale_numeric(&scale, "Без рівнів", 0, 10, 1, NULL))) {
    value = whole(5);
    CHECK_ERROR(ej_scale_level(&code, &label, scale, &value), EJ_EUNSUPPORTED, "Без рівнів");
    CHECK(code == NULL && label == NULL);
    ej_scale_free(scale);
  }

  scale = STALE(ej_scale);
  CHECK_ERROR(ej_scale_numeric(&scale, "Тест", 10, 10, 1, NULL), EJ_EINVALID, "minimum 10");
  CHECK(scale == NULL);
  CHECK_ERROR(ej_scale_numeric(&scale, "Тест", 0, 10, 0, NULL), EJ_EINVALID, "step 0");
  CHECK_ERROR(ej_scale_numeric(&scale, "Тест", 0, 10, -1, NULL), EJ_EINVALID, "step -1");
  CHECK_ERROR(ej_scale_numeric(&scale, "Тест", 0, 10, NAN, NULL), EJ_EINVALID, "'step'");
  CHECK_ERROR(ej_scale_numeric(&scale, "Тест", -INFINITY, 10, 1, NULL), EJ_EINVALID, "'min'");
  CHECK_ERROR(ej_scale_numeric(&scale, "Тест", 0, 10, 1, twelve_levels), EJ_EINVALID,
              "levels cover 1 … 12");
  CHECK_ERROR(ej_scale_numeric(&scale, NULL, 0, 10, 1, NULL), EJ_EINVALID, "'name'");
  CHECK_ERROR(ej_scale_numeric(NULL, "Тест", 0, 10, 1, NULL), EJ_EINVALID, "'out'");

  if (CHECK_OK(ej_scale_symbolic(&scale, "Літери", 3, codes, labels, values))) {
    check_info(scale, EJ_SCALE_KIND_SYMBOLIC, whole(1), whole(3), 3);
    CHECK_OK(ej_scale_symbol(&code, &label, &value, scale, 2));
    CHECK_STR(code, "A");
    CHECK_STR(label, "відмінно");
    CHECK_RATIONAL(value, 3, 1);
    CHECK_OK(ej_scale_parse(&value, scale, "добре"));
    CHECK_RATIONAL(value, 2, 1);
    CHECK_ERROR(ej_scale_parse(&value, scale, "D"), EJ_EINVALID, "'D'");
    ej_scale_free(scale);
  }
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 0, codes, labels, values), EJ_EINVALID,
              "'count'");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, NULL, labels, values), EJ_EINVALID, "'codes'");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, codes, NULL, values), EJ_EINVALID, "'labels'");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, codes, labels, NULL), EJ_EINVALID, "'values'");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, repeated, labels, values), EJ_EINVALID, "'B'");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, codes, labels, flat), EJ_EINVALID,
              "'A' has the value 2");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, empty_code, labels, values), EJ_EINVALID,
              "symbol 1");
  CHECK_MESSAGE("empty code");
  CHECK_ERROR(ej_scale_symbolic(&scale, "Літери", 3, codes, labels, with_nan), EJ_EINVALID,
              "'values[1]'");
  CHECK(scale == NULL);

  /* Names are NFC-normalised on entry: и + combining breve comes back as й. */
  if (CHECK_OK(ej_scale_verbal(&scale, "Гаи\xcc\x86"))) {
    CHECK_OK(ej_scale_info(&kind, &name, NULL, NULL, NULL, scale));
    CHECK_INT(kind, EJ_SCALE_KIND_VERBAL);
    CHECK_STR(name, "Гай");
    ej_scale_free(scale);
  }
  CHECK_ERROR(ej_scale_verbal(&scale, NULL), EJ_EINVALID, "'name'");
  CHECK_ERROR(ej_scale_verbal(&scale, "\xed\xa0\x80"), EJ_EINVALID, "'name' is not valid UTF-8");

  /* NULL handles and out pointers of the getters. */
  value = whole(1);
  CHECK_ERROR(ej_scale_info(NULL, NULL, NULL, NULL, NULL, NULL), EJ_EINVALID, "'scale'");
  CHECK_ERROR(ej_scale_symbol(NULL, &label, &value, NULL, 0), EJ_EINVALID, "'out_code'");
  CHECK_ERROR(ej_scale_symbol(&code, NULL, &value, NULL, 0), EJ_EINVALID, "'out_label'");
  CHECK_ERROR(ej_scale_symbol(&code, &label, NULL, NULL, 0), EJ_EINVALID, "'out_value'");
  CHECK_ERROR(ej_scale_symbol(&code, &label, &value, NULL, 0), EJ_EINVALID, "'scale'");
  CHECK_ERROR(ej_scale_parse(NULL, NULL, "1"), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_scale_parse(&value, NULL, "1"), EJ_EINVALID, "'scale'");
  CHECK_ERROR(ej_scale_contains(NULL, NULL, &value), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_scale_contains(&contained, NULL, &value), EJ_EINVALID, "'scale'");
  CHECK_ERROR(ej_scale_level(NULL, &label, NULL, &value), EJ_EINVALID, "'out_code'");
  CHECK_ERROR(ej_scale_level(&code, NULL, NULL, &value), EJ_EINVALID, "'out_name'");
  CHECK_ERROR(ej_scale_level(&code, &label, NULL, &value), EJ_EINVALID, "'scale'");
  if (CHECK_OK(ej_scale_builtin(&scale, EJ_SCALE_UKRAINIAN_12))) {
    CHECK_ERROR(ej_scale_parse(&value, scale, NULL), EJ_EINVALID, "'text'");
    CHECK_ERROR(ej_scale_contains(&contained, scale, NULL), EJ_EINVALID, "'value'");
    value = fraction(1, 0);
    CHECK_ERROR(ej_scale_contains(&contained, scale, &value), EJ_EINVALID, "1/0");
    CHECK_INT(contained, 0);
    CHECK_ERROR(ej_scale_level(&code, &label, scale, NULL), EJ_EINVALID, "'value'");
    ej_scale_free(scale);
  }
  ej_thresholds_free(levels);
  ej_thresholds_free(twelve_levels);
}

int main(void) {
  test_builtin_thresholds();
  test_custom_thresholds();
  test_builtin_scales();
  test_custom_scales();
  return check_finish("capi_scales");
}
