/* Journal pages through the C ABI (ejournal/journal_page.h), on the memory backend, an in-memory
 * SQLite database and PostgreSQL when EJ_PG_CONN is set: a course's page for a term, the class
 * summary page, their CSV and HTML, and the refusals. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "journal_reading_fixture.h"
#include "store_fixture.h"

static void test_course_page(const school* s) {
  ej_principal* teacher = journal_reading_fixture_principal(s, &s->teacher, EJ_ROLE_TEACHER, NULL);
  ej_journal_page* page = NULL;
  const ej_journal_page_info* info = NULL;
  const ej_journal_page_column* column = NULL;
  const ej_journal_page_row* row = NULL;
  const ej_journal_page_entry* entry = NULL;
  char* text = NULL;
  if (!CHECK_OK(ej_journal_page_course(&page, s->store, teacher, &s->institution, &s->course, 0)) ||
      !CHECK_OK(ej_journal_page_info_get(&info, page))) {
    ej_journal_page_free(page);
    ej_principal_free(teacher);
    return;
  }
  CHECK_STR(info->title, "Українська мова, 5-А");
  CHECK_STR(info->teacher, "Коваленко О. П.");
  CHECK_STR(info->period, "I семестр");
  CHECK_INT(info->first.day, 2);
  CHECK_INT(info->row_count, STORE_FIXTURE_STUDENTS);
  CHECK_INT(info->column_count, STORE_FIXTURE_LESSONS + 3); /* + thematic, semester, corrected */
  CHECK_INT(info->entry_count, 4);
  /* Ukrainian order: Гнатюк, Ґудзь, Єрмак, Іваненко, Їжак, Яковенко. */
  if (CHECK_OK(ej_journal_page_row_get(&row, page, 0))) CHECK_STR(row->surname, "Гнатюк");
  if (CHECK_OK(ej_journal_page_row_get(&row, page, 1))) CHECK_STR(row->surname, "Ґудзь");
  if (CHECK_OK(ej_journal_page_row_get(&row, page, 5))) {
    CHECK_STR(row->surname, "Яковенко");
    CHECK_INT(row->departed.year, 0);
    CHECK_INT(row->gender, -1);
  }
  if (CHECK_OK(ej_journal_page_column_get(&column, page, 0))) {
    CHECK_STR(column->heading, "02.09");
    CHECK(store_fixture_same_id(&column->lesson, &s->lessons[0]));
    CHECK_INT(column->number, 1);
    CHECK_INT(column->kind, EJ_COLUMN_CURRENT);
  }
  if (CHECK_OK(ej_journal_page_column_get(&column, page, 10))) {
    CHECK_STR(column->heading, "Тема 1");
    CHECK_INT(column->kind, EJ_COLUMN_THEMATIC);
    CHECK_INT(column->date.year, 0);
  }
  if (CHECK_OK(ej_journal_page_column_get(&column, page, 12))) {
    CHECK_STR(column->heading, "Скоригована (I семестр)");
  }
  if (CHECK_OK(ej_journal_page_entry_get(&entry, page, 1))) {
    CHECK_INT(entry->row, 5);
    CHECK_INT(entry->column, 1);
    CHECK_INT(entry->publication, EJ_PUBLICATION_DRAFT);
    CHECK_INT(entry->value_num, 9);
    CHECK_STR(entry->attendance, "");
  }
  if (CHECK_OK(ej_journal_page_entry_get(&entry, page, 2))) CHECK_STR(entry->attendance, "н");
  if (CHECK_OK(ej_journal_page_cell_text(&text, page, 5, 1))) CHECK_STR(text, "(9)");
  ej_free(text);
  if (CHECK_OK(ej_journal_page_csv(&text, page))) {
    CHECK(strncmp(text, "№,Учень,02.09,03.09,", strlen("№,Учень,02.09,03.09,")) == 0);
    CHECK(strstr(text, "\r\n6,Яковенко Марія,10,(9),н,") != NULL);
  }
  ej_free(text);
  if (CHECK_OK(ej_journal_page_html(&text, page))) {
    CHECK(strncmp(text, "<!DOCTYPE html>", 15) == 0);
    CHECK(strstr(text, "<script") == NULL);
    CHECK(strstr(text, "<h1>Українська мова, 5-А</h1>") != NULL);
  }
  ej_free(text);

  CHECK_ERROR(ej_journal_page_row_get(&row, page, STORE_FIXTURE_STUDENTS), EJ_ERANGE, "rows");
  CHECK(row == NULL);
  CHECK_ERROR(ej_journal_page_column_get(&column, page, -1), EJ_ERANGE, "columns");
  CHECK_ERROR(ej_journal_page_entry_get(&entry, page, 4), EJ_ERANGE, "entries");
  CHECK_ERROR(ej_journal_page_cell_text(&text, page, 0, 99), EJ_ERANGE, "columns");
  CHECK(text == NULL);
  CHECK_ERROR(ej_journal_page_csv(NULL, page), EJ_EINVALID, "out");
  CHECK_ERROR(ej_journal_page_html(&text, NULL), EJ_EINVALID, "page");
  CHECK_ERROR(ej_journal_page_info_get(&info, NULL), EJ_EINVALID, "page");
  ej_journal_page_free(page);
  ej_journal_page_free(NULL);
  ej_principal_free(teacher);
}

static void test_summary(const school* s) {
  ej_uuid class_teacher_id;
  ej_principal* class_teacher = NULL;
  ej_journal_page* page = NULL;
  const ej_journal_page_info* info = NULL;
  const ej_journal_page_column* column = NULL;
  CHECK_OK(ej_uuid_generate(&class_teacher_id));
  class_teacher =
      journal_reading_fixture_principal(s, &class_teacher_id, EJ_ROLE_CLASS_TEACHER, NULL);
  if (CHECK_OK(ej_journal_page_class_summary(&page, s->store, class_teacher, &s->institution,
                                             &s->school_class)) &&
      CHECK_OK(ej_journal_page_info_get(&info, page))) {
    CHECK_STR(info->period, "2024/2025");
    CHECK_INT(info->row_count, STORE_FIXTURE_STUDENTS);
    CHECK_INT(info->column_count, 5); /* two semesters, two corrections, the annual */
    CHECK_INT(info->entry_count, 0);  /* no final grade yet */
    if (CHECK_OK(ej_journal_page_column_get(&column, page, 4))) {
      CHECK_STR(column->heading, "Українська мова: Річна");
      CHECK(store_fixture_same_id(&column->subject, &s->subject));
      CHECK_STR(column->subject_name, "Українська мова");
    }
  }
  ej_journal_page_free(page);
  ej_principal_free(class_teacher);
}

static void test_refusals(const school* s) {
  ej_principal* teacher = journal_reading_fixture_principal(s, &s->teacher, EJ_ROLE_TEACHER, NULL);
  ej_principal* student =
      journal_reading_fixture_principal(s, &s->students[0], EJ_ROLE_STUDENT, NULL);
  ej_journal_page* page = NULL;
  ej_uuid unknown;
  CHECK_OK(ej_uuid_generate(&unknown));
  CHECK_ERROR(ej_journal_page_course(&page, s->store, student, &s->institution, &s->course, 0),
              EJ_EPERM, "read_course_journal");
  CHECK(page == NULL);
  CHECK_ERROR(ej_journal_page_course(&page, s->store, teacher, &s->institution, &s->course, 2),
              EJ_ERANGE, "term 2");
  CHECK_ERROR(ej_journal_page_course(&page, s->store, teacher, &s->institution, &s->course, -1),
              EJ_ERANGE, "term");
  CHECK_ERROR(ej_journal_page_course(&page, s->store, teacher, &s->institution, &unknown, 0),
              EJ_ENOTFOUND, "course");
  CHECK_ERROR(ej_journal_page_course(NULL, s->store, teacher, &s->institution, &s->course, 0),
              EJ_EINVALID, "out");
  CHECK_ERROR(
      ej_journal_page_class_summary(&page, s->store, teacher, &s->institution, &s->school_class),
      EJ_EPERM, "read_class_summary");
  CHECK_ERROR(ej_journal_page_class_summary(&page, s->store, teacher, &s->institution, &unknown),
              EJ_ENOTFOUND, "class");
  CHECK_ERROR(ej_journal_page_class_summary(&page, s->store, teacher, NULL, &s->school_class),
              EJ_EINVALID, "institution");
  ej_principal_free(teacher);
  ej_principal_free(student);
}

static void test_backend(const char* uri) {
  school s;
  printf("backend %s\n", uri);
  if (!store_fixture_open(&s, uri, "Ліцей № 1") || !journal_reading_fixture_write(&s)) {
    ej_store_free(s.store);
    return;
  }
  test_course_page(&s);
  test_summary(&s);
  test_refusals(&s);
  ej_store_free(s.store);
}

int main(void) {
  const char* const* uris = store_fixture_uris();
  int i;
  for (i = 0; uris[i] != NULL; ++i) test_backend(uris[i]);
  return check_finish("test_journal_page");
}
