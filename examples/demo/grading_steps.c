/*
 * The demo's appendix: the grading engine alone, on the built-in class 9-А — eight pupils, two
 * subjects with two topics each in the first semester (current grades and the thematic grades
 * the teacher set, with the marks н, н/а and зв.), and each pupil's certificate supplement. It
 * prints the suggested thematic and semester grades with their basis, then the certificate
 * averages with their 100–200 scores.
 */
#include "grading_steps.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo_check.h"
#include "ejournal.h"
#include "text_table.h"

#define PUPIL_COUNT 8
#define TOPIC_COUNT 2
#define TOKEN_BYTES 32

static const char* const pupils[PUPIL_COUNT] = {
    "Бондаренко Олена", "Гнатюк Ярослав", "Ґудзь Марія",  "Єременко Данило",
    "Коваленко Андрій", "Мельник Софія",  "Стасюк Ірина", "Шевчук Тарас"};

/* One pupil in one subject: the current grades of each topic and the thematic grades the
 * teacher set (one per topic), written as space-separated grades and marks. */
typedef struct subject_record {
  const char* current[TOPIC_COUNT];
  const char* thematic;
} subject_record;

typedef struct subject_data {
  const char* name;
  const char* topics[TOPIC_COUNT];
  subject_record records[PUPIL_COUNT]; /* in the order of `pupils` */
} subject_data;

static const subject_data subjects[] = {
    {"Алгебра",
     {"Нерівності", "Квадратична функція"},
     {{{"10 11 н 12 10", "11 10 12"}, "11 11"},
      {{"7 8 6 н н", "8 7 9 8"}, "7 8"},
      {{"5 6 4 6", "6 7 5"}, "5 6"},
      {{"н н н н", "9 10 8"}, "н/а 9"},
      {{"12 11 12 10", "10 12 11 12"}, "11 12"},
      {{"3 4 н 5", "4 3 5 6"}, "4 5"},
      {{"9 8 9 10", "8 8 7 н 9"}, "9 8"},
      {{"6 7 7 8 н", "7 6 6"}, "7 6"}}},
    {"Фізична культура",
     {"Легка атлетика", "Баскетбол"},
     {{{"10 11 10", "11 11"}, "10 11"},
      {{"12 12 11", "12 11 12"}, "12 12"},
      {{"зв. зв. зв.", "зв. зв."}, "зв. зв."},
      {{"9 10 н", "10 9"}, "10 10"},
      {{"10 10 9", "11 10"}, "10 11"},
      {{"8 9 8", "9 9 10"}, "8 9"},
      {{"11 12 12", "12 11 н"}, "12 12"},
      {{"10 9 10", "н 10 9"}, "10 10"}}},
};

typedef struct certificate_line {
  const char* label;
  int32_t kind; /* ej_certificate_kind */
} certificate_line;

static const certificate_line certificate_lines[] = {{"Українська мова", EJ_CERT_SUBJECT},
                                                     {"Українська література", EJ_CERT_SUBJECT},
                                                     {"Англійська мова", EJ_CERT_SUBJECT},
                                                     {"Зарубіжна література", EJ_CERT_SUBJECT},
                                                     {"Історія України", EJ_CERT_SUBJECT},
                                                     {"Всесвітня історія", EJ_CERT_SUBJECT},
                                                     {"Алгебра", EJ_CERT_SUBJECT},
                                                     {"Геометрія", EJ_CERT_SUBJECT},
                                                     {"Біологія", EJ_CERT_SUBJECT},
                                                     {"Фізика", EJ_CERT_SUBJECT},
                                                     {"Хімія", EJ_CERT_SUBJECT},
                                                     {"Фізична культура", EJ_CERT_SUBJECT},
                                                     {"ДПА з української мови", EJ_CERT_STATE_EXAM},
                                                     {"ДПА з математики", EJ_CERT_STATE_EXAM},
                                                     {"Інформатика", EJ_CERT_OPTIONAL_COURSE}};

#define CERTIFICATE_LINE_COUNT ((int)(sizeof certificate_lines / sizeof certificate_lines[0]))

/* Each pupil's certificate supplement: one grade or mark per certificate line, in order. */
static const char* const certificates[PUPIL_COUNT] = {
    "11 12 11 11 10 11 11 10 11 10 10 11 11 11 12",
    "7 8 7 8 7 7 8 7 8 7 7 12 7 8 11",
    "8 9 8 9 7 7 6 5 8 6 6 зв. 8 зв. 10",
    "10 10 9 10 9 9 9 9 10 9 9 10 10 9 12",
    "11 11 12 11 12 11 12 12 11 12 11 11 12 12 12",
    "6 6 5 6 5 6 5 4 6 5 5 9 6 5 8",
    "9 9 8 9 8 8 9 8 9 8 8 зар. 9 8 10",
    "6 7 6 7 6 6 7 6 7 6 6 10 6 7 9"};

static void fail(const char* what) {
  fprintf(stderr, "ejournal-demo: %s\n", what);
  exit(EXIT_FAILURE);
}

/* Copies the next space-separated token of *cursor into `token`; 0 at the end of the text. */
static int next_token(const char** cursor, char token[TOKEN_BYTES]) {
  const char* start = *cursor;
  size_t length;
  while (*start == ' ') ++start;
  if (*start == '\0') return 0;
  length = strcspn(start, " ");
  if (length >= TOKEN_BYTES) fail("a grade in the built-in data is too long");
  memcpy(token, start, length);
  token[length] = '\0';
  *cursor = start + length;
  return 1;
}

/* 1 and the number when `token` is a whole number, else 0 (the token is a special mark). */
static int parse_grade(const char* token, double* grade) {
  char* end;
  long value = strtol(token, &end, 10);
  if (end == token || *end != '\0') return 0;
  *grade = (double)value;
  return 1;
}

/* Appends the grades and marks of `tokens` to `set`, each on the 12-point range. */
static void append_grades(ej_gradeset* set, const char* tokens) {
  char token[TOKEN_BYTES];
  double grade;
  while (next_token(&tokens, token)) {
    if (parse_grade(token, &grade)) {
      demo_check(ej_gradeset_add(set, NULL, grade, 1.0, 12.0, 1.0), "ej_gradeset_add");
    } else {
      demo_check(ej_gradeset_add_mark(set, NULL, token, 1.0, 12.0, 1.0), "ej_gradeset_add_mark");
    }
  }
}

/* Appends `word` to the text in `buffer`, after `separator` unless the text is empty. */
static void append_word(char buffer[TEXT_TABLE_CELL_BYTES], const char* separator,
                        const char* word) {
  size_t used = strlen(buffer);
  int written = snprintf(buffer + used, TEXT_TABLE_CELL_BYTES - used, "%s%s",
                         used == 0 ? "" : separator, word);
  if (written < 0 || (size_t)written >= TEXT_TABLE_CELL_BYTES - used) fail("a basis is too long");
}

/* "43/4", or "11" for a whole number. */
static void format_fraction(char buffer[TEXT_TABLE_CELL_BYTES], const ej_rational* value) {
  if (value->den == 1) {
    snprintf(buffer, TEXT_TABLE_CELL_BYTES, "%" PRId64, value->num);
  } else {
    snprintf(buffer, TEXT_TABLE_CELL_BYTES, "%" PRId64 "/%" PRId64, value->num, value->den);
  }
}

/* The exact `value` rounded half up to `decimals`, as text ("10.75"). */
static void format_rounded(char buffer[TEXT_TABLE_CELL_BYTES], const ej_rational* value,
                           int32_t decimals) {
  ej_decimal rounded;
  char* text;
  demo_check(ej_round(&rounded, value, EJ_ROUND_HALF_UP, decimals), "ej_round");
  demo_check(ej_decimal_format(&text, &rounded), "ej_decimal_format");
  snprintf(buffer, TEXT_TABLE_CELL_BYTES, "%s", text);
  ej_free(text);
}

/* One entry of a basis; the strings are borrowed from the basis' owner. */
typedef struct basis_entry {
  const char* source;
  const char* label;
  const char* mark;
  ej_rational value;
  int32_t has_value;
  int32_t use; /* ej_basis_use */
} basis_entry;

static basis_entry get_basis_entry(const ej_basis* basis, int32_t index) {
  basis_entry entry;
  demo_check(ej_basis_get(NULL, &entry.source, &entry.label, &entry.mark, &entry.value,
                          &entry.has_value, &entry.use, basis, index),
             "ej_basis_get");
  return entry;
}

static int entry_counted(const basis_entry* entry) {
  return entry->use == EJ_BASIS_COUNTED && entry->has_value;
}

/* Why an entry did not count: "н", "Фізична культура (зв.)", "Інформатика (факультатив)". */
static void describe_excluded(char buffer[TEXT_TABLE_CELL_BYTES], const basis_entry* entry) {
  const char* reason = entry->mark[0] != '\0'                          ? entry->mark
                       : strcmp(entry->source, "optional_course") == 0 ? "факультатив"
                                                                       : "не враховано";
  if (entry->label[0] == '\0') {
    snprintf(buffer, TEXT_TABLE_CELL_BYTES, "%s", reason);
  } else {
    snprintf(buffer, TEXT_TABLE_CELL_BYTES, "%s (%s)", entry->label, reason);
  }
}

enum journal_column {
  JOURNAL_PUPIL,
  JOURNAL_BASIS,
  JOURNAL_COUNTED,
  JOURNAL_EXCLUDED,
  JOURNAL_MEAN,
  JOURNAL_MEAN_ROUNDED,
  JOURNAL_SUGGESTION,
  JOURNAL_RULE,
  JOURNAL_COLUMN_COUNT
};

static const char* const journal_headers[JOURNAL_COLUMN_COUNT] = {
    "Учень", "Основа", "Враховано", "Не враховано", "Середнє", "≈", "Пропозиція", "Правило"};

/* One row of a subject's table: what the suggestion rests on and what it suggests. */
static void add_suggestion_row(text_table* table, const char* pupil, const char* basis_name,
                               const ej_suggestion* suggestion) {
  const ej_basis* basis;
  const char* rule;
  const char* mark;
  ej_rational mean;
  int32_t has_mean;
  int32_t grade;
  int32_t entry_count;
  int32_t index;
  int row = text_table_add_row(table);
  demo_check(ej_suggestion_basis(&basis, suggestion), "ej_suggestion_basis");
  demo_check(ej_suggestion_detail(&rule, &mean, &has_mean, suggestion), "ej_suggestion_detail");
  demo_check(ej_suggestion_grade(&grade, &mark, suggestion), "ej_suggestion_grade");

  text_table_set(table, row, JOURNAL_PUPIL, "%s", pupil);
  text_table_set(table, row, JOURNAL_BASIS, "%s", basis_name);
  demo_check(ej_basis_count(&entry_count, basis), "ej_basis_count");
  for (index = 0; index < entry_count; ++index) {
    const basis_entry entry = get_basis_entry(basis, index);
    char word[TEXT_TABLE_CELL_BYTES];
    if (entry_counted(&entry)) {
      format_fraction(word, &entry.value);
      append_word(text_table_at(table, row, JOURNAL_COUNTED), " ", word);
    } else {
      describe_excluded(word, &entry);
      append_word(text_table_at(table, row, JOURNAL_EXCLUDED), ", ", word);
    }
  }
  if (has_mean) {
    format_fraction(text_table_at(table, row, JOURNAL_MEAN), &mean);
    format_rounded(text_table_at(table, row, JOURNAL_MEAN_ROUNDED), &mean, 2);
  } else {
    text_table_set(table, row, JOURNAL_MEAN, "—");
    text_table_set(table, row, JOURNAL_MEAN_ROUNDED, "—");
  }
  if (grade > 0) {
    text_table_set(table, row, JOURNAL_SUGGESTION, "%" PRId32, grade);
  } else {
    text_table_set(table, row, JOURNAL_SUGGESTION, "%s", mark);
  }
  text_table_set(table, row, JOURNAL_RULE, "%s", rule);
}

/* The suggested thematic grades of each topic and the suggested semester grade of every pupil. */
static void print_subject(const subject_data* subject, const ej_marks* marks,
                          const ej_ua_options* options) {
  static const char* const topic_rows[TOPIC_COUNT] = {"тема 1", "тема 2"};
  text_table table;
  ej_gradeset* topic_grades;
  ej_gradeset* thematic_grades;
  ej_gradeset* semester_current_grades;
  int pupil;
  int topic;

  printf("\n%s — тема 1 «%s», тема 2 «%s»\n\n", subject->name, subject->topics[0],
         subject->topics[1]);
  text_table_init(&table, "llllrrrl", JOURNAL_COLUMN_COUNT, journal_headers);
  demo_check(ej_gradeset_new(&topic_grades), "ej_gradeset_new");
  demo_check(ej_gradeset_new(&thematic_grades), "ej_gradeset_new");
  demo_check(ej_gradeset_new(&semester_current_grades), "ej_gradeset_new");

  for (pupil = 0; pupil < PUPIL_COUNT; ++pupil) {
    const subject_record* record = &subject->records[pupil];
    ej_suggestion* suggestion;
    demo_check(ej_gradeset_clear(semester_current_grades), "ej_gradeset_clear");
    for (topic = 0; topic < TOPIC_COUNT; ++topic) {
      demo_check(ej_gradeset_clear(topic_grades), "ej_gradeset_clear");
      append_grades(topic_grades, record->current[topic]);
      append_grades(semester_current_grades, record->current[topic]);
      demo_check(ej_ua_suggest_thematic(&suggestion, topic_grades, marks, options),
                 "ej_ua_suggest_thematic");
      add_suggestion_row(&table, topic == 0 ? pupils[pupil] : "", topic_rows[topic], suggestion);
      ej_suggestion_free(suggestion);
    }
    /* The semester rests on the thematic grades the teacher set, not on the suggestions; the
     * current grades are there for the NUSh fallback when no thematic grade counts. */
    demo_check(ej_gradeset_clear(thematic_grades), "ej_gradeset_clear");
    append_grades(thematic_grades, record->thematic);
    demo_check(ej_ua_suggest_semester(&suggestion, thematic_grades, semester_current_grades, marks,
                                      options),
               "ej_ua_suggest_semester");
    add_suggestion_row(&table, "", "семестр", suggestion);
    ej_suggestion_free(suggestion);
  }

  text_table_print(&table, stdout);
  text_table_free(&table);
  ej_gradeset_free(semester_current_grades);
  ej_gradeset_free(thematic_grades);
  ej_gradeset_free(topic_grades);
}

enum certificate_column {
  CERTIFICATE_PUPIL,
  CERTIFICATE_COUNTED,
  CERTIFICATE_MEAN,
  CERTIFICATE_MEAN_ROUNDED,
  CERTIFICATE_AVERAGE,
  CERTIFICATE_SCORE,
  CERTIFICATE_EXCLUDED,
  CERTIFICATE_COLUMN_COUNT
};

static const char* const certificate_headers[CERTIFICATE_COLUMN_COUNT] = {
    "Учень", "Оцінок", "Середнє", "≈", "Середній бал", "Бал 100–200", "Не враховано"};

static ej_certificate* new_certificate(const char* grades) {
  ej_certificate* certificate;
  char token[TOKEN_BYTES];
  double grade;
  int line;
  demo_check(ej_certificate_new(&certificate), "ej_certificate_new");
  for (line = 0; line < CERTIFICATE_LINE_COUNT; ++line) {
    const certificate_line* entry = &certificate_lines[line];
    if (!next_token(&grades, token)) fail("a built-in certificate misses a grade");
    if (parse_grade(token, &grade)) {
      demo_check(ej_certificate_add(certificate, entry->label, grade, entry->kind, 0),
                 "ej_certificate_add");
    } else {
      demo_check(ej_certificate_add_mark(certificate, entry->label, token, entry->kind),
                 "ej_certificate_add_mark");
    }
  }
  return certificate;
}

/* A pupil's certificate row, and one more row for each further entry that did not count. */
static void add_certificate_rows(text_table* table, const char* pupil,
                                 const ej_certificate_result* result) {
  const ej_basis* basis;
  ej_decimal average;
  ej_rational exact;
  int32_t score;
  int32_t entry_count;
  int32_t index;
  char* average_text;
  int counted = 0;
  int excluded = 0;
  int row = text_table_add_row(table);
  demo_check(ej_certificate_result_average(&average, &exact, &score, result),
             "ej_certificate_result_average");
  demo_check(ej_certificate_result_basis(&basis, result), "ej_certificate_result_basis");
  demo_check(ej_basis_count(&entry_count, basis), "ej_basis_count");
  for (index = 0; index < entry_count; ++index) {
    const basis_entry entry = get_basis_entry(basis, index);
    if (entry_counted(&entry)) {
      ++counted;
    } else {
      int excluded_row = excluded++ == 0 ? row : text_table_add_row(table);
      describe_excluded(text_table_at(table, excluded_row, CERTIFICATE_EXCLUDED), &entry);
    }
  }

  demo_check(ej_decimal_format(&average_text, &average), "ej_decimal_format");
  text_table_set(table, row, CERTIFICATE_PUPIL, "%s", pupil);
  text_table_set(table, row, CERTIFICATE_COUNTED, "%d", counted);
  format_fraction(text_table_at(table, row, CERTIFICATE_MEAN), &exact);
  format_rounded(text_table_at(table, row, CERTIFICATE_MEAN_ROUNDED), &exact, 2);
  text_table_set(table, row, CERTIFICATE_AVERAGE, "%s", average_text);
  text_table_set(table, row, CERTIFICATE_SCORE, "%" PRId32, score);
  ej_free(average_text);
}

/* The certificate average of every pupil (ua-school.md §4) and its 100–200 score. */
static void print_certificates(const ej_marks* marks) {
  text_table table;
  int pupil;
  printf(
      "\nСередній бал свідоцтва: предмети і ДПА без зв., зар. і факультативів, до десятих "
      "(половина — вгору)\n\n");
  text_table_init(&table, "lrrrrrl", CERTIFICATE_COLUMN_COUNT, certificate_headers);
  for (pupil = 0; pupil < PUPIL_COUNT; ++pupil) {
    ej_certificate* certificate = new_certificate(certificates[pupil]);
    ej_certificate_result* result;
    demo_check(ej_ua_certificate_average(&result, certificate, marks), "ej_ua_certificate_average");
    add_certificate_rows(&table, pupils[pupil], result);
    ej_certificate_result_free(result);
    ej_certificate_free(certificate);
  }
  text_table_print(&table, stdout);
  text_table_free(&table);
}

void run_grading_steps(void) {
  ej_marks* marks;
  ej_ua_options options;
  size_t subject_index;

  printf(
      "\nДодаток. Рушій оцінювання окремо: 9-А клас, I семестр. Пропозиції — лише підказка: "
      "оцінку ставить учитель.\n");
  demo_check(ej_marks_ukrainian(&marks), "ej_marks_ukrainian");
  demo_check(ej_ua_options_init(&options, EJ_UA_OPTIONS_VERSION), "ej_ua_options_init");
  for (subject_index = 0; subject_index < sizeof subjects / sizeof subjects[0]; ++subject_index) {
    print_subject(&subjects[subject_index], marks, &options);
  }
  print_certificates(marks);
  ej_marks_free(marks);
}
