/* Names, gendered words, dates and counted nouns: ejournal/names.h and ejournal/locale.h. */
#include <string.h>

#include "check.h"

static void check_parse(const char* text, const char* surname, const char* given,
                        const char* patronymic) {
  char* parts[3] = {NULL, NULL, NULL};
  if (!CHECK_OK(ej_name_parse(&parts[0], &parts[1], &parts[2], text))) return;
  CHECK_STR(parts[0], surname);
  CHECK_STR(parts[1], given);
  if (patronymic == NULL) {
    CHECK(parts[2] == NULL);
  } else {
    CHECK_STR(parts[2], patronymic);
  }
  ej_free(parts[0]);
  ej_free(parts[1]);
  ej_free(parts[2]);
}

static void check_name(const char* surname, const char* given, const char* patronymic,
                       int32_t style, const char* expected) {
  char* out = NULL;
  if (!CHECK_OK(ej_name_format(&out, surname, given, patronymic, style))) return;
  CHECK_STR(out, expected);
  ej_free(out);
}

static void check_word(int32_t word, int32_t gender, const char* expected) {
  const char* out = NULL;
  if (!CHECK_OK(ej_gender_word(&out, word, gender))) return;
  CHECK_STR(out, expected);
}

static void check_guess(const char* patronymic, int32_t expected) {
  int32_t gender = -7;
  if (!CHECK_OK(ej_gender_guess(&gender, patronymic))) return;
  CHECK_INT(gender, expected);
}

static void check_date(int32_t year, int32_t month, int32_t day, int32_t style, const char* locale,
                       const char* expected) {
  const ej_date date = {year, month, day};
  char* out = NULL;
  if (!CHECK_OK(ej_date_format(&out, &date, style, locale))) return;
  CHECK_STR(out, expected);
  ej_free(out);
}

static void check_absences(int64_t n, const char* expected) {
  char* out = NULL;
  if (!CHECK_OK(ej_count_format(&out, n, "uk", "пропуск", "пропуски", "пропусків", NULL))) return;
  CHECK_STR(out, expected);
  ej_free(out);
}

static void test_names(void) {
  check_parse("Шевченко Тарас Григорович", "Шевченко", "Тарас", "Григорович");
  check_parse("  Петренко-Коваль   Мар'яна ", "Петренко-Коваль", "Мар\xCA\xBCяна", NULL);
  check_name("Шевченко", "Тарас", "Григорович", EJ_NAME_FULL, "Шевченко Тарас Григорович");
  check_name("Шевченко", "Тарас", "Григорович", EJ_NAME_SURNAME_INITIALS, "Шевченко Т. Г.");
  check_name("Шевченко", "Тарас", "Григорович", EJ_NAME_INITIALS_SURNAME, "Т. Г. Шевченко");
  check_name("Лук\xE2\x80\x99янчук", "Ян", NULL, EJ_NAME_SURNAME_INITIALS, "Лук\xCA\xBCянчук Я.");
  check_name("Smith", "John", "", EJ_NAME_INITIALS_SURNAME, "J. Smith");
}

static void test_gender_words(void) {
  check_guess("Григорович", EJ_GENDER_MASCULINE);
  check_guess("ПЕТРІВНА", EJ_GENDER_FEMININE);
  check_guess("Андріївна", EJ_GENDER_FEMININE);
  check_word(EJ_WORD_NOT_ATTESTED, EJ_GENDER_MASCULINE, "не атестований");
  check_word(EJ_WORD_NOT_ATTESTED, EJ_GENDER_FEMININE, "не атестована");
  check_word(EJ_WORD_PUPIL, EJ_GENDER_MASCULINE, "учень");
  check_word(EJ_WORD_PUPIL, EJ_GENDER_FEMININE, "учениця");
  check_word(EJ_WORD_EXEMPT, EJ_GENDER_MASCULINE, "звільнений");
  check_word(EJ_WORD_EXEMPT, EJ_GENDER_FEMININE, "звільнена");
}

static void test_dates_and_counts(void) {
  char* out = NULL;
  check_date(2024, 9, 1, EJ_DATE_LONG, "uk", "1 вересня 2024 р.");
  check_date(2024, 9, 1, EJ_DATE_MONTH_YEAR, NULL, "вересень 2024");
  check_date(2024, 9, 1, EJ_DATE_WEEKDAY, "uk", "неділя");
  check_date(2024, 9, 1, EJ_DATE_NUMERIC, "uk", "01.09.2024");
  check_date(2024, 9, 1, EJ_DATE_LONG, "en", "1 September 2024");
  check_date(2024, 9, 1, EJ_DATE_MONTH_YEAR, "en", "September 2024");
  check_date(2024, 9, 1, EJ_DATE_WEEKDAY, "en", "Sunday");
  check_absences(1, "1 пропуск");
  check_absences(2, "2 пропуски");
  check_absences(5, "5 пропусків");
  check_absences(11, "11 пропусків");
  check_absences(21, "21 пропуск");
  check_absences(22, "22 пропуски");
  if (CHECK_OK(ej_count_format(&out, 1, "en", "absence", NULL, NULL, "absences"))) {
    CHECK_STR(out, "1 absence");
    ej_free(out);
  }
  if (CHECK_OK(ej_count_format(&out, 7, "en", "absence", NULL, NULL, "absences"))) {
    CHECK_STR(out, "7 absences");
    ej_free(out);
  }
}

static void test_bad_input(void) {
  char* out = STALE(char);
  char* given = STALE(char);
  char* patronymic = STALE(char);
  const char* word = "stale";
  const ej_date february = {2023, 2, 29};
  const ej_date month13 = {2024, 13, 1};
  const ej_date september = {2024, 9, 1};
  char long_text[2000];
  memset(long_text, 'a', sizeof long_text - 1);
  long_text[sizeof long_text - 1] = '\0';

  CHECK_ERROR(ej_name_parse(&out, &given, &patronymic, "Шевченко"), EJ_EINVALID,
              "full name 'Шевченко' has 1 words");
  CHECK(out == NULL && given == NULL && patronymic == NULL);
  CHECK_INT(ej_error_last()->klass, EJ_ERRCLASS_TEXT);
  CHECK_ERROR(ej_name_parse(&out, &given, &patronymic, NULL), EJ_EINVALID, "'text' is NULL");
  CHECK_ERROR(ej_name_parse(NULL, &given, &patronymic, "А Б"), EJ_EINVALID, "'out_surname'");
  CHECK_ERROR(ej_name_parse(&out, &given, NULL, "А Б"), EJ_EINVALID, "'out_patronymic'");
  CHECK_ERROR(ej_name_parse(&out, &given, &patronymic, "А \xFF"), EJ_EINVALID,
              "'text' is not valid UTF-8 (byte offset 3)");
  CHECK_ERROR(ej_name_parse(&out, &given, &patronymic, long_text), EJ_EINVALID,
              "'text' is longer than 1024 bytes");
  CHECK_ERROR(ej_name_parse(&out, &given, &patronymic, "А Б В Г"), EJ_EINVALID,
              "full name 'А Б В Г' has 4 words");

  out = STALE(char);
  CHECK_ERROR(ej_name_format(&out, "Ді Марко", "Анна", NULL, EJ_NAME_FULL), EJ_EINVALID,
              "name parts 'Ді Марко', 'Анна', '' are not one word each");
  CHECK(out == NULL);
  CHECK_ERROR(ej_name_format(&out, "Шевченко", "", NULL, EJ_NAME_FULL), EJ_EINVALID, "has 1 words");
  CHECK_ERROR(ej_name_format(&out, NULL, "Тарас", NULL, EJ_NAME_FULL), EJ_EINVALID,
              "'surname' is NULL");
  CHECK_ERROR(ej_name_format(&out, "Шевченко", "Тарас", NULL, 7), EJ_EINVALID,
              "style 7 is not an ej_name_style");
  CHECK_ERROR(ej_name_format(NULL, "Шевченко", "Тарас", NULL, EJ_NAME_FULL), EJ_EINVALID, "'out'");

  CHECK_ERROR(ej_gender_word(&word, EJ_WORD_PUPIL, 2), EJ_EINVALID, "gender 2 is not an ej_gender");
  CHECK(word == NULL);
  CHECK_ERROR(ej_gender_word(&word, 9, EJ_GENDER_FEMININE), EJ_EINVALID,
              "word 9 is not an ej_gender_word_kind");
  CHECK_ERROR(ej_gender_word(NULL, EJ_WORD_PUPIL, EJ_GENDER_FEMININE), EJ_EINVALID, "'out'");

  int32_t gender = 5;
  CHECK_ERROR(ej_gender_guess(&gender, "огли"), EJ_ENOTFOUND,
              "patronymic 'огли' does not show a grammatical gender");
  CHECK_INT(gender, -1);
  gender = 5;
  CHECK_ERROR(ej_gender_guess(&gender, NULL), EJ_ENOTFOUND, "patronymic ''");
  CHECK_INT(gender, -1);
  CHECK_ERROR(ej_gender_guess(&gender, ""), EJ_ENOTFOUND, "patronymic ''");
  CHECK_ERROR(ej_gender_guess(&gender, "Петр\xD0"), EJ_EINVALID,
              "'patronymic' is not valid UTF-8 (byte offset 8)");
  CHECK_ERROR(ej_gender_guess(&gender, long_text), EJ_EINVALID,
              "'patronymic' is longer than 1024 bytes");
  CHECK_ERROR(ej_gender_guess(NULL, "Петрович"), EJ_EINVALID, "'out_gender'");

  out = STALE(char);
  CHECK_ERROR(ej_date_format(&out, &february, EJ_DATE_LONG, "uk"), EJ_EINVALID, "date 2023-2-29");
  CHECK(out == NULL);
  CHECK_ERROR(ej_date_format(&out, &month13, EJ_DATE_LONG, "uk"), EJ_EINVALID, "date 2024-13-1");
  CHECK_ERROR(ej_date_format(&out, NULL, EJ_DATE_LONG, "uk"), EJ_EINVALID, "'date' is NULL");
  CHECK_ERROR(ej_date_format(&out, &september, EJ_DATE_LONG, "ru"), EJ_EINVALID,
              "unknown locale 'ru'");
  CHECK_ERROR(ej_date_format(&out, &september, 4, "uk"), EJ_EINVALID,
              "style 4 is not an ej_date_style");
  CHECK_ERROR(ej_date_format(&out, &september, EJ_DATE_LONG, "u\xC0"), EJ_EINVALID,
              "'locale' is not valid UTF-8");

  CHECK_ERROR(ej_count_format(&out, 2, "uk", "урок", NULL, NULL, NULL), EJ_EINVALID,
              "no form for 2 (plural category 'few'");
  CHECK_ERROR(ej_count_format(&out, 2, "xx", "a", "b", "c", "d"), EJ_EINVALID,
              "unknown locale 'xx'");
  CHECK_ERROR(ej_count_format(&out, 2, "uk", long_text, "b", "c", "d"), EJ_EINVALID,
              "'one' is longer than 1024 bytes");
  CHECK_ERROR(ej_count_format(&out, INT64_MAX, "uk", "a", "b", "c", "d"), EJ_ERANGE,
              "count 9223372036854775807");
  CHECK(out == NULL);
}

int main(void) {
  test_names();
  test_gender_words();
  test_dates_and_counts();
  test_bad_input();
  return check_finish("capi_names");
}
