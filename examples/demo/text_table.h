/*
 * text_table.h — aligned text tables for the terminal, padded by code points so that Cyrillic
 * text lines up.
 */
#ifndef EJOURNAL_DEMO_TEXT_TABLE_H
#define EJOURNAL_DEMO_TEXT_TABLE_H

#include <stddef.h>
#include <stdio.h>

#if defined(__GNUC__)
#define TEXT_TABLE_PRINTF(format_index, first_arg) \
  __attribute__((format(printf, format_index, first_arg)))
#else
#define TEXT_TABLE_PRINTF(format_index, first_arg)
#endif

#define TEXT_TABLE_MAX_COLUMNS 16
#define TEXT_TABLE_CELL_BYTES 256

typedef char text_table_cell[TEXT_TABLE_CELL_BYTES];

typedef struct text_table {
  int column_count;
  const char* headers[TEXT_TABLE_MAX_COLUMNS];
  const char* alignment; /* one letter per column: 'l' left, 'r' right */
  int row_count;
  int row_capacity;
  text_table_cell* cells; /* row_count × column_count, row by row */
} text_table;

/* Starts a table of 1 … TEXT_TABLE_MAX_COLUMNS columns (exits the program on another count);
 * `alignment` and the headers are borrowed. */
void text_table_init(text_table* table, const char* alignment, int column_count,
                     const char* const* headers);

/* Appends a row of empty cells and returns its index; exits the program when out of memory. */
int text_table_add_row(text_table* table);

/* The text of cell (row, column), TEXT_TABLE_CELL_BYTES long, for filling in place; valid until
 * the next text_table_add_row(). */
char* text_table_at(text_table* table, int row, int column);

/* Formats cell (row, column); exits the program when the text does not fit a cell. */
void text_table_set(text_table* table, int row, int column, const char* format, ...)
    TEXT_TABLE_PRINTF(4, 5);

/* Prints the header, a rule and every row, each column as wide as its widest cell. */
void text_table_print(const text_table* table, FILE* stream);

void text_table_free(text_table* table);

/* The number of code points of a UTF-8 string: its width on a terminal for the text we print. */
size_t utf8_length(const char* text);

#endif
