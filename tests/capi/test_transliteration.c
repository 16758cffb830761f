/* The official transliteration and login names: ej_transliterate, ej_login_from_name. */
#include <string.h>

#include "check.h"

static void check_transliteration(const char* ukrainian, const char* expected) {
  char* latin = NULL;
  if (!CHECK_OK(ej_transliterate(&latin, ukrainian))) return;
  CHECK_STR(latin, expected);
  ej_free(latin);
}

static void check_login(const char* surname, const char* given_name, const char* separator,
                        const char* expected) {
  char* login = NULL;
  if (!CHECK_OK(ej_login_from_name(&login, surname, given_name, separator))) return;
  CHECK_STR(login, expected);
  ej_free(login);
}

static void test_official_examples(void) {
  check_transliteration(
      "Згорани Ґудзь Їжак Євген Ірина Щербак Мар'яна Юрій Йосип Лук'янчук Святослав Запоріжжя",
      "Zghorany Gudz Yizhak Yevhen Iryna Shcherbak Mariana Yurii Yosyp Lukianchuk Sviatoslav "
      "Zaporizhzhia");
  check_transliteration("Знам\xCA\xBCянка Розгон Наталія Єнакієве",
                        "Znamianka Rozghon Nataliia "
                        "Yenakiieve");
  check_transliteration("ЩЕРБАК Щербак ЄВА", "SHCHERBAK Shcherbak YEVA");
  check_transliteration("Мар\xE2\x80\x99яна, 2024", "Mariana, 2024");
  /* NFC first: и + combining breve is й. */
  check_transliteration("\xD0\x98\xCC\x86осип", "Yosyp");
  check_transliteration("", "");
}

static void test_logins(void) {
  check_login("Лук'янчук", "Мар'яна", NULL, "mariana.lukianchuk");
  check_login("Петренко-Сидоренко", "Олексій", "-", "oleksii-petrenko-sydorenko");
  check_login("Щербак", "Євген", "", "yevhenshcherbak");
  check_login("Щербак", "", NULL, "shcherbak");
}

static void test_bad_input(void) {
  char* out = STALE(char);
  char long_text[70000];

  CHECK_ERROR(ej_transliterate(NULL, "Київ"), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_transliterate(&out, NULL), EJ_EINVALID, "'text' is NULL");
  CHECK(out == NULL);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_ARGUMENT);
  out = STALE(char);
  CHECK_ERROR(ej_transliterate(&out, "Київ\xFF"), EJ_EINVALID,
              "'text' is not valid UTF-8 (byte offset 8)");
  CHECK(out == NULL);
  memset(long_text, 'a', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = '\0';
  CHECK_ERROR(ej_transliterate(&out, long_text), EJ_EINVALID, "'text' is longer than 65536 bytes");

  out = STALE(char);
  CHECK_ERROR(ej_login_from_name(&out, NULL, "Ян", NULL), EJ_EINVALID, "'surname' is NULL");
  CHECK(out == NULL);
  CHECK_ERROR(ej_login_from_name(&out, "Щербак", NULL, NULL), EJ_EINVALID, "'given_name' is NULL");
  CHECK_ERROR(ej_login_from_name(NULL, "Щербак", "Ян", NULL), EJ_EINVALID, "'out'");
  CHECK_ERROR(ej_login_from_name(&out, "Щ\xC0\xAF", "Ян", NULL), EJ_EINVALID,
              "'surname' is not valid UTF-8 (byte offset 2)");
  CHECK_ERROR(ej_login_from_name(&out, long_text + sizeof long_text - 1026, "Ян", NULL),
              EJ_EINVALID, "'surname' is longer than 1024 bytes");
  CHECK_ERROR(ej_login_from_name(&out, "Щербак", "Ян", "_"), EJ_EINVALID, "separator '_'");
  CHECK_ERROR(ej_login_from_name(&out, "ёё", "'", NULL), EJ_EINVALID,
              "no letter or digit remains for a login from surname 'ёё'");
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_TEXT);
  CHECK(out == NULL);
}

int main(void) {
  test_official_examples();
  test_logins();
  test_bad_input();
  return check_finish("capi_transliteration");
}
