/*
 * ejournal/journal_page.h — journal pages: a course's page for a term (students in Ukrainian
 * alphabetical order × the term's lessons, then the undated columns: thematic, semester with the
 * corrected column beside it, annual …) and a class's summary page (students × subjects with
 * semester, corrected and annual grades); both exportable as CSV (RFC 4180, UTF-8) and as a
 * printable HTML page that mirrors the paper journal.
 *
 * Read-only. A course's page is for its teacher, the class teacher and the administration; the
 * summary page for the class teacher and the administration. Draft grades are on both, marked;
 * absence reasons and documents are on neither (only the attendance code, as on paper).
 * Conventions (status codes, strings, handles): ejournal/common.h.
 */
#ifndef EJOURNAL_JOURNAL_PAGE_H
#define EJOURNAL_JOURNAL_PAGE_H

#include "ejournal/access.h"
#include "ejournal/common.h"
#include "ejournal/store.h"
#include "ejournal/uuid.h"

EJ_BEGIN_DECL

/** A page: the heading, the columns, the rows and the cells' entries. Immutable, shareable
 * between threads. Since: 0.1 */
typedef struct ej_journal_page ej_journal_page;

/** A page's heading and sizes. Since: 0.1 */
typedef struct ej_journal_page_info {
  uint32_t version;
  int32_t reserved;
  ej_date first;     /**< the period's first day */
  ej_date last;      /**< the period's last day */
  const char* title; /**< "Українська мова, 5-А" / "5-А: зведений облік навчальних досягнень" */
  const char* teacher; /**< "Коваленко О. П.", or "" */
  const char* period;  /**< the term's or the academic year's name */
  int64_t column_count;
  int64_t row_count;
  int64_t entry_count;
} ej_journal_page_info;

#define EJ_JOURNAL_PAGE_INFO_VERSION 1

/** A column: a lesson's dated column, or an undated one. Since: 0.1 */
typedef struct ej_journal_page_column {
  uint32_t version;
  int32_t kind;             /**< ej_column_kind; EJ_COLUMN_CURRENT for a lesson's column */
  ej_uuid lesson;           /**< nil for an undated column */
  ej_date date;             /**< the lesson's date; {0, 0, 0} for an undated column */
  int32_t number;           /**< the lesson's number; 0 for an undated column */
  ej_uuid subject;          /**< on the class summary page; nil otherwise */
  const char* label;        /**< an undated column's label, or the lesson's topic */
  const char* homework;     /**< the lesson's homework, or "" */
  const char* subject_name; /**< on the class summary page, or "" */
  const char* heading; /**< "02.09", "02.09/3", "Тема 2", "Скоригована (I семестр)" … */
} ej_journal_page_column;

#define EJ_JOURNAL_PAGE_COLUMN_VERSION 1

/** A student's row; one who left the class stays, with the last day. Since: 0.1 */
typedef struct ej_journal_page_row {
  uint32_t version;
  int32_t gender; /**< ej_gender, or -1 when not recorded */
  ej_uuid student;
  ej_date departed; /**< {0, 0, 0}: still in the class at the page's end */
  int32_t reserved;
  const char* surname;
  const char* given_name;
  const char* patronymic; /**< or "" */
} ej_journal_page_row;

#define EJ_JOURNAL_PAGE_ROW_VERSION 1

/** One thing written in a cell: a grade or special mark, or an attendance code. Entries come by
 * row, then column; a cell's attendance code first, then its grades in the order recorded.
 * Since: 0.1 */
typedef struct ej_journal_page_entry {
  uint32_t version;
  int32_t publication; /**< ej_publication of a grade */
  int64_t row;         /**< index of the row */
  int64_t column;      /**< index of the column */
  int32_t has_value;   /**< 1: value_num / value_den */
  int32_t reserved;
  int64_t value_num;
  int64_t value_den;      /**< 1 when there is no value */
  const char* mark;       /**< a special mark's code, or "" */
  const char* attendance; /**< an attendance code (then no value and no mark), or "" */
} ej_journal_page_entry;

#define EJ_JOURNAL_PAGE_ENTRY_VERSION 1

/**
 * The page of `course` of `institution` for the term `term` (0 for the year's first term): the
 * students of the course's class (a subgroup's members for a subgroup's course) enrolled at any
 * time during the term; the term's lessons by date and number; then the undated columns of grades
 * set from the term's first day until the next term begins, in the paper journal's order, the
 * semester and corrected columns always there.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a nil id; EJ_ENOTFOUND for an unknown course;
 *         EJ_ERANGE for a term the year does not have; EJ_EPERM when the principal may not read
 *         the course's journal; EJ_ESTORAGE.
 * Ownership: free *out with ej_journal_page_free().
 * Since: 0.1
 */
EJ_API int ej_journal_page_course(ej_journal_page** out, ej_store* store,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* course, int32_t term);

/**
 * The summary page of the class `school_class` of `institution`: the students enrolled at any time
 * during its academic year × for each subject of its courses (in Ukrainian order) a semester and
 * a corrected column per term, the annual column, and the state exam's when anyone has one.
 * @return EJ_OK; EJ_EINVALID for a NULL argument or a nil id; EJ_ENOTFOUND for an unknown class;
 *         EJ_EPERM when the principal may not read the class's summary; EJ_ESTORAGE.
 * Ownership: free *out with ej_journal_page_free().
 * Since: 0.1
 */
EJ_API int ej_journal_page_class_summary(ej_journal_page** out, ej_store* store,
                                         const ej_principal* principal, const ej_uuid* institution,
                                         const ej_uuid* school_class);

/** The page's heading and sizes; borrowed until the page is freed. Since: 0.1 */
EJ_API int ej_journal_page_info_get(const ej_journal_page_info** out, const ej_journal_page* page);

/**
 * The column, row or entry at `index` (0 … count−1); borrowed, strings included, until the page
 * is freed.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for an index outside the page.
 * Since: 0.1
 */
EJ_API int ej_journal_page_column_get(const ej_journal_page_column** out,
                                      const ej_journal_page* page, int64_t index);
/** As ej_journal_page_column_get(). Since: 0.1 */
EJ_API int ej_journal_page_row_get(const ej_journal_page_row** out, const ej_journal_page* page,
                                   int64_t index);
/** As ej_journal_page_column_get(). Since: 0.1 */
EJ_API int ej_journal_page_entry_get(const ej_journal_page_entry** out, const ej_journal_page* page,
                                     int64_t index);

/**
 * The text of a cell: the attendance code, then each grade ("10", "9,5", a mark's code), drafts
 * in parentheses, separated by spaces; "" for an empty cell.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ERANGE for a cell outside the page.
 * Ownership: free *out with ej_free().
 * Since: 0.1
 */
EJ_API int ej_journal_page_cell_text(char** out, const ej_journal_page* page, int64_t row,
                                     int64_t column);

/**
 * The page as CSV (RFC 4180, UTF-8, CRLF line ends): "№", "Учень" and the column headings, then
 * a row per student. A field a spreadsheet would run as a formula (starting with =, +, - or @)
 * is prefixed with an apostrophe.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ENOMEM.
 * Ownership: free *out with ej_free().
 * Since: 0.1
 */
EJ_API int ej_journal_page_csv(char** out, const ej_journal_page* page);

/**
 * The page as one self-contained HTML document for printing (landscape A4), mirroring the paper
 * journal: the grid and, for a course's page, the lessons' dates, topics and homework. Every
 * text is escaped; no scripts, no external resources.
 * @return EJ_OK; EJ_EINVALID for a NULL argument; EJ_ENOMEM.
 * Ownership: free *out with ej_free().
 * Since: 0.1
 */
EJ_API int ej_journal_page_html(char** out, const ej_journal_page* page);

/** Frees a page; NULL is a no-op. Since: 0.1 */
EJ_API void ej_journal_page_free(ej_journal_page* page);

EJ_END_DECL

#endif
