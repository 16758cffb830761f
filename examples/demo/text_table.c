/* text_table.c — see text_table.h. */
#include "text_table.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void fail(const char* what) {
  fprintf(stderr, "ejournal-demo: %s\n", what);
  exit(EXIT_FAILURE);
}

size_t utf8_length(const char* text) {
  size_t length = 0;
  for (; *text != '\0'; ++text) {
    /* Count every byte except continuation bytes (10xxxxxx). */
    if (((unsigned char)*text & 0xC0u) != 0x80u) ++length;
  }
  return length;
}

void text_table_init(text_table* table, const char* alignment, int column_count,
                     const char* const* headers) {
  int column;
  if (column_count < 1 || column_count > TEXT_TABLE_MAX_COLUMNS)
    fail("a table needs 1 … TEXT_TABLE_MAX_COLUMNS columns");
  memset(table, 0, sizeof *table);
  table->column_count = column_count;
  table->alignment = alignment;
  for (column = 0; column < column_count; ++column) table->headers[column] = headers[column];
}

int text_table_add_row(text_table* table) {
  text_table_cell* row;
  if (table->row_count == table->row_capacity) {
    int capacity = table->row_capacity == 0 ? 16 : 2 * table->row_capacity;
    text_table_cell* cells = realloc(
        table->cells, (size_t)capacity * (size_t)table->column_count * sizeof(text_table_cell));
    if (cells == NULL) fail("out of memory");
    table->cells = cells;
    table->row_capacity = capacity;
  }
  row = table->cells + (size_t)table->row_count * (size_t)table->column_count;
  memset(row, 0, (size_t)table->column_count * sizeof(text_table_cell));
  return table->row_count++;
}

static size_t cell_index(const text_table* table, int row, int column) {
  return (size_t)row * (size_t)table->column_count + (size_t)column;
}

char* text_table_at(text_table* table, int row, int column) {
  return table->cells[cell_index(table, row, column)];
}

void text_table_set(text_table* table, int row, int column, const char* format, ...) {
  char* cell = text_table_at(table, row, column);
  va_list arguments;
  int length;
  va_start(arguments, format);
  length = vsnprintf(cell, TEXT_TABLE_CELL_BYTES, format, arguments);
  va_end(arguments);
  if (length < 0 || length >= TEXT_TABLE_CELL_BYTES) fail("a table cell is too long");
}

static void print_padding(FILE* stream, size_t count) {
  for (; count > 0; --count) fputc(' ', stream);
}

static void print_cell(FILE* stream, const char* text, size_t width, char alignment, int last) {
  size_t padding = width - utf8_length(text);
  if (alignment == 'r') print_padding(stream, padding);
  fputs(text, stream);
  if (alignment != 'r' && !last) print_padding(stream, padding);
  if (!last) fputs("  ", stream);
}

void text_table_print(const text_table* table, FILE* stream) {
  size_t widths[TEXT_TABLE_MAX_COLUMNS];
  size_t total_width = 0;
  size_t position;
  int row;
  int column;
  for (column = 0; column < table->column_count; ++column) {
    widths[column] = utf8_length(table->headers[column]);
    for (row = 0; row < table->row_count; ++row) {
      size_t length = utf8_length(table->cells[cell_index(table, row, column)]);
      if (length > widths[column]) widths[column] = length;
    }
    total_width += widths[column] + (column + 1 < table->column_count ? 2 : 0);
  }
  for (column = 0; column < table->column_count; ++column) {
    print_cell(stream, table->headers[column], widths[column], table->alignment[column],
               column + 1 == table->column_count);
  }
  fputc('\n', stream);
  for (position = 0; position < total_width; ++position) fputs("─", stream);
  fputc('\n', stream);
  for (row = 0; row < table->row_count; ++row) {
    for (column = 0; column < table->column_count; ++column) {
      print_cell(stream, table->cells[cell_index(table, row, column)], widths[column],
                 table->alignment[column], column + 1 == table->column_count);
    }
    fputc('\n', stream);
  }
}

void text_table_free(text_table* table) {
  free(table->cells);
  table->cells = NULL;
  table->row_count = 0;
  table->row_capacity = 0;
}
