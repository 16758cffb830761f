/* Names: ej_name_normalize, ej_search_key, ej_latin_search_key and the ej_collator. */
#include <stdint.h>
#include <string.h>

#include "check.h"

static void check_normalized(const char* text, int32_t mode, const char* expected,
                             uint32_t expected_changes) {
  char* out = NULL;
  uint32_t changes = 99;
  if (!CHECK_OK(ej_name_normalize(&out, &changes, text, mode))) return;
  CHECK_STR(out, expected);
  CHECK_INT(changes, expected_changes);
  ej_free(out);
}

static void check_key(int (*key)(char**, const char*), const char* text, const char* expected) {
  char* out = NULL;
  if (!CHECK_OK(key(&out, text))) return;
  CHECK_STR(out, expected);
  ej_free(out);
}

static void test_normalize(void) {
  check_normalized("Мар'яна", EJ_NORMALIZE_STRICT, "Мар\xCA\xBCяна", 1);
  check_normalized("\xC2\xA0Петренко\xE2\x80\x93Сидоренко  Олена", EJ_NORMALIZE_STRICT,
                   "Петренко-Сидоренко Олена", 3);
  check_normalized("Iванна  Пeтpенко", EJ_NORMALIZE_LENIENT, "Іванна Петренко", 4);
  check_normalized("Ivan Petrenko", EJ_NORMALIZE_STRICT, "Ivan Petrenko", 0);
}

static void test_search_keys(void) {
  check_key(ej_search_key, "мар'яна", "мар\xCA\xBCяна");
  check_key(ej_search_key, "МАР\xE2\x80\x99ЯНА", "мар\xCA\xBCяна");
  check_key(ej_search_key, "Мар\xCA\xBCяна", "мар\xCA\xBCяна");
  check_key(ej_latin_search_key, "Kyiv", "kyiv");
  check_key(ej_latin_search_key, "Київ", "kyiv");
}

/* The sort key of `text`, copied: the collator lends its bytes only until its next call. */
static size_t key_of(ej_collator* collator, const char* text, uint8_t* copy) {
  const uint8_t* data = NULL;
  size_t len = 0;
  if (!CHECK_OK(ej_collator_sort_key(&data, &len, collator, text)) || len > 256) return 0;
  memcpy(copy, data, len);
  return len;
}

static int key_order(ej_collator* collator, const char* a, const char* b) {
  uint8_t key_a[256];
  uint8_t key_b[256];
  const size_t len_a = key_of(collator, a, key_a);
  const size_t len_b = key_of(collator, b, key_b);
  const int order = memcmp(key_a, key_b, len_a < len_b ? len_a : len_b);
  if (order != 0) return order < 0 ? -1 : 1;
  return len_a == len_b ? 0 : (len_a < len_b ? -1 : 1);
}

static int compare(ej_collator* collator, const char* a, const char* b) {
  int32_t order = 99;
  CHECK_OK(ej_collator_compare(&order, collator, a, b));
  CHECK_INT(key_order(collator, a, b), order);
  return order;
}

static void test_collator(void) {
  ej_collator* collator = NULL;
  const uint8_t* first = NULL;
  const uint8_t* second = NULL;
  size_t first_len = 0;
  size_t second_len = 0;
  if (!CHECK_OK(ej_collator_new(&collator))) return;
  CHECK_INT(compare(collator, "Г", "Ґ"), -1);
  CHECK_INT(compare(collator, "Ґ", "Д"), -1);
  CHECK_INT(compare(collator, "Е", "Є"), -1);
  CHECK_INT(compare(collator, "И", "І"), -1);
  CHECK_INT(compare(collator, "І", "Ї"), -1);
  CHECK_INT(compare(collator, "Ї", "Й"), -1);
  CHECK_INT(compare(collator, "Марина", "Марта"), -1);
  CHECK_INT(compare(collator, "Марта", "Мар'яна"), -1);
  CHECK_INT(compare(collator, "Мар'яна", "Мар\xE2\x80\x99яна"), 0);
  CHECK_INT(compare(collator, "Яковенко", "Іванов"), 1); /* bytes would say -1 */

  CHECK_OK(ej_collator_name_sort_key(&first, &first_len, collator, "Шевченко", "Іван", NULL, 2));
  CHECK(first != NULL && first_len > 8);
  CHECK_OK(ej_collator_name_sort_key(&second, &second_len, collator, "Шевченко", "Іван", "", 10));
  CHECK(second != NULL && second_len == first_len);
  ej_collator_free(collator);
  ej_collator_free(NULL);
}

static void test_bad_input(void) {
  ej_collator* collator = STALE(ej_collator);
  char* out = STALE(char);
  int32_t order = 0;
  const uint8_t* data = NULL;
  size_t len = 0;

  CHECK_ERROR(ej_name_normalize(&out, NULL, "Iван", EJ_NORMALIZE_STRICT), EJ_EINVALID,
              "Latin letter 'I' (U+0049) in the Cyrillic word 'Iван'");
  CHECK(out == NULL);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_TEXT);
  CHECK_ERROR(ej_name_normalize(&out, NULL, "Ян\tПетро", EJ_NORMALIZE_LENIENT), EJ_EINVALID,
              "control character U+0009 at byte offset 4");
  CHECK_ERROR(ej_name_normalize(&out, NULL, "Ян", 7), EJ_EINVALID, "'mode'");
  CHECK_ERROR(ej_name_normalize(&out, NULL, "Ян\xFF", 0), EJ_EINVALID, "byte offset 4");
  CHECK_ERROR(ej_name_normalize(NULL, NULL, "Ян", 0), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_search_key(&out, NULL), EJ_EINVALID, "'text' is NULL");
  CHECK_ERROR(ej_latin_search_key(NULL, "Ян"), EJ_EINVALID, "'out'");

  CHECK_ERROR(ej_collator_new(NULL), EJ_EINVALID, "'out'");
  if (!CHECK_OK(ej_collator_new(&collator))) return;
  CHECK_ERROR(ej_collator_compare(&order, NULL, "a", "b"), EJ_EINVALID, "'collator'");
  CHECK_ERROR(ej_collator_compare(&order, collator, "a", NULL), EJ_EINVALID, "'b' is NULL");
  CHECK_ERROR(ej_collator_sort_key(&data, &len, collator, "\xC0\xAF"), EJ_EINVALID,
              "'text' is not valid UTF-8 (byte offset 0)");
  CHECK(data == NULL && len == 0);
  CHECK_ERROR(ej_collator_name_sort_key(&data, &len, collator, "Ян", NULL, NULL, 0), EJ_EINVALID,
              "'given_name' is NULL");
  ej_collator_free(collator);
}

int main(void) {
  test_normalize();
  test_search_keys();
  test_collator();
  test_bad_input();
  return check_finish("capi_collation");
}
