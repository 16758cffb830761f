// ej_journal_page_* over services/journal_page.hpp: a page handle keeps the page, its views and
// its column headings.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "access/principal.hpp"
#include "calendar/school_year.hpp"
#include "ejournal/services/journal_page.hpp"
#include "firewall.hpp"
#include "grading/convert.hpp"
#include "services/indexed.hpp"
#include "storage/convert.hpp"
#include "storage/session.hpp"
#include "strings.hpp"

namespace capi = ejournal::capi;
namespace records = ejournal::capi::records;
namespace model = ejournal::model;
namespace services = ejournal::services;

struct ej_journal_page {
  services::Page page;
  std::vector<std::string> headings;
  ej_journal_page_info info{};
  std::vector<ej_journal_page_column> columns;
  std::vector<ej_journal_page_row> rows;
  std::vector<ej_journal_page_entry> entries;
};

namespace {

ej_journal_page_column view_of(const services::PageColumn& column, const std::string& heading) {
  ej_journal_page_column view{};
  view.version = EJ_JOURNAL_PAGE_COLUMN_VERSION;
  view.kind = static_cast<int32_t>(column.kind);
  view.lesson = records::write_optional_id(column.lesson_id);
  view.date = records::write_optional_date(column.date);
  view.number = column.number;
  view.subject = records::write_optional_id(column.subject_id);
  view.label = column.label.c_str();
  view.homework = column.homework.c_str();
  view.subject_name = column.subject.c_str();
  view.heading = heading.c_str();
  return view;
}

ej_journal_page_row view_of(const services::PageRow& row) {
  ej_journal_page_row view{};
  view.version = EJ_JOURNAL_PAGE_ROW_VERSION;
  view.gender = row.gender ? static_cast<int32_t>(*row.gender) : -1;
  view.student = records::write_uuid(row.student_id.value);
  view.departed = records::write_optional_date(row.departed);
  view.surname = row.surname.c_str();
  view.given_name = row.given_name.c_str();
  view.patronymic = row.patronymic.c_str();
  return view;
}

ej_journal_page_entry view_of(const services::PageEntry& entry) {
  // A stored value came in through int64 parts, so it fits them on the way out.
  const ej_rational value =
      entry.value ? capi::to_c(*entry.value, "grade value") : ej_rational{0, 1};
  ej_journal_page_entry view{};
  view.version = EJ_JOURNAL_PAGE_ENTRY_VERSION;
  view.publication = static_cast<int32_t>(entry.publication);
  view.row = static_cast<int64_t>(entry.row);
  view.column = static_cast<int64_t>(entry.column);
  view.has_value = entry.value ? 1 : 0;
  view.value_num = value.num;
  view.value_den = value.den;
  view.mark = entry.mark.c_str();
  view.attendance = entry.attendance.c_str();
  return view;
}

ej_journal_page* make_page(services::Page page) {
  auto handle = std::make_unique<ej_journal_page>();
  handle->page = std::move(page);
  const services::Page& kept = handle->page;
  for (std::size_t c = 0; c < kept.columns.size(); ++c) {
    handle->headings.push_back(services::column_heading(kept, c));
  }
  for (std::size_t c = 0; c < kept.columns.size(); ++c) {
    handle->columns.push_back(view_of(kept.columns[c], handle->headings[c]));
  }
  for (const services::PageRow& row : kept.rows) handle->rows.push_back(view_of(row));
  for (const services::PageEntry& entry : kept.entries) handle->entries.push_back(view_of(entry));
  ej_journal_page_info& info = handle->info;
  info.version = EJ_JOURNAL_PAGE_INFO_VERSION;
  info.first = capi::write_date(kept.first);
  info.last = capi::write_date(kept.last);
  info.title = kept.title.c_str();
  info.teacher = kept.teacher.c_str();
  info.period = kept.period.c_str();
  info.column_count = static_cast<int64_t>(kept.columns.size());
  info.row_count = static_cast<int64_t>(kept.rows.size());
  info.entry_count = static_cast<int64_t>(kept.entries.size());
  return handle.release();
}

template <class View>
int get_view(const View** out, const ej_journal_page* page,
             const std::vector<View> ej_journal_page::*views, int64_t index,
             std::string_view what) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(page, "page");
    const std::vector<View>& all = page->*views;
    *out = &all[capi::checked_index(index, all.size(), what)];
    return EJ_OK;
  });
}

// Hands out a text written from the page.
template <class Write>
int write_text(char** out, const ej_journal_page* page, Write write) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(page, "page");
    *out = capi::hand_out(write(page->page));
    return EJ_OK;
  });
}

}  // namespace

extern "C" {

int ej_journal_page_course(ej_journal_page** out, ej_store* store, const ej_principal* principal,
                           const ej_uuid* institution, const ej_uuid* course, int32_t term) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::CourseId>(course, "course");
    if (term < 0) {
      throw ejournal::Error(ejournal::Errc::range, ejournal::ErrorDomain::argument,
                            "argument 'term' is " + std::to_string(term) + "; terms count from 0");
    }
    *out = make_page(
        services::read_course_journal(core, who, owner, id, static_cast<std::size_t>(term)));
    return EJ_OK;
  });
}

int ej_journal_page_class_summary(ej_journal_page** out, ej_store* store,
                                  const ej_principal* principal, const ej_uuid* institution,
                                  const ej_uuid* school_class) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    auto& core = records::store_of(store);
    const auto& who = capi::principal_of(principal);
    const auto owner = records::required_id<model::InstitutionId>(institution, "institution");
    const auto id = records::required_id<model::ClassId>(school_class, "school_class");
    *out = make_page(services::read_class_summary(core, who, owner, id));
    return EJ_OK;
  });
}

int ej_journal_page_info_get(const ej_journal_page_info** out, const ej_journal_page* page) {
  return capi::guarded([&] {
    capi::require(out, "out");
    *out = nullptr;
    capi::require(page, "page");
    *out = &page->info;
    return EJ_OK;
  });
}

int ej_journal_page_column_get(const ej_journal_page_column** out, const ej_journal_page* page,
                               int64_t index) {
  return get_view(out, page, &ej_journal_page::columns, index, "columns");
}

int ej_journal_page_row_get(const ej_journal_page_row** out, const ej_journal_page* page,
                            int64_t index) {
  return get_view(out, page, &ej_journal_page::rows, index, "rows");
}

int ej_journal_page_entry_get(const ej_journal_page_entry** out, const ej_journal_page* page,
                              int64_t index) {
  return get_view(out, page, &ej_journal_page::entries, index, "entries");
}

int ej_journal_page_cell_text(char** out, const ej_journal_page* page, int64_t row,
                              int64_t column) {
  return write_text(out, page, [&](const services::Page& kept) {
    const std::size_t r = capi::checked_index(row, kept.rows.size(), "rows");
    const std::size_t c = capi::checked_index(column, kept.columns.size(), "columns");
    return services::cell_text(kept, r, c);
  });
}

int ej_journal_page_csv(char** out, const ej_journal_page* page) {
  return write_text(out, page, [](const services::Page& kept) { return services::to_csv(kept); });
}

int ej_journal_page_html(char** out, const ej_journal_page* page) {
  return write_text(out, page, [](const services::Page& kept) { return services::to_html(kept); });
}

void ej_journal_page_free(ej_journal_page* page) {
  delete page;
}

}  // extern "C"
