/* The gradebook through ejournal/gradebook.h: Moodle's and Canvas's worked examples, weighted
 * groups, the Ukrainian rules, the class-at-once form and letter schemes. Bad input:
 * test_gradebook_errors.c. */
#include <string.h>

#include "check.h"

/* Scores of one student in item order; EMPTY marks an ungraded item. */
#define EMPTY (-1.0e9)

/* Node indices: categories first, then items, each in the order added. */
enum { MOODLE_COURSE = 0, MOODLE_A1 = 1, MOODLE_A2 = 2, MOODLE_A3 = 3 };

static ej_category_options category_options(int32_t aggregation) {
  ej_category_options opts = EJ_CATEGORY_OPTIONS_INIT;
  opts.aggregation = aggregation;
  return opts;
}

static ej_item_options item_options(double max, int64_t order) {
  ej_item_options opts = EJ_ITEM_OPTIONS_INIT;
  opts.max = max;
  opts.order = order;
  return opts;
}

static void add_item(ej_gradebook* book, const char* id, const char* category, double max,
                     int64_t order) {
  const ej_item_options opts = item_options(max, order);
  CHECK_OK(ej_gradebook_add_item(book, id, category, NULL, NULL, &opts));
}

static void add_weighted_item(ej_gradebook* book, const char* id, const char* category, double max,
                              double weight) {
  ej_item_options opts = item_options(max, 0);
  opts.has_weight = 1;
  opts.weight = weight;
  CHECK_OK(ej_gradebook_add_item(book, id, category, NULL, NULL, &opts));
}

/* Moodle's worked example (grading-and-interop.md §1.2): A1 = 70/100, A2 = 20/80, A3 = 10/10
 * in one category of range 0…100, aggregated by `aggregation`; `weights` NULL for none. */
static ej_gradebook* moodle_book(int32_t aggregation, const double* weights) {
  static const char* const ids[] = {"A1", "A2", "A3"};
  static const double maxima[] = {100, 80, 10};
  const ej_category_options opts = category_options(aggregation);
  ej_gradebook* book = NULL;
  int i;
  if (!CHECK_OK(ej_gradebook_new(&book))) return NULL;
  CHECK_OK(ej_gradebook_add_category(book, "course", NULL, "Course", &opts));
  for (i = 0; i < 3; ++i) {
    if (weights != NULL) {
      add_weighted_item(book, ids[i], "course", maxima[i], weights[i]);
    } else {
      add_item(book, ids[i], "course", maxima[i], 0);
    }
  }
  return book;
}

/* A grades table of one student holding `scores` (EMPTY for none). */
static ej_gradebook_grades* one_student(const ej_gradebook* book, const double* scores,
                                        int32_t count) {
  ej_gradebook_grades* grades = NULL;
  int32_t i;
  if (!CHECK_OK(ej_gradebook_grades_new(&grades, book, 1))) return NULL;
  for (i = 0; i < count; ++i) {
    if (scores[i] != EMPTY) CHECK_OK(ej_gradebook_grades_set_score(grades, 0, i, scores[i]));
  }
  return grades;
}

/* Computes one student's `scores` under `policy`; NULL when it fails. */
static ej_gradebook_result* compute(const ej_gradebook* book, const double* scores, int32_t count,
                                    int32_t policy, const ej_gradebook_policy_options* opts) {
  ej_gradebook_grades* grades = one_student(book, scores, count);
  ej_gradebook_result* result = NULL;
  if (grades != NULL) CHECK_OK(ej_gradebook_compute(&result, book, grades, 0, policy, opts));
  ej_gradebook_grades_free(grades);
  return result;
}

static void check_total(const ej_gradebook_result* result, int64_t num, int64_t den,
                        int64_t max_num, int64_t max_den) {
  ej_rational total;
  ej_rational min;
  ej_rational max;
  int32_t has_total = 0;
  if (!CHECK_OK(ej_gradebook_result_total(&total, &has_total, &min, &max, result))) return;
  CHECK_INT(has_total, 1);
  CHECK_RATIONAL(total, num, den);
  CHECK_RATIONAL(min, 0, 1);
  CHECK_RATIONAL(max, max_num, max_den);
}

/* The exact percentage and its 2-decimal display in hundredths. */
static void check_percent(const ej_gradebook_result* result, int64_t num, int64_t den,
                          int64_t hundredths) {
  ej_rational exact;
  ej_decimal rounded;
  int32_t has_percent = 0;
  if (!CHECK_OK(ej_gradebook_result_percent(&exact, &rounded, &has_percent, result))) return;
  CHECK_INT(has_percent, 1);
  CHECK_RATIONAL(exact, num, den);
  CHECK_DECIMAL(rounded, hundredths, 2);
}

static void check_node(const ej_gradebook_result* result, int32_t index, const char* id,
                       int32_t outcome) {
  const char* actual_id = NULL;
  const char* reason = NULL;
  int32_t is_category = -1;
  int32_t actual_outcome = 0;
  if (!CHECK_OK(ej_gradebook_result_node(&actual_id, &is_category, &actual_outcome, &reason, result,
                                         index))) {
    return;
  }
  CHECK_STR(actual_id, id);
  CHECK_INT(actual_outcome, outcome);
  /* A reason explains every outcome but COUNTED. */
  if (CHECK(reason != NULL)) CHECK((reason[0] == '\0') == (outcome == EJ_OUTCOME_COUNTED));
}

static void check_node_value(const ej_gradebook_result* result, int32_t index, int64_t num,
                             int64_t den) {
  ej_rational value;
  int32_t has_value = 0;
  if (!CHECK_OK(ej_gradebook_result_node_value(&value, &has_value, NULL, NULL, result, index))) {
    return;
  }
  CHECK_INT(has_value, 1);
  CHECK_RATIONAL(value, num, den);
}

static void check_node_weight(const ej_gradebook_result* result, int32_t index, int64_t num,
                              int64_t den) {
  ej_rational weight;
  int32_t has_weight = 0;
  if (!CHECK_OK(ej_gradebook_result_node_weight(&weight, &has_weight, NULL, NULL, result, index)))
    return;
  CHECK_INT(has_weight, 1);
  CHECK_RATIONAL(weight, num, den);
}

static void check_node_contribution(const ej_gradebook_result* result, int32_t index, int64_t num,
                                    int64_t den) {
  ej_rational contribution;
  int32_t has_contribution = 0;
  if (!CHECK_OK(ej_gradebook_result_node_weight(NULL, NULL, &contribution, &has_contribution,
                                                result, index))) {
    return;
  }
  CHECK_INT(has_contribution, 1);
  CHECK_RATIONAL(contribution, num, den);
}

static const double moodle_scores[] = {70, 20, 10};

static void test_moodle_worked_example(void) {
  static const double coefficients[] = {10, 5, 3};
  static const struct {
    int32_t aggregation;
    int64_t num;
    int64_t den;
  } methods[] = {{EJ_AGGREGATION_MEAN, 65, 1},
                 {EJ_AGGREGATION_MEDIAN, 70, 1},
                 {EJ_AGGREGATION_LOWEST, 25, 1},
                 {EJ_AGGREGATION_HIGHEST, 100, 1},
                 {EJ_AGGREGATION_SIMPLE_WEIGHTED_MEAN, 1000, 19}};
  ej_gradebook* book = NULL;
  ej_gradebook_result* result = NULL;
  int32_t count = 0;
  size_t i;

  for (i = 0; i < sizeof methods / sizeof methods[0]; ++i) {
    book = moodle_book(methods[i].aggregation, NULL);
    result = compute(book, moodle_scores, 3, EJ_GRADEBOOK_POLICY_MOODLE, NULL);
    if (result != NULL) check_total(result, methods[i].num, methods[i].den, 100, 1);
    ej_gradebook_result_free(result);
    ej_gradebook_free(book);
  }

  /* Mean: 65 of 0…100, each item a third of the category. */
  book = moodle_book(EJ_AGGREGATION_MEAN, NULL);
  result = compute(book, moodle_scores, 3, EJ_GRADEBOOK_POLICY_MOODLE, NULL);
  if (result != NULL) {
    check_percent(result, 65, 1, 6500);
    CHECK_OK(ej_gradebook_result_node_count(&count, result));
    CHECK_INT(count, 4);
    check_node(result, MOODLE_COURSE, "course", EJ_OUTCOME_COUNTED);
    check_node_value(result, MOODLE_COURSE, 65, 1);
    check_node(result, MOODLE_A2, "A2", EJ_OUTCOME_COUNTED);
    check_node_value(result, MOODLE_A2, 20, 1);
    check_node_weight(result, MOODLE_A1, 1, 3);
    check_node_weight(result, MOODLE_A3, 1, 3);
    /* 20/80 of a third: 1/12 of the course range. */
    check_node_contribution(result, MOODLE_A2, 1, 12);
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);

  /* Weighted mean, coefficients 10/5/3: 62.5, weights 10/18, 5/18, 3/18. */
  book = moodle_book(EJ_AGGREGATION_WEIGHTED_MEAN, coefficients);
  result = compute(book, moodle_scores, 3, EJ_GRADEBOOK_POLICY_MOODLE, NULL);
  if (result != NULL) {
    check_total(result, 125, 2, 100, 1);
    check_percent(result, 125, 2, 6250);
    check_node_weight(result, MOODLE_A1, 5, 9);
    check_node_weight(result, MOODLE_A2, 5, 18);
    check_node_weight(result, MOODLE_A3, 1, 6);
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);

  /* Natural: 100 out of 190, each item weighted by its maximum. */
  book = moodle_book(EJ_AGGREGATION_NATURAL, NULL);
  result = compute(book, moodle_scores, 3, EJ_GRADEBOOK_POLICY_MOODLE, NULL);
  if (result != NULL) {
    check_total(result, 100, 1, 190, 1);
    check_percent(result, 1000, 19, 5263);
    check_node_weight(result, MOODLE_A1, 10, 19);
    check_node_weight(result, MOODLE_A2, 8, 19);
    check_node_weight(result, MOODLE_A3, 1, 19);
    check_node_contribution(result, MOODLE_A1, 7, 19);
    check_node_contribution(result, MOODLE_A3, 1, 19);
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);
}

static void test_moodle_empty_grades(void) {
  static const double scores[] = {70, EMPTY, 10};
  ej_category_options opts = category_options(EJ_AGGREGATION_NATURAL);
  ej_gradebook* book = moodle_book(EJ_AGGREGATION_NATURAL, NULL);
  ej_gradebook_result* result = NULL;
  ej_rational value;
  int32_t has_value = 1;

  /* Excluded (the default): the empty item leaves the per-student maximum, 80 of 110. */
  result = compute(book, scores, 3, EJ_GRADEBOOK_POLICY_MOODLE, NULL);
  if (result != NULL) {
    check_total(result, 80, 1, 110, 1);
    check_node(result, MOODLE_A2, "A2", EJ_OUTCOME_EMPTY_EXCLUDED);
    if (CHECK_OK(
            ej_gradebook_result_node_value(&value, &has_value, NULL, NULL, result, MOODLE_A2))) {
      CHECK_INT(has_value, 0);
      CHECK_RATIONAL(value, 0, 0);
    }
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);

  /* Counted at its minimum: 80 of 190. */
  if (!CHECK_OK(ej_gradebook_new(&book))) return;
  opts.exclude_empty = 0;
  CHECK_OK(ej_gradebook_add_category(book, "course", "", NULL, &opts));
  add_item(book, "A1", "course", 100, 0);
  add_item(book, "A2", "course", 80, 0);
  add_item(book, "A3", "course", 10, 0);
  result = compute(book, scores, 3, EJ_GRADEBOOK_POLICY_MOODLE, NULL);
  if (result != NULL) {
    check_total(result, 80, 1, 190, 1);
    check_node(result, MOODLE_A2, "A2", EJ_OUTCOME_EMPTY_AS_ZERO);
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);
}

/* The guide's example (grading-and-interop.md §2.2): 50/50, 65/100 and 12/24 with drop lowest 1
 * drops the 65/100 item, giving 62/74, not the 50% item. */
static void test_canvas_drop_lowest(void) {
  static const double scores[] = {50, 65, 12};
  static const double ungraded[] = {50, EMPTY, 12};
  ej_category_options group = category_options(EJ_AGGREGATION_NATURAL);
  ej_gradebook_policy_options policy = EJ_GRADEBOOK_POLICY_OPTIONS_INIT;
  ej_gradebook* book = NULL;
  ej_gradebook_result* result = NULL;
  int32_t count = -1;
  enum { GROUP = 1, ESSAY = 2, TEST = 3, QUIZ = 4 };

  if (!CHECK_OK(ej_gradebook_new(&book))) return;
  CHECK_OK(ej_gradebook_add_category(book, "course", NULL, NULL, NULL));
  group.drop_lowest = 1;
  CHECK_OK(ej_gradebook_add_category(book, "assignments", "course", "Assignments", &group));
  add_item(book, "essay", "assignments", 50, 101);
  add_item(book, "test", "assignments", 100, 102);
  add_item(book, "quiz", "assignments", 24, 103);

  result = compute(book, scores, 3, EJ_GRADEBOOK_POLICY_CANVAS, NULL);
  if (result != NULL) {
    check_total(result, 62, 1, 74, 1);
    check_percent(result, 3100, 37, 8378);
    check_node(result, ESSAY, "essay", EJ_OUTCOME_COUNTED);
    check_node(result, TEST, "test", EJ_OUTCOME_DROPPED);
    check_node(result, QUIZ, "quiz", EJ_OUTCOME_COUNTED);
    check_node(result, GROUP, "assignments", EJ_OUTCOME_COUNTED);
    check_node_value(result, GROUP, 62, 1);
    /* No grading periods, no period results. */
    CHECK_OK(ej_gradebook_result_period_count(&count, result));
    CHECK_INT(count, 0);
  }
  ej_gradebook_result_free(result);

  /* The final grade counts an ungraded item as 0: 50/50, 0/100 and 12/24 drop the 0/100. */
  policy.final_grade = 1;
  result = compute(book, ungraded, 3, EJ_GRADEBOOK_POLICY_CANVAS, &policy);
  if (result != NULL) {
    check_percent(result, 3100, 37, 8378);
    check_node(result, TEST, "test", EJ_OUTCOME_DROPPED);
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);
}

/* Weighted groups summing to 40 are scaled up to 100: (95% × 30 + 90.3% × 10) × 100/40 =
 * 93.825, shown as 93.83 (half-up on the exact value; binary doubles would give 93.82). */
static void test_canvas_weighted_groups(void) {
  static const double scores[] = {19, 90.3};
  ej_category_options group = category_options(EJ_AGGREGATION_NATURAL);
  ej_gradebook* book = NULL;
  ej_gradebook_result* result = NULL;

  if (!CHECK_OK(ej_gradebook_new(&book))) return;
  CHECK_OK(ej_gradebook_set_weighted_groups(book, 1));
  CHECK_OK(ej_gradebook_add_category(book, "course", NULL, NULL, NULL));
  group.has_weight = 1;
  group.weight = 30;
  CHECK_OK(ej_gradebook_add_category(book, "exams", "course", NULL, &group));
  group.weight = 10;
  CHECK_OK(ej_gradebook_add_category(book, "homework", "course", NULL, &group));
  add_item(book, "exam", "exams", 20, 1);
  add_item(book, "homework", "homework", 100, 2);

  result = compute(book, scores, 2, EJ_GRADEBOOK_POLICY_CANVAS, NULL);
  if (result != NULL) check_percent(result, 3753, 40, 9383);
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);
}

/* Canvas grading periods, weighted 25 / 75: each period's percentage and the course's. */
static void test_canvas_weighted_periods(void) {
  static const double scores[] = {8, 30, 5};
  ej_gradebook* book = NULL;
  ej_gradebook_result* result = NULL;
  ej_item_options opts = item_options(10, 1);
  ej_rational percent;
  ej_rational score;
  ej_rational possible;
  const char* id = NULL;
  int32_t has_percent = 0;
  int32_t count = 0;

  if (!CHECK_OK(ej_gradebook_new(&book))) return;
  CHECK_OK(ej_gradebook_set_weighted_periods(book, 1));
  CHECK_OK(ej_gradebook_add_period(book, "autumn", 25));
  CHECK_OK(ej_gradebook_add_period(book, "spring", 75));
  CHECK_OK(ej_gradebook_add_category(book, "course", NULL, NULL, NULL));
  CHECK_OK(ej_gradebook_add_category(book, "work", "course", NULL, NULL));
  CHECK_OK(ej_gradebook_add_item(book, "a", "work", NULL, "autumn", &opts));
  opts = item_options(40, 2);
  CHECK_OK(ej_gradebook_add_item(book, "b", "work", NULL, "spring", &opts));
  opts = item_options(10, 3);
  CHECK_OK(ej_gradebook_add_item(book, "c", "work", NULL, NULL, &opts));

  result = compute(book, scores, 3, EJ_GRADEBOOK_POLICY_CANVAS, NULL);
  if (result != NULL) {
    /* 80% × 25 + 75% × 75 = 76.25; the item outside every period does not count. */
    check_percent(result, 305, 4, 7625);
    check_node(result, 4, "c", EJ_OUTCOME_OUTSIDE_PERIODS);
    CHECK_OK(ej_gradebook_result_period_count(&count, result));
    CHECK_INT(count, 2);
    if (CHECK_OK(ej_gradebook_result_period(&id, &percent, &has_percent, &score, &possible, result,
                                            1))) {
      CHECK_STR(id, "spring");
      CHECK_INT(has_percent, 1);
      CHECK_RATIONAL(percent, 75, 1);
      CHECK_RATIONAL(score, 30, 1);
      CHECK_RATIONAL(possible, 40, 1);
    }
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);
}

/* Two topics of 12-point grades: 10, 11, 12 → 11 and 9, 10 → 9.5 → 10 half-up; the semester
 * suggestion is 10.5 → 11. Half-even gives 10 and 10. */
static void test_ukrainian(void) {
  static const double scores[] = {10, 11, 12, 9, 10};
  static const double nothing[] = {EMPTY, EMPTY, EMPTY, EMPTY, EMPTY};
  ej_gradebook_policy_options policy;
  ej_gradebook* book = NULL;
  ej_gradebook_result* result = NULL;
  ej_item_options twelve_point = item_options(12, 0);
  const char* mark = NULL;
  ej_rational total;
  int32_t has_total = 1;
  const char* item_ids[] = {"t1a", "t1b", "t1c", "t2a", "t2b"};
  int i;
  enum { SEMESTER = 0, TOPIC1 = 1, TOPIC2 = 2 };

  if (!CHECK_OK(ej_gradebook_new(&book))) return;
  CHECK_OK(ej_gradebook_add_category(book, "semester", NULL, "I семестр", NULL));
  CHECK_OK(ej_gradebook_add_category(book, "topic1", "semester", "Тема 1", NULL));
  CHECK_OK(ej_gradebook_add_category(book, "topic2", "semester", "Тема 2", NULL));
  twelve_point.min = 1;
  for (i = 0; i < 5; ++i) {
    CHECK_OK(ej_gradebook_add_item(book, item_ids[i], i < 3 ? "topic1" : "topic2", NULL, NULL,
                                   &twelve_point));
  }

  result = compute(book, scores, 5, EJ_GRADEBOOK_POLICY_UKRAINIAN, NULL);
  if (result != NULL) {
    check_node_value(result, TOPIC1, 11, 1);
    check_node_value(result, TOPIC2, 10, 1);
    check_node_value(result, SEMESTER, 11, 1);
    if (CHECK_OK(ej_gradebook_result_total(&total, &has_total, NULL, NULL, result))) {
      CHECK_INT(has_total, 1);
      CHECK_RATIONAL(total, 11, 1);
    }
    if (CHECK_OK(ej_gradebook_result_mark(&mark, result))) CHECK_STR(mark, "");
  }
  ej_gradebook_result_free(result);

  CHECK_OK(ej_gradebook_policy_options_init(&policy, EJ_GRADEBOOK_POLICY_OPTIONS_VERSION));
  policy.rounding_mode = EJ_ROUND_HALF_EVEN;
  result = compute(book, scores, 5, EJ_GRADEBOOK_POLICY_UKRAINIAN, &policy);
  if (result != NULL) {
    check_node_value(result, TOPIC2, 10, 1);
    check_node_value(result, SEMESTER, 10, 1);
  }
  ej_gradebook_result_free(result);

  /* No grade at all: no total, and the mark says why. */
  result = compute(book, nothing, 5, EJ_GRADEBOOK_POLICY_UKRAINIAN, NULL);
  if (result != NULL) {
    if (CHECK_OK(ej_gradebook_result_total(&total, &has_total, NULL, NULL, result))) {
      CHECK_INT(has_total, 0);
    }
    if (CHECK_OK(ej_gradebook_result_mark(&mark, result))) CHECK_STR(mark, "н/а");
  }
  ej_gradebook_result_free(result);
  ej_gradebook_free(book);
}

static int rationals_equal(ej_rational a, ej_rational b) {
  return a.num == b.num && a.den == b.den;
}

/* Everything a result says about one node. */
typedef struct node_view {
  const char* id;
  const char* reason;
  int32_t is_category;
  int32_t outcome;
  int32_t has_value;
  int32_t has_weight;
  int32_t has_contribution;
  ej_rational value;
  ej_rational min;
  ej_rational max;
  ej_rational weight;
  ej_rational contribution;
} node_view;

static int read_node(node_view* view, const ej_gradebook_result* result, int32_t index) {
  return ej_gradebook_result_node(&view->id, &view->is_category, &view->outcome, &view->reason,
                                  result, index) == EJ_OK &&
         ej_gradebook_result_node_value(&view->value, &view->has_value, &view->min, &view->max,
                                        result, index) == EJ_OK &&
         ej_gradebook_result_node_weight(&view->weight, &view->has_weight, &view->contribution,
                                         &view->has_contribution, result, index) == EJ_OK;
}

static int nodes_equal(const node_view* a, const node_view* b) {
  return strcmp(a->id, b->id) == 0 && strcmp(a->reason, b->reason) == 0 &&
         a->is_category == b->is_category && a->outcome == b->outcome &&
         a->has_value == b->has_value && a->has_weight == b->has_weight &&
         a->has_contribution == b->has_contribution && rationals_equal(a->value, b->value) &&
         rationals_equal(a->min, b->min) && rationals_equal(a->max, b->max) &&
         rationals_equal(a->weight, b->weight) && rationals_equal(a->contribution, b->contribution);
}

/* The course total and percentage of a result. */
typedef struct summary_view {
  int32_t has_total;
  int32_t has_percent;
  int32_t node_count;
  ej_rational total;
  ej_rational percent;
} summary_view;

static int read_summary(summary_view* view, const ej_gradebook_result* result) {
  return ej_gradebook_result_total(&view->total, &view->has_total, NULL, NULL, result) == EJ_OK &&
         ej_gradebook_result_percent(&view->percent, NULL, &view->has_percent, result) == EJ_OK &&
         ej_gradebook_result_node_count(&view->node_count, result) == EJ_OK;
}

/* Two results agree on the total, the percentage and everything about every node. */
static int results_equal(const ej_gradebook_result* a, const ej_gradebook_result* b) {
  summary_view summary_a;
  summary_view summary_b;
  node_view node_a;
  node_view node_b;
  int32_t i;
  if (!read_summary(&summary_a, a) || !read_summary(&summary_b, b) ||
      summary_a.has_total != summary_b.has_total ||
      summary_a.has_percent != summary_b.has_percent ||
      summary_a.node_count != summary_b.node_count ||
      !rationals_equal(summary_a.total, summary_b.total) ||
      !rationals_equal(summary_a.percent, summary_b.percent)) {
    return 0;
  }
  for (i = 0; i < summary_a.node_count; ++i) {
    if (!read_node(&node_a, a, i) || !read_node(&node_b, b, i) || !nodes_equal(&node_a, &node_b)) {
      return 0;
    }
  }
  return 1;
}

/* Three students of the Moodle example under natural aggregation, with an empty and an excluded
 * grade: each result of compute_class equals compute for that student, by index and by id. */
static void test_class_equals_students(void) {
  static const double scores[3][3] = {{70, 20, 10}, {100, EMPTY, 5}, {0, 80, 10}};
  ej_gradebook* book = moodle_book(EJ_AGGREGATION_NATURAL, NULL);
  ej_gradebook_grades* grades = NULL;
  ej_gradebook_class_result* results = NULL;
  const ej_gradebook_result* borrowed = NULL;
  ej_gradebook_result* single = NULL;
  int32_t count = 0;
  int32_t a3 = -1;
  int32_t policy;
  int32_t s;
  int32_t i;

  if (!CHECK_OK(ej_gradebook_grades_new(&grades, book, 3))) {
    ej_gradebook_free(book);
    return;
  }
  for (s = 0; s < 3; ++s) {
    for (i = 0; i < 2; ++i) {
      if (scores[s][i] != EMPTY)
        CHECK_OK(ej_gradebook_grades_set_score(grades, s, i, scores[s][i]));
    }
  }
  /* The third item addressed by its id. */
  if (CHECK_OK(ej_gradebook_item_index(&a3, book, "A3"))) {
    CHECK_INT(a3, 2);
    for (s = 0; s < 3; ++s) CHECK_OK(ej_gradebook_grades_set_score(grades, s, a3, scores[s][2]));
  }
  CHECK_OK(ej_gradebook_grades_set_flags(grades, 2, 0, EJ_GRADEBOOK_GRADE_EXCLUDED));

  for (policy = EJ_GRADEBOOK_POLICY_MOODLE; policy <= EJ_GRADEBOOK_POLICY_CANVAS; ++policy) {
    if (!CHECK_OK(ej_gradebook_compute_class(&results, book, grades, policy, NULL))) continue;
    CHECK_OK(ej_gradebook_class_result_count(&count, results));
    CHECK_INT(count, 3);
    for (s = 0; s < 3; ++s) {
      if (!CHECK_OK(ej_gradebook_class_result_get(&borrowed, results, s))) continue;
      if (!CHECK_OK(ej_gradebook_compute(&single, book, grades, s, policy, NULL))) continue;
      CHECK(results_equal(borrowed, single));
      ej_gradebook_result_free(single);
    }
    if (policy == EJ_GRADEBOOK_POLICY_MOODLE &&
        CHECK_OK(ej_gradebook_class_result_get(&borrowed, results, 2))) {
      /* 0/100 excluded: 90 of 90. */
      check_total(borrowed, 90, 1, 90, 1);
      check_node(borrowed, MOODLE_A1, "A1", EJ_OUTCOME_EXCLUDED);
    }
    ej_gradebook_class_result_free(results);
  }
  ej_gradebook_grades_free(grades);
  ej_gradebook_free(book);
}

/* A percentage as an exact rational for the letter functions. */
static ej_rational percent_of(int64_t num, int64_t den) {
  ej_rational value;
  value.num = num;
  value.den = den;
  return value;
}

static void test_letters(void) {
  static const char* const pass_fail[] = {"зар.", "не зар."};
  static const double pass_fail_bounds[] = {50, 0};
  ej_letter_scheme* moodle = NULL;
  ej_letter_scheme* canvas = NULL;
  ej_letter_scheme* custom = NULL;
  const char* letter = NULL;
  ej_rational value = percent_of(93, 1);
  ej_rational bound;
  ej_rational score;
  int32_t count = 0;

  if (CHECK_OK(ej_letter_scheme_builtin(&moodle, EJ_LETTERS_MOODLE))) {
    CHECK_OK(ej_letter_scheme_count(&count, moodle));
    CHECK_INT(count, 11);
    if (CHECK_OK(ej_letter_scheme_get(&letter, &bound, moodle, 0))) {
      CHECK_STR(letter, "A");
      CHECK_RATIONAL(bound, 93, 1);
    }
    /* Inclusive lower bounds: 93 is an A, 92.99 is not. */
    if (CHECK_OK(ej_letter_scheme_moodle_letter(&letter, moodle, &value))) CHECK_STR(letter, "A");
    value = percent_of(9299, 100);
    if (CHECK_OK(ej_letter_scheme_moodle_letter(&letter, moodle, &value))) {
      CHECK(strcmp(letter, "A") != 0 && letter[0] == 'A');
    }
    /* Clamped to 0…100. */
    value = percent_of(-5, 1);
    if (CHECK_OK(ej_letter_scheme_moodle_letter(&letter, moodle, &value))) CHECK_STR(letter, "F");
    value = percent_of(150, 1);
    if (CHECK_OK(ej_letter_scheme_moodle_letter(&letter, moodle, &value))) CHECK_STR(letter, "A");
  }

  if (CHECK_OK(ej_letter_scheme_builtin(&canvas, EJ_LETTERS_CANVAS))) {
    CHECK_OK(ej_letter_scheme_count(&count, canvas));
    CHECK_INT(count, 12);
    /* 93.99995 rounds to 94.0000 at 4 decimals: an A. */
    value = percent_of(9399995, 100000);
    if (CHECK_OK(ej_letter_scheme_canvas_letter(&letter, canvas, &value))) CHECK_STR(letter, "A");
    value = percent_of(886, 10);
    if (CHECK_OK(ej_letter_scheme_canvas_letter(&letter, canvas, &value))) CHECK_STR(letter, "B+");
    /* Letter → score: 100 for the top letter, else the next-higher bound minus 1. */
    if (CHECK_OK(ej_letter_scheme_canvas_score(&score, canvas, "A"))) CHECK_RATIONAL(score, 100, 1);
    if (CHECK_OK(ej_letter_scheme_canvas_score(&score, canvas, "B+"))) {
      CHECK_RATIONAL(score, 89, 1);
    }
    score.num = 7;
    CHECK_ERROR(ej_letter_scheme_canvas_score(&score, canvas, "Z"), EJ_ENOTFOUND, "Z");
    CHECK_RATIONAL(score, 0, 0);
  }

  if (CHECK_OK(ej_letter_scheme_new(&custom, 2, pass_fail, pass_fail_bounds))) {
    value = percent_of(1001, 20);
    if (CHECK_OK(ej_letter_scheme_moodle_letter(&letter, custom, &value))) {
      CHECK_STR(letter, "зар.");
    }
    value = percent_of(4999, 100);
    if (CHECK_OK(ej_letter_scheme_canvas_letter(&letter, custom, &value))) {
      CHECK_STR(letter, "не зар.");
    }
    if (CHECK_OK(ej_letter_scheme_get(&letter, &bound, custom, 1))) {
      CHECK_STR(letter, "не зар.");
      CHECK_RATIONAL(bound, 0, 1);
    }
  }
  ej_letter_scheme_free(custom);
  custom = NULL;

  /* A scheme whose lowest bound is above 0: Moodle has no letter below it, Canvas the last. */
  if (CHECK_OK(ej_letter_scheme_new(&custom, 1, pass_fail, pass_fail_bounds))) {
    value = percent_of(10, 1);
    if (CHECK_OK(ej_letter_scheme_moodle_letter(&letter, custom, &value))) CHECK_STR(letter, "-");
    if (CHECK_OK(ej_letter_scheme_canvas_letter(&letter, custom, &value))) {
      CHECK_STR(letter, "зар.");
    }
  }
  ej_letter_scheme_free(moodle);
  ej_letter_scheme_free(canvas);
  ej_letter_scheme_free(custom);
}

int main(void) {
  test_moodle_worked_example();
  test_moodle_empty_grades();
  test_canvas_drop_lowest();
  test_canvas_weighted_groups();
  test_canvas_weighted_periods();
  test_ukrainian();
  test_class_equals_students();
  test_letters();
  return check_finish("capi_gradebook");
}
