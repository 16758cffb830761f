/*
 * Reports through the grading engine on Saturday 7 September 2024: what Дарина's mother reads of
 * her daughter's first mathematics grades, and what the class teacher reads of the whole class.
 */
#include "report_steps.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo_check.h"
#include "ejournal.h"
#include "text_table.h"

#define LEVEL_COUNT 4

/* "43/4", or "11" for a whole number. */
static void format_fraction(char* out, size_t size, const ej_rational* value) {
  if (value->den == 1) {
    snprintf(out, size, "%" PRId64, value->num);
  } else {
    snprintf(out, size, "%" PRId64 "/%" PRId64, value->num, value->den);
  }
}

/* One suggestion: the grade, the rule, the exact mean and what counted or did not. */
static void print_suggestion(const char* title, const ej_suggestion* suggestion) {
  const ej_basis* basis;
  const char* rule;
  const char* mark;
  ej_rational mean;
  int32_t has_mean;
  int32_t grade;
  int32_t count;
  int32_t index;
  demo_check(ej_suggestion_grade(&grade, &mark, suggestion), "ej_suggestion_grade");
  demo_check(ej_suggestion_detail(&rule, &mean, &has_mean, suggestion), "ej_suggestion_detail");
  demo_check(ej_suggestion_basis(&basis, suggestion), "ej_suggestion_basis");
  demo_check(ej_basis_count(&count, basis), "ej_basis_count");
  if (grade > 0) {
    printf("  %s: %" PRId32 " (%s)\n", title, grade, rule);
  } else {
    printf("  %s: %s (%s)\n", title, mark[0] != '\0' ? mark : "—", rule);
  }
  printf("    основа:");
  for (index = 0; index < count; ++index) {
    const char* source;
    const char* label;
    const char* entry_mark;
    ej_rational value;
    int32_t has_value;
    int32_t use;
    char text[32];
    demo_check(
        ej_basis_get(NULL, &source, &label, &entry_mark, &value, &has_value, &use, basis, index),
        "ej_basis_get");
    if (use == EJ_BASIS_COUNTED && has_value) {
      format_fraction(text, sizeof text, &value);
      printf(" %s", text);
    } else {
      printf(" [%s — не враховано]", entry_mark[0] != '\0' ? entry_mark : source);
    }
  }
  if (count == 0) printf(" немає оцінок");
  if (has_mean) {
    char exact[64];
    char rounded[32];
    format_fraction(exact, sizeof exact, &mean);
    demo_format_rounded(rounded, sizeof rounded, &mean, 2);
    printf("; середнє %s ≈ %s", exact, rounded);
  }
  printf("\n");
}

/* Section 5a: the mother reads her daughter's term report in mathematics (published grades). */
static void print_term_report(const demo_school* school) {
  const int64_t now = demo_time(7, 10, 30);
  ej_principal* parent = demo_sign_in(school->store, now, DEMO_PARENT_LOGIN, DEMO_PARENT_PASSWORD);
  ej_term_report_info info;
  ej_term_report* report;
  const ej_suggestion* suggestion;
  demo_check(ej_report_student_term(&report, school->store, parent, &school->institution,
                                    &school->child, &school->courses[0], 0, NULL),
             "ej_report_student_term");
  info.version = EJ_TERM_REPORT_INFO_VERSION;
  demo_check(ej_term_report_info_get(&info, report), "ej_term_report_info_get");
  printf("\n5. Звіти. %s, %s: %s (очима мами — лише опубліковані оцінки)\n",
         demo_student_name(school, &school->child), info.subject_name, info.term_name);
  if (info.has_current_average) {
    char exact[64];
    char rounded[32];
    format_fraction(exact, sizeof exact, &info.current_average);
    demo_format_rounded(rounded, sizeof rounded, &info.current_average, 2);
    printf("  Поточних оцінок: %" PRId64 ", середнє %s ≈ %s\n", info.current_counted, exact,
           rounded);
  }
  demo_check(ej_term_report_suggestion(&suggestion, report, EJ_SUGGEST_THEMATIC),
             "ej_term_report_suggestion");
  print_suggestion("Пропозиція тематичної", suggestion);
  demo_check(ej_term_report_suggestion(&suggestion, report, EJ_SUGGEST_SEMESTER),
             "ej_term_report_suggestion");
  print_suggestion("Пропозиція семестрової", suggestion);
  printf("  Пропозиції — лише підказка: оцінку ставить учитель.\n");
  ej_term_report_free(report);
  ej_principal_free(parent);
}

enum level_column {
  LEVEL_SUBJECT,
  LEVEL_GRADED,
  LEVEL_FIRST, /* the four levels follow in order */
  LEVEL_MEAN = LEVEL_FIRST + LEVEL_COUNT,
  LEVEL_MARKED,
  LEVEL_COLUMN_COUNT
};

static const char* const level_headers[LEVEL_COLUMN_COUNT] = {
    "Предмет",       "Оцінок",        "Початковий 1–3", "Середній 4–6",
    "Достатній 7–9", "Високий 10–12", "Середній бал",   "Позначок"};

static void add_distribution_row(text_table* table, const char* name,
                                 const ej_distribution* distribution) {
  const int row = text_table_add_row(table);
  int level;
  text_table_set(table, row, LEVEL_SUBJECT, "%s", name);
  text_table_set(table, row, LEVEL_GRADED, "%" PRId64, distribution->graded);
  for (level = 0; level < LEVEL_COUNT; ++level) {
    char percent[32];
    demo_format_rounded(percent, sizeof percent, &distribution->percents[level], 0);
    text_table_set(table, row, LEVEL_FIRST + level, "%" PRId64 " (%s%%)",
                   distribution->counts[level], percent);
  }
  if (distribution->has_mean) {
    demo_format_rounded(text_table_at(table, row, LEVEL_MEAN), TEXT_TABLE_CELL_BYTES,
                        &distribution->mean, 2);
  }
  text_table_set(table, row, LEVEL_MARKED, "%" PRId64, distribution->marked);
}

/* Section 5b: the class teacher reads the class's current grades of the term by level. */
static void print_class_levels(const demo_school* school) {
  const int64_t now = demo_time(7, 11, 30);
  ej_principal* class_teacher =
      demo_sign_in(school->store, now, demo_teacher_logins[1], demo_teacher_passwords[1]);
  ej_level_statistics* statistics;
  ej_level_statistics_info info;
  text_table table;
  int64_t count;
  int64_t index;
  demo_check(
      ej_report_class_statistics(&statistics, school->store, class_teacher, &school->institution,
                                 &school->school_class, 0, EJ_REPORT_CURRENT),
      "ej_report_class_statistics");
  info.version = EJ_LEVEL_STATISTICS_INFO_VERSION;
  demo_check(ej_level_statistics_info_get(&info, statistics), "ej_level_statistics_info_get");
  printf(
      "\n  5-А, %s: поточні оцінки за рівнями (для класної керівниці; без імен і рейтингів),"
      " учнів: %" PRId64 "\n\n",
      info.term_name, info.students);
  text_table_init(&table, "lrrrrrrr", LEVEL_COLUMN_COUNT, level_headers);
  demo_check(ej_level_statistics_subject_count(&count, statistics),
             "ej_level_statistics_subject_count");
  for (index = 0; index < count; ++index) {
    const ej_subject_distribution* subject;
    demo_check(ej_level_statistics_subject_get(&subject, statistics, index),
               "ej_level_statistics_subject_get");
    add_distribution_row(&table, subject->name, &subject->distribution);
  }
  add_distribution_row(&table, "Усього", &info.overall);
  text_table_print(&table, stdout);
  text_table_free(&table);
  ej_level_statistics_free(statistics);
  ej_principal_free(class_teacher);
}

void run_report_steps(const demo_school* school) {
  print_term_report(school);
  print_class_levels(school);
}
