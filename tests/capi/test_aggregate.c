/* Grade sets and aggregation: ej_gradeset_*, ej_aggregate*, ej_mean. */
#include <math.h>
#include <string.h>

#include "check.h"

/* The worked example of Moodle's help: A1 = 70/100, A2 = 20/80, A3 = 10/10. */
static ej_gradeset* moodle_set(double w1, double w2, double w3) {
  ej_gradeset* set = NULL;
  if (!CHECK_OK(ej_gradeset_new(&set))) return NULL;
  CHECK_OK(ej_gradeset_add(set, "A1", 70, 0, 100, w1));
  CHECK_OK(ej_gradeset_add(set, "A2", 20, 0, 80, w2));
  CHECK_OK(ej_gradeset_add(set, "A3", 10, 0, 10, w3));
  return set;
}

static ej_aggregate_options options(int32_t method) {
  ej_aggregate_options opts = EJ_AGGREGATE_OPTIONS_INIT;
  opts.method = method;
  return opts;
}

/* Aggregates and checks the exact value; returns the result (or NULL) for further checks. */
static ej_aggregate_result* check_aggregate(const ej_gradeset* set, const ej_marks* marks,
                                            const ej_aggregate_options* opts, int64_t num,
                                            int64_t den) {
  ej_aggregate_result* result = NULL;
  ej_rational exact;
  if (!CHECK_OK(ej_aggregate(&result, set, marks, opts))) return NULL;
  if (CHECK_OK(ej_aggregate_result_value(NULL, &exact, result))) CHECK_RATIONAL(exact, num, den);
  return result;
}

static void check_item(const ej_aggregate_result* result, int32_t index, int32_t use,
                       int64_t share_num, int64_t share_den) {
  int32_t actual_use = 0;
  ej_rational share;
  if (!CHECK_OK(ej_aggregate_result_item(&actual_use, &share, result, index))) return;
  CHECK_INT(actual_use, use);
  CHECK_RATIONAL(share, share_num, share_den);
}

static void test_moodle_methods(void) {
  ej_gradeset* set = moodle_set(1, 1, 1);
  ej_gradeset* weighted = moodle_set(10, 5, 3);
  ej_aggregate_result* result = NULL;
  ej_aggregate_options opts;
  ej_decimal rounded;
  ej_rational min;
  ej_rational max;
  int32_t count = 0;

  /* NULL options are EJ_AGGREGATE_OPTIONS_INIT: the mean on 0…100, two decimals. */
  result = check_aggregate(set, NULL, NULL, 65, 1);
  if (result != NULL) {
    CHECK_OK(ej_aggregate_result_value(&rounded, NULL, result));
    CHECK_DECIMAL(rounded, 6500, 2);
    CHECK_OK(ej_aggregate_result_range(&min, &max, result));
    CHECK_RATIONAL(min, 0, 1);
    CHECK_RATIONAL(max, 100, 1);
    CHECK_OK(ej_aggregate_result_item_count(&count, result));
    CHECK_INT(count, 3);
    check_item(result, 0, EJ_USE_COUNTED, 1, 3);
    check_item(result, 2, EJ_USE_COUNTED, 1, 3);
    ej_aggregate_result_free(result);
  }

  opts = options(EJ_METHOD_WEIGHTED_MEAN);
  result = check_aggregate(weighted, NULL, &opts, 125, 2);
  if (result != NULL) {
    CHECK_OK(ej_aggregate_result_value(&rounded, NULL, result));
    CHECK_DECIMAL(rounded, 6250, 2);
    check_item(result, 0, EJ_USE_COUNTED, 5, 9);
    check_item(result, 1, EJ_USE_COUNTED, 5, 18);
    check_item(result, 2, EJ_USE_COUNTED, 1, 6);
    ej_aggregate_result_free(result);
  }
  /* 62.5 to a whole number: half-up 63, half-even 62. */
  opts.decimals = 0;
  result = check_aggregate(weighted, NULL, &opts, 125, 2);
  if (result != NULL && CHECK_OK(ej_aggregate_result_value(&rounded, NULL, result))) {
    CHECK_DECIMAL(rounded, 63, 0);
  }
  ej_aggregate_result_free(result);
  opts.rounding_mode = EJ_ROUND_HALF_EVEN;
  result = check_aggregate(weighted, NULL, &opts, 125, 2);
  if (result != NULL && CHECK_OK(ej_aggregate_result_value(&rounded, NULL, result))) {
    CHECK_DECIMAL(rounded, 62, 0);
  }
  ej_aggregate_result_free(result);

  opts = options(EJ_METHOD_MEDIAN);
  ej_aggregate_result_free(check_aggregate(set, NULL, &opts, 70, 1));
  opts = options(EJ_METHOD_LOWEST);
  result = check_aggregate(set, NULL, &opts, 25, 1);
  if (result != NULL) {
    check_item(result, 1, EJ_USE_COUNTED, 1, 1);
    check_item(result, 0, EJ_USE_COUNTED, 0, 1);
  }
  ej_aggregate_result_free(result);
  opts = options(EJ_METHOD_HIGHEST);
  ej_aggregate_result_free(check_aggregate(set, NULL, &opts, 100, 1));

  /* Sum of raw grades: 100 out of 190 (Moodle's Natural). */
  opts = options(EJ_METHOD_SUM);
  result = check_aggregate(set, NULL, &opts, 100, 1);
  if (result != NULL && CHECK_OK(ej_aggregate_result_range(&min, &max, result))) {
    CHECK_RATIONAL(min, 0, 1);
    CHECK_RATIONAL(max, 190, 1);
  }
  ej_aggregate_result_free(result);

  /* The mode example: 70/100, 35/50, 20/80, 10/10, 7/10 → 70. */
  CHECK_OK(ej_gradeset_add(set, "A4", 35, 0, 50, 1));
  CHECK_OK(ej_gradeset_add(set, "A5", 7, 0, 10, 1));
  opts = options(EJ_METHOD_MODE);
  ej_aggregate_result_free(check_aggregate(set, NULL, &opts, 70, 1));

  /* Mapped to the 12-point range: 1 + 0.65 × 11 = 8.15. */
  ej_gradeset_free(set);
  set = moodle_set(1, 1, 1);
  opts = options(EJ_METHOD_MEAN);
  opts.target_min = 1;
  opts.target_max = 12;
  result = check_aggregate(set, NULL, &opts, 163, 20);
  if (result != NULL && CHECK_OK(ej_aggregate_result_range(&min, &max, result))) {
    CHECK_RATIONAL(min, 1, 1);
    CHECK_RATIONAL(max, 12, 1);
  }
  ej_aggregate_result_free(result);

  /* 18 decimals of 65 overflow int64 units; the exact value is still available. */
  opts = options(EJ_METHOD_MEAN);
  opts.decimals = 18;
  result = check_aggregate(set, NULL, &opts, 65, 1);
  if (result != NULL) {
    rounded.units = 1;
    CHECK_ERROR(ej_aggregate_result_value(&rounded, NULL, result), EJ_ERANGE, "18 decimals");
    CHECK_DECIMAL(rounded, 0, 0);
  }
  ej_aggregate_result_free(result);
  ej_gradeset_free(set);
  ej_gradeset_free(weighted);
}

static void test_empty_and_marks(void) {
  ej_gradeset* set = moodle_set(1, 1, 1);
  ej_marks* marks = NULL;
  ej_aggregate_result* result = NULL;
  ej_aggregate_options opts = EJ_AGGREGATE_OPTIONS_INIT;
  int32_t count = 0;

  CHECK_OK(ej_gradeset_add_empty(set, "A4", 0, 100, 1));
  CHECK_OK(ej_gradeset_add_mark(set, "A5", "н", 0, 100, 1));
  CHECK_OK(ej_gradeset_count(&count, set));
  CHECK_INT(count, 5);
  result = check_aggregate(set, NULL, &opts, 65, 1);
  if (result != NULL) {
    check_item(result, 3, EJ_USE_EMPTY_EXCLUDED, 0, 1);
    check_item(result, 4, EJ_USE_MARK_EXCLUDED, 0, 1);
  }
  ej_aggregate_result_free(result);
  /* The empty grade at its minimum: (0.7 + 0.25 + 1 + 0) / 4 = 48.75. */
  opts.empty_policy = EJ_EMPTY_AS_MINIMUM;
  result = check_aggregate(set, NULL, &opts, 195, 4);
  if (result != NULL) check_item(result, 3, EJ_USE_EMPTY_AS_MINIMUM, 1, 4);
  ej_aggregate_result_free(result);

  /* A mark that counts: at its average value (6 of 12), else at the minimum. */
  if (CHECK_OK(ej_marks_new(&marks))) {
    ej_gradeset* counted = NULL;
    CHECK_OK(
        ej_marks_add(marks, "бонус", "", EJ_MARK_COUNTS_IN_AVERAGE | EJ_MARK_HAS_AVERAGE_VALUE, 6));
    CHECK_OK(ej_marks_add(marks, "мін", "", EJ_MARK_COUNTS_IN_AVERAGE, 0));
    CHECK_OK(ej_gradeset_new(&counted));
    CHECK_OK(ej_gradeset_add(counted, NULL, 9, 0, 12, 1));
    CHECK_OK(ej_gradeset_add_mark(counted, NULL, "бонус", 0, 12, 1));
    opts = options(EJ_METHOD_MEAN);
    opts.target_max = 12;
    result = check_aggregate(counted, marks, &opts, 15, 2);
    if (result != NULL) check_item(result, 1, EJ_USE_MARK_COUNTED, 1, 2);
    ej_aggregate_result_free(result);
    CHECK_OK(ej_gradeset_clear(counted));
    CHECK_OK(ej_gradeset_count(&count, counted));
    CHECK_INT(count, 0);
    CHECK_OK(ej_gradeset_add(counted, NULL, 9, 0, 12, 1));
    CHECK_OK(ej_gradeset_add_mark(counted, NULL, "мін", 0, 12, 1));
    ej_aggregate_result_free(check_aggregate(counted, marks, &opts, 9, 2));
    /* The official marks are unknown to a custom dictionary. */
    CHECK_OK(ej_gradeset_add_mark(counted, "урок 3", "н", 0, 12, 1));
    CHECK_ERROR(ej_aggregate(&result, counted, marks, &opts), EJ_EINVALID, "'урок 3'");
    CHECK_MESSAGE("unknown special mark 'н'");
    CHECK(result == NULL);
    ej_gradeset_free(counted);
    ej_marks_free(marks);
  }
  ej_gradeset_free(set);
}

static void test_nothing_counts(void) {
  ej_gradeset* set = NULL;
  ej_aggregate_result* result = NULL;
  if (!CHECK_OK(ej_gradeset_new(&set))) return;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EEMPTY, "no items");
  CHECK_OK(ej_gradeset_add_mark(set, "1", "н", 0, 12, 1));
  CHECK_OK(ej_gradeset_add_mark(set, "2", "зв.", 0, 12, 1));
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EEMPTY, "2 items");
  CHECK_OK(ej_gradeset_add_empty(set, "3", 0, 12, 1));
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EEMPTY, "3 items");
  CHECK(result == NULL);
  ej_gradeset_free(set);
}

static void test_bad_grades(void) {
  ej_gradeset* set = NULL;
  ej_aggregate_result* result = NULL;
  ej_aggregate_options weighted = options(EJ_METHOD_WEIGHTED_MEAN);
  int32_t count = 0;

  set = moodle_set(0, 0, 0);
  result = STALE(ej_aggregate_result);
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &weighted), EJ_EINVALID, "sum to zero");
  CHECK_MESSAGE("'A3'");
  CHECK(result == NULL);
  ej_gradeset_free(set);

  set = moodle_set(1, 0, 1);
  result = check_aggregate(set, NULL, &weighted, 85, 1);
  if (result != NULL) check_item(result, 1, EJ_USE_ZERO_WEIGHT, 0, 1);
  ej_aggregate_result_free(result);
  ej_gradeset_free(set);

  set = moodle_set(1, -1, 1);
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &weighted), EJ_EINVALID, "'A2'");
  CHECK_MESSAGE("weight -1");
  ej_gradeset_free(set);

  if (!CHECK_OK(ej_gradeset_new(&set))) return;
  CHECK_OK(ej_gradeset_add(set, "контрольна", 101, 0, 100, 1));
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EINVALID, "'контрольна'");
  CHECK_MESSAGE("value 101");
  CHECK_OK(ej_gradeset_clear(set));
  CHECK_OK(ej_gradeset_add(set, "самостійна", 10, 10, 10, 1));
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EINVALID, "'самостійна'");
  CHECK_MESSAGE("10..10");
  CHECK_OK(ej_gradeset_clear(set));
  CHECK_OK(ej_gradeset_add_mark(set, "урок", "xyz", 0, 12, 1));
  CHECK_ERROR(ej_aggregate(&result, set, NULL, NULL), EJ_EINVALID, "'xyz'");
  CHECK(result == NULL);
  CHECK_OK(ej_gradeset_clear(set));

  /* Bad input at every entry of the set is refused before anything is appended. */
  CHECK_ERROR(ej_gradeset_add(set, "x", NAN, 0, 100, 1), EJ_EINVALID, "'value'");
  CHECK_MESSAGE("nan");
  CHECK_ERROR(ej_gradeset_add(set, "x", 1, -INFINITY, 100, 1), EJ_EINVALID, "'min'");
  CHECK_ERROR(ej_gradeset_add(set, "x", 1, 0, INFINITY, 1), EJ_EINVALID, "'max'");
  CHECK_ERROR(ej_gradeset_add(set, "x", 1, 0, 100, NAN), EJ_EINVALID, "'weight'");
  CHECK_ERROR(ej_gradeset_add_mark(set, "x", "н", NAN, 100, 1), EJ_EINVALID, "'min'");
  CHECK_ERROR(ej_gradeset_add_empty(set, "x", 0, 100, INFINITY), EJ_EINVALID, "'weight'");
  CHECK_ERROR(ej_gradeset_add(set, "\xc3\x28", 1, 0, 100, 1), EJ_EINVALID,
              "'label' is not valid UTF-8");
  CHECK_ERROR(ej_gradeset_add_mark(set, "x", NULL, 0, 100, 1), EJ_EINVALID, "'mark'");
  CHECK_ERROR(ej_gradeset_add_mark(set, "x", "", 0, 100, 1), EJ_EINVALID, "'mark' is empty");
  CHECK_ERROR(ej_gradeset_add_mark(set, "x", "\xe0\x80\x80", 0, 100, 1), EJ_EINVALID,
              "'mark' is not valid UTF-8");
  CHECK_ERROR(ej_gradeset_add(NULL, "x", 1, 0, 100, 1), EJ_EINVALID, "'set'");
  CHECK_ERROR(ej_gradeset_add_mark(NULL, "x", "н", 0, 100, 1), EJ_EINVALID, "'set'");
  CHECK_ERROR(ej_gradeset_add_empty(NULL, "x", 0, 100, 1), EJ_EINVALID, "'set'");
  CHECK_ERROR(ej_gradeset_count(NULL, set), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_gradeset_count(&count, NULL), EJ_EINVALID, "'set'");
  CHECK_ERROR(ej_gradeset_clear(NULL), EJ_EINVALID, "'set'");
  CHECK_ERROR(ej_gradeset_new(NULL), EJ_EINVALID, "'out'");
  CHECK_OK(ej_gradeset_count(&count, set));
  CHECK_INT(count, 0);
  ej_gradeset_free(set);
  ej_gradeset_free(NULL);
}

static void test_labels(void) {
  ej_gradeset* set = NULL;
  char label[1026];
  int32_t count = 0;
  if (!CHECK_OK(ej_gradeset_new(&set))) return;
  /* A label may be NULL, and up to 1024 bytes long. */
  CHECK_OK(ej_gradeset_add(set, NULL, 1, 0, 12, 1));
  memset(label, 'a', 1024);
  label[1024] = '\0';
  CHECK_OK(ej_gradeset_add(set, label, 1, 0, 12, 1));
  label[1024] = 'a';
  label[1025] = '\0';
  CHECK_ERROR(ej_gradeset_add(set, label, 1, 0, 12, 1), EJ_EINVALID,
              "'label' is longer than 1024 bytes");
  CHECK_ERROR(ej_gradeset_add_mark(set, label, "н", 0, 12, 1), EJ_EINVALID,
              "'label' is longer than 1024 bytes");
  CHECK_ERROR(ej_gradeset_add_empty(set, label, 0, 12, 1), EJ_EINVALID,
              "'label' is longer than 1024 bytes");
  CHECK_OK(ej_gradeset_count(&count, set));
  CHECK_INT(count, 2);
  ej_gradeset_free(set);
}

static void test_bad_options(void) {
  ej_gradeset* set = moodle_set(1, 1, 1);
  ej_aggregate_result* result = NULL;
  ej_aggregate_options opts;
  ej_rational exact;
  int32_t use = 0;

  if (CHECK_OK(ej_aggregate_options_init(&opts, EJ_AGGREGATE_OPTIONS_VERSION))) {
    CHECK_INT(opts.version, 1);
    CHECK_INT(opts.method, EJ_METHOD_MEAN);
    CHECK_INT(opts.empty_policy, EJ_EMPTY_EXCLUDE);
    CHECK_INT(opts.rounding_mode, EJ_ROUND_HALF_UP);
    CHECK_INT(opts.decimals, 2);
    CHECK(opts.target_min == 0.0 && opts.target_max == 100.0);
  }
  CHECK_ERROR(ej_aggregate_options_init(&opts, 2), EJ_EVERSION, "'version' is 2");
  CHECK_INT(opts.version, 0);
  CHECK_ERROR(ej_aggregate_options_init(&opts, 0), EJ_EVERSION, "'version' is 0");
  CHECK_ERROR(ej_aggregate_options_init(NULL, 1), EJ_EINVALID, "'opts'");

  opts = options(EJ_METHOD_MEAN);
  opts.version = 0;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EVERSION, "'opts->version' is 0");
  opts.version = EJ_AGGREGATE_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EVERSION, "'opts->version' is 2");
  opts = options(0);
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->method'");
  opts = options(8);
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "(8)");
  opts = options(EJ_METHOD_MEAN);
  opts.empty_policy = 3;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->empty_policy'");
  CHECK_MESSAGE("(3)");
  opts = options(EJ_METHOD_MEAN);
  opts.rounding_mode = 9;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->rounding_mode'");
  CHECK_MESSAGE("(9)");
  opts = options(EJ_METHOD_MEAN);
  opts.decimals = 19;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->decimals'");
  opts = options(EJ_METHOD_MEAN);
  opts.reserved = 1;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->reserved'");
  opts = options(EJ_METHOD_MEAN);
  opts.target_min = NAN;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->target_min'");
  opts = options(EJ_METHOD_MEAN);
  opts.target_max = -INFINITY;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "'opts->target_max'");
  opts = options(EJ_METHOD_MEAN);
  opts.target_min = 100;
  CHECK_ERROR(ej_aggregate(&result, set, NULL, &opts), EJ_EINVALID, "target range 100 … 100");
  CHECK(result == NULL);
  CHECK_ERROR(ej_aggregate(NULL, set, NULL, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_aggregate(&result, NULL, NULL, NULL), EJ_EINVALID, "'set'");

  /* The getters refuse a NULL result or out pointer and an index outside the items. */
  result = check_aggregate(set, NULL, NULL, 65, 1);
  if (result != NULL) {
    CHECK_ERROR(ej_aggregate_result_item(&use, &exact, result, 3), EJ_ERANGE, "index 3");
    CHECK_INT(use, 0);
    CHECK_RATIONAL(exact, 0, 0);
    CHECK_ERROR(ej_aggregate_result_item(&use, &exact, result, -1), EJ_ERANGE, "index -1");
    CHECK_OK(ej_aggregate_result_item(NULL, NULL, result, 0));
    CHECK_OK(ej_aggregate_result_value(NULL, NULL, result));
    CHECK_ERROR(ej_aggregate_result_range(NULL, &exact, result), EJ_EINVALID, "'out_min'");
    CHECK_ERROR(ej_aggregate_result_range(&exact, NULL, result), EJ_EINVALID, "'out_max'");
    CHECK_ERROR(ej_aggregate_result_item_count(NULL, result), EJ_EINVALID, "'out'");
    ej_aggregate_result_free(result);
  }
  CHECK_ERROR(ej_aggregate_result_value(NULL, &exact, NULL), EJ_EINVALID, "'result'");
  CHECK_ERROR(ej_aggregate_result_range(&exact, &exact, NULL), EJ_EINVALID, "'result'");
  CHECK_ERROR(ej_aggregate_result_item_count(&use, NULL), EJ_EINVALID, "'result'");
  CHECK_ERROR(ej_aggregate_result_item(&use, &exact, NULL, 0), EJ_EINVALID, "'result'");
  ej_aggregate_result_free(NULL);
  ej_gradeset_free(set);
}

static void test_mean(void) {
  const int64_t grades[] = {9, 10, 11, 12};
  const int64_t scaled[] = {9650, 9700};
  /* Twenty grades of one student, the size the allocation-free path is measured at. */
  const int64_t twenty[] = {7, 8, 9, 10, 11, 12, 10, 9, 8, 7, 12, 11, 10, 9, 8, 10, 11, 9, 10, 12};
  ej_decimal out;

  CHECK_OK(ej_mean(&out, grades, 4, 0, EJ_ROUND_HALF_UP, 0));
  CHECK_DECIMAL(out, 11, 0);
  CHECK_OK(ej_mean(&out, grades, 4, 0, EJ_ROUND_HALF_EVEN, 0));
  CHECK_DECIMAL(out, 10, 0);
  CHECK_OK(ej_mean(&out, scaled, 2, 3, EJ_ROUND_HALF_UP, 2));
  CHECK_DECIMAL(out, 968, 2);
  CHECK_OK(ej_mean(&out, twenty, 20, 0, EJ_ROUND_HALF_UP, 2));
  CHECK_DECIMAL(out, 965, 2);

  CHECK_ERROR(ej_mean(&out, grades, 0, 0, EJ_ROUND_HALF_UP, 0), EJ_EEMPTY, "no values");
  CHECK_DECIMAL(out, 0, 0);
  CHECK_ERROR(ej_mean(&out, NULL, 0, 0, EJ_ROUND_HALF_UP, 0), EJ_EEMPTY, "no values");
  CHECK_ERROR(ej_mean(&out, NULL, 4, 0, EJ_ROUND_HALF_UP, 0), EJ_EINVALID, "'values'");
  CHECK_ERROR(ej_mean(&out, grades, -1, 0, EJ_ROUND_HALF_UP, 0), EJ_EINVALID, "'count'");
  CHECK_ERROR(ej_mean(&out, grades, 4, 10, EJ_ROUND_HALF_UP, 0), EJ_EINVALID, "value scale 10");
  CHECK_ERROR(ej_mean(&out, grades, 4, -1, EJ_ROUND_HALF_UP, 0), EJ_EINVALID, "value scale -1");
  CHECK_ERROR(ej_mean(&out, grades, 4, 0, 0, 0), EJ_EINVALID, "'rounding_mode'");
  CHECK_ERROR(ej_mean(&out, grades, 4, 0, EJ_ROUND_HALF_UP, 19), EJ_EINVALID, "'decimals'");
  CHECK_ERROR(ej_mean(NULL, grades, 4, 0, EJ_ROUND_HALF_UP, 0), EJ_EINVALID, "'out'");
}

int main(void) {
  test_moodle_methods();
  test_empty_and_marks();
  test_nothing_counts();
  test_bad_grades();
  test_labels();
  test_bad_options();
  test_mean();
  return check_finish("capi_aggregate");
}
