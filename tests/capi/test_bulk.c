/* Bulk aggregation over columns: ej_bulk_* and ej_ua_bulk_suggest_semester, int64 and int32. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

/* Checks `column` of `result` against `expected` (length `groups`). */
static void check_column(const ej_bulk_result* result, int32_t column, const int64_t* expected,
                         int64_t groups) {
  const int64_t* actual = NULL;
  int64_t i;
  if (!CHECK_OK(ej_bulk_result_column(&actual, result, column))) return;
  for (i = 0; i < groups; ++i) {
    if (!CHECK_INT(actual[i], expected[i])) break;
  }
}

static void check_shape(const ej_bulk_result* result, int64_t groups, int32_t decimals) {
  int64_t actual_groups = -1;
  int32_t actual_decimals = -1;
  if (!CHECK_OK(ej_bulk_result_info(&actual_groups, &actual_decimals, result))) return;
  CHECK_INT(actual_groups, groups);
  CHECK_INT(actual_decimals, decimals);
}

static void test_mean_with_skip(void) {
  const int64_t groups[] = {1, 1, 2, 2, 2, 3};
  const int64_t values[] = {10, 11, 7, 8, 9, 12};
  const uint8_t skip[] = {0, 0, 0, 0, 0, 1};
  const int64_t group_ids[] = {1, 2, 3};
  const int64_t counts[] = {2, 3, 0};
  const int64_t sums[] = {21, 24, 0};
  const int64_t rounded[] = {1050, 800, 0};
  const int64_t has_value[] = {1, 1, 0};
  ej_bulk_result* result = NULL;

  /* NULL options: EJ_BULK_OPTIONS_INIT, the mean to two decimals; NULL weights are all 1. */
  if (!CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, skip, 6, NULL))) return;
  check_shape(result, 3, 2);
  check_column(result, EJ_BULK_GROUP, group_ids, 3);
  check_column(result, EJ_BULK_COUNT, counts, 3);
  check_column(result, EJ_BULK_SUM, sums, 3);
  check_column(result, EJ_BULK_WEIGHT_SUM, counts, 3);
  check_column(result, EJ_BULK_ROUNDED, rounded, 3);
  check_column(result, EJ_BULK_HAS_VALUE, has_value, 3);
  ej_bulk_result_free(result);
}

static void test_methods(void) {
  /* Groups in order of first appearance, rows not adjacent. */
  const int64_t groups[] = {5, 3, 5, 3, 7};
  const int64_t values[] = {1, 2, 3, 4, 5};
  const int64_t group_ids[] = {5, 3, 7};
  const int64_t sums[] = {4, 6, 5};
  const int64_t lowest[] = {1, 2, 5};
  const int64_t highest[] = {3, 4, 5};
  /* 10.5 and 9.0 weighted 3 : 1 = 10.125 → 10.13; the same with weights in tenths. */
  const int64_t pair_groups[] = {1, 1};
  const int64_t pair_values[] = {105, 90};
  const int64_t weights[] = {3, 1};
  const int64_t tenths[] = {15, 5};
  const int64_t weighted[] = {1013};
  ej_bulk_options opts = EJ_BULK_OPTIONS_INIT;
  ej_bulk_result* result = NULL;

  opts.method = EJ_METHOD_SUM;
  opts.decimals = 0;
  if (CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 5, &opts))) {
    check_shape(result, 3, 0);
    check_column(result, EJ_BULK_GROUP, group_ids, 3);
    check_column(result, EJ_BULK_ROUNDED, sums, 3);
    ej_bulk_result_free(result);
  }
  opts.method = EJ_METHOD_LOWEST;
  if (CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 5, &opts))) {
    check_column(result, EJ_BULK_ROUNDED, lowest, 3);
    ej_bulk_result_free(result);
  }
  opts.method = EJ_METHOD_HIGHEST;
  if (CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 5, &opts))) {
    check_column(result, EJ_BULK_ROUNDED, highest, 3);
    ej_bulk_result_free(result);
  }

  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.method = EJ_METHOD_WEIGHTED_MEAN;
  opts.value_scale = 1;
  if (CHECK_OK(ej_bulk_aggregate(&result, pair_groups, pair_values, weights, NULL, 2, &opts))) {
    const int64_t sum[] = {405};
    const int64_t weight_sum[] = {4};
    check_column(result, EJ_BULK_SUM, sum, 1);
    check_column(result, EJ_BULK_WEIGHT_SUM, weight_sum, 1);
    check_column(result, EJ_BULK_ROUNDED, weighted, 1);
    ej_bulk_result_free(result);
  }
  opts.weight_scale = 1;
  if (CHECK_OK(ej_bulk_aggregate(&result, pair_groups, pair_values, tenths, NULL, 2, &opts))) {
    const int64_t sum[] = {2025};
    check_column(result, EJ_BULK_SUM, sum, 1);
    check_column(result, EJ_BULK_ROUNDED, weighted, 1);
    ej_bulk_result_free(result);
  }
}

/* Many rows in interleaved groups against a plain C loop, half-up to two decimals. */
static void test_against_loop(void) {
  enum { rows = 20000, group_count = 37 };
  int64_t* groups = malloc(rows * sizeof *groups);
  int64_t* values = malloc(rows * sizeof *values);
  int64_t expected_counts[group_count] = {0};
  int64_t expected_sums[group_count] = {0};
  int64_t expected_rounded[group_count];
  ej_bulk_result* result = NULL;
  int i;

  if (!CHECK(groups != NULL && values != NULL)) goto done;
  for (i = 0; i < rows; ++i) {
    groups[i] = (int64_t)((i * 7) % group_count);
    values[i] = (int64_t)(1 + (i * 13 + i / 5) % 12);
    expected_counts[groups[i]] += 1;
    expected_sums[groups[i]] += values[i];
  }
  for (i = 0; i < group_count; ++i) {
    /* round(sum / count, 2) half-up for positive values, in integers. */
    expected_rounded[i] =
        (2 * 100 * expected_sums[i] + expected_counts[i]) / (2 * expected_counts[i]);
  }
  if (CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, NULL, rows, NULL))) {
    const int64_t* ids = NULL;
    const int64_t* counts = NULL;
    const int64_t* sums = NULL;
    const int64_t* rounded = NULL;
    check_shape(result, group_count, 2);
    CHECK_OK(ej_bulk_result_column(&ids, result, EJ_BULK_GROUP));
    CHECK_OK(ej_bulk_result_column(&counts, result, EJ_BULK_COUNT));
    CHECK_OK(ej_bulk_result_column(&sums, result, EJ_BULK_SUM));
    CHECK_OK(ej_bulk_result_column(&rounded, result, EJ_BULK_ROUNDED));
    for (i = 0; ids != NULL && counts != NULL && sums != NULL && rounded != NULL && i < group_count;
         ++i) {
      const int64_t id = ids[i];
      if (!CHECK(id >= 0 && id < group_count)) break;
      CHECK_INT(counts[i], expected_counts[id]);
      CHECK_INT(sums[i], expected_sums[id]);
      CHECK_INT(rounded[i], expected_rounded[id]);
    }
    ej_bulk_result_free(result);
  }
done:
  free(groups);
  free(values);
}

static void test_ua_semester(void) {
  const int64_t groups[] = {1, 1, 2, 2, 3};
  const int64_t values[] = {10, 11, 7, 8, 12};
  const uint8_t skip[] = {0, 0, 0, 0, 1};
  const int64_t half_up[] = {11, 8, 0};
  const int64_t half_even[] = {10, 8, 0};
  const int64_t has_value[] = {1, 1, 0};
  const int64_t bad[] = {10, 11, 7, 13, 12};
  ej_bulk_result* result = NULL;

  if (CHECK_OK(ej_ua_bulk_suggest_semester(&result, groups, values, skip, 5, EJ_ROUND_HALF_UP))) {
    check_shape(result, 3, 0);
    check_column(result, EJ_BULK_ROUNDED, half_up, 3);
    check_column(result, EJ_BULK_HAS_VALUE, has_value, 3);
    ej_bulk_result_free(result);
  }
  if (CHECK_OK(ej_ua_bulk_suggest_semester(&result, groups, values, skip, 5, EJ_ROUND_HALF_EVEN))) {
    check_column(result, EJ_BULK_ROUNDED, half_even, 3);
    ej_bulk_result_free(result);
  }
  result = STALE(ej_bulk_result);
  CHECK_ERROR(ej_ua_bulk_suggest_semester(&result, groups, bad, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "row 3");
  CHECK_MESSAGE("value 13");
  CHECK(result == NULL);
  CHECK_ERROR(ej_ua_bulk_suggest_semester(&result, groups, values, NULL, 5, 0), EJ_EINVALID,
              "'rounding_mode'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester(&result, groups, values, NULL, 0, EJ_ROUND_HALF_UP),
              EJ_EEMPTY, "'count'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester(&result, groups, values, NULL, -5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'count'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester(&result, NULL, values, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'groups'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester(&result, groups, NULL, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'values'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester(NULL, groups, values, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'out'");
}

static void test_bad_input(void) {
  const int64_t groups[] = {1, 1, 2};
  const int64_t values[] = {10, 11, 13};
  const int64_t negative[] = {1, -1, 1};
  const int64_t huge[] = {INT64_MAX, INT64_MAX, 1};
  ej_bulk_options opts = EJ_BULK_OPTIONS_INIT;
  ej_bulk_result* result = NULL;

  result = STALE(ej_bulk_result);
  opts.method = EJ_METHOD_WEIGHTED_MEAN;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, negative, NULL, 3, &opts), EJ_EINVALID,
              "row 1");
  CHECK_MESSAGE("negative weight -1");
  CHECK(result == NULL);
  opts.method = EJ_METHOD_MEAN;
  opts.check_range = 1;
  opts.value_min = 1;
  opts.value_max = 12;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "row 2");
  CHECK_MESSAGE("value 13");
  /* Unchecked, 13 is fine. */
  opts.check_range = 0;
  if (CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts))) {
    ej_bulk_result_free(result);
  }
  opts.check_range = 2;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "'opts->check_range'");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, huge, NULL, NULL, 3, &opts), EJ_ERANGE, "group 1");
  CHECK_MESSAGE("overflows int64");
  opts.value_scale = 10;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "value scale 10");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.weight_scale = -1;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "weight scale -1");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.method = EJ_METHOD_MEDIAN;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EUNSUPPORTED,
              "(method 3)");
  opts.method = EJ_METHOD_MODE;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EUNSUPPORTED,
              "(method 4)");
  opts.method = 0;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "'opts->method'");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.rounding_mode = 5;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "'opts->rounding_mode'");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.decimals = 19;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "'opts->decimals'");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.reserved = 7;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EINVALID,
              "'opts->reserved'");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.version = 0;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EVERSION,
              "'opts->version' is 0");
  opts.version = EJ_BULK_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 3, &opts), EJ_EVERSION,
              "'opts->version' is 2");
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 0, NULL), EJ_EEMPTY,
              "'count'");
  CHECK_ERROR(ej_bulk_aggregate(&result, NULL, NULL, NULL, NULL, 0, NULL), EJ_EEMPTY, "'count'");
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, values, NULL, NULL, -1, NULL), EJ_EINVALID,
              "'count'");
  CHECK_ERROR(ej_bulk_aggregate(&result, NULL, values, NULL, NULL, 3, NULL), EJ_EINVALID,
              "'groups'");
  CHECK_ERROR(ej_bulk_aggregate(&result, groups, NULL, NULL, NULL, 3, NULL), EJ_EINVALID,
              "'values'");
  CHECK_ERROR(ej_bulk_aggregate(NULL, groups, values, NULL, NULL, 3, NULL), EJ_EINVALID, "'out'");
  CHECK(result == NULL);
}

static void test_options_and_getters(void) {
  const int64_t groups[] = {1};
  const int64_t values[] = {1};
  ej_bulk_options opts;
  ej_bulk_result* result = NULL;
  const int64_t* column = NULL;
  int64_t group_count = -1;
  int32_t decimals = -1;

  if (CHECK_OK(ej_bulk_options_init(&opts, EJ_BULK_OPTIONS_VERSION))) {
    CHECK_INT(opts.version, 1);
    CHECK_INT(opts.method, EJ_METHOD_MEAN);
    CHECK_INT(opts.value_scale, 0);
    CHECK_INT(opts.weight_scale, 0);
    CHECK_INT(opts.rounding_mode, EJ_ROUND_HALF_UP);
    CHECK_INT(opts.decimals, 2);
    CHECK_INT(opts.check_range, 0);
  }
  CHECK_ERROR(ej_bulk_options_init(&opts, 2), EJ_EVERSION, "'version' is 2");
  CHECK_INT(opts.version, 0);
  CHECK_ERROR(ej_bulk_options_init(&opts, 0), EJ_EVERSION, "'version' is 0");
  CHECK_ERROR(ej_bulk_options_init(NULL, 1), EJ_EINVALID, "'opts'");

  if (CHECK_OK(ej_bulk_aggregate(&result, groups, values, NULL, NULL, 1, NULL))) {
    CHECK_OK(ej_bulk_result_info(NULL, NULL, result));
    column = values;
    CHECK_ERROR(ej_bulk_result_column(&column, result, 0), EJ_EINVALID, "'column'");
    CHECK(column == NULL);
    CHECK_ERROR(ej_bulk_result_column(&column, result, 7), EJ_EINVALID, "(7)");
    CHECK_ERROR(ej_bulk_result_column(NULL, result, EJ_BULK_SUM), EJ_EINVALID, "'out'");
    ej_bulk_result_free(result);
  }
  CHECK_ERROR(ej_bulk_result_info(&group_count, &decimals, NULL), EJ_EINVALID, "'result'");
  CHECK_INT(group_count, 0);
  CHECK_INT(decimals, 0);
  CHECK_ERROR(ej_bulk_result_column(&column, NULL, EJ_BULK_SUM), EJ_EINVALID, "'result'");
  ej_bulk_result_free(NULL);
}

/* The same rows as int64 and as int32 columns. Every column is filled; a call leaves weights or
 * skip out by passing NULL instead. */
typedef struct both_widths {
  int64_t count;
  int64_t* groups;
  int64_t* values;
  int64_t* weights;
  int32_t* groups32;
  int32_t* values32;
  int32_t* weights32;
  uint8_t* skip;
} both_widths;

static int alloc_both_widths(both_widths* rows, int64_t count) {
  const size_t n = (size_t)count;
  rows->count = count;
  rows->groups = malloc(n * sizeof *rows->groups);
  rows->values = malloc(n * sizeof *rows->values);
  rows->weights = malloc(n * sizeof *rows->weights);
  rows->groups32 = malloc(n * sizeof *rows->groups32);
  rows->values32 = malloc(n * sizeof *rows->values32);
  rows->weights32 = malloc(n * sizeof *rows->weights32);
  rows->skip = malloc(n);
  return CHECK(rows->groups && rows->values && rows->weights && rows->groups32 && rows->values32 &&
               rows->weights32 && rows->skip);
}

static void set_row(both_widths* rows, int64_t row, int32_t group, int32_t value, int32_t weight,
                    uint8_t skip) {
  rows->groups[row] = rows->groups32[row] = group;
  rows->values[row] = rows->values32[row] = value;
  rows->weights[row] = rows->weights32[row] = weight;
  rows->skip[row] = skip;
}

static void free_both_widths(both_widths* rows) {
  free(rows->groups);
  free(rows->values);
  free(rows->weights);
  free(rows->groups32);
  free(rows->values32);
  free(rows->weights32);
  free(rows->skip);
}

/* Every column of `narrow` equals that of `wide`. */
static void check_same_result(const ej_bulk_result* wide, const ej_bulk_result* narrow) {
  int64_t groups = -1;
  int32_t decimals = -1;
  int32_t column;
  if (!CHECK_OK(ej_bulk_result_info(&groups, &decimals, wide))) return;
  check_shape(narrow, groups, decimals);
  for (column = EJ_BULK_GROUP; column <= EJ_BULK_HAS_VALUE; ++column) {
    const int64_t* expected = NULL;
    if (CHECK_OK(ej_bulk_result_column(&expected, wide, column))) {
      check_column(narrow, column, expected, groups);
    }
  }
}

/* Both widths agree under `opts`: equal results, or the same error with the same message. */
static void check_widths_agree(const both_widths* rows, int with_weights, int with_skip,
                               const ej_bulk_options* opts) {
  char wide_message[512];
  ej_bulk_result* wide = NULL;
  ej_bulk_result* narrow = NULL;
  const int wide_status =
      ej_bulk_aggregate(&wide, rows->groups, rows->values, with_weights ? rows->weights : NULL,
                        with_skip ? rows->skip : NULL, rows->count, opts);
  int narrow_status;
  snprintf(wide_message, sizeof wide_message, "%s", ej_error_last()->message);
  narrow_status = ej_bulk_aggregate_i32(&narrow, rows->groups32, rows->values32,
                                        with_weights ? rows->weights32 : NULL,
                                        with_skip ? rows->skip : NULL, rows->count, opts);
  if (CHECK_INT(narrow_status, wide_status) && wide_status == EJ_OK) {
    check_same_result(wide, narrow);
  } else if (wide_status != EJ_OK) {
    CHECK_STR(ej_error_last()->message, wide_message);
    CHECK(narrow == NULL);
  }
  ej_bulk_result_free(wide);
  ej_bulk_result_free(narrow);
}

/* Interleaved and then sorted groups, weights and skipped rows: every method, with and without a
 * range check, gives the same through both widths. */
static void test_i32_agrees_with_i64(void) {
  enum { rows = 20000, group_count = 41 };
  const int32_t methods[] = {EJ_METHOD_MEAN, EJ_METHOD_WEIGHTED_MEAN, EJ_METHOD_SUM,
                             EJ_METHOD_LOWEST, EJ_METHOD_HIGHEST};
  both_widths data;
  int64_t i;
  int sorted, m, weights, skip;

  if (alloc_both_widths(&data, rows)) {
    for (sorted = 0; sorted <= 1; ++sorted) {
      for (i = 0; i < rows; ++i) {
        const int32_t group =
            sorted ? (int32_t)(i * group_count / rows) : (int32_t)((i * 7) % group_count);
        set_row(&data, i, 1000 * group, (int32_t)(1 + (i * 13 + i / 5) % 12), (int32_t)(i % 5),
                (uint8_t)(i % 11 == 3));
      }
      for (m = 0; m < (int)(sizeof methods / sizeof methods[0]); ++m) {
        for (weights = 0; weights <= 1; ++weights) {
          for (skip = 0; skip <= 1; ++skip) {
            ej_bulk_options opts = EJ_BULK_OPTIONS_INIT;
            opts.method = methods[m];
            opts.value_scale = 1;
            opts.decimals = 3;
            check_widths_agree(&data, weights, skip, &opts);
            opts.check_range = 1;
            opts.value_min = 1;
            opts.value_max = 12;
            check_widths_agree(&data, weights, skip, &opts);
            opts.value_max = 11; /* rows with 12 are rejected, naming the first */
            check_widths_agree(&data, weights, skip, &opts);
          }
        }
      }
    }
  }
  free_both_widths(&data);
}

static void test_i32(void) {
  const int32_t groups[] = {1, 1, 2, 2, 2, 3};
  const int32_t values[] = {10, 11, 7, 8, 9, 12};
  const int32_t weights[] = {1, 3, 1, 0, 1, 2};
  const uint8_t skip[] = {0, 0, 0, 0, 0, 1};
  const int64_t group_ids[] = {1, 2, 3};
  const int64_t counts[] = {2, 3, 0};
  const int64_t sums[] = {21, 24, 0};
  const int64_t rounded[] = {1050, 800, 0};
  const int64_t has_value[] = {1, 1, 0};
  const int64_t weighted[] = {1075, 800, 1200};
  const int32_t huge[] = {INT32_MAX, INT32_MAX, INT32_MAX};
  const int32_t negative[] = {1, -1, 1, 1, 1, 1};
  ej_bulk_options opts = EJ_BULK_OPTIONS_INIT;
  ej_bulk_result* result = NULL;

  if (CHECK_OK(ej_bulk_aggregate_i32(&result, groups, values, NULL, skip, 6, NULL))) {
    check_shape(result, 3, 2);
    check_column(result, EJ_BULK_GROUP, group_ids, 3);
    check_column(result, EJ_BULK_COUNT, counts, 3);
    check_column(result, EJ_BULK_SUM, sums, 3);
    check_column(result, EJ_BULK_ROUNDED, rounded, 3);
    check_column(result, EJ_BULK_HAS_VALUE, has_value, 3);
    ej_bulk_result_free(result);
  }
  opts.method = EJ_METHOD_WEIGHTED_MEAN;
  if (CHECK_OK(ej_bulk_aggregate_i32(&result, groups, values, weights, NULL, 6, &opts))) {
    check_column(result, EJ_BULK_ROUNDED, weighted, 3);
    ej_bulk_result_free(result);
  }
  /* Three products of INT32_MAX² pass INT64_MAX. */
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, huge, huge, huge, NULL, 3, &opts), EJ_ERANGE,
              "group 2147483647");
  CHECK_MESSAGE("overflows int64");
  result = STALE(ej_bulk_result);
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, negative, NULL, 6, &opts), EJ_EINVALID,
              "row 1");
  CHECK_MESSAGE("negative weight -1");
  CHECK(result == NULL);
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.check_range = 1;
  opts.value_min = 8;
  opts.value_max = 12;
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, 6, &opts), EJ_EINVALID,
              "row 2");
  CHECK_MESSAGE("value 7");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.method = EJ_METHOD_MEDIAN;
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, 6, &opts), EJ_EUNSUPPORTED,
              "(method 3)");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.value_scale = 10;
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, 6, &opts), EJ_EINVALID,
              "value scale 10");
  opts = (ej_bulk_options)EJ_BULK_OPTIONS_INIT;
  opts.version = 0;
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, 6, &opts), EJ_EVERSION,
              "'opts->version' is 0");
  opts.version = EJ_BULK_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, 6, &opts), EJ_EVERSION,
              "'opts->version' is 2");
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, 0, NULL), EJ_EEMPTY,
              "'count'");
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, values, NULL, NULL, -1, NULL), EJ_EINVALID,
              "'count'");
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, NULL, values, NULL, NULL, 6, NULL), EJ_EINVALID,
              "'groups'");
  CHECK_ERROR(ej_bulk_aggregate_i32(&result, groups, NULL, NULL, NULL, 6, NULL), EJ_EINVALID,
              "'values'");
  CHECK_ERROR(ej_bulk_aggregate_i32(NULL, groups, values, NULL, NULL, 6, NULL), EJ_EINVALID,
              "'out'");
  CHECK(result == NULL);
}

static void test_ua_semester_i32(void) {
  const int32_t groups[] = {1, 1, 2, 2, 3};
  const int32_t values[] = {10, 11, 7, 8, 12};
  const int64_t groups64[] = {1, 1, 2, 2, 3};
  const int64_t values64[] = {10, 11, 7, 8, 12};
  const uint8_t skip[] = {0, 0, 0, 0, 1};
  const int32_t bad[] = {10, 11, 7, 13, 12};
  ej_bulk_result* wide = NULL;
  ej_bulk_result* result = NULL;

  if (CHECK_OK(
          ej_ua_bulk_suggest_semester(&wide, groups64, values64, skip, 5, EJ_ROUND_HALF_EVEN)) &&
      CHECK_OK(
          ej_ua_bulk_suggest_semester_i32(&result, groups, values, skip, 5, EJ_ROUND_HALF_EVEN))) {
    check_shape(result, 3, 0);
    check_same_result(wide, result);
  }
  ej_bulk_result_free(wide);
  ej_bulk_result_free(result);
  result = STALE(ej_bulk_result);
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(&result, groups, bad, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "row 3");
  CHECK_MESSAGE("value 13");
  CHECK(result == NULL);
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(&result, groups, values, NULL, 5, 0), EJ_EINVALID,
              "'rounding_mode'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(&result, groups, values, NULL, 0, EJ_ROUND_HALF_UP),
              EJ_EEMPTY, "'count'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(&result, groups, values, NULL, -5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'count'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(&result, NULL, values, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'groups'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(&result, groups, NULL, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'values'");
  CHECK_ERROR(ej_ua_bulk_suggest_semester_i32(NULL, groups, values, NULL, 5, EJ_ROUND_HALF_UP),
              EJ_EINVALID, "'out'");
}

int main(void) {
  test_mean_with_skip();
  test_methods();
  test_against_loop();
  test_ua_semester();
  test_bad_input();
  test_options_and_getters();
  test_i32();
  test_i32_agrees_with_i64();
  test_ua_semester_i32();
  return check_finish("capi_bulk");
}
