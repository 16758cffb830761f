/* The Ukrainian derivation rules: suggestions with their basis, the certificate average and the
 * 100–200 score (ua-school.md §1.6, §1.9, §4). */
#include <math.h>
#include <string.h>

#include "check.h"

static ej_gradeset* grades(const double* values, int count) {
  ej_gradeset* set = NULL;
  int i;
  if (!CHECK_OK(ej_gradeset_new(&set))) return NULL;
  for (i = 0; i < count; ++i) CHECK_OK(ej_gradeset_add(set, NULL, values[i], 1, 12, 1));
  return set;
}

static void check_suggestion(const ej_suggestion* suggestion, int32_t grade, const char* mark,
                             const char* rule) {
  int32_t actual_grade = -1;
  const char* actual_mark = NULL;
  const char* actual_rule = NULL;
  if (suggestion == NULL) return;
  if (CHECK_OK(ej_suggestion_grade(&actual_grade, &actual_mark, suggestion))) {
    CHECK_INT(actual_grade, grade);
    CHECK_STR(actual_mark, mark);
  }
  if (CHECK_OK(ej_suggestion_detail(&actual_rule, NULL, NULL, suggestion))) {
    CHECK_STR(actual_rule, rule);
  }
}

static void check_mean(const ej_suggestion* suggestion, int64_t num, int64_t den) {
  ej_rational mean;
  int32_t has_mean = -1;
  if (suggestion == NULL) return;
  if (!CHECK_OK(ej_suggestion_detail(NULL, &mean, &has_mean, suggestion))) return;
  CHECK_INT(has_mean, den != 0);
  CHECK_RATIONAL(mean, num, den);
}

static void test_thematic(void) {
  ej_gradeset* current = NULL;
  ej_suggestion* suggestion = NULL;
  const ej_basis* basis = NULL;
  ej_ua_options opts = EJ_UA_OPTIONS_INIT;
  int32_t count = 0;
  int32_t input_index = -1;
  int32_t has_value = -1;
  int32_t use = 0;
  const char* source = NULL;
  const char* label = NULL;
  const char* mark = NULL;
  ej_rational value;

  if (!CHECK_OK(ej_gradeset_new(&current))) return;
  CHECK_OK(ej_gradeset_add(current, "урок 1", 10, 1, 12, 1));
  CHECK_OK(ej_gradeset_add_mark(current, "урок 2", "н", 1, 12, 1));
  CHECK_OK(ej_gradeset_add(current, "урок 3", 11, 1, 12, 1));
  CHECK_OK(ej_gradeset_add_empty(current, "урок 4", 1, 12, 1));

  /* 10.5 → 11 half-up (the default), 10 half-even. */
  if (CHECK_OK(ej_ua_suggest_thematic(&suggestion, current, NULL, NULL))) {
    check_suggestion(suggestion, 11, "", "ua.thematic.mean_of_current");
    check_mean(suggestion, 21, 2);
    CHECK_OK(ej_suggestion_basis(&basis, suggestion));
    CHECK_OK(ej_basis_count(&count, basis));
    CHECK_INT(count, 4);
    if (CHECK_OK(ej_basis_get(&input_index, &source, &label, &mark, &value, &has_value, &use, basis,
                              0))) {
      CHECK_INT(input_index, 0);
      CHECK_STR(source, "current");
      CHECK_STR(label, "урок 1");
      CHECK_STR(mark, "");
      CHECK_RATIONAL(value, 10, 1);
      CHECK_INT(has_value, 1);
      CHECK_INT(use, EJ_BASIS_COUNTED);
    }
    if (CHECK_OK(ej_basis_get(&input_index, &source, &label, &mark, &value, &has_value, &use, basis,
                              1))) {
      CHECK_INT(input_index, 1);
      CHECK_STR(mark, "н");
      CHECK_INT(has_value, 0);
      CHECK_RATIONAL(value, 0, 0);
      CHECK_INT(use, EJ_BASIS_MARK_EXCLUDED);
    }
    if (CHECK_OK(ej_basis_get(NULL, NULL, &label, NULL, NULL, NULL, &use, basis, 3))) {
      CHECK_STR(label, "урок 4");
      CHECK_INT(use, EJ_BASIS_EMPTY);
    }
    CHECK_ERROR(
        ej_basis_get(&input_index, &source, &label, &mark, &value, &has_value, &use, basis, 4),
        EJ_ERANGE, "index 4");
    CHECK(source == NULL && label == NULL && mark == NULL);
    CHECK_INT(use, 0);
    ej_suggestion_free(suggestion);
  }
  opts.rounding_mode = EJ_ROUND_HALF_EVEN;
  if (CHECK_OK(ej_ua_suggest_thematic(&suggestion, current, NULL, &opts))) {
    check_suggestion(suggestion, 10, "", "ua.thematic.mean_of_current");
    ej_suggestion_free(suggestion);
  }

  /* Only absences: not attested. */
  CHECK_OK(ej_gradeset_clear(current));
  CHECK_OK(ej_gradeset_add_mark(current, NULL, "н", 1, 12, 1));
  if (CHECK_OK(ej_ua_suggest_thematic(&suggestion, current, NULL, NULL))) {
    check_suggestion(suggestion, 0, "н/а", "ua.no_basis");
    check_mean(suggestion, 0, 0);
    ej_suggestion_free(suggestion);
  }

  CHECK_OK(ej_gradeset_clear(current));
  CHECK_OK(ej_gradeset_add(current, "урок 5", 13, 1, 12, 1));
  suggestion = STALE(ej_suggestion);
  CHECK_ERROR(ej_ua_suggest_thematic(&suggestion, current, NULL, NULL), EJ_EINVALID, "'урок 5'");
  CHECK_MESSAGE("13 is not a 12-point grade");
  CHECK(suggestion == NULL);
  CHECK_OK(ej_gradeset_clear(current));
  CHECK_OK(ej_gradeset_add(current, "урок 6", 10.5, 1, 12, 1));
  CHECK_ERROR(ej_ua_suggest_thematic(&suggestion, current, NULL, NULL), EJ_EINVALID,
              "10.5 is not a 12-point grade");
  CHECK_OK(ej_gradeset_clear(current));
  CHECK_OK(ej_gradeset_add_mark(current, "урок 7", "xyz", 1, 12, 1));
  CHECK_ERROR(ej_ua_suggest_thematic(&suggestion, current, NULL, NULL), EJ_EINVALID, "'xyz'");
  CHECK_ERROR(ej_ua_suggest_thematic(&suggestion, NULL, NULL, NULL), EJ_EINVALID, "'current'");
  CHECK_ERROR(ej_ua_suggest_thematic(NULL, current, NULL, NULL), EJ_EINVALID, "'out'");
  ej_gradeset_free(current);
}

static void test_semester(void) {
  const double thematic_values[] = {9, 10};
  const double current_values[] = {7, 8};
  ej_gradeset* thematic = grades(thematic_values, 2);
  ej_gradeset* none = grades(NULL, 0);
  ej_gradeset* current = grades(current_values, 2);
  ej_suggestion* suggestion = NULL;
  ej_ua_options opts = EJ_UA_OPTIONS_INIT;
  const ej_basis* basis = NULL;
  const char* source = NULL;

  if (CHECK_OK(ej_ua_suggest_semester(&suggestion, thematic, current, NULL, NULL))) {
    check_suggestion(suggestion, 10, "", "ua.semester.mean_of_thematic");
    check_mean(suggestion, 19, 2);
    ej_suggestion_free(suggestion);
  }
  /* No thematic grades: from the current ones (NUSh 5–9), unless the fallback is off. */
  if (CHECK_OK(ej_ua_suggest_semester(&suggestion, none, current, NULL, NULL))) {
    check_suggestion(suggestion, 8, "", "ua.semester.mean_of_current");
    if (CHECK_OK(ej_suggestion_basis(&basis, suggestion)) &&
        CHECK_OK(ej_basis_get(NULL, &source, NULL, NULL, NULL, NULL, NULL, basis, 0))) {
      CHECK_STR(source, "current");
    }
    ej_suggestion_free(suggestion);
  }
  opts.semester_falls_back_to_current = 0;
  if (CHECK_OK(ej_ua_suggest_semester(&suggestion, none, current, NULL, &opts))) {
    check_suggestion(suggestion, 0, "н/а", "ua.no_basis");
    ej_suggestion_free(suggestion);
  }
  if (CHECK_OK(ej_ua_suggest_semester(&suggestion, none, NULL, NULL, NULL))) {
    check_suggestion(suggestion, 0, "н/а", "ua.no_basis");
    ej_suggestion_free(suggestion);
  }

  opts = (ej_ua_options)EJ_UA_OPTIONS_INIT;
  opts.version = 0;
  CHECK_ERROR(ej_ua_suggest_semester(&suggestion, thematic, NULL, NULL, &opts), EJ_EVERSION,
              "'opts->version' is 0");
  opts.version = EJ_UA_OPTIONS_VERSION + 1;
  CHECK_ERROR(ej_ua_suggest_semester(&suggestion, thematic, NULL, NULL, &opts), EJ_EVERSION,
              "'opts->version' is 2");
  opts = (ej_ua_options)EJ_UA_OPTIONS_INIT;
  opts.rounding_mode = 0;
  CHECK_ERROR(ej_ua_suggest_semester(&suggestion, thematic, NULL, NULL, &opts), EJ_EINVALID,
              "'opts->rounding_mode'");
  opts = (ej_ua_options)EJ_UA_OPTIONS_INIT;
  opts.semester_falls_back_to_current = 2;
  CHECK_ERROR(ej_ua_suggest_semester(&suggestion, thematic, NULL, NULL, &opts), EJ_EINVALID,
              "'opts->semester_falls_back_to_current'");
  CHECK_ERROR(ej_ua_suggest_semester(&suggestion, NULL, current, NULL, NULL), EJ_EINVALID,
              "'thematic'");
  CHECK(suggestion == NULL);
  ej_gradeset_free(thematic);
  ej_gradeset_free(none);
  ej_gradeset_free(current);
}

static void test_annual(void) {
  const double semester_values[] = {8, 9};
  ej_gradeset* semesters = grades(semester_values, 2);
  ej_gradeset* corrected = NULL;
  ej_gradeset* shared = NULL;
  ej_suggestion* suggestion = NULL;
  const ej_basis* basis = NULL;
  int32_t count = 0;
  int32_t i;
  int replaced = 0;
  int counted_correction = 0;

  CHECK_OK(ej_gradeset_new(&corrected));
  CHECK_OK(ej_gradeset_add_empty(corrected, NULL, 1, 12, 1));
  CHECK_OK(ej_gradeset_add(corrected, "скоригована", 11, 1, 12, 1));
  /* (8 + 11) / 2 = 9.5 → 10: the corrected grade replaces the second semester. */
  if (CHECK_OK(ej_ua_suggest_annual(&suggestion, semesters, corrected, NULL, NULL))) {
    check_suggestion(suggestion, 10, "", "ua.annual.mean_of_semesters");
    check_mean(suggestion, 19, 2);
    CHECK_OK(ej_suggestion_basis(&basis, suggestion));
    CHECK_OK(ej_basis_count(&count, basis));
    for (i = 0; i < count; ++i) {
      const char* source = NULL;
      int32_t use = 0;
      ej_rational value;
      if (!CHECK_OK(ej_basis_get(NULL, &source, NULL, NULL, &value, NULL, &use, basis, i))) break;
      if (use == EJ_BASIS_REPLACED_BY_CORRECTED) ++replaced;
      if (strcmp(source, "corrected") == 0 && use == EJ_BASIS_COUNTED && value.num == 11) {
        ++counted_correction;
      }
    }
    CHECK_INT(replaced, 1);
    CHECK_INT(counted_correction, 1);
    ej_suggestion_free(suggestion);
  }
  if (CHECK_OK(ej_ua_suggest_annual(&suggestion, semesters, NULL, NULL, NULL))) {
    check_suggestion(suggestion, 9, "", "ua.annual.mean_of_semesters");
    ej_suggestion_free(suggestion);
  }

  /* Both semesters exempt: the annual is the shared mark. */
  CHECK_OK(ej_gradeset_new(&shared));
  CHECK_OK(ej_gradeset_add_mark(shared, NULL, "зв.", 1, 12, 1));
  CHECK_OK(ej_gradeset_add_mark(shared, NULL, "зв", 1, 12, 1));
  if (CHECK_OK(ej_ua_suggest_annual(&suggestion, shared, NULL, NULL, NULL))) {
    check_suggestion(suggestion, 0, "зв.", "ua.shared_mark");
    ej_suggestion_free(suggestion);
  }

  /* Correction is only upward, and parallel to the semesters. */
  CHECK_OK(ej_gradeset_clear(corrected));
  CHECK_OK(ej_gradeset_add(corrected, NULL, 7, 1, 12, 1));
  CHECK_OK(ej_gradeset_add_empty(corrected, NULL, 1, 12, 1));
  CHECK_ERROR(ej_ua_suggest_annual(&suggestion, semesters, corrected, NULL, NULL), EJ_EINVALID,
              "7 is below the semester grade 8");
  CHECK_OK(ej_gradeset_add_empty(corrected, NULL, 1, 12, 1));
  CHECK_ERROR(ej_ua_suggest_annual(&suggestion, semesters, corrected, NULL, NULL), EJ_EINVALID,
              "corrected grades (3)");
  CHECK_ERROR(ej_ua_suggest_annual(&suggestion, NULL, NULL, NULL, NULL), EJ_EINVALID,
              "'semesters'");
  CHECK(suggestion == NULL);
  ej_gradeset_free(semesters);
  ej_gradeset_free(corrected);
  ej_gradeset_free(shared);
}

static void test_options_and_getters(void) {
  ej_ua_options opts;
  int32_t value = 0;
  const char* text = NULL;
  const ej_basis* basis = NULL;
  if (CHECK_OK(ej_ua_options_init(&opts, EJ_UA_OPTIONS_VERSION))) {
    CHECK_INT(opts.version, 1);
    CHECK_INT(opts.rounding_mode, EJ_ROUND_HALF_UP);
    CHECK_INT(opts.semester_falls_back_to_current, 1);
  }
  CHECK_ERROR(ej_ua_options_init(&opts, 2), EJ_EVERSION, "'version' is 2");
  CHECK_INT(opts.version, 0);
  CHECK_ERROR(ej_ua_options_init(&opts, 0), EJ_EVERSION, "'version' is 0");
  CHECK_ERROR(ej_ua_options_init(NULL, 1), EJ_EINVALID, "'opts'");
  CHECK_ERROR(ej_suggestion_grade(&value, &text, NULL), EJ_EINVALID, "'suggestion'");
  CHECK_ERROR(ej_suggestion_detail(&text, NULL, NULL, NULL), EJ_EINVALID, "'suggestion'");
  CHECK(text == NULL);
  CHECK_ERROR(ej_suggestion_basis(&basis, NULL), EJ_EINVALID, "'suggestion'");
  CHECK_ERROR(ej_suggestion_basis(NULL, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_basis_count(&value, NULL), EJ_EINVALID, "'basis'");
  CHECK_ERROR(ej_basis_count(NULL, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_basis_get(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0), EJ_EINVALID,
              "'basis'");
  ej_suggestion_free(NULL);
}

/* A certificate whose grades sum to 193 over 20 counted entries: 9.65 → 9.7 → 177. */
static ej_certificate* certificate_of_193(void) {
  static const double subjects[] = {7, 8, 9, 10, 11, 12, 10, 9, 8, 7, 12, 11, 10, 9, 8, 10, 11, 9};
  ej_certificate* cert = NULL;
  size_t i;
  if (!CHECK_OK(ej_certificate_new(&cert))) return NULL;
  for (i = 0; i < sizeof subjects / sizeof subjects[0]; ++i) {
    CHECK_OK(ej_certificate_add(cert, "предмет", subjects[i], EJ_CERT_SUBJECT, 0));
  }
  CHECK_OK(ej_certificate_add(cert, "ДПА: українська мова", 10, EJ_CERT_STATE_EXAM, 0));
  CHECK_OK(ej_certificate_add(cert, "ДПА: математика", 12, EJ_CERT_STATE_EXAM, 0));
  CHECK_OK(ej_certificate_add_mark(cert, "Фізична культура", "зв.", EJ_CERT_SUBJECT));
  CHECK_OK(ej_certificate_add_mark(cert, "Інформатика", "зар.", EJ_CERT_SUBJECT));
  CHECK_OK(ej_certificate_add_mark(cert, "ДПА: історія", "звільнений", EJ_CERT_STATE_EXAM));
  CHECK_OK(ej_certificate_add(cert, "Факультатив", 1, EJ_CERT_OPTIONAL_COURSE, 0));
  return cert;
}

static void test_certificate(void) {
  ej_certificate* cert = certificate_of_193();
  ej_certificate_result* result = NULL;
  const ej_basis* basis = NULL;
  ej_decimal average;
  ej_rational exact;
  int32_t score = 0;
  int32_t count = 0;
  const char* source = NULL;
  const char* label = NULL;
  const char* mark = NULL;
  int32_t has_value = -1;
  int32_t use = 0;

  if (cert != NULL && CHECK_OK(ej_ua_certificate_average(&result, cert, NULL))) {
    CHECK_OK(ej_certificate_result_average(&average, &exact, &score, result));
    CHECK_DECIMAL(average, 97, 1);
    CHECK_RATIONAL(exact, 193, 20);
    CHECK_INT(score, 177);
    CHECK_OK(ej_certificate_result_basis(&basis, result));
    CHECK_OK(ej_basis_count(&count, basis));
    CHECK_INT(count, 24);
    if (CHECK_OK(ej_basis_get(NULL, &source, &label, &mark, NULL, &has_value, &use, basis, 20))) {
      CHECK_STR(source, "subject");
      CHECK_STR(label, "Фізична культура");
      CHECK_STR(mark, "зв.");
      CHECK_INT(has_value, 0);
      CHECK_INT(use, EJ_BASIS_MARK_EXCLUDED);
    }
    if (CHECK_OK(ej_basis_get(NULL, &source, NULL, NULL, NULL, &has_value, NULL, basis, 18))) {
      CHECK_STR(source, "state_exam");
      CHECK_INT(has_value, 1);
    }
    if (CHECK_OK(ej_basis_get(NULL, &source, NULL, NULL, NULL, &has_value, &use, basis, 23))) {
      CHECK_STR(source, "optional_course");
      CHECK_INT(has_value, 0);
      CHECK_INT(use, EJ_BASIS_EXCLUDED_BY_KIND);
    }
    CHECK_OK(ej_certificate_result_average(NULL, NULL, NULL, result));
    ej_certificate_result_free(result);
  }
  ej_certificate_free(cert);

  /* Old 5-point grades: 5 → 12, 4 → 9, 3 → 6; the mean 9 scores 170. */
  if (CHECK_OK(ej_certificate_new(&cert))) {
    CHECK_OK(ej_certificate_add(cert, "a", 5, EJ_CERT_SUBJECT, EJ_CERT_FIVE_POINT));
    CHECK_OK(ej_certificate_add(cert, "b", 4, EJ_CERT_SUBJECT, EJ_CERT_FIVE_POINT));
    CHECK_OK(ej_certificate_add(cert, "c", 3, EJ_CERT_STATE_EXAM, EJ_CERT_FIVE_POINT));
    if (CHECK_OK(ej_ua_certificate_average(&result, cert, NULL))) {
      CHECK_OK(ej_certificate_result_average(&average, NULL, &score, result));
      CHECK_DECIMAL(average, 90, 1);
      CHECK_INT(score, 170);
      ej_certificate_result_free(result);
    }
    CHECK_OK(ej_certificate_add(cert, "d", 2, EJ_CERT_SUBJECT, EJ_CERT_FIVE_POINT));
    CHECK_ERROR(ej_ua_certificate_average(&result, cert, NULL), EJ_EINVALID, "'d'");
    CHECK_MESSAGE("5-point grade 2");
    ej_certificate_free(cert);
  }
}

static void test_certificate_bad_input(void) {
  ej_certificate* cert = NULL;
  ej_certificate_result* result = NULL;
  const ej_basis* basis = NULL;
  ej_decimal average;
  char long_label[1100];

  if (!CHECK_OK(ej_certificate_new(&cert))) return;
  result = STALE(ej_certificate_result);
  CHECK_ERROR(ej_ua_certificate_average(&result, cert, NULL), EJ_EEMPTY, "among 0 entries");
  CHECK(result == NULL);
  CHECK_OK(ej_certificate_add_mark(cert, "Фізична культура", "зв.", EJ_CERT_SUBJECT));
  CHECK_OK(ej_certificate_add(cert, "Факультатив", 12, EJ_CERT_OPTIONAL_COURSE, 0));
  CHECK_ERROR(ej_ua_certificate_average(&result, cert, NULL), EJ_EEMPTY, "among 2 entries");
  CHECK_OK(ej_certificate_add(cert, "Хімія", 13, EJ_CERT_SUBJECT, 0));
  CHECK_ERROR(ej_ua_certificate_average(&result, cert, NULL), EJ_EINVALID, "'Хімія'");
  CHECK_MESSAGE("13 is not a 12-point grade");
  ej_certificate_free(cert);
  CHECK_OK(ej_certificate_new(&cert));
  CHECK_OK(ej_certificate_add_mark(cert, "Хімія", "xyz", EJ_CERT_SUBJECT));
  CHECK_ERROR(ej_ua_certificate_average(&result, cert, NULL), EJ_EINVALID, "'xyz'");

  CHECK_ERROR(ej_certificate_add(cert, "Хімія", NAN, EJ_CERT_SUBJECT, 0), EJ_EINVALID, "'value'");
  CHECK_ERROR(ej_certificate_add(cert, "Хімія", 10, 0, 0), EJ_EINVALID, "'kind'");
  CHECK_ERROR(ej_certificate_add(cert, "Хімія", 10, 4, 0), EJ_EINVALID, "(4)");
  CHECK_ERROR(ej_certificate_add(cert, "Хімія", 10, EJ_CERT_SUBJECT, 2), EJ_EINVALID, "'flags'");
  CHECK_ERROR(ej_certificate_add(cert, NULL, 10, EJ_CERT_SUBJECT, 0), EJ_EINVALID, "'label'");
  CHECK_ERROR(ej_certificate_add(cert, "\xff", 10, EJ_CERT_SUBJECT, 0), EJ_EINVALID,
              "'label' is not valid UTF-8");
  memset(long_label, 'x', sizeof long_label - 1);
  long_label[sizeof long_label - 1] = '\0';
  CHECK_ERROR(ej_certificate_add(cert, long_label, 10, EJ_CERT_SUBJECT, 0), EJ_EINVALID,
              "'label' is longer than 1024 bytes");
  CHECK_ERROR(ej_certificate_add(NULL, "Хімія", 10, EJ_CERT_SUBJECT, 0), EJ_EINVALID, "'cert'");
  CHECK_ERROR(ej_certificate_add_mark(cert, "Хімія", NULL, EJ_CERT_SUBJECT), EJ_EINVALID, "'mark'");
  CHECK_ERROR(ej_certificate_add_mark(cert, "Хімія", "", EJ_CERT_SUBJECT), EJ_EINVALID,
              "'mark' is empty");
  CHECK_ERROR(ej_certificate_add_mark(cert, "Хімія", "зв.", 7), EJ_EINVALID, "'kind'");
  CHECK_ERROR(ej_certificate_add_mark(NULL, "Хімія", "зв.", EJ_CERT_SUBJECT), EJ_EINVALID,
              "'cert'");
  CHECK_ERROR(ej_ua_certificate_average(&result, NULL, NULL), EJ_EINVALID, "'cert'");
  CHECK_ERROR(ej_ua_certificate_average(NULL, cert, NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_certificate_new(NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_certificate_result_average(&average, NULL, NULL, NULL), EJ_EINVALID, "'result'");
  CHECK_DECIMAL(average, 0, 0);
  CHECK_ERROR(ej_certificate_result_basis(&basis, NULL), EJ_EINVALID, "'result'");
  CHECK(basis == NULL);
  ej_certificate_free(cert);
  ej_certificate_free(NULL);
  ej_certificate_result_free(NULL);
}

static void test_score_table(void) {
  /* ua-school.md §4: average in tenths → score. */
  static const int32_t table[][2] = {
      {10, 100},  {15, 100},  {20, 100},  {21, 101},  {25, 105}, {30, 110}, {35, 115},
      {40, 120},  {45, 125},  {50, 130},  {55, 135},  {60, 140}, {65, 145}, {70, 150},
      {75, 155},  {80, 160},  {85, 165},  {90, 170},  {95, 175}, {97, 177}, {100, 180},
      {105, 185}, {110, 190}, {115, 195}, {119, 199}, {120, 200}};
  size_t i;
  int32_t score = 0;
  for (i = 0; i < sizeof table / sizeof table[0]; ++i) {
    score = -1;
    if (CHECK_OK(ej_ua_certificate_score(&score, table[i][0]))) CHECK_INT(score, table[i][1]);
  }
  CHECK_ERROR(ej_ua_certificate_score(&score, 9), EJ_ERANGE, "average 9 tenths");
  CHECK_INT(score, 0);
  CHECK_ERROR(ej_ua_certificate_score(&score, 121), EJ_ERANGE, "average 121 tenths");
  CHECK_ERROR(ej_ua_certificate_score(NULL, 97), EJ_EINVALID, "'out'");
}

int main(void) {
  test_thematic();
  test_semester();
  test_annual();
  test_options_and_getters();
  test_certificate();
  test_certificate_bad_input();
  test_score_table();
  return check_finish("capi_ukrainian");
}
