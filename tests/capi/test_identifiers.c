/* Ukrainian identifiers and first-level units: ej_*_normalize, ej_katottg_parse, ej_region_*. */
#include <string.h>

#include "check.h"

typedef int (*normalize_fn)(char** out, const char* text);

static void check_normalized(normalize_fn normalize, const char* text, const char* expected) {
  char* out = NULL;
  if (!CHECK_OK(normalize(&out, text))) return;
  CHECK_STR(out, expected);
  ej_free(out);
}

/* A failure leaves *out NULL, with the text error class. */
static void check_refused(normalize_fn normalize, const char* text, const char* fragment) {
  char* out = STALE(char);
  CHECK_ERROR(normalize(&out, text), EJ_EINVALID, fragment);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_TEXT);
  CHECK(out == NULL);
}

/* What every validator refuses before looking at the text. */
static void check_bad_arguments(normalize_fn normalize) {
  char* out = STALE(char);
  char long_text[1100];
  memset(long_text, '1', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = '\0';
  CHECK_ERROR(normalize(&out, NULL), EJ_EINVALID, "'text'");
  CHECK(out == NULL);
  CHECK_ERROR(normalize(NULL, "1"), EJ_EINVALID, "'out'");
  CHECK_ERROR(normalize(&out, "12\xff"), EJ_EINVALID, "UTF-8");
  CHECK_ERROR(normalize(&out, long_text), EJ_EINVALID, "'text'");
}

static void test_edrpou(void) {
  check_normalized(ej_edrpou_normalize, "32855961", "32855961");
  check_normalized(ej_edrpou_normalize, " 0003 2129", "00032129");
  check_normalized(ej_edrpou_normalize, "30000005", "30000005");
  check_normalized(ej_edrpou_normalize, "00054020", "00054020");
  check_refused(ej_edrpou_normalize, "32855968", "'32855968' has a wrong check digit");
  check_refused(ej_edrpou_normalize, "3285596", "must have 8 digits, not 7");
  check_refused(ej_edrpou_normalize, "1759013776", "must have 8 digits, not 10");
  check_refused(ej_edrpou_normalize, "32855b61", "non-digit at position 6");
  check_bad_arguments(ej_edrpou_normalize);
}

static void test_rnokpp(void) {
  check_normalized(ej_rnokpp_normalize, "1759013776", "1759013776");
  check_refused(ej_rnokpp_normalize, "1759013770", "expected 6, got 0");
  check_refused(ej_rnokpp_normalize, "ab", "'ab' has a non-digit at position 1");
  check_bad_arguments(ej_rnokpp_normalize);
}

static void test_class_name(void) {
  check_normalized(ej_class_name_normalize, "5 - а", "5-А");
  check_normalized(ej_class_name_normalize, "11-Б", "11-Б");
  check_refused(ej_class_name_normalize, "5-A", "Latin letter 'A'");
  check_refused(ej_class_name_normalize, "13-А", "grade 13");
  check_refused(ej_class_name_normalize, "", "must start with a grade");
  check_bad_arguments(ej_class_name_normalize);
}

static void test_diso_id(void) {
  check_normalized(ej_diso_id_normalize, "123 456", "123456");
  check_refused(ej_diso_id_normalize, "123456789012345678901", "1 … 20 digits, not 21");
  check_refused(ej_diso_id_normalize, "ID1", "non-digit at position 1");
  check_bad_arguments(ej_diso_id_normalize);
}

static void test_katottg(void) {
  char* code = NULL;
  int32_t index = -2;
  const char* iso = NULL;
  if (CHECK_OK(ej_katottg_parse(&code, &index, "ua80000000000093317"))) {
    CHECK_STR(code, "UA80000000000093317");
    CHECK_OK(ej_region_get(NULL, &iso, NULL, NULL, index));
    CHECK_STR(iso, "UA-30");
    ej_free(code);
  }
  if (CHECK_OK(ej_katottg_parse(&code, NULL, "UA71020130000086047"))) ej_free(code);

  code = STALE(char);
  index = 5;
  CHECK_ERROR(ej_katottg_parse(&code, &index, "UA99000000000093317"), EJ_EINVALID, "'99'");
  CHECK(code == NULL);
  CHECK_INT(index, -1);
  CHECK_ERROR(ej_katottg_parse(&code, &index, "80000000000093317"), EJ_EINVALID, "'UA'");
  CHECK_ERROR(ej_katottg_parse(&code, &index, "UA800"), EJ_EINVALID, "17 digits, not 3");
  CHECK_ERROR(ej_katottg_parse(&code, &index, NULL), EJ_EINVALID, "'text'");
  CHECK_ERROR(ej_katottg_parse(&code, &index, "UA\xc0\x80"), EJ_EINVALID, "UTF-8");
  CHECK_ERROR(ej_katottg_parse(NULL, &index, "UA80000000000093317"), EJ_EINVALID, "'out_code'");
  CHECK_INT(index, -1);
}

static void test_regions(void) {
  int32_t count = 0;
  int32_t i;
  int differing = 0;
  const char* katottg = NULL;
  const char* iso = STALE(const char);
  const char* name_uk = NULL;
  const char* name_latin = NULL;

  if (!CHECK_OK(ej_region_count(&count))) return;
  CHECK_INT(count, 27);
  for (i = 0; i < count; ++i) {
    if (!CHECK_OK(ej_region_get(&katottg, &iso, &name_uk, &name_latin, i))) continue;
    CHECK_INT(strlen(katottg), 2);
    CHECK(strncmp(iso, "UA-", 3) == 0);
    CHECK(name_uk[0] != '\0' && name_latin[0] != '\0');
    if (strcmp(iso + 3, katottg) != 0) ++differing;
  }
  CHECK_INT(differing, 5);
  CHECK_OK(ej_region_get(&katottg, &iso, &name_uk, &name_latin, 0));
  CHECK_STR(katottg, "01");
  CHECK_STR(iso, "UA-43");
  CHECK_STR(name_uk, "Автономна Республіка Крим");
  CHECK_STR(name_latin, "Avtonomna Respublika Krym");

  CHECK_ERROR(ej_region_get(&katottg, &iso, &name_uk, &name_latin, 27), EJ_ERANGE, "index 27");
  CHECK(katottg == NULL && iso == NULL && name_uk == NULL && name_latin == NULL);
  CHECK_ERROR(ej_region_get(&katottg, NULL, NULL, NULL, -1), EJ_ERANGE, "index -1");
  CHECK_ERROR(ej_region_count(NULL), EJ_EINVALID, "'out'");
}

int main(void) {
  test_edrpou();
  test_rnokpp();
  test_class_name();
  test_diso_id();
  test_katottg();
  test_regions();
  return check_finish("capi_identifiers");
}
