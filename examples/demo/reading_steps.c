/*
 * What the week looks like to its readers on Saturday 7 September 2024: Дарина's mother reads her
 * daughter's diary, the mathematics teacher reads the course's journal page.
 */
#include "reading_steps.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "demo_check.h"
#include "ejournal.h"
#include "text_table.h"

static const char* const weekday_short[] = {"Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд"};

/* The demo's dates all lie in September 2024, which began on a Sunday. */
static const char* weekday_of(const ej_date* date) {
  return weekday_short[(date->day + 5) % 7];
}

static const char* reason_text(int32_t reason) {
  switch (reason) {
    case EJ_ABSENCE_ILLNESS: return "хвороба";
    case EJ_ABSENCE_FAMILY: return "сімейні обставини";
    case EJ_ABSENCE_VALID_DOCUMENT: return "з поважної причини";
    case EJ_ABSENCE_OTHER: return "інша причина";
    default: return "";
  }
}

enum diary_column {
  DIARY_DAY,
  DIARY_NUMBER,
  DIARY_SUBJECT,
  DIARY_TOPIC,
  DIARY_HOMEWORK,
  DIARY_GRADES,
  DIARY_ATTENDANCE,
  DIARY_COLUMN_COUNT
};

static const char* const diary_headers[DIARY_COLUMN_COUNT] = {
    "День", "№", "Предмет", "Тема", "Домашнє завдання", "Оцінки", "Відвідування"};

/* Appends `word` to a cell, after a space unless the cell is empty. */
static void append_word(char* cell, const char* word) {
  const size_t used = strlen(cell);
  snprintf(cell + used, TEXT_TABLE_CELL_BYTES - used, "%s%s", used == 0 ? "" : " ", word);
}

/* The grades and attendance of the week that belong to `lesson`, into the lesson's row. */
static void fill_lesson_marks(text_table* table, int row, const ej_diary_week* week,
                              const ej_uuid* lesson) {
  int64_t index;
  for (index = 0; index < week->grade_count; ++index) {
    const ej_diary_grade* grade = &week->grades[index];
    char value[32];
    if (memcmp(&grade->lesson, lesson, sizeof *lesson) != 0) continue;
    if (grade->has_value) {
      snprintf(value, sizeof value, "%" PRId64, grade->value_num / grade->value_den);
    } else {
      snprintf(value, sizeof value, "%s", grade->mark);
    }
    append_word(text_table_at(table, row, DIARY_GRADES), value);
  }
  for (index = 0; index < week->attendance_count; ++index) {
    const ej_diary_attendance* mark = &week->attendance[index];
    if (memcmp(&mark->lesson, lesson, sizeof *lesson) != 0) continue;
    if (reason_text(mark->reason)[0] != '\0') {
      text_table_set(table, row, DIARY_ATTENDANCE, "%s (%s)", mark->code,
                     reason_text(mark->reason));
    } else {
      text_table_set(table, row, DIARY_ATTENDANCE, "%s", mark->code);
    }
  }
}

static void print_diary_week(const ej_diary_week* week) {
  text_table table;
  int64_t index;
  printf("\n%s %s — тиждень %02d.%02d–%02d.%02d.%d\n\n", week->surname, week->given_name,
         week->monday.day, week->monday.month, week->sunday.day, week->sunday.month,
         week->sunday.year);
  text_table_init(&table, "lrlllll", DIARY_COLUMN_COUNT, diary_headers);
  for (index = 0; index < week->lesson_count; ++index) {
    const ej_diary_lesson* lesson = &week->lessons[index];
    const int row = text_table_add_row(&table);
    if (index == 0 || lesson->date.day != week->lessons[index - 1].date.day) {
      text_table_set(&table, row, DIARY_DAY, "%s %02d.%02d", weekday_of(&lesson->date),
                     lesson->date.day, lesson->date.month);
    }
    text_table_set(&table, row, DIARY_NUMBER, "%" PRId32, lesson->number);
    text_table_set(&table, row, DIARY_SUBJECT, "%s", lesson->subject);
    text_table_set(&table, row, DIARY_TOPIC, "%s", lesson->topic);
    if (lesson->homework[0] != '\0') {
      text_table_set(&table, row, DIARY_HOMEWORK, "%s (до %02d.%02d)", lesson->homework,
                     lesson->homework_due.day, lesson->homework_due.month);
    }
    fill_lesson_marks(&table, row, week, &lesson->lesson);
  }
  text_table_print(&table, stdout);
  text_table_free(&table);
  for (index = 0; index < week->comment_count; ++index) {
    const ej_diary_comment* comment = &week->comments[index];
    printf("\nКоментар %02d.%02d, %s (%s): «%s»\n", comment->date.day, comment->date.month,
           comment->author_name, comment->subject, comment->text);
  }
}

/* Section 3: the mother reads the diary of each of her children (one: Дарина). */
static void print_parent_diary(const demo_school* school) {
  const int64_t now = demo_time(7, 10, 0);
  const ej_date monday = demo_date(2);
  ej_principal* parent = demo_sign_in(school->store, now, DEMO_PARENT_LOGIN, DEMO_PARENT_PASSWORD);
  ej_diary* diary;
  int64_t count;
  int64_t index;
  printf(
      "\n3. Щоденник очима мами (субота, 7 вересня): лише опубліковане, причину пропуску\n"
      "   бачить вона, класна керівниця й адміністрація\n");
  demo_check(ej_diary_children_read(&diary, school->store, parent, &school->institution,
                                    &school->parent, &monday),
             "ej_diary_children_read");
  demo_check(ej_diary_count(&count, diary), "ej_diary_count");
  for (index = 0; index < count; ++index) {
    const ej_diary_week* week;
    demo_check(ej_diary_get(&week, diary, index), "ej_diary_get");
    print_diary_week(week);
  }
  ej_diary_free(diary);
  ej_principal_free(parent);
}

/* The lessons' topics and homework under the grid, as on the right-hand page of the paper
 * journal. */
static void print_page_lessons(const ej_journal_page* page, int64_t column_count) {
  int64_t column;
  printf("\n");
  for (column = 0; column < column_count; ++column) {
    const ej_journal_page_column* info;
    demo_check(ej_journal_page_column_get(&info, page, column), "ej_journal_page_column_get");
    if (ej_uuid_is_nil(&info->lesson)) continue;
    printf("  %s — %s%s%s\n", info->heading, info->label,
           info->homework[0] != '\0' ? "; д/з: " : "", info->homework);
  }
}

/* Section 4: the mathematics course's page for the first semester. */
static void print_course_page(const demo_school* school) {
  const char* headers[TEXT_TABLE_MAX_COLUMNS];
  char alignment[TEXT_TABLE_MAX_COLUMNS + 1];
  const int64_t now = demo_time(7, 11, 0);
  ej_principal* teacher =
      demo_sign_in(school->store, now, demo_teacher_logins[0], demo_teacher_passwords[0]);
  const ej_journal_page_info* info;
  ej_journal_page* page;
  text_table table;
  int64_t column;
  int64_t row;

  demo_check(ej_journal_page_course(&page, school->store, teacher, &school->institution,
                                    &school->courses[0], 0),
             "ej_journal_page_course");
  demo_check(ej_journal_page_info_get(&info, page), "ej_journal_page_info_get");
  printf("\n4. Сторінка журналу: %s, %s, вчитель %s (%02d.%02d.%d – %02d.%02d.%d)\n\n", info->title,
         info->period, info->teacher, info->first.day, info->first.month, info->first.year,
         info->last.day, info->last.month, info->last.year);
  if (info->column_count + 2 > TEXT_TABLE_MAX_COLUMNS) demo_check(EJ_ERROR, "the page's width");
  headers[0] = "№";
  headers[1] = "Учень";
  strcpy(alignment, "rl");
  for (column = 0; column < info->column_count; ++column) {
    const ej_journal_page_column* page_column;
    demo_check(ej_journal_page_column_get(&page_column, page, column),
               "ej_journal_page_column_get");
    headers[column + 2] = page_column->heading;
    alignment[column + 2] = 'r';
  }
  alignment[info->column_count + 2] = '\0';
  text_table_init(&table, alignment, (int)info->column_count + 2, headers);
  for (row = 0; row < info->row_count; ++row) {
    const ej_journal_page_row* student;
    const int table_row = text_table_add_row(&table);
    demo_check(ej_journal_page_row_get(&student, page, row), "ej_journal_page_row_get");
    text_table_set(&table, table_row, 0, "%" PRId64, row + 1);
    text_table_set(&table, table_row, 1, "%s %s", student->surname, student->given_name);
    for (column = 0; column < info->column_count; ++column) {
      char* text;
      demo_check(ej_journal_page_cell_text(&text, page, row, column), "ej_journal_page_cell_text");
      text_table_set(&table, table_row, (int)column + 2, "%s", text);
      ej_free(text);
    }
  }
  text_table_print(&table, stdout);
  text_table_free(&table);
  print_page_lessons(page, info->column_count);
  ej_journal_page_free(page);
  ej_principal_free(teacher);
}

void run_reading_steps(const demo_school* school) {
  print_parent_diary(school);
  print_course_page(school);
}
