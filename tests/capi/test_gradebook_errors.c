/* Bad input at every entry of ejournal/gradebook.h: NULL, NaN, unknown kinds and options
 * versions, invalid UTF-8, indices out of range, and malformed trees refused when computed with
 * a message naming the node. Every failing call leaves its outputs reset. */
#include <math.h>
#include <string.h>

#include "check.h"

/* A course of two items, "hw" and "test", both 0…100. */
static ej_gradebook* valid_book(void) {
  ej_gradebook* book = NULL;
  if (!CHECK_OK(ej_gradebook_new(&book))) return NULL;
  CHECK_OK(ej_gradebook_add_category(book, "course", NULL, NULL, NULL));
  CHECK_OK(ej_gradebook_add_item(book, "hw", "course", NULL, NULL, NULL));
  CHECK_OK(ej_gradebook_add_item(book, "test", "course", NULL, NULL, NULL));
  return book;
}

static void test_options_init(void) {
  ej_category_options category;
  ej_item_options item;
  ej_gradebook_policy_options policy;

  if (CHECK_OK(ej_category_options_init(&category, EJ_CATEGORY_OPTIONS_VERSION))) {
    CHECK_INT(category.aggregation, EJ_AGGREGATION_NATURAL);
    CHECK_INT(category.exclude_empty, 1);
    CHECK(category.max == 100.0);
  }
  if (CHECK_OK(ej_item_options_init(&item, EJ_ITEM_OPTIONS_VERSION))) {
    CHECK(item.min == 0.0 && item.max == 100.0);
    CHECK_INT(item.has_weight, 0);
  }
  if (CHECK_OK(ej_gradebook_policy_options_init(&policy, EJ_GRADEBOOK_POLICY_OPTIONS_VERSION))) {
    CHECK_INT(policy.rounding_mode, EJ_ROUND_HALF_UP);
  }
  /* An unknown version leaves version 0 behind, which every later call refuses. */
  CHECK_ERROR(ej_category_options_init(&category, 0), EJ_EVERSION, "version");
  CHECK_INT(category.version, 0);
  CHECK_ERROR(ej_item_options_init(&item, EJ_ITEM_OPTIONS_VERSION + 1), EJ_EVERSION, "1 … 1");
  CHECK_INT(item.version, 0);
  CHECK_ERROR(ej_gradebook_policy_options_init(&policy, 99), EJ_EVERSION, "99");
  CHECK_ERROR(ej_category_options_init(NULL, 1), EJ_EINVALID, "'opts'");
}

static void test_building(void) {
  ej_gradebook* book = NULL;
  ej_category_options category = EJ_CATEGORY_OPTIONS_INIT;
  ej_item_options item = EJ_ITEM_OPTIONS_INIT;
  int32_t index = 7;

  CHECK_ERROR(ej_gradebook_new(NULL), EJ_EINVALID, "'out'");
  if (!CHECK_OK(ej_gradebook_new(&book))) return;

  CHECK_ERROR(ej_gradebook_add_category(NULL, "c", NULL, NULL, NULL), EJ_EINVALID, "'book'");
  CHECK_ERROR(ej_gradebook_add_category(book, NULL, NULL, NULL, NULL), EJ_EINVALID, "'id'");
  CHECK_ERROR(ej_gradebook_add_category(book, "bad\xff", NULL, NULL, NULL), EJ_EINVALID,
              "'id' is not valid UTF-8");
  CHECK_ERROR(ej_gradebook_add_category(book, "c", "\xc3", NULL, NULL), EJ_EINVALID, "'parent'");
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, "\xe2\x82", NULL), EJ_EINVALID, "'name'");
  category.version = 0;
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, NULL, &category), EJ_EVERSION,
              "opts->version");
  category.version = EJ_CATEGORY_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, NULL, &category), EJ_EVERSION,
              "opts->version");
  category.version = EJ_CATEGORY_OPTIONS_VERSION;
  category.aggregation = 0;
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, NULL, &category), EJ_EINVALID,
              "opts->aggregation");
  category.aggregation = EJ_AGGREGATION_NATURAL + 1;
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, NULL, &category), EJ_EINVALID,
              "opts->aggregation");
  category.aggregation = EJ_AGGREGATION_MEAN;
  category.exclude_empty = 2;
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, NULL, &category), EJ_EINVALID,
              "opts->exclude_empty");
  category.exclude_empty = 1;
  category.min = NAN;
  CHECK_ERROR(ej_gradebook_add_category(book, "c", NULL, NULL, &category), EJ_EINVALID,
              "'opts->min' is not a finite number (nan)");
  category.min = 0;
  category.weight = INFINITY;
  /* The weight is read only when has_weight says so. */
  CHECK_OK(ej_gradebook_add_category(book, "c", NULL, NULL, &category));
  category.has_weight = 1;
  CHECK_ERROR(ej_gradebook_add_category(book, "d", "c", NULL, &category), EJ_EINVALID,
              "'opts->weight' is not a finite number (inf)");
  category.has_weight = 0;
  category.hidden = -1;
  CHECK_ERROR(ej_gradebook_add_category(book, "d", "c", NULL, &category), EJ_EINVALID,
              "opts->hidden");

  CHECK_ERROR(ej_gradebook_add_item(book, "i", NULL, NULL, NULL, NULL), EJ_EINVALID, "'category'");
  CHECK_ERROR(ej_gradebook_add_item(book, NULL, "c", NULL, NULL, NULL), EJ_EINVALID, "'id'");
  CHECK_ERROR(ej_gradebook_add_item(book, "i", "c", NULL, "\xff", NULL), EJ_EINVALID, "'period'");
  item.reserved = 1;
  CHECK_ERROR(ej_gradebook_add_item(book, "i", "c", NULL, NULL, &item), EJ_EINVALID,
              "opts->reserved");
  item.reserved = 0;
  item.max = -NAN;
  CHECK_ERROR(ej_gradebook_add_item(book, "i", "c", NULL, NULL, &item), EJ_EINVALID, "opts->max");
  item.max = 10;
  item.never_drop = 3;
  CHECK_ERROR(ej_gradebook_add_item(book, "i", "c", NULL, NULL, &item), EJ_EINVALID,
              "opts->never_drop");
  item.never_drop = 0;
  item.version = 0;
  CHECK_ERROR(ej_gradebook_add_item(book, "i", "c", NULL, NULL, &item), EJ_EVERSION,
              "opts->version");

  CHECK_ERROR(ej_gradebook_add_period(book, NULL, 50), EJ_EINVALID, "'id'");
  CHECK_ERROR(ej_gradebook_add_period(book, "p", NAN), EJ_EINVALID, "'weight'");
  CHECK_ERROR(ej_gradebook_add_period(NULL, "p", 50), EJ_EINVALID, "'book'");
  CHECK_ERROR(ej_gradebook_set_weighted_groups(book, 2), EJ_EINVALID, "'weighted'");
  CHECK_ERROR(ej_gradebook_set_weighted_periods(NULL, 1), EJ_EINVALID, "'book'");

  /* Nothing failed above was added: the book holds "c" and no item. */
  CHECK_ERROR(ej_gradebook_item_index(&index, book, "i"), EJ_ENOTFOUND, "'i'");
  CHECK_INT(index, 0);
  item.version = EJ_ITEM_OPTIONS_VERSION;
  CHECK_OK(ej_gradebook_add_item(book, "i", "c", NULL, NULL, &item));
  CHECK_OK(ej_gradebook_add_item(book, "j", "c", NULL, NULL, &item));
  if (CHECK_OK(ej_gradebook_item_index(&index, book, "j"))) CHECK_INT(index, 1);
  CHECK_OK(ej_gradebook_add_item(book, "i", "c", NULL, NULL, &item));
  CHECK_ERROR(ej_gradebook_item_index(&index, book, "i"), EJ_EINVALID, "'i' is not unique");
  CHECK_ERROR(ej_gradebook_item_index(&index, book, "\xff"), EJ_EINVALID, "'id'");
  CHECK_ERROR(ej_gradebook_item_index(NULL, book, "i"), EJ_EINVALID, "'out'");
  ej_gradebook_free(book);
}

static void test_grades(void) {
  ej_gradebook* book = valid_book();
  ej_gradebook_grades* grades = STALE(ej_gradebook_grades);

  CHECK_ERROR(ej_gradebook_grades_new(&grades, NULL, 1), EJ_EINVALID, "'book'");
  CHECK(grades == NULL);
  grades = STALE(ej_gradebook_grades);
  CHECK_ERROR(ej_gradebook_grades_new(&grades, book, -1), EJ_EINVALID, "'students'");
  CHECK(grades == NULL);
  if (!CHECK_OK(ej_gradebook_grades_new(&grades, book, 2))) {
    ej_gradebook_free(book);
    return;
  }
  CHECK_ERROR(ej_gradebook_grades_set_score(grades, 2, 0, 50), EJ_ERANGE, "students");
  CHECK_ERROR(ej_gradebook_grades_set_score(grades, 0, 2, 50), EJ_ERANGE, "items");
  CHECK_ERROR(ej_gradebook_grades_set_score(grades, -1, 0, 50), EJ_ERANGE, "-1");
  CHECK_ERROR(ej_gradebook_grades_set_score(grades, 0, 0, NAN), EJ_EINVALID, "'score'");
  CHECK_ERROR(ej_gradebook_grades_set_score(NULL, 0, 0, 50), EJ_EINVALID, "'grades'");
  CHECK_ERROR(ej_gradebook_grades_set_empty(grades, 0, 5), EJ_ERANGE, "items");
  CHECK_ERROR(ej_gradebook_grades_set_flags(grades, 0, 0, 16), EJ_EINVALID, "'flags'");
  CHECK_ERROR(ej_gradebook_grades_set_flags(grades, 3, 0, 0), EJ_ERANGE, "students");
  CHECK_OK(ej_gradebook_grades_set_flags(grades, 1, 1,
                                         EJ_GRADEBOOK_GRADE_EXCUSED | EJ_GRADEBOOK_GRADE_HIDDEN));
  ej_gradebook_grades_free(grades);
  ej_gradebook_free(book);
}

static void test_compute_arguments(void) {
  ej_gradebook* book = valid_book();
  ej_gradebook_grades* grades = NULL;
  ej_gradebook_result* result = NULL;
  ej_gradebook_class_result* results = NULL;
  ej_gradebook_policy_options opts = EJ_GRADEBOOK_POLICY_OPTIONS_INIT;
  const int32_t moodle = EJ_GRADEBOOK_POLICY_MOODLE;

  if (book == NULL || !CHECK_OK(ej_gradebook_grades_new(&grades, book, 1))) {
    ej_gradebook_free(book);
    return;
  }
  CHECK_ERROR(ej_gradebook_compute(NULL, book, grades, 0, moodle, NULL), EJ_EINVALID, "'out'");
  result = STALE(ej_gradebook_result);
  CHECK_ERROR(ej_gradebook_compute(&result, NULL, grades, 0, moodle, NULL), EJ_EINVALID, "'book'");
  CHECK(result == NULL);
  CHECK_ERROR(ej_gradebook_compute(&result, book, NULL, 0, moodle, NULL), EJ_EINVALID, "'grades'");
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, 0, NULL), EJ_EINVALID,
              "not an ej_gradebook_policy (0)");
  CHECK_ERROR(
      ej_gradebook_compute(&result, book, grades, 0, EJ_GRADEBOOK_POLICY_UKRAINIAN + 1, NULL),
      EJ_EINVALID, "'policy'");
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 1, moodle, NULL), EJ_ERANGE, "students");
  opts.version = 0;
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, moodle, &opts), EJ_EVERSION,
              "opts->version");
  opts.version = EJ_GRADEBOOK_POLICY_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, moodle, &opts), EJ_EVERSION,
              "opts->version");
  opts.version = EJ_GRADEBOOK_POLICY_OPTIONS_VERSION;
  opts.final_grade = 2;
  /* Checked under every policy, not only Canvas's. */
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, moodle, &opts), EJ_EINVALID,
              "opts->final_grade");
  opts.final_grade = 0;
  opts.rounding_mode = 0;
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, moodle, &opts), EJ_EINVALID,
              "opts->rounding_mode");
  opts.rounding_mode = EJ_ROUND_HALF_UP;
  opts.exclude_hidden = -1;
  results = STALE(ej_gradebook_class_result);
  CHECK_ERROR(ej_gradebook_compute_class(&results, book, grades, moodle, &opts), EJ_EINVALID,
              "opts->exclude_hidden");
  CHECK(results == NULL);
  CHECK_ERROR(ej_gradebook_compute_class(&results, book, grades, 9, NULL), EJ_EINVALID, "'policy'");
  CHECK_ERROR(ej_gradebook_compute_class(&results, book, NULL, moodle, NULL), EJ_EINVALID,
              "'grades'");

  /* A grades table made before an item was added no longer fits the book. */
  CHECK_OK(ej_gradebook_add_item(book, "late", "course", NULL, NULL, NULL));
  CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, moodle, NULL), EJ_EINVALID,
              "made for 2 items, but the gradebook has 3");
  CHECK_ERROR(ej_gradebook_compute_class(&results, book, grades, moodle, NULL), EJ_EINVALID,
              "made for 2 items");

  /* A score the policy does not accept: the Ukrainian rules take 12-point grades only. */
  ej_gradebook_grades_free(grades);
  grades = NULL;
  if (CHECK_OK(ej_gradebook_grades_new(&grades, book, 1))) {
    CHECK_OK(ej_gradebook_grades_set_score(grades, 0, 2, 13));
    CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 0, EJ_GRADEBOOK_POLICY_UKRAINIAN, NULL),
                EJ_EINVALID, "late");
    CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_GRADING);
  }
  ej_gradebook_grades_free(grades);
  ej_gradebook_free(book);
}

/* A book of a root "course" plus what `extend` adds, computed once per policy: each must be
 * refused with EJ_EINVALID and a message containing `fragment`. */
static void check_refused(void (*extend)(ej_gradebook*), const char* fragment) {
  ej_gradebook* book = NULL;
  ej_gradebook_grades* grades = NULL;
  ej_gradebook_result* result = NULL;
  ej_gradebook_class_result* results = NULL;
  int32_t policy;
  if (!CHECK_OK(ej_gradebook_new(&book))) return;
  extend(book);
  if (CHECK_OK(ej_gradebook_grades_new(&grades, book, 2))) {
    for (policy = EJ_GRADEBOOK_POLICY_MOODLE; policy <= EJ_GRADEBOOK_POLICY_UKRAINIAN; ++policy) {
      result = STALE(ej_gradebook_result);
      CHECK_ERROR(ej_gradebook_compute(&result, book, grades, 1, policy, NULL), EJ_EINVALID,
                  fragment);
      CHECK(result == NULL);
      CHECK_ERROR(ej_gradebook_compute_class(&results, book, grades, policy, NULL), EJ_EINVALID,
                  fragment);
    }
  }
  ej_gradebook_grades_free(grades);
  ej_gradebook_free(book);
}

static void add_root(ej_gradebook* book) {
  CHECK_OK(ej_gradebook_add_category(book, "course", NULL, NULL, NULL));
}

static void duplicate_category(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_category(book, "unit", "course", NULL, NULL));
  CHECK_OK(ej_gradebook_add_category(book, "unit", "course", NULL, NULL));
}

static void duplicate_item(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_item(book, "quiz", "course", NULL, NULL, NULL));
  CHECK_OK(ej_gradebook_add_item(book, "quiz", "course", NULL, NULL, NULL));
}

static void cycle(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_category(book, "a", "b", NULL, NULL));
  CHECK_OK(ej_gradebook_add_category(book, "b", "a", NULL, NULL));
}

static void missing_parent(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_category(book, "orphan", "nowhere", NULL, NULL));
}

static void missing_category(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_item(book, "stray", "nowhere", NULL, NULL, NULL));
}

static void two_roots(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_category(book, "other", "", NULL, NULL));
}

static void negative_drop(ej_gradebook* book) {
  ej_category_options opts = EJ_CATEGORY_OPTIONS_INIT;
  add_root(book);
  opts.drop_lowest = -1;
  CHECK_OK(ej_gradebook_add_category(book, "quizzes", "course", NULL, &opts));
}

static void negative_weight(ej_gradebook* book) {
  ej_item_options opts = EJ_ITEM_OPTIONS_INIT;
  add_root(book);
  opts.has_weight = 1;
  opts.weight = -2;
  CHECK_OK(ej_gradebook_add_item(book, "heavy", "course", NULL, NULL, &opts));
}

static void negative_range(ej_gradebook* book) {
  ej_item_options opts = EJ_ITEM_OPTIONS_INIT;
  add_root(book);
  opts.min = 10;
  opts.max = 5;
  CHECK_OK(ej_gradebook_add_item(book, "upside", "course", NULL, NULL, &opts));
}

static void too_many_drops(ej_gradebook* book) {
  ej_category_options opts = EJ_CATEGORY_OPTIONS_INIT;
  add_root(book);
  opts.drop_lowest = 3;
  CHECK_OK(ej_gradebook_add_category(book, "quizzes", "course", NULL, &opts));
  CHECK_OK(ej_gradebook_add_item(book, "q1", "quizzes", NULL, NULL, NULL));
  CHECK_OK(ej_gradebook_add_item(book, "q2", "quizzes", NULL, NULL, NULL));
}

static void weights_summing_to_zero(ej_gradebook* book) {
  ej_category_options course = EJ_CATEGORY_OPTIONS_INIT;
  ej_item_options weightless = EJ_ITEM_OPTIONS_INIT;
  course.aggregation = EJ_AGGREGATION_WEIGHTED_MEAN;
  CHECK_OK(ej_gradebook_add_category(book, "course", "", NULL, &course));
  weightless.has_weight = 1;
  weightless.weight = 0;
  CHECK_OK(ej_gradebook_add_item(book, "a", "course", NULL, NULL, &weightless));
  CHECK_OK(ej_gradebook_add_item(book, "b", "course", NULL, NULL, &weightless));
}

static void unknown_period(ej_gradebook* book) {
  add_root(book);
  CHECK_OK(ej_gradebook_add_item(book, "essay", "course", NULL, "summer", NULL));
}

static void test_malformed_trees(void) {
  check_refused(duplicate_category, "duplicate category id 'unit'");
  check_refused(duplicate_item, "duplicate item id 'quiz'");
  check_refused(cycle, "cycle through category 'a'");
  check_refused(missing_parent, "'orphan': its parent 'nowhere' does not exist");
  check_refused(missing_category, "'stray': its category 'nowhere' does not exist");
  check_refused(two_roots, "two root categories");
  check_refused(negative_drop, "'quizzes'");
  check_refused(negative_weight, "'heavy'");
  check_refused(negative_range, "'upside'");
  check_refused(unknown_period, "'summer'");
  check_refused(too_many_drops, "'quizzes': its drop rules ask for 3 of 2 children");
  check_refused(weights_summing_to_zero, "'course': the weights of its 2 children sum to zero");
}

static void test_results(void) {
  ej_gradebook* book = valid_book();
  ej_gradebook_grades* grades = NULL;
  ej_gradebook_result* result = NULL;
  ej_gradebook_class_result* results = NULL;
  const ej_gradebook_result* borrowed = STALE(const ej_gradebook_result);
  const char* id = "stale";
  const char* reason = "stale";
  int32_t outcome = 5;
  ej_rational value = {3, 4};
  int32_t has_value = 1;
  int32_t count = 9;

  if (book == NULL || !CHECK_OK(ej_gradebook_grades_new(&grades, book, 1)) ||
      !CHECK_OK(ej_gradebook_compute(&result, book, grades, 0, EJ_GRADEBOOK_POLICY_MOODLE, NULL)) ||
      !CHECK_OK(
          ej_gradebook_compute_class(&results, book, grades, EJ_GRADEBOOK_POLICY_MOODLE, NULL))) {
    ej_gradebook_grades_free(grades);
    ej_gradebook_free(book);
    return;
  }
  CHECK_ERROR(ej_gradebook_result_node(&id, NULL, &outcome, &reason, result, 3), EJ_ERANGE,
              "nodes");
  CHECK(id == NULL && reason == NULL);
  CHECK_INT(outcome, 0);
  CHECK_ERROR(ej_gradebook_result_node_value(&value, &has_value, NULL, NULL, result, -1), EJ_ERANGE,
              "-1");
  CHECK_RATIONAL(value, 0, 0);
  CHECK_INT(has_value, 0);
  CHECK_ERROR(ej_gradebook_result_node_weight(&value, NULL, NULL, NULL, NULL, 0), EJ_EINVALID,
              "'result'");
  CHECK_ERROR(ej_gradebook_result_period(&id, NULL, NULL, NULL, NULL, result, 0), EJ_ERANGE,
              "periods");
  CHECK_ERROR(ej_gradebook_result_total(NULL, NULL, NULL, NULL, NULL), EJ_EINVALID, "'result'");
  CHECK_ERROR(ej_gradebook_result_percent(&value, NULL, &has_value, NULL), EJ_EINVALID, "'result'");
  CHECK_ERROR(ej_gradebook_result_mark(NULL, result), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_gradebook_result_node_count(&count, NULL), EJ_EINVALID, "'result'");
  CHECK_INT(count, 0);
  CHECK_ERROR(ej_gradebook_result_period_count(NULL, result), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_gradebook_class_result_get(&borrowed, results, 1), EJ_ERANGE, "students");
  CHECK(borrowed == NULL);
  CHECK_ERROR(ej_gradebook_class_result_count(&count, NULL), EJ_EINVALID, "'results'");

  /* Every out pointer may be NULL. */
  CHECK_OK(ej_gradebook_result_node(NULL, NULL, NULL, NULL, result, 0));
  CHECK_OK(ej_gradebook_result_node_value(NULL, NULL, NULL, NULL, result, 0));
  CHECK_OK(ej_gradebook_result_total(NULL, NULL, NULL, NULL, result));
  CHECK_OK(ej_gradebook_result_percent(NULL, NULL, NULL, result));

  /* Frees accept NULL and leave the last error alone. */
  CHECK_ERROR(ej_gradebook_result_mark(NULL, result), EJ_EINVALID, "'out'");
  ej_gradebook_free(NULL);
  ej_gradebook_grades_free(NULL);
  ej_gradebook_result_free(NULL);
  ej_gradebook_class_result_free(NULL);
  ej_letter_scheme_free(NULL);
  CHECK_INT(ej_error_last()->code, EJ_EINVALID);

  ej_gradebook_class_result_free(results);
  ej_gradebook_result_free(result);
  ej_gradebook_grades_free(grades);
  ej_gradebook_free(book);
}

static void test_letter_schemes(void) {
  static const char* const letters[] = {"A", "B", "C"};
  static const char* const bad_letters[] = {"A", "", "C"};
  static const char* const invalid_letters[] = {"A", "\xc0\x80", "C"};
  static const double bounds[] = {80, 60, 0};
  static const double unordered[] = {60, 80, 0};
  static const double negative[] = {80, 60, -1};
  static const double not_finite[] = {80, NAN, 0};
  ej_letter_scheme* scheme = STALE(ej_letter_scheme);
  const char* letter = "stale";
  ej_rational percent = {50, 0};

  CHECK_ERROR(ej_letter_scheme_builtin(&scheme, 3), EJ_EINVALID, "ej_letter_scheme_id (3)");
  CHECK(scheme == NULL);
  CHECK_ERROR(ej_letter_scheme_builtin(NULL, EJ_LETTERS_MOODLE), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 0, letters, bounds), EJ_EINVALID, "'count'");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, NULL, bounds), EJ_EINVALID, "'letters'");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, letters, NULL), EJ_EINVALID, "'lower_bounds'");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, bad_letters, bounds), EJ_EINVALID,
              "'letters[1]' is empty");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, invalid_letters, bounds), EJ_EINVALID,
              "'letters[1]' is not valid UTF-8");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, letters, unordered), EJ_EINVALID,
              "row 1 ('B'): its lower bound 80 is above the one before it");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, letters, negative), EJ_EINVALID,
              "row 2 ('C'): negative lower bound");
  CHECK_ERROR(ej_letter_scheme_new(&scheme, 3, letters, not_finite), EJ_EINVALID,
              "'lower_bounds[1]' is not a finite number");
  CHECK(scheme == NULL);

  if (!CHECK_OK(ej_letter_scheme_new(&scheme, 3, letters, bounds))) return;
  CHECK_ERROR(ej_letter_scheme_moodle_letter(&letter, scheme, &percent), EJ_EINVALID,
              "'percent' has a denominator");
  CHECK(letter == NULL);
  CHECK_ERROR(ej_letter_scheme_canvas_letter(&letter, scheme, NULL), EJ_EINVALID, "'percent'");
  CHECK_ERROR(ej_letter_scheme_canvas_letter(&letter, NULL, &percent), EJ_EINVALID, "'scheme'");
  CHECK_ERROR(ej_letter_scheme_canvas_score(&percent, scheme, NULL), EJ_EINVALID, "'letter'");
  CHECK_ERROR(ej_letter_scheme_canvas_score(&percent, scheme, "\xff"), EJ_EINVALID, "'letter'");
  CHECK_ERROR(ej_letter_scheme_get(&letter, NULL, scheme, 3), EJ_ERANGE, "rows");
  ej_letter_scheme_free(scheme);
}

int main(void) {
  test_options_init();
  test_building();
  test_grades();
  test_compute_arguments();
  test_malformed_trees();
  test_results();
  test_letter_schemes();
  return check_finish("capi_gradebook_errors");
}
